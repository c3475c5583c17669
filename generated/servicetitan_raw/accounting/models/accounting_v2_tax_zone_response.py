from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_tax_rate_response import AccountingV2TaxRateResponse


T = TypeVar("T", bound="AccountingV2TaxZoneResponse")


@_attrs_define
class AccountingV2TaxZoneResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        id (int):
        is_multiple_tax_zone (bool):
        is_tax_rate_separated (bool):
        modified_on (datetime.datetime):
        rates (list[AccountingV2TaxRateResponse]):
        color (int | None | Unset):
        name (None | str | Unset):
    """

    active: bool
    created_on: datetime.datetime
    id: int
    is_multiple_tax_zone: bool
    is_tax_rate_separated: bool
    modified_on: datetime.datetime
    rates: list[AccountingV2TaxRateResponse]
    color: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "id",
        "isMultipleTaxZone",
        "isTaxRateSeparated",
        "modifiedOn",
        "rates",
        "color",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        id = self.id

        is_multiple_tax_zone = self.is_multiple_tax_zone

        is_tax_rate_separated = self.is_tax_rate_separated

        modified_on = self.modified_on.isoformat()

        rates = []
        for rates_item_data in self.rates:
            rates_item = rates_item_data.to_dict()
            rates.append(rates_item)

        color: int | None | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "id": id,
                "isMultipleTaxZone": is_multiple_tax_zone,
                "isTaxRateSeparated": is_tax_rate_separated,
                "modifiedOn": modified_on,
                "rates": rates,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        is_multiple_tax_zone = d.pop("isMultipleTaxZone")

        is_tax_rate_separated = d.pop("isTaxRateSeparated")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        rates = [
            _models.AccountingV2TaxRateResponse.from_dict(rates_item_data)
            for rates_item_data in d.pop("rates")
        ]

        color = d.pop("color", UNSET)

        name = d.pop("name", UNSET)

        accounting_v2_tax_zone_response = cls(
            active,
            created_on,
            id,
            is_multiple_tax_zone,
            is_tax_rate_separated,
            modified_on,
            rates,
            color,
            name,
        )

        accounting_v2_tax_zone_response.additional_properties = dict(d)
        return accounting_v2_tax_zone_response

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
