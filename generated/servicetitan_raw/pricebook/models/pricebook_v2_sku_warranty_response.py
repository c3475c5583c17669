from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricebookV2SkuWarrantyResponse")


@_attrs_define
class PricebookV2SkuWarrantyResponse:
    """
    Attributes:
        duration (int): Warranty duration
        description (None | str | Unset): Description of the warranty included in this SKU
    """

    duration: int
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "duration": duration,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = d.pop("duration")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        pricebook_v2_sku_warranty_response = cls(
            duration=duration,
            description=description,
        )

        return pricebook_v2_sku_warranty_response
