from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModuleTelecomSharedCallAgentModel")


@_attrs_define
class ModuleTelecomSharedCallAgentModel:
    """
    Attributes:
        id (int):
        name (str):
        external_id (int | None | Unset):
    """

    id: int
    name: str
    external_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "name",
        "externalId",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        external_id: int | None | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        external_id = d.pop("externalId", UNSET)

        module_telecom_shared_call_agent_model = cls(
            id,
            name,
            external_id,
        )

        module_telecom_shared_call_agent_model.additional_properties = dict(d)
        return module_telecom_shared_call_agent_model

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
