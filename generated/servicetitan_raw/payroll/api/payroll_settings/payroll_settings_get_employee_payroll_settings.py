from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.payroll_v2_payroll_settings_payroll_settings_response import (
    PayrollV2PayrollSettingsPayrollSettingsResponse,
)
from ...types import Response


def _get_kwargs(
    tenant: int,
    employee: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payroll/v2/tenant/{tenant}/employees/{employee}/payroll-settings".format(
            tenant=quote(str(tenant), safe=""),
            employee=quote(str(employee), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsResponse | None:
    if response.status_code == 200:
        response_200 = PayrollV2PayrollSettingsPayrollSettingsResponse.from_dict(
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
) -> Response[ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant: int,
    employee: int,
    *,
    client: AuthenticatedClient,
) -> Response[ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsResponse]:
    """
    Args:
        tenant (int):
        employee (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        employee=employee,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    employee: int,
    *,
    client: AuthenticatedClient,
) -> ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsResponse | None:
    """
    Args:
        tenant (int):
        employee (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsResponse
    """

    return sync_detailed(
        tenant=tenant,
        employee=employee,
        client=client,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    employee: int,
    *,
    client: AuthenticatedClient,
) -> Response[ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsResponse]:
    """
    Args:
        tenant (int):
        employee (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        employee=employee,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    employee: int,
    *,
    client: AuthenticatedClient,
) -> ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsResponse | None:
    """
    Args:
        tenant (int):
        employee (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PayrollV2PayrollSettingsPayrollSettingsResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            employee=employee,
            client=client,
        )
    ).parsed
