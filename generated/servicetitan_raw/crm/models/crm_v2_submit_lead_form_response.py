from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CrmV2SubmitLeadFormResponse")


@_attrs_define
class CrmV2SubmitLeadFormResponse:
    """
    Attributes:
        lead_id (int): The id of the lead entity that represents the lead form
    """

    lead_id: int

    def to_dict(self) -> dict[str, Any]:
        lead_id = self.lead_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "leadId": lead_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lead_id = d.pop("leadId")

        crm_v2_submit_lead_form_response = cls(
            lead_id=lead_id,
        )

        return crm_v2_submit_lead_form_response
