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
from ...models.accounting_v2_logical_operator import AccountingV2LogicalOperator
from ...models.accounting_v2_payment_transaction_type import (
    AccountingV2PaymentTransactionType,
)
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_accounting_v2_detailed_payment_response import (
    PaginatedResponseOfAccountingV2DetailedPaymentResponse,
)
from ...models.payments_get_list_custom_field_fields import (
    PaymentsGetListCustomFieldFields,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    active_state: AccountingShareActiveStateFilterType | Unset = UNSET,
    applied_to_invoice_ids: str | Unset = UNSET,
    applied_to_reference_number: str | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: int | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    custom_field_fields: PaymentsGetListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    deposit_ids: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    paid_on_after: datetime.datetime | Unset = UNSET,
    paid_on_before: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    total_greater: float | Unset = UNSET,
    total_less: float | Unset = UNSET,
    transaction_type: AccountingV2PaymentTransactionType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_active_state: str | Unset = UNSET
    if not isinstance(active_state, Unset):
        json_active_state = active_state.value

    params["activeState"] = json_active_state

    params["appliedToInvoiceIds"] = applied_to_invoice_ids

    params["appliedToReferenceNumber"] = applied_to_reference_number

    params["batchId"] = batch_id

    params["batchNumber"] = batch_number

    params["businessUnitIds"] = business_unit_ids

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = created_on_or_after.isoformat()
    params["createdOnOrAfter"] = json_created_on_or_after

    params["customerId"] = customer_id

    json_custom_field_fields: dict[str, Any] | Unset = UNSET
    if not isinstance(custom_field_fields, Unset):
        json_custom_field_fields = custom_field_fields.to_dict()
    if not isinstance(json_custom_field_fields, Unset):
        params.update(json_custom_field_fields)

    json_custom_field_operator: str | Unset = UNSET
    if not isinstance(custom_field_operator, Unset):
        json_custom_field_operator = custom_field_operator.value

    params["customField.Operator"] = json_custom_field_operator

    params["depositIds"] = deposit_ids

    params["ids"] = ids

    params["includeTotal"] = include_total

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

    json_paid_on_after: str | Unset = UNSET
    if not isinstance(paid_on_after, Unset):
        json_paid_on_after = paid_on_after.isoformat()
    params["paidOnAfter"] = json_paid_on_after

    json_paid_on_before: str | Unset = UNSET
    if not isinstance(paid_on_before, Unset):
        json_paid_on_before = paid_on_before.isoformat()
    params["paidOnBefore"] = json_paid_on_before

    params["sort"] = sort

    params["statuses"] = statuses

    params["totalGreater"] = total_greater

    params["totalLess"] = total_less

    json_transaction_type: str | Unset = UNSET
    if not isinstance(transaction_type, Unset):
        json_transaction_type = transaction_type.value

    params["transactionType"] = json_transaction_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounting/v2/tenant/{tenant}/payments".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedPaymentResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfAccountingV2DetailedPaymentResponse.from_dict(
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
    ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedPaymentResponse
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
    active_state: AccountingShareActiveStateFilterType | Unset = UNSET,
    applied_to_invoice_ids: str | Unset = UNSET,
    applied_to_reference_number: str | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: int | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    custom_field_fields: PaymentsGetListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    deposit_ids: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    paid_on_after: datetime.datetime | Unset = UNSET,
    paid_on_before: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    total_greater: float | Unset = UNSET,
    total_less: float | Unset = UNSET,
    transaction_type: AccountingV2PaymentTransactionType | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedPaymentResponse
]:
    """
    Args:
        tenant (int):
        active_state (AccountingShareActiveStateFilterType | Unset):
        applied_to_invoice_ids (str | Unset):
        applied_to_reference_number (str | Unset):
        batch_id (int | Unset):
        batch_number (int | Unset):
        business_unit_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        customer_id (int | Unset):
        custom_field_fields (PaymentsGetListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        deposit_ids (str | Unset):
        ids (str | Unset):
        include_total (bool | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        paid_on_after (datetime.datetime | Unset):
        paid_on_before (datetime.datetime | Unset):
        sort (str | Unset):
        statuses (str | Unset):
        total_greater (float | Unset):
        total_less (float | Unset):
        transaction_type (AccountingV2PaymentTransactionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedPaymentResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        active_state=active_state,
        applied_to_invoice_ids=applied_to_invoice_ids,
        applied_to_reference_number=applied_to_reference_number,
        batch_id=batch_id,
        batch_number=batch_number,
        business_unit_ids=business_unit_ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        customer_id=customer_id,
        custom_field_fields=custom_field_fields,
        custom_field_operator=custom_field_operator,
        deposit_ids=deposit_ids,
        ids=ids,
        include_total=include_total,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        page=page,
        page_size=page_size,
        paid_on_after=paid_on_after,
        paid_on_before=paid_on_before,
        sort=sort,
        statuses=statuses,
        total_greater=total_greater,
        total_less=total_less,
        transaction_type=transaction_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    active_state: AccountingShareActiveStateFilterType | Unset = UNSET,
    applied_to_invoice_ids: str | Unset = UNSET,
    applied_to_reference_number: str | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: int | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    custom_field_fields: PaymentsGetListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    deposit_ids: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    paid_on_after: datetime.datetime | Unset = UNSET,
    paid_on_before: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    total_greater: float | Unset = UNSET,
    total_less: float | Unset = UNSET,
    transaction_type: AccountingV2PaymentTransactionType | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedPaymentResponse | None:
    """
    Args:
        tenant (int):
        active_state (AccountingShareActiveStateFilterType | Unset):
        applied_to_invoice_ids (str | Unset):
        applied_to_reference_number (str | Unset):
        batch_id (int | Unset):
        batch_number (int | Unset):
        business_unit_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        customer_id (int | Unset):
        custom_field_fields (PaymentsGetListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        deposit_ids (str | Unset):
        ids (str | Unset):
        include_total (bool | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        paid_on_after (datetime.datetime | Unset):
        paid_on_before (datetime.datetime | Unset):
        sort (str | Unset):
        statuses (str | Unset):
        total_greater (float | Unset):
        total_less (float | Unset):
        transaction_type (AccountingV2PaymentTransactionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedPaymentResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        active_state=active_state,
        applied_to_invoice_ids=applied_to_invoice_ids,
        applied_to_reference_number=applied_to_reference_number,
        batch_id=batch_id,
        batch_number=batch_number,
        business_unit_ids=business_unit_ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        customer_id=customer_id,
        custom_field_fields=custom_field_fields,
        custom_field_operator=custom_field_operator,
        deposit_ids=deposit_ids,
        ids=ids,
        include_total=include_total,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        page=page,
        page_size=page_size,
        paid_on_after=paid_on_after,
        paid_on_before=paid_on_before,
        sort=sort,
        statuses=statuses,
        total_greater=total_greater,
        total_less=total_less,
        transaction_type=transaction_type,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    active_state: AccountingShareActiveStateFilterType | Unset = UNSET,
    applied_to_invoice_ids: str | Unset = UNSET,
    applied_to_reference_number: str | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: int | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    custom_field_fields: PaymentsGetListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    deposit_ids: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    paid_on_after: datetime.datetime | Unset = UNSET,
    paid_on_before: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    total_greater: float | Unset = UNSET,
    total_less: float | Unset = UNSET,
    transaction_type: AccountingV2PaymentTransactionType | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedPaymentResponse
]:
    """
    Args:
        tenant (int):
        active_state (AccountingShareActiveStateFilterType | Unset):
        applied_to_invoice_ids (str | Unset):
        applied_to_reference_number (str | Unset):
        batch_id (int | Unset):
        batch_number (int | Unset):
        business_unit_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        customer_id (int | Unset):
        custom_field_fields (PaymentsGetListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        deposit_ids (str | Unset):
        ids (str | Unset):
        include_total (bool | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        paid_on_after (datetime.datetime | Unset):
        paid_on_before (datetime.datetime | Unset):
        sort (str | Unset):
        statuses (str | Unset):
        total_greater (float | Unset):
        total_less (float | Unset):
        transaction_type (AccountingV2PaymentTransactionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedPaymentResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        active_state=active_state,
        applied_to_invoice_ids=applied_to_invoice_ids,
        applied_to_reference_number=applied_to_reference_number,
        batch_id=batch_id,
        batch_number=batch_number,
        business_unit_ids=business_unit_ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        customer_id=customer_id,
        custom_field_fields=custom_field_fields,
        custom_field_operator=custom_field_operator,
        deposit_ids=deposit_ids,
        ids=ids,
        include_total=include_total,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        page=page,
        page_size=page_size,
        paid_on_after=paid_on_after,
        paid_on_before=paid_on_before,
        sort=sort,
        statuses=statuses,
        total_greater=total_greater,
        total_less=total_less,
        transaction_type=transaction_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    active_state: AccountingShareActiveStateFilterType | Unset = UNSET,
    applied_to_invoice_ids: str | Unset = UNSET,
    applied_to_reference_number: str | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: int | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    custom_field_fields: PaymentsGetListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    deposit_ids: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    paid_on_after: datetime.datetime | Unset = UNSET,
    paid_on_before: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    total_greater: float | Unset = UNSET,
    total_less: float | Unset = UNSET,
    transaction_type: AccountingV2PaymentTransactionType | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedPaymentResponse | None:
    """
    Args:
        tenant (int):
        active_state (AccountingShareActiveStateFilterType | Unset):
        applied_to_invoice_ids (str | Unset):
        applied_to_reference_number (str | Unset):
        batch_id (int | Unset):
        batch_number (int | Unset):
        business_unit_ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        customer_id (int | Unset):
        custom_field_fields (PaymentsGetListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        deposit_ids (str | Unset):
        ids (str | Unset):
        include_total (bool | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        paid_on_after (datetime.datetime | Unset):
        paid_on_before (datetime.datetime | Unset):
        sort (str | Unset):
        statuses (str | Unset):
        total_greater (float | Unset):
        total_less (float | Unset):
        transaction_type (AccountingV2PaymentTransactionType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedPaymentResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            active_state=active_state,
            applied_to_invoice_ids=applied_to_invoice_ids,
            applied_to_reference_number=applied_to_reference_number,
            batch_id=batch_id,
            batch_number=batch_number,
            business_unit_ids=business_unit_ids,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            customer_id=customer_id,
            custom_field_fields=custom_field_fields,
            custom_field_operator=custom_field_operator,
            deposit_ids=deposit_ids,
            ids=ids,
            include_total=include_total,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            page=page,
            page_size=page_size,
            paid_on_after=paid_on_after,
            paid_on_before=paid_on_before,
            sort=sort,
            statuses=statuses,
            total_greater=total_greater,
            total_less=total_less,
            transaction_type=transaction_type,
        )
    ).parsed
