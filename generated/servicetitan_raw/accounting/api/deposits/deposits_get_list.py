import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounting_v2_deposit_review_status import (
    AccountingV2DepositReviewStatus,
)
from ...models.accounting_v2_deposit_status import AccountingV2DepositStatus
from ...models.accounting_v2_sync_status import AccountingV2SyncStatus
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_accounting_v2_detailed_deposit_response import (
    PaginatedResponseOfAccountingV2DetailedDepositResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    ids: str | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    deposit_date_before: datetime.datetime | Unset = UNSET,
    deposit_date_on_or_after: datetime.datetime | Unset = UNSET,
    reviewed_before: datetime.datetime | Unset = UNSET,
    reviewed_on_or_after: datetime.datetime | Unset = UNSET,
    review_status: AccountingV2DepositReviewStatus | Unset = UNSET,
    deposit_status: AccountingV2DepositStatus | Unset = UNSET,
    sync_status: AccountingV2SyncStatus | Unset = UNSET,
    gross_amount_greater: float | Unset = UNSET,
    gross_amount_less: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

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

    json_deposit_date_before: str | Unset = UNSET
    if not isinstance(deposit_date_before, Unset):
        json_deposit_date_before = deposit_date_before.isoformat()
    params["depositDateBefore"] = json_deposit_date_before

    json_deposit_date_on_or_after: str | Unset = UNSET
    if not isinstance(deposit_date_on_or_after, Unset):
        json_deposit_date_on_or_after = deposit_date_on_or_after.isoformat()
    params["depositDateOnOrAfter"] = json_deposit_date_on_or_after

    json_reviewed_before: str | Unset = UNSET
    if not isinstance(reviewed_before, Unset):
        json_reviewed_before = reviewed_before.isoformat()
    params["reviewedBefore"] = json_reviewed_before

    json_reviewed_on_or_after: str | Unset = UNSET
    if not isinstance(reviewed_on_or_after, Unset):
        json_reviewed_on_or_after = reviewed_on_or_after.isoformat()
    params["reviewedOnOrAfter"] = json_reviewed_on_or_after

    json_review_status: str | Unset = UNSET
    if not isinstance(review_status, Unset):
        json_review_status = review_status.value

    params["reviewStatus"] = json_review_status

    json_deposit_status: str | Unset = UNSET
    if not isinstance(deposit_status, Unset):
        json_deposit_status = deposit_status.value

    params["depositStatus"] = json_deposit_status

    json_sync_status: str | Unset = UNSET
    if not isinstance(sync_status, Unset):
        json_sync_status = sync_status.value

    params["syncStatus"] = json_sync_status

    params["grossAmountGreater"] = gross_amount_greater

    params["grossAmountLess"] = gross_amount_less

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounting/v2/tenant/{tenant}/bank-deposits".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedDepositResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfAccountingV2DetailedDepositResponse.from_dict(
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
    ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedDepositResponse
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
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    deposit_date_before: datetime.datetime | Unset = UNSET,
    deposit_date_on_or_after: datetime.datetime | Unset = UNSET,
    reviewed_before: datetime.datetime | Unset = UNSET,
    reviewed_on_or_after: datetime.datetime | Unset = UNSET,
    review_status: AccountingV2DepositReviewStatus | Unset = UNSET,
    deposit_status: AccountingV2DepositStatus | Unset = UNSET,
    sync_status: AccountingV2SyncStatus | Unset = UNSET,
    gross_amount_greater: float | Unset = UNSET,
    gross_amount_less: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedDepositResponse
]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        deposit_date_before (datetime.datetime | Unset):
        deposit_date_on_or_after (datetime.datetime | Unset):
        reviewed_before (datetime.datetime | Unset):
        reviewed_on_or_after (datetime.datetime | Unset):
        review_status (AccountingV2DepositReviewStatus | Unset):
        deposit_status (AccountingV2DepositStatus | Unset):
        sync_status (AccountingV2SyncStatus | Unset):
        gross_amount_greater (float | Unset):
        gross_amount_less (float | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedDepositResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        deposit_date_before=deposit_date_before,
        deposit_date_on_or_after=deposit_date_on_or_after,
        reviewed_before=reviewed_before,
        reviewed_on_or_after=reviewed_on_or_after,
        review_status=review_status,
        deposit_status=deposit_status,
        sync_status=sync_status,
        gross_amount_greater=gross_amount_greater,
        gross_amount_less=gross_amount_less,
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
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    deposit_date_before: datetime.datetime | Unset = UNSET,
    deposit_date_on_or_after: datetime.datetime | Unset = UNSET,
    reviewed_before: datetime.datetime | Unset = UNSET,
    reviewed_on_or_after: datetime.datetime | Unset = UNSET,
    review_status: AccountingV2DepositReviewStatus | Unset = UNSET,
    deposit_status: AccountingV2DepositStatus | Unset = UNSET,
    sync_status: AccountingV2SyncStatus | Unset = UNSET,
    gross_amount_greater: float | Unset = UNSET,
    gross_amount_less: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedDepositResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        deposit_date_before (datetime.datetime | Unset):
        deposit_date_on_or_after (datetime.datetime | Unset):
        reviewed_before (datetime.datetime | Unset):
        reviewed_on_or_after (datetime.datetime | Unset):
        review_status (AccountingV2DepositReviewStatus | Unset):
        deposit_status (AccountingV2DepositStatus | Unset):
        sync_status (AccountingV2SyncStatus | Unset):
        gross_amount_greater (float | Unset):
        gross_amount_less (float | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedDepositResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        ids=ids,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        deposit_date_before=deposit_date_before,
        deposit_date_on_or_after=deposit_date_on_or_after,
        reviewed_before=reviewed_before,
        reviewed_on_or_after=reviewed_on_or_after,
        review_status=review_status,
        deposit_status=deposit_status,
        sync_status=sync_status,
        gross_amount_greater=gross_amount_greater,
        gross_amount_less=gross_amount_less,
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
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    deposit_date_before: datetime.datetime | Unset = UNSET,
    deposit_date_on_or_after: datetime.datetime | Unset = UNSET,
    reviewed_before: datetime.datetime | Unset = UNSET,
    reviewed_on_or_after: datetime.datetime | Unset = UNSET,
    review_status: AccountingV2DepositReviewStatus | Unset = UNSET,
    deposit_status: AccountingV2DepositStatus | Unset = UNSET,
    sync_status: AccountingV2SyncStatus | Unset = UNSET,
    gross_amount_greater: float | Unset = UNSET,
    gross_amount_less: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedDepositResponse
]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        deposit_date_before (datetime.datetime | Unset):
        deposit_date_on_or_after (datetime.datetime | Unset):
        reviewed_before (datetime.datetime | Unset):
        reviewed_on_or_after (datetime.datetime | Unset):
        review_status (AccountingV2DepositReviewStatus | Unset):
        deposit_status (AccountingV2DepositStatus | Unset):
        sync_status (AccountingV2SyncStatus | Unset):
        gross_amount_greater (float | Unset):
        gross_amount_less (float | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedDepositResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        deposit_date_before=deposit_date_before,
        deposit_date_on_or_after=deposit_date_on_or_after,
        reviewed_before=reviewed_before,
        reviewed_on_or_after=reviewed_on_or_after,
        review_status=review_status,
        deposit_status=deposit_status,
        sync_status=sync_status,
        gross_amount_greater=gross_amount_greater,
        gross_amount_less=gross_amount_less,
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
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    deposit_date_before: datetime.datetime | Unset = UNSET,
    deposit_date_on_or_after: datetime.datetime | Unset = UNSET,
    reviewed_before: datetime.datetime | Unset = UNSET,
    reviewed_on_or_after: datetime.datetime | Unset = UNSET,
    review_status: AccountingV2DepositReviewStatus | Unset = UNSET,
    deposit_status: AccountingV2DepositStatus | Unset = UNSET,
    sync_status: AccountingV2SyncStatus | Unset = UNSET,
    gross_amount_greater: float | Unset = UNSET,
    gross_amount_less: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedDepositResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        deposit_date_before (datetime.datetime | Unset):
        deposit_date_on_or_after (datetime.datetime | Unset):
        reviewed_before (datetime.datetime | Unset):
        reviewed_on_or_after (datetime.datetime | Unset):
        review_status (AccountingV2DepositReviewStatus | Unset):
        deposit_status (AccountingV2DepositStatus | Unset):
        sync_status (AccountingV2SyncStatus | Unset):
        gross_amount_greater (float | Unset):
        gross_amount_less (float | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2DetailedDepositResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            ids=ids,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            deposit_date_before=deposit_date_before,
            deposit_date_on_or_after=deposit_date_on_or_after,
            reviewed_before=reviewed_before,
            reviewed_on_or_after=reviewed_on_or_after,
            review_status=review_status,
            deposit_status=deposit_status,
            sync_status=sync_status,
            gross_amount_greater=gross_amount_greater,
            gross_amount_less=gross_amount_less,
            page=page,
            page_size=page_size,
            include_total=include_total,
            sort=sort,
        )
    ).parsed
