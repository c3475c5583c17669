from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.scheduling_pro_v2_milestone_frequency_count import (
        SchedulingProV2MilestoneFrequencyCount,
    )


T = TypeVar("T", bound="SchedulingProV2SchedulerPerformanceResponse")


@_attrs_define
class SchedulingProV2SchedulerPerformanceResponse:
    """
    Attributes:
        brand_name (str):
        id (str):
        milestone_frequency_count (SchedulingProV2MilestoneFrequencyCount):
        opened_completion_rate (float):
        scheduler_completion_rate (float):
        scheduler_name (str):
        total_abandoned_sessions_sent_to_bookings (int):
        total_abandoned_sessions_sent_to_leads (int):
        total_bookings_created (int):
        total_bookings_recovered_from_abandoned_sessions (int):
        total_bookings_recovered_from_abandoned_sessions_ai_agent (int):
        total_bookings_recovered_from_abandoned_sessions_recovery_link (int):
        total_customer_contacts_captured (int):
        total_jobs_created (int):
        total_jobs_recovered_from_abandoned_sessions (int):
        total_jobs_recovered_from_abandoned_sessions_ai_agent (int):
        total_jobs_recovered_from_abandoned_sessions_recovery_link (int):
        total_membership_interest (int):
        total_sessions (int):
        total_sms_sent_to_recover_abandoned_session_ai_agent (int):
        total_sms_sent_to_recover_abandoned_session_recovery_link (int):
    """

    brand_name: str
    id: str
    milestone_frequency_count: SchedulingProV2MilestoneFrequencyCount
    opened_completion_rate: float
    scheduler_completion_rate: float
    scheduler_name: str
    total_abandoned_sessions_sent_to_bookings: int
    total_abandoned_sessions_sent_to_leads: int
    total_bookings_created: int
    total_bookings_recovered_from_abandoned_sessions: int
    total_bookings_recovered_from_abandoned_sessions_ai_agent: int
    total_bookings_recovered_from_abandoned_sessions_recovery_link: int
    total_customer_contacts_captured: int
    total_jobs_created: int
    total_jobs_recovered_from_abandoned_sessions: int
    total_jobs_recovered_from_abandoned_sessions_ai_agent: int
    total_jobs_recovered_from_abandoned_sessions_recovery_link: int
    total_membership_interest: int
    total_sessions: int
    total_sms_sent_to_recover_abandoned_session_ai_agent: int
    total_sms_sent_to_recover_abandoned_session_recovery_link: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "brandName",
        "id",
        "milestoneFrequencyCount",
        "openedCompletionRate",
        "schedulerCompletionRate",
        "schedulerName",
        "totalAbandonedSessionsSentToBookings",
        "totalAbandonedSessionsSentToLeads",
        "totalBookingsCreated",
        "totalBookingsRecoveredFromAbandonedSessions",
        "totalBookingsRecoveredFromAbandonedSessionsAiAgent",
        "totalBookingsRecoveredFromAbandonedSessionsRecoveryLink",
        "totalCustomerContactsCaptured",
        "totalJobsCreated",
        "totalJobsRecoveredFromAbandonedSessions",
        "totalJobsRecoveredFromAbandonedSessionsAiAgent",
        "totalJobsRecoveredFromAbandonedSessionsRecoveryLink",
        "totalMembershipInterest",
        "totalSessions",
        "totalSmsSentToRecoverAbandonedSessionAiAgent",
        "totalSmsSentToRecoverAbandonedSessionRecoveryLink",
    )

    def to_dict(self) -> dict[str, Any]:
        brand_name = self.brand_name

        id = self.id

        milestone_frequency_count = self.milestone_frequency_count.to_dict()

        opened_completion_rate = self.opened_completion_rate

        scheduler_completion_rate = self.scheduler_completion_rate

        scheduler_name = self.scheduler_name

        total_abandoned_sessions_sent_to_bookings = (
            self.total_abandoned_sessions_sent_to_bookings
        )

        total_abandoned_sessions_sent_to_leads = (
            self.total_abandoned_sessions_sent_to_leads
        )

        total_bookings_created = self.total_bookings_created

        total_bookings_recovered_from_abandoned_sessions = (
            self.total_bookings_recovered_from_abandoned_sessions
        )

        total_bookings_recovered_from_abandoned_sessions_ai_agent = (
            self.total_bookings_recovered_from_abandoned_sessions_ai_agent
        )

        total_bookings_recovered_from_abandoned_sessions_recovery_link = (
            self.total_bookings_recovered_from_abandoned_sessions_recovery_link
        )

        total_customer_contacts_captured = self.total_customer_contacts_captured

        total_jobs_created = self.total_jobs_created

        total_jobs_recovered_from_abandoned_sessions = (
            self.total_jobs_recovered_from_abandoned_sessions
        )

        total_jobs_recovered_from_abandoned_sessions_ai_agent = (
            self.total_jobs_recovered_from_abandoned_sessions_ai_agent
        )

        total_jobs_recovered_from_abandoned_sessions_recovery_link = (
            self.total_jobs_recovered_from_abandoned_sessions_recovery_link
        )

        total_membership_interest = self.total_membership_interest

        total_sessions = self.total_sessions

        total_sms_sent_to_recover_abandoned_session_ai_agent = (
            self.total_sms_sent_to_recover_abandoned_session_ai_agent
        )

        total_sms_sent_to_recover_abandoned_session_recovery_link = (
            self.total_sms_sent_to_recover_abandoned_session_recovery_link
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brandName": brand_name,
                "id": id,
                "milestoneFrequencyCount": milestone_frequency_count,
                "openedCompletionRate": opened_completion_rate,
                "schedulerCompletionRate": scheduler_completion_rate,
                "schedulerName": scheduler_name,
                "totalAbandonedSessionsSentToBookings": total_abandoned_sessions_sent_to_bookings,
                "totalAbandonedSessionsSentToLeads": total_abandoned_sessions_sent_to_leads,
                "totalBookingsCreated": total_bookings_created,
                "totalBookingsRecoveredFromAbandonedSessions": total_bookings_recovered_from_abandoned_sessions,
                "totalBookingsRecoveredFromAbandonedSessionsAiAgent": total_bookings_recovered_from_abandoned_sessions_ai_agent,
                "totalBookingsRecoveredFromAbandonedSessionsRecoveryLink": total_bookings_recovered_from_abandoned_sessions_recovery_link,
                "totalCustomerContactsCaptured": total_customer_contacts_captured,
                "totalJobsCreated": total_jobs_created,
                "totalJobsRecoveredFromAbandonedSessions": total_jobs_recovered_from_abandoned_sessions,
                "totalJobsRecoveredFromAbandonedSessionsAiAgent": total_jobs_recovered_from_abandoned_sessions_ai_agent,
                "totalJobsRecoveredFromAbandonedSessionsRecoveryLink": total_jobs_recovered_from_abandoned_sessions_recovery_link,
                "totalMembershipInterest": total_membership_interest,
                "totalSessions": total_sessions,
                "totalSmsSentToRecoverAbandonedSessionAiAgent": total_sms_sent_to_recover_abandoned_session_ai_agent,
                "totalSmsSentToRecoverAbandonedSessionRecoveryLink": total_sms_sent_to_recover_abandoned_session_recovery_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        brand_name = d.pop("brandName")

        id = d.pop("id")

        milestone_frequency_count = (
            _models.SchedulingProV2MilestoneFrequencyCount.from_dict(
                d.pop("milestoneFrequencyCount")
            )
        )

        opened_completion_rate = d.pop("openedCompletionRate")

        scheduler_completion_rate = d.pop("schedulerCompletionRate")

        scheduler_name = d.pop("schedulerName")

        total_abandoned_sessions_sent_to_bookings = d.pop(
            "totalAbandonedSessionsSentToBookings"
        )

        total_abandoned_sessions_sent_to_leads = d.pop(
            "totalAbandonedSessionsSentToLeads"
        )

        total_bookings_created = d.pop("totalBookingsCreated")

        total_bookings_recovered_from_abandoned_sessions = d.pop(
            "totalBookingsRecoveredFromAbandonedSessions"
        )

        total_bookings_recovered_from_abandoned_sessions_ai_agent = d.pop(
            "totalBookingsRecoveredFromAbandonedSessionsAiAgent"
        )

        total_bookings_recovered_from_abandoned_sessions_recovery_link = d.pop(
            "totalBookingsRecoveredFromAbandonedSessionsRecoveryLink"
        )

        total_customer_contacts_captured = d.pop("totalCustomerContactsCaptured")

        total_jobs_created = d.pop("totalJobsCreated")

        total_jobs_recovered_from_abandoned_sessions = d.pop(
            "totalJobsRecoveredFromAbandonedSessions"
        )

        total_jobs_recovered_from_abandoned_sessions_ai_agent = d.pop(
            "totalJobsRecoveredFromAbandonedSessionsAiAgent"
        )

        total_jobs_recovered_from_abandoned_sessions_recovery_link = d.pop(
            "totalJobsRecoveredFromAbandonedSessionsRecoveryLink"
        )

        total_membership_interest = d.pop("totalMembershipInterest")

        total_sessions = d.pop("totalSessions")

        total_sms_sent_to_recover_abandoned_session_ai_agent = d.pop(
            "totalSmsSentToRecoverAbandonedSessionAiAgent"
        )

        total_sms_sent_to_recover_abandoned_session_recovery_link = d.pop(
            "totalSmsSentToRecoverAbandonedSessionRecoveryLink"
        )

        scheduling_pro_v2_scheduler_performance_response = cls(
            brand_name,
            id,
            milestone_frequency_count,
            opened_completion_rate,
            scheduler_completion_rate,
            scheduler_name,
            total_abandoned_sessions_sent_to_bookings,
            total_abandoned_sessions_sent_to_leads,
            total_bookings_created,
            total_bookings_recovered_from_abandoned_sessions,
            total_bookings_recovered_from_abandoned_sessions_ai_agent,
            total_bookings_recovered_from_abandoned_sessions_recovery_link,
            total_customer_contacts_captured,
            total_jobs_created,
            total_jobs_recovered_from_abandoned_sessions,
            total_jobs_recovered_from_abandoned_sessions_ai_agent,
            total_jobs_recovered_from_abandoned_sessions_recovery_link,
            total_membership_interest,
            total_sessions,
            total_sms_sent_to_recover_abandoned_session_ai_agent,
            total_sms_sent_to_recover_abandoned_session_recovery_link,
        )

        scheduling_pro_v2_scheduler_performance_response.additional_properties = dict(d)
        return scheduling_pro_v2_scheduler_performance_response

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
