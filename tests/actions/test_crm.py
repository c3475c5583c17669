"""Bookings, customers and their contacts, locations: what a write changes is what the next read returns."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from servicetitan.errors import NotFoundError
from servicetitan.sandbox import BOOKING_PROVIDER_ID, FIRST_IDS
from servicetitan.sandbox.seed import CONTACTS_PER_CUSTOMER
from servicetitan_raw.crm.models import (
    CrmV2BookingResponse,
    CrmV2CustomersCreatedCustomerResponse,
    CrmV2CustomersCustomerContactWithModifiedOnResponse,
    CrmV2CustomersCustomerResponse,
    CrmV2LocationsCreateLocationResponse,
    CrmV2LocationsLocationResponse,
)
from tests.overlay.conftest import call

from .conftest import SIZE, Client

pytestmark = [pytest.mark.anyio, pytest.mark.vcr]

ADDRESS = {"street": "1 Main St", "city": "Austin", "state": "TX", "zip": "78701", "country": "USA"}
BOOKING = FIRST_IDS["bookings"] + 1
CUSTOMER = FIRST_IDS["customers"] + 4
CUSTOMER_CONTACTS = [FIRST_IDS["contacts"] + 4 * CONTACTS_PER_CUSTOMER + n for n in range(CONTACTS_PER_CUSTOMER)]


async def contact_ids(st: Client, customer_id: int) -> list[int]:
    page = await call(st, "list_customers_contact", id=customer_id)
    return [contact.id for contact in page.records]


@pytest.mark.default_cassette("create_booking_by_provider")
async def test_create_booking_by_provider(st: Client) -> None:
    start = datetime(2026, 3, 2, 15, 30, tzinfo=UTC)
    booking = await call(
        st,
        "create_booking_by_provider",
        booking_provider=BOOKING_PROVIDER_ID,
        source="Web",
        name="Sam Lee",
        summary="Kitchen sink leaks",
        is_first_time_client=True,
        external_id="web-e9",
        start=start,
        address=ADDRESS,
    )
    assert isinstance(booking, CrmV2BookingResponse)
    assert (booking.name, booking.summary, booking.external_id, booking.start) == (
        "Sam Lee",
        "Kitchen sink leaks",
        "web-e9",
        start,
    )
    assert booking.is_first_time_client is True
    assert await call(st, "get_booking_by_provider", booking_provider=BOOKING_PROVIDER_ID, id=booking.id) == booking
    listed = await call(st, "list_booking_by_provider", booking_provider=BOOKING_PROVIDER_ID, external_id="web-e9")
    assert [row.id for row in listed.records] == [booking.id]


@pytest.mark.default_cassette("get_booking_by_provider")
async def test_get_booking_by_provider(st: Client) -> None:
    booking = await call(st, "get_booking_by_provider", booking_provider=BOOKING_PROVIDER_ID, id=BOOKING)
    assert isinstance(booking, CrmV2BookingResponse)
    assert (booking.id, booking.external_id) == (BOOKING, "web-100001")
    with pytest.raises(NotFoundError):
        await call(st, "get_booking_by_provider", booking_provider=BOOKING_PROVIDER_ID + 1, id=BOOKING)


@pytest.mark.default_cassette("get_booking_by_tenant")
async def test_get_booking_by_tenant(st: Client) -> None:
    booking = await call(st, "get_booking_by_tenant", id=BOOKING)
    assert isinstance(booking, CrmV2BookingResponse)
    assert booking == await call(st, "get_booking_by_provider", booking_provider=BOOKING_PROVIDER_ID, id=BOOKING)
    with pytest.raises(NotFoundError):
        await call(st, "get_booking_by_tenant", id=FIRST_IDS["bookings"] + SIZE.bookings)


@pytest.mark.default_cassette("update_booking")
async def test_update_booking(st: Client) -> None:
    before = await call(st, "get_booking_by_tenant", id=BOOKING)
    updated = await call(
        st, "update_booking", booking_provider=BOOKING_PROVIDER_ID, id=BOOKING, name="Sam Li", priority="High"
    )
    assert isinstance(updated, CrmV2BookingResponse)
    assert (updated.name, updated.priority) == ("Sam Li", "High")
    after = await call(st, "get_booking_by_tenant", id=BOOKING)
    assert after == updated
    assert (after.summary, after.external_id) == (before.summary, before.external_id)


@pytest.mark.default_cassette("create_customer")
async def test_create_customer(st: Client) -> None:
    customer = await call(
        st,
        "create_customer",
        name="Pat Doe",
        type="Residential",
        address=ADDRESS,
        locations=[{"name": "Home", "address": ADDRESS}],
        contacts=[{"type": "Email", "value": "pat@example.com"}],
    )
    assert isinstance(customer, CrmV2CustomersCreatedCustomerResponse)
    assert (customer.name, customer.address.street) == ("Pat Doe", "1 Main St")
    [location] = customer.locations
    assert (await call(st, "get_location", id=location.id)).customer_id == customer.id
    fetched = await call(st, "get_customer", id=customer.id)
    assert (fetched.id, fetched.name, fetched.address.city) == (customer.id, "Pat Doe", "Austin")
    contacts = await call(st, "list_customers_contact", id=customer.id)
    assert [(c.type_, c.value) for c in contacts.records] == [("Email", "pat@example.com")]


@pytest.mark.default_cassette("get_customer")
async def test_get_customer(st: Client) -> None:
    customer = await call(st, "get_customer", id=CUSTOMER)
    assert isinstance(customer, CrmV2CustomersCustomerResponse)
    assert customer.id == CUSTOMER
    assert customer.name
    with pytest.raises(NotFoundError):
        await call(st, "get_customer", id=FIRST_IDS["customers"] + SIZE.customers)


@pytest.mark.default_cassette("update_customer")
async def test_update_customer(st: Client) -> None:
    before = await call(st, "get_customer", id=CUSTOMER)
    updated = await call(st, "update_customer", id=CUSTOMER, name="Renamed Customer", do_not_mail=True)
    assert isinstance(updated, CrmV2CustomersCustomerResponse)
    after = await call(st, "get_customer", id=CUSTOMER)
    assert after == updated
    assert (after.name, after.do_not_mail) == ("Renamed Customer", True)
    assert after.address == before.address


@pytest.mark.default_cassette("create_customer_contact")
async def test_create_customer_contact(st: Client) -> None:
    contact = await call(st, "create_customer_contact", id=CUSTOMER, type="Phone", value="5125550123", memo="office")
    assert isinstance(contact, CrmV2CustomersCustomerContactWithModifiedOnResponse)
    assert (contact.type_, contact.value, contact.memo) == ("Phone", "5125550123", "office")
    assert await contact_ids(st, CUSTOMER) == [*CUSTOMER_CONTACTS, contact.id]


@pytest.mark.default_cassette("update_customer_contact")
async def test_update_customer_contact(st: Client) -> None:
    email = CUSTOMER_CONTACTS[1]
    updated = await call(
        st, "update_customer_contact", id=CUSTOMER, contact_id=email, value="new@example.com", memo="billing"
    )
    assert isinstance(updated, CrmV2CustomersCustomerContactWithModifiedOnResponse)
    assert (updated.id, updated.value, updated.memo) == (email, "new@example.com", "billing")
    listed = await call(st, "list_customers_contact", id=CUSTOMER)
    assert [(c.id, c.value) for c in listed.records][1] == (email, "new@example.com")
    with pytest.raises(NotFoundError):
        await call(st, "update_customer_contact", id=CUSTOMER + 1, contact_id=email, value="x@example.com")


@pytest.mark.default_cassette("delete_customers_contact")
async def test_delete_customers_contact(st: Client) -> None:
    first, second = CUSTOMER_CONTACTS
    assert await call(st, "delete_customers_contact", id=CUSTOMER, contact_id=first) is None
    assert await contact_ids(st, CUSTOMER) == [second]
    with pytest.raises(NotFoundError):
        await call(st, "delete_customers_contact", id=CUSTOMER, contact_id=first)


@pytest.mark.default_cassette("create_location")
async def test_create_location(st: Client) -> None:
    location = await call(st, "create_location", customer_id=CUSTOMER, name="Lake house", address=ADDRESS)
    assert isinstance(location, CrmV2LocationsCreateLocationResponse)
    assert (location.customer_id, location.name, location.address.zip_) == (CUSTOMER, "Lake house", "78701")
    fetched = await call(st, "get_location", id=location.id)
    assert (fetched.customer_id, fetched.name) == (CUSTOMER, "Lake house")
    listed = await call(st, "list_locations", customer_id=CUSTOMER)
    assert [row.id for row in listed.records] == [FIRST_IDS["locations"] + 4, location.id]


@pytest.mark.default_cassette("get_location")
async def test_get_location(st: Client) -> None:
    location = await call(st, "get_location", id=FIRST_IDS["locations"] + 4)
    assert isinstance(location, CrmV2LocationsLocationResponse)
    assert (location.id, location.customer_id) == (FIRST_IDS["locations"] + 4, CUSTOMER)
    with pytest.raises(NotFoundError):
        await call(st, "get_location", id=FIRST_IDS["locations"] - 1)


@pytest.mark.default_cassette("update_location")
async def test_update_location(st: Client) -> None:
    location_id = FIRST_IDS["locations"] + 4
    # A location's address patch names every field, the unit too.
    updated = await call(st, "update_location", id=location_id, name="Main residence", address=ADDRESS | {"unit": "2B"})
    assert isinstance(updated, CrmV2LocationsLocationResponse)
    after = await call(st, "get_location", id=location_id)
    assert after == updated
    assert (after.name, after.address.unit, after.customer_id) == ("Main residence", "2B", CUSTOMER)
