from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ModuleTelecomSharedReasonInModel")


@_attrs_define
class ModuleTelecomSharedReasonInModel:
    """
    Attributes:
        lead (bool):
        name (str):
    """

    lead: bool
    name: str

    def to_dict(self) -> dict[str, Any]:
        lead = self.lead

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lead": lead,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lead = d.pop("lead")

        name = d.pop("name")

        module_telecom_shared_reason_in_model = cls(
            lead=lead,
            name=name,
        )

        return module_telecom_shared_reason_in_model
