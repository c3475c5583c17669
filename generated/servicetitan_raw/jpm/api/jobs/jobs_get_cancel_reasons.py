from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.paginated_response_of_jpm_v2_cancel_reason_response import (
    PaginatedResponseOfJpmV2CancelReasonResponse,
)
from ...types import UNSET, Response


def _get_kwargs(
    tenant: int,
    *,
    ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jpm/v2/tenant/{tenant}/jobs/cancel-reasons".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfJpmV2CancelReasonResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfJpmV2CancelReasonResponse.from_dict(
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
) -> Response[ApiErrorResponse | PaginatedResponseOfJpmV2CancelReasonResponse]:
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
    ids: str,
) -> Response[ApiErrorResponse | PaginatedResponseOfJpmV2CancelReasonResponse]:
    """
    Args:
        tenant (int):
        ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfJpmV2CancelReasonResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str,
) -> ApiErrorResponse | PaginatedResponseOfJpmV2CancelReasonResponse | None:
    """
    Args:
        tenant (int):
        ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfJpmV2CancelReasonResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str,
) -> Response[ApiErrorResponse | PaginatedResponseOfJpmV2CancelReasonResponse]:
    """
    Args:
        tenant (int):
        ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfJpmV2CancelReasonResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str,
) -> ApiErrorResponse | PaginatedResponseOfJpmV2CancelReasonResponse | None:
    """
    Args:
        tenant (int):
        ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfJpmV2CancelReasonResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            ids=ids,
        )
    ).parsed
