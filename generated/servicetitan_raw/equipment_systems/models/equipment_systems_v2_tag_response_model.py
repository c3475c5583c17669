from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EquipmentSystemsV2TagResponseModel")


@_attrs_define
class EquipmentSystemsV2TagResponseModel:
    """
    Attributes:
        id (int):
        owner_id (int):
        type_id (int):
        code (None | str | Unset):
        color (None | str | Unset):
        memo (None | str | Unset):
        text_color (None | str | Unset):
        type_name (None | str | Unset):
    """

    id: int
    owner_id: int
    type_id: int
    code: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    memo: None | str | Unset = UNSET
    text_color: None | str | Unset = UNSET
    type_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "ownerId",
        "typeId",
        "code",
        "color",
        "memo",
        "textColor",
        "typeName",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        owner_id = self.owner_id

        type_id = self.type_id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        text_color: None | str | Unset
        if isinstance(self.text_color, Unset):
            text_color = UNSET
        else:
            text_color = self.text_color

        type_name: None | str | Unset
        if isinstance(self.type_name, Unset):
            type_name = UNSET
        else:
            type_name = self.type_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ownerId": owner_id,
                "typeId": type_id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if color is not UNSET:
            field_dict["color"] = color
        if memo is not UNSET:
            field_dict["memo"] = memo
        if text_color is not UNSET:
            field_dict["textColor"] = text_color
        if type_name is not UNSET:
            field_dict["typeName"] = type_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        owner_id = d.pop("ownerId")

        type_id = d.pop("typeId")

        code = d.pop("code", UNSET)

        color = d.pop("color", UNSET)

        memo = d.pop("memo", UNSET)

        text_color = d.pop("textColor", UNSET)

        type_name = d.pop("typeName", UNSET)

        equipment_systems_v2_tag_response_model = cls(
            id,
            owner_id,
            type_id,
            code,
            color,
            memo,
            text_color,
            type_name,
        )

        equipment_systems_v2_tag_response_model.additional_properties = dict(d)
        return equipment_systems_v2_tag_response_model

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
