"""Technicians assigned to and unassigned from an appointment, as the assignment list shows them."""

from __future__ import annotations

import pytest

from servicetitan.errors import NotFoundError
from servicetitan.sandbox import FIRST_IDS
from servicetitan_raw.dispatch.models import DispatchV2AppointmentResponse
from tests.overlay.conftest import call

from .conftest import Client

pytestmark = [pytest.mark.anyio, pytest.mark.vcr]

APPOINTMENT = FIRST_IDS["appointments"] + 7
# The seed assigns technician i % 3 to appointment i, so appointment 7 already has technician 1.
ASSIGNED = FIRST_IDS["technicians"] + 1
OTHERS = [FIRST_IDS["technicians"], FIRST_IDS["technicians"] + 2]


async def technicians(st: Client, *, active: str = "True") -> list[int]:
    page = await call(st, "list_appointments_assignment", appointment_ids=str(APPOINTMENT), active=active)
    return [row.technician_id for row in page.records]


@pytest.mark.default_cassette("assign_technicians")
async def test_assign_technicians(st: Client) -> None:
    assert await technicians(st) == [ASSIGNED]
    appointment = await call(st, "assign_technicians", job_appointment_id=APPOINTMENT, technician_ids=OTHERS)
    assert isinstance(appointment, DispatchV2AppointmentResponse)
    assert (appointment.id, appointment.job_id) == (APPOINTMENT, FIRST_IDS["jobs"] + 7)
    assert await technicians(st) == [ASSIGNED, *OTHERS]
    with pytest.raises(NotFoundError):
        await call(st, "assign_technicians", job_appointment_id=FIRST_IDS["appointments"] - 1, technician_ids=OTHERS)


@pytest.mark.default_cassette("unassign_technicians")
async def test_unassign_technicians(st: Client) -> None:
    await call(st, "assign_technicians", job_appointment_id=APPOINTMENT, technician_ids=OTHERS)
    appointment = await call(
        st, "unassign_technicians", job_appointment_id=APPOINTMENT, technician_ids=[ASSIGNED, OTHERS[0]]
    )
    assert isinstance(appointment, DispatchV2AppointmentResponse)
    assert appointment.id == APPOINTMENT
    assert await technicians(st) == [OTHERS[1]]
    assert await technicians(st, active="False") == [ASSIGNED, OTHERS[0]]
