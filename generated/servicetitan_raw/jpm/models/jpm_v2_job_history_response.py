from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jpm_jobs_job_history_item_model import JpmJobsJobHistoryItemModel


T = TypeVar("T", bound="JpmV2JobHistoryResponse")


@_attrs_define
class JpmV2JobHistoryResponse:
    """
    Attributes:
        history (list[JpmJobsJobHistoryItemModel] | None | Unset):
    """

    history: list[JpmJobsJobHistoryItemModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("history",)

    def to_dict(self) -> dict[str, Any]:
        history: list[dict[str, Any]] | None | Unset
        if isinstance(self.history, Unset):
            history = UNSET
        elif isinstance(self.history, list):
            history = []
            for history_type_0_item_data in self.history:
                history_type_0_item = history_type_0_item_data.to_dict()
                history.append(history_type_0_item)

        else:
            history = self.history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        history = d.pop("history", UNSET)
        if history is not None and not isinstance(history, Unset):
            if not isinstance(history, list):
                raise TypeError()
            history_type_0 = [
                _models.JpmJobsJobHistoryItemModel.from_dict(history_type_0_item_data)
                for history_type_0_item_data in history
            ]

            history = history_type_0

        jpm_v2_job_history_response = cls(
            history,
        )

        jpm_v2_job_history_response.additional_properties = dict(d)
        return jpm_v2_job_history_response

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
