from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memberships_v2_membership_status import MembershipsV2MembershipStatus
from ..models.memberships_v2_recurring_service_action import (
    MembershipsV2RecurringServiceAction,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipsV2CustomerMembershipUpdateRequest")


@_attrs_define
class MembershipsV2CustomerMembershipUpdateRequest:
    """
    Attributes:
        billing_template_id (int | None | Unset):
        business_unit_id (int | Unset):
        cancellation_balance_invoice_id (int | None | Unset):
        cancellation_invoice_id (int | None | Unset):
        from_ (datetime.datetime | Unset):
        initial_deferred_revenue (float | Unset):
        location_id (int | None | Unset):
        memo (str | Unset):
        next_scheduled_bill_date (datetime.datetime | None | Unset):
        payment_method_id (int | None | Unset):
        payment_type_id (int | None | Unset):
        recurring_location_id (int | None | Unset):
        recurring_service_action (MembershipsV2RecurringServiceAction | Unset):
        renewal_membership_task_id (int | None | Unset):
        sold_by_id (int | None | Unset):
        status (MembershipsV2MembershipStatus | Unset):
        to (datetime.datetime | None | Unset):
    """

    billing_template_id: int | None | Unset = UNSET
    business_unit_id: int | Unset = UNSET
    cancellation_balance_invoice_id: int | None | Unset = UNSET
    cancellation_invoice_id: int | None | Unset = UNSET
    from_: datetime.datetime | Unset = UNSET
    initial_deferred_revenue: float | Unset = UNSET
    location_id: int | None | Unset = UNSET
    memo: str | Unset = UNSET
    next_scheduled_bill_date: datetime.datetime | None | Unset = UNSET
    payment_method_id: int | None | Unset = UNSET
    payment_type_id: int | None | Unset = UNSET
    recurring_location_id: int | None | Unset = UNSET
    recurring_service_action: MembershipsV2RecurringServiceAction | Unset = UNSET
    renewal_membership_task_id: int | None | Unset = UNSET
    sold_by_id: int | None | Unset = UNSET
    status: MembershipsV2MembershipStatus | Unset = UNSET
    to: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "billingTemplateId",
        "businessUnitId",
        "cancellationBalanceInvoiceId",
        "cancellationInvoiceId",
        "from",
        "initialDeferredRevenue",
        "locationId",
        "memo",
        "nextScheduledBillDate",
        "paymentMethodId",
        "paymentTypeId",
        "recurringLocationId",
        "recurringServiceAction",
        "renewalMembershipTaskId",
        "soldById",
        "status",
        "to",
    )

    def to_dict(self) -> dict[str, Any]:
        billing_template_id: int | None | Unset
        if isinstance(self.billing_template_id, Unset):
            billing_template_id = UNSET
        else:
            billing_template_id = self.billing_template_id

        business_unit_id = self.business_unit_id

        cancellation_balance_invoice_id: int | None | Unset
        if isinstance(self.cancellation_balance_invoice_id, Unset):
            cancellation_balance_invoice_id = UNSET
        else:
            cancellation_balance_invoice_id = self.cancellation_balance_invoice_id

        cancellation_invoice_id: int | None | Unset
        if isinstance(self.cancellation_invoice_id, Unset):
            cancellation_invoice_id = UNSET
        else:
            cancellation_invoice_id = self.cancellation_invoice_id

        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.isoformat()

        initial_deferred_revenue = self.initial_deferred_revenue

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        memo = self.memo

        next_scheduled_bill_date: None | str | Unset
        if isinstance(self.next_scheduled_bill_date, Unset):
            next_scheduled_bill_date = UNSET
        elif isinstance(self.next_scheduled_bill_date, datetime.datetime):
            next_scheduled_bill_date = self.next_scheduled_bill_date.isoformat()
        else:
            next_scheduled_bill_date = self.next_scheduled_bill_date

        payment_method_id: int | None | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        payment_type_id: int | None | Unset
        if isinstance(self.payment_type_id, Unset):
            payment_type_id = UNSET
        else:
            payment_type_id = self.payment_type_id

        recurring_location_id: int | None | Unset
        if isinstance(self.recurring_location_id, Unset):
            recurring_location_id = UNSET
        else:
            recurring_location_id = self.recurring_location_id

        recurring_service_action: str | Unset = UNSET
        if not isinstance(self.recurring_service_action, Unset):
            recurring_service_action = self.recurring_service_action.value

        renewal_membership_task_id: int | None | Unset
        if isinstance(self.renewal_membership_task_id, Unset):
            renewal_membership_task_id = UNSET
        else:
            renewal_membership_task_id = self.renewal_membership_task_id

        sold_by_id: int | None | Unset
        if isinstance(self.sold_by_id, Unset):
            sold_by_id = UNSET
        else:
            sold_by_id = self.sold_by_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.datetime):
            to = self.to.isoformat()
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_template_id is not UNSET:
            field_dict["billingTemplateId"] = billing_template_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if cancellation_balance_invoice_id is not UNSET:
            field_dict["cancellationBalanceInvoiceId"] = cancellation_balance_invoice_id
        if cancellation_invoice_id is not UNSET:
            field_dict["cancellationInvoiceId"] = cancellation_invoice_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if initial_deferred_revenue is not UNSET:
            field_dict["initialDeferredRevenue"] = initial_deferred_revenue
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if memo is not UNSET:
            field_dict["memo"] = memo
        if next_scheduled_bill_date is not UNSET:
            field_dict["nextScheduledBillDate"] = next_scheduled_bill_date
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if payment_type_id is not UNSET:
            field_dict["paymentTypeId"] = payment_type_id
        if recurring_location_id is not UNSET:
            field_dict["recurringLocationId"] = recurring_location_id
        if recurring_service_action is not UNSET:
            field_dict["recurringServiceAction"] = recurring_service_action
        if renewal_membership_task_id is not UNSET:
            field_dict["renewalMembershipTaskId"] = renewal_membership_task_id
        if sold_by_id is not UNSET:
            field_dict["soldById"] = sold_by_id
        if status is not UNSET:
            field_dict["status"] = status
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        billing_template_id = d.pop("billingTemplateId", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        cancellation_balance_invoice_id = d.pop("cancellationBalanceInvoiceId", UNSET)

        cancellation_invoice_id = d.pop("cancellationInvoiceId", UNSET)

        from_ = d.pop("from", UNSET)
        if not isinstance(from_, Unset):
            from_ = datetime.datetime.fromisoformat(from_)

        initial_deferred_revenue = d.pop("initialDeferredRevenue", UNSET)

        location_id = d.pop("locationId", UNSET)

        memo = d.pop("memo", UNSET)

        next_scheduled_bill_date = d.pop("nextScheduledBillDate", UNSET)
        if next_scheduled_bill_date is not None and not isinstance(
            next_scheduled_bill_date, Unset
        ):
            if not isinstance(next_scheduled_bill_date, str):
                raise TypeError()
            next_scheduled_bill_date_type_0 = datetime.datetime.fromisoformat(
                next_scheduled_bill_date
            )

            next_scheduled_bill_date = next_scheduled_bill_date_type_0

        payment_method_id = d.pop("paymentMethodId", UNSET)

        payment_type_id = d.pop("paymentTypeId", UNSET)

        recurring_location_id = d.pop("recurringLocationId", UNSET)

        recurring_service_action = d.pop("recurringServiceAction", UNSET)
        if not isinstance(recurring_service_action, Unset):
            recurring_service_action = MembershipsV2RecurringServiceAction(
                recurring_service_action
            )

        renewal_membership_task_id = d.pop("renewalMembershipTaskId", UNSET)

        sold_by_id = d.pop("soldById", UNSET)

        status = d.pop("status", UNSET)
        if not isinstance(status, Unset):
            status = MembershipsV2MembershipStatus(status)

        to = d.pop("to", UNSET)
        if to is not None and not isinstance(to, Unset):
            if not isinstance(to, str):
                raise TypeError()
            to_type_0 = datetime.datetime.fromisoformat(to)

            to = to_type_0

        memberships_v2_customer_membership_update_request = cls(
            billing_template_id,
            business_unit_id,
            cancellation_balance_invoice_id,
            cancellation_invoice_id,
            from_,
            initial_deferred_revenue,
            location_id,
            memo,
            next_scheduled_bill_date,
            payment_method_id,
            payment_type_id,
            recurring_location_id,
            recurring_service_action,
            renewal_membership_task_id,
            sold_by_id,
            status,
            to,
        )

        memberships_v2_customer_membership_update_request.additional_properties = dict(
            d
        )
        return memberships_v2_customer_membership_update_request

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
