import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounting_v2_general_ledger_account_source import (
    AccountingV2GeneralLedgerAccountSource,
)
from ...models.active_request_arg import ActiveRequestArg
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_accounting_v2_gl_account_extended_response import (
    PaginatedResponseOfAccountingV2GlAccountExtendedResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    ids: str | Unset = UNSET,
    names: str | Unset = UNSET,
    numbers: str | Unset = UNSET,
    types: str | Unset = UNSET,
    subtypes: str | Unset = UNSET,
    description: str | Unset = UNSET,
    source: AccountingV2GeneralLedgerAccountSource | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    is_intacct_group: bool | Unset = UNSET,
    is_intacct_bank_account: bool | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["names"] = names

    params["numbers"] = numbers

    params["types"] = types

    params["subtypes"] = subtypes

    params["description"] = description

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params["isIntacctGroup"] = is_intacct_group

    params["isIntacctBankAccount"] = is_intacct_bank_account

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

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounting/v2/tenant/{tenant}/gl-accounts".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2GlAccountExtendedResponse | None:
    if response.status_code == 200:
        response_200 = (
            PaginatedResponseOfAccountingV2GlAccountExtendedResponse.from_dict(
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
    ApiErrorResponse | PaginatedResponseOfAccountingV2GlAccountExtendedResponse
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
    names: str | Unset = UNSET,
    numbers: str | Unset = UNSET,
    types: str | Unset = UNSET,
    subtypes: str | Unset = UNSET,
    description: str | Unset = UNSET,
    source: AccountingV2GeneralLedgerAccountSource | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    is_intacct_group: bool | Unset = UNSET,
    is_intacct_bank_account: bool | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfAccountingV2GlAccountExtendedResponse
]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        names (str | Unset):
        numbers (str | Unset):
        types (str | Unset):
        subtypes (str | Unset):
        description (str | Unset):
        source (AccountingV2GeneralLedgerAccountSource | Unset):
        active (ActiveRequestArg | Unset):
        is_intacct_group (bool | Unset):
        is_intacct_bank_account (bool | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2GlAccountExtendedResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        names=names,
        numbers=numbers,
        types=types,
        subtypes=subtypes,
        description=description,
        source=source,
        active=active,
        is_intacct_group=is_intacct_group,
        is_intacct_bank_account=is_intacct_bank_account,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
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
    names: str | Unset = UNSET,
    numbers: str | Unset = UNSET,
    types: str | Unset = UNSET,
    subtypes: str | Unset = UNSET,
    description: str | Unset = UNSET,
    source: AccountingV2GeneralLedgerAccountSource | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    is_intacct_group: bool | Unset = UNSET,
    is_intacct_bank_account: bool | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2GlAccountExtendedResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        names (str | Unset):
        numbers (str | Unset):
        types (str | Unset):
        subtypes (str | Unset):
        description (str | Unset):
        source (AccountingV2GeneralLedgerAccountSource | Unset):
        active (ActiveRequestArg | Unset):
        is_intacct_group (bool | Unset):
        is_intacct_bank_account (bool | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2GlAccountExtendedResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        ids=ids,
        names=names,
        numbers=numbers,
        types=types,
        subtypes=subtypes,
        description=description,
        source=source,
        active=active,
        is_intacct_group=is_intacct_group,
        is_intacct_bank_account=is_intacct_bank_account,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
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
    names: str | Unset = UNSET,
    numbers: str | Unset = UNSET,
    types: str | Unset = UNSET,
    subtypes: str | Unset = UNSET,
    description: str | Unset = UNSET,
    source: AccountingV2GeneralLedgerAccountSource | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    is_intacct_group: bool | Unset = UNSET,
    is_intacct_bank_account: bool | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfAccountingV2GlAccountExtendedResponse
]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        names (str | Unset):
        numbers (str | Unset):
        types (str | Unset):
        subtypes (str | Unset):
        description (str | Unset):
        source (AccountingV2GeneralLedgerAccountSource | Unset):
        active (ActiveRequestArg | Unset):
        is_intacct_group (bool | Unset):
        is_intacct_bank_account (bool | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfAccountingV2GlAccountExtendedResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        names=names,
        numbers=numbers,
        types=types,
        subtypes=subtypes,
        description=description,
        source=source,
        active=active,
        is_intacct_group=is_intacct_group,
        is_intacct_bank_account=is_intacct_bank_account,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
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
    names: str | Unset = UNSET,
    numbers: str | Unset = UNSET,
    types: str | Unset = UNSET,
    subtypes: str | Unset = UNSET,
    description: str | Unset = UNSET,
    source: AccountingV2GeneralLedgerAccountSource | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    is_intacct_group: bool | Unset = UNSET,
    is_intacct_bank_account: bool | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfAccountingV2GlAccountExtendedResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        names (str | Unset):
        numbers (str | Unset):
        types (str | Unset):
        subtypes (str | Unset):
        description (str | Unset):
        source (AccountingV2GeneralLedgerAccountSource | Unset):
        active (ActiveRequestArg | Unset):
        is_intacct_group (bool | Unset):
        is_intacct_bank_account (bool | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfAccountingV2GlAccountExtendedResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            ids=ids,
            names=names,
            numbers=numbers,
            types=types,
            subtypes=subtypes,
            description=description,
            source=source,
            active=active,
            is_intacct_group=is_intacct_group,
            is_intacct_bank_account=is_intacct_bank_account,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            page=page,
            page_size=page_size,
            include_total=include_total,
            sort=sort,
        )
    ).parsed
