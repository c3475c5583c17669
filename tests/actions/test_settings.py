"""Technicians: create, read, update."""

from __future__ import annotations

import pytest

from servicetitan.errors import NotFoundError
from servicetitan.sandbox import FIRST_IDS
from servicetitan_raw.settings.models import (
    TenantSettingsV2TechnicianCreateResponse,
    TenantSettingsV2TechnicianResponse,
    TenantSettingsV2TechnicianUpdateResponse,
)
from tests.overlay.conftest import call

from .conftest import SIZE, Client

pytestmark = [pytest.mark.anyio, pytest.mark.vcr]

TECHNICIAN = FIRST_IDS["technicians"] + 1
ROLE = FIRST_IDS["user_roles"] + 2


@pytest.mark.default_cassette("create_technician")
async def test_create_technician(st: Client) -> None:
    created = await call(
        st,
        "create_technician",
        name="Robin Park",
        account_creation_method="CreateLater",
        role_id=ROLE,
        positions=["Service", "Installer"],
        license_type="ManagedTech",
        email="robin@example.com",
        team="Green",
    )
    assert isinstance(created, TenantSettingsV2TechnicianCreateResponse)
    assert created.id not in range(FIRST_IDS["technicians"], FIRST_IDS["technicians"] + SIZE.technicians)
    technician = await call(st, "get_technician", id=created.id)
    assert (technician.name, technician.email, technician.team) == ("Robin Park", "robin@example.com", "Green")
    assert (technician.role_ids, technician.positions) == ([ROLE], ["Service", "Installer"])
    assert technician.is_managed_tech is True


@pytest.mark.default_cassette("get_technician")
async def test_get_technician(st: Client) -> None:
    technician = await call(st, "get_technician", id=TECHNICIAN)
    assert isinstance(technician, TenantSettingsV2TechnicianResponse)
    assert technician.id == TECHNICIAN
    assert technician.name == f"{technician.first_name} {technician.last_name}"
    with pytest.raises(NotFoundError):
        await call(st, "get_technician", id=FIRST_IDS["technicians"] + SIZE.technicians)


@pytest.mark.default_cassette("update_technician")
async def test_update_technician(st: Client) -> None:
    before = await call(st, "get_technician", id=TECHNICIAN)
    updated = await call(st, "update_technician", id=TECHNICIAN, team="Gold", daily_goal=2500, memo="Lead installer")
    assert isinstance(updated, TenantSettingsV2TechnicianUpdateResponse)
    assert updated.id == TECHNICIAN
    after = await call(st, "get_technician", id=TECHNICIAN)
    assert (after.team, after.daily_goal, after.memo) == ("Gold", 2500, "Lead installer")
    assert after.name == before.name
