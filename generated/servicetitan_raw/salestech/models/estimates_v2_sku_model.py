from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EstimatesV2SkuModel")


@_attrs_define
class EstimatesV2SkuModel:
    """
    Attributes:
        display_name (str):
        general_ledger_account_id (int):
        general_ledger_account_name (str):
        id (int):
        modified_on (datetime.datetime):
        name (str):
        sold_hours (float):
        type_ (str):
    """

    display_name: str
    general_ledger_account_id: int
    general_ledger_account_name: str
    id: int
    modified_on: datetime.datetime
    name: str
    sold_hours: float
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "displayName",
        "generalLedgerAccountId",
        "generalLedgerAccountName",
        "id",
        "modifiedOn",
        "name",
        "soldHours",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        general_ledger_account_id = self.general_ledger_account_id

        general_ledger_account_name = self.general_ledger_account_name

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        sold_hours = self.sold_hours

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "generalLedgerAccountId": general_ledger_account_id,
                "generalLedgerAccountName": general_ledger_account_name,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
                "soldHours": sold_hours,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name = d.pop("displayName")

        general_ledger_account_id = d.pop("generalLedgerAccountId")

        general_ledger_account_name = d.pop("generalLedgerAccountName")

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        sold_hours = d.pop("soldHours")

        type_ = d.pop("type")

        estimates_v2_sku_model = cls(
            display_name,
            general_ledger_account_id,
            general_ledger_account_name,
            id,
            modified_on,
            name,
            sold_hours,
            type_,
        )

        estimates_v2_sku_model.additional_properties = dict(d)
        return estimates_v2_sku_model

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
