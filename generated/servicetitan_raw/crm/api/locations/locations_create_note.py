from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.crm_v2_location_note_create_request import CrmV2LocationNoteCreateRequest
from ...models.crm_v2_note_response import CrmV2NoteResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    id: int,
    *,
    body: CrmV2LocationNoteCreateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/crm/v2/tenant/{tenant}/locations/{id}/notes".format(
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
) -> ApiErrorResponse | CrmV2NoteResponse | None:
    if response.status_code == 200:
        response_200 = CrmV2NoteResponse.from_dict(response.json())

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
) -> Response[ApiErrorResponse | CrmV2NoteResponse]:
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
    body: CrmV2LocationNoteCreateRequest | Unset = UNSET,
) -> Response[ApiErrorResponse | CrmV2NoteResponse]:
    """
    Args:
        tenant (int):
        id (int):
        body (CrmV2LocationNoteCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | CrmV2NoteResponse]
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
    body: CrmV2LocationNoteCreateRequest | Unset = UNSET,
) -> ApiErrorResponse | CrmV2NoteResponse | None:
    """
    Args:
        tenant (int):
        id (int):
        body (CrmV2LocationNoteCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | CrmV2NoteResponse
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
    body: CrmV2LocationNoteCreateRequest | Unset = UNSET,
) -> Response[ApiErrorResponse | CrmV2NoteResponse]:
    """
    Args:
        tenant (int):
        id (int):
        body (CrmV2LocationNoteCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | CrmV2NoteResponse]
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
    body: CrmV2LocationNoteCreateRequest | Unset = UNSET,
) -> ApiErrorResponse | CrmV2NoteResponse | None:
    """
    Args:
        tenant (int):
        id (int):
        body (CrmV2LocationNoteCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | CrmV2NoteResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
