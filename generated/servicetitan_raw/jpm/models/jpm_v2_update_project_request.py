from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jpm_v2_custom_field_create_or_update_model import (
        JpmV2CustomFieldCreateOrUpdateModel,
    )
    from ..models.jpm_v2_external_data_update_request import (
        JpmV2ExternalDataUpdateRequest,
    )


T = TypeVar("T", bound="JpmV2UpdateProjectRequest")


@_attrs_define
class JpmV2UpdateProjectRequest:
    """
    Attributes:
        actual_completion_date (datetime.datetime | Unset):
        business_unit_ids (list[int] | Unset):
        custom_fields (list[JpmV2CustomFieldCreateOrUpdateModel] | Unset):
        external_data (JpmV2ExternalDataUpdateRequest | Unset):
        job_ids (list[int] | Unset):
        name (str | Unset):
        project_manager_ids (list[int] | Unset):
        project_type_id (int | None | Unset):
        start_date (datetime.datetime | Unset):
        status_id (int | Unset):
        sub_status_id (int | Unset):
        summary (str | Unset):
        target_completion_date (datetime.datetime | Unset):
    """

    actual_completion_date: datetime.datetime | Unset = UNSET
    business_unit_ids: list[int] | Unset = UNSET
    custom_fields: list[JpmV2CustomFieldCreateOrUpdateModel] | Unset = UNSET
    external_data: JpmV2ExternalDataUpdateRequest | Unset = UNSET
    job_ids: list[int] | Unset = UNSET
    name: str | Unset = UNSET
    project_manager_ids: list[int] | Unset = UNSET
    project_type_id: int | None | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    status_id: int | Unset = UNSET
    sub_status_id: int | Unset = UNSET
    summary: str | Unset = UNSET
    target_completion_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "actualCompletionDate",
        "businessUnitIds",
        "customFields",
        "externalData",
        "jobIds",
        "name",
        "projectManagerIds",
        "projectTypeId",
        "startDate",
        "statusId",
        "subStatusId",
        "summary",
        "targetCompletionDate",
    )

    def to_dict(self) -> dict[str, Any]:
        actual_completion_date: str | Unset = UNSET
        if not isinstance(self.actual_completion_date, Unset):
            actual_completion_date = self.actual_completion_date.isoformat()

        business_unit_ids: list[int] | Unset = UNSET
        if not isinstance(self.business_unit_ids, Unset):
            business_unit_ids = self.business_unit_ids

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        external_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_data, Unset):
            external_data = self.external_data.to_dict()

        job_ids: list[int] | Unset = UNSET
        if not isinstance(self.job_ids, Unset):
            job_ids = self.job_ids

        name = self.name

        project_manager_ids: list[int] | Unset = UNSET
        if not isinstance(self.project_manager_ids, Unset):
            project_manager_ids = self.project_manager_ids

        project_type_id: int | None | Unset
        if isinstance(self.project_type_id, Unset):
            project_type_id = UNSET
        else:
            project_type_id = self.project_type_id

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        status_id = self.status_id

        sub_status_id = self.sub_status_id

        summary = self.summary

        target_completion_date: str | Unset = UNSET
        if not isinstance(self.target_completion_date, Unset):
            target_completion_date = self.target_completion_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actual_completion_date is not UNSET:
            field_dict["actualCompletionDate"] = actual_completion_date
        if business_unit_ids is not UNSET:
            field_dict["businessUnitIds"] = business_unit_ids
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if job_ids is not UNSET:
            field_dict["jobIds"] = job_ids
        if name is not UNSET:
            field_dict["name"] = name
        if project_manager_ids is not UNSET:
            field_dict["projectManagerIds"] = project_manager_ids
        if project_type_id is not UNSET:
            field_dict["projectTypeId"] = project_type_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if status_id is not UNSET:
            field_dict["statusId"] = status_id
        if sub_status_id is not UNSET:
            field_dict["subStatusId"] = sub_status_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if target_completion_date is not UNSET:
            field_dict["targetCompletionDate"] = target_completion_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        actual_completion_date = d.pop("actualCompletionDate", UNSET)
        if not isinstance(actual_completion_date, Unset):
            actual_completion_date = datetime.datetime.fromisoformat(
                actual_completion_date
            )

        business_unit_ids = d.pop("businessUnitIds", UNSET)

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not UNSET:
            custom_fields = [
                _models.JpmV2CustomFieldCreateOrUpdateModel.from_dict(
                    custom_fields_item_data
                )
                for custom_fields_item_data in custom_fields
            ]

        external_data = d.pop("externalData", UNSET)
        if not isinstance(external_data, Unset):
            external_data = _models.JpmV2ExternalDataUpdateRequest.from_dict(
                external_data
            )

        job_ids = d.pop("jobIds", UNSET)

        name = d.pop("name", UNSET)

        project_manager_ids = d.pop("projectManagerIds", UNSET)

        project_type_id = d.pop("projectTypeId", UNSET)

        start_date = d.pop("startDate", UNSET)
        if not isinstance(start_date, Unset):
            start_date = datetime.datetime.fromisoformat(start_date)

        status_id = d.pop("statusId", UNSET)

        sub_status_id = d.pop("subStatusId", UNSET)

        summary = d.pop("summary", UNSET)

        target_completion_date = d.pop("targetCompletionDate", UNSET)
        if not isinstance(target_completion_date, Unset):
            target_completion_date = datetime.datetime.fromisoformat(
                target_completion_date
            )

        jpm_v2_update_project_request = cls(
            actual_completion_date,
            business_unit_ids,
            custom_fields,
            external_data,
            job_ids,
            name,
            project_manager_ids,
            project_type_id,
            start_date,
            status_id,
            sub_status_id,
            summary,
            target_completion_date,
        )

        jpm_v2_update_project_request.additional_properties = dict(d)
        return jpm_v2_update_project_request

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
