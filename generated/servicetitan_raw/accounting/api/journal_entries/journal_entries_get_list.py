import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounting_v2_empty_je_handling import AccountingV2EmptyJeHandling
from ...models.accounting_v2_journal_entry_paging_response_of_accounting_v2_journal_entry_response import (
    AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryResponse,
)
from ...models.accounting_v2_journal_entry_posting_status import (
    AccountingV2JournalEntryPostingStatus,
)
from ...models.accounting_v2_journal_entry_sync_status import (
    AccountingV2JournalEntrySyncStatus,
)
from ...models.accounting_v2_journal_entry_transaction_type import (
    AccountingV2JournalEntryTransactionType,
)
from ...models.api_error_response import ApiErrorResponse
from ...models.journal_entries_get_list_custom_field import (
    JournalEntriesGetListCustomField,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    ids: str | Unset = UNSET,
    exported_from: datetime.datetime | Unset = UNSET,
    exported_to: datetime.datetime | Unset = UNSET,
    posted_from: datetime.datetime | Unset = UNSET,
    posted_to: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    exported_by: str | Unset = UNSET,
    name: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    number_to: int | Unset = UNSET,
    statuses: list[AccountingV2JournalEntryPostingStatus] | Unset = UNSET,
    sync_statuses: list[AccountingV2JournalEntrySyncStatus] | Unset = UNSET,
    transaction_posted_from: datetime.datetime | Unset = UNSET,
    transaction_posted_to: datetime.datetime | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    service_agreement_ids: str | Unset = UNSET,
    customer_name: str | Unset = UNSET,
    location_name: str | Unset = UNSET,
    vendor_name: str | Unset = UNSET,
    inventory_location_name: str | Unset = UNSET,
    ref_number: str | Unset = UNSET,
    transaction_types: list[AccountingV2JournalEntryTransactionType] | Unset = UNSET,
    custom_field: JournalEntriesGetListCustomField | Unset = UNSET,
    empty: AccountingV2EmptyJeHandling | Unset = UNSET,
    sort: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    json_exported_from: str | Unset = UNSET
    if not isinstance(exported_from, Unset):
        json_exported_from = exported_from.isoformat()
    params["exportedFrom"] = json_exported_from

    json_exported_to: str | Unset = UNSET
    if not isinstance(exported_to, Unset):
        json_exported_to = exported_to.isoformat()
    params["exportedTo"] = json_exported_to

    json_posted_from: str | Unset = UNSET
    if not isinstance(posted_from, Unset):
        json_posted_from = posted_from.isoformat()
    params["postedFrom"] = json_posted_from

    json_posted_to: str | Unset = UNSET
    if not isinstance(posted_to, Unset):
        json_posted_to = posted_to.isoformat()
    params["postedTo"] = json_posted_to

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

    params["exportedBy"] = exported_by

    params["name"] = name

    params["numberFrom"] = number_from

    params["numberTo"] = number_to

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = []
        for statuses_item_data in statuses:
            statuses_item = statuses_item_data.value
            json_statuses.append(statuses_item)

    params["statuses"] = json_statuses

    json_sync_statuses: list[str] | Unset = UNSET
    if not isinstance(sync_statuses, Unset):
        json_sync_statuses = []
        for sync_statuses_item_data in sync_statuses:
            sync_statuses_item = sync_statuses_item_data.value
            json_sync_statuses.append(sync_statuses_item)

    params["syncStatuses"] = json_sync_statuses

    json_transaction_posted_from: str | Unset = UNSET
    if not isinstance(transaction_posted_from, Unset):
        json_transaction_posted_from = transaction_posted_from.isoformat()
    params["transactionPostedFrom"] = json_transaction_posted_from

    json_transaction_posted_to: str | Unset = UNSET
    if not isinstance(transaction_posted_to, Unset):
        json_transaction_posted_to = transaction_posted_to.isoformat()
    params["transactionPostedTo"] = json_transaction_posted_to

    params["businessUnitIds"] = business_unit_ids

    params["serviceAgreementIds"] = service_agreement_ids

    params["customerName"] = customer_name

    params["locationName"] = location_name

    params["vendorName"] = vendor_name

    params["inventoryLocationName"] = inventory_location_name

    params["refNumber"] = ref_number

    json_transaction_types: list[str] | Unset = UNSET
    if not isinstance(transaction_types, Unset):
        json_transaction_types = []
        for transaction_types_item_data in transaction_types:
            transaction_types_item = transaction_types_item_data.value
            json_transaction_types.append(transaction_types_item)

    params["transactionTypes"] = json_transaction_types

    json_custom_field: dict[str, Any] | Unset = UNSET
    if not isinstance(custom_field, Unset):
        json_custom_field = custom_field.to_dict()
    if not isinstance(json_custom_field, Unset):
        params.update(json_custom_field)

    json_empty: str | Unset = UNSET
    if not isinstance(empty, Unset):
        json_empty = empty.value

    params["empty"] = json_empty

    params["sort"] = sort

    params["pageSize"] = page_size

    params["page"] = page

    params["includeTotal"] = include_total

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounting/v2/tenant/{tenant}/journal-entries".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryResponse
    | ApiErrorResponse
    | None
):
    if response.status_code == 200:
        response_200 = AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryResponse.from_dict(
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
    AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryResponse
    | ApiErrorResponse
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
    exported_from: datetime.datetime | Unset = UNSET,
    exported_to: datetime.datetime | Unset = UNSET,
    posted_from: datetime.datetime | Unset = UNSET,
    posted_to: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    exported_by: str | Unset = UNSET,
    name: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    number_to: int | Unset = UNSET,
    statuses: list[AccountingV2JournalEntryPostingStatus] | Unset = UNSET,
    sync_statuses: list[AccountingV2JournalEntrySyncStatus] | Unset = UNSET,
    transaction_posted_from: datetime.datetime | Unset = UNSET,
    transaction_posted_to: datetime.datetime | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    service_agreement_ids: str | Unset = UNSET,
    customer_name: str | Unset = UNSET,
    location_name: str | Unset = UNSET,
    vendor_name: str | Unset = UNSET,
    inventory_location_name: str | Unset = UNSET,
    ref_number: str | Unset = UNSET,
    transaction_types: list[AccountingV2JournalEntryTransactionType] | Unset = UNSET,
    custom_field: JournalEntriesGetListCustomField | Unset = UNSET,
    empty: AccountingV2EmptyJeHandling | Unset = UNSET,
    sort: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[
    AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryResponse
    | ApiErrorResponse
]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        exported_from (datetime.datetime | Unset):
        exported_to (datetime.datetime | Unset):
        posted_from (datetime.datetime | Unset):
        posted_to (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        exported_by (str | Unset):
        name (str | Unset):
        number_from (int | Unset):
        number_to (int | Unset):
        statuses (list[AccountingV2JournalEntryPostingStatus] | Unset):
        sync_statuses (list[AccountingV2JournalEntrySyncStatus] | Unset):
        transaction_posted_from (datetime.datetime | Unset):
        transaction_posted_to (datetime.datetime | Unset):
        business_unit_ids (str | Unset):
        service_agreement_ids (str | Unset):
        customer_name (str | Unset):
        location_name (str | Unset):
        vendor_name (str | Unset):
        inventory_location_name (str | Unset):
        ref_number (str | Unset):
        transaction_types (list[AccountingV2JournalEntryTransactionType] | Unset):
        custom_field (JournalEntriesGetListCustomField | Unset):
        empty (AccountingV2EmptyJeHandling | Unset):
        sort (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryResponse | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        exported_from=exported_from,
        exported_to=exported_to,
        posted_from=posted_from,
        posted_to=posted_to,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        exported_by=exported_by,
        name=name,
        number_from=number_from,
        number_to=number_to,
        statuses=statuses,
        sync_statuses=sync_statuses,
        transaction_posted_from=transaction_posted_from,
        transaction_posted_to=transaction_posted_to,
        business_unit_ids=business_unit_ids,
        service_agreement_ids=service_agreement_ids,
        customer_name=customer_name,
        location_name=location_name,
        vendor_name=vendor_name,
        inventory_location_name=inventory_location_name,
        ref_number=ref_number,
        transaction_types=transaction_types,
        custom_field=custom_field,
        empty=empty,
        sort=sort,
        page_size=page_size,
        page=page,
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
    exported_from: datetime.datetime | Unset = UNSET,
    exported_to: datetime.datetime | Unset = UNSET,
    posted_from: datetime.datetime | Unset = UNSET,
    posted_to: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    exported_by: str | Unset = UNSET,
    name: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    number_to: int | Unset = UNSET,
    statuses: list[AccountingV2JournalEntryPostingStatus] | Unset = UNSET,
    sync_statuses: list[AccountingV2JournalEntrySyncStatus] | Unset = UNSET,
    transaction_posted_from: datetime.datetime | Unset = UNSET,
    transaction_posted_to: datetime.datetime | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    service_agreement_ids: str | Unset = UNSET,
    customer_name: str | Unset = UNSET,
    location_name: str | Unset = UNSET,
    vendor_name: str | Unset = UNSET,
    inventory_location_name: str | Unset = UNSET,
    ref_number: str | Unset = UNSET,
    transaction_types: list[AccountingV2JournalEntryTransactionType] | Unset = UNSET,
    custom_field: JournalEntriesGetListCustomField | Unset = UNSET,
    empty: AccountingV2EmptyJeHandling | Unset = UNSET,
    sort: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> (
    AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryResponse
    | ApiErrorResponse
    | None
):
    """
    Args:
        tenant (int):
        ids (str | Unset):
        exported_from (datetime.datetime | Unset):
        exported_to (datetime.datetime | Unset):
        posted_from (datetime.datetime | Unset):
        posted_to (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        exported_by (str | Unset):
        name (str | Unset):
        number_from (int | Unset):
        number_to (int | Unset):
        statuses (list[AccountingV2JournalEntryPostingStatus] | Unset):
        sync_statuses (list[AccountingV2JournalEntrySyncStatus] | Unset):
        transaction_posted_from (datetime.datetime | Unset):
        transaction_posted_to (datetime.datetime | Unset):
        business_unit_ids (str | Unset):
        service_agreement_ids (str | Unset):
        customer_name (str | Unset):
        location_name (str | Unset):
        vendor_name (str | Unset):
        inventory_location_name (str | Unset):
        ref_number (str | Unset):
        transaction_types (list[AccountingV2JournalEntryTransactionType] | Unset):
        custom_field (JournalEntriesGetListCustomField | Unset):
        empty (AccountingV2EmptyJeHandling | Unset):
        sort (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryResponse | ApiErrorResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        ids=ids,
        exported_from=exported_from,
        exported_to=exported_to,
        posted_from=posted_from,
        posted_to=posted_to,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        exported_by=exported_by,
        name=name,
        number_from=number_from,
        number_to=number_to,
        statuses=statuses,
        sync_statuses=sync_statuses,
        transaction_posted_from=transaction_posted_from,
        transaction_posted_to=transaction_posted_to,
        business_unit_ids=business_unit_ids,
        service_agreement_ids=service_agreement_ids,
        customer_name=customer_name,
        location_name=location_name,
        vendor_name=vendor_name,
        inventory_location_name=inventory_location_name,
        ref_number=ref_number,
        transaction_types=transaction_types,
        custom_field=custom_field,
        empty=empty,
        sort=sort,
        page_size=page_size,
        page=page,
        include_total=include_total,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    exported_from: datetime.datetime | Unset = UNSET,
    exported_to: datetime.datetime | Unset = UNSET,
    posted_from: datetime.datetime | Unset = UNSET,
    posted_to: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    exported_by: str | Unset = UNSET,
    name: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    number_to: int | Unset = UNSET,
    statuses: list[AccountingV2JournalEntryPostingStatus] | Unset = UNSET,
    sync_statuses: list[AccountingV2JournalEntrySyncStatus] | Unset = UNSET,
    transaction_posted_from: datetime.datetime | Unset = UNSET,
    transaction_posted_to: datetime.datetime | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    service_agreement_ids: str | Unset = UNSET,
    customer_name: str | Unset = UNSET,
    location_name: str | Unset = UNSET,
    vendor_name: str | Unset = UNSET,
    inventory_location_name: str | Unset = UNSET,
    ref_number: str | Unset = UNSET,
    transaction_types: list[AccountingV2JournalEntryTransactionType] | Unset = UNSET,
    custom_field: JournalEntriesGetListCustomField | Unset = UNSET,
    empty: AccountingV2EmptyJeHandling | Unset = UNSET,
    sort: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> Response[
    AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryResponse
    | ApiErrorResponse
]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        exported_from (datetime.datetime | Unset):
        exported_to (datetime.datetime | Unset):
        posted_from (datetime.datetime | Unset):
        posted_to (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        exported_by (str | Unset):
        name (str | Unset):
        number_from (int | Unset):
        number_to (int | Unset):
        statuses (list[AccountingV2JournalEntryPostingStatus] | Unset):
        sync_statuses (list[AccountingV2JournalEntrySyncStatus] | Unset):
        transaction_posted_from (datetime.datetime | Unset):
        transaction_posted_to (datetime.datetime | Unset):
        business_unit_ids (str | Unset):
        service_agreement_ids (str | Unset):
        customer_name (str | Unset):
        location_name (str | Unset):
        vendor_name (str | Unset):
        inventory_location_name (str | Unset):
        ref_number (str | Unset):
        transaction_types (list[AccountingV2JournalEntryTransactionType] | Unset):
        custom_field (JournalEntriesGetListCustomField | Unset):
        empty (AccountingV2EmptyJeHandling | Unset):
        sort (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryResponse | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        exported_from=exported_from,
        exported_to=exported_to,
        posted_from=posted_from,
        posted_to=posted_to,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        exported_by=exported_by,
        name=name,
        number_from=number_from,
        number_to=number_to,
        statuses=statuses,
        sync_statuses=sync_statuses,
        transaction_posted_from=transaction_posted_from,
        transaction_posted_to=transaction_posted_to,
        business_unit_ids=business_unit_ids,
        service_agreement_ids=service_agreement_ids,
        customer_name=customer_name,
        location_name=location_name,
        vendor_name=vendor_name,
        inventory_location_name=inventory_location_name,
        ref_number=ref_number,
        transaction_types=transaction_types,
        custom_field=custom_field,
        empty=empty,
        sort=sort,
        page_size=page_size,
        page=page,
        include_total=include_total,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    exported_from: datetime.datetime | Unset = UNSET,
    exported_to: datetime.datetime | Unset = UNSET,
    posted_from: datetime.datetime | Unset = UNSET,
    posted_to: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    exported_by: str | Unset = UNSET,
    name: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    number_to: int | Unset = UNSET,
    statuses: list[AccountingV2JournalEntryPostingStatus] | Unset = UNSET,
    sync_statuses: list[AccountingV2JournalEntrySyncStatus] | Unset = UNSET,
    transaction_posted_from: datetime.datetime | Unset = UNSET,
    transaction_posted_to: datetime.datetime | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    service_agreement_ids: str | Unset = UNSET,
    customer_name: str | Unset = UNSET,
    location_name: str | Unset = UNSET,
    vendor_name: str | Unset = UNSET,
    inventory_location_name: str | Unset = UNSET,
    ref_number: str | Unset = UNSET,
    transaction_types: list[AccountingV2JournalEntryTransactionType] | Unset = UNSET,
    custom_field: JournalEntriesGetListCustomField | Unset = UNSET,
    empty: AccountingV2EmptyJeHandling | Unset = UNSET,
    sort: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
) -> (
    AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryResponse
    | ApiErrorResponse
    | None
):
    """
    Args:
        tenant (int):
        ids (str | Unset):
        exported_from (datetime.datetime | Unset):
        exported_to (datetime.datetime | Unset):
        posted_from (datetime.datetime | Unset):
        posted_to (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        exported_by (str | Unset):
        name (str | Unset):
        number_from (int | Unset):
        number_to (int | Unset):
        statuses (list[AccountingV2JournalEntryPostingStatus] | Unset):
        sync_statuses (list[AccountingV2JournalEntrySyncStatus] | Unset):
        transaction_posted_from (datetime.datetime | Unset):
        transaction_posted_to (datetime.datetime | Unset):
        business_unit_ids (str | Unset):
        service_agreement_ids (str | Unset):
        customer_name (str | Unset):
        location_name (str | Unset):
        vendor_name (str | Unset):
        inventory_location_name (str | Unset):
        ref_number (str | Unset):
        transaction_types (list[AccountingV2JournalEntryTransactionType] | Unset):
        custom_field (JournalEntriesGetListCustomField | Unset):
        empty (AccountingV2EmptyJeHandling | Unset):
        sort (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        include_total (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryResponse | ApiErrorResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            ids=ids,
            exported_from=exported_from,
            exported_to=exported_to,
            posted_from=posted_from,
            posted_to=posted_to,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            exported_by=exported_by,
            name=name,
            number_from=number_from,
            number_to=number_to,
            statuses=statuses,
            sync_statuses=sync_statuses,
            transaction_posted_from=transaction_posted_from,
            transaction_posted_to=transaction_posted_to,
            business_unit_ids=business_unit_ids,
            service_agreement_ids=service_agreement_ids,
            customer_name=customer_name,
            location_name=location_name,
            vendor_name=vendor_name,
            inventory_location_name=inventory_location_name,
            ref_number=ref_number,
            transaction_types=transaction_types,
            custom_field=custom_field,
            empty=empty,
            sort=sort,
            page_size=page_size,
            page=page,
            include_total=include_total,
        )
    ).parsed
