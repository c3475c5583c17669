from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.job_type_model import JobTypeModel
    from ..models.module_admin_shared_business_unit_model import (
        ModuleAdminSharedBusinessUnitModel,
    )
    from ..models.module_telecom_shared_v2_call_model import (
        ModuleTelecomSharedV2CallModel,
    )


T = TypeVar("T", bound="ModuleTelecomSharedV2BundleCallModel")


@_attrs_define
class ModuleTelecomSharedV2BundleCallModel:
    """
    Attributes:
        business_unit (ModuleAdminSharedBusinessUnitModel):
        id (int):
        job_number (str):
        lead_call (ModuleTelecomSharedV2CallModel):
        project_id (int):
        type_ (JobTypeModel):
    """

    business_unit: ModuleAdminSharedBusinessUnitModel
    id: int
    job_number: str
    lead_call: ModuleTelecomSharedV2CallModel
    project_id: int
    type_: JobTypeModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "businessUnit",
        "id",
        "jobNumber",
        "leadCall",
        "projectId",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        business_unit = self.business_unit.to_dict()

        id = self.id

        job_number = self.job_number

        lead_call = self.lead_call.to_dict()

        project_id = self.project_id

        type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "businessUnit": business_unit,
                "id": id,
                "jobNumber": job_number,
                "leadCall": lead_call,
                "projectId": project_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        business_unit = _models.ModuleAdminSharedBusinessUnitModel.from_dict(
            d.pop("businessUnit")
        )

        id = d.pop("id")

        job_number = d.pop("jobNumber")

        lead_call = _models.ModuleTelecomSharedV2CallModel.from_dict(d.pop("leadCall"))

        project_id = d.pop("projectId")

        type_ = _models.JobTypeModel.from_dict(d.pop("type"))

        module_telecom_shared_v2_bundle_call_model = cls(
            business_unit,
            id,
            job_number,
            lead_call,
            project_id,
            type_,
        )

        module_telecom_shared_v2_bundle_call_model.additional_properties = dict(d)
        return module_telecom_shared_v2_bundle_call_model

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
