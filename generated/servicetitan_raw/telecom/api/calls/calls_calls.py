import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_request_arg import ActiveRequestArg
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_telecom_v3_call_response import (
    PaginatedResponseOfTelecomV3CallResponse,
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
    active: ActiveRequestArg | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    modified_after: datetime.datetime | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    min_duration: int | Unset = UNSET,
    phone_number_called: str | Unset = UNSET,
    caller_phone_number: str | Unset = UNSET,
    agent_name: str | Unset = UNSET,
    agent_is_external: bool | Unset = UNSET,
    agent_external_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    sid: str | Unset = UNSET,
    tag: str | Unset = UNSET,
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

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["createdAfter"] = json_created_after

    json_modified_after: str | Unset = UNSET
    if not isinstance(modified_after, Unset):
        json_modified_after = modified_after.isoformat()
    params["modifiedAfter"] = json_modified_after

    params["campaignId"] = campaign_id

    params["agentId"] = agent_id

    params["minDuration"] = min_duration

    params["phoneNumberCalled"] = phone_number_called

    params["callerPhoneNumber"] = caller_phone_number

    params["agentName"] = agent_name

    params["agentIsExternal"] = agent_is_external

    params["agentExternalId"] = agent_external_id

    params["sort"] = sort

    params["sid"] = sid

    params["tag"] = tag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/telecom/v3/tenant/{tenant}/calls".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfTelecomV3CallResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfTelecomV3CallResponse.from_dict(
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
) -> Response[ApiErrorResponse | PaginatedResponseOfTelecomV3CallResponse]:
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
    active: ActiveRequestArg | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    modified_after: datetime.datetime | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    min_duration: int | Unset = UNSET,
    phone_number_called: str | Unset = UNSET,
    caller_phone_number: str | Unset = UNSET,
    agent_name: str | Unset = UNSET,
    agent_is_external: bool | Unset = UNSET,
    agent_external_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    sid: str | Unset = UNSET,
    tag: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfTelecomV3CallResponse]:
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
        active (ActiveRequestArg | Unset):
        created_after (datetime.datetime | Unset):
        modified_after (datetime.datetime | Unset):
        campaign_id (int | Unset):
        agent_id (int | Unset):
        min_duration (int | Unset):
        phone_number_called (str | Unset):
        caller_phone_number (str | Unset):
        agent_name (str | Unset):
        agent_is_external (bool | Unset):
        agent_external_id (int | Unset):
        sort (str | Unset):
        sid (str | Unset):
        tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfTelecomV3CallResponse]
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
        active=active,
        created_after=created_after,
        modified_after=modified_after,
        campaign_id=campaign_id,
        agent_id=agent_id,
        min_duration=min_duration,
        phone_number_called=phone_number_called,
        caller_phone_number=caller_phone_number,
        agent_name=agent_name,
        agent_is_external=agent_is_external,
        agent_external_id=agent_external_id,
        sort=sort,
        sid=sid,
        tag=tag,
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
    active: ActiveRequestArg | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    modified_after: datetime.datetime | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    min_duration: int | Unset = UNSET,
    phone_number_called: str | Unset = UNSET,
    caller_phone_number: str | Unset = UNSET,
    agent_name: str | Unset = UNSET,
    agent_is_external: bool | Unset = UNSET,
    agent_external_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    sid: str | Unset = UNSET,
    tag: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfTelecomV3CallResponse | None:
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
        active (ActiveRequestArg | Unset):
        created_after (datetime.datetime | Unset):
        modified_after (datetime.datetime | Unset):
        campaign_id (int | Unset):
        agent_id (int | Unset):
        min_duration (int | Unset):
        phone_number_called (str | Unset):
        caller_phone_number (str | Unset):
        agent_name (str | Unset):
        agent_is_external (bool | Unset):
        agent_external_id (int | Unset):
        sort (str | Unset):
        sid (str | Unset):
        tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfTelecomV3CallResponse
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
        active=active,
        created_after=created_after,
        modified_after=modified_after,
        campaign_id=campaign_id,
        agent_id=agent_id,
        min_duration=min_duration,
        phone_number_called=phone_number_called,
        caller_phone_number=caller_phone_number,
        agent_name=agent_name,
        agent_is_external=agent_is_external,
        agent_external_id=agent_external_id,
        sort=sort,
        sid=sid,
        tag=tag,
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
    active: ActiveRequestArg | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    modified_after: datetime.datetime | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    min_duration: int | Unset = UNSET,
    phone_number_called: str | Unset = UNSET,
    caller_phone_number: str | Unset = UNSET,
    agent_name: str | Unset = UNSET,
    agent_is_external: bool | Unset = UNSET,
    agent_external_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    sid: str | Unset = UNSET,
    tag: str | Unset = UNSET,
) -> Response[ApiErrorResponse | PaginatedResponseOfTelecomV3CallResponse]:
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
        active (ActiveRequestArg | Unset):
        created_after (datetime.datetime | Unset):
        modified_after (datetime.datetime | Unset):
        campaign_id (int | Unset):
        agent_id (int | Unset):
        min_duration (int | Unset):
        phone_number_called (str | Unset):
        caller_phone_number (str | Unset):
        agent_name (str | Unset):
        agent_is_external (bool | Unset):
        agent_external_id (int | Unset):
        sort (str | Unset):
        sid (str | Unset):
        tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfTelecomV3CallResponse]
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
        active=active,
        created_after=created_after,
        modified_after=modified_after,
        campaign_id=campaign_id,
        agent_id=agent_id,
        min_duration=min_duration,
        phone_number_called=phone_number_called,
        caller_phone_number=caller_phone_number,
        agent_name=agent_name,
        agent_is_external=agent_is_external,
        agent_external_id=agent_external_id,
        sort=sort,
        sid=sid,
        tag=tag,
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
    active: ActiveRequestArg | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    modified_after: datetime.datetime | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    min_duration: int | Unset = UNSET,
    phone_number_called: str | Unset = UNSET,
    caller_phone_number: str | Unset = UNSET,
    agent_name: str | Unset = UNSET,
    agent_is_external: bool | Unset = UNSET,
    agent_external_id: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    sid: str | Unset = UNSET,
    tag: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfTelecomV3CallResponse | None:
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
        active (ActiveRequestArg | Unset):
        created_after (datetime.datetime | Unset):
        modified_after (datetime.datetime | Unset):
        campaign_id (int | Unset):
        agent_id (int | Unset):
        min_duration (int | Unset):
        phone_number_called (str | Unset):
        caller_phone_number (str | Unset):
        agent_name (str | Unset):
        agent_is_external (bool | Unset):
        agent_external_id (int | Unset):
        sort (str | Unset):
        sid (str | Unset):
        tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfTelecomV3CallResponse
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
            active=active,
            created_after=created_after,
            modified_after=modified_after,
            campaign_id=campaign_id,
            agent_id=agent_id,
            min_duration=min_duration,
            phone_number_called=phone_number_called,
            caller_phone_number=caller_phone_number,
            agent_name=agent_name,
            agent_is_external=agent_is_external,
            agent_external_id=agent_external_id,
            sort=sort,
            sid=sid,
            tag=tag,
        )
    ).parsed
