from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.marketing_ads_v2_web_session_data import MarketingAdsV2WebSessionData


T = TypeVar("T", bound="MarketingAdsV2CreateScheduledJobAttributionRequest")


@_attrs_define
class MarketingAdsV2CreateScheduledJobAttributionRequest:
    """
    Attributes:
        job_id (int): The id of the booking entity in ServiceTitan.
        web_session_data (MarketingAdsV2WebSessionData): Data from the web session used by the attribution system to
            determine the marketing campaign that
            led the user to this particular web session.
    """

    job_id: int
    web_session_data: MarketingAdsV2WebSessionData

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        web_session_data = self.web_session_data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jobId": job_id,
                "webSessionData": web_session_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.marketing_ads_v2_web_session_data import (
            MarketingAdsV2WebSessionData,
        )

        d = dict(src_dict)
        job_id = d.pop("jobId")

        web_session_data = MarketingAdsV2WebSessionData.from_dict(
            d.pop("webSessionData")
        )

        marketing_ads_v2_create_scheduled_job_attribution_request = cls(
            job_id=job_id,
            web_session_data=web_session_data,
        )

        return marketing_ads_v2_create_scheduled_job_attribution_request
