from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.pricing_rate_sheets_services_markup_type import (
    PricingRateSheetsServicesMarkupType,
)

T = TypeVar("T", bound="EstimatesV2UpdateClientSpecificPricingExceptionResponse")


@_attrs_define
class EstimatesV2UpdateClientSpecificPricingExceptionResponse:
    """
    Attributes:
        sku_id (int):
        value (float):
        value_type (PricingRateSheetsServicesMarkupType): Equipment and Material markup type for rateSheets
    """

    sku_id: int
    value: float
    value_type: PricingRateSheetsServicesMarkupType

    def to_dict(self) -> dict[str, Any]:
        sku_id = self.sku_id

        value = self.value

        value_type = self.value_type.value

        field_dict: dict[str, Any] = {}

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

        estimates_v2_update_client_specific_pricing_exception_response = cls(
            sku_id=sku_id,
            value=value,
            value_type=value_type,
        )

        return estimates_v2_update_client_specific_pricing_exception_response
