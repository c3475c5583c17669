from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.marketing_ads_v2_web_session_data import MarketingAdsV2WebSessionData


T = TypeVar("T", bound="MarketingAdsV2CreateWebLeadFormAttributionRequest")


@_attrs_define
class MarketingAdsV2CreateWebLeadFormAttributionRequest:
    """
    Attributes:
        lead_id (int):
        web_session_data (MarketingAdsV2WebSessionData):
    """

    lead_id: int
    web_session_data: MarketingAdsV2WebSessionData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "leadId",
        "webSessionData",
    )

    def to_dict(self) -> dict[str, Any]:
        lead_id = self.lead_id

        web_session_data = self.web_session_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leadId": lead_id,
                "webSessionData": web_session_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lead_id = d.pop("leadId")

        web_session_data = _models.MarketingAdsV2WebSessionData.from_dict(
            d.pop("webSessionData")
        )

        marketing_ads_v2_create_web_lead_form_attribution_request = cls(
            lead_id,
            web_session_data,
        )

        marketing_ads_v2_create_web_lead_form_attribution_request.additional_properties = dict(
            d
        )
        return marketing_ads_v2_create_web_lead_form_attribution_request

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
