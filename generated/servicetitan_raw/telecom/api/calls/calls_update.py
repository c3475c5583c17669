from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.module_telecom_shared_call_in_update_model_v2 import (
    ModuleTelecomSharedCallInUpdateModelV2,
)
from ...models.module_telecom_shared_detailed_call_model import (
    ModuleTelecomSharedDetailedCallModel,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    id: int,
    *,
    body: ModuleTelecomSharedCallInUpdateModelV2 | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/telecom/v2/tenant/{tenant}/calls/{id}".format(
            tenant=quote(str(tenant), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModuleTelecomSharedDetailedCallModel | None:
    if response.status_code == 200:
        response_200 = ModuleTelecomSharedDetailedCallModel.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ModuleTelecomSharedDetailedCallModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: ModuleTelecomSharedCallInUpdateModelV2 | Unset = UNSET,
) -> Response[ModuleTelecomSharedDetailedCallModel]:
    """
    Args:
        tenant (int):
        id (int):
        body (ModuleTelecomSharedCallInUpdateModelV2 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModuleTelecomSharedDetailedCallModel]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: ModuleTelecomSharedCallInUpdateModelV2 | Unset = UNSET,
) -> ModuleTelecomSharedDetailedCallModel | None:
    """
    Args:
        tenant (int):
        id (int):
        body (ModuleTelecomSharedCallInUpdateModelV2 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModuleTelecomSharedDetailedCallModel
    """

    return sync_detailed(
        tenant=tenant,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: ModuleTelecomSharedCallInUpdateModelV2 | Unset = UNSET,
) -> Response[ModuleTelecomSharedDetailedCallModel]:
    """
    Args:
        tenant (int):
        id (int):
        body (ModuleTelecomSharedCallInUpdateModelV2 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModuleTelecomSharedDetailedCallModel]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: ModuleTelecomSharedCallInUpdateModelV2 | Unset = UNSET,
) -> ModuleTelecomSharedDetailedCallModel | None:
    """
    Args:
        tenant (int):
        id (int):
        body (ModuleTelecomSharedCallInUpdateModelV2 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModuleTelecomSharedDetailedCallModel
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
