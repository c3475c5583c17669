from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.crm_v2_contact_method_response import CrmV2ContactMethodResponse
from ...models.crm_v2_update_contact_method_request import (
    CrmV2UpdateContactMethodRequest,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    contact_id: str,
    contact_method_id: str,
    *,
    body: CrmV2UpdateContactMethodRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/crm/v2/tenant/{tenant}/contacts/{contact_id}/contact-methods/{contact_method_id}".format(
            tenant=quote(str(tenant), safe=""),
            contact_id=quote(str(contact_id), safe=""),
            contact_method_id=quote(str(contact_method_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | CrmV2ContactMethodResponse | None:
    if response.status_code == 200:
        response_200 = CrmV2ContactMethodResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ApiErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | CrmV2ContactMethodResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    contact_id: str,
    contact_method_id: str,
    *,
    client: AuthenticatedClient,
    body: CrmV2UpdateContactMethodRequest | Unset = UNSET,
) -> Response[ApiErrorResponse | CrmV2ContactMethodResponse]:
    """
    Args:
        tenant (int):
        contact_id (str):
        contact_method_id (str):
        body (CrmV2UpdateContactMethodRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | CrmV2ContactMethodResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        contact_id=contact_id,
        contact_method_id=contact_method_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    contact_id: str,
    contact_method_id: str,
    *,
    client: AuthenticatedClient,
    body: CrmV2UpdateContactMethodRequest | Unset = UNSET,
) -> ApiErrorResponse | CrmV2ContactMethodResponse | None:
    """
    Args:
        tenant (int):
        contact_id (str):
        contact_method_id (str):
        body (CrmV2UpdateContactMethodRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | CrmV2ContactMethodResponse
    """

    return sync_detailed(
        tenant=tenant,
        contact_id=contact_id,
        contact_method_id=contact_method_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    contact_id: str,
    contact_method_id: str,
    *,
    client: AuthenticatedClient,
    body: CrmV2UpdateContactMethodRequest | Unset = UNSET,
) -> Response[ApiErrorResponse | CrmV2ContactMethodResponse]:
    """
    Args:
        tenant (int):
        contact_id (str):
        contact_method_id (str):
        body (CrmV2UpdateContactMethodRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | CrmV2ContactMethodResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        contact_id=contact_id,
        contact_method_id=contact_method_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    contact_id: str,
    contact_method_id: str,
    *,
    client: AuthenticatedClient,
    body: CrmV2UpdateContactMethodRequest | Unset = UNSET,
) -> ApiErrorResponse | CrmV2ContactMethodResponse | None:
    """
    Args:
        tenant (int):
        contact_id (str):
        contact_method_id (str):
        body (CrmV2UpdateContactMethodRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | CrmV2ContactMethodResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            contact_id=contact_id,
            contact_method_id=contact_method_id,
            client=client,
            body=body,
        )
    ).parsed
