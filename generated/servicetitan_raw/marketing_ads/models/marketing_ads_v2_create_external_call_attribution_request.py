from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.marketing_ads_v2_external_call_data import (
        MarketingAdsV2ExternalCallData,
    )
    from ..models.marketing_ads_v2_web_session_data import MarketingAdsV2WebSessionData


T = TypeVar("T", bound="MarketingAdsV2CreateExternalCallAttributionRequest")


@_attrs_define
class MarketingAdsV2CreateExternalCallAttributionRequest:
    """
    Attributes:
        external_call_data (MarketingAdsV2ExternalCallData):
        web_session_data (MarketingAdsV2WebSessionData): Data from the web session used by the attribution system to
            determine the marketing campaign that
            led the user to this particular web session.
    """

    external_call_data: MarketingAdsV2ExternalCallData
    web_session_data: MarketingAdsV2WebSessionData

    def to_dict(self) -> dict[str, Any]:
        external_call_data = self.external_call_data.to_dict()

        web_session_data = self.web_session_data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "externalCallData": external_call_data,
                "webSessionData": web_session_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.marketing_ads_v2_external_call_data import (
            MarketingAdsV2ExternalCallData,
        )
        from ..models.marketing_ads_v2_web_session_data import (
            MarketingAdsV2WebSessionData,
        )

        d = dict(src_dict)
        external_call_data = MarketingAdsV2ExternalCallData.from_dict(
            d.pop("externalCallData")
        )

        web_session_data = MarketingAdsV2WebSessionData.from_dict(
            d.pop("webSessionData")
        )

        marketing_ads_v2_create_external_call_attribution_request = cls(
            external_call_data=external_call_data,
            web_session_data=web_session_data,
        )

        return marketing_ads_v2_create_external_call_attribution_request
