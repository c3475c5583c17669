from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounting_v2_default_account_type import AccountingV2DefaultAccountType
from ..models.accounting_v2_general_ledger_account_source import (
    AccountingV2GeneralLedgerAccountSource,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingV2GlAccountExtendedResponse")


@_attrs_define
class AccountingV2GlAccountExtendedResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        id (int):
        is_intacct_bank_account (bool):
        is_intacct_group (bool):
        modified_on (datetime.datetime):
        source (AccountingV2GeneralLedgerAccountSource):
        default_account_type (AccountingV2DefaultAccountType | None | Unset):
        description (None | str | Unset):
        name (None | str | Unset):
        number (None | str | Unset):
        subtype (None | str | Unset):
        type_ (None | str | Unset):
    """

    active: bool
    created_on: datetime.datetime
    id: int
    is_intacct_bank_account: bool
    is_intacct_group: bool
    modified_on: datetime.datetime
    source: AccountingV2GeneralLedgerAccountSource
    default_account_type: AccountingV2DefaultAccountType | None | Unset = UNSET
    description: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    subtype: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "id",
        "isIntacctBankAccount",
        "isIntacctGroup",
        "modifiedOn",
        "source",
        "defaultAccountType",
        "description",
        "name",
        "number",
        "subtype",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        id = self.id

        is_intacct_bank_account = self.is_intacct_bank_account

        is_intacct_group = self.is_intacct_group

        modified_on = self.modified_on.isoformat()

        source = self.source.value

        default_account_type: None | str | Unset
        if isinstance(self.default_account_type, Unset):
            default_account_type = UNSET
        elif isinstance(self.default_account_type, AccountingV2DefaultAccountType):
            default_account_type = self.default_account_type.value
        else:
            default_account_type = self.default_account_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        subtype: None | str | Unset
        if isinstance(self.subtype, Unset):
            subtype = UNSET
        else:
            subtype = self.subtype

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "id": id,
                "isIntacctBankAccount": is_intacct_bank_account,
                "isIntacctGroup": is_intacct_group,
                "modifiedOn": modified_on,
                "source": source,
            }
        )
        if default_account_type is not UNSET:
            field_dict["defaultAccountType"] = default_account_type
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if subtype is not UNSET:
            field_dict["subtype"] = subtype
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        is_intacct_bank_account = d.pop("isIntacctBankAccount")

        is_intacct_group = d.pop("isIntacctGroup")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        source = AccountingV2GeneralLedgerAccountSource(d.pop("source"))

        default_account_type = d.pop("defaultAccountType", UNSET)
        if default_account_type is not None and not isinstance(
            default_account_type, Unset
        ):
            if not isinstance(default_account_type, str):
                raise TypeError()
            default_account_type_type_0 = AccountingV2DefaultAccountType(
                default_account_type
            )

            default_account_type = default_account_type_type_0

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        subtype = d.pop("subtype", UNSET)

        type_ = d.pop("type", UNSET)

        accounting_v2_gl_account_extended_response = cls(
            active,
            created_on,
            id,
            is_intacct_bank_account,
            is_intacct_group,
            modified_on,
            source,
            default_account_type,
            description,
            name,
            number,
            subtype,
            type_,
        )

        accounting_v2_gl_account_extended_response.additional_properties = dict(d)
        return accounting_v2_gl_account_extended_response

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
