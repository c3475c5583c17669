from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduling_pro_v2_scheduler_mode import SchedulingProV2SchedulerMode

T = TypeVar("T", bound="SchedulingProV2SchedulerResponse")


@_attrs_define
class SchedulingProV2SchedulerResponse:
    """
    Attributes:
        company_name (str):
        created_on (datetime.datetime):
        data_api_key (str):
        id (str):
        is_default (bool):
        mode (SchedulingProV2SchedulerMode):
        modified_on (datetime.datetime):
        name (str):
        quick_launch_link (str):
        scheduler_status (str):
    """

    company_name: str
    created_on: datetime.datetime
    data_api_key: str
    id: str
    is_default: bool
    mode: SchedulingProV2SchedulerMode
    modified_on: datetime.datetime
    name: str
    quick_launch_link: str
    scheduler_status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "companyName",
        "createdOn",
        "dataApiKey",
        "id",
        "isDefault",
        "mode",
        "modifiedOn",
        "name",
        "quickLaunchLink",
        "schedulerStatus",
    )

    def to_dict(self) -> dict[str, Any]:
        company_name = self.company_name

        created_on = self.created_on.isoformat()

        data_api_key = self.data_api_key

        id = self.id

        is_default = self.is_default

        mode = self.mode.value

        modified_on = self.modified_on.isoformat()

        name = self.name

        quick_launch_link = self.quick_launch_link

        scheduler_status = self.scheduler_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyName": company_name,
                "createdOn": created_on,
                "dataApiKey": data_api_key,
                "id": id,
                "isDefault": is_default,
                "mode": mode,
                "modifiedOn": modified_on,
                "name": name,
                "quickLaunchLink": quick_launch_link,
                "schedulerStatus": scheduler_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_name = d.pop("companyName")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        data_api_key = d.pop("dataApiKey")

        id = d.pop("id")

        is_default = d.pop("isDefault")

        mode = SchedulingProV2SchedulerMode(d.pop("mode"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        quick_launch_link = d.pop("quickLaunchLink")

        scheduler_status = d.pop("schedulerStatus")

        scheduling_pro_v2_scheduler_response = cls(
            company_name,
            created_on,
            data_api_key,
            id,
            is_default,
            mode,
            modified_on,
            name,
            quick_launch_link,
            scheduler_status,
        )

        scheduling_pro_v2_scheduler_response.additional_properties = dict(d)
        return scheduling_pro_v2_scheduler_response

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
