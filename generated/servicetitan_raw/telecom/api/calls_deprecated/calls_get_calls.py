import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_result_of_module_telecom_shared_v2_bundle_call_model import (
    CollectionResultOfModuleTelecomSharedV2BundleCallModel,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_after: datetime.datetime | Unset = UNSET,
    min_duration: int | Unset = UNSET,
    phone_number_called: str | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    agent_name: str | Unset = UNSET,
    agent_is_external: bool | Unset = UNSET,
    agent_external_id: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_by_direction: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_modified_before: str | Unset = UNSET
    if not isinstance(modified_before, Unset):
        json_modified_before = modified_before.isoformat()
    params["modifiedBefore"] = json_modified_before

    json_modified_on_or_after: str | Unset = UNSET
    if not isinstance(modified_on_or_after, Unset):
        json_modified_on_or_after = modified_on_or_after.isoformat()
    params["modifiedOnOrAfter"] = json_modified_on_or_after

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = created_on_or_after.isoformat()
    params["createdOnOrAfter"] = json_created_on_or_after

    json_modified_after: str | Unset = UNSET
    if not isinstance(modified_after, Unset):
        json_modified_after = modified_after.isoformat()
    params["modifiedAfter"] = json_modified_after

    params["minDuration"] = min_duration

    params["phoneNumberCalled"] = phone_number_called

    params["campaignId"] = campaign_id

    params["agentId"] = agent_id

    params["agentName"] = agent_name

    params["agentIsExternal"] = agent_is_external

    params["agentExternalId"] = agent_external_id

    params["orderBy"] = order_by

    params["orderByDirection"] = order_by_direction

    params["activeOnly"] = active_only

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["createdAfter"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["page"] = page

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/telecom/v2/tenant/{tenant}/calls".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectionResultOfModuleTelecomSharedV2BundleCallModel | None:
    if response.status_code == 200:
        response_200 = CollectionResultOfModuleTelecomSharedV2BundleCallModel.from_dict(
            response.json()
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CollectionResultOfModuleTelecomSharedV2BundleCallModel]:
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
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_after: datetime.datetime | Unset = UNSET,
    min_duration: int | Unset = UNSET,
    phone_number_called: str | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    agent_name: str | Unset = UNSET,
    agent_is_external: bool | Unset = UNSET,
    agent_external_id: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_by_direction: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[CollectionResultOfModuleTelecomSharedV2BundleCallModel]:
    """
    Args:
        tenant (int):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_after (datetime.datetime | Unset):
        min_duration (int | Unset):
        phone_number_called (str | Unset):
        campaign_id (int | Unset):
        agent_id (int | Unset):
        agent_name (str | Unset):
        agent_is_external (bool | Unset):
        agent_external_id (int | Unset):
        order_by (str | Unset):
        order_by_direction (str | Unset):
        active_only (bool | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        ids (list[int] | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionResultOfModuleTelecomSharedV2BundleCallModel]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_on_or_after=created_on_or_after,
        modified_after=modified_after,
        min_duration=min_duration,
        phone_number_called=phone_number_called,
        campaign_id=campaign_id,
        agent_id=agent_id,
        agent_name=agent_name,
        agent_is_external=agent_is_external,
        agent_external_id=agent_external_id,
        order_by=order_by,
        order_by_direction=order_by_direction,
        active_only=active_only,
        created_after=created_after,
        created_before=created_before,
        ids=ids,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_after: datetime.datetime | Unset = UNSET,
    min_duration: int | Unset = UNSET,
    phone_number_called: str | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    agent_name: str | Unset = UNSET,
    agent_is_external: bool | Unset = UNSET,
    agent_external_id: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_by_direction: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> CollectionResultOfModuleTelecomSharedV2BundleCallModel | None:
    """
    Args:
        tenant (int):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_after (datetime.datetime | Unset):
        min_duration (int | Unset):
        phone_number_called (str | Unset):
        campaign_id (int | Unset):
        agent_id (int | Unset):
        agent_name (str | Unset):
        agent_is_external (bool | Unset):
        agent_external_id (int | Unset):
        order_by (str | Unset):
        order_by_direction (str | Unset):
        active_only (bool | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        ids (list[int] | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionResultOfModuleTelecomSharedV2BundleCallModel
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_on_or_after=created_on_or_after,
        modified_after=modified_after,
        min_duration=min_duration,
        phone_number_called=phone_number_called,
        campaign_id=campaign_id,
        agent_id=agent_id,
        agent_name=agent_name,
        agent_is_external=agent_is_external,
        agent_external_id=agent_external_id,
        order_by=order_by,
        order_by_direction=order_by_direction,
        active_only=active_only,
        created_after=created_after,
        created_before=created_before,
        ids=ids,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_after: datetime.datetime | Unset = UNSET,
    min_duration: int | Unset = UNSET,
    phone_number_called: str | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    agent_name: str | Unset = UNSET,
    agent_is_external: bool | Unset = UNSET,
    agent_external_id: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_by_direction: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[CollectionResultOfModuleTelecomSharedV2BundleCallModel]:
    """
    Args:
        tenant (int):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_after (datetime.datetime | Unset):
        min_duration (int | Unset):
        phone_number_called (str | Unset):
        campaign_id (int | Unset):
        agent_id (int | Unset):
        agent_name (str | Unset):
        agent_is_external (bool | Unset):
        agent_external_id (int | Unset):
        order_by (str | Unset):
        order_by_direction (str | Unset):
        active_only (bool | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        ids (list[int] | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionResultOfModuleTelecomSharedV2BundleCallModel]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        created_on_or_after=created_on_or_after,
        modified_after=modified_after,
        min_duration=min_duration,
        phone_number_called=phone_number_called,
        campaign_id=campaign_id,
        agent_id=agent_id,
        agent_name=agent_name,
        agent_is_external=agent_is_external,
        agent_external_id=agent_external_id,
        order_by=order_by,
        order_by_direction=order_by_direction,
        active_only=active_only,
        created_after=created_after,
        created_before=created_before,
        ids=ids,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_after: datetime.datetime | Unset = UNSET,
    min_duration: int | Unset = UNSET,
    phone_number_called: str | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    agent_name: str | Unset = UNSET,
    agent_is_external: bool | Unset = UNSET,
    agent_external_id: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_by_direction: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> CollectionResultOfModuleTelecomSharedV2BundleCallModel | None:
    """
    Args:
        tenant (int):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_after (datetime.datetime | Unset):
        min_duration (int | Unset):
        phone_number_called (str | Unset):
        campaign_id (int | Unset):
        agent_id (int | Unset):
        agent_name (str | Unset):
        agent_is_external (bool | Unset):
        agent_external_id (int | Unset):
        order_by (str | Unset):
        order_by_direction (str | Unset):
        active_only (bool | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        ids (list[int] | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionResultOfModuleTelecomSharedV2BundleCallModel
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            created_on_or_after=created_on_or_after,
            modified_after=modified_after,
            min_duration=min_duration,
            phone_number_called=phone_number_called,
            campaign_id=campaign_id,
            agent_id=agent_id,
            agent_name=agent_name,
            agent_is_external=agent_is_external,
            agent_external_id=agent_external_id,
            order_by=order_by,
            order_by_direction=order_by_direction,
            active_only=active_only,
            created_after=created_after,
            created_before=created_before,
            ids=ids,
            page=page,
            page_size=page_size,
        )
    ).parsed
