from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...types import Response


def _get_kwargs(
    tenant: int,
    id: int,
    note_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/crm/v2/tenant/{tenant}/locations/{id}/notes/{note_id}".format(
            tenant=quote(str(tenant), safe=""),
            id=quote(str(id), safe=""),
            note_id=quote(str(note_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ApiErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ApiErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    id: int,
    note_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ApiErrorResponse]:
    """
    Args:
        tenant (int):
        id (int):
        note_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
        note_id=note_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    id: int,
    note_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | ApiErrorResponse | None:
    """
    Args:
        tenant (int):
        id (int):
        note_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiErrorResponse
    """

    return sync_detailed(
        tenant=tenant,
        id=id,
        note_id=note_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    id: int,
    note_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ApiErrorResponse]:
    """
    Args:
        tenant (int):
        id (int):
        note_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
        note_id=note_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    id: int,
    note_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | ApiErrorResponse | None:
    """
    Args:
        tenant (int):
        id (int):
        note_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiErrorResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            id=id,
            note_id=note_id,
            client=client,
        )
    ).parsed
