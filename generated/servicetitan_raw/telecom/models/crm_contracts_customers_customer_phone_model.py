from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CrmContractsCustomersCustomerPhoneModel")


@_attrs_define
class CrmContractsCustomersCustomerPhoneModel:
    """
    Attributes:
        do_not_text (bool):
        phone_number (str):
    """

    do_not_text: bool
    phone_number: str

    def to_dict(self) -> dict[str, Any]:
        do_not_text = self.do_not_text

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "doNotText": do_not_text,
                "phoneNumber": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        do_not_text = d.pop("doNotText")

        phone_number = d.pop("phoneNumber")

        crm_contracts_customers_customer_phone_model = cls(
            do_not_text=do_not_text,
            phone_number=phone_number,
        )

        return crm_contracts_customers_customer_phone_model
