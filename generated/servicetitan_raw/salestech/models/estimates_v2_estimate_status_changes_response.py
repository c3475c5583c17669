from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EstimatesV2EstimateStatusChangesResponse")


@_attrs_define
class EstimatesV2EstimateStatusChangesResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        id (int):
        created_by_id (int | None | Unset):
        new_status (None | str | Unset):
        old_status (None | str | Unset):
    """

    created_on: datetime.datetime
    id: int
    created_by_id: int | None | Unset = UNSET
    new_status: None | str | Unset = UNSET
    old_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "id",
        "createdById",
        "newStatus",
        "oldStatus",
    )

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        id = self.id

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        new_status: None | str | Unset
        if isinstance(self.new_status, Unset):
            new_status = UNSET
        else:
            new_status = self.new_status

        old_status: None | str | Unset
        if isinstance(self.old_status, Unset):
            old_status = UNSET
        else:
            old_status = self.old_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "id": id,
            }
        )
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if new_status is not UNSET:
            field_dict["newStatus"] = new_status
        if old_status is not UNSET:
            field_dict["oldStatus"] = old_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        created_by_id = d.pop("createdById", UNSET)

        new_status = d.pop("newStatus", UNSET)

        old_status = d.pop("oldStatus", UNSET)

        estimates_v2_estimate_status_changes_response = cls(
            created_on,
            id,
            created_by_id,
            new_status,
            old_status,
        )

        estimates_v2_estimate_status_changes_response.additional_properties = dict(d)
        return estimates_v2_estimate_status_changes_response

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
