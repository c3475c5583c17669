"""Jobs, their cancellation, and projects: what a write changes is what the next read returns."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from servicetitan.errors import ConflictError, NotFoundError
from servicetitan.sandbox import FIRST_IDS
from servicetitan_raw.jpm.models import JpmV2AppointmentResponse, JpmV2JobResponse, JpmV2ProjectResponse
from tests.overlay.conftest import call

from .conftest import SIZE, Client

pytestmark = [pytest.mark.anyio, pytest.mark.vcr]

CUSTOMER = FIRST_IDS["customers"] + 3
LOCATION = FIRST_IDS["locations"] + 3  # the customer's own location
BUSINESS_UNIT = FIRST_IDS["business_units"] + 1
TECHNICIAN = FIRST_IDS["technicians"] + 1
START = datetime(2026, 2, 3, 9, 0, tzinfo=UTC)
END = datetime(2026, 2, 3, 11, 0, tzinfo=UTC)
# The most recent jobs are still on the board (the others are completed, every twentieth canceled).
OPEN_JOB = FIRST_IDS["jobs"] + SIZE.jobs - 2


@pytest.mark.default_cassette("create_job")
async def test_create_job(st: Client) -> None:
    job = await call(
        st,
        "create_job",
        customer_id=CUSTOMER,
        location_id=LOCATION,
        business_unit_id=BUSINESS_UNIT,
        job_type_id=102,
        campaign_id=302,
        priority="High",
        summary="Water heater leaking",
        customer_po="PO-1234",
        appointments=[{"start": START, "end": END, "technicianIds": [TECHNICIAN]}],
    )
    assert isinstance(job, JpmV2JobResponse)
    assert (job.customer_id, job.location_id, job.business_unit_id) == (CUSTOMER, LOCATION, BUSINESS_UNIT)
    assert (job.job_type_id, job.campaign_id, job.priority) == (102, 302, "High")
    assert (job.summary, job.customer_po, job.job_status) == ("Water heater leaking", "PO-1234", "Scheduled")
    assert job.appointment_count == 1
    assert job.id not in range(FIRST_IDS["jobs"], FIRST_IDS["jobs"] + SIZE.jobs)
    assert await call(st, "get_job", id=job.id) == job
    appointment = await call(st, "get_appointment", id=job.first_appointment_id)
    assert (appointment.job_id, appointment.start, appointment.end) == (job.id, START, END)


@pytest.mark.default_cassette("get_job")
async def test_get_job(st: Client) -> None:
    job = await call(st, "get_job", id=FIRST_IDS["jobs"] + 4)
    assert isinstance(job, JpmV2JobResponse)
    assert job.id == FIRST_IDS["jobs"] + 4
    assert job.first_appointment_id == FIRST_IDS["appointments"] + 4
    with pytest.raises(NotFoundError) as missing:
        await call(st, "get_job", id=FIRST_IDS["jobs"] - 1)
    assert missing.value.status == 404


@pytest.mark.default_cassette("update_job")
async def test_update_job(st: Client) -> None:
    before = await call(st, "get_job", id=OPEN_JOB)
    assert (before.priority, before.customer_po) != ("Urgent", "PO-77")
    updated = await call(
        st, "update_job", id=OPEN_JOB, priority="Urgent", customer_po="PO-77", summary="Bring a ladder"
    )
    assert isinstance(updated, JpmV2JobResponse)
    after = await call(st, "get_job", id=OPEN_JOB)
    assert after == updated
    assert (after.priority, after.customer_po, after.summary) == ("Urgent", "PO-77", "Bring a ladder")
    assert (after.customer_id, after.job_number) == (before.customer_id, before.job_number)


@pytest.mark.default_cassette("cancel_job")
async def test_cancel_job(st: Client) -> None:
    reason = FIRST_IDS["job_cancel_reasons"] + 1
    assert (await call(st, "get_job", id=OPEN_JOB)).job_status != "Canceled"
    assert await call(st, "cancel_job", id=OPEN_JOB, reason_id=reason, memo="Customer moved away") is None
    assert (await call(st, "get_job", id=OPEN_JOB)).job_status == "Canceled"
    with pytest.raises(ConflictError):
        await call(st, "cancel_job", id=OPEN_JOB, reason_id=reason, memo="Twice")


@pytest.mark.default_cassette("create_project")
async def test_create_project(st: Client) -> None:
    project = await call(
        st,
        "create_project",
        location_id=LOCATION,
        name="Basement remodel",
        summary="Finish the basement",
        business_unit_ids=[BUSINESS_UNIT],
        project_manager_ids=[TECHNICIAN],
    )
    assert isinstance(project, JpmV2ProjectResponse)
    assert (project.location_id, project.customer_id, project.name) == (LOCATION, CUSTOMER, "Basement remodel")
    assert (project.business_unit_ids, project.project_manager_ids) == ([BUSINESS_UNIT], [TECHNICIAN])
    assert await call(st, "get_project", id=project.id) == project


@pytest.mark.default_cassette("get_project")
async def test_get_project(st: Client) -> None:
    project = await call(st, "get_project", id=FIRST_IDS["projects"])
    assert isinstance(project, JpmV2ProjectResponse)
    assert project.id == FIRST_IDS["projects"]
    assert project.job_ids == [FIRST_IDS["jobs"]]
    with pytest.raises(NotFoundError):
        await call(st, "get_project", id=FIRST_IDS["projects"] + SIZE.projects)


@pytest.mark.default_cassette("update_project")
async def test_update_project(st: Client) -> None:
    project_id = FIRST_IDS["projects"]
    updated = await call(st, "update_project", id=project_id, name="Attic insulation", summary="Phase 2")
    assert isinstance(updated, JpmV2ProjectResponse)
    assert (updated.id, updated.name, updated.summary) == (project_id, "Attic insulation", "Phase 2")
    assert await call(st, "get_project", id=project_id) == updated


@pytest.mark.default_cassette("create_appointment")
async def test_create_appointment(st: Client) -> None:
    job_id = FIRST_IDS["jobs"] + 5
    appointment = await call(
        st,
        "create_appointment",
        job_id=job_id,
        start=START,
        end=END,
        arrival_window_start=START,
        arrival_window_end=datetime(2026, 2, 3, 10, 0, tzinfo=UTC),
        special_instructions="Call on arrival",
        technician_ids=[TECHNICIAN],
    )
    assert isinstance(appointment, JpmV2AppointmentResponse)
    assert (appointment.job_id, appointment.start, appointment.end) == (job_id, START, END)
    assert appointment.special_instructions == "Call on arrival"
    assert await call(st, "get_appointment", id=appointment.id) == appointment
    job = await call(st, "get_job", id=job_id)
    assert (job.appointment_count, job.last_appointment_id) == (2, appointment.id)
    assignments = await call(st, "list_appointments_assignment", appointment_ids=str(appointment.id))
    assert [row.technician_id for row in assignments.records] == [TECHNICIAN]


@pytest.mark.default_cassette("get_appointment")
async def test_get_appointment(st: Client) -> None:
    appointment = await call(st, "get_appointment", id=FIRST_IDS["appointments"] + 2)
    assert isinstance(appointment, JpmV2AppointmentResponse)
    assert (appointment.id, appointment.job_id) == (FIRST_IDS["appointments"] + 2, FIRST_IDS["jobs"] + 2)
    assert appointment.start < appointment.end


@pytest.mark.default_cassette("delete_appointment")
async def test_delete_appointment(st: Client) -> None:
    appointment_id = FIRST_IDS["appointments"] + 3
    await call(st, "get_appointment", id=appointment_id)
    assert await call(st, "delete_appointment", id=appointment_id) is None
    with pytest.raises(NotFoundError):
        await call(st, "get_appointment", id=appointment_id)
    with pytest.raises(NotFoundError):
        await call(st, "delete_appointment", id=appointment_id)
