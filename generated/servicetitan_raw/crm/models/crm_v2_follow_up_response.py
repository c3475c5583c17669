from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2FollowUpResponse")


@_attrs_define
class CrmV2FollowUpResponse:
    """
    Attributes:
        follow_up_date (datetime.datetime):
        lead_id (int):
        pin_to_top (bool):
        text (None | str | Unset):
    """

    follow_up_date: datetime.datetime
    lead_id: int
    pin_to_top: bool
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "followUpDate",
        "leadId",
        "pinToTop",
        "text",
    )

    def to_dict(self) -> dict[str, Any]:
        follow_up_date = self.follow_up_date.isoformat()

        lead_id = self.lead_id

        pin_to_top = self.pin_to_top

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "followUpDate": follow_up_date,
                "leadId": lead_id,
                "pinToTop": pin_to_top,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        follow_up_date = datetime.datetime.fromisoformat(d.pop("followUpDate"))

        lead_id = d.pop("leadId")

        pin_to_top = d.pop("pinToTop")

        text = d.pop("text", UNSET)

        crm_v2_follow_up_response = cls(
            follow_up_date,
            lead_id,
            pin_to_top,
            text,
        )

        crm_v2_follow_up_response.additional_properties = dict(d)
        return crm_v2_follow_up_response

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
