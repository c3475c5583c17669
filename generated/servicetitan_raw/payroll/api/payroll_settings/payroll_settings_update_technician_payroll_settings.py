from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.payroll_v2_payroll_settings_payroll_settings_update_request import (
    PayrollV2PayrollSettingsPayrollSettingsUpdateRequest,
)
from ...models.payroll_v2_payroll_settings_payroll_settings_update_response import (
    PayrollV2PayrollSettingsPayrollSettingsUpdateResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    technician: int,
    *,
    body: PayrollV2PayrollSettingsPayrollSettingsUpdateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/payroll/v2/tenant/{tenant}/technicians/{technician}/payroll-settings".format(
            tenant=quote(str(tenant), safe=""),
            technician=quote(str(technician), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsUpdateResponse | None:
    if response.status_code == 200:
        response_200 = PayrollV2PayrollSettingsPayrollSettingsUpdateResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = ApiErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = ApiErrorResponse.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsUpdateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    technician: int,
    *,
    client: AuthenticatedClient,
    body: PayrollV2PayrollSettingsPayrollSettingsUpdateRequest | Unset = UNSET,
) -> Response[ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsUpdateResponse]:
    """
    Args:
        tenant (int):
        technician (int):
        body (PayrollV2PayrollSettingsPayrollSettingsUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsUpdateResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        technician=technician,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    technician: int,
    *,
    client: AuthenticatedClient,
    body: PayrollV2PayrollSettingsPayrollSettingsUpdateRequest | Unset = UNSET,
) -> ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsUpdateResponse | None:
    """
    Args:
        tenant (int):
        technician (int):
        body (PayrollV2PayrollSettingsPayrollSettingsUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsUpdateResponse
    """

    return sync_detailed(
        tenant=tenant,
        technician=technician,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    technician: int,
    *,
    client: AuthenticatedClient,
    body: PayrollV2PayrollSettingsPayrollSettingsUpdateRequest | Unset = UNSET,
) -> Response[ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsUpdateResponse]:
    """
    Args:
        tenant (int):
        technician (int):
        body (PayrollV2PayrollSettingsPayrollSettingsUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsUpdateResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        technician=technician,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    technician: int,
    *,
    client: AuthenticatedClient,
    body: PayrollV2PayrollSettingsPayrollSettingsUpdateRequest | Unset = UNSET,
) -> ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsUpdateResponse | None:
    """
    Args:
        tenant (int):
        technician (int):
        body (PayrollV2PayrollSettingsPayrollSettingsUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsUpdateResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            technician=technician,
            client=client,
            body=body,
        )
    ).parsed
