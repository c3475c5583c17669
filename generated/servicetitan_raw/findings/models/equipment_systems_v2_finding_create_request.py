from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.equipment_systems_v2_finding_urgency_level import (
    EquipmentSystemsV2FindingUrgencyLevel,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.equipment_systems_v2_finding_attachment_create_model import (
        EquipmentSystemsV2FindingAttachmentCreateModel,
    )


T = TypeVar("T", bound="EquipmentSystemsV2FindingCreateRequest")


@_attrs_define
class EquipmentSystemsV2FindingCreateRequest:
    """
    Attributes:
        location_id (int):
        urgency_level (EquipmentSystemsV2FindingUrgencyLevel):
        attachments (list[EquipmentSystemsV2FindingAttachmentCreateModel] | None | Unset):
        description (None | str | Unset):
        installed_equipment_id (int | None | Unset):
        internal_notes (None | str | Unset):
        name (None | str | Unset):
        recommended_solution (None | str | Unset):
        source_job_id (int | None | Unset):
    """

    location_id: int
    urgency_level: EquipmentSystemsV2FindingUrgencyLevel
    attachments: list[EquipmentSystemsV2FindingAttachmentCreateModel] | None | Unset = (
        UNSET
    )
    description: None | str | Unset = UNSET
    installed_equipment_id: int | None | Unset = UNSET
    internal_notes: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    recommended_solution: None | str | Unset = UNSET
    source_job_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "locationId",
        "urgencyLevel",
        "attachments",
        "description",
        "installedEquipmentId",
        "internalNotes",
        "name",
        "recommendedSolution",
        "sourceJobId",
    )

    def to_dict(self) -> dict[str, Any]:
        location_id = self.location_id

        urgency_level = self.urgency_level.value

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        installed_equipment_id: int | None | Unset
        if isinstance(self.installed_equipment_id, Unset):
            installed_equipment_id = UNSET
        else:
            installed_equipment_id = self.installed_equipment_id

        internal_notes: None | str | Unset
        if isinstance(self.internal_notes, Unset):
            internal_notes = UNSET
        else:
            internal_notes = self.internal_notes

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        recommended_solution: None | str | Unset
        if isinstance(self.recommended_solution, Unset):
            recommended_solution = UNSET
        else:
            recommended_solution = self.recommended_solution

        source_job_id: int | None | Unset
        if isinstance(self.source_job_id, Unset):
            source_job_id = UNSET
        else:
            source_job_id = self.source_job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locationId": location_id,
                "urgencyLevel": urgency_level,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if description is not UNSET:
            field_dict["description"] = description
        if installed_equipment_id is not UNSET:
            field_dict["installedEquipmentId"] = installed_equipment_id
        if internal_notes is not UNSET:
            field_dict["internalNotes"] = internal_notes
        if name is not UNSET:
            field_dict["name"] = name
        if recommended_solution is not UNSET:
            field_dict["recommendedSolution"] = recommended_solution
        if source_job_id is not UNSET:
            field_dict["sourceJobId"] = source_job_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        location_id = d.pop("locationId")

        urgency_level = EquipmentSystemsV2FindingUrgencyLevel(d.pop("urgencyLevel"))

        attachments = d.pop("attachments", UNSET)
        if attachments is not None and not isinstance(attachments, Unset):
            if not isinstance(attachments, list):
                raise TypeError()
            attachments_type_0 = [
                _models.EquipmentSystemsV2FindingAttachmentCreateModel.from_dict(
                    attachments_type_0_item_data
                )
                for attachments_type_0_item_data in attachments
            ]

            attachments = attachments_type_0

        description = d.pop("description", UNSET)

        installed_equipment_id = d.pop("installedEquipmentId", UNSET)

        internal_notes = d.pop("internalNotes", UNSET)

        name = d.pop("name", UNSET)

        recommended_solution = d.pop("recommendedSolution", UNSET)

        source_job_id = d.pop("sourceJobId", UNSET)

        equipment_systems_v2_finding_create_request = cls(
            location_id,
            urgency_level,
            attachments,
            description,
            installed_equipment_id,
            internal_notes,
            name,
            recommended_solution,
            source_job_id,
        )

        equipment_systems_v2_finding_create_request.additional_properties = dict(d)
        return equipment_systems_v2_finding_create_request

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
