from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_unit_of_measure_model import InventoryUnitOfMeasureModel


T = TypeVar("T", bound="InventoryV2InventoryTemplateItemResponse")


@_attrs_define
class InventoryV2InventoryTemplateItemResponse:
    """
    Attributes:
        code (str):
        id (int):
        is_consignment (bool):
        max_quantity (float):
        min_quantity (float):
        name (str):
        sku_id (int):
        sku_type (str):
        description (None | str | Unset):
        memo (None | str | Unset):
        unit_of_measure (InventoryUnitOfMeasureModel | None | Unset):
    """

    code: str
    id: int
    is_consignment: bool
    max_quantity: float
    min_quantity: float
    name: str
    sku_id: int
    sku_type: str
    description: None | str | Unset = UNSET
    memo: None | str | Unset = UNSET
    unit_of_measure: InventoryUnitOfMeasureModel | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "code",
        "id",
        "isConsignment",
        "maxQuantity",
        "minQuantity",
        "name",
        "skuId",
        "skuType",
        "description",
        "memo",
        "unitOfMeasure",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.inventory_unit_of_measure_model import InventoryUnitOfMeasureModel

        code = self.code

        id = self.id

        is_consignment = self.is_consignment

        max_quantity = self.max_quantity

        min_quantity = self.min_quantity

        name = self.name

        sku_id = self.sku_id

        sku_type = self.sku_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        unit_of_measure: dict[str, Any] | None | Unset
        if isinstance(self.unit_of_measure, Unset):
            unit_of_measure = UNSET
        elif isinstance(self.unit_of_measure, InventoryUnitOfMeasureModel):
            unit_of_measure = self.unit_of_measure.to_dict()
        else:
            unit_of_measure = self.unit_of_measure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "id": id,
                "isConsignment": is_consignment,
                "maxQuantity": max_quantity,
                "minQuantity": min_quantity,
                "name": name,
                "skuId": sku_id,
                "skuType": sku_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if memo is not UNSET:
            field_dict["memo"] = memo
        if unit_of_measure is not UNSET:
            field_dict["unitOfMeasure"] = unit_of_measure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        id = d.pop("id")

        is_consignment = d.pop("isConsignment")

        max_quantity = d.pop("maxQuantity")

        min_quantity = d.pop("minQuantity")

        name = d.pop("name")

        sku_id = d.pop("skuId")

        sku_type = d.pop("skuType")

        description = d.pop("description", UNSET)

        memo = d.pop("memo", UNSET)

        unit_of_measure = d.pop("unitOfMeasure", UNSET)
        if unit_of_measure is not None and not isinstance(unit_of_measure, Unset):
            if not isinstance(unit_of_measure, dict):
                raise TypeError()
            unit_of_measure_type_0 = _models.InventoryUnitOfMeasureModel.from_dict(
                unit_of_measure
            )

            unit_of_measure = unit_of_measure_type_0

        inventory_v2_inventory_template_item_response = cls(
            code,
            id,
            is_consignment,
            max_quantity,
            min_quantity,
            name,
            sku_id,
            sku_type,
            description,
            memo,
            unit_of_measure,
        )

        inventory_v2_inventory_template_item_response.additional_properties = dict(d)
        return inventory_v2_inventory_template_item_response

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
