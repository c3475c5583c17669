from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jpm_v2_external_data_create_request import (
        JpmV2ExternalDataCreateRequest,
    )


T = TypeVar("T", bound="JpmV2CreateJobTypeRequest")


@_attrs_define
class JpmV2CreateJobTypeRequest:
    """
    Attributes:
        name (str):
        business_unit_ids (list[int] | None | Unset):
        class_ (None | str | Unset):
        custom_field_type_ids (list[int] | None | Unset):
        default_estimate_sold_action (None | str | Unset):
        duration (int | None | Unset):
        enforce_recurring_service_event_selection (bool | None | Unset):
        external_data (JpmV2ExternalDataCreateRequest | None | Unset):
        invoice_signatures_required (bool | None | Unset):
        no_charge (bool | None | Unset):
        priority (None | str | Unset):
        skills (list[str] | None | Unset):
        sold_threshold (float | None | Unset):
        summary (None | str | Unset):
        tag_type_ids (list[int] | None | Unset):
    """

    name: str
    business_unit_ids: list[int] | None | Unset = UNSET
    class_: None | str | Unset = UNSET
    custom_field_type_ids: list[int] | None | Unset = UNSET
    default_estimate_sold_action: None | str | Unset = UNSET
    duration: int | None | Unset = UNSET
    enforce_recurring_service_event_selection: bool | None | Unset = UNSET
    external_data: JpmV2ExternalDataCreateRequest | None | Unset = UNSET
    invoice_signatures_required: bool | None | Unset = UNSET
    no_charge: bool | None | Unset = UNSET
    priority: None | str | Unset = UNSET
    skills: list[str] | None | Unset = UNSET
    sold_threshold: float | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    tag_type_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "name",
        "businessUnitIds",
        "class",
        "customFieldTypeIds",
        "defaultEstimateSoldAction",
        "duration",
        "enforceRecurringServiceEventSelection",
        "externalData",
        "invoiceSignaturesRequired",
        "noCharge",
        "priority",
        "skills",
        "soldThreshold",
        "summary",
        "tagTypeIds",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.jpm_v2_external_data_create_request import (
            JpmV2ExternalDataCreateRequest,
        )

        name = self.name

        business_unit_ids: list[int] | None | Unset
        if isinstance(self.business_unit_ids, Unset):
            business_unit_ids = UNSET
        elif isinstance(self.business_unit_ids, list):
            business_unit_ids = self.business_unit_ids

        else:
            business_unit_ids = self.business_unit_ids

        class_: None | str | Unset
        if isinstance(self.class_, Unset):
            class_ = UNSET
        else:
            class_ = self.class_

        custom_field_type_ids: list[int] | None | Unset
        if isinstance(self.custom_field_type_ids, Unset):
            custom_field_type_ids = UNSET
        elif isinstance(self.custom_field_type_ids, list):
            custom_field_type_ids = self.custom_field_type_ids

        else:
            custom_field_type_ids = self.custom_field_type_ids

        default_estimate_sold_action: None | str | Unset
        if isinstance(self.default_estimate_sold_action, Unset):
            default_estimate_sold_action = UNSET
        else:
            default_estimate_sold_action = self.default_estimate_sold_action

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        enforce_recurring_service_event_selection: bool | None | Unset
        if isinstance(self.enforce_recurring_service_event_selection, Unset):
            enforce_recurring_service_event_selection = UNSET
        else:
            enforce_recurring_service_event_selection = (
                self.enforce_recurring_service_event_selection
            )

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, JpmV2ExternalDataCreateRequest):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        invoice_signatures_required: bool | None | Unset
        if isinstance(self.invoice_signatures_required, Unset):
            invoice_signatures_required = UNSET
        else:
            invoice_signatures_required = self.invoice_signatures_required

        no_charge: bool | None | Unset
        if isinstance(self.no_charge, Unset):
            no_charge = UNSET
        else:
            no_charge = self.no_charge

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        skills: list[str] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = self.skills

        else:
            skills = self.skills

        sold_threshold: float | None | Unset
        if isinstance(self.sold_threshold, Unset):
            sold_threshold = UNSET
        else:
            sold_threshold = self.sold_threshold

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        tag_type_ids: list[int] | None | Unset
        if isinstance(self.tag_type_ids, Unset):
            tag_type_ids = UNSET
        elif isinstance(self.tag_type_ids, list):
            tag_type_ids = self.tag_type_ids

        else:
            tag_type_ids = self.tag_type_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if business_unit_ids is not UNSET:
            field_dict["businessUnitIds"] = business_unit_ids
        if class_ is not UNSET:
            field_dict["class"] = class_
        if custom_field_type_ids is not UNSET:
            field_dict["customFieldTypeIds"] = custom_field_type_ids
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
        name = d.pop("name")

        business_unit_ids = d.pop("businessUnitIds", UNSET)
        if business_unit_ids is not None and not isinstance(business_unit_ids, Unset):
            if not isinstance(business_unit_ids, list):
                raise TypeError()
            business_unit_ids_type_0 = business_unit_ids

            business_unit_ids = business_unit_ids_type_0

        class_ = d.pop("class", UNSET)

        custom_field_type_ids = d.pop("customFieldTypeIds", UNSET)
        if custom_field_type_ids is not None and not isinstance(
            custom_field_type_ids, Unset
        ):
            if not isinstance(custom_field_type_ids, list):
                raise TypeError()
            custom_field_type_ids_type_0 = custom_field_type_ids

            custom_field_type_ids = custom_field_type_ids_type_0

        default_estimate_sold_action = d.pop("defaultEstimateSoldAction", UNSET)

        duration = d.pop("duration", UNSET)

        enforce_recurring_service_event_selection = d.pop(
            "enforceRecurringServiceEventSelection", UNSET
        )

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, dict):
                raise TypeError()
            external_data_type_0 = _models.JpmV2ExternalDataCreateRequest.from_dict(
                external_data
            )

            external_data = external_data_type_0

        invoice_signatures_required = d.pop("invoiceSignaturesRequired", UNSET)

        no_charge = d.pop("noCharge", UNSET)

        priority = d.pop("priority", UNSET)

        skills = d.pop("skills", UNSET)
        if skills is not None and not isinstance(skills, Unset):
            if not isinstance(skills, list):
                raise TypeError()
            skills_type_0 = skills

            skills = skills_type_0

        sold_threshold = d.pop("soldThreshold", UNSET)

        summary = d.pop("summary", UNSET)

        tag_type_ids = d.pop("tagTypeIds", UNSET)
        if tag_type_ids is not None and not isinstance(tag_type_ids, Unset):
            if not isinstance(tag_type_ids, list):
                raise TypeError()
            tag_type_ids_type_0 = tag_type_ids

            tag_type_ids = tag_type_ids_type_0

        jpm_v2_create_job_type_request = cls(
            name,
            business_unit_ids,
            class_,
            custom_field_type_ids,
            default_estimate_sold_action,
            duration,
            enforce_recurring_service_event_selection,
            external_data,
            invoice_signatures_required,
            no_charge,
            priority,
            skills,
            sold_threshold,
            summary,
            tag_type_ids,
        )

        jpm_v2_create_job_type_request.additional_properties = dict(d)
        return jpm_v2_create_job_type_request

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
