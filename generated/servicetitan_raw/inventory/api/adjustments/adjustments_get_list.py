import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_request_arg import ActiveRequestArg
from ...models.adjustments_get_list_custom_fields_fields import (
    AdjustmentsGetListCustomFieldsFields,
)
from ...models.api_error_response import ApiErrorResponse
from ...models.inventory_v2_logical_operator import InventoryV2LogicalOperator
from ...models.paginated_response_of_inventory_v2_inventory_adjustment_response import (
    PaginatedResponseOfInventoryV2InventoryAdjustmentResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
    number: str | Unset = UNSET,
    reference_number: str | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    invoice_ids: str | Unset = UNSET,
    inventory_location_ids: str | Unset = UNSET,
    adjustment_types: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    sync_statuses: str | Unset = UNSET,
    custom_fields_fields: AdjustmentsGetListCustomFieldsFields | Unset = UNSET,
    custom_fields_operator: InventoryV2LogicalOperator | Unset = UNSET,
    date_on_or_after: datetime.datetime | Unset = UNSET,
    date_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params["externalDataApplicationGuid"] = external_data_application_guid

    params["externalDataKey"] = external_data_key

    params["externalDataValues"] = external_data_values

    params["number"] = number

    params["referenceNumber"] = reference_number

    params["batchId"] = batch_id

    params["invoiceIds"] = invoice_ids

    params["inventoryLocationIds"] = inventory_location_ids

    params["adjustmentTypes"] = adjustment_types

    params["businessUnitIds"] = business_unit_ids

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

    json_date_on_or_after: str | Unset = UNSET
    if not isinstance(date_on_or_after, Unset):
        json_date_on_or_after = date_on_or_after.isoformat()
    params["dateOnOrAfter"] = json_date_on_or_after

    json_date_before: str | Unset = UNSET
    if not isinstance(date_before, Unset):
        json_date_before = date_before.isoformat()
    params["dateBefore"] = json_date_before

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/v2/tenant/{tenant}/adjustments".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryAdjustmentResponse | None
):
    if response.status_code == 200:
        response_200 = (
            PaginatedResponseOfInventoryV2InventoryAdjustmentResponse.from_dict(
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
    ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryAdjustmentResponse
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
    active: ActiveRequestArg | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
    number: str | Unset = UNSET,
    reference_number: str | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    invoice_ids: str | Unset = UNSET,
    inventory_location_ids: str | Unset = UNSET,
    adjustment_types: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    sync_statuses: str | Unset = UNSET,
    custom_fields_fields: AdjustmentsGetListCustomFieldsFields | Unset = UNSET,
    custom_fields_operator: InventoryV2LogicalOperator | Unset = UNSET,
    date_on_or_after: datetime.datetime | Unset = UNSET,
    date_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryAdjustmentResponse
]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):
        number (str | Unset):
        reference_number (str | Unset):
        batch_id (int | Unset):
        invoice_ids (str | Unset):
        inventory_location_ids (str | Unset):
        adjustment_types (str | Unset):
        business_unit_ids (str | Unset):
        sync_statuses (str | Unset):
        custom_fields_fields (AdjustmentsGetListCustomFieldsFields | Unset):
        custom_fields_operator (InventoryV2LogicalOperator | Unset):
        date_on_or_after (datetime.datetime | Unset):
        date_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryAdjustmentResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        active=active,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
        number=number,
        reference_number=reference_number,
        batch_id=batch_id,
        invoice_ids=invoice_ids,
        inventory_location_ids=inventory_location_ids,
        adjustment_types=adjustment_types,
        business_unit_ids=business_unit_ids,
        sync_statuses=sync_statuses,
        custom_fields_fields=custom_fields_fields,
        custom_fields_operator=custom_fields_operator,
        date_on_or_after=date_on_or_after,
        date_before=date_before,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        modified_on_or_after=modified_on_or_after,
        modified_before=modified_before,
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
    active: ActiveRequestArg | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
    number: str | Unset = UNSET,
    reference_number: str | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    invoice_ids: str | Unset = UNSET,
    inventory_location_ids: str | Unset = UNSET,
    adjustment_types: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    sync_statuses: str | Unset = UNSET,
    custom_fields_fields: AdjustmentsGetListCustomFieldsFields | Unset = UNSET,
    custom_fields_operator: InventoryV2LogicalOperator | Unset = UNSET,
    date_on_or_after: datetime.datetime | Unset = UNSET,
    date_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> (
    ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryAdjustmentResponse | None
):
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):
        number (str | Unset):
        reference_number (str | Unset):
        batch_id (int | Unset):
        invoice_ids (str | Unset):
        inventory_location_ids (str | Unset):
        adjustment_types (str | Unset):
        business_unit_ids (str | Unset):
        sync_statuses (str | Unset):
        custom_fields_fields (AdjustmentsGetListCustomFieldsFields | Unset):
        custom_fields_operator (InventoryV2LogicalOperator | Unset):
        date_on_or_after (datetime.datetime | Unset):
        date_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryAdjustmentResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        ids=ids,
        active=active,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
        number=number,
        reference_number=reference_number,
        batch_id=batch_id,
        invoice_ids=invoice_ids,
        inventory_location_ids=inventory_location_ids,
        adjustment_types=adjustment_types,
        business_unit_ids=business_unit_ids,
        sync_statuses=sync_statuses,
        custom_fields_fields=custom_fields_fields,
        custom_fields_operator=custom_fields_operator,
        date_on_or_after=date_on_or_after,
        date_before=date_before,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        modified_on_or_after=modified_on_or_after,
        modified_before=modified_before,
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
    active: ActiveRequestArg | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
    number: str | Unset = UNSET,
    reference_number: str | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    invoice_ids: str | Unset = UNSET,
    inventory_location_ids: str | Unset = UNSET,
    adjustment_types: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    sync_statuses: str | Unset = UNSET,
    custom_fields_fields: AdjustmentsGetListCustomFieldsFields | Unset = UNSET,
    custom_fields_operator: InventoryV2LogicalOperator | Unset = UNSET,
    date_on_or_after: datetime.datetime | Unset = UNSET,
    date_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryAdjustmentResponse
]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):
        number (str | Unset):
        reference_number (str | Unset):
        batch_id (int | Unset):
        invoice_ids (str | Unset):
        inventory_location_ids (str | Unset):
        adjustment_types (str | Unset):
        business_unit_ids (str | Unset):
        sync_statuses (str | Unset):
        custom_fields_fields (AdjustmentsGetListCustomFieldsFields | Unset):
        custom_fields_operator (InventoryV2LogicalOperator | Unset):
        date_on_or_after (datetime.datetime | Unset):
        date_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryAdjustmentResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        active=active,
        external_data_application_guid=external_data_application_guid,
        external_data_key=external_data_key,
        external_data_values=external_data_values,
        number=number,
        reference_number=reference_number,
        batch_id=batch_id,
        invoice_ids=invoice_ids,
        inventory_location_ids=inventory_location_ids,
        adjustment_types=adjustment_types,
        business_unit_ids=business_unit_ids,
        sync_statuses=sync_statuses,
        custom_fields_fields=custom_fields_fields,
        custom_fields_operator=custom_fields_operator,
        date_on_or_after=date_on_or_after,
        date_before=date_before,
        created_on_or_after=created_on_or_after,
        created_before=created_before,
        modified_on_or_after=modified_on_or_after,
        modified_before=modified_before,
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
    active: ActiveRequestArg | Unset = UNSET,
    external_data_application_guid: str | Unset = UNSET,
    external_data_key: str | Unset = UNSET,
    external_data_values: str | Unset = UNSET,
    number: str | Unset = UNSET,
    reference_number: str | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    invoice_ids: str | Unset = UNSET,
    inventory_location_ids: str | Unset = UNSET,
    adjustment_types: str | Unset = UNSET,
    business_unit_ids: str | Unset = UNSET,
    sync_statuses: str | Unset = UNSET,
    custom_fields_fields: AdjustmentsGetListCustomFieldsFields | Unset = UNSET,
    custom_fields_operator: InventoryV2LogicalOperator | Unset = UNSET,
    date_on_or_after: datetime.datetime | Unset = UNSET,
    date_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> (
    ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryAdjustmentResponse | None
):
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        external_data_application_guid (str | Unset):
        external_data_key (str | Unset):
        external_data_values (str | Unset):
        number (str | Unset):
        reference_number (str | Unset):
        batch_id (int | Unset):
        invoice_ids (str | Unset):
        inventory_location_ids (str | Unset):
        adjustment_types (str | Unset):
        business_unit_ids (str | Unset):
        sync_statuses (str | Unset):
        custom_fields_fields (AdjustmentsGetListCustomFieldsFields | Unset):
        custom_fields_operator (InventoryV2LogicalOperator | Unset):
        date_on_or_after (datetime.datetime | Unset):
        date_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfInventoryV2InventoryAdjustmentResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            ids=ids,
            active=active,
            external_data_application_guid=external_data_application_guid,
            external_data_key=external_data_key,
            external_data_values=external_data_values,
            number=number,
            reference_number=reference_number,
            batch_id=batch_id,
            invoice_ids=invoice_ids,
            inventory_location_ids=inventory_location_ids,
            adjustment_types=adjustment_types,
            business_unit_ids=business_unit_ids,
            sync_statuses=sync_statuses,
            custom_fields_fields=custom_fields_fields,
            custom_fields_operator=custom_fields_operator,
            date_on_or_after=date_on_or_after,
            date_before=date_before,
            created_on_or_after=created_on_or_after,
            created_before=created_before,
            modified_on_or_after=modified_on_or_after,
            modified_before=modified_before,
            page=page,
            page_size=page_size,
            include_total=include_total,
            sort=sort,
        )
    ).parsed
