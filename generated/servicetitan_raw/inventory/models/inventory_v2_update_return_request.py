from __future__ import annotations

import datetime
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
    from ..models.inventory_v2_update_return_item_model import (
        InventoryV2UpdateReturnItemModel,
    )


T = TypeVar("T", bound="InventoryV2UpdateReturnRequest")


@_attrs_define
class InventoryV2UpdateReturnRequest:
    """
    Attributes:
        budget_code_id (int | None | Unset):
        business_unit_id (int | Unset):
        external_data (InventoryV2ExternalDataUpdateRequest | Unset):
        inventory_location_id (int | Unset):
        items (list[InventoryV2UpdateReturnItemModel] | Unset):
        memo (str | Unset):
        reference_number (str | Unset):
        restocking_fee (float | None | Unset):
        return_date (datetime.datetime | Unset):
        return_type_id (int | Unset):
        shipping (float | None | Unset):
        tax (float | None | Unset):
    """

    budget_code_id: int | None | Unset = UNSET
    business_unit_id: int | Unset = UNSET
    external_data: InventoryV2ExternalDataUpdateRequest | Unset = UNSET
    inventory_location_id: int | Unset = UNSET
    items: list[InventoryV2UpdateReturnItemModel] | Unset = UNSET
    memo: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    restocking_fee: float | None | Unset = UNSET
    return_date: datetime.datetime | Unset = UNSET
    return_type_id: int | Unset = UNSET
    shipping: float | None | Unset = UNSET
    tax: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "budgetCodeId",
        "businessUnitId",
        "externalData",
        "inventoryLocationId",
        "items",
        "memo",
        "referenceNumber",
        "restockingFee",
        "returnDate",
        "returnTypeId",
        "shipping",
        "tax",
    )

    def to_dict(self) -> dict[str, Any]:
        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        business_unit_id = self.business_unit_id

        external_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_data, Unset):
            external_data = self.external_data.to_dict()

        inventory_location_id = self.inventory_location_id

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        memo = self.memo

        reference_number = self.reference_number

        restocking_fee: float | None | Unset
        if isinstance(self.restocking_fee, Unset):
            restocking_fee = UNSET
        else:
            restocking_fee = self.restocking_fee

        return_date: str | Unset = UNSET
        if not isinstance(self.return_date, Unset):
            return_date = self.return_date.isoformat()

        return_type_id = self.return_type_id

        shipping: float | None | Unset
        if isinstance(self.shipping, Unset):
            shipping = UNSET
        else:
            shipping = self.shipping

        tax: float | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        else:
            tax = self.tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if inventory_location_id is not UNSET:
            field_dict["inventoryLocationId"] = inventory_location_id
        if items is not UNSET:
            field_dict["items"] = items
        if memo is not UNSET:
            field_dict["memo"] = memo
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if restocking_fee is not UNSET:
            field_dict["restockingFee"] = restocking_fee
        if return_date is not UNSET:
            field_dict["returnDate"] = return_date
        if return_type_id is not UNSET:
            field_dict["returnTypeId"] = return_type_id
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if tax is not UNSET:
            field_dict["tax"] = tax

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        budget_code_id = d.pop("budgetCodeId", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        external_data = d.pop("externalData", UNSET)
        if not isinstance(external_data, Unset):
            external_data = _models.InventoryV2ExternalDataUpdateRequest.from_dict(
                external_data
            )

        inventory_location_id = d.pop("inventoryLocationId", UNSET)

        items = d.pop("items", UNSET)
        if items is not UNSET:
            items = [
                _models.InventoryV2UpdateReturnItemModel.from_dict(items_item_data)
                for items_item_data in items
            ]

        memo = d.pop("memo", UNSET)

        reference_number = d.pop("referenceNumber", UNSET)

        restocking_fee = d.pop("restockingFee", UNSET)

        return_date = d.pop("returnDate", UNSET)
        if not isinstance(return_date, Unset):
            return_date = datetime.datetime.fromisoformat(return_date)

        return_type_id = d.pop("returnTypeId", UNSET)

        shipping = d.pop("shipping", UNSET)

        tax = d.pop("tax", UNSET)

        inventory_v2_update_return_request = cls(
            budget_code_id,
            business_unit_id,
            external_data,
            inventory_location_id,
            items,
            memo,
            reference_number,
            restocking_fee,
            return_date,
            return_type_id,
            shipping,
            tax,
        )

        inventory_v2_update_return_request.additional_properties = dict(d)
        return inventory_v2_update_return_request

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
