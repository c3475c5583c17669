from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jpm_v2_external_data_model import JpmV2ExternalDataModel


T = TypeVar("T", bound="JpmV2JobTypeResponse")


@_attrs_define
class JpmV2JobTypeResponse:
    """
    Attributes:
        active (bool):
        business_unit_ids (list[int]):
        class_ (str):
        created_on (datetime.datetime):
        custom_field_type_ids (list[int]):
        default_estimate_sold_action (str):
        duration (int):
        external_data (list[JpmV2ExternalDataModel] | None):
        id (int):
        invoice_signatures_required (bool):
        is_smart_dispatched (bool):
        modified_on (datetime.datetime):
        name (str):
        no_charge (bool):
        priority (str):
        skills (list[str]):
        summary (str):
        tag_type_ids (list[int]):
        enforce_recurring_service_event_selection (bool | None | Unset):
        sold_threshold (float | None | Unset):
    """

    active: bool
    business_unit_ids: list[int]
    class_: str
    created_on: datetime.datetime
    custom_field_type_ids: list[int]
    default_estimate_sold_action: str
    duration: int
    external_data: list[JpmV2ExternalDataModel] | None
    id: int
    invoice_signatures_required: bool
    is_smart_dispatched: bool
    modified_on: datetime.datetime
    name: str
    no_charge: bool
    priority: str
    skills: list[str]
    summary: str
    tag_type_ids: list[int]
    enforce_recurring_service_event_selection: bool | None | Unset = UNSET
    sold_threshold: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "businessUnitIds",
        "class",
        "createdOn",
        "customFieldTypeIds",
        "defaultEstimateSoldAction",
        "duration",
        "externalData",
        "id",
        "invoiceSignaturesRequired",
        "isSmartDispatched",
        "modifiedOn",
        "name",
        "noCharge",
        "priority",
        "skills",
        "summary",
        "tagTypeIds",
        "enforceRecurringServiceEventSelection",
        "soldThreshold",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        business_unit_ids = self.business_unit_ids

        class_ = self.class_

        created_on = self.created_on.isoformat()

        custom_field_type_ids = self.custom_field_type_ids

        default_estimate_sold_action = self.default_estimate_sold_action

        duration = self.duration

        external_data: list[dict[str, Any]] | None
        if isinstance(self.external_data, list):
            external_data = []
            for external_data_type_0_item_data in self.external_data:
                external_data_type_0_item = external_data_type_0_item_data.to_dict()
                external_data.append(external_data_type_0_item)

        else:
            external_data = self.external_data

        id = self.id

        invoice_signatures_required = self.invoice_signatures_required

        is_smart_dispatched = self.is_smart_dispatched

        modified_on = self.modified_on.isoformat()

        name = self.name

        no_charge = self.no_charge

        priority = self.priority

        skills = self.skills

        summary = self.summary

        tag_type_ids = self.tag_type_ids

        enforce_recurring_service_event_selection: bool | None | Unset
        if isinstance(self.enforce_recurring_service_event_selection, Unset):
            enforce_recurring_service_event_selection = UNSET
        else:
            enforce_recurring_service_event_selection = (
                self.enforce_recurring_service_event_selection
            )

        sold_threshold: float | None | Unset
        if isinstance(self.sold_threshold, Unset):
            sold_threshold = UNSET
        else:
            sold_threshold = self.sold_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "businessUnitIds": business_unit_ids,
                "class": class_,
                "createdOn": created_on,
                "customFieldTypeIds": custom_field_type_ids,
                "defaultEstimateSoldAction": default_estimate_sold_action,
                "duration": duration,
                "externalData": external_data,
                "id": id,
                "invoiceSignaturesRequired": invoice_signatures_required,
                "isSmartDispatched": is_smart_dispatched,
                "modifiedOn": modified_on,
                "name": name,
                "noCharge": no_charge,
                "priority": priority,
                "skills": skills,
                "summary": summary,
                "tagTypeIds": tag_type_ids,
            }
        )
        if enforce_recurring_service_event_selection is not UNSET:
            field_dict["enforceRecurringServiceEventSelection"] = (
                enforce_recurring_service_event_selection
            )
        if sold_threshold is not UNSET:
            field_dict["soldThreshold"] = sold_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        business_unit_ids = d.pop("businessUnitIds")

        class_ = d.pop("class")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        custom_field_type_ids = d.pop("customFieldTypeIds")

        default_estimate_sold_action = d.pop("defaultEstimateSoldAction")

        duration = d.pop("duration")

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

        invoice_signatures_required = d.pop("invoiceSignaturesRequired")

        is_smart_dispatched = d.pop("isSmartDispatched")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        no_charge = d.pop("noCharge")

        priority = d.pop("priority")

        skills = d.pop("skills")

        summary = d.pop("summary")

        tag_type_ids = d.pop("tagTypeIds")

        enforce_recurring_service_event_selection = d.pop(
            "enforceRecurringServiceEventSelection", UNSET
        )

        sold_threshold = d.pop("soldThreshold", UNSET)

        jpm_v2_job_type_response = cls(
            active,
            business_unit_ids,
            class_,
            created_on,
            custom_field_type_ids,
            default_estimate_sold_action,
            duration,
            external_data,
            id,
            invoice_signatures_required,
            is_smart_dispatched,
            modified_on,
            name,
            no_charge,
            priority,
            skills,
            summary,
            tag_type_ids,
            enforce_recurring_service_event_selection,
            sold_threshold,
        )

        jpm_v2_job_type_response.additional_properties = dict(d)
        return jpm_v2_job_type_response

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
