from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2SalesTaxResponse")


@_attrs_define
class AccountingV2SalesTaxResponse:
    """
    Attributes:
        id (int):
        tax_rate (float):
        name (None | str | Unset):
    """

    id: int
    tax_rate: float
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tax_rate = self.tax_rate

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "taxRate": tax_rate,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        tax_rate = d.pop("taxRate")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        accounting_v2_sales_tax_response = cls(
            id=id,
            tax_rate=tax_rate,
            name=name,
        )

        return accounting_v2_sales_tax_response
