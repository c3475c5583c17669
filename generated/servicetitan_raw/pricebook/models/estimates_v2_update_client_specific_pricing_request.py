from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.estimates_v2_client_specific_pricing_exception_request import (
        EstimatesV2ClientSpecificPricingExceptionRequest,
    )


T = TypeVar("T", bound="EstimatesV2UpdateClientSpecificPricingRequest")


@_attrs_define
class EstimatesV2UpdateClientSpecificPricingRequest:
    """
    Attributes:
        exceptions (list[EstimatesV2ClientSpecificPricingExceptionRequest] | None | Unset):
    """

    exceptions: (
        list[EstimatesV2ClientSpecificPricingExceptionRequest] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("exceptions",)

    def to_dict(self) -> dict[str, Any]:
        exceptions: list[dict[str, Any]] | None | Unset
        if isinstance(self.exceptions, Unset):
            exceptions = UNSET
        elif isinstance(self.exceptions, list):
            exceptions = []
            for exceptions_type_0_item_data in self.exceptions:
                exceptions_type_0_item = exceptions_type_0_item_data.to_dict()
                exceptions.append(exceptions_type_0_item)

        else:
            exceptions = self.exceptions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exceptions is not UNSET:
            field_dict["exceptions"] = exceptions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exceptions = d.pop("exceptions", UNSET)
        if exceptions is not None and not isinstance(exceptions, Unset):
            if not isinstance(exceptions, list):
                raise TypeError()
            exceptions_type_0 = [
                _models.EstimatesV2ClientSpecificPricingExceptionRequest.from_dict(
                    exceptions_type_0_item_data
                )
                for exceptions_type_0_item_data in exceptions
            ]

            exceptions = exceptions_type_0

        estimates_v2_update_client_specific_pricing_request = cls(
            exceptions,
        )

        estimates_v2_update_client_specific_pricing_request.additional_properties = (
            dict(d)
        )
        return estimates_v2_update_client_specific_pricing_request

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
