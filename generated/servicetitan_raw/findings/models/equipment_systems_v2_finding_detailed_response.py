from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.equipment_systems_v2_finding_status import EquipmentSystemsV2FindingStatus
from ..models.equipment_systems_v2_finding_urgency_level import (
    EquipmentSystemsV2FindingUrgencyLevel,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.equipment_systems_v2_finding_attachment_model import (
        EquipmentSystemsV2FindingAttachmentModel,
    )


T = TypeVar("T", bound="EquipmentSystemsV2FindingDetailedResponse")


@_attrs_define
class EquipmentSystemsV2FindingDetailedResponse:
    """
    Attributes:
        active (bool):
        archived (bool):
        created_by (int):
        created_on (datetime.datetime):
        id (int):
        location_id (int):
        modified_by (int):
        modified_on (datetime.datetime):
        status (EquipmentSystemsV2FindingStatus):
        urgency_level (EquipmentSystemsV2FindingUrgencyLevel):
        attachments (list[EquipmentSystemsV2FindingAttachmentModel] | None | Unset):
        description (None | str | Unset):
        installed_equipment_id (int | None | Unset):
        internal_notes (None | str | Unset):
        linked_estimate_ids (list[int] | None | Unset):
        linked_job_ids (list[int] | None | Unset):
        name (None | str | Unset):
        recommended_solution (None | str | Unset):
        source_job_id (int | None | Unset):
    """

    active: bool
    archived: bool
    created_by: int
    created_on: datetime.datetime
    id: int
    location_id: int
    modified_by: int
    modified_on: datetime.datetime
    status: EquipmentSystemsV2FindingStatus
    urgency_level: EquipmentSystemsV2FindingUrgencyLevel
    attachments: list[EquipmentSystemsV2FindingAttachmentModel] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    installed_equipment_id: int | None | Unset = UNSET
    internal_notes: None | str | Unset = UNSET
    linked_estimate_ids: list[int] | None | Unset = UNSET
    linked_job_ids: list[int] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    recommended_solution: None | str | Unset = UNSET
    source_job_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "archived",
        "createdBy",
        "createdOn",
        "id",
        "locationId",
        "modifiedBy",
        "modifiedOn",
        "status",
        "urgencyLevel",
        "attachments",
        "description",
        "installedEquipmentId",
        "internalNotes",
        "linkedEstimateIds",
        "linkedJobIds",
        "name",
        "recommendedSolution",
        "sourceJobId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        archived = self.archived

        created_by = self.created_by

        created_on = self.created_on.isoformat()

        id = self.id

        location_id = self.location_id

        modified_by = self.modified_by

        modified_on = self.modified_on.isoformat()

        status = self.status.value

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

        linked_estimate_ids: list[int] | None | Unset
        if isinstance(self.linked_estimate_ids, Unset):
            linked_estimate_ids = UNSET
        elif isinstance(self.linked_estimate_ids, list):
            linked_estimate_ids = self.linked_estimate_ids

        else:
            linked_estimate_ids = self.linked_estimate_ids

        linked_job_ids: list[int] | None | Unset
        if isinstance(self.linked_job_ids, Unset):
            linked_job_ids = UNSET
        elif isinstance(self.linked_job_ids, list):
            linked_job_ids = self.linked_job_ids

        else:
            linked_job_ids = self.linked_job_ids

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
                "active": active,
                "archived": archived,
                "createdBy": created_by,
                "createdOn": created_on,
                "id": id,
                "locationId": location_id,
                "modifiedBy": modified_by,
                "modifiedOn": modified_on,
                "status": status,
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
        if linked_estimate_ids is not UNSET:
            field_dict["linkedEstimateIds"] = linked_estimate_ids
        if linked_job_ids is not UNSET:
            field_dict["linkedJobIds"] = linked_job_ids
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
        active = d.pop("active")

        archived = d.pop("archived")

        created_by = d.pop("createdBy")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        location_id = d.pop("locationId")

        modified_by = d.pop("modifiedBy")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        status = EquipmentSystemsV2FindingStatus(d.pop("status"))

        urgency_level = EquipmentSystemsV2FindingUrgencyLevel(d.pop("urgencyLevel"))

        attachments = d.pop("attachments", UNSET)
        if attachments is not None and not isinstance(attachments, Unset):
            if not isinstance(attachments, list):
                raise TypeError()
            attachments_type_0 = [
                _models.EquipmentSystemsV2FindingAttachmentModel.from_dict(
                    attachments_type_0_item_data
                )
                for attachments_type_0_item_data in attachments
            ]

            attachments = attachments_type_0

        description = d.pop("description", UNSET)

        installed_equipment_id = d.pop("installedEquipmentId", UNSET)

        internal_notes = d.pop("internalNotes", UNSET)

        linked_estimate_ids = d.pop("linkedEstimateIds", UNSET)
        if linked_estimate_ids is not None and not isinstance(
            linked_estimate_ids, Unset
        ):
            if not isinstance(linked_estimate_ids, list):
                raise TypeError()
            linked_estimate_ids_type_0 = linked_estimate_ids

            linked_estimate_ids = linked_estimate_ids_type_0

        linked_job_ids = d.pop("linkedJobIds", UNSET)
        if linked_job_ids is not None and not isinstance(linked_job_ids, Unset):
            if not isinstance(linked_job_ids, list):
                raise TypeError()
            linked_job_ids_type_0 = linked_job_ids

            linked_job_ids = linked_job_ids_type_0

        name = d.pop("name", UNSET)

        recommended_solution = d.pop("recommendedSolution", UNSET)

        source_job_id = d.pop("sourceJobId", UNSET)

        equipment_systems_v2_finding_detailed_response = cls(
            active,
            archived,
            created_by,
            created_on,
            id,
            location_id,
            modified_by,
            modified_on,
            status,
            urgency_level,
            attachments,
            description,
            installed_equipment_id,
            internal_notes,
            linked_estimate_ids,
            linked_job_ids,
            name,
            recommended_solution,
            source_job_id,
        )

        equipment_systems_v2_finding_detailed_response.additional_properties = dict(d)
        return equipment_systems_v2_finding_detailed_response

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
