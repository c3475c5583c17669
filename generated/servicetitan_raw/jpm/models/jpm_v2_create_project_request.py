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
    from ..models.jpm_v2_external_data_create_request import (
        JpmV2ExternalDataCreateRequest,
    )


T = TypeVar("T", bound="JpmV2CreateProjectRequest")


@_attrs_define
class JpmV2CreateProjectRequest:
    """
    Attributes:
        location_id (int):
        actual_completion_date (datetime.datetime | None | Unset):
        business_unit_ids (list[int] | None | Unset):
        custom_fields (list[JpmV2CustomFieldCreateOrUpdateModel] | None | Unset):
        customer_id (int | None | Unset):
        external_data (JpmV2ExternalDataCreateRequest | None | Unset):
        name (None | str | Unset):
        project_manager_ids (list[int] | None | Unset):
        project_type_id (int | None | Unset):
        start_date (datetime.datetime | None | Unset):
        status_id (int | None | Unset):
        sub_status_id (int | None | Unset):
        summary (None | str | Unset):
        target_completion_date (datetime.datetime | None | Unset):
    """

    location_id: int
    actual_completion_date: datetime.datetime | None | Unset = UNSET
    business_unit_ids: list[int] | None | Unset = UNSET
    custom_fields: list[JpmV2CustomFieldCreateOrUpdateModel] | None | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    external_data: JpmV2ExternalDataCreateRequest | None | Unset = UNSET
    name: None | str | Unset = UNSET
    project_manager_ids: list[int] | None | Unset = UNSET
    project_type_id: int | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    status_id: int | None | Unset = UNSET
    sub_status_id: int | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    target_completion_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "locationId",
        "actualCompletionDate",
        "businessUnitIds",
        "customFields",
        "customerId",
        "externalData",
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
        from ..models.jpm_v2_external_data_create_request import (
            JpmV2ExternalDataCreateRequest,
        )

        location_id = self.location_id

        actual_completion_date: None | str | Unset
        if isinstance(self.actual_completion_date, Unset):
            actual_completion_date = UNSET
        elif isinstance(self.actual_completion_date, datetime.datetime):
            actual_completion_date = self.actual_completion_date.isoformat()
        else:
            actual_completion_date = self.actual_completion_date

        business_unit_ids: list[int] | None | Unset
        if isinstance(self.business_unit_ids, Unset):
            business_unit_ids = UNSET
        elif isinstance(self.business_unit_ids, list):
            business_unit_ids = self.business_unit_ids

        else:
            business_unit_ids = self.business_unit_ids

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, JpmV2ExternalDataCreateRequest):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        project_manager_ids: list[int] | None | Unset
        if isinstance(self.project_manager_ids, Unset):
            project_manager_ids = UNSET
        elif isinstance(self.project_manager_ids, list):
            project_manager_ids = self.project_manager_ids

        else:
            project_manager_ids = self.project_manager_ids

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

        status_id: int | None | Unset
        if isinstance(self.status_id, Unset):
            status_id = UNSET
        else:
            status_id = self.status_id

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
                "locationId": location_id,
            }
        )
        if actual_completion_date is not UNSET:
            field_dict["actualCompletionDate"] = actual_completion_date
        if business_unit_ids is not UNSET:
            field_dict["businessUnitIds"] = business_unit_ids
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
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
        location_id = d.pop("locationId")

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

        business_unit_ids = d.pop("businessUnitIds", UNSET)
        if business_unit_ids is not None and not isinstance(business_unit_ids, Unset):
            if not isinstance(business_unit_ids, list):
                raise TypeError()
            business_unit_ids_type_0 = business_unit_ids

            business_unit_ids = business_unit_ids_type_0

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.JpmV2CustomFieldCreateOrUpdateModel.from_dict(
                    custom_fields_type_0_item_data
                )
                for custom_fields_type_0_item_data in custom_fields
            ]

            custom_fields = custom_fields_type_0

        customer_id = d.pop("customerId", UNSET)

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, dict):
                raise TypeError()
            external_data_type_0 = _models.JpmV2ExternalDataCreateRequest.from_dict(
                external_data
            )

            external_data = external_data_type_0

        name = d.pop("name", UNSET)

        project_manager_ids = d.pop("projectManagerIds", UNSET)
        if project_manager_ids is not None and not isinstance(
            project_manager_ids, Unset
        ):
            if not isinstance(project_manager_ids, list):
                raise TypeError()
            project_manager_ids_type_0 = project_manager_ids

            project_manager_ids = project_manager_ids_type_0

        project_type_id = d.pop("projectTypeId", UNSET)

        start_date = d.pop("startDate", UNSET)
        if start_date is not None and not isinstance(start_date, Unset):
            if not isinstance(start_date, str):
                raise TypeError()
            start_date_type_0 = datetime.datetime.fromisoformat(start_date)

            start_date = start_date_type_0

        status_id = d.pop("statusId", UNSET)

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

        jpm_v2_create_project_request = cls(
            location_id,
            actual_completion_date,
            business_unit_ids,
            custom_fields,
            customer_id,
            external_data,
            name,
            project_manager_ids,
            project_type_id,
            start_date,
            status_id,
            sub_status_id,
            summary,
            target_completion_date,
        )

        jpm_v2_create_project_request.additional_properties = dict(d)
        return jpm_v2_create_project_request

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
