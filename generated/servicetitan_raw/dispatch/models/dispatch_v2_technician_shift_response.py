from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dispatch_v2_shift_type import DispatchV2ShiftType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchV2TechnicianShiftResponse")


@_attrs_define
class DispatchV2TechnicianShiftResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        end (datetime.datetime):
        id (int):
        modified_on (datetime.datetime):
        shift_type (DispatchV2ShiftType):
        start (datetime.datetime):
        technician_id (int):
        title (str):
        note (None | str | Unset):
        timesheet_code_id (int | None | Unset):
    """

    active: bool
    created_on: datetime.datetime
    end: datetime.datetime
    id: int
    modified_on: datetime.datetime
    shift_type: DispatchV2ShiftType
    start: datetime.datetime
    technician_id: int
    title: str
    note: None | str | Unset = UNSET
    timesheet_code_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "end",
        "id",
        "modifiedOn",
        "shiftType",
        "start",
        "technicianId",
        "title",
        "note",
        "timesheetCodeId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        end = self.end.isoformat()

        id = self.id

        modified_on = self.modified_on.isoformat()

        shift_type = self.shift_type.value

        start = self.start.isoformat()

        technician_id = self.technician_id

        title = self.title

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        timesheet_code_id: int | None | Unset
        if isinstance(self.timesheet_code_id, Unset):
            timesheet_code_id = UNSET
        else:
            timesheet_code_id = self.timesheet_code_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "end": end,
                "id": id,
                "modifiedOn": modified_on,
                "shiftType": shift_type,
                "start": start,
                "technicianId": technician_id,
                "title": title,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if timesheet_code_id is not UNSET:
            field_dict["timesheetCodeId"] = timesheet_code_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        end = datetime.datetime.fromisoformat(d.pop("end"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        shift_type = DispatchV2ShiftType(d.pop("shiftType"))

        start = datetime.datetime.fromisoformat(d.pop("start"))

        technician_id = d.pop("technicianId")

        title = d.pop("title")

        note = d.pop("note", UNSET)

        timesheet_code_id = d.pop("timesheetCodeId", UNSET)

        dispatch_v2_technician_shift_response = cls(
            active,
            created_on,
            end,
            id,
            modified_on,
            shift_type,
            start,
            technician_id,
            title,
            note,
            timesheet_code_id,
        )

        dispatch_v2_technician_shift_response.additional_properties = dict(d)
        return dispatch_v2_technician_shift_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
