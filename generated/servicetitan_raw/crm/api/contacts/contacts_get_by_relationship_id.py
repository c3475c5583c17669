import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_crm_v2_contact_response import (
    PaginatedResponseOfCrmV2ContactResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    relationship_id: int,
    *,
    name: str | Unset = UNSET,
    title: str | Unset = UNSET,
    reference_id: str | Unset = UNSET,
    is_archived: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["title"] = title

    params["referenceId"] = reference_id

    params["isArchived"] = is_archived

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = created_on_or_after.isoformat()
    params["createdOnOrAfter"] = json_created_on_or_after

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

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/crm/v2/tenant/{tenant}/contacts/relationships/{relationship_id}".format(
            tenant=quote(str(tenant), safe=""),
            relationship_id=quote(str(relationship_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfCrmV2ContactResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfCrmV2ContactResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = ApiErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ApiErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | PaginatedResponseOfCrmV2ContactResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    relationship_id: int,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    title: str | Unset = UNSET,
    reference_id: str | Unset = UNSET,
    is_archived: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfCrmV2ContactResponse]:
    """
    Args:
        tenant (int):
        relationship_id (int):
        name (str | Unset):
        title (str | Unset):
        reference_id (str | Unset):
        is_archived (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfCrmV2ContactResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        relationship_id=relationship_id,
        name=name,
        title=title,
        reference_id=reference_id,
        is_archived=is_archived,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
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
    relationship_id: int,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    title: str | Unset = UNSET,
    reference_id: str | Unset = UNSET,
    is_archived: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfCrmV2ContactResponse | None:
    """
    Args:
        tenant (int):
        relationship_id (int):
        name (str | Unset):
        title (str | Unset):
        reference_id (str | Unset):
        is_archived (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfCrmV2ContactResponse
    """

    return sync_detailed(
        tenant=tenant,
        relationship_id=relationship_id,
        client=client,
        name=name,
        title=title,
        reference_id=reference_id,
        is_archived=is_archived,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    relationship_id: int,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    title: str | Unset = UNSET,
    reference_id: str | Unset = UNSET,
    is_archived: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfCrmV2ContactResponse]:
    """
    Args:
        tenant (int):
        relationship_id (int):
        name (str | Unset):
        title (str | Unset):
        reference_id (str | Unset):
        is_archived (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfCrmV2ContactResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        relationship_id=relationship_id,
        name=name,
        title=title,
        reference_id=reference_id,
        is_archived=is_archived,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    relationship_id: int,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    title: str | Unset = UNSET,
    reference_id: str | Unset = UNSET,
    is_archived: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfCrmV2ContactResponse | None:
    """
    Args:
        tenant (int):
        relationship_id (int):
        name (str | Unset):
        title (str | Unset):
        reference_id (str | Unset):
        is_archived (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfCrmV2ContactResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            relationship_id=relationship_id,
            client=client,
            name=name,
            title=title,
            reference_id=reference_id,
            is_archived=is_archived,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            page=page,
            page_size=page_size,
            include_total=include_total,
            sort=sort,
        )
    ).parsed
