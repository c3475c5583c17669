from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dispatch_v2_shift_type import DispatchV2ShiftType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchV2UpdateTechnicianShiftRequest")


@_attrs_define
class DispatchV2UpdateTechnicianShiftRequest:
    """
    Attributes:
        end (datetime.datetime | Unset):
        note (str | Unset):
        shift_type (DispatchV2ShiftType | Unset):
        start (datetime.datetime | Unset):
        timesheet_code_id (int | None | Unset):
        title (str | Unset):
    """

    end: datetime.datetime | Unset = UNSET
    note: str | Unset = UNSET
    shift_type: DispatchV2ShiftType | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    timesheet_code_id: int | None | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "end",
        "note",
        "shiftType",
        "start",
        "timesheetCodeId",
        "title",
    )

    def to_dict(self) -> dict[str, Any]:
        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        note = self.note

        shift_type: str | Unset = UNSET
        if not isinstance(self.shift_type, Unset):
            shift_type = self.shift_type.value

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        timesheet_code_id: int | None | Unset
        if isinstance(self.timesheet_code_id, Unset):
            timesheet_code_id = UNSET
        else:
            timesheet_code_id = self.timesheet_code_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end is not UNSET:
            field_dict["end"] = end
        if note is not UNSET:
            field_dict["note"] = note
        if shift_type is not UNSET:
            field_dict["shiftType"] = shift_type
        if start is not UNSET:
            field_dict["start"] = start
        if timesheet_code_id is not UNSET:
            field_dict["timesheetCodeId"] = timesheet_code_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        end = d.pop("end", UNSET)
        if not isinstance(end, Unset):
            end = datetime.datetime.fromisoformat(end)

        note = d.pop("note", UNSET)

        shift_type = d.pop("shiftType", UNSET)
        if not isinstance(shift_type, Unset):
            shift_type = DispatchV2ShiftType(shift_type)

        start = d.pop("start", UNSET)
        if not isinstance(start, Unset):
            start = datetime.datetime.fromisoformat(start)

        timesheet_code_id = d.pop("timesheetCodeId", UNSET)

        title = d.pop("title", UNSET)

        dispatch_v2_update_technician_shift_request = cls(
            end,
            note,
            shift_type,
            start,
            timesheet_code_id,
            title,
        )

        dispatch_v2_update_technician_shift_request.additional_properties = dict(d)
        return dispatch_v2_update_technician_shift_request

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
