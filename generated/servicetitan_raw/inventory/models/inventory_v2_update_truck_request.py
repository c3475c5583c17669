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


T = TypeVar("T", bound="InventoryV2UpdateTruckRequest")


@_attrs_define
class InventoryV2UpdateTruckRequest:
    """
    Attributes:
        active (bool | Unset):
        external_data (InventoryV2ExternalDataUpdateRequest | Unset):
        memo (str | Unset):
        name (str | Unset):
        technician_ids (list[int] | Unset):
        template_id (int | None | Unset):
        warehouse_id (int | Unset):
    """

    active: bool | Unset = UNSET
    external_data: InventoryV2ExternalDataUpdateRequest | Unset = UNSET
    memo: str | Unset = UNSET
    name: str | Unset = UNSET
    technician_ids: list[int] | Unset = UNSET
    template_id: int | None | Unset = UNSET
    warehouse_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "externalData",
        "memo",
        "name",
        "technicianIds",
        "templateId",
        "warehouseId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        external_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_data, Unset):
            external_data = self.external_data.to_dict()

        memo = self.memo

        name = self.name

        technician_ids: list[int] | Unset = UNSET
        if not isinstance(self.technician_ids, Unset):
            technician_ids = self.technician_ids

        template_id: int | None | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        warehouse_id = self.warehouse_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if memo is not UNSET:
            field_dict["memo"] = memo
        if name is not UNSET:
            field_dict["name"] = name
        if technician_ids is not UNSET:
            field_dict["technicianIds"] = technician_ids
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if warehouse_id is not UNSET:
            field_dict["warehouseId"] = warehouse_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        external_data = d.pop("externalData", UNSET)
        if not isinstance(external_data, Unset):
            external_data = _models.InventoryV2ExternalDataUpdateRequest.from_dict(
                external_data
            )

        memo = d.pop("memo", UNSET)

        name = d.pop("name", UNSET)

        technician_ids = d.pop("technicianIds", UNSET)

        template_id = d.pop("templateId", UNSET)

        warehouse_id = d.pop("warehouseId", UNSET)

        inventory_v2_update_truck_request = cls(
            active,
            external_data,
            memo,
            name,
            technician_ids,
            template_id,
            warehouse_id,
        )

        inventory_v2_update_truck_request.additional_properties = dict(d)
        return inventory_v2_update_truck_request

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
