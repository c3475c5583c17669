import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_request_arg import ActiveRequestArg
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_crm_v2_customers_customer_response import (
    PaginatedResponseOfCrmV2CustomersCustomerResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    exclude_accounting_changes_from_modified_date_range: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    street: str | Unset = UNSET,
    unit: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    phone: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["sort"] = sort

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

    params["excludeAccountingChangesFromModifiedDateRange"] = (
        exclude_accounting_changes_from_modified_date_range
    )

    params["name"] = name

    params["street"] = street

    params["unit"] = unit

    params["city"] = city

    params["state"] = state

    params["zip"] = zip_

    params["country"] = country

    params["latitude"] = latitude

    params["longitude"] = longitude

    params["phone"] = phone

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params["externalDataApplicationGuid"] = external_data_application_guid

    params["externalDataKey"] = external_data_key

    params["externalDataValues"] = external_data_values

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/crm/v2/tenant/{tenant}/customers".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfCrmV2CustomersCustomerResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfCrmV2CustomersCustomerResponse.from_dict(
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
) -> Response[ApiErrorResponse | PaginatedResponseOfCrmV2CustomersCustomerResponse]:
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
    sort: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    exclude_accounting_changes_from_modified_date_range: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    street: str | Unset = UNSET,
    unit: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    phone: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfCrmV2CustomersCustomerResponse]:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):
        ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        exclude_accounting_changes_from_modified_date_range (bool | Unset):
        name (str | Unset):
        street (str | Unset):
        unit (str | Unset):
        city (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
        country (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        phone (str | Unset):
        active (ActiveRequestArg | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfCrmV2CustomersCustomerResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
        ids=ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        exclude_accounting_changes_from_modified_date_range=exclude_accounting_changes_from_modified_date_range,
        name=name,
        street=street,
        unit=unit,
        city=city,
        state=state,
        zip_=zip_,
        country=country,
        latitude=latitude,
        longitude=longitude,
        phone=phone,
        active=active,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
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
    sort: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    exclude_accounting_changes_from_modified_date_range: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    street: str | Unset = UNSET,
    unit: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    phone: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfCrmV2CustomersCustomerResponse | None:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):
        ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        exclude_accounting_changes_from_modified_date_range (bool | Unset):
        name (str | Unset):
        street (str | Unset):
        unit (str | Unset):
        city (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
        country (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        phone (str | Unset):
        active (ActiveRequestArg | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfCrmV2CustomersCustomerResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
        ids=ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        exclude_accounting_changes_from_modified_date_range=exclude_accounting_changes_from_modified_date_range,
        name=name,
        street=street,
        unit=unit,
        city=city,
        state=state,
        zip_=zip_,
        country=country,
        latitude=latitude,
        longitude=longitude,
        phone=phone,
        active=active,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    exclude_accounting_changes_from_modified_date_range: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    street: str | Unset = UNSET,
    unit: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    phone: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfCrmV2CustomersCustomerResponse]:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):
        ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        exclude_accounting_changes_from_modified_date_range (bool | Unset):
        name (str | Unset):
        street (str | Unset):
        unit (str | Unset):
        city (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
        country (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        phone (str | Unset):
        active (ActiveRequestArg | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfCrmV2CustomersCustomerResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
        ids=ids,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        exclude_accounting_changes_from_modified_date_range=exclude_accounting_changes_from_modified_date_range,
        name=name,
        street=street,
        unit=unit,
        city=city,
        state=state,
        zip_=zip_,
        country=country,
        latitude=latitude,
        longitude=longitude,
        phone=phone,
        active=active,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
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
    sort: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    exclude_accounting_changes_from_modified_date_range: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    street: str | Unset = UNSET,
    unit: str | Unset = UNSET,
    city: str | Unset = UNSET,
    state: str | Unset = UNSET,
    zip_: str | Unset = UNSET,
    country: str | Unset = UNSET,
    latitude: float | Unset = UNSET,
    longitude: float | Unset = UNSET,
    phone: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfCrmV2CustomersCustomerResponse | None:
    """
    Args:
        tenant (int):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):
        ids (str | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        exclude_accounting_changes_from_modified_date_range (bool | Unset):
        name (str | Unset):
        street (str | Unset):
        unit (str | Unset):
        city (str | Unset):
        state (str | Unset):
        zip_ (str | Unset):
        country (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        phone (str | Unset):
        active (ActiveRequestArg | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfCrmV2CustomersCustomerResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            page=page,
            page_size=page_size,
            include_total=include_total,
            sort=sort,
            ids=ids,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            exclude_accounting_changes_from_modified_date_range=exclude_accounting_changes_from_modified_date_range,
            name=name,
            street=street,
            unit=unit,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            latitude=latitude,
            longitude=longitude,
            phone=phone,
            active=active,
            external_data_application_guid=external_data_application_guid,
            external_data_key=external_data_key,
            external_data_values=external_data_values,
        )
    ).parsed
