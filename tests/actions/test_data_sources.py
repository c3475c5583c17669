"""The nine data sources (`select_*`): every record of the list as `{"key": id, "label": ...}`, labelled as the
component shows it. The expected labels are built here from the records the matching list action returns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.overlay.conftest import call, collect

from .conftest import SIZE, Client

pytestmark = [pytest.mark.anyio, pytest.mark.vcr]


def named(record: Any) -> str:
    return f"{record.name} (ID: {record.id})"


def source(method: str, list_method: str, label: Callable[[Any], str], count: int) -> pytest.ParameterSet:
    return pytest.param(method, list_method, label, count, id=method, marks=pytest.mark.default_cassette(method))


SOURCES = [
    source("select_appointment", "list_appointments", lambda r: f"#{r.appointment_number} (ID: {r.id})", SIZE.jobs),
    source("select_booking", "list_booking_by_tenant", named, SIZE.bookings),
    source("select_customers", "list_customers", named, SIZE.customers),
    source("select_installed_equipment", "list_installed_equipment", named, SIZE.equipment),
    source("select_invoice", "list_invoices", lambda r: f"#{r.reference_number}", SIZE.jobs),
    source("select_job", "list_jobs", lambda r: f"#{r.job_number}", SIZE.jobs),
    source("select_location", "list_locations", named, SIZE.customers),
    source("select_project", "list_projects", named, SIZE.projects),
    source("select_technician", "list_technicians", named, SIZE.technicians),
]


@pytest.mark.parametrize(("method", "list_method", "label", "count"), SOURCES)
async def test_data_source(st: Client, method: str, list_method: str, label: Callable[[Any], str], count: int) -> None:
    entries = await call(st, method)
    records = await collect(await call(st, list_method, fetch_all=True))
    assert len(records) == count
    assert entries == [{"key": str(record.id), "label": label(record)} for record in records]
