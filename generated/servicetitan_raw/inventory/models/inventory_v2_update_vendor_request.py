from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.inventory_unsafe_purchase_order_delivery_option import (
    InventoryUnsafePurchaseOrderDeliveryOption,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_address_request import InventoryV2AddressRequest
    from ..models.inventory_v2_external_data_update_request import (
        InventoryV2ExternalDataUpdateRequest,
    )
    from ..models.inventory_v2_tag_request import InventoryV2TagRequest
    from ..models.inventory_v2_update_vendor_contact_request import (
        InventoryV2UpdateVendorContactRequest,
    )


T = TypeVar("T", bound="InventoryV2UpdateVendorRequest")


@_attrs_define
class InventoryV2UpdateVendorRequest:
    """
    Attributes:
        active (bool | Unset):
        address (InventoryV2AddressRequest | Unset):
        delivery_option (InventoryUnsafePurchaseOrderDeliveryOption | Unset):
        email (str | Unset):
        external_data (InventoryV2ExternalDataUpdateRequest | Unset):
        fax (str | Unset):
        first_name (str | Unset):
        is_truck_replenishment (bool | Unset):
        last_name (str | Unset):
        memo (str | Unset):
        name (str | Unset):
        payment_term_id (int | Unset):
        phone (str | Unset):
        remittance_vendor_id (int | Unset):
        restricted_mobile_creation (bool | Unset):
        tags (list[InventoryV2TagRequest] | Unset):
        tax_rate (float | Unset):
        vendor_contacts (list[InventoryV2UpdateVendorContactRequest] | Unset):
        vendor_quickbooks_item (str | Unset):
    """

    active: bool | Unset = UNSET
    address: InventoryV2AddressRequest | Unset = UNSET
    delivery_option: InventoryUnsafePurchaseOrderDeliveryOption | Unset = UNSET
    email: str | Unset = UNSET
    external_data: InventoryV2ExternalDataUpdateRequest | Unset = UNSET
    fax: str | Unset = UNSET
    first_name: str | Unset = UNSET
    is_truck_replenishment: bool | Unset = UNSET
    last_name: str | Unset = UNSET
    memo: str | Unset = UNSET
    name: str | Unset = UNSET
    payment_term_id: int | Unset = UNSET
    phone: str | Unset = UNSET
    remittance_vendor_id: int | Unset = UNSET
    restricted_mobile_creation: bool | Unset = UNSET
    tags: list[InventoryV2TagRequest] | Unset = UNSET
    tax_rate: float | Unset = UNSET
    vendor_contacts: list[InventoryV2UpdateVendorContactRequest] | Unset = UNSET
    vendor_quickbooks_item: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "address",
        "deliveryOption",
        "email",
        "externalData",
        "fax",
        "firstName",
        "isTruckReplenishment",
        "lastName",
        "memo",
        "name",
        "paymentTermId",
        "phone",
        "remittanceVendorId",
        "restrictedMobileCreation",
        "tags",
        "taxRate",
        "vendorContacts",
        "vendorQuickbooksItem",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        delivery_option: str | Unset = UNSET
        if not isinstance(self.delivery_option, Unset):
            delivery_option = self.delivery_option.value

        email = self.email

        external_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_data, Unset):
            external_data = self.external_data.to_dict()

        fax = self.fax

        first_name = self.first_name

        is_truck_replenishment = self.is_truck_replenishment

        last_name = self.last_name

        memo = self.memo

        name = self.name

        payment_term_id = self.payment_term_id

        phone = self.phone

        remittance_vendor_id = self.remittance_vendor_id

        restricted_mobile_creation = self.restricted_mobile_creation

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        tax_rate = self.tax_rate

        vendor_contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vendor_contacts, Unset):
            vendor_contacts = []
            for vendor_contacts_item_data in self.vendor_contacts:
                vendor_contacts_item = vendor_contacts_item_data.to_dict()
                vendor_contacts.append(vendor_contacts_item)

        vendor_quickbooks_item = self.vendor_quickbooks_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if address is not UNSET:
            field_dict["address"] = address
        if delivery_option is not UNSET:
            field_dict["deliveryOption"] = delivery_option
        if email is not UNSET:
            field_dict["email"] = email
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if fax is not UNSET:
            field_dict["fax"] = fax
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if is_truck_replenishment is not UNSET:
            field_dict["isTruckReplenishment"] = is_truck_replenishment
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if memo is not UNSET:
            field_dict["memo"] = memo
        if name is not UNSET:
            field_dict["name"] = name
        if payment_term_id is not UNSET:
            field_dict["paymentTermId"] = payment_term_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if remittance_vendor_id is not UNSET:
            field_dict["remittanceVendorId"] = remittance_vendor_id
        if restricted_mobile_creation is not UNSET:
            field_dict["restrictedMobileCreation"] = restricted_mobile_creation
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tax_rate is not UNSET:
            field_dict["taxRate"] = tax_rate
        if vendor_contacts is not UNSET:
            field_dict["vendorContacts"] = vendor_contacts
        if vendor_quickbooks_item is not UNSET:
            field_dict["vendorQuickbooksItem"] = vendor_quickbooks_item

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        address = d.pop("address", UNSET)
        if not isinstance(address, Unset):
            address = _models.InventoryV2AddressRequest.from_dict(address)

        delivery_option = d.pop("deliveryOption", UNSET)
        if not isinstance(delivery_option, Unset):
            delivery_option = InventoryUnsafePurchaseOrderDeliveryOption(
                delivery_option
            )

        email = d.pop("email", UNSET)

        external_data = d.pop("externalData", UNSET)
        if not isinstance(external_data, Unset):
            external_data = _models.InventoryV2ExternalDataUpdateRequest.from_dict(
                external_data
            )

        fax = d.pop("fax", UNSET)

        first_name = d.pop("firstName", UNSET)

        is_truck_replenishment = d.pop("isTruckReplenishment", UNSET)

        last_name = d.pop("lastName", UNSET)

        memo = d.pop("memo", UNSET)

        name = d.pop("name", UNSET)

        payment_term_id = d.pop("paymentTermId", UNSET)

        phone = d.pop("phone", UNSET)

        remittance_vendor_id = d.pop("remittanceVendorId", UNSET)

        restricted_mobile_creation = d.pop("restrictedMobileCreation", UNSET)

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = [
                _models.InventoryV2TagRequest.from_dict(tags_item_data)
                for tags_item_data in tags
            ]

        tax_rate = d.pop("taxRate", UNSET)

        vendor_contacts = d.pop("vendorContacts", UNSET)
        if vendor_contacts is not UNSET:
            vendor_contacts = [
                _models.InventoryV2UpdateVendorContactRequest.from_dict(
                    vendor_contacts_item_data
                )
                for vendor_contacts_item_data in vendor_contacts
            ]

        vendor_quickbooks_item = d.pop("vendorQuickbooksItem", UNSET)

        inventory_v2_update_vendor_request = cls(
            active,
            address,
            delivery_option,
            email,
            external_data,
            fax,
            first_name,
            is_truck_replenishment,
            last_name,
            memo,
            name,
            payment_term_id,
            phone,
            remittance_vendor_id,
            restricted_mobile_creation,
            tags,
            tax_rate,
            vendor_contacts,
            vendor_quickbooks_item,
        )

        inventory_v2_update_vendor_request.additional_properties = dict(d)
        return inventory_v2_update_vendor_request

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
