from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.marketing_ads_v2_web_session_data import MarketingAdsV2WebSessionData


T = TypeVar("T", bound="MarketingAdsV2CreateWebBookingAttributionRequest")


@_attrs_define
class MarketingAdsV2CreateWebBookingAttributionRequest:
    """
    Attributes:
        booking_id (int): The id of the booking entity in ServiceTitan.
        web_session_data (MarketingAdsV2WebSessionData): Data from the web session used by the attribution system to
            determine the marketing campaign that
            led the user to this particular web session.
    """

    booking_id: int
    web_session_data: MarketingAdsV2WebSessionData

    def to_dict(self) -> dict[str, Any]:
        booking_id = self.booking_id

        web_session_data = self.web_session_data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bookingId": booking_id,
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
        booking_id = d.pop("bookingId")

        web_session_data = MarketingAdsV2WebSessionData.from_dict(
            d.pop("webSessionData")
        )

        marketing_ads_v2_create_web_booking_attribution_request = cls(
            booking_id=booking_id,
            web_session_data=web_session_data,
        )

        return marketing_ads_v2_create_web_booking_attribution_request
