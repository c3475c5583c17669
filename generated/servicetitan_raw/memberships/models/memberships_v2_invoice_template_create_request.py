from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.memberships_v2_invoice_template_item_create_request import (
        MembershipsV2InvoiceTemplateItemCreateRequest,
    )


T = TypeVar("T", bound="MembershipsV2InvoiceTemplateCreateRequest")


@_attrs_define
class MembershipsV2InvoiceTemplateCreateRequest:
    """
    Attributes:
        items (list[MembershipsV2InvoiceTemplateItemCreateRequest] | None | Unset):
    """

    items: list[MembershipsV2InvoiceTemplateItemCreateRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("items",)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        items = d.pop("items", UNSET)
        if items is not None and not isinstance(items, Unset):
            if not isinstance(items, list):
                raise TypeError()
            items_type_0 = [
                _models.MembershipsV2InvoiceTemplateItemCreateRequest.from_dict(
                    items_type_0_item_data
                )
                for items_type_0_item_data in items
            ]

            items = items_type_0

        memberships_v2_invoice_template_create_request = cls(
            items,
        )

        memberships_v2_invoice_template_create_request.additional_properties = dict(d)
        return memberships_v2_invoice_template_create_request

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
