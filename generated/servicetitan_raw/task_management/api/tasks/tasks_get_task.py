from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.task_management_v2_task_get_response import (
    TaskManagementV2TaskGetResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    id: int,
    *,
    include_subtasks: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeSubtasks"] = include_subtasks

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/taskmanagement/v2/tenant/{tenant}/tasks/{id}".format(
            tenant=quote(str(tenant), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | TaskManagementV2TaskGetResponse | None:
    if response.status_code == 200:
        response_200 = TaskManagementV2TaskGetResponse.from_dict(response.json())

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
) -> Response[ApiErrorResponse | TaskManagementV2TaskGetResponse]:
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
    include_subtasks: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | TaskManagementV2TaskGetResponse]:
    """
    Args:
        tenant (int):
        id (int):
        include_subtasks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | TaskManagementV2TaskGetResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
        include_subtasks=include_subtasks,
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
    include_subtasks: bool | Unset = UNSET,
) -> ApiErrorResponse | TaskManagementV2TaskGetResponse | None:
    """
    Args:
        tenant (int):
        id (int):
        include_subtasks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | TaskManagementV2TaskGetResponse
    """

    return sync_detailed(
        tenant=tenant,
        id=id,
        client=client,
        include_subtasks=include_subtasks,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    id: int,
    *,
    client: AuthenticatedClient,
    include_subtasks: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | TaskManagementV2TaskGetResponse]:
    """
    Args:
        tenant (int):
        id (int):
        include_subtasks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | TaskManagementV2TaskGetResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
        include_subtasks=include_subtasks,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    id: int,
    *,
    client: AuthenticatedClient,
    include_subtasks: bool | Unset = UNSET,
) -> ApiErrorResponse | TaskManagementV2TaskGetResponse | None:
    """
    Args:
        tenant (int):
        id (int):
        include_subtasks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | TaskManagementV2TaskGetResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            id=id,
            client=client,
            include_subtasks=include_subtasks,
        )
    ).parsed
