from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_v2_customers_customer_address import CrmV2CustomersCustomerAddress


T = TypeVar("T", bound="CrmV2SubmitLeadFormRequest")


@_attrs_define
class CrmV2SubmitLeadFormRequest:
    """
    Attributes:
        name (str):
        address (CrmV2CustomersCustomerAddress | None | Unset):
        email (None | str | Unset):
        phone_number (None | str | Unset):
        summary (None | str | Unset):
    """

    name: str
    address: CrmV2CustomersCustomerAddress | None | Unset = UNSET
    email: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "name",
        "address",
        "email",
        "phoneNumber",
        "summary",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.crm_v2_customers_customer_address import (
            CrmV2CustomersCustomerAddress,
        )

        name = self.name

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, CrmV2CustomersCustomerAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        address = d.pop("address", UNSET)
        if address is not None and not isinstance(address, Unset):
            if not isinstance(address, dict):
                raise TypeError()
            address_type_0 = _models.CrmV2CustomersCustomerAddress.from_dict(address)

            address = address_type_0

        email = d.pop("email", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        summary = d.pop("summary", UNSET)

        crm_v2_submit_lead_form_request = cls(
            name,
            address,
            email,
            phone_number,
            summary,
        )

        crm_v2_submit_lead_form_request.additional_properties = dict(d)
        return crm_v2_submit_lead_form_request

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
