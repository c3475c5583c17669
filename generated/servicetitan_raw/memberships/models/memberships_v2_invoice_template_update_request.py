from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.memberships_v2_invoice_template_item_update_request import (
        MembershipsV2InvoiceTemplateItemUpdateRequest,
    )


T = TypeVar("T", bound="MembershipsV2InvoiceTemplateUpdateRequest")


@_attrs_define
class MembershipsV2InvoiceTemplateUpdateRequest:
    """
    Attributes:
        active (bool | Unset):
        created_by_id (int | Unset):
        created_on (datetime.datetime | Unset):
        items (list[MembershipsV2InvoiceTemplateItemUpdateRequest | None] | Unset):
        name (str | Unset):
    """

    active: bool | Unset = UNSET
    created_by_id: int | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    items: list[MembershipsV2InvoiceTemplateItemUpdateRequest | None] | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdById",
        "createdOn",
        "items",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.memberships_v2_invoice_template_item_update_request import (
            MembershipsV2InvoiceTemplateItemUpdateRequest,
        )

        active = self.active

        created_by_id = self.created_by_id

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        items: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any] | None
                if isinstance(
                    items_item_data, MembershipsV2InvoiceTemplateItemUpdateRequest
                ):
                    items_item = items_item_data.to_dict()
                else:
                    items_item = items_item_data
                items.append(items_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if items is not UNSET:
            field_dict["items"] = items
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        created_by_id = d.pop("createdById", UNSET)

        created_on = d.pop("createdOn", UNSET)
        if not isinstance(created_on, Unset):
            created_on = datetime.datetime.fromisoformat(created_on)

        items = d.pop("items", UNSET)
        if items is not UNSET:
            items = []
            for items_item_data in items:
                items_item = items_item_data
                if items_item is not None:
                    if not isinstance(items_item, dict):
                        raise TypeError()
                    items_item_type_0 = (
                        _models.MembershipsV2InvoiceTemplateItemUpdateRequest.from_dict(
                            items_item
                        )
                    )

                    items_item = items_item_type_0

                items.append(items_item)

        name = d.pop("name", UNSET)

        memberships_v2_invoice_template_update_request = cls(
            active,
            created_by_id,
            created_on,
            items,
            name,
        )

        memberships_v2_invoice_template_update_request.additional_properties = dict(d)
        return memberships_v2_invoice_template_update_request

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
