from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.memberships_v2_membership_recurrence_type import (
    MembershipsV2MembershipRecurrenceType,
)
from ..models.memberships_v2_membership_status import MembershipsV2MembershipStatus
from ..models.memberships_v2_opportunity_status import MembershipsV2OpportunityStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.memberships_v2_custom_field_response import (
        MembershipsV2CustomFieldResponse,
    )


T = TypeVar("T", bound="MembershipsV2CustomerMembershipResponse")


@_attrs_define
class MembershipsV2CustomerMembershipResponse:
    """
    Attributes:
        active (bool):
        billing_frequency (MembershipsV2MembershipRecurrenceType):
        business_unit_id (int):
        created_on (datetime.datetime):
        custom_fields (list[MembershipsV2CustomFieldResponse]):
        customer_id (int):
        follow_up_on (datetime.datetime):
        follow_up_status (MembershipsV2OpportunityStatus):
        id (int):
        initial_deferred_revenue (float):
        membership_type_id (int):
        modified_on (datetime.datetime):
        status (MembershipsV2MembershipStatus):
        activated_by_id (int | None | Unset):
        activated_from_id (int | None | Unset):
        billing_template_id (int | None | Unset):
        cancellation_balance_invoice_id (int | None | Unset):
        cancellation_date (datetime.datetime | None | Unset):
        cancellation_invoice_id (int | None | Unset):
        created_by_id (int | None | Unset):
        customer_po (None | str | Unset):
        duration (int | None | Unset):
        follow_up_custom_status_id (int | None | Unset):
        from_ (datetime.datetime | None | Unset):
        import_id (None | str | Unset):
        location_id (int | None | Unset):
        memo (None | str | Unset):
        next_scheduled_bill_date (datetime.datetime | None | Unset):
        payment_method_id (int | None | Unset):
        payment_type_id (int | None | Unset):
        recurring_location_id (int | None | Unset):
        renewal_billing_frequency (MembershipsV2MembershipRecurrenceType | None | Unset):
        renewal_duration (int | None | Unset):
        renewal_membership_task_id (int | None | Unset):
        renewed_by_id (int | None | Unset):
        sold_by_id (int | None | Unset):
        to (datetime.datetime | None | Unset):
    """

    active: bool
    billing_frequency: MembershipsV2MembershipRecurrenceType
    business_unit_id: int
    created_on: datetime.datetime
    custom_fields: list[MembershipsV2CustomFieldResponse]
    customer_id: int
    follow_up_on: datetime.datetime
    follow_up_status: MembershipsV2OpportunityStatus
    id: int
    initial_deferred_revenue: float
    membership_type_id: int
    modified_on: datetime.datetime
    status: MembershipsV2MembershipStatus
    activated_by_id: int | None | Unset = UNSET
    activated_from_id: int | None | Unset = UNSET
    billing_template_id: int | None | Unset = UNSET
    cancellation_balance_invoice_id: int | None | Unset = UNSET
    cancellation_date: datetime.datetime | None | Unset = UNSET
    cancellation_invoice_id: int | None | Unset = UNSET
    created_by_id: int | None | Unset = UNSET
    customer_po: None | str | Unset = UNSET
    duration: int | None | Unset = UNSET
    follow_up_custom_status_id: int | None | Unset = UNSET
    from_: datetime.datetime | None | Unset = UNSET
    import_id: None | str | Unset = UNSET
    location_id: int | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    next_scheduled_bill_date: datetime.datetime | None | Unset = UNSET
    payment_method_id: int | None | Unset = UNSET
    payment_type_id: int | None | Unset = UNSET
    recurring_location_id: int | None | Unset = UNSET
    renewal_billing_frequency: MembershipsV2MembershipRecurrenceType | None | Unset = (
        UNSET
    )
    renewal_duration: int | None | Unset = UNSET
    renewal_membership_task_id: int | None | Unset = UNSET
    renewed_by_id: int | None | Unset = UNSET
    sold_by_id: int | None | Unset = UNSET
    to: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "billingFrequency",
        "businessUnitId",
        "createdOn",
        "customFields",
        "customerId",
        "followUpOn",
        "followUpStatus",
        "id",
        "initialDeferredRevenue",
        "membershipTypeId",
        "modifiedOn",
        "status",
        "activatedById",
        "activatedFromId",
        "billingTemplateId",
        "cancellationBalanceInvoiceId",
        "cancellationDate",
        "cancellationInvoiceId",
        "createdById",
        "customerPo",
        "duration",
        "followUpCustomStatusId",
        "from",
        "importId",
        "locationId",
        "memo",
        "nextScheduledBillDate",
        "paymentMethodId",
        "paymentTypeId",
        "recurringLocationId",
        "renewalBillingFrequency",
        "renewalDuration",
        "renewalMembershipTaskId",
        "renewedById",
        "soldById",
        "to",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        billing_frequency = self.billing_frequency.value

        business_unit_id = self.business_unit_id

        created_on = self.created_on.isoformat()

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        customer_id = self.customer_id

        follow_up_on = self.follow_up_on.isoformat()

        follow_up_status = self.follow_up_status.value

        id = self.id

        initial_deferred_revenue = self.initial_deferred_revenue

        membership_type_id = self.membership_type_id

        modified_on = self.modified_on.isoformat()

        status = self.status.value

        activated_by_id: int | None | Unset
        if isinstance(self.activated_by_id, Unset):
            activated_by_id = UNSET
        else:
            activated_by_id = self.activated_by_id

        activated_from_id: int | None | Unset
        if isinstance(self.activated_from_id, Unset):
            activated_from_id = UNSET
        else:
            activated_from_id = self.activated_from_id

        billing_template_id: int | None | Unset
        if isinstance(self.billing_template_id, Unset):
            billing_template_id = UNSET
        else:
            billing_template_id = self.billing_template_id

        cancellation_balance_invoice_id: int | None | Unset
        if isinstance(self.cancellation_balance_invoice_id, Unset):
            cancellation_balance_invoice_id = UNSET
        else:
            cancellation_balance_invoice_id = self.cancellation_balance_invoice_id

        cancellation_date: None | str | Unset
        if isinstance(self.cancellation_date, Unset):
            cancellation_date = UNSET
        elif isinstance(self.cancellation_date, datetime.datetime):
            cancellation_date = self.cancellation_date.isoformat()
        else:
            cancellation_date = self.cancellation_date

        cancellation_invoice_id: int | None | Unset
        if isinstance(self.cancellation_invoice_id, Unset):
            cancellation_invoice_id = UNSET
        else:
            cancellation_invoice_id = self.cancellation_invoice_id

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        customer_po: None | str | Unset
        if isinstance(self.customer_po, Unset):
            customer_po = UNSET
        else:
            customer_po = self.customer_po

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        follow_up_custom_status_id: int | None | Unset
        if isinstance(self.follow_up_custom_status_id, Unset):
            follow_up_custom_status_id = UNSET
        else:
            follow_up_custom_status_id = self.follow_up_custom_status_id

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.datetime):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        import_id: None | str | Unset
        if isinstance(self.import_id, Unset):
            import_id = UNSET
        else:
            import_id = self.import_id

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
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

        renewal_billing_frequency: None | str | Unset
        if isinstance(self.renewal_billing_frequency, Unset):
            renewal_billing_frequency = UNSET
        elif isinstance(
            self.renewal_billing_frequency, MembershipsV2MembershipRecurrenceType
        ):
            renewal_billing_frequency = self.renewal_billing_frequency.value
        else:
            renewal_billing_frequency = self.renewal_billing_frequency

        renewal_duration: int | None | Unset
        if isinstance(self.renewal_duration, Unset):
            renewal_duration = UNSET
        else:
            renewal_duration = self.renewal_duration

        renewal_membership_task_id: int | None | Unset
        if isinstance(self.renewal_membership_task_id, Unset):
            renewal_membership_task_id = UNSET
        else:
            renewal_membership_task_id = self.renewal_membership_task_id

        renewed_by_id: int | None | Unset
        if isinstance(self.renewed_by_id, Unset):
            renewed_by_id = UNSET
        else:
            renewed_by_id = self.renewed_by_id

        sold_by_id: int | None | Unset
        if isinstance(self.sold_by_id, Unset):
            sold_by_id = UNSET
        else:
            sold_by_id = self.sold_by_id

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.datetime):
            to = self.to.isoformat()
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "billingFrequency": billing_frequency,
                "businessUnitId": business_unit_id,
                "createdOn": created_on,
                "customFields": custom_fields,
                "customerId": customer_id,
                "followUpOn": follow_up_on,
                "followUpStatus": follow_up_status,
                "id": id,
                "initialDeferredRevenue": initial_deferred_revenue,
                "membershipTypeId": membership_type_id,
                "modifiedOn": modified_on,
                "status": status,
            }
        )
        if activated_by_id is not UNSET:
            field_dict["activatedById"] = activated_by_id
        if activated_from_id is not UNSET:
            field_dict["activatedFromId"] = activated_from_id
        if billing_template_id is not UNSET:
            field_dict["billingTemplateId"] = billing_template_id
        if cancellation_balance_invoice_id is not UNSET:
            field_dict["cancellationBalanceInvoiceId"] = cancellation_balance_invoice_id
        if cancellation_date is not UNSET:
            field_dict["cancellationDate"] = cancellation_date
        if cancellation_invoice_id is not UNSET:
            field_dict["cancellationInvoiceId"] = cancellation_invoice_id
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if customer_po is not UNSET:
            field_dict["customerPo"] = customer_po
        if duration is not UNSET:
            field_dict["duration"] = duration
        if follow_up_custom_status_id is not UNSET:
            field_dict["followUpCustomStatusId"] = follow_up_custom_status_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if import_id is not UNSET:
            field_dict["importId"] = import_id
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
        if renewal_billing_frequency is not UNSET:
            field_dict["renewalBillingFrequency"] = renewal_billing_frequency
        if renewal_duration is not UNSET:
            field_dict["renewalDuration"] = renewal_duration
        if renewal_membership_task_id is not UNSET:
            field_dict["renewalMembershipTaskId"] = renewal_membership_task_id
        if renewed_by_id is not UNSET:
            field_dict["renewedById"] = renewed_by_id
        if sold_by_id is not UNSET:
            field_dict["soldById"] = sold_by_id
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        billing_frequency = MembershipsV2MembershipRecurrenceType(
            d.pop("billingFrequency")
        )

        business_unit_id = d.pop("businessUnitId")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        custom_fields = [
            _models.MembershipsV2CustomFieldResponse.from_dict(custom_fields_item_data)
            for custom_fields_item_data in d.pop("customFields")
        ]

        customer_id = d.pop("customerId")

        follow_up_on = datetime.datetime.fromisoformat(d.pop("followUpOn"))

        follow_up_status = MembershipsV2OpportunityStatus(d.pop("followUpStatus"))

        id = d.pop("id")

        initial_deferred_revenue = d.pop("initialDeferredRevenue")

        membership_type_id = d.pop("membershipTypeId")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        status = MembershipsV2MembershipStatus(d.pop("status"))

        activated_by_id = d.pop("activatedById", UNSET)

        activated_from_id = d.pop("activatedFromId", UNSET)

        billing_template_id = d.pop("billingTemplateId", UNSET)

        cancellation_balance_invoice_id = d.pop("cancellationBalanceInvoiceId", UNSET)

        cancellation_date = d.pop("cancellationDate", UNSET)
        if cancellation_date is not None and not isinstance(cancellation_date, Unset):
            if not isinstance(cancellation_date, str):
                raise TypeError()
            cancellation_date_type_0 = datetime.datetime.fromisoformat(
                cancellation_date
            )

            cancellation_date = cancellation_date_type_0

        cancellation_invoice_id = d.pop("cancellationInvoiceId", UNSET)

        created_by_id = d.pop("createdById", UNSET)

        customer_po = d.pop("customerPo", UNSET)

        duration = d.pop("duration", UNSET)

        follow_up_custom_status_id = d.pop("followUpCustomStatusId", UNSET)

        from_ = d.pop("from", UNSET)
        if from_ is not None and not isinstance(from_, Unset):
            if not isinstance(from_, str):
                raise TypeError()
            from_type_0 = datetime.datetime.fromisoformat(from_)

            from_ = from_type_0

        import_id = d.pop("importId", UNSET)

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

        renewal_billing_frequency = d.pop("renewalBillingFrequency", UNSET)
        if renewal_billing_frequency is not None and not isinstance(
            renewal_billing_frequency, Unset
        ):
            if not isinstance(renewal_billing_frequency, str):
                raise TypeError()
            renewal_billing_frequency_type_0 = MembershipsV2MembershipRecurrenceType(
                renewal_billing_frequency
            )

            renewal_billing_frequency = renewal_billing_frequency_type_0

        renewal_duration = d.pop("renewalDuration", UNSET)

        renewal_membership_task_id = d.pop("renewalMembershipTaskId", UNSET)

        renewed_by_id = d.pop("renewedById", UNSET)

        sold_by_id = d.pop("soldById", UNSET)

        to = d.pop("to", UNSET)
        if to is not None and not isinstance(to, Unset):
            if not isinstance(to, str):
                raise TypeError()
            to_type_0 = datetime.datetime.fromisoformat(to)

            to = to_type_0

        memberships_v2_customer_membership_response = cls(
            active,
            billing_frequency,
            business_unit_id,
            created_on,
            custom_fields,
            customer_id,
            follow_up_on,
            follow_up_status,
            id,
            initial_deferred_revenue,
            membership_type_id,
            modified_on,
            status,
            activated_by_id,
            activated_from_id,
            billing_template_id,
            cancellation_balance_invoice_id,
            cancellation_date,
            cancellation_invoice_id,
            created_by_id,
            customer_po,
            duration,
            follow_up_custom_status_id,
            from_,
            import_id,
            location_id,
            memo,
            next_scheduled_bill_date,
            payment_method_id,
            payment_type_id,
            recurring_location_id,
            renewal_billing_frequency,
            renewal_duration,
            renewal_membership_task_id,
            renewed_by_id,
            sold_by_id,
            to,
        )

        memberships_v2_customer_membership_response.additional_properties = dict(d)
        return memberships_v2_customer_membership_response

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
