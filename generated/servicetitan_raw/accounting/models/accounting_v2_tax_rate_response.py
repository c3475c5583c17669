from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounting_v2_tax_base_type_names import AccountingV2TaxBaseTypeNames
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2TaxRateResponse")


@_attrs_define
class AccountingV2TaxRateResponse:
    """
    Attributes:
        tax_base_type (list[AccountingV2TaxBaseTypeNames]):
        tax_rate (float):
        id (int | None | Unset):
        sales_tax_item (None | str | Unset):
        tax_name (None | str | Unset):
    """

    tax_base_type: list[AccountingV2TaxBaseTypeNames]
    tax_rate: float
    id: int | None | Unset = UNSET
    sales_tax_item: None | str | Unset = UNSET
    tax_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "taxBaseType",
        "taxRate",
        "id",
        "salesTaxItem",
        "taxName",
    )

    def to_dict(self) -> dict[str, Any]:
        tax_base_type = []
        for tax_base_type_item_data in self.tax_base_type:
            tax_base_type_item = tax_base_type_item_data.value
            tax_base_type.append(tax_base_type_item)

        tax_rate = self.tax_rate

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        sales_tax_item: None | str | Unset
        if isinstance(self.sales_tax_item, Unset):
            sales_tax_item = UNSET
        else:
            sales_tax_item = self.sales_tax_item

        tax_name: None | str | Unset
        if isinstance(self.tax_name, Unset):
            tax_name = UNSET
        else:
            tax_name = self.tax_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taxBaseType": tax_base_type,
                "taxRate": tax_rate,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if sales_tax_item is not UNSET:
            field_dict["salesTaxItem"] = sales_tax_item
        if tax_name is not UNSET:
            field_dict["taxName"] = tax_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tax_base_type = [
            AccountingV2TaxBaseTypeNames(tax_base_type_item_data)
            for tax_base_type_item_data in d.pop("taxBaseType")
        ]

        tax_rate = d.pop("taxRate")

        id = d.pop("id", UNSET)

        sales_tax_item = d.pop("salesTaxItem", UNSET)

        tax_name = d.pop("taxName", UNSET)

        accounting_v2_tax_rate_response = cls(
            tax_base_type,
            tax_rate,
            id,
            sales_tax_item,
            tax_name,
        )

        accounting_v2_tax_rate_response.additional_properties = dict(d)
        return accounting_v2_tax_rate_response

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
