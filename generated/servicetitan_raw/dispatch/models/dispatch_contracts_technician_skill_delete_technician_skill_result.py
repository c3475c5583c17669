from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DispatchContractsTechnicianSkillDeleteTechnicianSkillResult")


@_attrs_define
class DispatchContractsTechnicianSkillDeleteTechnicianSkillResult:
    """Result of deleting a technician skill association.

    Attributes:
        id (str):
    """

    id: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        dispatch_contracts_technician_skill_delete_technician_skill_result = cls(
            id=id,
        )

        return dispatch_contracts_technician_skill_delete_technician_skill_result
