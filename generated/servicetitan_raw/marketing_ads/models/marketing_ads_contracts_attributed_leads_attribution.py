from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.marketing_ads_contracts_attributed_leads_entity_type import (
    MarketingAdsContractsAttributedLeadsEntityType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingAdsContractsAttributedLeadsAttribution")


@_attrs_define
class MarketingAdsContractsAttributedLeadsAttribution:
    """
    Attributes:
        ad_group_id (str):
        ad_group_name (str):
        click_id (str):
        gbraid (str):
        keyword_id (str):
        keyword_name (str):
        landing_page_url (str):
        original_campaign (str):
        referrer_url (str):
        utm_campaign (str):
        utm_medium (str):
        utm_source (str):
        wbraid (str):
        attribution_overwrite_id (int | None | Unset):
        attribution_overwrite_type (MarketingAdsContractsAttributedLeadsEntityType | None | Unset):
        overwritten_booking_job_id (int | None | Unset):
        st_campaign_id (int | None | Unset):
    """

    ad_group_id: str
    ad_group_name: str
    click_id: str
    gbraid: str
    keyword_id: str
    keyword_name: str
    landing_page_url: str
    original_campaign: str
    referrer_url: str
    utm_campaign: str
    utm_medium: str
    utm_source: str
    wbraid: str
    attribution_overwrite_id: int | None | Unset = UNSET
    attribution_overwrite_type: (
        MarketingAdsContractsAttributedLeadsEntityType | None | Unset
    ) = UNSET
    overwritten_booking_job_id: int | None | Unset = UNSET
    st_campaign_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "adGroupId",
        "adGroupName",
        "clickId",
        "gbraid",
        "keywordId",
        "keywordName",
        "landingPageUrl",
        "originalCampaign",
        "referrerUrl",
        "utmCampaign",
        "utmMedium",
        "utmSource",
        "wbraid",
        "attributionOverwriteId",
        "attributionOverwriteType",
        "overwrittenBookingJobId",
        "stCampaignId",
    )

    def to_dict(self) -> dict[str, Any]:
        ad_group_id = self.ad_group_id

        ad_group_name = self.ad_group_name

        click_id = self.click_id

        gbraid = self.gbraid

        keyword_id = self.keyword_id

        keyword_name = self.keyword_name

        landing_page_url = self.landing_page_url

        original_campaign = self.original_campaign

        referrer_url = self.referrer_url

        utm_campaign = self.utm_campaign

        utm_medium = self.utm_medium

        utm_source = self.utm_source

        wbraid = self.wbraid

        attribution_overwrite_id: int | None | Unset
        if isinstance(self.attribution_overwrite_id, Unset):
            attribution_overwrite_id = UNSET
        else:
            attribution_overwrite_id = self.attribution_overwrite_id

        attribution_overwrite_type: None | str | Unset
        if isinstance(self.attribution_overwrite_type, Unset):
            attribution_overwrite_type = UNSET
        elif isinstance(
            self.attribution_overwrite_type,
            MarketingAdsContractsAttributedLeadsEntityType,
        ):
            attribution_overwrite_type = self.attribution_overwrite_type.value
        else:
            attribution_overwrite_type = self.attribution_overwrite_type

        overwritten_booking_job_id: int | None | Unset
        if isinstance(self.overwritten_booking_job_id, Unset):
            overwritten_booking_job_id = UNSET
        else:
            overwritten_booking_job_id = self.overwritten_booking_job_id

        st_campaign_id: int | None | Unset
        if isinstance(self.st_campaign_id, Unset):
            st_campaign_id = UNSET
        else:
            st_campaign_id = self.st_campaign_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "adGroupId": ad_group_id,
                "adGroupName": ad_group_name,
                "clickId": click_id,
                "gbraid": gbraid,
                "keywordId": keyword_id,
                "keywordName": keyword_name,
                "landingPageUrl": landing_page_url,
                "originalCampaign": original_campaign,
                "referrerUrl": referrer_url,
                "utmCampaign": utm_campaign,
                "utmMedium": utm_medium,
                "utmSource": utm_source,
                "wbraid": wbraid,
            }
        )
        if attribution_overwrite_id is not UNSET:
            field_dict["attributionOverwriteId"] = attribution_overwrite_id
        if attribution_overwrite_type is not UNSET:
            field_dict["attributionOverwriteType"] = attribution_overwrite_type
        if overwritten_booking_job_id is not UNSET:
            field_dict["overwrittenBookingJobId"] = overwritten_booking_job_id
        if st_campaign_id is not UNSET:
            field_dict["stCampaignId"] = st_campaign_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ad_group_id = d.pop("adGroupId")

        ad_group_name = d.pop("adGroupName")

        click_id = d.pop("clickId")

        gbraid = d.pop("gbraid")

        keyword_id = d.pop("keywordId")

        keyword_name = d.pop("keywordName")

        landing_page_url = d.pop("landingPageUrl")

        original_campaign = d.pop("originalCampaign")

        referrer_url = d.pop("referrerUrl")

        utm_campaign = d.pop("utmCampaign")

        utm_medium = d.pop("utmMedium")

        utm_source = d.pop("utmSource")

        wbraid = d.pop("wbraid")

        attribution_overwrite_id = d.pop("attributionOverwriteId", UNSET)

        attribution_overwrite_type = d.pop("attributionOverwriteType", UNSET)
        if attribution_overwrite_type is not None and not isinstance(
            attribution_overwrite_type, Unset
        ):
            if not isinstance(attribution_overwrite_type, str):
                raise TypeError()
            attribution_overwrite_type_type_0 = (
                MarketingAdsContractsAttributedLeadsEntityType(
                    attribution_overwrite_type
                )
            )

            attribution_overwrite_type = attribution_overwrite_type_type_0

        overwritten_booking_job_id = d.pop("overwrittenBookingJobId", UNSET)

        st_campaign_id = d.pop("stCampaignId", UNSET)

        marketing_ads_contracts_attributed_leads_attribution = cls(
            ad_group_id,
            ad_group_name,
            click_id,
            gbraid,
            keyword_id,
            keyword_name,
            landing_page_url,
            original_campaign,
            referrer_url,
            utm_campaign,
            utm_medium,
            utm_source,
            wbraid,
            attribution_overwrite_id,
            attribution_overwrite_type,
            overwritten_booking_job_id,
            st_campaign_id,
        )

        marketing_ads_contracts_attributed_leads_attribution.additional_properties = (
            dict(d)
        )
        return marketing_ads_contracts_attributed_leads_attribution

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
