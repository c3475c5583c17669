from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dispatch_contracts_non_job_appointment_repeat_end_type_int_32 import (
    DispatchContractsNonJobAppointmentRepeatEndTypeInt32,
)
from ..models.dispatch_contracts_non_job_appointment_repeat_frequency_int_32 import (
    DispatchContractsNonJobAppointmentRepeatFrequencyInt32,
)
from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="DispatchContractsNonJobAppointmentCreateNonJobAppointmentResult"
)


@_attrs_define
class DispatchContractsNonJobAppointmentCreateNonJobAppointmentResult:
    """
    Attributes:
        active (bool):
        all_day (bool):
        clear_dispatch_board (bool):
        clear_technician_view (bool):
        created_by_id (int):
        created_on (datetime.datetime):
        days_of_week (str):
        duration (str):
        id (int):
        name (str):
        remove_technician_from_capacity_planning (bool):
        show_on_technician_schedule (bool):
        start (datetime.datetime):
        summary (str):
        technician_id (int):
        timesheet_code_id (int):
        count_occurrences (int | None | Unset):
        end_on (datetime.datetime | None | Unset):
        end_type (DispatchContractsNonJobAppointmentRepeatEndTypeInt32 | None | Unset):
        frequency (DispatchContractsNonJobAppointmentRepeatFrequencyInt32 | None | Unset):
        interval (int | None | Unset):
        repeat (bool | None | Unset):
    """

    active: bool
    all_day: bool
    clear_dispatch_board: bool
    clear_technician_view: bool
    created_by_id: int
    created_on: datetime.datetime
    days_of_week: str
    duration: str
    id: int
    name: str
    remove_technician_from_capacity_planning: bool
    show_on_technician_schedule: bool
    start: datetime.datetime
    summary: str
    technician_id: int
    timesheet_code_id: int
    count_occurrences: int | None | Unset = UNSET
    end_on: datetime.datetime | None | Unset = UNSET
    end_type: DispatchContractsNonJobAppointmentRepeatEndTypeInt32 | None | Unset = (
        UNSET
    )
    frequency: DispatchContractsNonJobAppointmentRepeatFrequencyInt32 | None | Unset = (
        UNSET
    )
    interval: int | None | Unset = UNSET
    repeat: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "allDay",
        "clearDispatchBoard",
        "clearTechnicianView",
        "createdById",
        "createdOn",
        "daysOfWeek",
        "duration",
        "id",
        "name",
        "removeTechnicianFromCapacityPlanning",
        "showOnTechnicianSchedule",
        "start",
        "summary",
        "technicianId",
        "timesheetCodeId",
        "countOccurrences",
        "endOn",
        "endType",
        "frequency",
        "interval",
        "repeat",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        all_day = self.all_day

        clear_dispatch_board = self.clear_dispatch_board

        clear_technician_view = self.clear_technician_view

        created_by_id = self.created_by_id

        created_on = self.created_on.isoformat()

        days_of_week = self.days_of_week

        duration = self.duration

        id = self.id

        name = self.name

        remove_technician_from_capacity_planning = (
            self.remove_technician_from_capacity_planning
        )

        show_on_technician_schedule = self.show_on_technician_schedule

        start = self.start.isoformat()

        summary = self.summary

        technician_id = self.technician_id

        timesheet_code_id = self.timesheet_code_id

        count_occurrences: int | None | Unset
        if isinstance(self.count_occurrences, Unset):
            count_occurrences = UNSET
        else:
            count_occurrences = self.count_occurrences

        end_on: None | str | Unset
        if isinstance(self.end_on, Unset):
            end_on = UNSET
        elif isinstance(self.end_on, datetime.datetime):
            end_on = self.end_on.isoformat()
        else:
            end_on = self.end_on

        end_type: int | None | Unset
        if isinstance(self.end_type, Unset):
            end_type = UNSET
        elif isinstance(
            self.end_type, DispatchContractsNonJobAppointmentRepeatEndTypeInt32
        ):
            end_type = self.end_type.value
        else:
            end_type = self.end_type

        frequency: int | None | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        elif isinstance(
            self.frequency, DispatchContractsNonJobAppointmentRepeatFrequencyInt32
        ):
            frequency = self.frequency.value
        else:
            frequency = self.frequency

        interval: int | None | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        else:
            interval = self.interval

        repeat: bool | None | Unset
        if isinstance(self.repeat, Unset):
            repeat = UNSET
        else:
            repeat = self.repeat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "allDay": all_day,
                "clearDispatchBoard": clear_dispatch_board,
                "clearTechnicianView": clear_technician_view,
                "createdById": created_by_id,
                "createdOn": created_on,
                "daysOfWeek": days_of_week,
                "duration": duration,
                "id": id,
                "name": name,
                "removeTechnicianFromCapacityPlanning": remove_technician_from_capacity_planning,
                "showOnTechnicianSchedule": show_on_technician_schedule,
                "start": start,
                "summary": summary,
                "technicianId": technician_id,
                "timesheetCodeId": timesheet_code_id,
            }
        )
        if count_occurrences is not UNSET:
            field_dict["countOccurrences"] = count_occurrences
        if end_on is not UNSET:
            field_dict["endOn"] = end_on
        if end_type is not UNSET:
            field_dict["endType"] = end_type
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if interval is not UNSET:
            field_dict["interval"] = interval
        if repeat is not UNSET:
            field_dict["repeat"] = repeat

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        all_day = d.pop("allDay")

        clear_dispatch_board = d.pop("clearDispatchBoard")

        clear_technician_view = d.pop("clearTechnicianView")

        created_by_id = d.pop("createdById")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        days_of_week = d.pop("daysOfWeek")

        duration = d.pop("duration")

        id = d.pop("id")

        name = d.pop("name")

        remove_technician_from_capacity_planning = d.pop(
            "removeTechnicianFromCapacityPlanning"
        )

        show_on_technician_schedule = d.pop("showOnTechnicianSchedule")

        start = datetime.datetime.fromisoformat(d.pop("start"))

        summary = d.pop("summary")

        technician_id = d.pop("technicianId")

        timesheet_code_id = d.pop("timesheetCodeId")

        count_occurrences = d.pop("countOccurrences", UNSET)

        end_on = d.pop("endOn", UNSET)
        if end_on is not None and not isinstance(end_on, Unset):
            if not isinstance(end_on, str):
                raise TypeError()
            end_on_type_0 = datetime.datetime.fromisoformat(end_on)

            end_on = end_on_type_0

        end_type = d.pop("endType", UNSET)
        if end_type is not None and not isinstance(end_type, Unset):
            if not isinstance(end_type, int):
                raise TypeError()
            end_type_type_0 = DispatchContractsNonJobAppointmentRepeatEndTypeInt32(
                end_type
            )

            end_type = end_type_type_0

        frequency = d.pop("frequency", UNSET)
        if frequency is not None and not isinstance(frequency, Unset):
            if not isinstance(frequency, int):
                raise TypeError()
            frequency_type_0 = DispatchContractsNonJobAppointmentRepeatFrequencyInt32(
                frequency
            )

            frequency = frequency_type_0

        interval = d.pop("interval", UNSET)

        repeat = d.pop("repeat", UNSET)

        dispatch_contracts_non_job_appointment_create_non_job_appointment_result = cls(
            active,
            all_day,
            clear_dispatch_board,
            clear_technician_view,
            created_by_id,
            created_on,
            days_of_week,
            duration,
            id,
            name,
            remove_technician_from_capacity_planning,
            show_on_technician_schedule,
            start,
            summary,
            technician_id,
            timesheet_code_id,
            count_occurrences,
            end_on,
            end_type,
            frequency,
            interval,
            repeat,
        )

        dispatch_contracts_non_job_appointment_create_non_job_appointment_result.additional_properties = dict(
            d
        )
        return dispatch_contracts_non_job_appointment_create_non_job_appointment_result

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
