from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModuleTelecomSharedCallReasonModel")


@_attrs_define
class ModuleTelecomSharedCallReasonModel:
    """
    Attributes:
        active (bool):
        id (int):
        lead (bool):
        name (str):
    """

    active: bool
    id: int
    lead: bool
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "id",
        "lead",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        id = self.id

        lead = self.lead

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "id": id,
                "lead": lead,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        id = d.pop("id")

        lead = d.pop("lead")

        name = d.pop("name")

        module_telecom_shared_call_reason_model = cls(
            active,
            id,
            lead,
            name,
        )

        module_telecom_shared_call_reason_model.additional_properties = dict(d)
        return module_telecom_shared_call_reason_model

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
