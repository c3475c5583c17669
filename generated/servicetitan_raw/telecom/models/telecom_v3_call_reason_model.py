from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TelecomV3CallReasonModel")


@_attrs_define
class TelecomV3CallReasonModel:
    """
    Attributes:
        active (bool):
        id (int): The ID of the entity
        lead (bool):
        name (str): The name of the entity
    """

    active: bool
    id: int
    lead: bool
    name: str

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        id = self.id

        lead = self.lead

        name = self.name

        field_dict: dict[str, Any] = {}

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

        telecom_v3_call_reason_model = cls(
            active=active,
            id=id,
            lead=lead,
            name=name,
        )

        return telecom_v3_call_reason_model
