from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayrollV2TimesheetsJobTimesheetResponse")


@_attrs_define
class PayrollV2TimesheetsJobTimesheetResponse:
    """
    Attributes:
        active (bool):
        appointment_id (int):
        created_on (datetime.datetime):
        id (int):
        job_id (int):
        modified_on (datetime.datetime):
        technician_id (int):
        arrived_on (datetime.datetime | None | Unset):
        canceled_on (datetime.datetime | None | Unset):
        dispatched_on (datetime.datetime | None | Unset):
        done_on (datetime.datetime | None | Unset):
    """

    active: bool
    appointment_id: int
    created_on: datetime.datetime
    id: int
    job_id: int
    modified_on: datetime.datetime
    technician_id: int
    arrived_on: datetime.datetime | None | Unset = UNSET
    canceled_on: datetime.datetime | None | Unset = UNSET
    dispatched_on: datetime.datetime | None | Unset = UNSET
    done_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "appointmentId",
        "createdOn",
        "id",
        "jobId",
        "modifiedOn",
        "technicianId",
        "arrivedOn",
        "canceledOn",
        "dispatchedOn",
        "doneOn",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        appointment_id = self.appointment_id

        created_on = self.created_on.isoformat()

        id = self.id

        job_id = self.job_id

        modified_on = self.modified_on.isoformat()

        technician_id = self.technician_id

        arrived_on: None | str | Unset
        if isinstance(self.arrived_on, Unset):
            arrived_on = UNSET
        elif isinstance(self.arrived_on, datetime.datetime):
            arrived_on = self.arrived_on.isoformat()
        else:
            arrived_on = self.arrived_on

        canceled_on: None | str | Unset
        if isinstance(self.canceled_on, Unset):
            canceled_on = UNSET
        elif isinstance(self.canceled_on, datetime.datetime):
            canceled_on = self.canceled_on.isoformat()
        else:
            canceled_on = self.canceled_on

        dispatched_on: None | str | Unset
        if isinstance(self.dispatched_on, Unset):
            dispatched_on = UNSET
        elif isinstance(self.dispatched_on, datetime.datetime):
            dispatched_on = self.dispatched_on.isoformat()
        else:
            dispatched_on = self.dispatched_on

        done_on: None | str | Unset
        if isinstance(self.done_on, Unset):
            done_on = UNSET
        elif isinstance(self.done_on, datetime.datetime):
            done_on = self.done_on.isoformat()
        else:
            done_on = self.done_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "appointmentId": appointment_id,
                "createdOn": created_on,
                "id": id,
                "jobId": job_id,
                "modifiedOn": modified_on,
                "technicianId": technician_id,
            }
        )
        if arrived_on is not UNSET:
            field_dict["arrivedOn"] = arrived_on
        if canceled_on is not UNSET:
            field_dict["canceledOn"] = canceled_on
        if dispatched_on is not UNSET:
            field_dict["dispatchedOn"] = dispatched_on
        if done_on is not UNSET:
            field_dict["doneOn"] = done_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        appointment_id = d.pop("appointmentId")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        job_id = d.pop("jobId")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        technician_id = d.pop("technicianId")

        arrived_on = d.pop("arrivedOn", UNSET)
        if arrived_on is not None and not isinstance(arrived_on, Unset):
            if not isinstance(arrived_on, str):
                raise TypeError()
            arrived_on_type_0 = datetime.datetime.fromisoformat(arrived_on)

            arrived_on = arrived_on_type_0

        canceled_on = d.pop("canceledOn", UNSET)
        if canceled_on is not None and not isinstance(canceled_on, Unset):
            if not isinstance(canceled_on, str):
                raise TypeError()
            canceled_on_type_0 = datetime.datetime.fromisoformat(canceled_on)

            canceled_on = canceled_on_type_0

        dispatched_on = d.pop("dispatchedOn", UNSET)
        if dispatched_on is not None and not isinstance(dispatched_on, Unset):
            if not isinstance(dispatched_on, str):
                raise TypeError()
            dispatched_on_type_0 = datetime.datetime.fromisoformat(dispatched_on)

            dispatched_on = dispatched_on_type_0

        done_on = d.pop("doneOn", UNSET)
        if done_on is not None and not isinstance(done_on, Unset):
            if not isinstance(done_on, str):
                raise TypeError()
            done_on_type_0 = datetime.datetime.fromisoformat(done_on)

            done_on = done_on_type_0

        payroll_v2_timesheets_job_timesheet_response = cls(
            active,
            appointment_id,
            created_on,
            id,
            job_id,
            modified_on,
            technician_id,
            arrived_on,
            canceled_on,
            dispatched_on,
            done_on,
        )

        payroll_v2_timesheets_job_timesheet_response.additional_properties = dict(d)
        return payroll_v2_timesheets_job_timesheet_response

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
