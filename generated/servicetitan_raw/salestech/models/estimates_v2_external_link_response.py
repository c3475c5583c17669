from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EstimatesV2ExternalLinkResponse")


@_attrs_define
class EstimatesV2ExternalLinkResponse:
    """
    Attributes:
        name (str):
        url (str):
    """

    name: str
    url: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        url = d.pop("url")

        estimates_v2_external_link_response = cls(
            name=name,
            url=url,
        )

        return estimates_v2_external_link_response
