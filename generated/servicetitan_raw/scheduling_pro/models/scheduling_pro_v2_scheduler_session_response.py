from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
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
    _json_names = (
        "createdOn",
        "customer",
        "id",
        "lastCheckinDate",
        "modifiedOn",
        "sourceTracking",
        "aiModeEnabled",
        "blockerToBookAdditionalData",
        "blockerType",
        "bookingId",
        "businessUnitId",
        "campaignName",
        "category",
        "customOptIn",
        "customerResponses",
        "dispatchFeeQuoted",
        "externalId",
        "gbpName",
        "isLocationTakeover",
        "jobId",
        "jobTypeId",
        "lastStep",
        "leadId",
        "linearNavigationEnabled",
        "marketingOptIn",
        "membershipInterest",
        "mobileNotificationOptIn",
        "notes",
        "paymentInfoCaptured",
        "previousSessionId",
        "recurringServiceId",
        "schedulerId",
        "sessionOutcome",
        "timeslotEnd",
        "timeslotStart",
        "zoneId",
    )

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
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        customer = _models.SchedulingProV2Customer.from_dict(d.pop("customer"))

        id = d.pop("id")

        last_checkin_date = datetime.datetime.fromisoformat(d.pop("lastCheckinDate"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        source_tracking = _models.SchedulingProV2SourceTracking.from_dict(
            d.pop("sourceTracking")
        )

        ai_mode_enabled = d.pop("aiModeEnabled", UNSET)

        blocker_to_book_additional_data = d.pop("blockerToBookAdditionalData", UNSET)

        blocker_type = d.pop("blockerType", UNSET)

        booking_id = d.pop("bookingId", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        campaign_name = d.pop("campaignName", UNSET)

        category = d.pop("category", UNSET)

        custom_opt_in = d.pop("customOptIn", UNSET)

        customer_responses = d.pop("customerResponses", UNSET)
        if customer_responses is not None and not isinstance(customer_responses, Unset):
            if not isinstance(customer_responses, list):
                raise TypeError()
            customer_responses_type_0 = customer_responses

            customer_responses = customer_responses_type_0

        dispatch_fee_quoted = d.pop("dispatchFeeQuoted", UNSET)

        external_id = d.pop("externalId", UNSET)

        gbp_name = d.pop("gbpName", UNSET)

        is_location_takeover = d.pop("isLocationTakeover", UNSET)

        job_id = d.pop("jobId", UNSET)

        job_type_id = d.pop("jobTypeId", UNSET)

        last_step = d.pop("lastStep", UNSET)

        lead_id = d.pop("leadId", UNSET)

        linear_navigation_enabled = d.pop("linearNavigationEnabled", UNSET)

        marketing_opt_in = d.pop("marketingOptIn", UNSET)

        membership_interest = d.pop("membershipInterest", UNSET)

        mobile_notification_opt_in = d.pop("mobileNotificationOptIn", UNSET)

        notes = d.pop("notes", UNSET)

        payment_info_captured = d.pop("paymentInfoCaptured", UNSET)

        previous_session_id = d.pop("previousSessionId", UNSET)

        recurring_service_id = d.pop("recurringServiceId", UNSET)

        scheduler_id = d.pop("schedulerId", UNSET)

        session_outcome = d.pop("sessionOutcome", UNSET)

        timeslot_end = d.pop("timeslotEnd", UNSET)
        if timeslot_end is not None and not isinstance(timeslot_end, Unset):
            if not isinstance(timeslot_end, str):
                raise TypeError()
            timeslot_end_type_0 = datetime.datetime.fromisoformat(timeslot_end)

            timeslot_end = timeslot_end_type_0

        timeslot_start = d.pop("timeslotStart", UNSET)
        if timeslot_start is not None and not isinstance(timeslot_start, Unset):
            if not isinstance(timeslot_start, str):
                raise TypeError()
            timeslot_start_type_0 = datetime.datetime.fromisoformat(timeslot_start)

            timeslot_start = timeslot_start_type_0

        zone_id = d.pop("zoneId", UNSET)

        scheduling_pro_v2_scheduler_session_response = cls(
            created_on,
            customer,
            id,
            last_checkin_date,
            modified_on,
            source_tracking,
            ai_mode_enabled,
            blocker_to_book_additional_data,
            blocker_type,
            booking_id,
            business_unit_id,
            campaign_name,
            category,
            custom_opt_in,
            customer_responses,
            dispatch_fee_quoted,
            external_id,
            gbp_name,
            is_location_takeover,
            job_id,
            job_type_id,
            last_step,
            lead_id,
            linear_navigation_enabled,
            marketing_opt_in,
            membership_interest,
            mobile_notification_opt_in,
            notes,
            payment_info_captured,
            previous_session_id,
            recurring_service_id,
            scheduler_id,
            session_outcome,
            timeslot_end,
            timeslot_start,
            zone_id,
        )

        scheduling_pro_v2_scheduler_session_response.additional_properties = dict(d)
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
