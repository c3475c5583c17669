from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModuleAdminSharedBusinessUnitTenantModel")


@_attrs_define
class ModuleAdminSharedBusinessUnitTenantModel:
    """
    Attributes:
        account_code (str):
        concept_code (str):
        franchise_id (str):
        id (int):
        modified_on (datetime.datetime):
        name (str):
        quickbooks_class (str):
    """

    account_code: str
    concept_code: str
    franchise_id: str
    id: int
    modified_on: datetime.datetime
    name: str
    quickbooks_class: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "accountCode",
        "conceptCode",
        "franchiseId",
        "id",
        "modifiedOn",
        "name",
        "quickbooksClass",
    )

    def to_dict(self) -> dict[str, Any]:
        account_code = self.account_code

        concept_code = self.concept_code

        franchise_id = self.franchise_id

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        quickbooks_class = self.quickbooks_class

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountCode": account_code,
                "conceptCode": concept_code,
                "franchiseId": franchise_id,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
                "quickbooksClass": quickbooks_class,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_code = d.pop("accountCode")

        concept_code = d.pop("conceptCode")

        franchise_id = d.pop("franchiseId")

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        quickbooks_class = d.pop("quickbooksClass")

        module_admin_shared_business_unit_tenant_model = cls(
            account_code,
            concept_code,
            franchise_id,
            id,
            modified_on,
            name,
            quickbooks_class,
        )

        module_admin_shared_business_unit_tenant_model.additional_properties = dict(d)
        return module_admin_shared_business_unit_tenant_model

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
