from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduling_pro_v2_customer import SchedulingProV2Customer
    from ..models.scheduling_pro_v2_source_tracking import SchedulingProV2SourceTracking


T = TypeVar("T", bound="SchedulingProV2SchedulerSessionResponse")


@_attrs_define
class SchedulingProV2SchedulerSessionResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        customer (SchedulingProV2Customer):
        id (str):
        last_checkin_date (datetime.datetime):
        modified_on (datetime.datetime):
        source_tracking (SchedulingProV2SourceTracking):
        ai_mode_enabled (bool | None | Unset):
        blocker_to_book_additional_data (None | str | Unset):
        blocker_type (None | str | Unset):
        booking_id (int | None | Unset):
        business_unit_id (int | None | Unset):
        campaign_name (None | str | Unset):
        category (None | str | Unset):
        custom_opt_in (bool | None | Unset):
        customer_responses (list[str] | None | Unset):
        dispatch_fee_quoted (None | str | Unset):
        external_id (None | str | Unset):
        gbp_name (None | str | Unset):
        is_location_takeover (bool | None | Unset):
        job_id (int | None | Unset):
        job_type_id (int | None | Unset):
        last_step (None | str | Unset):
        lead_id (int | None | Unset):
        linear_navigation_enabled (bool | None | Unset):
        marketing_opt_in (bool | None | Unset):
        membership_interest (None | str | Unset):
        mobile_notification_opt_in (bool | None | Unset):
        notes (None | str | Unset):
        payment_info_captured (bool | None | Unset):
        previous_session_id (None | str | Unset):
        recurring_service_id (int | None | Unset):
        scheduler_id (None | str | Unset):
        session_outcome (None | str | Unset):
        timeslot_end (datetime.datetime | None | Unset):
        timeslot_start (datetime.datetime | None | Unset):
        zone_id (int | None | Unset):
    """

    created_on: datetime.datetime
    customer: SchedulingProV2Customer
    id: str
    last_checkin_date: datetime.datetime
    modified_on: datetime.datetime
    source_tracking: SchedulingProV2SourceTracking
    ai_mode_enabled: bool | None | Unset = UNSET
    blocker_to_book_additional_data: None | str | Unset = UNSET
    blocker_type: None | str | Unset = UNSET
    booking_id: int | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    campaign_name: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    custom_opt_in: bool | None | Unset = UNSET
    customer_responses: list[str] | None | Unset = UNSET
    dispatch_fee_quoted: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    gbp_name: None | str | Unset = UNSET
    is_location_takeover: bool | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    job_type_id: int | None | Unset = UNSET
    last_step: None | str | Unset = UNSET
    lead_id: int | None | Unset = UNSET
    linear_navigation_enabled: bool | None | Unset = UNSET
    marketing_opt_in: bool | None | Unset = UNSET
    membership_interest: None | str | Unset = UNSET
    mobile_notification_opt_in: bool | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    payment_info_captured: bool | None | Unset = UNSET
    previous_session_id: None | str | Unset = UNSET
    recurring_service_id: int | None | Unset = UNSET
    scheduler_id: None | str | Unset = UNSET
    session_outcome: None | str | Unset = UNSET
    timeslot_end: datetime.datetime | None | Unset = UNSET
    timeslot_start: datetime.datetime | None | Unset = UNSET
    zone_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        customer = self.customer.to_dict()

        id = self.id

        last_checkin_date = self.last_checkin_date.isoformat()

        modified_on = self.modified_on.isoformat()

        source_tracking = self.source_tracking.to_dict()

        ai_mode_enabled: bool | None | Unset
        if isinstance(self.ai_mode_enabled, Unset):
            ai_mode_enabled = UNSET
        else:
            ai_mode_enabled = self.ai_mode_enabled

        blocker_to_book_additional_data: None | str | Unset
        if isinstance(self.blocker_to_book_additional_data, Unset):
            blocker_to_book_additional_data = UNSET
        else:
            blocker_to_book_additional_data = self.blocker_to_book_additional_data

        blocker_type: None | str | Unset
        if isinstance(self.blocker_type, Unset):
            blocker_type = UNSET
        else:
            blocker_type = self.blocker_type

        booking_id: int | None | Unset
        if isinstance(self.booking_id, Unset):
            booking_id = UNSET
        else:
            booking_id = self.booking_id

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

        campaign_name: None | str | Unset
        if isinstance(self.campaign_name, Unset):
            campaign_name = UNSET
        else:
            campaign_name = self.campaign_name

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        custom_opt_in: bool | None | Unset
        if isinstance(self.custom_opt_in, Unset):
            custom_opt_in = UNSET
        else:
            custom_opt_in = self.custom_opt_in

        customer_responses: list[str] | None | Unset
        if isinstance(self.customer_responses, Unset):
            customer_responses = UNSET
        elif isinstance(self.customer_responses, list):
            customer_responses = self.customer_responses

        else:
            customer_responses = self.customer_responses

        dispatch_fee_quoted: None | str | Unset
        if isinstance(self.dispatch_fee_quoted, Unset):
            dispatch_fee_quoted = UNSET
        else:
            dispatch_fee_quoted = self.dispatch_fee_quoted

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        gbp_name: None | str | Unset
        if isinstance(self.gbp_name, Unset):
            gbp_name = UNSET
        else:
            gbp_name = self.gbp_name

        is_location_takeover: bool | None | Unset
        if isinstance(self.is_location_takeover, Unset):
            is_location_takeover = UNSET
        else:
            is_location_takeover = self.is_location_takeover

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        job_type_id: int | None | Unset
        if isinstance(self.job_type_id, Unset):
            job_type_id = UNSET
        else:
            job_type_id = self.job_type_id

        last_step: None | str | Unset
        if isinstance(self.last_step, Unset):
            last_step = UNSET
        else:
            last_step = self.last_step

        lead_id: int | None | Unset
        if isinstance(self.lead_id, Unset):
            lead_id = UNSET
        else:
            lead_id = self.lead_id

        linear_navigation_enabled: bool | None | Unset
        if isinstance(self.linear_navigation_enabled, Unset):
            linear_navigation_enabled = UNSET
        else:
            linear_navigation_enabled = self.linear_navigation_enabled

        marketing_opt_in: bool | None | Unset
        if isinstance(self.marketing_opt_in, Unset):
            marketing_opt_in = UNSET
        else:
            marketing_opt_in = self.marketing_opt_in

        membership_interest: None | str | Unset
        if isinstance(self.membership_interest, Unset):
            membership_interest = UNSET
        else:
            membership_interest = self.membership_interest

        mobile_notification_opt_in: bool | None | Unset
        if isinstance(self.mobile_notification_opt_in, Unset):
            mobile_notification_opt_in = UNSET
        else:
            mobile_notification_opt_in = self.mobile_notification_opt_in

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        payment_info_captured: bool | None | Unset
        if isinstance(self.payment_info_captured, Unset):
            payment_info_captured = UNSET
        else:
            payment_info_captured = self.payment_info_captured

        previous_session_id: None | str | Unset
        if isinstance(self.previous_session_id, Unset):
            previous_session_id = UNSET
        else:
            previous_session_id = self.previous_session_id

        recurring_service_id: int | None | Unset
        if isinstance(self.recurring_service_id, Unset):
            recurring_service_id = UNSET
        else:
            recurring_service_id = self.recurring_service_id

        scheduler_id: None | str | Unset
        if isinstance(self.scheduler_id, Unset):
            scheduler_id = UNSET
        else:
            scheduler_id = self.scheduler_id

        session_outcome: None | str | Unset
        if isinstance(self.session_outcome, Unset):
            session_outcome = UNSET
        else:
            session_outcome = self.session_outcome

        timeslot_end: None | str | Unset
        if isinstance(self.timeslot_end, Unset):
            timeslot_end = UNSET
        elif isinstance(self.timeslot_end, datetime.datetime):
            timeslot_end = self.timeslot_end.isoformat()
        else:
            timeslot_end = self.timeslot_end

        timeslot_start: None | str | Unset
        if isinstance(self.timeslot_start, Unset):
            timeslot_start = UNSET
        elif isinstance(self.timeslot_start, datetime.datetime):
            timeslot_start = self.timeslot_start.isoformat()
        else:
            timeslot_start = self.timeslot_start

        zone_id: int | None | Unset
        if isinstance(self.zone_id, Unset):
            zone_id = UNSET
        else:
            zone_id = self.zone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "customer": customer,
                "id": id,
                "lastCheckinDate": last_checkin_date,
                "modifiedOn": modified_on,
                "sourceTracking": source_tracking,
            }
        )
        if ai_mode_enabled is not UNSET:
            field_dict["aiModeEnabled"] = ai_mode_enabled
        if blocker_to_book_additional_data is not UNSET:
            field_dict["blockerToBookAdditionalData"] = blocker_to_book_additional_data
        if blocker_type is not UNSET:
            field_dict["blockerType"] = blocker_type
        if booking_id is not UNSET:
            field_dict["bookingId"] = booking_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if campaign_name is not UNSET:
            field_dict["campaignName"] = campaign_name
        if category is not UNSET:
            field_dict["category"] = category
        if custom_opt_in is not UNSET:
            field_dict["customOptIn"] = custom_opt_in
        if customer_responses is not UNSET:
            field_dict["customerResponses"] = customer_responses
        if dispatch_fee_quoted is not UNSET:
            field_dict["dispatchFeeQuoted"] = dispatch_fee_quoted
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if gbp_name is not UNSET:
            field_dict["gbpName"] = gbp_name
        if is_location_takeover is not UNSET:
            field_dict["isLocationTakeover"] = is_location_takeover
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_type_id is not UNSET:
            field_dict["jobTypeId"] = job_type_id
        if last_step is not UNSET:
            field_dict["lastStep"] = last_step
        if lead_id is not UNSET:
            field_dict["leadId"] = lead_id
        if linear_navigation_enabled is not UNSET:
            field_dict["linearNavigationEnabled"] = linear_navigation_enabled
        if marketing_opt_in is not UNSET:
            field_dict["marketingOptIn"] = marketing_opt_in
        if membership_interest is not UNSET:
            field_dict["membershipInterest"] = membership_interest
        if mobile_notification_opt_in is not UNSET:
            field_dict["mobileNotificationOptIn"] = mobile_notification_opt_in
        if notes is not UNSET:
            field_dict["notes"] = notes
        if payment_info_captured is not UNSET:
            field_dict["paymentInfoCaptured"] = payment_info_captured
        if previous_session_id is not UNSET:
            field_dict["previousSessionId"] = previous_session_id
        if recurring_service_id is not UNSET:
            field_dict["recurringServiceId"] = recurring_service_id
        if scheduler_id is not UNSET:
            field_dict["schedulerId"] = scheduler_id
        if session_outcome is not UNSET:
            field_dict["sessionOutcome"] = session_outcome
        if timeslot_end is not UNSET:
            field_dict["timeslotEnd"] = timeslot_end
        if timeslot_start is not UNSET:
            field_dict["timeslotStart"] = timeslot_start
        if zone_id is not UNSET:
            field_dict["zoneId"] = zone_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scheduling_pro_v2_customer import SchedulingProV2Customer
        from ..models.scheduling_pro_v2_source_tracking import (
            SchedulingProV2SourceTracking,
        )

        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        customer = SchedulingProV2Customer.from_dict(d.pop("customer"))

        id = d.pop("id")

        last_checkin_date = datetime.datetime.fromisoformat(d.pop("lastCheckinDate"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        source_tracking = SchedulingProV2SourceTracking.from_dict(
            d.pop("sourceTracking")
        )

        def _parse_ai_mode_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ai_mode_enabled = _parse_ai_mode_enabled(d.pop("aiModeEnabled", UNSET))

        def _parse_blocker_to_book_additional_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blocker_to_book_additional_data = _parse_blocker_to_book_additional_data(
            d.pop("blockerToBookAdditionalData", UNSET)
        )

        def _parse_blocker_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blocker_type = _parse_blocker_type(d.pop("blockerType", UNSET))

        def _parse_booking_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        booking_id = _parse_booking_id(d.pop("bookingId", UNSET))

        def _parse_business_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        business_unit_id = _parse_business_unit_id(d.pop("businessUnitId", UNSET))

        def _parse_campaign_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_name = _parse_campaign_name(d.pop("campaignName", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_custom_opt_in(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        custom_opt_in = _parse_custom_opt_in(d.pop("customOptIn", UNSET))

        def _parse_customer_responses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                customer_responses_type_0 = cast(list[str], data)

                return customer_responses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        customer_responses = _parse_customer_responses(
            d.pop("customerResponses", UNSET)
        )

        def _parse_dispatch_fee_quoted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dispatch_fee_quoted = _parse_dispatch_fee_quoted(
            d.pop("dispatchFeeQuoted", UNSET)
        )

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_gbp_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gbp_name = _parse_gbp_name(d.pop("gbpName", UNSET))

        def _parse_is_location_takeover(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_location_takeover = _parse_is_location_takeover(
            d.pop("isLocationTakeover", UNSET)
        )

        def _parse_job_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", UNSET))

        def _parse_job_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_type_id = _parse_job_type_id(d.pop("jobTypeId", UNSET))

        def _parse_last_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_step = _parse_last_step(d.pop("lastStep", UNSET))

        def _parse_lead_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        lead_id = _parse_lead_id(d.pop("leadId", UNSET))

        def _parse_linear_navigation_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        linear_navigation_enabled = _parse_linear_navigation_enabled(
            d.pop("linearNavigationEnabled", UNSET)
        )

        def _parse_marketing_opt_in(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        marketing_opt_in = _parse_marketing_opt_in(d.pop("marketingOptIn", UNSET))

        def _parse_membership_interest(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        membership_interest = _parse_membership_interest(
            d.pop("membershipInterest", UNSET)
        )

        def _parse_mobile_notification_opt_in(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mobile_notification_opt_in = _parse_mobile_notification_opt_in(
            d.pop("mobileNotificationOptIn", UNSET)
        )

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_payment_info_captured(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        payment_info_captured = _parse_payment_info_captured(
            d.pop("paymentInfoCaptured", UNSET)
        )

        def _parse_previous_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_session_id = _parse_previous_session_id(
            d.pop("previousSessionId", UNSET)
        )

        def _parse_recurring_service_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recurring_service_id = _parse_recurring_service_id(
            d.pop("recurringServiceId", UNSET)
        )

        def _parse_scheduler_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduler_id = _parse_scheduler_id(d.pop("schedulerId", UNSET))

        def _parse_session_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_outcome = _parse_session_outcome(d.pop("sessionOutcome", UNSET))

        def _parse_timeslot_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timeslot_end_type_0 = datetime.datetime.fromisoformat(data)

                return timeslot_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timeslot_end = _parse_timeslot_end(d.pop("timeslotEnd", UNSET))

        def _parse_timeslot_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timeslot_start_type_0 = datetime.datetime.fromisoformat(data)

                return timeslot_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timeslot_start = _parse_timeslot_start(d.pop("timeslotStart", UNSET))

        def _parse_zone_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        zone_id = _parse_zone_id(d.pop("zoneId", UNSET))

        scheduling_pro_v2_scheduler_session_response = cls(
            created_on=created_on,
            customer=customer,
            id=id,
            last_checkin_date=last_checkin_date,
            modified_on=modified_on,
            source_tracking=source_tracking,
            ai_mode_enabled=ai_mode_enabled,
            blocker_to_book_additional_data=blocker_to_book_additional_data,
            blocker_type=blocker_type,
            booking_id=booking_id,
            business_unit_id=business_unit_id,
            campaign_name=campaign_name,
            category=category,
            custom_opt_in=custom_opt_in,
            customer_responses=customer_responses,
            dispatch_fee_quoted=dispatch_fee_quoted,
            external_id=external_id,
            gbp_name=gbp_name,
            is_location_takeover=is_location_takeover,
            job_id=job_id,
            job_type_id=job_type_id,
            last_step=last_step,
            lead_id=lead_id,
            linear_navigation_enabled=linear_navigation_enabled,
            marketing_opt_in=marketing_opt_in,
            membership_interest=membership_interest,
            mobile_notification_opt_in=mobile_notification_opt_in,
            notes=notes,
            payment_info_captured=payment_info_captured,
            previous_session_id=previous_session_id,
            recurring_service_id=recurring_service_id,
            scheduler_id=scheduler_id,
            session_outcome=session_outcome,
            timeslot_end=timeslot_end,
            timeslot_start=timeslot_start,
            zone_id=zone_id,
        )

        scheduling_pro_v2_scheduler_session_response.additional_properties = d
        return scheduling_pro_v2_scheduler_session_response

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
