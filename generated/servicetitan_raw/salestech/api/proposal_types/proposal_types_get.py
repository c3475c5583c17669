from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_request_arg import ActiveRequestArg
from ...models.api_error_response import ApiErrorResponse
from ...models.estimates_v2_proposal_types_response import (
    EstimatesV2ProposalTypesResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    active: ActiveRequestArg | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sales/v2/tenant/{tenant}/proposal-types".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | EstimatesV2ProposalTypesResponse | None:
    if response.status_code == 200:
        response_200 = EstimatesV2ProposalTypesResponse.from_dict(response.json())

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
) -> Response[ApiErrorResponse | EstimatesV2ProposalTypesResponse]:
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
    active: ActiveRequestArg | Unset = UNSET,
) -> Response[ApiErrorResponse | EstimatesV2ProposalTypesResponse]:
    """
    Args:
        tenant (int):
        active (ActiveRequestArg | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | EstimatesV2ProposalTypesResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        active=active,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    active: ActiveRequestArg | Unset = UNSET,
) -> ApiErrorResponse | EstimatesV2ProposalTypesResponse | None:
    """
    Args:
        tenant (int):
        active (ActiveRequestArg | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | EstimatesV2ProposalTypesResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        active=active,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    active: ActiveRequestArg | Unset = UNSET,
) -> Response[ApiErrorResponse | EstimatesV2ProposalTypesResponse]:
    """
    Args:
        tenant (int):
        active (ActiveRequestArg | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | EstimatesV2ProposalTypesResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        active=active,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    active: ActiveRequestArg | Unset = UNSET,
) -> ApiErrorResponse | EstimatesV2ProposalTypesResponse | None:
    """
    Args:
        tenant (int):
        active (ActiveRequestArg | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | EstimatesV2ProposalTypesResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            active=active,
        )
    ).parsed
