import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.crm_v2_lead_status import CrmV2LeadStatus
from ...models.paginated_response_of_crm_v2_lead_response import (
    PaginatedResponseOfCrmV2LeadResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    is_prospect: bool | Unset = UNSET,
    without_customer: bool | Unset = UNSET,
    status: CrmV2LeadStatus | Unset = UNSET,
    customer_city: str | Unset = UNSET,
    customer_state: str | Unset = UNSET,
    customer_zip: str | Unset = UNSET,
    customer_created_on_or_after: datetime.datetime | Unset = UNSET,
    customer_created_before: datetime.datetime | Unset = UNSET,
    customer_modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    gen_perm_url: bool | Unset = UNSET,
    lead_customer_name: str | Unset = UNSET,
    lead_phone: str | Unset = UNSET,
    is_capture_source_form: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["ids"] = ids

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

    params["customerId"] = customer_id

    params["isProspect"] = is_prospect

    params["withoutCustomer"] = without_customer

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["customerCity"] = customer_city

    params["customerState"] = customer_state

    params["customerZip"] = customer_zip

    json_customer_created_on_or_after: str | Unset = UNSET
    if not isinstance(customer_created_on_or_after, Unset):
        json_customer_created_on_or_after = customer_created_on_or_after.isoformat()
    params["customerCreatedOnOrAfter"] = json_customer_created_on_or_after

    json_customer_created_before: str | Unset = UNSET
    if not isinstance(customer_created_before, Unset):
        json_customer_created_before = customer_created_before.isoformat()
    params["customerCreatedBefore"] = json_customer_created_before

    json_customer_modified_on_or_after: str | Unset = UNSET
    if not isinstance(customer_modified_on_or_after, Unset):
        json_customer_modified_on_or_after = customer_modified_on_or_after.isoformat()
    params["customerModifiedOnOrAfter"] = json_customer_modified_on_or_after

    params["sort"] = sort

    params["genPermUrl"] = gen_perm_url

    params["leadCustomerName"] = lead_customer_name

    params["leadPhone"] = lead_phone

    params["isCaptureSourceForm"] = is_capture_source_form

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/crm/v2/tenant/{tenant}/leads".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfCrmV2LeadResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfCrmV2LeadResponse.from_dict(response.json())

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
) -> Response[ApiErrorResponse | PaginatedResponseOfCrmV2LeadResponse]:
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    is_prospect: bool | Unset = UNSET,
    without_customer: bool | Unset = UNSET,
    status: CrmV2LeadStatus | Unset = UNSET,
    customer_city: str | Unset = UNSET,
    customer_state: str | Unset = UNSET,
    customer_zip: str | Unset = UNSET,
    customer_created_on_or_after: datetime.datetime | Unset = UNSET,
    customer_created_before: datetime.datetime | Unset = UNSET,
    customer_modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    gen_perm_url: bool | Unset = UNSET,
    lead_customer_name: str | Unset = UNSET,
    lead_phone: str | Unset = UNSET,
    is_capture_source_form: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfCrmV2LeadResponse]:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        customer_id (int | Unset):
        is_prospect (bool | Unset):
        without_customer (bool | Unset):
        status (CrmV2LeadStatus | Unset):
        customer_city (str | Unset):
        customer_state (str | Unset):
        customer_zip (str | Unset):
        customer_created_on_or_after (datetime.datetime | Unset):
        customer_created_before (datetime.datetime | Unset):
        customer_modified_on_or_after (datetime.datetime | Unset):
        sort (str | Unset):
        gen_perm_url (bool | Unset):
        lead_customer_name (str | Unset):
        lead_phone (str | Unset):
        is_capture_source_form (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfCrmV2LeadResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        page=page,
        page_size=page_size,
        include_total=include_total,
        ids=ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        customer_id=customer_id,
        is_prospect=is_prospect,
        without_customer=without_customer,
        status=status,
        customer_city=customer_city,
        customer_state=customer_state,
        customer_zip=customer_zip,
        customer_created_on_or_after=customer_created_on_or_after,
        customer_created_before=customer_created_before,
        customer_modified_on_or_after=customer_modified_on_or_after,
        sort=sort,
        gen_perm_url=gen_perm_url,
        lead_customer_name=lead_customer_name,
        lead_phone=lead_phone,
        is_capture_source_form=is_capture_source_form,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    is_prospect: bool | Unset = UNSET,
    without_customer: bool | Unset = UNSET,
    status: CrmV2LeadStatus | Unset = UNSET,
    customer_city: str | Unset = UNSET,
    customer_state: str | Unset = UNSET,
    customer_zip: str | Unset = UNSET,
    customer_created_on_or_after: datetime.datetime | Unset = UNSET,
    customer_created_before: datetime.datetime | Unset = UNSET,
    customer_modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    gen_perm_url: bool | Unset = UNSET,
    lead_customer_name: str | Unset = UNSET,
    lead_phone: str | Unset = UNSET,
    is_capture_source_form: bool | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfCrmV2LeadResponse | None:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        customer_id (int | Unset):
        is_prospect (bool | Unset):
        without_customer (bool | Unset):
        status (CrmV2LeadStatus | Unset):
        customer_city (str | Unset):
        customer_state (str | Unset):
        customer_zip (str | Unset):
        customer_created_on_or_after (datetime.datetime | Unset):
        customer_created_before (datetime.datetime | Unset):
        customer_modified_on_or_after (datetime.datetime | Unset):
        sort (str | Unset):
        gen_perm_url (bool | Unset):
        lead_customer_name (str | Unset):
        lead_phone (str | Unset):
        is_capture_source_form (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfCrmV2LeadResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        page=page,
        page_size=page_size,
        include_total=include_total,
        ids=ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        customer_id=customer_id,
        is_prospect=is_prospect,
        without_customer=without_customer,
        status=status,
        customer_city=customer_city,
        customer_state=customer_state,
        customer_zip=customer_zip,
        customer_created_on_or_after=customer_created_on_or_after,
        customer_created_before=customer_created_before,
        customer_modified_on_or_after=customer_modified_on_or_after,
        sort=sort,
        gen_perm_url=gen_perm_url,
        lead_customer_name=lead_customer_name,
        lead_phone=lead_phone,
        is_capture_source_form=is_capture_source_form,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    is_prospect: bool | Unset = UNSET,
    without_customer: bool | Unset = UNSET,
    status: CrmV2LeadStatus | Unset = UNSET,
    customer_city: str | Unset = UNSET,
    customer_state: str | Unset = UNSET,
    customer_zip: str | Unset = UNSET,
    customer_created_on_or_after: datetime.datetime | Unset = UNSET,
    customer_created_before: datetime.datetime | Unset = UNSET,
    customer_modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    gen_perm_url: bool | Unset = UNSET,
    lead_customer_name: str | Unset = UNSET,
    lead_phone: str | Unset = UNSET,
    is_capture_source_form: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfCrmV2LeadResponse]:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        customer_id (int | Unset):
        is_prospect (bool | Unset):
        without_customer (bool | Unset):
        status (CrmV2LeadStatus | Unset):
        customer_city (str | Unset):
        customer_state (str | Unset):
        customer_zip (str | Unset):
        customer_created_on_or_after (datetime.datetime | Unset):
        customer_created_before (datetime.datetime | Unset):
        customer_modified_on_or_after (datetime.datetime | Unset):
        sort (str | Unset):
        gen_perm_url (bool | Unset):
        lead_customer_name (str | Unset):
        lead_phone (str | Unset):
        is_capture_source_form (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfCrmV2LeadResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        page=page,
        page_size=page_size,
        include_total=include_total,
        ids=ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        customer_id=customer_id,
        is_prospect=is_prospect,
        without_customer=without_customer,
        status=status,
        customer_city=customer_city,
        customer_state=customer_state,
        customer_zip=customer_zip,
        customer_created_on_or_after=customer_created_on_or_after,
        customer_created_before=customer_created_before,
        customer_modified_on_or_after=customer_modified_on_or_after,
        sort=sort,
        gen_perm_url=gen_perm_url,
        lead_customer_name=lead_customer_name,
        lead_phone=lead_phone,
        is_capture_source_form=is_capture_source_form,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    is_prospect: bool | Unset = UNSET,
    without_customer: bool | Unset = UNSET,
    status: CrmV2LeadStatus | Unset = UNSET,
    customer_city: str | Unset = UNSET,
    customer_state: str | Unset = UNSET,
    customer_zip: str | Unset = UNSET,
    customer_created_on_or_after: datetime.datetime | Unset = UNSET,
    customer_created_before: datetime.datetime | Unset = UNSET,
    customer_modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort: str | Unset = UNSET,
    gen_perm_url: bool | Unset = UNSET,
    lead_customer_name: str | Unset = UNSET,
    lead_phone: str | Unset = UNSET,
    is_capture_source_form: bool | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfCrmV2LeadResponse | None:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        customer_id (int | Unset):
        is_prospect (bool | Unset):
        without_customer (bool | Unset):
        status (CrmV2LeadStatus | Unset):
        customer_city (str | Unset):
        customer_state (str | Unset):
        customer_zip (str | Unset):
        customer_created_on_or_after (datetime.datetime | Unset):
        customer_created_before (datetime.datetime | Unset):
        customer_modified_on_or_after (datetime.datetime | Unset):
        sort (str | Unset):
        gen_perm_url (bool | Unset):
        lead_customer_name (str | Unset):
        lead_phone (str | Unset):
        is_capture_source_form (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfCrmV2LeadResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            page=page,
            page_size=page_size,
            include_total=include_total,
            ids=ids,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            customer_id=customer_id,
            is_prospect=is_prospect,
            without_customer=without_customer,
            status=status,
            customer_city=customer_city,
            customer_state=customer_state,
            customer_zip=customer_zip,
            customer_created_on_or_after=customer_created_on_or_after,
            customer_created_before=customer_created_before,
            customer_modified_on_or_after=customer_modified_on_or_after,
            sort=sort,
            gen_perm_url=gen_perm_url,
            lead_customer_name=lead_customer_name,
            lead_phone=lead_phone,
            is_capture_source_form=is_capture_source_form,
        )
    ).parsed
