from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2AddressModel")


@_attrs_define
class CrmV2AddressModel:
    """
    Attributes:
        city (str):
        country (str):
        state (str):
        street (str):
        zip_ (str):
        unit (None | str | Unset):
    """

    city: str
    country: str
    state: str
    street: str
    zip_: str
    unit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "city",
        "country",
        "state",
        "street",
        "zip",
        "unit",
    )

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        state = self.state

        street = self.street

        zip_ = self.zip_

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "country": country,
                "state": state,
                "street": street,
                "zip": zip_,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        city = d.pop("city")

        country = d.pop("country")

        state = d.pop("state")

        street = d.pop("street")

        zip_ = d.pop("zip")

        unit = d.pop("unit", UNSET)

        crm_v2_address_model = cls(
            city,
            country,
            state,
            street,
            zip_,
            unit,
        )

        crm_v2_address_model.additional_properties = dict(d)
        return crm_v2_address_model

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
