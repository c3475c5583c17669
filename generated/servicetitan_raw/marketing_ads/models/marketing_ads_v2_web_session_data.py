from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingAdsV2WebSessionData")


@_attrs_define
class MarketingAdsV2WebSessionData:
    """
    Attributes:
        landing_page_url (str):
        referrer_url (str):
        fbclid (None | str | Unset):
        gbraid (None | str | Unset):
        gclid (None | str | Unset):
        google_analytics_client_id (None | str | Unset):
        msclkid (None | str | Unset):
        utm_adgroup (None | str | Unset):
        utm_campaign (None | str | Unset):
        utm_content (None | str | Unset):
        utm_medium (None | str | Unset):
        utm_source (None | str | Unset):
        utm_term (None | str | Unset):
        wbraid (None | str | Unset):
    """

    landing_page_url: str
    referrer_url: str
    fbclid: None | str | Unset = UNSET
    gbraid: None | str | Unset = UNSET
    gclid: None | str | Unset = UNSET
    google_analytics_client_id: None | str | Unset = UNSET
    msclkid: None | str | Unset = UNSET
    utm_adgroup: None | str | Unset = UNSET
    utm_campaign: None | str | Unset = UNSET
    utm_content: None | str | Unset = UNSET
    utm_medium: None | str | Unset = UNSET
    utm_source: None | str | Unset = UNSET
    utm_term: None | str | Unset = UNSET
    wbraid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "landingPageUrl",
        "referrerUrl",
        "fbclid",
        "gbraid",
        "gclid",
        "googleAnalyticsClientId",
        "msclkid",
        "utmAdgroup",
        "utmCampaign",
        "utmContent",
        "utmMedium",
        "utmSource",
        "utmTerm",
        "wbraid",
    )

    def to_dict(self) -> dict[str, Any]:
        landing_page_url = self.landing_page_url

        referrer_url = self.referrer_url

        fbclid: None | str | Unset
        if isinstance(self.fbclid, Unset):
            fbclid = UNSET
        else:
            fbclid = self.fbclid

        gbraid: None | str | Unset
        if isinstance(self.gbraid, Unset):
            gbraid = UNSET
        else:
            gbraid = self.gbraid

        gclid: None | str | Unset
        if isinstance(self.gclid, Unset):
            gclid = UNSET
        else:
            gclid = self.gclid

        google_analytics_client_id: None | str | Unset
        if isinstance(self.google_analytics_client_id, Unset):
            google_analytics_client_id = UNSET
        else:
            google_analytics_client_id = self.google_analytics_client_id

        msclkid: None | str | Unset
        if isinstance(self.msclkid, Unset):
            msclkid = UNSET
        else:
            msclkid = self.msclkid

        utm_adgroup: None | str | Unset
        if isinstance(self.utm_adgroup, Unset):
            utm_adgroup = UNSET
        else:
            utm_adgroup = self.utm_adgroup

        utm_campaign: None | str | Unset
        if isinstance(self.utm_campaign, Unset):
            utm_campaign = UNSET
        else:
            utm_campaign = self.utm_campaign

        utm_content: None | str | Unset
        if isinstance(self.utm_content, Unset):
            utm_content = UNSET
        else:
            utm_content = self.utm_content

        utm_medium: None | str | Unset
        if isinstance(self.utm_medium, Unset):
            utm_medium = UNSET
        else:
            utm_medium = self.utm_medium

        utm_source: None | str | Unset
        if isinstance(self.utm_source, Unset):
            utm_source = UNSET
        else:
            utm_source = self.utm_source

        utm_term: None | str | Unset
        if isinstance(self.utm_term, Unset):
            utm_term = UNSET
        else:
            utm_term = self.utm_term

        wbraid: None | str | Unset
        if isinstance(self.wbraid, Unset):
            wbraid = UNSET
        else:
            wbraid = self.wbraid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "landingPageUrl": landing_page_url,
                "referrerUrl": referrer_url,
            }
        )
        if fbclid is not UNSET:
            field_dict["fbclid"] = fbclid
        if gbraid is not UNSET:
            field_dict["gbraid"] = gbraid
        if gclid is not UNSET:
            field_dict["gclid"] = gclid
        if google_analytics_client_id is not UNSET:
            field_dict["googleAnalyticsClientId"] = google_analytics_client_id
        if msclkid is not UNSET:
            field_dict["msclkid"] = msclkid
        if utm_adgroup is not UNSET:
            field_dict["utmAdgroup"] = utm_adgroup
        if utm_campaign is not UNSET:
            field_dict["utmCampaign"] = utm_campaign
        if utm_content is not UNSET:
            field_dict["utmContent"] = utm_content
        if utm_medium is not UNSET:
            field_dict["utmMedium"] = utm_medium
        if utm_source is not UNSET:
            field_dict["utmSource"] = utm_source
        if utm_term is not UNSET:
            field_dict["utmTerm"] = utm_term
        if wbraid is not UNSET:
            field_dict["wbraid"] = wbraid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        landing_page_url = d.pop("landingPageUrl")

        referrer_url = d.pop("referrerUrl")

        fbclid = d.pop("fbclid", UNSET)

        gbraid = d.pop("gbraid", UNSET)

        gclid = d.pop("gclid", UNSET)

        google_analytics_client_id = d.pop("googleAnalyticsClientId", UNSET)

        msclkid = d.pop("msclkid", UNSET)

        utm_adgroup = d.pop("utmAdgroup", UNSET)

        utm_campaign = d.pop("utmCampaign", UNSET)

        utm_content = d.pop("utmContent", UNSET)

        utm_medium = d.pop("utmMedium", UNSET)

        utm_source = d.pop("utmSource", UNSET)

        utm_term = d.pop("utmTerm", UNSET)

        wbraid = d.pop("wbraid", UNSET)

        marketing_ads_v2_web_session_data = cls(
            landing_page_url,
            referrer_url,
            fbclid,
            gbraid,
            gclid,
            google_analytics_client_id,
            msclkid,
            utm_adgroup,
            utm_campaign,
            utm_content,
            utm_medium,
            utm_source,
            utm_term,
            wbraid,
        )

        marketing_ads_v2_web_session_data.additional_properties = dict(d)
        return marketing_ads_v2_web_session_data

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
