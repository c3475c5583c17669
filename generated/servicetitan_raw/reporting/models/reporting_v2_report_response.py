from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reporting_v2_report_field import ReportingV2ReportField
    from ..models.reporting_v2_report_parameter import ReportingV2ReportParameter


T = TypeVar("T", bound="ReportingV2ReportResponse")


@_attrs_define
class ReportingV2ReportResponse:
    """
    Attributes:
        fields (list[ReportingV2ReportField]):
        id (int):
        modified_on (datetime.datetime):
        name (str):
        parameters (list[ReportingV2ReportParameter]):
        description (None | str | Unset):
    """

    fields: list[ReportingV2ReportField]
    id: int
    modified_on: datetime.datetime
    name: str
    parameters: list[ReportingV2ReportParameter]
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "fields",
        "id",
        "modifiedOn",
        "name",
        "parameters",
        "description",
    )

    def to_dict(self) -> dict[str, Any]:
        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        id = self.id

        modified_on = self.modified_on.isoformat()

        name = self.name

        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = parameters_item_data.to_dict()
            parameters.append(parameters_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
                "id": id,
                "modifiedOn": modified_on,
                "name": name,
                "parameters": parameters,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fields = [
            _models.ReportingV2ReportField.from_dict(fields_item_data)
            for fields_item_data in d.pop("fields")
        ]

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        parameters = [
            _models.ReportingV2ReportParameter.from_dict(parameters_item_data)
            for parameters_item_data in d.pop("parameters")
        ]

        description = d.pop("description", UNSET)

        reporting_v2_report_response = cls(
            fields,
            id,
            modified_on,
            name,
            parameters,
            description,
        )

        reporting_v2_report_response.additional_properties = dict(d)
        return reporting_v2_report_response

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
