import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounting_v2_ap_bill_source import AccountingV2ApBillSource
from ...models.accounting_v2_ap_bill_status import AccountingV2ApBillStatus
from ...models.accounting_v2_ap_bill_sync_status import AccountingV2ApBillSyncStatus
from ...models.accounting_v2_ap_bill_three_way_match_discrepancy import (
    AccountingV2ApBillThreeWayMatchDiscrepancy,
)
from ...models.accounting_v2_ap_bill_type import AccountingV2ApBillType
from ...models.accounting_v2_logical_operator import AccountingV2LogicalOperator
from ...models.ap_bills_get_list_paginated_custom_field_fields import (
    ApBillsGetListPaginatedCustomFieldFields,
)
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_accounting_v2_ap_bill_response import (
    PaginatedResponseOfAccountingV2ApBillResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    ids: str | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: int | Unset = UNSET,
    bill_number: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    custom_field_fields: ApBillsGetListPaginatedCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    job_number: str | Unset = UNSET,
    purchase_order_number: str | Unset = UNSET,
    purchase_order_types: str | Unset = UNSET,
    sync_statuses: list[AccountingV2ApBillSyncStatus] | Unset = UNSET,
    statuses: list[AccountingV2ApBillStatus] | Unset = UNSET,
    sources: list[AccountingV2ApBillSource] | Unset = UNSET,
    min_cost: float | Unset = UNSET,
    max_cost: float | Unset = UNSET,
    bill_type: AccountingV2ApBillType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    date_reconciled_before: datetime.datetime | Unset = UNSET,
    date_reconciled_on_or_after: datetime.datetime | Unset = UNSET,
    three_way_match_discrepancy: AccountingV2ApBillThreeWayMatchDiscrepancy
    | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["batchId"] = batch_id

    params["batchNumber"] = batch_number

    params["billNumber"] = bill_number

    params["businessUnitIds"] = business_unit_ids

    json_custom_field_fields: dict[str, Any] | Unset = UNSET
    if not isinstance(custom_field_fields, Unset):
        json_custom_field_fields = custom_field_fields.to_dict()
    if not isinstance(json_custom_field_fields, Unset):
        params.update(json_custom_field_fields)

    json_custom_field_operator: str | Unset = UNSET
    if not isinstance(custom_field_operator, Unset):
        json_custom_field_operator = custom_field_operator.value

    params["customField.Operator"] = json_custom_field_operator

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["dateFrom"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["dateTo"] = json_date_to

    params["jobNumber"] = job_number

    params["purchaseOrderNumber"] = purchase_order_number

    params["purchaseOrderTypes"] = purchase_order_types

    json_sync_statuses: list[str] | Unset = UNSET
    if not isinstance(sync_statuses, Unset):
        json_sync_statuses = []
        for sync_statuses_item_data in sync_statuses:
            sync_statuses_item = sync_statuses_item_data.value
            json_sync_statuses.append(sync_statuses_item)

    params["syncStatuses"] = json_sync_statuses

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = []
        for statuses_item_data in statuses:
            statuses_item = statuses_item_data.value
            json_statuses.append(statuses_item)

    params["statuses"] = json_statuses

    json_sources: list[str] | Unset = UNSET
    if not isinstance(sources, Unset):
        json_sources = []
        for sources_item_data in sources:
            sources_item = sources_item_data.value
            json_sources.append(sources_item)

    params["sources"] = json_sources

    params["minCost"] = min_cost

    params["maxCost"] = max_cost

    json_bill_type: str | Unset = UNSET
    if not isinstance(bill_type, Unset):
        json_bill_type = bill_type.value

    params["billType"] = json_bill_type

    params["page"] = page

    params["pageSize"] = page_size

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

    json_date_reconciled_before: str | Unset = UNSET
    if not isinstance(date_reconciled_before, Unset):
        json_date_reconciled_before = date_reconciled_before.isoformat()
    params["dateReconciledBefore"] = json_date_reconciled_before

    json_date_reconciled_on_or_after: str | Unset = UNSET
    if not isinstance(date_reconciled_on_or_after, Unset):
        json_date_reconciled_on_or_after = date_reconciled_on_or_after.isoformat()
    params["dateReconciledOnOrAfter"] = json_date_reconciled_on_or_after

    json_three_way_match_discrepancy: str | Unset = UNSET
    if not isinstance(three_way_match_discrepancy, Unset):
        json_three_way_match_discrepancy = three_way_match_discrepancy.value

    params["threeWayMatchDiscrepancy"] = json_three_way_match_discrepancy

    params["includeTotal"] = include_total

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounting/v2/tenant/{tenant}/ap-bills".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2ApBillResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfAccountingV2ApBillResponse.from_dict(
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
) -> Response[ApiErrorResponse | PaginatedResponseOfAccountingV2ApBillResponse]:
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
    batch_id: int | Unset = UNSET,
    batch_number: int | Unset = UNSET,
    bill_number: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    custom_field_fields: ApBillsGetListPaginatedCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    job_number: str | Unset = UNSET,
    purchase_order_number: str | Unset = UNSET,
    purchase_order_types: str | Unset = UNSET,
    sync_statuses: list[AccountingV2ApBillSyncStatus] | Unset = UNSET,
    statuses: list[AccountingV2ApBillStatus] | Unset = UNSET,
    sources: list[AccountingV2ApBillSource] | Unset = UNSET,
    min_cost: float | Unset = UNSET,
    max_cost: float | Unset = UNSET,
    bill_type: AccountingV2ApBillType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    date_reconciled_before: datetime.datetime | Unset = UNSET,
    date_reconciled_on_or_after: datetime.datetime | Unset = UNSET,
    three_way_match_discrepancy: AccountingV2ApBillThreeWayMatchDiscrepancy
    | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfAccountingV2ApBillResponse]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        batch_id (int | Unset):
        batch_number (int | Unset):
        bill_number (str | Unset):
        business_unit_ids (str | Unset):
        custom_field_fields (ApBillsGetListPaginatedCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        job_number (str | Unset):
        purchase_order_number (str | Unset):
        purchase_order_types (str | Unset):
        sync_statuses (list[AccountingV2ApBillSyncStatus] | Unset):
        statuses (list[AccountingV2ApBillStatus] | Unset):
        sources (list[AccountingV2ApBillSource] | Unset):
        min_cost (float | Unset):
        max_cost (float | Unset):
        bill_type (AccountingV2ApBillType | Unset):
        page (int | Unset):
        page_size (int | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        date_reconciled_before (datetime.datetime | Unset):
        date_reconciled_on_or_after (datetime.datetime | Unset):
        three_way_match_discrepancy (AccountingV2ApBillThreeWayMatchDiscrepancy | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2ApBillResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        batch_id=batch_id,
        batch_number=batch_number,
        bill_number=bill_number,
        business_unit_ids=business_unit_ids,
        custom_field_fields=custom_field_fields,
        custom_field_operator=custom_field_operator,
        date_from=date_from,
        date_to=date_to,
        job_number=job_number,
        purchase_order_number=purchase_order_number,
        purchase_order_types=purchase_order_types,
        sync_statuses=sync_statuses,
        statuses=statuses,
        sources=sources,
        min_cost=min_cost,
        max_cost=max_cost,
        bill_type=bill_type,
        page=page,
        page_size=page_size,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        date_reconciled_before=date_reconciled_before,
        date_reconciled_on_or_after=date_reconciled_on_or_after,
        three_way_match_discrepancy=three_way_match_discrepancy,
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
    ids: str | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: int | Unset = UNSET,
    bill_number: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    custom_field_fields: ApBillsGetListPaginatedCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    job_number: str | Unset = UNSET,
    purchase_order_number: str | Unset = UNSET,
    purchase_order_types: str | Unset = UNSET,
    sync_statuses: list[AccountingV2ApBillSyncStatus] | Unset = UNSET,
    statuses: list[AccountingV2ApBillStatus] | Unset = UNSET,
    sources: list[AccountingV2ApBillSource] | Unset = UNSET,
    min_cost: float | Unset = UNSET,
    max_cost: float | Unset = UNSET,
    bill_type: AccountingV2ApBillType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    date_reconciled_before: datetime.datetime | Unset = UNSET,
    date_reconciled_on_or_after: datetime.datetime | Unset = UNSET,
    three_way_match_discrepancy: AccountingV2ApBillThreeWayMatchDiscrepancy
    | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2ApBillResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        batch_id (int | Unset):
        batch_number (int | Unset):
        bill_number (str | Unset):
        business_unit_ids (str | Unset):
        custom_field_fields (ApBillsGetListPaginatedCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        job_number (str | Unset):
        purchase_order_number (str | Unset):
        purchase_order_types (str | Unset):
        sync_statuses (list[AccountingV2ApBillSyncStatus] | Unset):
        statuses (list[AccountingV2ApBillStatus] | Unset):
        sources (list[AccountingV2ApBillSource] | Unset):
        min_cost (float | Unset):
        max_cost (float | Unset):
        bill_type (AccountingV2ApBillType | Unset):
        page (int | Unset):
        page_size (int | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        date_reconciled_before (datetime.datetime | Unset):
        date_reconciled_on_or_after (datetime.datetime | Unset):
        three_way_match_discrepancy (AccountingV2ApBillThreeWayMatchDiscrepancy | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2ApBillResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        ids=ids,
        batch_id=batch_id,
        batch_number=batch_number,
        bill_number=bill_number,
        business_unit_ids=business_unit_ids,
        custom_field_fields=custom_field_fields,
        custom_field_operator=custom_field_operator,
        date_from=date_from,
        date_to=date_to,
        job_number=job_number,
        purchase_order_number=purchase_order_number,
        purchase_order_types=purchase_order_types,
        sync_statuses=sync_statuses,
        statuses=statuses,
        sources=sources,
        min_cost=min_cost,
        max_cost=max_cost,
        bill_type=bill_type,
        page=page,
        page_size=page_size,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        date_reconciled_before=date_reconciled_before,
        date_reconciled_on_or_after=date_reconciled_on_or_after,
        three_way_match_discrepancy=three_way_match_discrepancy,
        include_total=include_total,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: int | Unset = UNSET,
    bill_number: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    custom_field_fields: ApBillsGetListPaginatedCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    job_number: str | Unset = UNSET,
    purchase_order_number: str | Unset = UNSET,
    purchase_order_types: str | Unset = UNSET,
    sync_statuses: list[AccountingV2ApBillSyncStatus] | Unset = UNSET,
    statuses: list[AccountingV2ApBillStatus] | Unset = UNSET,
    sources: list[AccountingV2ApBillSource] | Unset = UNSET,
    min_cost: float | Unset = UNSET,
    max_cost: float | Unset = UNSET,
    bill_type: AccountingV2ApBillType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    date_reconciled_before: datetime.datetime | Unset = UNSET,
    date_reconciled_on_or_after: datetime.datetime | Unset = UNSET,
    three_way_match_discrepancy: AccountingV2ApBillThreeWayMatchDiscrepancy
    | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfAccountingV2ApBillResponse]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        batch_id (int | Unset):
        batch_number (int | Unset):
        bill_number (str | Unset):
        business_unit_ids (str | Unset):
        custom_field_fields (ApBillsGetListPaginatedCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        job_number (str | Unset):
        purchase_order_number (str | Unset):
        purchase_order_types (str | Unset):
        sync_statuses (list[AccountingV2ApBillSyncStatus] | Unset):
        statuses (list[AccountingV2ApBillStatus] | Unset):
        sources (list[AccountingV2ApBillSource] | Unset):
        min_cost (float | Unset):
        max_cost (float | Unset):
        bill_type (AccountingV2ApBillType | Unset):
        page (int | Unset):
        page_size (int | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        date_reconciled_before (datetime.datetime | Unset):
        date_reconciled_on_or_after (datetime.datetime | Unset):
        three_way_match_discrepancy (AccountingV2ApBillThreeWayMatchDiscrepancy | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2ApBillResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        batch_id=batch_id,
        batch_number=batch_number,
        bill_number=bill_number,
        business_unit_ids=business_unit_ids,
        custom_field_fields=custom_field_fields,
        custom_field_operator=custom_field_operator,
        date_from=date_from,
        date_to=date_to,
        job_number=job_number,
        purchase_order_number=purchase_order_number,
        purchase_order_types=purchase_order_types,
        sync_statuses=sync_statuses,
        statuses=statuses,
        sources=sources,
        min_cost=min_cost,
        max_cost=max_cost,
        bill_type=bill_type,
        page=page,
        page_size=page_size,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        date_reconciled_before=date_reconciled_before,
        date_reconciled_on_or_after=date_reconciled_on_or_after,
        three_way_match_discrepancy=three_way_match_discrepancy,
        include_total=include_total,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: int | Unset = UNSET,
    bill_number: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    custom_field_fields: ApBillsGetListPaginatedCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    job_number: str | Unset = UNSET,
    purchase_order_number: str | Unset = UNSET,
    purchase_order_types: str | Unset = UNSET,
    sync_statuses: list[AccountingV2ApBillSyncStatus] | Unset = UNSET,
    statuses: list[AccountingV2ApBillStatus] | Unset = UNSET,
    sources: list[AccountingV2ApBillSource] | Unset = UNSET,
    min_cost: float | Unset = UNSET,
    max_cost: float | Unset = UNSET,
    bill_type: AccountingV2ApBillType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    date_reconciled_before: datetime.datetime | Unset = UNSET,
    date_reconciled_on_or_after: datetime.datetime | Unset = UNSET,
    three_way_match_discrepancy: AccountingV2ApBillThreeWayMatchDiscrepancy
    | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2ApBillResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        batch_id (int | Unset):
        batch_number (int | Unset):
        bill_number (str | Unset):
        business_unit_ids (str | Unset):
        custom_field_fields (ApBillsGetListPaginatedCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        job_number (str | Unset):
        purchase_order_number (str | Unset):
        purchase_order_types (str | Unset):
        sync_statuses (list[AccountingV2ApBillSyncStatus] | Unset):
        statuses (list[AccountingV2ApBillStatus] | Unset):
        sources (list[AccountingV2ApBillSource] | Unset):
        min_cost (float | Unset):
        max_cost (float | Unset):
        bill_type (AccountingV2ApBillType | Unset):
        page (int | Unset):
        page_size (int | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        date_reconciled_before (datetime.datetime | Unset):
        date_reconciled_on_or_after (datetime.datetime | Unset):
        three_way_match_discrepancy (AccountingV2ApBillThreeWayMatchDiscrepancy | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2ApBillResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            ids=ids,
            batch_id=batch_id,
            batch_number=batch_number,
            bill_number=bill_number,
            business_unit_ids=business_unit_ids,
            custom_field_fields=custom_field_fields,
            custom_field_operator=custom_field_operator,
            date_from=date_from,
            date_to=date_to,
            job_number=job_number,
            purchase_order_number=purchase_order_number,
            purchase_order_types=purchase_order_types,
            sync_statuses=sync_statuses,
            statuses=statuses,
            sources=sources,
            min_cost=min_cost,
            max_cost=max_cost,
            bill_type=bill_type,
            page=page,
            page_size=page_size,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            date_reconciled_before=date_reconciled_before,
            date_reconciled_on_or_after=date_reconciled_on_or_after,
            three_way_match_discrepancy=three_way_match_discrepancy,
            include_total=include_total,
        )
    ).parsed
