from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricebook_v2_sku_asset_type import PricebookV2SkuAssetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricebookV2SkuAssetRequest")


@_attrs_define
class PricebookV2SkuAssetRequest:
    """
    Attributes:
        type_ (PricebookV2SkuAssetType):
        url (str):
        alias (None | str | Unset):
        is_default (bool | None | Unset):
    """

    type_: PricebookV2SkuAssetType
    url: str
    alias: None | str | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "type",
        "url",
        "alias",
        "isDefault",
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        url = self.url

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = PricebookV2SkuAssetType(d.pop("type"))

        url = d.pop("url")

        alias = d.pop("alias", UNSET)

        is_default = d.pop("isDefault", UNSET)

        pricebook_v2_sku_asset_request = cls(
            type_,
            url,
            alias,
            is_default,
        )

        pricebook_v2_sku_asset_request.additional_properties = dict(d)
        return pricebook_v2_sku_asset_request

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
