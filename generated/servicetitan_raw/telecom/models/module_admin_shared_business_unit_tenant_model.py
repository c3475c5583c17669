from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        account_code = self.account_code

        concept_code = self.concept_code

        franchise_id = self.franchise_id

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        quickbooks_class = self.quickbooks_class

        field_dict: dict[str, Any] = {}

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
            account_code=account_code,
            concept_code=concept_code,
            franchise_id=franchise_id,
            id=id,
            modified_on=modified_on,
            name=name,
            quickbooks_class=quickbooks_class,
        )

        return module_admin_shared_business_unit_tenant_model
