from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PricebookV2MaterialsMarkupRequest")


@_attrs_define
class PricebookV2MaterialsMarkupRequest:
    """
    Attributes:
        from_ (float):
        id (int):
        percent (float):
        to (float):
    """

    from_: float
    id: int
    percent: float
    to: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "from",
        "id",
        "percent",
        "to",
    )

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        id = self.id

        percent = self.percent

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "id": id,
                "percent": percent,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_ = d.pop("from")

        id = d.pop("id")

        percent = d.pop("percent")

        to = d.pop("to")

        pricebook_v2_materials_markup_request = cls(
            from_,
            id,
            percent,
            to,
        )

        pricebook_v2_materials_markup_request.additional_properties = dict(d)
        return pricebook_v2_materials_markup_request

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
