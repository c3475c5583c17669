from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.jpm_v2_custom_fields_update_mode import JpmV2CustomFieldsUpdateMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jpm_v2_external_data_update_request import (
        JpmV2ExternalDataUpdateRequest,
    )


T = TypeVar("T", bound="JpmV2UpdateJobTypeRequest")


@_attrs_define
class JpmV2UpdateJobTypeRequest:
    """
    Attributes:
        business_unit_ids (list[int] | Unset):
        class_ (str | Unset):
        custom_field_type_ids (list[int] | Unset):
        custom_fields_update_mode (JpmV2CustomFieldsUpdateMode | None | Unset):
        default_estimate_sold_action (str | Unset):
        duration (int | Unset):
        enforce_recurring_service_event_selection (bool | Unset):
        external_data (JpmV2ExternalDataUpdateRequest | Unset):
        invoice_signatures_required (bool | Unset):
        name (str | Unset):
        no_charge (bool | Unset):
        priority (str | Unset):
        skills (list[str] | Unset):
        sold_threshold (float | None | Unset):
        summary (str | Unset):
        tag_type_ids (list[int] | Unset):
    """

    business_unit_ids: list[int] | Unset = UNSET
    class_: str | Unset = UNSET
    custom_field_type_ids: list[int] | Unset = UNSET
    custom_fields_update_mode: JpmV2CustomFieldsUpdateMode | None | Unset = UNSET
    default_estimate_sold_action: str | Unset = UNSET
    duration: int | Unset = UNSET
    enforce_recurring_service_event_selection: bool | Unset = UNSET
    external_data: JpmV2ExternalDataUpdateRequest | Unset = UNSET
    invoice_signatures_required: bool | Unset = UNSET
    name: str | Unset = UNSET
    no_charge: bool | Unset = UNSET
    priority: str | Unset = UNSET
    skills: list[str] | Unset = UNSET
    sold_threshold: float | None | Unset = UNSET
    summary: str | Unset = UNSET
    tag_type_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "businessUnitIds",
        "class",
        "customFieldTypeIds",
        "customFieldsUpdateMode",
        "defaultEstimateSoldAction",
        "duration",
        "enforceRecurringServiceEventSelection",
        "externalData",
        "invoiceSignaturesRequired",
        "name",
        "noCharge",
        "priority",
        "skills",
        "soldThreshold",
        "summary",
        "tagTypeIds",
    )

    def to_dict(self) -> dict[str, Any]:
        business_unit_ids: list[int] | Unset = UNSET
        if not isinstance(self.business_unit_ids, Unset):
            business_unit_ids = self.business_unit_ids

        class_ = self.class_

        custom_field_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.custom_field_type_ids, Unset):
            custom_field_type_ids = self.custom_field_type_ids

        custom_fields_update_mode: None | str | Unset
        if isinstance(self.custom_fields_update_mode, Unset):
            custom_fields_update_mode = UNSET
        elif isinstance(self.custom_fields_update_mode, JpmV2CustomFieldsUpdateMode):
            custom_fields_update_mode = self.custom_fields_update_mode.value
        else:
            custom_fields_update_mode = self.custom_fields_update_mode

        default_estimate_sold_action = self.default_estimate_sold_action

        duration = self.duration

        enforce_recurring_service_event_selection = (
            self.enforce_recurring_service_event_selection
        )

        external_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_data, Unset):
            external_data = self.external_data.to_dict()

        invoice_signatures_required = self.invoice_signatures_required

        name = self.name

        no_charge = self.no_charge

        priority = self.priority

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        sold_threshold: float | None | Unset
        if isinstance(self.sold_threshold, Unset):
            sold_threshold = UNSET
        else:
            sold_threshold = self.sold_threshold

        summary = self.summary

        tag_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_type_ids, Unset):
            tag_type_ids = self.tag_type_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_unit_ids is not UNSET:
            field_dict["businessUnitIds"] = business_unit_ids
        if class_ is not UNSET:
            field_dict["class"] = class_
        if custom_field_type_ids is not UNSET:
            field_dict["customFieldTypeIds"] = custom_field_type_ids
        if custom_fields_update_mode is not UNSET:
            field_dict["customFieldsUpdateMode"] = custom_fields_update_mode
        if default_estimate_sold_action is not UNSET:
            field_dict["defaultEstimateSoldAction"] = default_estimate_sold_action
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enforce_recurring_service_event_selection is not UNSET:
            field_dict["enforceRecurringServiceEventSelection"] = (
                enforce_recurring_service_event_selection
            )
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if invoice_signatures_required is not UNSET:
            field_dict["invoiceSignaturesRequired"] = invoice_signatures_required
        if name is not UNSET:
            field_dict["name"] = name
        if no_charge is not UNSET:
            field_dict["noCharge"] = no_charge
        if priority is not UNSET:
            field_dict["priority"] = priority
        if skills is not UNSET:
            field_dict["skills"] = skills
        if sold_threshold is not UNSET:
            field_dict["soldThreshold"] = sold_threshold
        if summary is not UNSET:
            field_dict["summary"] = summary
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        business_unit_ids = d.pop("businessUnitIds", UNSET)

        class_ = d.pop("class", UNSET)

        custom_field_type_ids = d.pop("customFieldTypeIds", UNSET)

        custom_fields_update_mode = d.pop("customFieldsUpdateMode", UNSET)
        if custom_fields_update_mode is not None and not isinstance(
            custom_fields_update_mode, Unset
        ):
            if not isinstance(custom_fields_update_mode, str):
                raise TypeError()
            custom_fields_update_mode_type_0 = JpmV2CustomFieldsUpdateMode(
                custom_fields_update_mode
            )

            custom_fields_update_mode = custom_fields_update_mode_type_0

        default_estimate_sold_action = d.pop("defaultEstimateSoldAction", UNSET)

        duration = d.pop("duration", UNSET)

        enforce_recurring_service_event_selection = d.pop(
            "enforceRecurringServiceEventSelection", UNSET
        )

        external_data = d.pop("externalData", UNSET)
        if not isinstance(external_data, Unset):
            external_data = _models.JpmV2ExternalDataUpdateRequest.from_dict(
                external_data
            )

        invoice_signatures_required = d.pop("invoiceSignaturesRequired", UNSET)

        name = d.pop("name", UNSET)

        no_charge = d.pop("noCharge", UNSET)

        priority = d.pop("priority", UNSET)

        skills = d.pop("skills", UNSET)

        sold_threshold = d.pop("soldThreshold", UNSET)

        summary = d.pop("summary", UNSET)

        tag_type_ids = d.pop("tagTypeIds", UNSET)

        jpm_v2_update_job_type_request = cls(
            business_unit_ids,
            class_,
            custom_field_type_ids,
            custom_fields_update_mode,
            default_estimate_sold_action,
            duration,
            enforce_recurring_service_event_selection,
            external_data,
            invoice_signatures_required,
            name,
            no_charge,
            priority,
            skills,
            sold_threshold,
            summary,
            tag_type_ids,
        )

        jpm_v2_update_job_type_request.additional_properties = dict(d)
        return jpm_v2_update_job_type_request

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
