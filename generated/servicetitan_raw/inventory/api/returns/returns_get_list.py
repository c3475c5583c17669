import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_request_arg import ActiveRequestArg
from ...models.api_error_response import ApiErrorResponse
from ...models.inventory_v2_logical_operator import InventoryV2LogicalOperator
from ...models.paginated_response_of_inventory_v2_inventory_return_response import (
    PaginatedResponseOfInventoryV2InventoryReturnResponse,
)
from ...models.returns_get_list_custom_fields_fields import (
    ReturnsGetListCustomFieldsFields,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    number: str | Unset = UNSET,
    reference_number: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    purchase_order_id: int | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    vendor_ids: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    inventory_location_ids: str | Unset = UNSET,
    sync_statuses: str | Unset = UNSET,
    custom_fields_fields: ReturnsGetListCustomFieldsFields | Unset = UNSET,
    custom_fields_operator: InventoryV2LogicalOperator | Unset = UNSET,
    return_date_on_or_after: datetime.datetime | Unset = UNSET,
    return_date_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params["number"] = number

    params["referenceNumber"] = reference_number

    params["jobId"] = job_id

    params["purchaseOrderId"] = purchase_order_id

    params["batchId"] = batch_id

    params["vendorIds"] = vendor_ids

    params["businessUnitIds"] = business_unit_ids

    params["inventoryLocationIds"] = inventory_location_ids

    params["syncStatuses"] = sync_statuses

    json_custom_fields_fields: dict[str, Any] | Unset = UNSET
    if not isinstance(custom_fields_fields, Unset):
        json_custom_fields_fields = custom_fields_fields.to_dict()
    if not isinstance(json_custom_fields_fields, Unset):
        params.update(json_custom_fields_fields)

    json_custom_fields_operator: str | Unset = UNSET
    if not isinstance(custom_fields_operator, Unset):
        json_custom_fields_operator = custom_fields_operator.value

    params["customFields.Operator"] = json_custom_fields_operator

    json_return_date_on_or_after: str | Unset = UNSET
    if not isinstance(return_date_on_or_after, Unset):
        json_return_date_on_or_after = return_date_on_or_after.isoformat()
    params["returnDateOnOrAfter"] = json_return_date_on_or_after

    json_return_date_before: str | Unset = UNSET
    if not isinstance(return_date_before, Unset):
        json_return_date_before = return_date_before.isoformat()
    params["returnDateBefore"] = json_return_date_before

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = created_on_or_after.isoformat()
    params["createdOnOrAfter"] = json_created_on_or_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_modified_on_or_after: str | Unset = UNSET
    if not isinstance(modified_on_or_after, Unset):
        json_modified_on_or_after = modified_on_or_after.isoformat()
    params["modifiedOnOrAfter"] = json_modified_on_or_after

    json_modified_before: str | Unset = UNSET
    if not isinstance(modified_before, Unset):
        json_modified_before = modified_before.isoformat()
    params["modifiedBefore"] = json_modified_before

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["sort"] = sort

    params["externalDataApplicationGuid"] = external_data_application_guid

    params["externalDataKey"] = external_data_key

    params["externalDataValues"] = external_data_values

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/v2/tenant/{tenant}/returns".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryReturnResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfInventoryV2InventoryReturnResponse.from_dict(
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
) -> Response[ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryReturnResponse]:
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
    active: ActiveRequestArg | Unset = UNSET,
    number: str | Unset = UNSET,
    reference_number: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    purchase_order_id: int | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    vendor_ids: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    inventory_location_ids: str | Unset = UNSET,
    sync_statuses: str | Unset = UNSET,
    custom_fields_fields: ReturnsGetListCustomFieldsFields | Unset = UNSET,
    custom_fields_operator: InventoryV2LogicalOperator | Unset = UNSET,
    return_date_on_or_after: datetime.datetime | Unset = UNSET,
    return_date_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryReturnResponse]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        number (str | Unset):
        reference_number (str | Unset):
        job_id (int | Unset):
        purchase_order_id (int | Unset):
        batch_id (int | Unset):
        vendor_ids (str | Unset):
        business_unit_ids (str | Unset):
        inventory_location_ids (str | Unset):
        sync_statuses (str | Unset):
        custom_fields_fields (ReturnsGetListCustomFieldsFields | Unset):
        custom_fields_operator (InventoryV2LogicalOperator | Unset):
        return_date_on_or_after (datetime.datetime | Unset):
        return_date_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryReturnResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        active=active,
        number=number,
        reference_number=reference_number,
        job_id=job_id,
        purchase_order_id=purchase_order_id,
        batch_id=batch_id,
        vendor_ids=vendor_ids,
        business_unit_ids=business_unit_ids,
        inventory_location_ids=inventory_location_ids,
        sync_statuses=sync_statuses,
        custom_fields_fields=custom_fields_fields,
        custom_fields_operator=custom_fields_operator,
        return_date_on_or_after=return_date_on_or_after,
        return_date_before=return_date_before,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        modified_on_or_after=modified_on_or_after,
        modified_before=modified_before,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
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
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    number: str | Unset = UNSET,
    reference_number: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    purchase_order_id: int | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    vendor_ids: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    inventory_location_ids: str | Unset = UNSET,
    sync_statuses: str | Unset = UNSET,
    custom_fields_fields: ReturnsGetListCustomFieldsFields | Unset = UNSET,
    custom_fields_operator: InventoryV2LogicalOperator | Unset = UNSET,
    return_date_on_or_after: datetime.datetime | Unset = UNSET,
    return_date_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryReturnResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        number (str | Unset):
        reference_number (str | Unset):
        job_id (int | Unset):
        purchase_order_id (int | Unset):
        batch_id (int | Unset):
        vendor_ids (str | Unset):
        business_unit_ids (str | Unset):
        inventory_location_ids (str | Unset):
        sync_statuses (str | Unset):
        custom_fields_fields (ReturnsGetListCustomFieldsFields | Unset):
        custom_fields_operator (InventoryV2LogicalOperator | Unset):
        return_date_on_or_after (datetime.datetime | Unset):
        return_date_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryReturnResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        ids=ids,
        active=active,
        number=number,
        reference_number=reference_number,
        job_id=job_id,
        purchase_order_id=purchase_order_id,
        batch_id=batch_id,
        vendor_ids=vendor_ids,
        business_unit_ids=business_unit_ids,
        inventory_location_ids=inventory_location_ids,
        sync_statuses=sync_statuses,
        custom_fields_fields=custom_fields_fields,
        custom_fields_operator=custom_fields_operator,
        return_date_on_or_after=return_date_on_or_after,
        return_date_before=return_date_before,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        modified_on_or_after=modified_on_or_after,
        modified_before=modified_before,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    number: str | Unset = UNSET,
    reference_number: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    purchase_order_id: int | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    vendor_ids: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    inventory_location_ids: str | Unset = UNSET,
    sync_statuses: str | Unset = UNSET,
    custom_fields_fields: ReturnsGetListCustomFieldsFields | Unset = UNSET,
    custom_fields_operator: InventoryV2LogicalOperator | Unset = UNSET,
    return_date_on_or_after: datetime.datetime | Unset = UNSET,
    return_date_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryReturnResponse]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        number (str | Unset):
        reference_number (str | Unset):
        job_id (int | Unset):
        purchase_order_id (int | Unset):
        batch_id (int | Unset):
        vendor_ids (str | Unset):
        business_unit_ids (str | Unset):
        inventory_location_ids (str | Unset):
        sync_statuses (str | Unset):
        custom_fields_fields (ReturnsGetListCustomFieldsFields | Unset):
        custom_fields_operator (InventoryV2LogicalOperator | Unset):
        return_date_on_or_after (datetime.datetime | Unset):
        return_date_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryReturnResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        active=active,
        number=number,
        reference_number=reference_number,
        job_id=job_id,
        purchase_order_id=purchase_order_id,
        batch_id=batch_id,
        vendor_ids=vendor_ids,
        business_unit_ids=business_unit_ids,
        inventory_location_ids=inventory_location_ids,
        sync_statuses=sync_statuses,
        custom_fields_fields=custom_fields_fields,
        custom_fields_operator=custom_fields_operator,
        return_date_on_or_after=return_date_on_or_after,
        return_date_before=return_date_before,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        modified_on_or_after=modified_on_or_after,
        modified_before=modified_before,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
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
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    number: str | Unset = UNSET,
    reference_number: str | Unset = UNSET,
    job_id: int | Unset = UNSET,
    purchase_order_id: int | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    vendor_ids: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    inventory_location_ids: str | Unset = UNSET,
    sync_statuses: str | Unset = UNSET,
    custom_fields_fields: ReturnsGetListCustomFieldsFields | Unset = UNSET,
    custom_fields_operator: InventoryV2LogicalOperator | Unset = UNSET,
    return_date_on_or_after: datetime.datetime | Unset = UNSET,
    return_date_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryReturnResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        number (str | Unset):
        reference_number (str | Unset):
        job_id (int | Unset):
        purchase_order_id (int | Unset):
        batch_id (int | Unset):
        vendor_ids (str | Unset):
        business_unit_ids (str | Unset):
        inventory_location_ids (str | Unset):
        sync_statuses (str | Unset):
        custom_fields_fields (ReturnsGetListCustomFieldsFields | Unset):
        custom_fields_operator (InventoryV2LogicalOperator | Unset):
        return_date_on_or_after (datetime.datetime | Unset):
        return_date_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryReturnResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            ids=ids,
            active=active,
            number=number,
            reference_number=reference_number,
            job_id=job_id,
            purchase_order_id=purchase_order_id,
            batch_id=batch_id,
            vendor_ids=vendor_ids,
            business_unit_ids=business_unit_ids,
            inventory_location_ids=inventory_location_ids,
            sync_statuses=sync_statuses,
            custom_fields_fields=custom_fields_fields,
            custom_fields_operator=custom_fields_operator,
            return_date_on_or_after=return_date_on_or_after,
            return_date_before=return_date_before,
            created_on_or_after=created_on_or_after,
            created_before=created_before,
            modified_on_or_after=modified_on_or_after,
            modified_before=modified_before,
            page=page,
            page_size=page_size,
            include_total=include_total,
            sort=sort,
            external_data_application_guid=external_data_application_guid,
            external_data_key=external_data_key,
            external_data_values=external_data_values,
        )
    ).parsed
