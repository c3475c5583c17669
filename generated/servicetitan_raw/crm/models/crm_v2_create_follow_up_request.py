from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrmV2CreateFollowUpRequest")


@_attrs_define
class CrmV2CreateFollowUpRequest:
    """
    Attributes:
        follow_up_date (datetime.datetime):
        pin_to_top (bool | None | Unset):
        text (None | str | Unset):
    """

    follow_up_date: datetime.datetime
    pin_to_top: bool | None | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "followUpDate",
        "pinToTop",
        "text",
    )

    def to_dict(self) -> dict[str, Any]:
        follow_up_date = self.follow_up_date.isoformat()

        pin_to_top: bool | None | Unset
        if isinstance(self.pin_to_top, Unset):
            pin_to_top = UNSET
        else:
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
            }
        )
        if pin_to_top is not UNSET:
            field_dict["pinToTop"] = pin_to_top
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        follow_up_date = datetime.datetime.fromisoformat(d.pop("followUpDate"))

        pin_to_top = d.pop("pinToTop", UNSET)

        text = d.pop("text", UNSET)

        crm_v2_create_follow_up_request = cls(
            follow_up_date,
            pin_to_top,
            text,
        )

        crm_v2_create_follow_up_request.additional_properties = dict(d)
        return crm_v2_create_follow_up_request

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
