import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.inventory_v2_purchase_order_request_status import (
    InventoryV2PurchaseOrderRequestStatus,
)
from ...models.paginated_response_of_inventory_v2_purchase_order_request_response import (
    PaginatedResponseOfInventoryV2PurchaseOrderRequestResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    ids: str | Unset = UNSET,
    request_status: InventoryV2PurchaseOrderRequestStatus | Unset = UNSET,
    request_number: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    job_ids: str | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    date_on_or_after: datetime.datetime | Unset = UNSET,
    date_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    json_request_status: str | Unset = UNSET
    if not isinstance(request_status, Unset):
        json_request_status = request_status.value

    params["requestStatus"] = json_request_status

    params["requestNumber"] = request_number

    params["jobId"] = job_id

    params["jobIds"] = job_ids

    params["technicianId"] = technician_id

    params["projectId"] = project_id

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = created_on_or_after.isoformat()
    params["createdOnOrAfter"] = json_created_on_or_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_modified_on_or_after: str | Unset = UNSET
    if not isinstance(modified_on_or_after, Unset):
        json_modified_on_or_after = modified_on_or_after.isoformat()
    params["modifiedOnOrAfter"] = json_modified_on_or_after

    json_modified_before: str | Unset = UNSET
    if not isinstance(modified_before, Unset):
        json_modified_before = modified_before.isoformat()
    params["modifiedBefore"] = json_modified_before

    json_date_on_or_after: str | Unset = UNSET
    if not isinstance(date_on_or_after, Unset):
        json_date_on_or_after = date_on_or_after.isoformat()
    params["dateOnOrAfter"] = json_date_on_or_after

    json_date_before: str | Unset = UNSET
    if not isinstance(date_before, Unset):
        json_date_before = date_before.isoformat()
    params["dateBefore"] = json_date_before

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/v2/tenant/{tenant}/purchase-orders/requests".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiErrorResponse | PaginatedResponseOfInventoryV2PurchaseOrderRequestResponse | None
):
    if response.status_code == 200:
        response_200 = (
            PaginatedResponseOfInventoryV2PurchaseOrderRequestResponse.from_dict(
                response.json()
            )
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
    ApiErrorResponse | PaginatedResponseOfInventoryV2PurchaseOrderRequestResponse
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
    ids: str | Unset = UNSET,
    request_status: InventoryV2PurchaseOrderRequestStatus | Unset = UNSET,
    request_number: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    job_ids: str | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    date_on_or_after: datetime.datetime | Unset = UNSET,
    date_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfInventoryV2PurchaseOrderRequestResponse
]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        request_status (InventoryV2PurchaseOrderRequestStatus | Unset):
        request_number (str | Unset):
        job_id (int | Unset):
        job_ids (str | Unset):
        technician_id (int | Unset):
        project_id (int | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        date_on_or_after (datetime.datetime | Unset):
        date_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfInventoryV2PurchaseOrderRequestResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        request_status=request_status,
        request_number=request_number,
        job_id=job_id,
        job_ids=job_ids,
        technician_id=technician_id,
        project_id=project_id,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        modified_on_or_after=modified_on_or_after,
        modified_before=modified_before,
        date_on_or_after=date_on_or_after,
        date_before=date_before,
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
    ids: str | Unset = UNSET,
    request_status: InventoryV2PurchaseOrderRequestStatus | Unset = UNSET,
    request_number: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    job_ids: str | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    date_on_or_after: datetime.datetime | Unset = UNSET,
    date_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> (
    ApiErrorResponse | PaginatedResponseOfInventoryV2PurchaseOrderRequestResponse | None
):
    """
    Args:
        tenant (int):
        ids (str | Unset):
        request_status (InventoryV2PurchaseOrderRequestStatus | Unset):
        request_number (str | Unset):
        job_id (int | Unset):
        job_ids (str | Unset):
        technician_id (int | Unset):
        project_id (int | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        date_on_or_after (datetime.datetime | Unset):
        date_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfInventoryV2PurchaseOrderRequestResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        ids=ids,
        request_status=request_status,
        request_number=request_number,
        job_id=job_id,
        job_ids=job_ids,
        technician_id=technician_id,
        project_id=project_id,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        modified_on_or_after=modified_on_or_after,
        modified_before=modified_before,
        date_on_or_after=date_on_or_after,
        date_before=date_before,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    request_status: InventoryV2PurchaseOrderRequestStatus | Unset = UNSET,
    request_number: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    job_ids: str | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    date_on_or_after: datetime.datetime | Unset = UNSET,
    date_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfInventoryV2PurchaseOrderRequestResponse
]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        request_status (InventoryV2PurchaseOrderRequestStatus | Unset):
        request_number (str | Unset):
        job_id (int | Unset):
        job_ids (str | Unset):
        technician_id (int | Unset):
        project_id (int | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        date_on_or_after (datetime.datetime | Unset):
        date_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfInventoryV2PurchaseOrderRequestResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        request_status=request_status,
        request_number=request_number,
        job_id=job_id,
        job_ids=job_ids,
        technician_id=technician_id,
        project_id=project_id,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        modified_on_or_after=modified_on_or_after,
        modified_before=modified_before,
        date_on_or_after=date_on_or_after,
        date_before=date_before,
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
    ids: str | Unset = UNSET,
    request_status: InventoryV2PurchaseOrderRequestStatus | Unset = UNSET,
    request_number: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    job_ids: str | Unset = UNSET,
    technician_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    date_on_or_after: datetime.datetime | Unset = UNSET,
    date_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> (
    ApiErrorResponse | PaginatedResponseOfInventoryV2PurchaseOrderRequestResponse | None
):
    """
    Args:
        tenant (int):
        ids (str | Unset):
        request_status (InventoryV2PurchaseOrderRequestStatus | Unset):
        request_number (str | Unset):
        job_id (int | Unset):
        job_ids (str | Unset):
        technician_id (int | Unset):
        project_id (int | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        date_on_or_after (datetime.datetime | Unset):
        date_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfInventoryV2PurchaseOrderRequestResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            ids=ids,
            request_status=request_status,
            request_number=request_number,
            job_id=job_id,
            job_ids=job_ids,
            technician_id=technician_id,
            project_id=project_id,
            created_on_or_after=created_on_or_after,
            created_before=created_before,
            modified_on_or_after=modified_on_or_after,
            modified_before=modified_before,
            date_on_or_after=date_on_or_after,
            date_before=date_before,
            page=page,
            page_size=page_size,
            include_total=include_total,
            sort=sort,
        )
    ).parsed
