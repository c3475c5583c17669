from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="AccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse"
)


@_attrs_define
class AccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse:
    """
    Attributes:
        active (bool):
        id (int):
        intacct_class (None | str | Unset):
        intacct_department (None | str | Unset):
        intacct_location_id (None | str | Unset):
        intacct_location_name (None | str | Unset):
        name (None | str | Unset):
        trade_name (None | str | Unset):
    """

    active: bool
    id: int
    intacct_class: None | str | Unset = UNSET
    intacct_department: None | str | Unset = UNSET
    intacct_location_id: None | str | Unset = UNSET
    intacct_location_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    trade_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "id",
        "intacctClass",
        "intacctDepartment",
        "intacctLocationId",
        "intacctLocationName",
        "name",
        "tradeName",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        id = self.id

        intacct_class: None | str | Unset
        if isinstance(self.intacct_class, Unset):
            intacct_class = UNSET
        else:
            intacct_class = self.intacct_class

        intacct_department: None | str | Unset
        if isinstance(self.intacct_department, Unset):
            intacct_department = UNSET
        else:
            intacct_department = self.intacct_department

        intacct_location_id: None | str | Unset
        if isinstance(self.intacct_location_id, Unset):
            intacct_location_id = UNSET
        else:
            intacct_location_id = self.intacct_location_id

        intacct_location_name: None | str | Unset
        if isinstance(self.intacct_location_name, Unset):
            intacct_location_name = UNSET
        else:
            intacct_location_name = self.intacct_location_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        trade_name: None | str | Unset
        if isinstance(self.trade_name, Unset):
            trade_name = UNSET
        else:
            trade_name = self.trade_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "id": id,
            }
        )
        if intacct_class is not UNSET:
            field_dict["intacctClass"] = intacct_class
        if intacct_department is not UNSET:
            field_dict["intacctDepartment"] = intacct_department
        if intacct_location_id is not UNSET:
            field_dict["intacctLocationId"] = intacct_location_id
        if intacct_location_name is not UNSET:
            field_dict["intacctLocationName"] = intacct_location_name
        if name is not UNSET:
            field_dict["name"] = name
        if trade_name is not UNSET:
            field_dict["tradeName"] = trade_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        id = d.pop("id")

        intacct_class = d.pop("intacctClass", UNSET)

        intacct_department = d.pop("intacctDepartment", UNSET)

        intacct_location_id = d.pop("intacctLocationId", UNSET)

        intacct_location_name = d.pop("intacctLocationName", UNSET)

        name = d.pop("name", UNSET)

        trade_name = d.pop("tradeName", UNSET)

        accounting_v2_integrations_intacct_intacct_business_unit_mapping_response = cls(
            active,
            id,
            intacct_class,
            intacct_department,
            intacct_location_id,
            intacct_location_name,
            name,
            trade_name,
        )

        accounting_v2_integrations_intacct_intacct_business_unit_mapping_response.additional_properties = dict(
            d
        )
        return accounting_v2_integrations_intacct_intacct_business_unit_mapping_response

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
