from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dispatch_v2_shift_repeat_type import DispatchV2ShiftRepeatType
from ..models.dispatch_v2_shift_type import DispatchV2ShiftType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchV2CreateTechnicianShiftRequest")


@_attrs_define
class DispatchV2CreateTechnicianShiftRequest:
    """
    Attributes:
        end (datetime.datetime):
        repeat_type (DispatchV2ShiftRepeatType):
        shift_type (DispatchV2ShiftType):
        start (datetime.datetime):
        technician_ids (list[int]):
        title (str):
        note (None | str | Unset):
        repeat_end_date (datetime.datetime | None | Unset):
        repeat_interval (int | None | Unset):
        shift_days (None | str | Unset):
        timesheet_code_id (int | None | Unset):
    """

    end: datetime.datetime
    repeat_type: DispatchV2ShiftRepeatType
    shift_type: DispatchV2ShiftType
    start: datetime.datetime
    technician_ids: list[int]
    title: str
    note: None | str | Unset = UNSET
    repeat_end_date: datetime.datetime | None | Unset = UNSET
    repeat_interval: int | None | Unset = UNSET
    shift_days: None | str | Unset = UNSET
    timesheet_code_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "end",
        "repeatType",
        "shiftType",
        "start",
        "technicianIds",
        "title",
        "note",
        "repeatEndDate",
        "repeatInterval",
        "shiftDays",
        "timesheetCodeId",
    )

    def to_dict(self) -> dict[str, Any]:
        end = self.end.isoformat()

        repeat_type = self.repeat_type.value

        shift_type = self.shift_type.value

        start = self.start.isoformat()

        technician_ids = self.technician_ids

        title = self.title

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        repeat_end_date: None | str | Unset
        if isinstance(self.repeat_end_date, Unset):
            repeat_end_date = UNSET
        elif isinstance(self.repeat_end_date, datetime.datetime):
            repeat_end_date = self.repeat_end_date.isoformat()
        else:
            repeat_end_date = self.repeat_end_date

        repeat_interval: int | None | Unset
        if isinstance(self.repeat_interval, Unset):
            repeat_interval = UNSET
        else:
            repeat_interval = self.repeat_interval

        shift_days: None | str | Unset
        if isinstance(self.shift_days, Unset):
            shift_days = UNSET
        else:
            shift_days = self.shift_days

        timesheet_code_id: int | None | Unset
        if isinstance(self.timesheet_code_id, Unset):
            timesheet_code_id = UNSET
        else:
            timesheet_code_id = self.timesheet_code_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "repeatType": repeat_type,
                "shiftType": shift_type,
                "start": start,
                "technicianIds": technician_ids,
                "title": title,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if repeat_end_date is not UNSET:
            field_dict["repeatEndDate"] = repeat_end_date
        if repeat_interval is not UNSET:
            field_dict["repeatInterval"] = repeat_interval
        if shift_days is not UNSET:
            field_dict["shiftDays"] = shift_days
        if timesheet_code_id is not UNSET:
            field_dict["timesheetCodeId"] = timesheet_code_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        end = datetime.datetime.fromisoformat(d.pop("end"))

        repeat_type = DispatchV2ShiftRepeatType(d.pop("repeatType"))

        shift_type = DispatchV2ShiftType(d.pop("shiftType"))

        start = datetime.datetime.fromisoformat(d.pop("start"))

        technician_ids = d.pop("technicianIds")

        title = d.pop("title")

        note = d.pop("note", UNSET)

        repeat_end_date = d.pop("repeatEndDate", UNSET)
        if repeat_end_date is not None and not isinstance(repeat_end_date, Unset):
            if not isinstance(repeat_end_date, str):
                raise TypeError()
            repeat_end_date_type_0 = datetime.datetime.fromisoformat(repeat_end_date)

            repeat_end_date = repeat_end_date_type_0

        repeat_interval = d.pop("repeatInterval", UNSET)

        shift_days = d.pop("shiftDays", UNSET)

        timesheet_code_id = d.pop("timesheetCodeId", UNSET)

        dispatch_v2_create_technician_shift_request = cls(
            end,
            repeat_type,
            shift_type,
            start,
            technician_ids,
            title,
            note,
            repeat_end_date,
            repeat_interval,
            shift_days,
            timesheet_code_id,
        )

        dispatch_v2_create_technician_shift_request.additional_properties = dict(d)
        return dispatch_v2_create_technician_shift_request

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
