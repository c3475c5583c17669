from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_rate_sheets_services_markup_type import (
    PricingRateSheetsServicesMarkupType,
)

T = TypeVar("T", bound="EstimatesV2ClientSpecificPricingExceptionRequest")


@_attrs_define
class EstimatesV2ClientSpecificPricingExceptionRequest:
    """
    Attributes:
        sku_id (int):
        value (float):
        value_type (PricingRateSheetsServicesMarkupType):
    """

    sku_id: int
    value: float
    value_type: PricingRateSheetsServicesMarkupType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "skuId",
        "value",
        "valueType",
    )

    def to_dict(self) -> dict[str, Any]:
        sku_id = self.sku_id

        value = self.value

        value_type = self.value_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skuId": sku_id,
                "value": value,
                "valueType": value_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sku_id = d.pop("skuId")

        value = d.pop("value")

        value_type = PricingRateSheetsServicesMarkupType(d.pop("valueType"))

        estimates_v2_client_specific_pricing_exception_request = cls(
            sku_id,
            value,
            value_type,
        )

        estimates_v2_client_specific_pricing_exception_request.additional_properties = (
            dict(d)
        )
        return estimates_v2_client_specific_pricing_exception_request

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
