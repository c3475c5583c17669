from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricebook_v2_sku_asset_type import PricebookV2SkuAssetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricebookV2SkuAssetResponse")


@_attrs_define
class PricebookV2SkuAssetResponse:
    """
    Attributes:
        is_default (bool):
        type_ (PricebookV2SkuAssetType):
        url (str):
        alias (None | str | Unset):
        file_name (None | str | Unset):
    """

    is_default: bool
    type_: PricebookV2SkuAssetType
    url: str
    alias: None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "isDefault",
        "type",
        "url",
        "alias",
        "fileName",
    )

    def to_dict(self) -> dict[str, Any]:
        is_default = self.is_default

        type_ = self.type_.value

        url = self.url

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isDefault": is_default,
                "type": type_,
                "url": url,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if file_name is not UNSET:
            field_dict["fileName"] = file_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_default = d.pop("isDefault")

        type_ = PricebookV2SkuAssetType(d.pop("type"))

        url = d.pop("url")

        alias = d.pop("alias", UNSET)

        file_name = d.pop("fileName", UNSET)

        pricebook_v2_sku_asset_response = cls(
            is_default,
            type_,
            url,
            alias,
            file_name,
        )

        pricebook_v2_sku_asset_response.additional_properties = dict(d)
        return pricebook_v2_sku_asset_response

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
