"""Installed equipment and its attachments: writes show in reads; an uploaded file downloads byte for byte."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from servicetitan.errors import NotFoundError
from servicetitan.sandbox import FIRST_IDS
from servicetitan_raw.equipment_systems.models import (
    EquipmentSystemsV2AttachmentUploadResponse,
    EquipmentSystemsV2InstalledEquipmentDetailedResponse,
)
from tests.overlay.conftest import call

from .conftest import SIZE, Client

pytestmark = [pytest.mark.anyio, pytest.mark.vcr]

LOCATION = FIRST_IDS["locations"] + 6
EQUIPMENT = FIRST_IDS["installed_equipment"] + 2
# Every byte value, so that nothing on the way treats the file as text.
CONTENT = bytes(range(256)) * 3


@pytest.mark.default_cassette("create_installed_equipment")
async def test_create_installed_equipment(st: Client) -> None:
    installed_on = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
    equipment = await call(
        st,
        "create_installed_equipment",
        location_id=LOCATION,
        name="Attic furnace",
        manufacturer="Lennox",
        model="SL280V",
        serial_number="SN-0042",
        installed_on=installed_on,
        memo="Filter 16x25",
    )
    assert isinstance(equipment, EquipmentSystemsV2InstalledEquipmentDetailedResponse)
    assert (equipment.location_id, equipment.customer_id) == (LOCATION, FIRST_IDS["customers"] + 6)
    assert (equipment.name, equipment.manufacturer, equipment.model) == ("Attic furnace", "Lennox", "SL280V")
    assert (equipment.serial_number, equipment.installed_on, equipment.memo) == (
        "SN-0042",
        installed_on,
        "Filter 16x25",
    )
    assert await call(st, "get_installed_equipment", id=equipment.id) == equipment


@pytest.mark.default_cassette("get_installed_equipment")
async def test_get_installed_equipment(st: Client) -> None:
    equipment = await call(st, "get_installed_equipment", id=EQUIPMENT)
    assert isinstance(equipment, EquipmentSystemsV2InstalledEquipmentDetailedResponse)
    assert equipment.id == EQUIPMENT
    assert equipment.location_id == FIRST_IDS["locations"] + 4  # the seed puts equipment i at location 2i
    with pytest.raises(NotFoundError):
        await call(st, "get_installed_equipment", id=FIRST_IDS["installed_equipment"] + SIZE.equipment)


@pytest.mark.default_cassette("update_installed_equipment")
async def test_update_installed_equipment(st: Client) -> None:
    before = await call(st, "get_installed_equipment", id=EQUIPMENT)
    updated = await call(st, "update_installed_equipment", id=EQUIPMENT, memo="Replaced igniter", serial_number="SN-9")
    assert isinstance(updated, EquipmentSystemsV2InstalledEquipmentDetailedResponse)
    after = await call(st, "get_installed_equipment", id=EQUIPMENT)
    assert after == updated
    assert (after.memo, after.serial_number) == ("Replaced igniter", "SN-9")
    assert (after.name, after.location_id) == (before.name, before.location_id)


@pytest.mark.default_cassette("create_installed_equipment_attachment")
async def test_create_installed_equipment_attachment(st: Client) -> None:
    uploaded = await call(st, "create_installed_equipment_attachment", file=CONTENT, file_name="nameplate.jpg")
    assert isinstance(uploaded, EquipmentSystemsV2AttachmentUploadResponse)
    assert uploaded.path.endswith("/nameplate.jpg")
    assert await call(st, "list_installed_equipment_attachments", path=uploaded.path) == CONTENT


@pytest.mark.default_cassette("list_installed_equipment_attachments")
async def test_list_installed_equipment_attachments(st: Client, tmp_path: Path) -> None:
    manual = tmp_path / "manual.pdf"
    manual.write_bytes(CONTENT[::-1])
    uploaded = await call(st, "create_installed_equipment_attachment", file=manual)
    assert uploaded.path.endswith("/manual.pdf")
    downloaded = await call(st, "list_installed_equipment_attachments", path=uploaded.path)
    assert isinstance(downloaded, bytes)
    assert downloaded == CONTENT[::-1]
    with pytest.raises(NotFoundError):
        await call(st, "list_installed_equipment_attachments", path=uploaded.path + ".missing")
