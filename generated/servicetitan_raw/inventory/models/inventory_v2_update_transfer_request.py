from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_external_data_update_request import (
        InventoryV2ExternalDataUpdateRequest,
    )


T = TypeVar("T", bound="InventoryV2UpdateTransferRequest")


@_attrs_define
class InventoryV2UpdateTransferRequest:
    """
    Attributes:
        external_data (InventoryV2ExternalDataUpdateRequest | Unset):
    """

    external_data: InventoryV2ExternalDataUpdateRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("externalData",)

    def to_dict(self) -> dict[str, Any]:
        external_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_data, Unset):
            external_data = self.external_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_data is not UNSET:
            field_dict["externalData"] = external_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        external_data = d.pop("externalData", UNSET)
        if not isinstance(external_data, Unset):
            external_data = _models.InventoryV2ExternalDataUpdateRequest.from_dict(
                external_data
            )

        inventory_v2_update_transfer_request = cls(
            external_data,
        )

        inventory_v2_update_transfer_request.additional_properties = dict(d)
        return inventory_v2_update_transfer_request

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
