from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricebookV2DimensionsResponse")


@_attrs_define
class PricebookV2DimensionsResponse:
    """
    Attributes:
        depth (float | None | Unset):
        height (float | None | Unset):
        width (float | None | Unset):
    """

    depth: float | None | Unset = UNSET
    height: float | None | Unset = UNSET
    width: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "depth",
        "height",
        "width",
    )

    def to_dict(self) -> dict[str, Any]:
        depth: float | None | Unset
        if isinstance(self.depth, Unset):
            depth = UNSET
        else:
            depth = self.depth

        height: float | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        width: float | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if depth is not UNSET:
            field_dict["depth"] = depth
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        depth = d.pop("depth", UNSET)

        height = d.pop("height", UNSET)

        width = d.pop("width", UNSET)

        pricebook_v2_dimensions_response = cls(
            depth,
            height,
            width,
        )

        pricebook_v2_dimensions_response.additional_properties = dict(d)
        return pricebook_v2_dimensions_response

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
