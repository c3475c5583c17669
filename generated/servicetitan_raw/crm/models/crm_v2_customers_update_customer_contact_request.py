from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.crm_v2_contact_type import CrmV2ContactType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_v2_customers_contact_preferences_request import (
        CrmV2CustomersContactPreferencesRequest,
    )


T = TypeVar("T", bound="CrmV2CustomersUpdateCustomerContactRequest")


@_attrs_define
class CrmV2CustomersUpdateCustomerContactRequest:
    """
    Attributes:
        memo (str | Unset):
        preferences (CrmV2CustomersContactPreferencesRequest | Unset):
        type_ (CrmV2ContactType | Unset):
        value (str | Unset):
    """

    memo: str | Unset = UNSET
    preferences: CrmV2CustomersContactPreferencesRequest | Unset = UNSET
    type_: CrmV2ContactType | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "memo",
        "preferences",
        "type",
        "value",
    )

    def to_dict(self) -> dict[str, Any]:
        memo = self.memo

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if memo is not UNSET:
            field_dict["memo"] = memo
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        memo = d.pop("memo", UNSET)

        preferences = d.pop("preferences", UNSET)
        if not isinstance(preferences, Unset):
            preferences = _models.CrmV2CustomersContactPreferencesRequest.from_dict(
                preferences
            )

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, Unset):
            type_ = CrmV2ContactType(type_)

        value = d.pop("value", UNSET)

        crm_v2_customers_update_customer_contact_request = cls(
            memo,
            preferences,
            type_,
            value,
        )

        crm_v2_customers_update_customer_contact_request.additional_properties = dict(d)
        return crm_v2_customers_update_customer_contact_request

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
