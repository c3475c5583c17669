from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.api_error_response_data import ApiErrorResponseData
    from ..models.api_error_response_errors import ApiErrorResponseErrors


T = TypeVar("T", bound="ApiErrorResponse")


@_attrs_define
class ApiErrorResponse:
    """
    Attributes:
        data (ApiErrorResponseData):
        errors (ApiErrorResponseErrors):
        status (int):
        title (str):
        trace_id (str):
        type_ (str):
    """

    data: ApiErrorResponseData
    errors: ApiErrorResponseErrors
    status: int
    title: str
    trace_id: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "data",
        "errors",
        "status",
        "title",
        "traceId",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        errors = self.errors.to_dict()

        status = self.status

        title = self.title

        trace_id = self.trace_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "errors": errors,
                "status": status,
                "title": title,
                "traceId": trace_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = _models.ApiErrorResponseData.from_dict(d.pop("data"))

        errors = _models.ApiErrorResponseErrors.from_dict(d.pop("errors"))

        status = d.pop("status")

        title = d.pop("title")

        trace_id = d.pop("traceId")

        type_ = d.pop("type")

        api_error_response = cls(
            data,
            errors,
            status,
            title,
            trace_id,
            type_,
        )

        api_error_response.additional_properties = dict(d)
        return api_error_response

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
