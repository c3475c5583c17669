from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.crm_v2_submit_lead_form_request import CrmV2SubmitLeadFormRequest
from ...models.crm_v2_submit_lead_form_response import CrmV2SubmitLeadFormResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    body: CrmV2SubmitLeadFormRequest | Unset = UNSET,
    id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/crm/v2/tenant/{tenant}/leads/form".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | CrmV2SubmitLeadFormResponse | None:
    if response.status_code == 200:
        response_200 = CrmV2SubmitLeadFormResponse.from_dict(response.json())

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
) -> Response[ApiErrorResponse | CrmV2SubmitLeadFormResponse]:
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
    body: CrmV2SubmitLeadFormRequest | Unset = UNSET,
    id: int | Unset = UNSET,
) -> Response[ApiErrorResponse | CrmV2SubmitLeadFormResponse]:
    """
    Args:
        tenant (int):
        id (int | Unset):
        body (CrmV2SubmitLeadFormRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | CrmV2SubmitLeadFormResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        body=body,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    body: CrmV2SubmitLeadFormRequest | Unset = UNSET,
    id: int | Unset = UNSET,
) -> ApiErrorResponse | CrmV2SubmitLeadFormResponse | None:
    """
    Args:
        tenant (int):
        id (int | Unset):
        body (CrmV2SubmitLeadFormRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | CrmV2SubmitLeadFormResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        body=body,
        id=id,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    body: CrmV2SubmitLeadFormRequest | Unset = UNSET,
    id: int | Unset = UNSET,
) -> Response[ApiErrorResponse | CrmV2SubmitLeadFormResponse]:
    """
    Args:
        tenant (int):
        id (int | Unset):
        body (CrmV2SubmitLeadFormRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | CrmV2SubmitLeadFormResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        body=body,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    body: CrmV2SubmitLeadFormRequest | Unset = UNSET,
    id: int | Unset = UNSET,
) -> ApiErrorResponse | CrmV2SubmitLeadFormResponse | None:
    """
    Args:
        tenant (int):
        id (int | Unset):
        body (CrmV2SubmitLeadFormRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | CrmV2SubmitLeadFormResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            body=body,
            id=id,
        )
    ).parsed
