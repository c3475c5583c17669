from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.crm_v2_contact_type import CrmV2ContactType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_v2_customers_contact_preferences_response import (
        CrmV2CustomersContactPreferencesResponse,
    )
    from ..models.crm_v2_customers_phone_settings import CrmV2CustomersPhoneSettings


T = TypeVar("T", bound="CrmV2CustomersCustomerContactWithModifiedOnResponse")


@_attrs_define
class CrmV2CustomersCustomerContactWithModifiedOnResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        id (int):
        modified_on (datetime.datetime):
        phone_settings (CrmV2CustomersPhoneSettings):
        type_ (CrmV2ContactType):
        value (str):
        memo (None | str | Unset):
        preferences (CrmV2CustomersContactPreferencesResponse | None | Unset):
    """

    created_on: datetime.datetime
    id: int
    modified_on: datetime.datetime
    phone_settings: CrmV2CustomersPhoneSettings
    type_: CrmV2ContactType
    value: str
    memo: None | str | Unset = UNSET
    preferences: CrmV2CustomersContactPreferencesResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "id",
        "modifiedOn",
        "phoneSettings",
        "type",
        "value",
        "memo",
        "preferences",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.crm_v2_customers_contact_preferences_response import (
            CrmV2CustomersContactPreferencesResponse,
        )

        created_on = self.created_on.isoformat()

        id = self.id

        modified_on = self.modified_on.isoformat()

        phone_settings = self.phone_settings.to_dict()

        type_ = self.type_.value

        value = self.value

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        preferences: dict[str, Any] | None | Unset
        if isinstance(self.preferences, Unset):
            preferences = UNSET
        elif isinstance(self.preferences, CrmV2CustomersContactPreferencesResponse):
            preferences = self.preferences.to_dict()
        else:
            preferences = self.preferences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "id": id,
                "modifiedOn": modified_on,
                "phoneSettings": phone_settings,
                "type": type_,
                "value": value,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo
        if preferences is not UNSET:
            field_dict["preferences"] = preferences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        phone_settings = _models.CrmV2CustomersPhoneSettings.from_dict(
            d.pop("phoneSettings")
        )

        type_ = CrmV2ContactType(d.pop("type"))

        value = d.pop("value")

        memo = d.pop("memo", UNSET)

        preferences = d.pop("preferences", UNSET)
        if preferences is not None and not isinstance(preferences, Unset):
            if not isinstance(preferences, dict):
                raise TypeError()
            preferences_type_0 = (
                _models.CrmV2CustomersContactPreferencesResponse.from_dict(preferences)
            )

            preferences = preferences_type_0

        crm_v2_customers_customer_contact_with_modified_on_response = cls(
            created_on,
            id,
            modified_on,
            phone_settings,
            type_,
            value,
            memo,
            preferences,
        )

        crm_v2_customers_customer_contact_with_modified_on_response.additional_properties = dict(
            d
        )
        return crm_v2_customers_customer_contact_with_modified_on_response

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
