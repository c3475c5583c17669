from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DispatchV2GetNonJobAppointmentResponse")


@_attrs_define
class DispatchV2GetNonJobAppointmentResponse:
    """
    Attributes:
        active (bool):
        all_day (bool):
        clear_dispatch_board (bool):
        clear_technician_view (bool):
        created_by_id (int):
        created_on (datetime.datetime):
        duration (str):
        id (int):
        name (str):
        remove_technician_from_capacity_planning (bool):
        show_on_technician_schedule (bool):
        start (datetime.datetime):
        summary (None | str):
        technician_id (int):
        timesheet_code_id (int):
    """

    active: bool
    all_day: bool
    clear_dispatch_board: bool
    clear_technician_view: bool
    created_by_id: int
    created_on: datetime.datetime
    duration: str
    id: int
    name: str
    remove_technician_from_capacity_planning: bool
    show_on_technician_schedule: bool
    start: datetime.datetime
    summary: None | str
    technician_id: int
    timesheet_code_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "allDay",
        "clearDispatchBoard",
        "clearTechnicianView",
        "createdById",
        "createdOn",
        "duration",
        "id",
        "name",
        "removeTechnicianFromCapacityPlanning",
        "showOnTechnicianSchedule",
        "start",
        "summary",
        "technicianId",
        "timesheetCodeId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        all_day = self.all_day

        clear_dispatch_board = self.clear_dispatch_board

        clear_technician_view = self.clear_technician_view

        created_by_id = self.created_by_id

        created_on = self.created_on.isoformat()

        duration = self.duration

        id = self.id

        name = self.name

        remove_technician_from_capacity_planning = (
            self.remove_technician_from_capacity_planning
        )

        show_on_technician_schedule = self.show_on_technician_schedule

        start = self.start.isoformat()

        summary: None | str
        summary = self.summary

        technician_id = self.technician_id

        timesheet_code_id = self.timesheet_code_id

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

        dispatch_v2_get_non_job_appointment_response = cls(
            active,
            all_day,
            clear_dispatch_board,
            clear_technician_view,
            created_by_id,
            created_on,
            duration,
            id,
            name,
            remove_technician_from_capacity_planning,
            show_on_technician_schedule,
            start,
            summary,
            technician_id,
            timesheet_code_id,
        )

        dispatch_v2_get_non_job_appointment_response.additional_properties = dict(d)
        return dispatch_v2_get_non_job_appointment_response

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
