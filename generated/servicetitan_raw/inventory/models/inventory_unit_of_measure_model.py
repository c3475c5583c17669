from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.pricebook_types_sku_type import PricebookTypesSkuType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_unit_of_measure_vendor_model import (
        InventoryUnitOfMeasureVendorModel,
    )


T = TypeVar("T", bound="InventoryUnitOfMeasureModel")


@_attrs_define
class InventoryUnitOfMeasureModel:
    """
    Attributes:
        id (int):
        is_used_for_purchasing (bool):
        name (str):
        quantity (float):
        sku_code (str):
        sku_id (int):
        sku_type (PricebookTypesSkuType):
        unit_of_measure_base_id (int):
        vendors (list[InventoryUnitOfMeasureVendorModel]):
        new_sku_conversion_batch_id (int | None | Unset):
        old_sku_conversion_batch_id (int | None | Unset):
    """

    id: int
    is_used_for_purchasing: bool
    name: str
    quantity: float
    sku_code: str
    sku_id: int
    sku_type: PricebookTypesSkuType
    unit_of_measure_base_id: int
    vendors: list[InventoryUnitOfMeasureVendorModel]
    new_sku_conversion_batch_id: int | None | Unset = UNSET
    old_sku_conversion_batch_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "isUsedForPurchasing",
        "name",
        "quantity",
        "skuCode",
        "skuId",
        "skuType",
        "unitOfMeasureBaseId",
        "vendors",
        "newSkuConversionBatchId",
        "oldSkuConversionBatchId",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_used_for_purchasing = self.is_used_for_purchasing

        name = self.name

        quantity = self.quantity

        sku_code = self.sku_code

        sku_id = self.sku_id

        sku_type = self.sku_type.value

        unit_of_measure_base_id = self.unit_of_measure_base_id

        vendors = []
        for vendors_item_data in self.vendors:
            vendors_item = vendors_item_data.to_dict()
            vendors.append(vendors_item)

        new_sku_conversion_batch_id: int | None | Unset
        if isinstance(self.new_sku_conversion_batch_id, Unset):
            new_sku_conversion_batch_id = UNSET
        else:
            new_sku_conversion_batch_id = self.new_sku_conversion_batch_id

        old_sku_conversion_batch_id: int | None | Unset
        if isinstance(self.old_sku_conversion_batch_id, Unset):
            old_sku_conversion_batch_id = UNSET
        else:
            old_sku_conversion_batch_id = self.old_sku_conversion_batch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "isUsedForPurchasing": is_used_for_purchasing,
                "name": name,
                "quantity": quantity,
                "skuCode": sku_code,
                "skuId": sku_id,
                "skuType": sku_type,
                "unitOfMeasureBaseId": unit_of_measure_base_id,
                "vendors": vendors,
            }
        )
        if new_sku_conversion_batch_id is not UNSET:
            field_dict["newSkuConversionBatchId"] = new_sku_conversion_batch_id
        if old_sku_conversion_batch_id is not UNSET:
            field_dict["oldSkuConversionBatchId"] = old_sku_conversion_batch_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        is_used_for_purchasing = d.pop("isUsedForPurchasing")

        name = d.pop("name")

        quantity = d.pop("quantity")

        sku_code = d.pop("skuCode")

        sku_id = d.pop("skuId")

        sku_type = PricebookTypesSkuType(d.pop("skuType"))

        unit_of_measure_base_id = d.pop("unitOfMeasureBaseId")

        vendors = [
            _models.InventoryUnitOfMeasureVendorModel.from_dict(vendors_item_data)
            for vendors_item_data in d.pop("vendors")
        ]

        new_sku_conversion_batch_id = d.pop("newSkuConversionBatchId", UNSET)

        old_sku_conversion_batch_id = d.pop("oldSkuConversionBatchId", UNSET)

        inventory_unit_of_measure_model = cls(
            id,
            is_used_for_purchasing,
            name,
            quantity,
            sku_code,
            sku_id,
            sku_type,
            unit_of_measure_base_id,
            vendors,
            new_sku_conversion_batch_id,
            old_sku_conversion_batch_id,
        )

        inventory_unit_of_measure_model.additional_properties = dict(d)
        return inventory_unit_of_measure_model

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
