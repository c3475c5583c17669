from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.marketing_ads_client_lead_type_int_32 import (
    MarketingAdsClientLeadTypeInt32,
)

if TYPE_CHECKING:
    from ..models.marketing_ads_contracts_attributed_leads_attribution import (
        MarketingAdsContractsAttributedLeadsAttribution,
    )
    from ..models.marketing_ads_contracts_attributed_leads_booking import (
        MarketingAdsContractsAttributedLeadsBooking,
    )
    from ..models.marketing_ads_contracts_attributed_leads_call import (
        MarketingAdsContractsAttributedLeadsCall,
    )
    from ..models.marketing_ads_contracts_attributed_leads_customer import (
        MarketingAdsContractsAttributedLeadsCustomer,
    )
    from ..models.marketing_ads_contracts_attributed_leads_job import (
        MarketingAdsContractsAttributedLeadsJob,
    )
    from ..models.marketing_ads_contracts_attributed_leads_lead_form import (
        MarketingAdsContractsAttributedLeadsLeadForm,
    )


T = TypeVar("T", bound="MarketingAdsContractsAttributedLeadsGetAttributedLeadsResponse")


@_attrs_define
class MarketingAdsContractsAttributedLeadsGetAttributedLeadsResponse:
    """
    Attributes:
        attribution (MarketingAdsContractsAttributedLeadsAttribution):
        booking (MarketingAdsContractsAttributedLeadsBooking):
        call (MarketingAdsContractsAttributedLeadsCall):
        customer (MarketingAdsContractsAttributedLeadsCustomer):
        date_time (datetime.datetime):
        job (MarketingAdsContractsAttributedLeadsJob):
        lead_form (MarketingAdsContractsAttributedLeadsLeadForm):
        lead_type (MarketingAdsClientLeadTypeInt32):
    """

    attribution: MarketingAdsContractsAttributedLeadsAttribution
    booking: MarketingAdsContractsAttributedLeadsBooking
    call: MarketingAdsContractsAttributedLeadsCall
    customer: MarketingAdsContractsAttributedLeadsCustomer
    date_time: datetime.datetime
    job: MarketingAdsContractsAttributedLeadsJob
    lead_form: MarketingAdsContractsAttributedLeadsLeadForm
    lead_type: MarketingAdsClientLeadTypeInt32
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "attribution",
        "booking",
        "call",
        "customer",
        "dateTime",
        "job",
        "leadForm",
        "leadType",
    )

    def to_dict(self) -> dict[str, Any]:
        attribution = self.attribution.to_dict()

        booking = self.booking.to_dict()

        call = self.call.to_dict()

        customer = self.customer.to_dict()

        date_time = self.date_time.isoformat()

        job = self.job.to_dict()

        lead_form = self.lead_form.to_dict()

        lead_type = self.lead_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attribution": attribution,
                "booking": booking,
                "call": call,
                "customer": customer,
                "dateTime": date_time,
                "job": job,
                "leadForm": lead_form,
                "leadType": lead_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attribution = _models.MarketingAdsContractsAttributedLeadsAttribution.from_dict(
            d.pop("attribution")
        )

        booking = _models.MarketingAdsContractsAttributedLeadsBooking.from_dict(
            d.pop("booking")
        )

        call = _models.MarketingAdsContractsAttributedLeadsCall.from_dict(d.pop("call"))

        customer = _models.MarketingAdsContractsAttributedLeadsCustomer.from_dict(
            d.pop("customer")
        )

        date_time = datetime.datetime.fromisoformat(d.pop("dateTime"))

        job = _models.MarketingAdsContractsAttributedLeadsJob.from_dict(d.pop("job"))

        lead_form = _models.MarketingAdsContractsAttributedLeadsLeadForm.from_dict(
            d.pop("leadForm")
        )

        lead_type = MarketingAdsClientLeadTypeInt32(d.pop("leadType"))

        marketing_ads_contracts_attributed_leads_get_attributed_leads_response = cls(
            attribution,
            booking,
            call,
            customer,
            date_time,
            job,
            lead_form,
            lead_type,
        )

        marketing_ads_contracts_attributed_leads_get_attributed_leads_response.additional_properties = dict(
            d
        )
        return marketing_ads_contracts_attributed_leads_get_attributed_leads_response

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
