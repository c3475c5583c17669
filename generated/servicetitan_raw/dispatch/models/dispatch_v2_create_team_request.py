from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchV2CreateTeamRequest")


@_attrs_define
class DispatchV2CreateTeamRequest:
    """
    Attributes:
        active (bool): Whether the team is enabled
        name (None | str | Unset): Descriptive identifier
    """

    active: bool
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "active": active,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        dispatch_v2_create_team_request = cls(
            active=active,
            name=name,
        )

        return dispatch_v2_create_team_request
