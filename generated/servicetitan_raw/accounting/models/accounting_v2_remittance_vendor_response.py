from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_address_response import AccountingV2AddressResponse
    from ..models.accounting_v2_remittance_vendor_contact_info_response import (
        AccountingV2RemittanceVendorContactInfoResponse,
    )


T = TypeVar("T", bound="AccountingV2RemittanceVendorResponse")


@_attrs_define
class AccountingV2RemittanceVendorResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        id (int):
        is_approved (bool):
        is_verified (bool):
        modified_on (datetime.datetime):
        address (AccountingV2AddressResponse | None | Unset):
        contact_info (AccountingV2RemittanceVendorContactInfoResponse | None | Unset):
        customer_id (None | str | Unset):
        name (None | str | Unset):
    """

    active: bool
    created_on: datetime.datetime
    id: int
    is_approved: bool
    is_verified: bool
    modified_on: datetime.datetime
    address: AccountingV2AddressResponse | None | Unset = UNSET
    contact_info: AccountingV2RemittanceVendorContactInfoResponse | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "id",
        "isApproved",
        "isVerified",
        "modifiedOn",
        "address",
        "contactInfo",
        "customerId",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_address_response import AccountingV2AddressResponse
        from ..models.accounting_v2_remittance_vendor_contact_info_response import (
            AccountingV2RemittanceVendorContactInfoResponse,
        )

        active = self.active

        created_on = self.created_on.isoformat()

        id = self.id

        is_approved = self.is_approved

        is_verified = self.is_verified

        modified_on = self.modified_on.isoformat()

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, AccountingV2AddressResponse):
            address = self.address.to_dict()
        else:
            address = self.address

        contact_info: dict[str, Any] | None | Unset
        if isinstance(self.contact_info, Unset):
            contact_info = UNSET
        elif isinstance(
            self.contact_info, AccountingV2RemittanceVendorContactInfoResponse
        ):
            contact_info = self.contact_info.to_dict()
        else:
            contact_info = self.contact_info

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "id": id,
                "isApproved": is_approved,
                "isVerified": is_verified,
                "modifiedOn": modified_on,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if contact_info is not UNSET:
            field_dict["contactInfo"] = contact_info
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        is_approved = d.pop("isApproved")

        is_verified = d.pop("isVerified")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        address = d.pop("address", UNSET)
        if address is not None and not isinstance(address, Unset):
            if not isinstance(address, dict):
                raise TypeError()
            address_type_0 = _models.AccountingV2AddressResponse.from_dict(address)

            address = address_type_0

        contact_info = d.pop("contactInfo", UNSET)
        if contact_info is not None and not isinstance(contact_info, Unset):
            if not isinstance(contact_info, dict):
                raise TypeError()
            contact_info_type_0 = (
                _models.AccountingV2RemittanceVendorContactInfoResponse.from_dict(
                    contact_info
                )
            )

            contact_info = contact_info_type_0

        customer_id = d.pop("customerId", UNSET)

        name = d.pop("name", UNSET)

        accounting_v2_remittance_vendor_response = cls(
            active,
            created_on,
            id,
            is_approved,
            is_verified,
            modified_on,
            address,
            contact_info,
            customer_id,
            name,
        )

        accounting_v2_remittance_vendor_response.additional_properties = dict(d)
        return accounting_v2_remittance_vendor_response

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
