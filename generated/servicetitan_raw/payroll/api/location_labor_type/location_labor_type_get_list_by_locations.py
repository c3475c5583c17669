import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_request_arg import ActiveRequestArg
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_payroll_v2_location_labor_types_location_labor_type_response import (
    PaginatedResponseOfPayrollV2LocationLaborTypesLocationLaborTypeResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    location_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["locationIds"] = location_ids

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = created_on_or_after.isoformat()
    params["createdOnOrAfter"] = json_created_on_or_after

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payroll/v2/tenant/{tenant}/locations/rates".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiErrorResponse
    | PaginatedResponseOfPayrollV2LocationLaborTypesLocationLaborTypeResponse
    | None
):
    if response.status_code == 200:
        response_200 = PaginatedResponseOfPayrollV2LocationLaborTypesLocationLaborTypeResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = ApiErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = ApiErrorResponse.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ApiErrorResponse
    | PaginatedResponseOfPayrollV2LocationLaborTypesLocationLaborTypeResponse
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
    location_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[
    ApiErrorResponse
    | PaginatedResponseOfPayrollV2LocationLaborTypesLocationLaborTypeResponse
]:
    """
    Args:
        tenant (int):
        location_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        active (ActiveRequestArg | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfPayrollV2LocationLaborTypesLocationLaborTypeResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        location_ids=location_ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        page=page,
        page_size=page_size,
        include_total=include_total,
        active=active,
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
    location_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> (
    ApiErrorResponse
    | PaginatedResponseOfPayrollV2LocationLaborTypesLocationLaborTypeResponse
    | None
):
    """
    Args:
        tenant (int):
        location_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        active (ActiveRequestArg | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfPayrollV2LocationLaborTypesLocationLaborTypeResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        location_ids=location_ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        page=page,
        page_size=page_size,
        include_total=include_total,
        active=active,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    location_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[
    ApiErrorResponse
    | PaginatedResponseOfPayrollV2LocationLaborTypesLocationLaborTypeResponse
]:
    """
    Args:
        tenant (int):
        location_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        active (ActiveRequestArg | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfPayrollV2LocationLaborTypesLocationLaborTypeResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        location_ids=location_ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        page=page,
        page_size=page_size,
        include_total=include_total,
        active=active,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    location_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> (
    ApiErrorResponse
    | PaginatedResponseOfPayrollV2LocationLaborTypesLocationLaborTypeResponse
    | None
):
    """
    Args:
        tenant (int):
        location_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        active (ActiveRequestArg | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfPayrollV2LocationLaborTypesLocationLaborTypeResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            location_ids=location_ids,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            page=page,
            page_size=page_size,
            include_total=include_total,
            active=active,
            sort=sort,
        )
    ).parsed
