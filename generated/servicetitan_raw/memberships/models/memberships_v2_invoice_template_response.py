from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.memberships_v2_invoice_template_item_response import (
        MembershipsV2InvoiceTemplateItemResponse,
    )


T = TypeVar("T", bound="MembershipsV2InvoiceTemplateResponse")


@_attrs_define
class MembershipsV2InvoiceTemplateResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        id (int):
        is_settings_template (bool):
        items (list[MembershipsV2InvoiceTemplateItemResponse]):
        modified_on (datetime.datetime):
        total (float):
        created_by_id (int | None | Unset):
        import_id (None | str | Unset):
        name (None | str | Unset):
    """

    active: bool
    created_on: datetime.datetime
    id: int
    is_settings_template: bool
    items: list[MembershipsV2InvoiceTemplateItemResponse]
    modified_on: datetime.datetime
    total: float
    created_by_id: int | None | Unset = UNSET
    import_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "id",
        "isSettingsTemplate",
        "items",
        "modifiedOn",
        "total",
        "createdById",
        "importId",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_on = self.created_on.isoformat()

        id = self.id

        is_settings_template = self.is_settings_template

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        modified_on = self.modified_on.isoformat()

        total = self.total

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        import_id: None | str | Unset
        if isinstance(self.import_id, Unset):
            import_id = UNSET
        else:
            import_id = self.import_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "id": id,
                "isSettingsTemplate": is_settings_template,
                "items": items,
                "modifiedOn": modified_on,
                "total": total,
            }
        )
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if import_id is not UNSET:
            field_dict["importId"] = import_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        is_settings_template = d.pop("isSettingsTemplate")

        items = [
            _models.MembershipsV2InvoiceTemplateItemResponse.from_dict(items_item_data)
            for items_item_data in d.pop("items")
        ]

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        total = d.pop("total")

        created_by_id = d.pop("createdById", UNSET)

        import_id = d.pop("importId", UNSET)

        name = d.pop("name", UNSET)

        memberships_v2_invoice_template_response = cls(
            active,
            created_on,
            id,
            is_settings_template,
            items,
            modified_on,
            total,
            created_by_id,
            import_id,
            name,
        )

        memberships_v2_invoice_template_response.additional_properties = dict(d)
        return memberships_v2_invoice_template_response

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
