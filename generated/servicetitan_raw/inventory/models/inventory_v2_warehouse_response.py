from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_address_response import InventoryV2AddressResponse
    from ..models.inventory_v2_external_data_model import InventoryV2ExternalDataModel


T = TypeVar("T", bound="InventoryV2WarehouseResponse")


@_attrs_define
class InventoryV2WarehouseResponse:
    """
    Attributes:
        active (bool):
        address (InventoryV2AddressResponse):
        created_on (datetime.datetime):
        external_data (list[InventoryV2ExternalDataModel]):
        id (int):
        modified_on (datetime.datetime):
        name (str):
        inventory_template_id (int | None | Unset):
    """

    active: bool
    address: InventoryV2AddressResponse
    created_on: datetime.datetime
    external_data: list[InventoryV2ExternalDataModel]
    id: int
    modified_on: datetime.datetime
    name: str
    inventory_template_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "address",
        "createdOn",
        "externalData",
        "id",
        "modifiedOn",
        "name",
        "inventoryTemplateId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address = self.address.to_dict()

        created_on = self.created_on.isoformat()

        external_data = []
        for external_data_item_data in self.external_data:
            external_data_item = external_data_item_data.to_dict()
            external_data.append(external_data_item)

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        inventory_template_id: int | None | Unset
        if isinstance(self.inventory_template_id, Unset):
            inventory_template_id = UNSET
        else:
            inventory_template_id = self.inventory_template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "address": address,
                "createdOn": created_on,
                "externalData": external_data,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
            }
        )
        if inventory_template_id is not UNSET:
            field_dict["inventoryTemplateId"] = inventory_template_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        address = _models.InventoryV2AddressResponse.from_dict(d.pop("address"))

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        external_data = [
            _models.InventoryV2ExternalDataModel.from_dict(external_data_item_data)
            for external_data_item_data in d.pop("externalData")
        ]

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        inventory_template_id = d.pop("inventoryTemplateId", UNSET)

        inventory_v2_warehouse_response = cls(
            active,
            address,
            created_on,
            external_data,
            id,
            modified_on,
            name,
            inventory_template_id,
        )

        inventory_v2_warehouse_response.additional_properties = dict(d)
        return inventory_v2_warehouse_response

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
