from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memberships_v2_recurring_service_action import (
    MembershipsV2RecurringServiceAction,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipsV2MembershipSaleInvoiceCreateRequest")


@_attrs_define
class MembershipsV2MembershipSaleInvoiceCreateRequest:
    """
    Attributes:
        business_unit_id (int):
        customer_id (int):
        duration_billing_id (int):
        recurring_service_action (MembershipsV2RecurringServiceAction):
        sale_task_id (int):
        location_id (int | None | Unset):
        recurring_location_id (int | None | Unset):
    """

    business_unit_id: int
    customer_id: int
    duration_billing_id: int
    recurring_service_action: MembershipsV2RecurringServiceAction
    sale_task_id: int
    location_id: int | None | Unset = UNSET
    recurring_location_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "businessUnitId",
        "customerId",
        "durationBillingId",
        "recurringServiceAction",
        "saleTaskId",
        "locationId",
        "recurringLocationId",
    )

    def to_dict(self) -> dict[str, Any]:
        business_unit_id = self.business_unit_id

        customer_id = self.customer_id

        duration_billing_id = self.duration_billing_id

        recurring_service_action = self.recurring_service_action.value

        sale_task_id = self.sale_task_id

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        recurring_location_id: int | None | Unset
        if isinstance(self.recurring_location_id, Unset):
            recurring_location_id = UNSET
        else:
            recurring_location_id = self.recurring_location_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "businessUnitId": business_unit_id,
                "customerId": customer_id,
                "durationBillingId": duration_billing_id,
                "recurringServiceAction": recurring_service_action,
                "saleTaskId": sale_task_id,
            }
        )
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if recurring_location_id is not UNSET:
            field_dict["recurringLocationId"] = recurring_location_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        business_unit_id = d.pop("businessUnitId")

        customer_id = d.pop("customerId")

        duration_billing_id = d.pop("durationBillingId")

        recurring_service_action = MembershipsV2RecurringServiceAction(
            d.pop("recurringServiceAction")
        )

        sale_task_id = d.pop("saleTaskId")

        location_id = d.pop("locationId", UNSET)

        recurring_location_id = d.pop("recurringLocationId", UNSET)

        memberships_v2_membership_sale_invoice_create_request = cls(
            business_unit_id,
            customer_id,
            duration_billing_id,
            recurring_service_action,
            sale_task_id,
            location_id,
            recurring_location_id,
        )

        memberships_v2_membership_sale_invoice_create_request.additional_properties = (
            dict(d)
        )
        return memberships_v2_membership_sale_invoice_create_request

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
