from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.memberships_v2_discount_mode import MembershipsV2DiscountMode
from ..models.memberships_v2_membership_location_target import (
    MembershipsV2MembershipLocationTarget,
)
from ..models.memberships_v2_revenue_recognition_mode import (
    MembershipsV2RevenueRecognitionMode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.memberships_v2_membership_type_discount_entry import (
        MembershipsV2MembershipTypeDiscountEntry,
    )
    from ..models.memberships_v2_membership_type_duration_billing_entry import (
        MembershipsV2MembershipTypeDurationBillingEntry,
    )
    from ..models.memberships_v2_membership_type_recurring_service_entry import (
        MembershipsV2MembershipTypeRecurringServiceEntry,
    )


T = TypeVar("T", bound="MembershipsV2ExportMembershipTypeResponse")


@_attrs_define
class MembershipsV2ExportMembershipTypeResponse:
    """
    Attributes:
        active (bool):
        auto_calculate_invoice_templates (bool):
        created_on (datetime.datetime):
        discount (float):
        discount_mode (MembershipsV2DiscountMode):
        id (int):
        location_target (MembershipsV2MembershipLocationTarget):
        modified_on (datetime.datetime):
        name (str):
        revenue_recognition_mode (MembershipsV2RevenueRecognitionMode):
        show_membership_savings (bool):
        use_membership_pricing_table (bool):
        billing_template_id (int | None | Unset):
        created_by_id (int | None | Unset):
        discounts (list[MembershipsV2MembershipTypeDiscountEntry] | None | Unset):
        display_name (None | str | Unset):
        duration_billing (list[MembershipsV2MembershipTypeDurationBillingEntry] | None | Unset):
        import_id (None | str | Unset):
        recurring_services (list[MembershipsV2MembershipTypeRecurringServiceEntry] | None | Unset):
        tag_type_ids (list[int] | None | Unset):
    """

    active: bool
    auto_calculate_invoice_templates: bool
    created_on: datetime.datetime
    discount: float
    discount_mode: MembershipsV2DiscountMode
    id: int
    location_target: MembershipsV2MembershipLocationTarget
    modified_on: datetime.datetime
    name: str
    revenue_recognition_mode: MembershipsV2RevenueRecognitionMode
    show_membership_savings: bool
    use_membership_pricing_table: bool
    billing_template_id: int | None | Unset = UNSET
    created_by_id: int | None | Unset = UNSET
    discounts: list[MembershipsV2MembershipTypeDiscountEntry] | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    duration_billing: (
        list[MembershipsV2MembershipTypeDurationBillingEntry] | None | Unset
    ) = UNSET
    import_id: None | str | Unset = UNSET
    recurring_services: (
        list[MembershipsV2MembershipTypeRecurringServiceEntry] | None | Unset
    ) = UNSET
    tag_type_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "autoCalculateInvoiceTemplates",
        "createdOn",
        "discount",
        "discountMode",
        "id",
        "locationTarget",
        "modifiedOn",
        "name",
        "revenueRecognitionMode",
        "showMembershipSavings",
        "useMembershipPricingTable",
        "billingTemplateId",
        "createdById",
        "discounts",
        "displayName",
        "durationBilling",
        "importId",
        "recurringServices",
        "tagTypeIds",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        auto_calculate_invoice_templates = self.auto_calculate_invoice_templates

        created_on = self.created_on.isoformat()

        discount = self.discount

        discount_mode = self.discount_mode.value

        id = self.id

        location_target = self.location_target.value

        modified_on = self.modified_on.isoformat()

        name = self.name

        revenue_recognition_mode = self.revenue_recognition_mode.value

        show_membership_savings = self.show_membership_savings

        use_membership_pricing_table = self.use_membership_pricing_table

        billing_template_id: int | None | Unset
        if isinstance(self.billing_template_id, Unset):
            billing_template_id = UNSET
        else:
            billing_template_id = self.billing_template_id

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        discounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.discounts, Unset):
            discounts = UNSET
        elif isinstance(self.discounts, list):
            discounts = []
            for discounts_type_0_item_data in self.discounts:
                discounts_type_0_item = discounts_type_0_item_data.to_dict()
                discounts.append(discounts_type_0_item)

        else:
            discounts = self.discounts

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        duration_billing: list[dict[str, Any]] | None | Unset
        if isinstance(self.duration_billing, Unset):
            duration_billing = UNSET
        elif isinstance(self.duration_billing, list):
            duration_billing = []
            for duration_billing_type_0_item_data in self.duration_billing:
                duration_billing_type_0_item = (
                    duration_billing_type_0_item_data.to_dict()
                )
                duration_billing.append(duration_billing_type_0_item)

        else:
            duration_billing = self.duration_billing

        import_id: None | str | Unset
        if isinstance(self.import_id, Unset):
            import_id = UNSET
        else:
            import_id = self.import_id

        recurring_services: list[dict[str, Any]] | None | Unset
        if isinstance(self.recurring_services, Unset):
            recurring_services = UNSET
        elif isinstance(self.recurring_services, list):
            recurring_services = []
            for recurring_services_type_0_item_data in self.recurring_services:
                recurring_services_type_0_item = (
                    recurring_services_type_0_item_data.to_dict()
                )
                recurring_services.append(recurring_services_type_0_item)

        else:
            recurring_services = self.recurring_services

        tag_type_ids: list[int] | None | Unset
        if isinstance(self.tag_type_ids, Unset):
            tag_type_ids = UNSET
        elif isinstance(self.tag_type_ids, list):
            tag_type_ids = self.tag_type_ids

        else:
            tag_type_ids = self.tag_type_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "autoCalculateInvoiceTemplates": auto_calculate_invoice_templates,
                "createdOn": created_on,
                "discount": discount,
                "discountMode": discount_mode,
                "id": id,
                "locationTarget": location_target,
                "modifiedOn": modified_on,
                "name": name,
                "revenueRecognitionMode": revenue_recognition_mode,
                "showMembershipSavings": show_membership_savings,
                "useMembershipPricingTable": use_membership_pricing_table,
            }
        )
        if billing_template_id is not UNSET:
            field_dict["billingTemplateId"] = billing_template_id
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if duration_billing is not UNSET:
            field_dict["durationBilling"] = duration_billing
        if import_id is not UNSET:
            field_dict["importId"] = import_id
        if recurring_services is not UNSET:
            field_dict["recurringServices"] = recurring_services
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        auto_calculate_invoice_templates = d.pop("autoCalculateInvoiceTemplates")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        discount = d.pop("discount")

        discount_mode = MembershipsV2DiscountMode(d.pop("discountMode"))

        id = d.pop("id")

        location_target = MembershipsV2MembershipLocationTarget(d.pop("locationTarget"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        revenue_recognition_mode = MembershipsV2RevenueRecognitionMode(
            d.pop("revenueRecognitionMode")
        )

        show_membership_savings = d.pop("showMembershipSavings")

        use_membership_pricing_table = d.pop("useMembershipPricingTable")

        billing_template_id = d.pop("billingTemplateId", UNSET)

        created_by_id = d.pop("createdById", UNSET)

        discounts = d.pop("discounts", UNSET)
        if discounts is not None and not isinstance(discounts, Unset):
            if not isinstance(discounts, list):
                raise TypeError()
            discounts_type_0 = [
                _models.MembershipsV2MembershipTypeDiscountEntry.from_dict(
                    discounts_type_0_item_data
                )
                for discounts_type_0_item_data in discounts
            ]

            discounts = discounts_type_0

        display_name = d.pop("displayName", UNSET)

        duration_billing = d.pop("durationBilling", UNSET)
        if duration_billing is not None and not isinstance(duration_billing, Unset):
            if not isinstance(duration_billing, list):
                raise TypeError()
            duration_billing_type_0 = [
                _models.MembershipsV2MembershipTypeDurationBillingEntry.from_dict(
                    duration_billing_type_0_item_data
                )
                for duration_billing_type_0_item_data in duration_billing
            ]

            duration_billing = duration_billing_type_0

        import_id = d.pop("importId", UNSET)

        recurring_services = d.pop("recurringServices", UNSET)
        if recurring_services is not None and not isinstance(recurring_services, Unset):
            if not isinstance(recurring_services, list):
                raise TypeError()
            recurring_services_type_0 = [
                _models.MembershipsV2MembershipTypeRecurringServiceEntry.from_dict(
                    recurring_services_type_0_item_data
                )
                for recurring_services_type_0_item_data in recurring_services
            ]

            recurring_services = recurring_services_type_0

        tag_type_ids = d.pop("tagTypeIds", UNSET)
        if tag_type_ids is not None and not isinstance(tag_type_ids, Unset):
            if not isinstance(tag_type_ids, list):
                raise TypeError()
            tag_type_ids_type_0 = tag_type_ids

            tag_type_ids = tag_type_ids_type_0

        memberships_v2_export_membership_type_response = cls(
            active,
            auto_calculate_invoice_templates,
            created_on,
            discount,
            discount_mode,
            id,
            location_target,
            modified_on,
            name,
            revenue_recognition_mode,
            show_membership_savings,
            use_membership_pricing_table,
            billing_template_id,
            created_by_id,
            discounts,
            display_name,
            duration_billing,
            import_id,
            recurring_services,
            tag_type_ids,
        )

        memberships_v2_export_membership_type_response.additional_properties = dict(d)
        return memberships_v2_export_membership_type_response

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
