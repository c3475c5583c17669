import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounting_v2_inventory_bill_sync_status import (
    AccountingV2InventoryBillSyncStatus,
)
from ...models.accounting_v2_logical_operator import AccountingV2LogicalOperator
from ...models.ap_credits_get_list_custom_field_fields import (
    ApCreditsGetListCustomFieldFields,
)
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_accounting_v2_ap_credit_response import (
    PaginatedResponseOfAccountingV2ApCreditResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    ids: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    custom_field_fields: ApCreditsGetListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    sync_statuses: list[AccountingV2InventoryBillSyncStatus] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

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

    params["sort"] = sort

    json_custom_field_fields: dict[str, Any] | Unset = UNSET
    if not isinstance(custom_field_fields, Unset):
        json_custom_field_fields = custom_field_fields.to_dict()
    if not isinstance(json_custom_field_fields, Unset):
        params.update(json_custom_field_fields)

    json_custom_field_operator: str | Unset = UNSET
    if not isinstance(custom_field_operator, Unset):
        json_custom_field_operator = custom_field_operator.value

    params["customField.Operator"] = json_custom_field_operator

    json_sync_statuses: list[str] | Unset = UNSET
    if not isinstance(sync_statuses, Unset):
        json_sync_statuses = []
        for sync_statuses_item_data in sync_statuses:
            sync_statuses_item = sync_statuses_item_data.value
            json_sync_statuses.append(sync_statuses_item)

    params["syncStatuses"] = json_sync_statuses

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounting/v2/tenant/{tenant}/ap-credits".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2ApCreditResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfAccountingV2ApCreditResponse.from_dict(
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
) -> Response[ApiErrorResponse | PaginatedResponseOfAccountingV2ApCreditResponse]:
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    custom_field_fields: ApCreditsGetListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    sync_statuses: list[AccountingV2InventoryBillSyncStatus] | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfAccountingV2ApCreditResponse]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort (str | Unset):
        custom_field_fields (ApCreditsGetListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        sync_statuses (list[AccountingV2InventoryBillSyncStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2ApCreditResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        page=page,
        page_size=page_size,
        include_total=include_total,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        sort=sort,
        custom_field_fields=custom_field_fields,
        custom_field_operator=custom_field_operator,
        sync_statuses=sync_statuses,
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    custom_field_fields: ApCreditsGetListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    sync_statuses: list[AccountingV2InventoryBillSyncStatus] | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2ApCreditResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort (str | Unset):
        custom_field_fields (ApCreditsGetListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        sync_statuses (list[AccountingV2InventoryBillSyncStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2ApCreditResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        ids=ids,
        page=page,
        page_size=page_size,
        include_total=include_total,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        sort=sort,
        custom_field_fields=custom_field_fields,
        custom_field_operator=custom_field_operator,
        sync_statuses=sync_statuses,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    custom_field_fields: ApCreditsGetListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    sync_statuses: list[AccountingV2InventoryBillSyncStatus] | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfAccountingV2ApCreditResponse]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort (str | Unset):
        custom_field_fields (ApCreditsGetListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        sync_statuses (list[AccountingV2InventoryBillSyncStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2ApCreditResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        page=page,
        page_size=page_size,
        include_total=include_total,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        sort=sort,
        custom_field_fields=custom_field_fields,
        custom_field_operator=custom_field_operator,
        sync_statuses=sync_statuses,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    custom_field_fields: ApCreditsGetListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    sync_statuses: list[AccountingV2InventoryBillSyncStatus] | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2ApCreditResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort (str | Unset):
        custom_field_fields (ApCreditsGetListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        sync_statuses (list[AccountingV2InventoryBillSyncStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2ApCreditResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            ids=ids,
            page=page,
            page_size=page_size,
            include_total=include_total,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            sort=sort,
            custom_field_fields=custom_field_fields,
            custom_field_operator=custom_field_operator,
            sync_statuses=sync_statuses,
        )
    ).parsed
