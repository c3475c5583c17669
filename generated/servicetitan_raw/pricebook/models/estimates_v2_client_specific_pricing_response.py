from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.estimates_v2_client_specific_pricing_exception_response import (
        EstimatesV2ClientSpecificPricingExceptionResponse,
    )


T = TypeVar("T", bound="EstimatesV2ClientSpecificPricingResponse")


@_attrs_define
class EstimatesV2ClientSpecificPricingResponse:
    """
    Attributes:
        exceptions (list[EstimatesV2ClientSpecificPricingExceptionResponse]):
        id (int):
    """

    exceptions: list[EstimatesV2ClientSpecificPricingExceptionResponse]
    id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "exceptions",
        "id",
    )

    def to_dict(self) -> dict[str, Any]:
        exceptions = []
        for exceptions_item_data in self.exceptions:
            exceptions_item = exceptions_item_data.to_dict()
            exceptions.append(exceptions_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exceptions": exceptions,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exceptions = [
            _models.EstimatesV2ClientSpecificPricingExceptionResponse.from_dict(
                exceptions_item_data
            )
            for exceptions_item_data in d.pop("exceptions")
        ]

        id = d.pop("id")

        estimates_v2_client_specific_pricing_response = cls(
            exceptions,
            id,
        )

        estimates_v2_client_specific_pricing_response.additional_properties = dict(d)
        return estimates_v2_client_specific_pricing_response

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
