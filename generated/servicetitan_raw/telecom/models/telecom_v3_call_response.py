from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.telecom_v2_named_model import TelecomV2NamedModel
    from ..models.telecom_v3_call_model_response import TelecomV3CallModelResponse
    from ..models.telecom_v3_job_type_model import TelecomV3JobTypeModel


T = TypeVar("T", bound="TelecomV3CallResponse")


@_attrs_define
class TelecomV3CallResponse:
    """
    Attributes:
        id (int):
        lead_call (TelecomV3CallModelResponse):
        project_id (int):
        business_unit (None | TelecomV2NamedModel | Unset):
        job_number (None | str | Unset):
        type_ (None | TelecomV3JobTypeModel | Unset):
    """

    id: int
    lead_call: TelecomV3CallModelResponse
    project_id: int
    business_unit: None | TelecomV2NamedModel | Unset = UNSET
    job_number: None | str | Unset = UNSET
    type_: None | TelecomV3JobTypeModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "leadCall",
        "projectId",
        "businessUnit",
        "jobNumber",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.telecom_v2_named_model import TelecomV2NamedModel
        from ..models.telecom_v3_job_type_model import TelecomV3JobTypeModel

        id = self.id

        lead_call = self.lead_call.to_dict()

        project_id = self.project_id

        business_unit: dict[str, Any] | None | Unset
        if isinstance(self.business_unit, Unset):
            business_unit = UNSET
        elif isinstance(self.business_unit, TelecomV2NamedModel):
            business_unit = self.business_unit.to_dict()
        else:
            business_unit = self.business_unit

        job_number: None | str | Unset
        if isinstance(self.job_number, Unset):
            job_number = UNSET
        else:
            job_number = self.job_number

        type_: dict[str, Any] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TelecomV3JobTypeModel):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "leadCall": lead_call,
                "projectId": project_id,
            }
        )
        if business_unit is not UNSET:
            field_dict["businessUnit"] = business_unit
        if job_number is not UNSET:
            field_dict["jobNumber"] = job_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        lead_call = _models.TelecomV3CallModelResponse.from_dict(d.pop("leadCall"))

        project_id = d.pop("projectId")

        business_unit = d.pop("businessUnit", UNSET)
        if business_unit is not None and not isinstance(business_unit, Unset):
            if not isinstance(business_unit, dict):
                raise TypeError()
            business_unit_type_0 = _models.TelecomV2NamedModel.from_dict(business_unit)

            business_unit = business_unit_type_0

        job_number = d.pop("jobNumber", UNSET)

        type_ = d.pop("type", UNSET)
        if type_ is not None and not isinstance(type_, Unset):
            if not isinstance(type_, dict):
                raise TypeError()
            type_type_0 = _models.TelecomV3JobTypeModel.from_dict(type_)

            type_ = type_type_0

        telecom_v3_call_response = cls(
            id,
            lead_call,
            project_id,
            business_unit,
            job_number,
            type_,
        )

        telecom_v3_call_response.additional_properties = dict(d)
        return telecom_v3_call_response

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
