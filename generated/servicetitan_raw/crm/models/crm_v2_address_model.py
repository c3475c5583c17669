from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2AddressModel")


@_attrs_define
class CrmV2AddressModel:
    """
    Attributes:
        city (str): Booking address city
        country (str): Booking address country
        state (str): Booking address state
        street (str): Booking address street
        zip_ (str): Booking address zip code
        unit (None | str | Unset): Booking address unit
    """

    city: str
    country: str
    state: str
    street: str
    zip_: str
    unit: None | str | Unset = UNSET

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

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        crm_v2_address_model = cls(
            city=city,
            country=country,
            state=state,
            street=street,
            zip_=zip_,
            unit=unit,
        )

        return crm_v2_address_model
