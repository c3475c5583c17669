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
    from ..models.inventory_v2_create_vendor_contact_request import (
        InventoryV2CreateVendorContactRequest,
    )
    from ..models.inventory_v2_external_data_create_request import (
        InventoryV2ExternalDataCreateRequest,
    )
    from ..models.inventory_v2_tag_request import InventoryV2TagRequest


T = TypeVar("T", bound="InventoryV2CreateVendorRequest")


@_attrs_define
class InventoryV2CreateVendorRequest:
    """
    Attributes:
        active (bool):
        address (InventoryV2AddressRequest):
        is_truck_replenishment (bool):
        name (str):
        restricted_mobile_creation (bool):
        tax_rate (float):
        delivery_option (InventoryUnsafePurchaseOrderDeliveryOption | None | Unset):
        email (None | str | Unset):
        external_data (InventoryV2ExternalDataCreateRequest | None | Unset):
        fax (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        memo (None | str | Unset):
        payment_term_id (int | None | Unset):
        phone (None | str | Unset):
        remittance_vendor_id (int | None | Unset):
        tags (list[InventoryV2TagRequest] | None | Unset):
        vendor_contacts (list[InventoryV2CreateVendorContactRequest] | None | Unset):
        vendor_quickbooks_item (None | str | Unset):
    """

    active: bool
    address: InventoryV2AddressRequest
    is_truck_replenishment: bool
    name: str
    restricted_mobile_creation: bool
    tax_rate: float
    delivery_option: InventoryUnsafePurchaseOrderDeliveryOption | None | Unset = UNSET
    email: None | str | Unset = UNSET
    external_data: InventoryV2ExternalDataCreateRequest | None | Unset = UNSET
    fax: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    memo: None | str | Unset = UNSET
    payment_term_id: int | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    remittance_vendor_id: int | None | Unset = UNSET
    tags: list[InventoryV2TagRequest] | None | Unset = UNSET
    vendor_contacts: list[InventoryV2CreateVendorContactRequest] | None | Unset = UNSET
    vendor_quickbooks_item: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "address",
        "isTruckReplenishment",
        "name",
        "restrictedMobileCreation",
        "taxRate",
        "deliveryOption",
        "email",
        "externalData",
        "fax",
        "firstName",
        "lastName",
        "memo",
        "paymentTermId",
        "phone",
        "remittanceVendorId",
        "tags",
        "vendorContacts",
        "vendorQuickbooksItem",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.inventory_v2_external_data_create_request import (
            InventoryV2ExternalDataCreateRequest,
        )

        active = self.active

        address = self.address.to_dict()

        is_truck_replenishment = self.is_truck_replenishment

        name = self.name

        restricted_mobile_creation = self.restricted_mobile_creation

        tax_rate = self.tax_rate

        delivery_option: None | str | Unset
        if isinstance(self.delivery_option, Unset):
            delivery_option = UNSET
        elif isinstance(
            self.delivery_option, InventoryUnsafePurchaseOrderDeliveryOption
        ):
            delivery_option = self.delivery_option.value
        else:
            delivery_option = self.delivery_option

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, InventoryV2ExternalDataCreateRequest):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        payment_term_id: int | None | Unset
        if isinstance(self.payment_term_id, Unset):
            payment_term_id = UNSET
        else:
            payment_term_id = self.payment_term_id

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        remittance_vendor_id: int | None | Unset
        if isinstance(self.remittance_vendor_id, Unset):
            remittance_vendor_id = UNSET
        else:
            remittance_vendor_id = self.remittance_vendor_id

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        vendor_contacts: list[dict[str, Any]] | None | Unset
        if isinstance(self.vendor_contacts, Unset):
            vendor_contacts = UNSET
        elif isinstance(self.vendor_contacts, list):
            vendor_contacts = []
            for vendor_contacts_type_0_item_data in self.vendor_contacts:
                vendor_contacts_type_0_item = vendor_contacts_type_0_item_data.to_dict()
                vendor_contacts.append(vendor_contacts_type_0_item)

        else:
            vendor_contacts = self.vendor_contacts

        vendor_quickbooks_item: None | str | Unset
        if isinstance(self.vendor_quickbooks_item, Unset):
            vendor_quickbooks_item = UNSET
        else:
            vendor_quickbooks_item = self.vendor_quickbooks_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "address": address,
                "isTruckReplenishment": is_truck_replenishment,
                "name": name,
                "restrictedMobileCreation": restricted_mobile_creation,
                "taxRate": tax_rate,
            }
        )
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
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if memo is not UNSET:
            field_dict["memo"] = memo
        if payment_term_id is not UNSET:
            field_dict["paymentTermId"] = payment_term_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if remittance_vendor_id is not UNSET:
            field_dict["remittanceVendorId"] = remittance_vendor_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if vendor_contacts is not UNSET:
            field_dict["vendorContacts"] = vendor_contacts
        if vendor_quickbooks_item is not UNSET:
            field_dict["vendorQuickbooksItem"] = vendor_quickbooks_item

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        address = _models.InventoryV2AddressRequest.from_dict(d.pop("address"))

        is_truck_replenishment = d.pop("isTruckReplenishment")

        name = d.pop("name")

        restricted_mobile_creation = d.pop("restrictedMobileCreation")

        tax_rate = d.pop("taxRate")

        delivery_option = d.pop("deliveryOption", UNSET)
        if delivery_option is not None and not isinstance(delivery_option, Unset):
            if not isinstance(delivery_option, str):
                raise TypeError()
            delivery_option_type_0 = InventoryUnsafePurchaseOrderDeliveryOption(
                delivery_option
            )

            delivery_option = delivery_option_type_0

        email = d.pop("email", UNSET)

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, dict):
                raise TypeError()
            external_data_type_0 = (
                _models.InventoryV2ExternalDataCreateRequest.from_dict(external_data)
            )

            external_data = external_data_type_0

        fax = d.pop("fax", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        memo = d.pop("memo", UNSET)

        payment_term_id = d.pop("paymentTermId", UNSET)

        phone = d.pop("phone", UNSET)

        remittance_vendor_id = d.pop("remittanceVendorId", UNSET)

        tags = d.pop("tags", UNSET)
        if tags is not None and not isinstance(tags, Unset):
            if not isinstance(tags, list):
                raise TypeError()
            tags_type_0 = [
                _models.InventoryV2TagRequest.from_dict(tags_type_0_item_data)
                for tags_type_0_item_data in tags
            ]

            tags = tags_type_0

        vendor_contacts = d.pop("vendorContacts", UNSET)
        if vendor_contacts is not None and not isinstance(vendor_contacts, Unset):
            if not isinstance(vendor_contacts, list):
                raise TypeError()
            vendor_contacts_type_0 = [
                _models.InventoryV2CreateVendorContactRequest.from_dict(
                    vendor_contacts_type_0_item_data
                )
                for vendor_contacts_type_0_item_data in vendor_contacts
            ]

            vendor_contacts = vendor_contacts_type_0

        vendor_quickbooks_item = d.pop("vendorQuickbooksItem", UNSET)

        inventory_v2_create_vendor_request = cls(
            active,
            address,
            is_truck_replenishment,
            name,
            restricted_mobile_creation,
            tax_rate,
            delivery_option,
            email,
            external_data,
            fax,
            first_name,
            last_name,
            memo,
            payment_term_id,
            phone,
            remittance_vendor_id,
            tags,
            vendor_contacts,
            vendor_quickbooks_item,
        )

        inventory_v2_create_vendor_request.additional_properties = dict(d)
        return inventory_v2_create_vendor_request

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
