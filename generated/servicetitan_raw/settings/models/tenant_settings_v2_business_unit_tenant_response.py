from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantSettingsV2BusinessUnitTenantResponse")


@_attrs_define
class TenantSettingsV2BusinessUnitTenantResponse:
    """
    Attributes:
        id (int):
        modified_on (datetime.datetime):
        name (str):
        account_code (None | str | Unset):
        concept_code (None | str | Unset):
        franchise_id (None | str | Unset):
    """

    id: int
    modified_on: datetime.datetime
    name: str
    account_code: None | str | Unset = UNSET
    concept_code: None | str | Unset = UNSET
    franchise_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "modifiedOn",
        "name",
        "accountCode",
        "conceptCode",
        "franchiseId",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        account_code: None | str | Unset
        if isinstance(self.account_code, Unset):
            account_code = UNSET
        else:
            account_code = self.account_code

        concept_code: None | str | Unset
        if isinstance(self.concept_code, Unset):
            concept_code = UNSET
        else:
            concept_code = self.concept_code

        franchise_id: None | str | Unset
        if isinstance(self.franchise_id, Unset):
            franchise_id = UNSET
        else:
            franchise_id = self.franchise_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
            }
        )
        if account_code is not UNSET:
            field_dict["accountCode"] = account_code
        if concept_code is not UNSET:
            field_dict["conceptCode"] = concept_code
        if franchise_id is not UNSET:
            field_dict["franchiseId"] = franchise_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        account_code = d.pop("accountCode", UNSET)

        concept_code = d.pop("conceptCode", UNSET)

        franchise_id = d.pop("franchiseId", UNSET)

        tenant_settings_v2_business_unit_tenant_response = cls(
            id,
            modified_on,
            name,
            account_code,
            concept_code,
            franchise_id,
        )

        tenant_settings_v2_business_unit_tenant_response.additional_properties = dict(d)
        return tenant_settings_v2_business_unit_tenant_response

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
