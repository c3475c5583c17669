from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.payroll_v2_employee_type import PayrollV2EmployeeType
from ...models.payroll_v2_payroll_adjustments_payroll_adjustment_response import (
    PayrollV2PayrollAdjustmentsPayrollAdjustmentResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    id: int,
    *,
    employee_type: PayrollV2EmployeeType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_employee_type: str | Unset = UNSET
    if not isinstance(employee_type, Unset):
        json_employee_type = employee_type.value

    params["employeeType"] = json_employee_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payroll/v2/tenant/{tenant}/payroll-adjustments/{id}".format(
            tenant=quote(str(tenant), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PayrollV2PayrollAdjustmentsPayrollAdjustmentResponse | None:
    if response.status_code == 200:
        response_200 = PayrollV2PayrollAdjustmentsPayrollAdjustmentResponse.from_dict(
            response.json()
        )

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
) -> Response[ApiErrorResponse | PayrollV2PayrollAdjustmentsPayrollAdjustmentResponse]:
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
    employee_type: PayrollV2EmployeeType | Unset = UNSET,
) -> Response[ApiErrorResponse | PayrollV2PayrollAdjustmentsPayrollAdjustmentResponse]:
    """
    Args:
        tenant (int):
        id (int):
        employee_type (PayrollV2EmployeeType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PayrollV2PayrollAdjustmentsPayrollAdjustmentResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
        employee_type=employee_type,
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
    employee_type: PayrollV2EmployeeType | Unset = UNSET,
) -> ApiErrorResponse | PayrollV2PayrollAdjustmentsPayrollAdjustmentResponse | None:
    """
    Args:
        tenant (int):
        id (int):
        employee_type (PayrollV2EmployeeType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PayrollV2PayrollAdjustmentsPayrollAdjustmentResponse
    """

    return sync_detailed(
        tenant=tenant,
        id=id,
        client=client,
        employee_type=employee_type,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    id: int,
    *,
    client: AuthenticatedClient,
    employee_type: PayrollV2EmployeeType | Unset = UNSET,
) -> Response[ApiErrorResponse | PayrollV2PayrollAdjustmentsPayrollAdjustmentResponse]:
    """
    Args:
        tenant (int):
        id (int):
        employee_type (PayrollV2EmployeeType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PayrollV2PayrollAdjustmentsPayrollAdjustmentResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        id=id,
        employee_type=employee_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    id: int,
    *,
    client: AuthenticatedClient,
    employee_type: PayrollV2EmployeeType | Unset = UNSET,
) -> ApiErrorResponse | PayrollV2PayrollAdjustmentsPayrollAdjustmentResponse | None:
    """
    Args:
        tenant (int):
        id (int):
        employee_type (PayrollV2EmployeeType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PayrollV2PayrollAdjustmentsPayrollAdjustmentResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            id=id,
            client=client,
            employee_type=employee_type,
        )
    ).parsed
