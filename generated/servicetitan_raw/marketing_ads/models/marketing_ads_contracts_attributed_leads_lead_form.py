from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingAdsContractsAttributedLeadsLeadForm")


@_attrs_define
class MarketingAdsContractsAttributedLeadsLeadForm:
    """
    Attributes:
        lead_status (str):
        notes (str):
        lead_number (int | None | Unset):
    """

    lead_status: str
    notes: str
    lead_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "leadStatus",
        "notes",
        "leadNumber",
    )

    def to_dict(self) -> dict[str, Any]:
        lead_status = self.lead_status

        notes = self.notes

        lead_number: int | None | Unset
        if isinstance(self.lead_number, Unset):
            lead_number = UNSET
        else:
            lead_number = self.lead_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leadStatus": lead_status,
                "notes": notes,
            }
        )
        if lead_number is not UNSET:
            field_dict["leadNumber"] = lead_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lead_status = d.pop("leadStatus")

        notes = d.pop("notes")

        lead_number = d.pop("leadNumber", UNSET)

        marketing_ads_contracts_attributed_leads_lead_form = cls(
            lead_status,
            notes,
            lead_number,
        )

        marketing_ads_contracts_attributed_leads_lead_form.additional_properties = dict(
            d
        )
        return marketing_ads_contracts_attributed_leads_lead_form

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
