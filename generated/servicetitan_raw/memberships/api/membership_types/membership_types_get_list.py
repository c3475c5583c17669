import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_request_arg import ActiveRequestArg
from ...models.api_error_response import ApiErrorResponse
from ...models.memberships_v2_membership_recurrence_type import (
    MembershipsV2MembershipRecurrenceType,
)
from ...models.paginated_response_of_memberships_v2_membership_type_response import (
    PaginatedResponseOfMembershipsV2MembershipTypeResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant: int,
    *,
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    duration: int | Unset = UNSET,
    billing_frequency: MembershipsV2MembershipRecurrenceType | Unset = UNSET,
    include_duration_billing: bool | Unset = UNSET,
    include_discounts: bool | Unset = UNSET,
    include_recurring_services: bool | Unset = UNSET,
    include_tags: bool | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params["duration"] = duration

    json_billing_frequency: str | Unset = UNSET
    if not isinstance(billing_frequency, Unset):
        json_billing_frequency = billing_frequency.value

    params["billingFrequency"] = json_billing_frequency

    params["includeDurationBilling"] = include_duration_billing

    params["includeDiscounts"] = include_discounts

    params["includeRecurringServices"] = include_recurring_services

    params["includeTags"] = include_tags

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    json_created_on_or_after: str | Unset = UNSET
    if not isinstance(created_on_or_after, Unset):
        json_created_on_or_after = created_on_or_after.isoformat()
    params["createdOnOrAfter"] = json_created_on_or_after

    json_modified_before: str | Unset = UNSET
    if not isinstance(modified_before, Unset):
        json_modified_before = modified_before.isoformat()
    params["modifiedBefore"] = json_modified_before

    json_modified_on_or_after: str | Unset = UNSET
    if not isinstance(modified_on_or_after, Unset):
        json_modified_on_or_after = modified_on_or_after.isoformat()
    params["modifiedOnOrAfter"] = json_modified_on_or_after

    params["page"] = page

    params["pageSize"] = page_size

    params["includeTotal"] = include_total

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memberships/v2/tenant/{tenant}/membership-types".format(
            tenant=quote(str(tenant), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PaginatedResponseOfMembershipsV2MembershipTypeResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseOfMembershipsV2MembershipTypeResponse.from_dict(
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
    ApiErrorResponse | PaginatedResponseOfMembershipsV2MembershipTypeResponse
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
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    duration: int | Unset = UNSET,
    billing_frequency: MembershipsV2MembershipRecurrenceType | Unset = UNSET,
    include_duration_billing: bool | Unset = UNSET,
    include_discounts: bool | Unset = UNSET,
    include_recurring_services: bool | Unset = UNSET,
    include_tags: bool | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfMembershipsV2MembershipTypeResponse
]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        duration (int | Unset):
        billing_frequency (MembershipsV2MembershipRecurrenceType | Unset):
        include_duration_billing (bool | Unset):
        include_discounts (bool | Unset):
        include_recurring_services (bool | Unset):
        include_tags (bool | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfMembershipsV2MembershipTypeResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        active=active,
        duration=duration,
        billing_frequency=billing_frequency,
        include_duration_billing=include_duration_billing,
        include_discounts=include_discounts,
        include_recurring_services=include_recurring_services,
        include_tags=include_tags,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    duration: int | Unset = UNSET,
    billing_frequency: MembershipsV2MembershipRecurrenceType | Unset = UNSET,
    include_duration_billing: bool | Unset = UNSET,
    include_discounts: bool | Unset = UNSET,
    include_recurring_services: bool | Unset = UNSET,
    include_tags: bool | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfMembershipsV2MembershipTypeResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        duration (int | Unset):
        billing_frequency (MembershipsV2MembershipRecurrenceType | Unset):
        include_duration_billing (bool | Unset):
        include_discounts (bool | Unset):
        include_recurring_services (bool | Unset):
        include_tags (bool | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfMembershipsV2MembershipTypeResponse
    """

    return sync_detailed(
        tenant=tenant,
        client=client,
        ids=ids,
        active=active,
        duration=duration,
        billing_frequency=billing_frequency,
        include_duration_billing=include_duration_billing,
        include_discounts=include_discounts,
        include_recurring_services=include_recurring_services,
        include_tags=include_tags,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    duration: int | Unset = UNSET,
    billing_frequency: MembershipsV2MembershipRecurrenceType | Unset = UNSET,
    include_duration_billing: bool | Unset = UNSET,
    include_discounts: bool | Unset = UNSET,
    include_recurring_services: bool | Unset = UNSET,
    include_tags: bool | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[
    ApiErrorResponse | PaginatedResponseOfMembershipsV2MembershipTypeResponse
]:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        duration (int | Unset):
        billing_frequency (MembershipsV2MembershipRecurrenceType | Unset):
        include_duration_billing (bool | Unset):
        include_discounts (bool | Unset):
        include_recurring_services (bool | Unset):
        include_tags (bool | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | PaginatedResponseOfMembershipsV2MembershipTypeResponse]
    """

    kwargs = _get_kwargs(
        tenant=tenant,
        ids=ids,
        active=active,
        duration=duration,
        billing_frequency=billing_frequency,
        include_duration_billing=include_duration_billing,
        include_discounts=include_discounts,
        include_recurring_services=include_recurring_services,
        include_tags=include_tags,
        created_before=created_before,
        created_on_or_after=created_on_or_after,
        modified_before=modified_before,
        modified_on_or_after=modified_on_or_after,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant: int,
    *,
    client: AuthenticatedClient,
    ids: str | Unset = UNSET,
    active: ActiveRequestArg | Unset = UNSET,
    duration: int | Unset = UNSET,
    billing_frequency: MembershipsV2MembershipRecurrenceType | Unset = UNSET,
    include_duration_billing: bool | Unset = UNSET,
    include_discounts: bool | Unset = UNSET,
    include_recurring_services: bool | Unset = UNSET,
    include_tags: bool | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    created_on_or_after: datetime.datetime | Unset = UNSET,
    modified_before: datetime.datetime | Unset = UNSET,
    modified_on_or_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ApiErrorResponse | PaginatedResponseOfMembershipsV2MembershipTypeResponse | None:
    """
    Args:
        tenant (int):
        ids (str | Unset):
        active (ActiveRequestArg | Unset):
        duration (int | Unset):
        billing_frequency (MembershipsV2MembershipRecurrenceType | Unset):
        include_duration_billing (bool | Unset):
        include_discounts (bool | Unset):
        include_recurring_services (bool | Unset):
        include_tags (bool | Unset):
        created_before (datetime.datetime | Unset):
        created_on_or_after (datetime.datetime | Unset):
        modified_before (datetime.datetime | Unset):
        modified_on_or_after (datetime.datetime | Unset):
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | PaginatedResponseOfMembershipsV2MembershipTypeResponse
    """

    return (
        await asyncio_detailed(
            tenant=tenant,
            client=client,
            ids=ids,
            active=active,
            duration=duration,
            billing_frequency=billing_frequency,
            include_duration_billing=include_duration_billing,
            include_discounts=include_discounts,
            include_recurring_services=include_recurring_services,
            include_tags=include_tags,
            created_before=created_before,
            created_on_or_after=created_on_or_after,
            modified_before=modified_before,
            modified_on_or_after=modified_on_or_after,
            page=page,
            page_size=page_size,
            include_total=include_total,
            sort=sort,
        )
    ).parsed
