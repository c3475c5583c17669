import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounting_share_active_state_filter_type import (
    AccountingShareActiveStateFilterType,
)
from ...models.accounting_v2_balance_comparer import AccountingV2BalanceComparer
from ...models.accounting_v2_invoice_configuration import (
    AccountingV2InvoiceConfiguration,
)
from ...models.accounting_v2_invoice_review_status import (
    AccountingV2InvoiceReviewStatus,
)
from ...models.accounting_v2_logical_operator import AccountingV2LogicalOperator
from ...models.accounting_v2_transaction_status import AccountingV2TransactionStatus
from ...models.api_error_response import ApiErrorResponse
from ...models.invoices_get_list_custom_field_fields import (
    InvoicesGetListCustomFieldFields,
)
from ...models.paginated_response_of_accounting_v2_invoice_response import (
    PaginatedResponseOfAccountingV2InvoiceResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    ids: str | Unset = UNSET,
    active_state: AccountingShareActiveStateFilterType | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    statuses: list[AccountingV2TransactionStatus] | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    custom_field_fields: InvoicesGetListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    job_id: int | Unset = UNSET,
    job_number: str | Unset = UNSET,
    business_unit_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    invoiced_on_or_after: datetime.datetime | Unset = UNSET,
    invoiced_on_before: datetime.datetime | Unset = UNSET,
    adjustment_to_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    total_greater: float | Unset = UNSET,
    total_less: float | Unset = UNSET,
    balance_filter_balance: float | Unset = UNSET,
    balance_filter_comparer: AccountingV2BalanceComparer | Unset = UNSET,
    due_date_before: datetime.datetime | Unset = UNSET,
    due_date_on_or_after: datetime.datetime | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_by_direction: str | Unset = UNSET,
    review_statuses: list[AccountingV2InvoiceReviewStatus] | Unset = UNSET,
    assigned_to_ids: list[int] | Unset = UNSET,
    invoice_configurations: list[AccountingV2InvoiceConfiguration] | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    json_active_state: str | Unset = UNSET
    if not isinstance(active_state, Unset):
        json_active_state = active_state.value

    params["activeState"] = json_active_state

    json_modified_before: str | Unset = UNSET
    if not isinstance(modified_before, Unset):
        json_modified_before = modified_before.isoformat()
    params["modifiedBefore"] = json_modified_before

    json_modified_on_or_after: str | Unset = UNSET
    if not isinstance(modified_on_or_after, Unset):
        json_modified_on_or_after = modified_on_or_after.isoformat()
    params["modifiedOnOrAfter"] = json_modified_on_or_after

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = []
        for statuses_item_data in statuses:
            statuses_item = statuses_item_data.value
            json_statuses.append(statuses_item)

    params["statuses"] = json_statuses

    params["batchId"] = batch_id

    params["batchNumber"] = batch_number

    params["page"] = page

    params["pageSize"] = page_size

    json_custom_field_fields: dict[str, Any] | Unset = UNSET
    if not isinstance(custom_field_fields, Unset):
        json_custom_field_fields = custom_field_fields.to_dict()
    if not isinstance(json_custom_field_fields, Unset):
        params.update(json_custom_field_fields)

    json_custom_field_operator: str | Unset = UNSET
    if not isinstance(custom_field_operator, Unset):
        json_custom_field_operator = custom_field_operator.value

    params["customField.Operator"] = json_custom_field_operator

    params["includeTotal"] = include_total

    params["jobId"] = job_id

    params["jobNumber"] = job_number

    params["businessUnitId"] = business_unit_id

    params["customerId"] = customer_id

    json_invoiced_on_or_after: str | Unset = UNSET
    if not isinstance(invoiced_on_or_after, Unset):
        json_invoiced_on_or_after = invoiced_on_or_after.isoformat()
    params["invoicedOnOrAfter"] = json_invoiced_on_or_after

    json_invoiced_on_before: str | Unset = UNSET
    if not isinstance(invoiced_on_before, Unset):
        json_invoiced_on_before = invoiced_on_before.isoformat()
    params["invoicedOnBefore"] = json_invoiced_on_before

    params["adjustmentToId"] = adjustment_to_id

    params["number"] = number

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = created_on_or_after.isoformat()
    params["createdOnOrAfter"] = json_created_on_or_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    params["totalGreater"] = total_greater

    params["totalLess"] = total_less

    params["balanceFilter.Balance"] = balance_filter_balance

    json_balance_filter_comparer: str | Unset = UNSET
    if not isinstance(balance_filter_comparer, Unset):
        json_balance_filter_comparer = balance_filter_comparer.value

    params["balanceFilter.Comparer"] = json_balance_filter_comparer

    json_due_date_before: str | Unset = UNSET
    if not isinstance(due_date_before, Unset):
        json_due_date_before = due_date_before.isoformat()
    params["dueDateBefore"] = json_due_date_before

    json_due_date_on_or_after: str | Unset = UNSET
    if not isinstance(due_date_on_or_after, Unset):
        json_due_date_on_or_after = due_date_on_or_after.isoformat()
    params["dueDateOnOrAfter"] = json_due_date_on_or_after

    params["orderBy"] = order_by

    params["orderByDirection"] = order_by_direction

    json_review_statuses: list[str] | Unset = UNSET
    if not isinstance(review_statuses, Unset):
        json_review_statuses = []
        for review_statuses_item_data in review_statuses:
            review_statuses_item = review_statuses_item_data.value
            json_review_statuses.append(review_statuses_item)

    params["reviewStatuses"] = json_review_statuses

    json_assigned_to_ids: list[int] | Unset = UNSET
    if not isinstance(assigned_to_ids, Unset):
        json_assigned_to_ids = assigned_to_ids

    params["assignedToIds"] = json_assigned_to_ids

    json_invoice_configurations: list[str] | Unset = UNSET
    if not isinstance(invoice_configurations, Unset):
        json_invoice_configurations = []
        for invoice_configurations_item_data in invoice_configurations:
            invoice_configurations_item = invoice_configurations_item_data.value
            json_invoice_configurations.append(invoice_configurations_item)

    params["invoiceConfigurations"] = json_invoice_configurations

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounting/v2/tenant/{tenant}/invoices".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2InvoiceResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfAccountingV2InvoiceResponse.from_dict(
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
) -> Response[ApiErrorResponse | PaginatedResponseOfAccountingV2InvoiceResponse]:
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
    active_state: AccountingShareActiveStateFilterType | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    statuses: list[AccountingV2TransactionStatus] | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    custom_field_fields: InvoicesGetListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    job_id: int | Unset = UNSET,
    job_number: str | Unset = UNSET,
    business_unit_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    invoiced_on_or_after: datetime.datetime | Unset = UNSET,
    invoiced_on_before: datetime.datetime | Unset = UNSET,
    adjustment_to_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    total_greater: float | Unset = UNSET,
    total_less: float | Unset = UNSET,
    balance_filter_balance: float | Unset = UNSET,
    balance_filter_comparer: AccountingV2BalanceComparer | Unset = UNSET,
    due_date_before: datetime.datetime | Unset = UNSET,
    due_date_on_or_after: datetime.datetime | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_by_direction: str | Unset = UNSET,
    review_statuses: list[AccountingV2InvoiceReviewStatus] | Unset = UNSET,
    assigned_to_ids: list[int] | Unset = UNSET,
    invoice_configurations: list[AccountingV2InvoiceConfiguration] | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfAccountingV2InvoiceResponse]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active_state (AccountingShareActiveStateFilterType | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        statuses (list[AccountingV2TransactionStatus] | Unset):
        batch_id (int | Unset):
        batch_number (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        custom_field_fields (InvoicesGetListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        include_total (bool | Unset):
        job_id (int | Unset):
        job_number (str | Unset):
        business_unit_id (int | Unset):
        customer_id (int | Unset):
        invoiced_on_or_after (datetime.datetime | Unset):
        invoiced_on_before (datetime.datetime | Unset):
        adjustment_to_id (int | Unset):
        number (str | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        total_greater (float | Unset):
        total_less (float | Unset):
        balance_filter_balance (float | Unset):
        balance_filter_comparer (AccountingV2BalanceComparer | Unset):
        due_date_before (datetime.datetime | Unset):
        due_date_on_or_after (datetime.datetime | Unset):
        order_by (str | Unset):
        order_by_direction (str | Unset):
        review_statuses (list[AccountingV2InvoiceReviewStatus] | Unset):
        assigned_to_ids (list[int] | Unset):
        invoice_configurations (list[AccountingV2InvoiceConfiguration] | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2InvoiceResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        active_state=active_state,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        statuses=statuses,
        batch_id=batch_id,
        batch_number=batch_number,
        page=page,
        page_size=page_size,
        custom_field_fields=custom_field_fields,
        custom_field_operator=custom_field_operator,
        include_total=include_total,
        job_id=job_id,
        job_number=job_number,
        business_unit_id=business_unit_id,
        customer_id=customer_id,
        invoiced_on_or_after=invoiced_on_or_after,
        invoiced_on_before=invoiced_on_before,
        adjustment_to_id=adjustment_to_id,
        number=number,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        total_greater=total_greater,
        total_less=total_less,
        balance_filter_balance=balance_filter_balance,
        balance_filter_comparer=balance_filter_comparer,
        due_date_before=due_date_before,
        due_date_on_or_after=due_date_on_or_after,
        order_by=order_by,
        order_by_direction=order_by_direction,
        review_statuses=review_statuses,
        assigned_to_ids=assigned_to_ids,
        invoice_configurations=invoice_configurations,
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
    active_state: AccountingShareActiveStateFilterType | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    statuses: list[AccountingV2TransactionStatus] | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    custom_field_fields: InvoicesGetListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    job_id: int | Unset = UNSET,
    job_number: str | Unset = UNSET,
    business_unit_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    invoiced_on_or_after: datetime.datetime | Unset = UNSET,
    invoiced_on_before: datetime.datetime | Unset = UNSET,
    adjustment_to_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    total_greater: float | Unset = UNSET,
    total_less: float | Unset = UNSET,
    balance_filter_balance: float | Unset = UNSET,
    balance_filter_comparer: AccountingV2BalanceComparer | Unset = UNSET,
    due_date_before: datetime.datetime | Unset = UNSET,
    due_date_on_or_after: datetime.datetime | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_by_direction: str | Unset = UNSET,
    review_statuses: list[AccountingV2InvoiceReviewStatus] | Unset = UNSET,
    assigned_to_ids: list[int] | Unset = UNSET,
    invoice_configurations: list[AccountingV2InvoiceConfiguration] | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2InvoiceResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active_state (AccountingShareActiveStateFilterType | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        statuses (list[AccountingV2TransactionStatus] | Unset):
        batch_id (int | Unset):
        batch_number (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        custom_field_fields (InvoicesGetListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        include_total (bool | Unset):
        job_id (int | Unset):
        job_number (str | Unset):
        business_unit_id (int | Unset):
        customer_id (int | Unset):
        invoiced_on_or_after (datetime.datetime | Unset):
        invoiced_on_before (datetime.datetime | Unset):
        adjustment_to_id (int | Unset):
        number (str | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        total_greater (float | Unset):
        total_less (float | Unset):
        balance_filter_balance (float | Unset):
        balance_filter_comparer (AccountingV2BalanceComparer | Unset):
        due_date_before (datetime.datetime | Unset):
        due_date_on_or_after (datetime.datetime | Unset):
        order_by (str | Unset):
        order_by_direction (str | Unset):
        review_statuses (list[AccountingV2InvoiceReviewStatus] | Unset):
        assigned_to_ids (list[int] | Unset):
        invoice_configurations (list[AccountingV2InvoiceConfiguration] | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2InvoiceResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        ids=ids,
        active_state=active_state,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        statuses=statuses,
        batch_id=batch_id,
        batch_number=batch_number,
        page=page,
        page_size=page_size,
        custom_field_fields=custom_field_fields,
        custom_field_operator=custom_field_operator,
        include_total=include_total,
        job_id=job_id,
        job_number=job_number,
        business_unit_id=business_unit_id,
        customer_id=customer_id,
        invoiced_on_or_after=invoiced_on_or_after,
        invoiced_on_before=invoiced_on_before,
        adjustment_to_id=adjustment_to_id,
        number=number,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        total_greater=total_greater,
        total_less=total_less,
        balance_filter_balance=balance_filter_balance,
        balance_filter_comparer=balance_filter_comparer,
        due_date_before=due_date_before,
        due_date_on_or_after=due_date_on_or_after,
        order_by=order_by,
        order_by_direction=order_by_direction,
        review_statuses=review_statuses,
        assigned_to_ids=assigned_to_ids,
        invoice_configurations=invoice_configurations,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    active_state: AccountingShareActiveStateFilterType | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    statuses: list[AccountingV2TransactionStatus] | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    custom_field_fields: InvoicesGetListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    job_id: int | Unset = UNSET,
    job_number: str | Unset = UNSET,
    business_unit_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    invoiced_on_or_after: datetime.datetime | Unset = UNSET,
    invoiced_on_before: datetime.datetime | Unset = UNSET,
    adjustment_to_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    total_greater: float | Unset = UNSET,
    total_less: float | Unset = UNSET,
    balance_filter_balance: float | Unset = UNSET,
    balance_filter_comparer: AccountingV2BalanceComparer | Unset = UNSET,
    due_date_before: datetime.datetime | Unset = UNSET,
    due_date_on_or_after: datetime.datetime | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_by_direction: str | Unset = UNSET,
    review_statuses: list[AccountingV2InvoiceReviewStatus] | Unset = UNSET,
    assigned_to_ids: list[int] | Unset = UNSET,
    invoice_configurations: list[AccountingV2InvoiceConfiguration] | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfAccountingV2InvoiceResponse]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active_state (AccountingShareActiveStateFilterType | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        statuses (list[AccountingV2TransactionStatus] | Unset):
        batch_id (int | Unset):
        batch_number (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        custom_field_fields (InvoicesGetListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        include_total (bool | Unset):
        job_id (int | Unset):
        job_number (str | Unset):
        business_unit_id (int | Unset):
        customer_id (int | Unset):
        invoiced_on_or_after (datetime.datetime | Unset):
        invoiced_on_before (datetime.datetime | Unset):
        adjustment_to_id (int | Unset):
        number (str | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        total_greater (float | Unset):
        total_less (float | Unset):
        balance_filter_balance (float | Unset):
        balance_filter_comparer (AccountingV2BalanceComparer | Unset):
        due_date_before (datetime.datetime | Unset):
        due_date_on_or_after (datetime.datetime | Unset):
        order_by (str | Unset):
        order_by_direction (str | Unset):
        review_statuses (list[AccountingV2InvoiceReviewStatus] | Unset):
        assigned_to_ids (list[int] | Unset):
        invoice_configurations (list[AccountingV2InvoiceConfiguration] | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2InvoiceResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        active_state=active_state,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        statuses=statuses,
        batch_id=batch_id,
        batch_number=batch_number,
        page=page,
        page_size=page_size,
        custom_field_fields=custom_field_fields,
        custom_field_operator=custom_field_operator,
        include_total=include_total,
        job_id=job_id,
        job_number=job_number,
        business_unit_id=business_unit_id,
        customer_id=customer_id,
        invoiced_on_or_after=invoiced_on_or_after,
        invoiced_on_before=invoiced_on_before,
        adjustment_to_id=adjustment_to_id,
        number=number,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        total_greater=total_greater,
        total_less=total_less,
        balance_filter_balance=balance_filter_balance,
        balance_filter_comparer=balance_filter_comparer,
        due_date_before=due_date_before,
        due_date_on_or_after=due_date_on_or_after,
        order_by=order_by,
        order_by_direction=order_by_direction,
        review_statuses=review_statuses,
        assigned_to_ids=assigned_to_ids,
        invoice_configurations=invoice_configurations,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    active_state: AccountingShareActiveStateFilterType | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    statuses: list[AccountingV2TransactionStatus] | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    custom_field_fields: InvoicesGetListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    job_id: int | Unset = UNSET,
    job_number: str | Unset = UNSET,
    business_unit_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    invoiced_on_or_after: datetime.datetime | Unset = UNSET,
    invoiced_on_before: datetime.datetime | Unset = UNSET,
    adjustment_to_id: int | Unset = UNSET,
    number: str | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    total_greater: float | Unset = UNSET,
    total_less: float | Unset = UNSET,
    balance_filter_balance: float | Unset = UNSET,
    balance_filter_comparer: AccountingV2BalanceComparer | Unset = UNSET,
    due_date_before: datetime.datetime | Unset = UNSET,
    due_date_on_or_after: datetime.datetime | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_by_direction: str | Unset = UNSET,
    review_statuses: list[AccountingV2InvoiceReviewStatus] | Unset = UNSET,
    assigned_to_ids: list[int] | Unset = UNSET,
    invoice_configurations: list[AccountingV2InvoiceConfiguration] | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2InvoiceResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active_state (AccountingShareActiveStateFilterType | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        statuses (list[AccountingV2TransactionStatus] | Unset):
        batch_id (int | Unset):
        batch_number (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        custom_field_fields (InvoicesGetListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        include_total (bool | Unset):
        job_id (int | Unset):
        job_number (str | Unset):
        business_unit_id (int | Unset):
        customer_id (int | Unset):
        invoiced_on_or_after (datetime.datetime | Unset):
        invoiced_on_before (datetime.datetime | Unset):
        adjustment_to_id (int | Unset):
        number (str | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        total_greater (float | Unset):
        total_less (float | Unset):
        balance_filter_balance (float | Unset):
        balance_filter_comparer (AccountingV2BalanceComparer | Unset):
        due_date_before (datetime.datetime | Unset):
        due_date_on_or_after (datetime.datetime | Unset):
        order_by (str | Unset):
        order_by_direction (str | Unset):
        review_statuses (list[AccountingV2InvoiceReviewStatus] | Unset):
        assigned_to_ids (list[int] | Unset):
        invoice_configurations (list[AccountingV2InvoiceConfiguration] | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2InvoiceResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            ids=ids,
            active_state=active_state,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            statuses=statuses,
            batch_id=batch_id,
            batch_number=batch_number,
            page=page,
            page_size=page_size,
            custom_field_fields=custom_field_fields,
            custom_field_operator=custom_field_operator,
            include_total=include_total,
            job_id=job_id,
            job_number=job_number,
            business_unit_id=business_unit_id,
            customer_id=customer_id,
            invoiced_on_or_after=invoiced_on_or_after,
            invoiced_on_before=invoiced_on_before,
            adjustment_to_id=adjustment_to_id,
            number=number,
            created_on_or_after=created_on_or_after,
            created_before=created_before,
            total_greater=total_greater,
            total_less=total_less,
            balance_filter_balance=balance_filter_balance,
            balance_filter_comparer=balance_filter_comparer,
            due_date_before=due_date_before,
            due_date_on_or_after=due_date_on_or_after,
            order_by=order_by,
            order_by_direction=order_by_direction,
            review_statuses=review_statuses,
            assigned_to_ids=assigned_to_ids,
            invoice_configurations=invoice_configurations,
            sort=sort,
        )
    ).parsed
