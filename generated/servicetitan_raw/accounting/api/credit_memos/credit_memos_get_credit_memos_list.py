import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounting_v2_logical_operator import AccountingV2LogicalOperator
from ...models.accounting_v2_shared_amount_comparison_operator import (
    AccountingV2SharedAmountComparisonOperator,
)
from ...models.active_request_arg import ActiveRequestArg
from ...models.api_error_response import ApiErrorResponse
from ...models.credit_memos_get_credit_memos_list_custom_field_fields import (
    CreditMemosGetCreditMemosListCustomFieldFields,
)
from ...models.paginated_response_of_accounting_v2_credit_memos_credit_memo_public_response import (
    PaginatedResponseOfAccountingV2CreditMemosCreditMemoPublicResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    active: ActiveRequestArg | Unset = UNSET,
    ids: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    applied_to_invoice_ids: str | Unset = UNSET,
    applied_to_reference_number: str | Unset = UNSET,
    date_before: datetime.date | Unset = UNSET,
    date_on_or_after: datetime.date | Unset = UNSET,
    applied_before: datetime.date | Unset = UNSET,
    applied_on_or_after: datetime.date | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: str | Unset = UNSET,
    custom_field_fields: CreditMemosGetCreditMemosListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    total_filter_amount: float | Unset = UNSET,
    total_filter_comparer: AccountingV2SharedAmountComparisonOperator | Unset = UNSET,
    balance_filter_amount: float | Unset = UNSET,
    balance_filter_comparer: AccountingV2SharedAmountComparisonOperator | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params["ids"] = ids

    params["businessUnitIds"] = business_unit_ids

    params["appliedToInvoiceIds"] = applied_to_invoice_ids

    params["appliedToReferenceNumber"] = applied_to_reference_number

    json_date_before: str | Unset = UNSET
    if not isinstance(date_before, Unset):
        json_date_before = date_before.isoformat()
    params["dateBefore"] = json_date_before

    json_date_on_or_after: str | Unset = UNSET
    if not isinstance(date_on_or_after, Unset):
        json_date_on_or_after = date_on_or_after.isoformat()
    params["dateOnOrAfter"] = json_date_on_or_after

    json_applied_before: str | Unset = UNSET
    if not isinstance(applied_before, Unset):
        json_applied_before = applied_before.isoformat()
    params["appliedBefore"] = json_applied_before

    json_applied_on_or_after: str | Unset = UNSET
    if not isinstance(applied_on_or_after, Unset):
        json_applied_on_or_after = applied_on_or_after.isoformat()
    params["appliedOnOrAfter"] = json_applied_on_or_after

    json_modified_before: str | Unset = UNSET
    if not isinstance(modified_before, Unset):
        json_modified_before = modified_before.isoformat()
    params["modifiedBefore"] = json_modified_before

    json_modified_on_or_after: str | Unset = UNSET
    if not isinstance(modified_on_or_after, Unset):
        json_modified_on_or_after = modified_on_or_after.isoformat()
    params["modifiedOnOrAfter"] = json_modified_on_or_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = created_on_or_after.isoformat()
    params["createdOnOrAfter"] = json_created_on_or_after

    params["batchId"] = batch_id

    params["batchNumber"] = batch_number

    json_custom_field_fields: dict[str, Any] | Unset = UNSET
    if not isinstance(custom_field_fields, Unset):
        json_custom_field_fields = custom_field_fields.to_dict()
    if not isinstance(json_custom_field_fields, Unset):
        params.update(json_custom_field_fields)

    json_custom_field_operator: str | Unset = UNSET
    if not isinstance(custom_field_operator, Unset):
        json_custom_field_operator = custom_field_operator.value

    params["customField.Operator"] = json_custom_field_operator

    params["totalFilter.Amount"] = total_filter_amount

    json_total_filter_comparer: str | Unset = UNSET
    if not isinstance(total_filter_comparer, Unset):
        json_total_filter_comparer = total_filter_comparer.value

    params["totalFilter.Comparer"] = json_total_filter_comparer

    params["balanceFilter.Amount"] = balance_filter_amount

    json_balance_filter_comparer: str | Unset = UNSET
    if not isinstance(balance_filter_comparer, Unset):
        json_balance_filter_comparer = balance_filter_comparer.value

    params["balanceFilter.Comparer"] = json_balance_filter_comparer

    params["sort"] = sort

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounting/v2/tenant/{tenant}/credit-memos".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiErrorResponse
    | PaginatedResponseOfAccountingV2CreditMemosCreditMemoPublicResponse
    | None
):
    if response.status_code == 200:
        response_200 = PaginatedResponseOfAccountingV2CreditMemosCreditMemoPublicResponse.from_dict(
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
    ApiErrorResponse
    | PaginatedResponseOfAccountingV2CreditMemosCreditMemoPublicResponse
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
    ids: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    applied_to_invoice_ids: str | Unset = UNSET,
    applied_to_reference_number: str | Unset = UNSET,
    date_before: datetime.date | Unset = UNSET,
    date_on_or_after: datetime.date | Unset = UNSET,
    applied_before: datetime.date | Unset = UNSET,
    applied_on_or_after: datetime.date | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: str | Unset = UNSET,
    custom_field_fields: CreditMemosGetCreditMemosListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    total_filter_amount: float | Unset = UNSET,
    total_filter_comparer: AccountingV2SharedAmountComparisonOperator | Unset = UNSET,
    balance_filter_amount: float | Unset = UNSET,
    balance_filter_comparer: AccountingV2SharedAmountComparisonOperator | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[
    ApiErrorResponse
    | PaginatedResponseOfAccountingV2CreditMemosCreditMemoPublicResponse
]:
    """
    Args:
        tenant (int):
        active (ActiveRequestArg | Unset):
        ids (str | Unset):
        business_unit_ids (str | Unset):
        applied_to_invoice_ids (str | Unset):
        applied_to_reference_number (str | Unset):
        date_before (datetime.date | Unset):
        date_on_or_after (datetime.date | Unset):
        applied_before (datetime.date | Unset):
        applied_on_or_after (datetime.date | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        batch_id (int | Unset):
        batch_number (str | Unset):
        custom_field_fields (CreditMemosGetCreditMemosListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        total_filter_amount (float | Unset):
        total_filter_comparer (AccountingV2SharedAmountComparisonOperator | Unset):
        balance_filter_amount (float | Unset):
        balance_filter_comparer (AccountingV2SharedAmountComparisonOperator | Unset):
        sort (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2CreditMemosCreditMemoPublicResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        active=active,
        ids=ids,
        business_unit_ids=business_unit_ids,
        applied_to_invoice_ids=applied_to_invoice_ids,
        applied_to_reference_number=applied_to_reference_number,
        date_before=date_before,
        date_on_or_after=date_on_or_after,
        applied_before=applied_before,
        applied_on_or_after=applied_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        batch_id=batch_id,
        batch_number=batch_number,
        custom_field_fields=custom_field_fields,
        custom_field_operator=custom_field_operator,
        total_filter_amount=total_filter_amount,
        total_filter_comparer=total_filter_comparer,
        balance_filter_amount=balance_filter_amount,
        balance_filter_comparer=balance_filter_comparer,
        sort=sort,
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
    ids: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    applied_to_invoice_ids: str | Unset = UNSET,
    applied_to_reference_number: str | Unset = UNSET,
    date_before: datetime.date | Unset = UNSET,
    date_on_or_after: datetime.date | Unset = UNSET,
    applied_before: datetime.date | Unset = UNSET,
    applied_on_or_after: datetime.date | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: str | Unset = UNSET,
    custom_field_fields: CreditMemosGetCreditMemosListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    total_filter_amount: float | Unset = UNSET,
    total_filter_comparer: AccountingV2SharedAmountComparisonOperator | Unset = UNSET,
    balance_filter_amount: float | Unset = UNSET,
    balance_filter_comparer: AccountingV2SharedAmountComparisonOperator | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> (
    ApiErrorResponse
    | PaginatedResponseOfAccountingV2CreditMemosCreditMemoPublicResponse
    | None
):
    """
    Args:
        tenant (int):
        active (ActiveRequestArg | Unset):
        ids (str | Unset):
        business_unit_ids (str | Unset):
        applied_to_invoice_ids (str | Unset):
        applied_to_reference_number (str | Unset):
        date_before (datetime.date | Unset):
        date_on_or_after (datetime.date | Unset):
        applied_before (datetime.date | Unset):
        applied_on_or_after (datetime.date | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        batch_id (int | Unset):
        batch_number (str | Unset):
        custom_field_fields (CreditMemosGetCreditMemosListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        total_filter_amount (float | Unset):
        total_filter_comparer (AccountingV2SharedAmountComparisonOperator | Unset):
        balance_filter_amount (float | Unset):
        balance_filter_comparer (AccountingV2SharedAmountComparisonOperator | Unset):
        sort (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2CreditMemosCreditMemoPublicResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        active=active,
        ids=ids,
        business_unit_ids=business_unit_ids,
        applied_to_invoice_ids=applied_to_invoice_ids,
        applied_to_reference_number=applied_to_reference_number,
        date_before=date_before,
        date_on_or_after=date_on_or_after,
        applied_before=applied_before,
        applied_on_or_after=applied_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        batch_id=batch_id,
        batch_number=batch_number,
        custom_field_fields=custom_field_fields,
        custom_field_operator=custom_field_operator,
        total_filter_amount=total_filter_amount,
        total_filter_comparer=total_filter_comparer,
        balance_filter_amount=balance_filter_amount,
        balance_filter_comparer=balance_filter_comparer,
        sort=sort,
        page=page,
        page_size=page_size,
        include_total=include_total,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    active: ActiveRequestArg | Unset = UNSET,
    ids: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    applied_to_invoice_ids: str | Unset = UNSET,
    applied_to_reference_number: str | Unset = UNSET,
    date_before: datetime.date | Unset = UNSET,
    date_on_or_after: datetime.date | Unset = UNSET,
    applied_before: datetime.date | Unset = UNSET,
    applied_on_or_after: datetime.date | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: str | Unset = UNSET,
    custom_field_fields: CreditMemosGetCreditMemosListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    total_filter_amount: float | Unset = UNSET,
    total_filter_comparer: AccountingV2SharedAmountComparisonOperator | Unset = UNSET,
    balance_filter_amount: float | Unset = UNSET,
    balance_filter_comparer: AccountingV2SharedAmountComparisonOperator | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[
    ApiErrorResponse
    | PaginatedResponseOfAccountingV2CreditMemosCreditMemoPublicResponse
]:
    """
    Args:
        tenant (int):
        active (ActiveRequestArg | Unset):
        ids (str | Unset):
        business_unit_ids (str | Unset):
        applied_to_invoice_ids (str | Unset):
        applied_to_reference_number (str | Unset):
        date_before (datetime.date | Unset):
        date_on_or_after (datetime.date | Unset):
        applied_before (datetime.date | Unset):
        applied_on_or_after (datetime.date | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        batch_id (int | Unset):
        batch_number (str | Unset):
        custom_field_fields (CreditMemosGetCreditMemosListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        total_filter_amount (float | Unset):
        total_filter_comparer (AccountingV2SharedAmountComparisonOperator | Unset):
        balance_filter_amount (float | Unset):
        balance_filter_comparer (AccountingV2SharedAmountComparisonOperator | Unset):
        sort (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2CreditMemosCreditMemoPublicResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        active=active,
        ids=ids,
        business_unit_ids=business_unit_ids,
        applied_to_invoice_ids=applied_to_invoice_ids,
        applied_to_reference_number=applied_to_reference_number,
        date_before=date_before,
        date_on_or_after=date_on_or_after,
        applied_before=applied_before,
        applied_on_or_after=applied_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        batch_id=batch_id,
        batch_number=batch_number,
        custom_field_fields=custom_field_fields,
        custom_field_operator=custom_field_operator,
        total_filter_amount=total_filter_amount,
        total_filter_comparer=total_filter_comparer,
        balance_filter_amount=balance_filter_amount,
        balance_filter_comparer=balance_filter_comparer,
        sort=sort,
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
    ids: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    applied_to_invoice_ids: str | Unset = UNSET,
    applied_to_reference_number: str | Unset = UNSET,
    date_before: datetime.date | Unset = UNSET,
    date_on_or_after: datetime.date | Unset = UNSET,
    applied_before: datetime.date | Unset = UNSET,
    applied_on_or_after: datetime.date | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: str | Unset = UNSET,
    custom_field_fields: CreditMemosGetCreditMemosListCustomFieldFields | Unset = UNSET,
    custom_field_operator: AccountingV2LogicalOperator | Unset = UNSET,
    total_filter_amount: float | Unset = UNSET,
    total_filter_comparer: AccountingV2SharedAmountComparisonOperator | Unset = UNSET,
    balance_filter_amount: float | Unset = UNSET,
    balance_filter_comparer: AccountingV2SharedAmountComparisonOperator | Unset = UNSET,
    sort: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> (
    ApiErrorResponse
    | PaginatedResponseOfAccountingV2CreditMemosCreditMemoPublicResponse
    | None
):
    """
    Args:
        tenant (int):
        active (ActiveRequestArg | Unset):
        ids (str | Unset):
        business_unit_ids (str | Unset):
        applied_to_invoice_ids (str | Unset):
        applied_to_reference_number (str | Unset):
        date_before (datetime.date | Unset):
        date_on_or_after (datetime.date | Unset):
        applied_before (datetime.date | Unset):
        applied_on_or_after (datetime.date | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        batch_id (int | Unset):
        batch_number (str | Unset):
        custom_field_fields (CreditMemosGetCreditMemosListCustomFieldFields | Unset):
        custom_field_operator (AccountingV2LogicalOperator | Unset):
        total_filter_amount (float | Unset):
        total_filter_comparer (AccountingV2SharedAmountComparisonOperator | Unset):
        balance_filter_amount (float | Unset):
        balance_filter_comparer (AccountingV2SharedAmountComparisonOperator | Unset):
        sort (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2CreditMemosCreditMemoPublicResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            active=active,
            ids=ids,
            business_unit_ids=business_unit_ids,
            applied_to_invoice_ids=applied_to_invoice_ids,
            applied_to_reference_number=applied_to_reference_number,
            date_before=date_before,
            date_on_or_after=date_on_or_after,
            applied_before=applied_before,
            applied_on_or_after=applied_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            batch_id=batch_id,
            batch_number=batch_number,
            custom_field_fields=custom_field_fields,
            custom_field_operator=custom_field_operator,
            total_filter_amount=total_filter_amount,
            total_filter_comparer=total_filter_comparer,
            balance_filter_amount=balance_filter_amount,
            balance_filter_comparer=balance_filter_comparer,
            sort=sort,
            page=page,
            page_size=page_size,
            include_total=include_total,
        )
    ).parsed
