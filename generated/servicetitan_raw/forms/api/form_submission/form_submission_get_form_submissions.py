import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_request_arg import ActiveRequestArg
from ...models.api_error_response import ApiErrorResponse
from ...models.forms_contracts_form_submissions_form_owner import (
    FormsContractsFormSubmissionsFormOwner,
)
from ...models.forms_contracts_form_submissions_form_owner_type import (
    FormsContractsFormSubmissionsFormOwnerType,
)
from ...models.forms_contracts_form_submissions_submission_status import (
    FormsContractsFormSubmissionsSubmissionStatus,
)
from ...models.paginated_response_of_forms_v2_form_submission_response import (
    PaginatedResponseOfFormsV2FormSubmissionResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    form_ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    created_by_id: int | Unset = UNSET,
    status: FormsContractsFormSubmissionsSubmissionStatus | Unset = UNSET,
    submitted_on_or_after: datetime.datetime | Unset = UNSET,
    submitted_before: datetime.datetime | Unset = UNSET,
    owner_type: FormsContractsFormSubmissionsFormOwnerType | Unset = UNSET,
    owners: list[FormsContractsFormSubmissionsFormOwner] | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["formIds"] = form_ids

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params["createdById"] = created_by_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_submitted_on_or_after: str | Unset = UNSET
    if not isinstance(submitted_on_or_after, Unset):
        json_submitted_on_or_after = submitted_on_or_after.isoformat()
    params["submittedOnOrAfter"] = json_submitted_on_or_after

    json_submitted_before: str | Unset = UNSET
    if not isinstance(submitted_before, Unset):
        json_submitted_before = submitted_before.isoformat()
    params["submittedBefore"] = json_submitted_before

    json_owner_type: str | Unset = UNSET
    if not isinstance(owner_type, Unset):
        json_owner_type = owner_type.value

    params["ownerType"] = json_owner_type

    json_owners: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(owners, Unset):
        json_owners = []
        for owners_item_data in owners:
            owners_item = owners_item_data.to_dict()
            json_owners.append(owners_item)

    params["owners"] = json_owners

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/forms/v2/tenant/{tenant}/submissions".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfFormsV2FormSubmissionResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfFormsV2FormSubmissionResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = ApiErrorResponse.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | PaginatedResponseOfFormsV2FormSubmissionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    form_ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    created_by_id: int | Unset = UNSET,
    status: FormsContractsFormSubmissionsSubmissionStatus | Unset = UNSET,
    submitted_on_or_after: datetime.datetime | Unset = UNSET,
    submitted_before: datetime.datetime | Unset = UNSET,
    owner_type: FormsContractsFormSubmissionsFormOwnerType | Unset = UNSET,
    owners: list[FormsContractsFormSubmissionsFormOwner] | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfFormsV2FormSubmissionResponse]:
    """
    Args:
        tenant (int):
        form_ids (str | Unset):
        active (ActiveRequestArg | Unset):
        created_by_id (int | Unset):
        status (FormsContractsFormSubmissionsSubmissionStatus | Unset):
        submitted_on_or_after (datetime.datetime | Unset):
        submitted_before (datetime.datetime | Unset):
        owner_type (FormsContractsFormSubmissionsFormOwnerType | Unset):
        owners (list[FormsContractsFormSubmissionsFormOwner] | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfFormsV2FormSubmissionResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        form_ids=form_ids,
        active=active,
        created_by_id=created_by_id,
        status=status,
        submitted_on_or_after=submitted_on_or_after,
        submitted_before=submitted_before,
        owner_type=owner_type,
        owners=owners,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    form_ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    created_by_id: int | Unset = UNSET,
    status: FormsContractsFormSubmissionsSubmissionStatus | Unset = UNSET,
    submitted_on_or_after: datetime.datetime | Unset = UNSET,
    submitted_before: datetime.datetime | Unset = UNSET,
    owner_type: FormsContractsFormSubmissionsFormOwnerType | Unset = UNSET,
    owners: list[FormsContractsFormSubmissionsFormOwner] | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfFormsV2FormSubmissionResponse | None:
    """
    Args:
        tenant (int):
        form_ids (str | Unset):
        active (ActiveRequestArg | Unset):
        created_by_id (int | Unset):
        status (FormsContractsFormSubmissionsSubmissionStatus | Unset):
        submitted_on_or_after (datetime.datetime | Unset):
        submitted_before (datetime.datetime | Unset):
        owner_type (FormsContractsFormSubmissionsFormOwnerType | Unset):
        owners (list[FormsContractsFormSubmissionsFormOwner] | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfFormsV2FormSubmissionResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        form_ids=form_ids,
        active=active,
        created_by_id=created_by_id,
        status=status,
        submitted_on_or_after=submitted_on_or_after,
        submitted_before=submitted_before,
        owner_type=owner_type,
        owners=owners,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    form_ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    created_by_id: int | Unset = UNSET,
    status: FormsContractsFormSubmissionsSubmissionStatus | Unset = UNSET,
    submitted_on_or_after: datetime.datetime | Unset = UNSET,
    submitted_before: datetime.datetime | Unset = UNSET,
    owner_type: FormsContractsFormSubmissionsFormOwnerType | Unset = UNSET,
    owners: list[FormsContractsFormSubmissionsFormOwner] | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfFormsV2FormSubmissionResponse]:
    """
    Args:
        tenant (int):
        form_ids (str | Unset):
        active (ActiveRequestArg | Unset):
        created_by_id (int | Unset):
        status (FormsContractsFormSubmissionsSubmissionStatus | Unset):
        submitted_on_or_after (datetime.datetime | Unset):
        submitted_before (datetime.datetime | Unset):
        owner_type (FormsContractsFormSubmissionsFormOwnerType | Unset):
        owners (list[FormsContractsFormSubmissionsFormOwner] | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfFormsV2FormSubmissionResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        form_ids=form_ids,
        active=active,
        created_by_id=created_by_id,
        status=status,
        submitted_on_or_after=submitted_on_or_after,
        submitted_before=submitted_before,
        owner_type=owner_type,
        owners=owners,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    form_ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    created_by_id: int | Unset = UNSET,
    status: FormsContractsFormSubmissionsSubmissionStatus | Unset = UNSET,
    submitted_on_or_after: datetime.datetime | Unset = UNSET,
    submitted_before: datetime.datetime | Unset = UNSET,
    owner_type: FormsContractsFormSubmissionsFormOwnerType | Unset = UNSET,
    owners: list[FormsContractsFormSubmissionsFormOwner] | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfFormsV2FormSubmissionResponse | None:
    """
    Args:
        tenant (int):
        form_ids (str | Unset):
        active (ActiveRequestArg | Unset):
        created_by_id (int | Unset):
        status (FormsContractsFormSubmissionsSubmissionStatus | Unset):
        submitted_on_or_after (datetime.datetime | Unset):
        submitted_before (datetime.datetime | Unset):
        owner_type (FormsContractsFormSubmissionsFormOwnerType | Unset):
        owners (list[FormsContractsFormSubmissionsFormOwner] | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfFormsV2FormSubmissionResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            form_ids=form_ids,
            active=active,
            created_by_id=created_by_id,
            status=status,
            submitted_on_or_after=submitted_on_or_after,
            submitted_before=submitted_before,
            owner_type=owner_type,
            owners=owners,
            page=page,
            page_size=page_size,
            include_total=include_total,
            sort=sort,
        )
    ).parsed
