from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dispatch_contracts_non_job_appointment_repeat_end_type import (
    DispatchContractsNonJobAppointmentRepeatEndType,
)
from ..models.dispatch_contracts_non_job_appointment_repeat_frequency import (
    DispatchContractsNonJobAppointmentRepeatFrequency,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchV2CreateNonJobAppointmentRequest")


@_attrs_define
class DispatchV2CreateNonJobAppointmentRequest:
    """
    Attributes:
        duration (str):
        name (str):
        start (datetime.datetime):
        technician_id (int):
        all_day (bool | None | Unset):
        clear_dispatch_board (bool | None | Unset):
        clear_technician_view (bool | None | Unset):
        count_occurrences (int | None | Unset):
        days_of_week (None | str | Unset):
        end_on (datetime.datetime | None | Unset):
        end_type (DispatchContractsNonJobAppointmentRepeatEndType | None | Unset):
        frequency (DispatchContractsNonJobAppointmentRepeatFrequency | None | Unset):
        interval (int | None | Unset):
        remove_technician_from_capacity_planning (bool | None | Unset):
        repeat (bool | None | Unset):
        show_on_technician_schedule (bool | None | Unset):
        summary (None | str | Unset):
        timesheet_code_id (int | None | Unset):
    """

    duration: str
    name: str
    start: datetime.datetime
    technician_id: int
    all_day: bool | None | Unset = UNSET
    clear_dispatch_board: bool | None | Unset = UNSET
    clear_technician_view: bool | None | Unset = UNSET
    count_occurrences: int | None | Unset = UNSET
    days_of_week: None | str | Unset = UNSET
    end_on: datetime.datetime | None | Unset = UNSET
    end_type: DispatchContractsNonJobAppointmentRepeatEndType | None | Unset = UNSET
    frequency: DispatchContractsNonJobAppointmentRepeatFrequency | None | Unset = UNSET
    interval: int | None | Unset = UNSET
    remove_technician_from_capacity_planning: bool | None | Unset = UNSET
    repeat: bool | None | Unset = UNSET
    show_on_technician_schedule: bool | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    timesheet_code_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "duration",
        "name",
        "start",
        "technicianId",
        "allDay",
        "clearDispatchBoard",
        "clearTechnicianView",
        "countOccurrences",
        "daysOfWeek",
        "endOn",
        "endType",
        "frequency",
        "interval",
        "removeTechnicianFromCapacityPlanning",
        "repeat",
        "showOnTechnicianSchedule",
        "summary",
        "timesheetCodeId",
    )

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        name = self.name

        start = self.start.isoformat()

        technician_id = self.technician_id

        all_day: bool | None | Unset
        if isinstance(self.all_day, Unset):
            all_day = UNSET
        else:
            all_day = self.all_day

        clear_dispatch_board: bool | None | Unset
        if isinstance(self.clear_dispatch_board, Unset):
            clear_dispatch_board = UNSET
        else:
            clear_dispatch_board = self.clear_dispatch_board

        clear_technician_view: bool | None | Unset
        if isinstance(self.clear_technician_view, Unset):
            clear_technician_view = UNSET
        else:
            clear_technician_view = self.clear_technician_view

        count_occurrences: int | None | Unset
        if isinstance(self.count_occurrences, Unset):
            count_occurrences = UNSET
        else:
            count_occurrences = self.count_occurrences

        days_of_week: None | str | Unset
        if isinstance(self.days_of_week, Unset):
            days_of_week = UNSET
        else:
            days_of_week = self.days_of_week

        end_on: None | str | Unset
        if isinstance(self.end_on, Unset):
            end_on = UNSET
        elif isinstance(self.end_on, datetime.datetime):
            end_on = self.end_on.isoformat()
        else:
            end_on = self.end_on

        end_type: None | str | Unset
        if isinstance(self.end_type, Unset):
            end_type = UNSET
        elif isinstance(self.end_type, DispatchContractsNonJobAppointmentRepeatEndType):
            end_type = self.end_type.value
        else:
            end_type = self.end_type

        frequency: None | str | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        elif isinstance(
            self.frequency, DispatchContractsNonJobAppointmentRepeatFrequency
        ):
            frequency = self.frequency.value
        else:
            frequency = self.frequency

        interval: int | None | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        else:
            interval = self.interval

        remove_technician_from_capacity_planning: bool | None | Unset
        if isinstance(self.remove_technician_from_capacity_planning, Unset):
            remove_technician_from_capacity_planning = UNSET
        else:
            remove_technician_from_capacity_planning = (
                self.remove_technician_from_capacity_planning
            )

        repeat: bool | None | Unset
        if isinstance(self.repeat, Unset):
            repeat = UNSET
        else:
            repeat = self.repeat

        show_on_technician_schedule: bool | None | Unset
        if isinstance(self.show_on_technician_schedule, Unset):
            show_on_technician_schedule = UNSET
        else:
            show_on_technician_schedule = self.show_on_technician_schedule

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        timesheet_code_id: int | None | Unset
        if isinstance(self.timesheet_code_id, Unset):
            timesheet_code_id = UNSET
        else:
            timesheet_code_id = self.timesheet_code_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "name": name,
                "start": start,
                "technicianId": technician_id,
            }
        )
        if all_day is not UNSET:
            field_dict["allDay"] = all_day
        if clear_dispatch_board is not UNSET:
            field_dict["clearDispatchBoard"] = clear_dispatch_board
        if clear_technician_view is not UNSET:
            field_dict["clearTechnicianView"] = clear_technician_view
        if count_occurrences is not UNSET:
            field_dict["countOccurrences"] = count_occurrences
        if days_of_week is not UNSET:
            field_dict["daysOfWeek"] = days_of_week
        if end_on is not UNSET:
            field_dict["endOn"] = end_on
        if end_type is not UNSET:
            field_dict["endType"] = end_type
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if interval is not UNSET:
            field_dict["interval"] = interval
        if remove_technician_from_capacity_planning is not UNSET:
            field_dict["removeTechnicianFromCapacityPlanning"] = (
                remove_technician_from_capacity_planning
            )
        if repeat is not UNSET:
            field_dict["repeat"] = repeat
        if show_on_technician_schedule is not UNSET:
            field_dict["showOnTechnicianSchedule"] = show_on_technician_schedule
        if summary is not UNSET:
            field_dict["summary"] = summary
        if timesheet_code_id is not UNSET:
            field_dict["timesheetCodeId"] = timesheet_code_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration")

        name = d.pop("name")

        start = datetime.datetime.fromisoformat(d.pop("start"))

        technician_id = d.pop("technicianId")

        all_day = d.pop("allDay", UNSET)

        clear_dispatch_board = d.pop("clearDispatchBoard", UNSET)

        clear_technician_view = d.pop("clearTechnicianView", UNSET)

        count_occurrences = d.pop("countOccurrences", UNSET)

        days_of_week = d.pop("daysOfWeek", UNSET)

        end_on = d.pop("endOn", UNSET)
        if end_on is not None and not isinstance(end_on, Unset):
            if not isinstance(end_on, str):
                raise TypeError()
            end_on_type_0 = datetime.datetime.fromisoformat(end_on)

            end_on = end_on_type_0

        end_type = d.pop("endType", UNSET)
        if end_type is not None and not isinstance(end_type, Unset):
            if not isinstance(end_type, str):
                raise TypeError()
            end_type_type_0 = DispatchContractsNonJobAppointmentRepeatEndType(end_type)

            end_type = end_type_type_0

        frequency = d.pop("frequency", UNSET)
        if frequency is not None and not isinstance(frequency, Unset):
            if not isinstance(frequency, str):
                raise TypeError()
            frequency_type_0 = DispatchContractsNonJobAppointmentRepeatFrequency(
                frequency
            )

            frequency = frequency_type_0

        interval = d.pop("interval", UNSET)

        remove_technician_from_capacity_planning = d.pop(
            "removeTechnicianFromCapacityPlanning", UNSET
        )

        repeat = d.pop("repeat", UNSET)

        show_on_technician_schedule = d.pop("showOnTechnicianSchedule", UNSET)

        summary = d.pop("summary", UNSET)

        timesheet_code_id = d.pop("timesheetCodeId", UNSET)

        dispatch_v2_create_non_job_appointment_request = cls(
            duration,
            name,
            start,
            technician_id,
            all_day,
            clear_dispatch_board,
            clear_technician_view,
            count_occurrences,
            days_of_week,
            end_on,
            end_type,
            frequency,
            interval,
            remove_technician_from_capacity_planning,
            repeat,
            show_on_technician_schedule,
            summary,
            timesheet_code_id,
        )

        dispatch_v2_create_non_job_appointment_request.additional_properties = dict(d)
        return dispatch_v2_create_non_job_appointment_request

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
