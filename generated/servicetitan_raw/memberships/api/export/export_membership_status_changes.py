from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.export_response_of_memberships_v2_export_customer_membership_status_changes_response import (
    ExportResponseOfMembershipsV2ExportCustomerMembershipStatusChangesResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    from_: str | Unset = UNSET,
    include_recent_changes: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["includeRecentChanges"] = include_recent_changes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memberships/v2/tenant/{tenant}/export/membership-status-changes".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiErrorResponse
    | ExportResponseOfMembershipsV2ExportCustomerMembershipStatusChangesResponse
    | None
):
    if response.status_code == 200:
        response_200 = ExportResponseOfMembershipsV2ExportCustomerMembershipStatusChangesResponse.from_dict(
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
) -> Response[
    ApiErrorResponse
    | ExportResponseOfMembershipsV2ExportCustomerMembershipStatusChangesResponse
]:
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
    from_: str | Unset = UNSET,
    include_recent_changes: bool | Unset = UNSET,
) -> Response[
    ApiErrorResponse
    | ExportResponseOfMembershipsV2ExportCustomerMembershipStatusChangesResponse
]:
    """
    Args:
        tenant (int):
        from_ (str | Unset):
        include_recent_changes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ExportResponseOfMembershipsV2ExportCustomerMembershipStatusChangesResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        from_=from_,
        include_recent_changes=include_recent_changes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    from_: str | Unset = UNSET,
    include_recent_changes: bool | Unset = UNSET,
) -> (
    ApiErrorResponse
    | ExportResponseOfMembershipsV2ExportCustomerMembershipStatusChangesResponse
    | None
):
    """
    Args:
        tenant (int):
        from_ (str | Unset):
        include_recent_changes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ExportResponseOfMembershipsV2ExportCustomerMembershipStatusChangesResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        from_=from_,
        include_recent_changes=include_recent_changes,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    from_: str | Unset = UNSET,
    include_recent_changes: bool | Unset = UNSET,
) -> Response[
    ApiErrorResponse
    | ExportResponseOfMembershipsV2ExportCustomerMembershipStatusChangesResponse
]:
    """
    Args:
        tenant (int):
        from_ (str | Unset):
        include_recent_changes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ExportResponseOfMembershipsV2ExportCustomerMembershipStatusChangesResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        from_=from_,
        include_recent_changes=include_recent_changes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    from_: str | Unset = UNSET,
    include_recent_changes: bool | Unset = UNSET,
) -> (
    ApiErrorResponse
    | ExportResponseOfMembershipsV2ExportCustomerMembershipStatusChangesResponse
    | None
):
    """
    Args:
        tenant (int):
        from_ (str | Unset):
        include_recent_changes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ExportResponseOfMembershipsV2ExportCustomerMembershipStatusChangesResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            from_=from_,
            include_recent_changes=include_recent_changes,
        )
    ).parsed
