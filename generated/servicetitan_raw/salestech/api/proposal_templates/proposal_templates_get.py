import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_request_arg import ActiveRequestArg
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_estimates_v2_proposal_template_response import (
    PaginatedResponseOfEstimatesV2ProposalTemplateResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    active: ActiveRequestArg | Unset = UNSET,
    proposal_type_id: int | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params["proposalTypeId"] = proposal_type_id

    json_modified_before: str | Unset = UNSET
    if not isinstance(modified_before, Unset):
        json_modified_before = modified_before.isoformat()
    params["modifiedBefore"] = json_modified_before

    json_modified_on_or_after: str | Unset = UNSET
    if not isinstance(modified_on_or_after, Unset):
        json_modified_on_or_after = modified_on_or_after.isoformat()
    params["modifiedOnOrAfter"] = json_modified_on_or_after

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sales/v2/tenant/{tenant}/proposal-templates".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfEstimatesV2ProposalTemplateResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfEstimatesV2ProposalTemplateResponse.from_dict(
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
) -> Response[
    ApiErrorResponse | PaginatedResponseOfEstimatesV2ProposalTemplateResponse
]:
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
    active: ActiveRequestArg | Unset = UNSET,
    proposal_type_id: int | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfEstimatesV2ProposalTemplateResponse
]:
    """
    Args:
        tenant (int):
        active (ActiveRequestArg | Unset):
        proposal_type_id (int | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfEstimatesV2ProposalTemplateResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        active=active,
        proposal_type_id=proposal_type_id,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        page=page,
        page_size=page_size,
        include_total=include_total,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    active: ActiveRequestArg | Unset = UNSET,
    proposal_type_id: int | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfEstimatesV2ProposalTemplateResponse | None:
    """
    Args:
        tenant (int):
        active (ActiveRequestArg | Unset):
        proposal_type_id (int | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfEstimatesV2ProposalTemplateResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        active=active,
        proposal_type_id=proposal_type_id,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        page=page,
        page_size=page_size,
        include_total=include_total,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    active: ActiveRequestArg | Unset = UNSET,
    proposal_type_id: int | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfEstimatesV2ProposalTemplateResponse
]:
    """
    Args:
        tenant (int):
        active (ActiveRequestArg | Unset):
        proposal_type_id (int | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfEstimatesV2ProposalTemplateResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        active=active,
        proposal_type_id=proposal_type_id,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        page=page,
        page_size=page_size,
        include_total=include_total,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    active: ActiveRequestArg | Unset = UNSET,
    proposal_type_id: int | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfEstimatesV2ProposalTemplateResponse | None:
    """
    Args:
        tenant (int):
        active (ActiveRequestArg | Unset):
        proposal_type_id (int | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfEstimatesV2ProposalTemplateResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            active=active,
            proposal_type_id=proposal_type_id,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            page=page,
            page_size=page_size,
            include_total=include_total,
        )
    ).parsed
