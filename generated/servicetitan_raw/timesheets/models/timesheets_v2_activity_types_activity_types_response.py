from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timesheets_v2_association import TimesheetsV2Association
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimesheetsV2ActivityTypesActivityTypesResponse")


@_attrs_define
class TimesheetsV2ActivityTypesActivityTypesResponse:
    """
    Attributes:
        active (bool):
        budget_code_association (TimesheetsV2Association):
        category_id (int):
        code (str):
        created_on (datetime.datetime):
        default_tag_type_ids (list[int]):
        dont_allow_to_change_memo (bool):
        dont_allow_to_change_tag (bool):
        icon (str):
        id (int):
        is_archived (bool):
        is_default (bool):
        is_draft (bool):
        is_in_use (bool):
        is_technician_profile_labor_type (bool):
        is_users_home_business_unit (bool):
        job_association (TimesheetsV2Association):
        labor_type_association (TimesheetsV2Association):
        memo_association (TimesheetsV2Association):
        modified_on (datetime.datetime):
        project_association (TimesheetsV2Association):
        project_label_association (TimesheetsV2Association):
        tag_association (TimesheetsV2Association):
        visible_to_roles (list[int]):
        business_unit_id (int | None | Unset):
        default_memo (None | str | Unset):
        description (None | str | Unset):
        labor_type_id (int | None | Unset):
    """

    active: bool
    budget_code_association: TimesheetsV2Association
    category_id: int
    code: str
    created_on: datetime.datetime
    default_tag_type_ids: list[int]
    dont_allow_to_change_memo: bool
    dont_allow_to_change_tag: bool
    icon: str
    id: int
    is_archived: bool
    is_default: bool
    is_draft: bool
    is_in_use: bool
    is_technician_profile_labor_type: bool
    is_users_home_business_unit: bool
    job_association: TimesheetsV2Association
    labor_type_association: TimesheetsV2Association
    memo_association: TimesheetsV2Association
    modified_on: datetime.datetime
    project_association: TimesheetsV2Association
    project_label_association: TimesheetsV2Association
    tag_association: TimesheetsV2Association
    visible_to_roles: list[int]
    business_unit_id: int | None | Unset = UNSET
    default_memo: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    labor_type_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "budgetCodeAssociation",
        "categoryId",
        "code",
        "createdOn",
        "defaultTagTypeIds",
        "dontAllowToChangeMemo",
        "dontAllowToChangeTag",
        "icon",
        "id",
        "isArchived",
        "isDefault",
        "isDraft",
        "isInUse",
        "isTechnicianProfileLaborType",
        "isUsersHomeBusinessUnit",
        "jobAssociation",
        "laborTypeAssociation",
        "memoAssociation",
        "modifiedOn",
        "projectAssociation",
        "projectLabelAssociation",
        "tagAssociation",
        "visibleToRoles",
        "businessUnitId",
        "defaultMemo",
        "description",
        "laborTypeId",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        budget_code_association = self.budget_code_association.value

        category_id = self.category_id

        code = self.code

        created_on = self.created_on.isoformat()

        default_tag_type_ids = self.default_tag_type_ids

        dont_allow_to_change_memo = self.dont_allow_to_change_memo

        dont_allow_to_change_tag = self.dont_allow_to_change_tag

        icon = self.icon

        id = self.id

        is_archived = self.is_archived

        is_default = self.is_default

        is_draft = self.is_draft

        is_in_use = self.is_in_use

        is_technician_profile_labor_type = self.is_technician_profile_labor_type

        is_users_home_business_unit = self.is_users_home_business_unit

        job_association = self.job_association.value

        labor_type_association = self.labor_type_association.value

        memo_association = self.memo_association.value

        modified_on = self.modified_on.isoformat()

        project_association = self.project_association.value

        project_label_association = self.project_label_association.value

        tag_association = self.tag_association.value

        visible_to_roles = self.visible_to_roles

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

        default_memo: None | str | Unset
        if isinstance(self.default_memo, Unset):
            default_memo = UNSET
        else:
            default_memo = self.default_memo

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        labor_type_id: int | None | Unset
        if isinstance(self.labor_type_id, Unset):
            labor_type_id = UNSET
        else:
            labor_type_id = self.labor_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "budgetCodeAssociation": budget_code_association,
                "categoryId": category_id,
                "code": code,
                "createdOn": created_on,
                "defaultTagTypeIds": default_tag_type_ids,
                "dontAllowToChangeMemo": dont_allow_to_change_memo,
                "dontAllowToChangeTag": dont_allow_to_change_tag,
                "icon": icon,
                "id": id,
                "isArchived": is_archived,
                "isDefault": is_default,
                "isDraft": is_draft,
                "isInUse": is_in_use,
                "isTechnicianProfileLaborType": is_technician_profile_labor_type,
                "isUsersHomeBusinessUnit": is_users_home_business_unit,
                "jobAssociation": job_association,
                "laborTypeAssociation": labor_type_association,
                "memoAssociation": memo_association,
                "modifiedOn": modified_on,
                "projectAssociation": project_association,
                "projectLabelAssociation": project_label_association,
                "tagAssociation": tag_association,
                "visibleToRoles": visible_to_roles,
            }
        )
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if default_memo is not UNSET:
            field_dict["defaultMemo"] = default_memo
        if description is not UNSET:
            field_dict["description"] = description
        if labor_type_id is not UNSET:
            field_dict["laborTypeId"] = labor_type_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        budget_code_association = TimesheetsV2Association(
            d.pop("budgetCodeAssociation")
        )

        category_id = d.pop("categoryId")

        code = d.pop("code")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        default_tag_type_ids = d.pop("defaultTagTypeIds")

        dont_allow_to_change_memo = d.pop("dontAllowToChangeMemo")

        dont_allow_to_change_tag = d.pop("dontAllowToChangeTag")

        icon = d.pop("icon")

        id = d.pop("id")

        is_archived = d.pop("isArchived")

        is_default = d.pop("isDefault")

        is_draft = d.pop("isDraft")

        is_in_use = d.pop("isInUse")

        is_technician_profile_labor_type = d.pop("isTechnicianProfileLaborType")

        is_users_home_business_unit = d.pop("isUsersHomeBusinessUnit")

        job_association = TimesheetsV2Association(d.pop("jobAssociation"))

        labor_type_association = TimesheetsV2Association(d.pop("laborTypeAssociation"))

        memo_association = TimesheetsV2Association(d.pop("memoAssociation"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        project_association = TimesheetsV2Association(d.pop("projectAssociation"))

        project_label_association = TimesheetsV2Association(
            d.pop("projectLabelAssociation")
        )

        tag_association = TimesheetsV2Association(d.pop("tagAssociation"))

        visible_to_roles = d.pop("visibleToRoles")

        business_unit_id = d.pop("businessUnitId", UNSET)

        default_memo = d.pop("defaultMemo", UNSET)

        description = d.pop("description", UNSET)

        labor_type_id = d.pop("laborTypeId", UNSET)

        timesheets_v2_activity_types_activity_types_response = cls(
            active,
            budget_code_association,
            category_id,
            code,
            created_on,
            default_tag_type_ids,
            dont_allow_to_change_memo,
            dont_allow_to_change_tag,
            icon,
            id,
            is_archived,
            is_default,
            is_draft,
            is_in_use,
            is_technician_profile_labor_type,
            is_users_home_business_unit,
            job_association,
            labor_type_association,
            memo_association,
            modified_on,
            project_association,
            project_label_association,
            tag_association,
            visible_to_roles,
            business_unit_id,
            default_memo,
            description,
            labor_type_id,
        )

        timesheets_v2_activity_types_activity_types_response.additional_properties = (
            dict(d)
        )
        return timesheets_v2_activity_types_activity_types_response

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
