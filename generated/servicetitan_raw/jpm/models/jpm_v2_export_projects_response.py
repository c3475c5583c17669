from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_api_model import CustomFieldApiModel
    from ..models.jpm_v2_external_data_model import JpmV2ExternalDataModel


T = TypeVar("T", bound="JpmV2ExportProjectsResponse")


@_attrs_define
class JpmV2ExportProjectsResponse:
    """
    Attributes:
        active (bool):
        business_unit_ids (list[int]):
        created_on (datetime.datetime):
        custom_fields (list[CustomFieldApiModel]):
        customer_id (int):
        external_data (list[JpmV2ExternalDataModel] | None):
        id (int):
        job_ids (list[int]):
        location_id (int):
        number (str):
        project_manager_ids (list[int]):
        actual_completion_date (datetime.datetime | None | Unset):
        modified_on (datetime.datetime | None | Unset):
        name (None | str | Unset):
        project_type_id (int | None | Unset):
        start_date (datetime.datetime | None | Unset):
        status (None | str | Unset):
        status_id (int | None | Unset):
        sub_status (None | str | Unset):
        sub_status_id (int | None | Unset):
        summary (None | str | Unset):
        target_completion_date (datetime.datetime | None | Unset):
    """

    active: bool
    business_unit_ids: list[int]
    created_on: datetime.datetime
    custom_fields: list[CustomFieldApiModel]
    customer_id: int
    external_data: list[JpmV2ExternalDataModel] | None
    id: int
    job_ids: list[int]
    location_id: int
    number: str
    project_manager_ids: list[int]
    actual_completion_date: datetime.datetime | None | Unset = UNSET
    modified_on: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    project_type_id: int | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    status: None | str | Unset = UNSET
    status_id: int | None | Unset = UNSET
    sub_status: None | str | Unset = UNSET
    sub_status_id: int | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    target_completion_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "businessUnitIds",
        "createdOn",
        "customFields",
        "customerId",
        "externalData",
        "id",
        "jobIds",
        "locationId",
        "number",
        "projectManagerIds",
        "actualCompletionDate",
        "modifiedOn",
        "name",
        "projectTypeId",
        "startDate",
        "status",
        "statusId",
        "subStatus",
        "subStatusId",
        "summary",
        "targetCompletionDate",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        business_unit_ids = self.business_unit_ids

        created_on = self.created_on.isoformat()

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        customer_id = self.customer_id

        external_data: list[dict[str, Any]] | None
        if isinstance(self.external_data, list):
            external_data = []
            for external_data_type_0_item_data in self.external_data:
                external_data_type_0_item = external_data_type_0_item_data.to_dict()
                external_data.append(external_data_type_0_item)

        else:
            external_data = self.external_data

        id = self.id

        job_ids = self.job_ids

        location_id = self.location_id

        number = self.number

        project_manager_ids = self.project_manager_ids

        actual_completion_date: None | str | Unset
        if isinstance(self.actual_completion_date, Unset):
            actual_completion_date = UNSET
        elif isinstance(self.actual_completion_date, datetime.datetime):
            actual_completion_date = self.actual_completion_date.isoformat()
        else:
            actual_completion_date = self.actual_completion_date

        modified_on: None | str | Unset
        if isinstance(self.modified_on, Unset):
            modified_on = UNSET
        elif isinstance(self.modified_on, datetime.datetime):
            modified_on = self.modified_on.isoformat()
        else:
            modified_on = self.modified_on

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        project_type_id: int | None | Unset
        if isinstance(self.project_type_id, Unset):
            project_type_id = UNSET
        else:
            project_type_id = self.project_type_id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        status_id: int | None | Unset
        if isinstance(self.status_id, Unset):
            status_id = UNSET
        else:
            status_id = self.status_id

        sub_status: None | str | Unset
        if isinstance(self.sub_status, Unset):
            sub_status = UNSET
        else:
            sub_status = self.sub_status

        sub_status_id: int | None | Unset
        if isinstance(self.sub_status_id, Unset):
            sub_status_id = UNSET
        else:
            sub_status_id = self.sub_status_id

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        target_completion_date: None | str | Unset
        if isinstance(self.target_completion_date, Unset):
            target_completion_date = UNSET
        elif isinstance(self.target_completion_date, datetime.datetime):
            target_completion_date = self.target_completion_date.isoformat()
        else:
            target_completion_date = self.target_completion_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "businessUnitIds": business_unit_ids,
                "createdOn": created_on,
                "customFields": custom_fields,
                "customerId": customer_id,
                "externalData": external_data,
                "id": id,
                "jobIds": job_ids,
                "locationId": location_id,
                "number": number,
                "projectManagerIds": project_manager_ids,
            }
        )
        if actual_completion_date is not UNSET:
            field_dict["actualCompletionDate"] = actual_completion_date
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if name is not UNSET:
            field_dict["name"] = name
        if project_type_id is not UNSET:
            field_dict["projectTypeId"] = project_type_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if status is not UNSET:
            field_dict["status"] = status
        if status_id is not UNSET:
            field_dict["statusId"] = status_id
        if sub_status is not UNSET:
            field_dict["subStatus"] = sub_status
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
        active = d.pop("active")

        business_unit_ids = d.pop("businessUnitIds")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        custom_fields = [
            _models.CustomFieldApiModel.from_dict(custom_fields_item_data)
            for custom_fields_item_data in d.pop("customFields")
        ]

        customer_id = d.pop("customerId")

        external_data = d.pop("externalData")
        if external_data is not None:
            if not isinstance(external_data, list):
                raise TypeError()
            external_data_type_0 = [
                _models.JpmV2ExternalDataModel.from_dict(external_data_type_0_item_data)
                for external_data_type_0_item_data in external_data
            ]

            external_data = external_data_type_0

        id = d.pop("id")

        job_ids = d.pop("jobIds")

        location_id = d.pop("locationId")

        number = d.pop("number")

        project_manager_ids = d.pop("projectManagerIds")

        actual_completion_date = d.pop("actualCompletionDate", UNSET)
        if actual_completion_date is not None and not isinstance(
            actual_completion_date, Unset
        ):
            if not isinstance(actual_completion_date, str):
                raise TypeError()
            actual_completion_date_type_0 = datetime.datetime.fromisoformat(
                actual_completion_date
            )

            actual_completion_date = actual_completion_date_type_0

        modified_on = d.pop("modifiedOn", UNSET)
        if modified_on is not None and not isinstance(modified_on, Unset):
            if not isinstance(modified_on, str):
                raise TypeError()
            modified_on_type_0 = datetime.datetime.fromisoformat(modified_on)

            modified_on = modified_on_type_0

        name = d.pop("name", UNSET)

        project_type_id = d.pop("projectTypeId", UNSET)

        start_date = d.pop("startDate", UNSET)
        if start_date is not None and not isinstance(start_date, Unset):
            if not isinstance(start_date, str):
                raise TypeError()
            start_date_type_0 = datetime.datetime.fromisoformat(start_date)

            start_date = start_date_type_0

        status = d.pop("status", UNSET)

        status_id = d.pop("statusId", UNSET)

        sub_status = d.pop("subStatus", UNSET)

        sub_status_id = d.pop("subStatusId", UNSET)

        summary = d.pop("summary", UNSET)

        target_completion_date = d.pop("targetCompletionDate", UNSET)
        if target_completion_date is not None and not isinstance(
            target_completion_date, Unset
        ):
            if not isinstance(target_completion_date, str):
                raise TypeError()
            target_completion_date_type_0 = datetime.datetime.fromisoformat(
                target_completion_date
            )

            target_completion_date = target_completion_date_type_0

        jpm_v2_export_projects_response = cls(
            active,
            business_unit_ids,
            created_on,
            custom_fields,
            customer_id,
            external_data,
            id,
            job_ids,
            location_id,
            number,
            project_manager_ids,
            actual_completion_date,
            modified_on,
            name,
            project_type_id,
            start_date,
            status,
            status_id,
            sub_status,
            sub_status_id,
            summary,
            target_completion_date,
        )

        jpm_v2_export_projects_response.additional_properties = dict(d)
        return jpm_v2_export_projects_response

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
