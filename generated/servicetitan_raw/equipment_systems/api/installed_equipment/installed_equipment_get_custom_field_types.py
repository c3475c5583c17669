import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.location_equipment_repositories_types_repository_page_result_of_location_equipment_custom_field_type_model import (
    LocationEquipmentRepositoriesTypesRepositoryPageResultOfLocationEquipmentCustomFieldTypeModel,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    page: int,
    page_size: int,
    descending: bool,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["descending"] = descending

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

    params["sortBy"] = sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/equipmentsystems/v2/tenant/{tenant}/installed-equipment/custom-field-types".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiErrorResponse
    | LocationEquipmentRepositoriesTypesRepositoryPageResultOfLocationEquipmentCustomFieldTypeModel
    | None
):
    if response.status_code == 200:
        response_200 = LocationEquipmentRepositoriesTypesRepositoryPageResultOfLocationEquipmentCustomFieldTypeModel.from_dict(
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
    | LocationEquipmentRepositoriesTypesRepositoryPageResultOfLocationEquipmentCustomFieldTypeModel
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
    page: int,
    page_size: int,
    descending: bool,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[
    ApiErrorResponse
    | LocationEquipmentRepositoriesTypesRepositoryPageResultOfLocationEquipmentCustomFieldTypeModel
]:
    """
    Args:
        tenant (int):
        page (int):
        page_size (int):
        descending (bool):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | LocationEquipmentRepositoriesTypesRepositoryPageResultOfLocationEquipmentCustomFieldTypeModel]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        page=page,
        page_size=page_size,
        descending=descending,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        sort_by=sort_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    page: int,
    page_size: int,
    descending: bool,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> (
    ApiErrorResponse
    | LocationEquipmentRepositoriesTypesRepositoryPageResultOfLocationEquipmentCustomFieldTypeModel
    | None
):
    """
    Args:
        tenant (int):
        page (int):
        page_size (int):
        descending (bool):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | LocationEquipmentRepositoriesTypesRepositoryPageResultOfLocationEquipmentCustomFieldTypeModel
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        page=page,
        page_size=page_size,
        descending=descending,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    page: int,
    page_size: int,
    descending: bool,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[
    ApiErrorResponse
    | LocationEquipmentRepositoriesTypesRepositoryPageResultOfLocationEquipmentCustomFieldTypeModel
]:
    """
    Args:
        tenant (int):
        page (int):
        page_size (int):
        descending (bool):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | LocationEquipmentRepositoriesTypesRepositoryPageResultOfLocationEquipmentCustomFieldTypeModel]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        page=page,
        page_size=page_size,
        descending=descending,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    page: int,
    page_size: int,
    descending: bool,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> (
    ApiErrorResponse
    | LocationEquipmentRepositoriesTypesRepositoryPageResultOfLocationEquipmentCustomFieldTypeModel
    | None
):
    """
    Args:
        tenant (int):
        page (int):
        page_size (int):
        descending (bool):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | LocationEquipmentRepositoriesTypesRepositoryPageResultOfLocationEquipmentCustomFieldTypeModel
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            page=page,
            page_size=page_size,
            descending=descending,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            sort_by=sort_by,
        )
    ).parsed
