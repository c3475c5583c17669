from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.forms_contracts_form_submissions_submission_status import (
    FormsContractsFormSubmissionsSubmissionStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forms_contracts_form_submissions_checkbox_field_api_dto import (
        FormsContractsFormSubmissionsCheckboxFieldApiDto,
    )
    from ..models.forms_contracts_form_submissions_date_field_api_dto import (
        FormsContractsFormSubmissionsDateFieldApiDto,
    )
    from ..models.forms_contracts_form_submissions_dropdown_field_api_dto import (
        FormsContractsFormSubmissionsDropdownFieldApiDto,
    )
    from ..models.forms_contracts_form_submissions_form_field_api_dto import (
        FormsContractsFormSubmissionsFormFieldApiDto,
    )
    from ..models.forms_contracts_form_submissions_form_owner import (
        FormsContractsFormSubmissionsFormOwner,
    )
    from ..models.forms_contracts_form_submissions_form_section_api_dto import (
        FormsContractsFormSubmissionsFormSectionApiDto,
    )
    from ..models.forms_contracts_form_submissions_form_static_element_api_dto import (
        FormsContractsFormSubmissionsFormStaticElementApiDto,
    )
    from ..models.forms_contracts_form_submissions_number_field_api_dto import (
        FormsContractsFormSubmissionsNumberFieldApiDto,
    )
    from ..models.forms_contracts_form_submissions_picture_field_api_dto import (
        FormsContractsFormSubmissionsPictureFieldApiDto,
    )
    from ..models.forms_contracts_form_submissions_radio_field_api_dto import (
        FormsContractsFormSubmissionsRadioFieldApiDto,
    )
    from ..models.forms_contracts_form_submissions_signature_field_api_dto import (
        FormsContractsFormSubmissionsSignatureFieldApiDto,
    )
    from ..models.forms_contracts_form_submissions_stoplight_field_api_dto import (
        FormsContractsFormSubmissionsStoplightFieldApiDto,
    )
    from ..models.forms_contracts_form_submissions_text_field_api_dto import (
        FormsContractsFormSubmissionsTextFieldApiDto,
    )


T = TypeVar("T", bound="FormsV2FormSubmissionResponse")


@_attrs_define
class FormsV2FormSubmissionResponse:
    """
    Attributes:
        created_by_id (int):
        form_id (int):
        id (int):
        status (FormsContractsFormSubmissionsSubmissionStatus):
        submitted_on (datetime.datetime):
        form_name (None | str | Unset):
        owners (list[FormsContractsFormSubmissionsFormOwner] | None | Unset):
        units (list[FormsContractsFormSubmissionsCheckboxFieldApiDto | FormsContractsFormSubmissionsDateFieldApiDto |
            FormsContractsFormSubmissionsDropdownFieldApiDto | FormsContractsFormSubmissionsFormFieldApiDto |
            FormsContractsFormSubmissionsFormSectionApiDto | FormsContractsFormSubmissionsFormStaticElementApiDto |
            FormsContractsFormSubmissionsNumberFieldApiDto | FormsContractsFormSubmissionsPictureFieldApiDto |
            FormsContractsFormSubmissionsRadioFieldApiDto | FormsContractsFormSubmissionsSignatureFieldApiDto |
            FormsContractsFormSubmissionsStoplightFieldApiDto | FormsContractsFormSubmissionsTextFieldApiDto] | None |
            Unset):
    """

    created_by_id: int
    form_id: int
    id: int
    status: FormsContractsFormSubmissionsSubmissionStatus
    submitted_on: datetime.datetime
    form_name: None | str | Unset = UNSET
    owners: list[FormsContractsFormSubmissionsFormOwner] | None | Unset = UNSET
    units: (
        list[
            FormsContractsFormSubmissionsCheckboxFieldApiDto
            | FormsContractsFormSubmissionsDateFieldApiDto
            | FormsContractsFormSubmissionsDropdownFieldApiDto
            | FormsContractsFormSubmissionsFormFieldApiDto
            | FormsContractsFormSubmissionsFormSectionApiDto
            | FormsContractsFormSubmissionsFormStaticElementApiDto
            | FormsContractsFormSubmissionsNumberFieldApiDto
            | FormsContractsFormSubmissionsPictureFieldApiDto
            | FormsContractsFormSubmissionsRadioFieldApiDto
            | FormsContractsFormSubmissionsSignatureFieldApiDto
            | FormsContractsFormSubmissionsStoplightFieldApiDto
            | FormsContractsFormSubmissionsTextFieldApiDto
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdById",
        "formId",
        "id",
        "status",
        "submittedOn",
        "formName",
        "owners",
        "units",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.forms_contracts_form_submissions_checkbox_field_api_dto import (
            FormsContractsFormSubmissionsCheckboxFieldApiDto,
        )
        from ..models.forms_contracts_form_submissions_date_field_api_dto import (
            FormsContractsFormSubmissionsDateFieldApiDto,
        )
        from ..models.forms_contracts_form_submissions_dropdown_field_api_dto import (
            FormsContractsFormSubmissionsDropdownFieldApiDto,
        )
        from ..models.forms_contracts_form_submissions_form_field_api_dto import (
            FormsContractsFormSubmissionsFormFieldApiDto,
        )
        from ..models.forms_contracts_form_submissions_form_section_api_dto import (
            FormsContractsFormSubmissionsFormSectionApiDto,
        )
        from ..models.forms_contracts_form_submissions_form_static_element_api_dto import (
            FormsContractsFormSubmissionsFormStaticElementApiDto,
        )
        from ..models.forms_contracts_form_submissions_number_field_api_dto import (
            FormsContractsFormSubmissionsNumberFieldApiDto,
        )
        from ..models.forms_contracts_form_submissions_picture_field_api_dto import (
            FormsContractsFormSubmissionsPictureFieldApiDto,
        )
        from ..models.forms_contracts_form_submissions_radio_field_api_dto import (
            FormsContractsFormSubmissionsRadioFieldApiDto,
        )
        from ..models.forms_contracts_form_submissions_signature_field_api_dto import (
            FormsContractsFormSubmissionsSignatureFieldApiDto,
        )
        from ..models.forms_contracts_form_submissions_text_field_api_dto import (
            FormsContractsFormSubmissionsTextFieldApiDto,
        )

        created_by_id = self.created_by_id

        form_id = self.form_id

        id = self.id

        status = self.status.value

        submitted_on = self.submitted_on.isoformat()

        form_name: None | str | Unset
        if isinstance(self.form_name, Unset):
            form_name = UNSET
        else:
            form_name = self.form_name

        owners: list[dict[str, Any]] | None | Unset
        if isinstance(self.owners, Unset):
            owners = UNSET
        elif isinstance(self.owners, list):
            owners = []
            for owners_type_0_item_data in self.owners:
                owners_type_0_item = owners_type_0_item_data.to_dict()
                owners.append(owners_type_0_item)

        else:
            owners = self.owners

        units: list[dict[str, Any]] | None | Unset
        if isinstance(self.units, Unset):
            units = UNSET
        elif isinstance(self.units, list):
            units = []
            for units_type_0_item_data in self.units:
                units_type_0_item: dict[str, Any]
                if (
                    isinstance(
                        units_type_0_item_data,
                        FormsContractsFormSubmissionsFormSectionApiDto,
                    )
                    or isinstance(
                        units_type_0_item_data,
                        FormsContractsFormSubmissionsFormFieldApiDto,
                    )
                    or isinstance(
                        units_type_0_item_data,
                        FormsContractsFormSubmissionsFormStaticElementApiDto,
                    )
                    or isinstance(
                        units_type_0_item_data,
                        FormsContractsFormSubmissionsDropdownFieldApiDto,
                    )
                    or isinstance(
                        units_type_0_item_data,
                        FormsContractsFormSubmissionsNumberFieldApiDto,
                    )
                    or isinstance(
                        units_type_0_item_data,
                        FormsContractsFormSubmissionsTextFieldApiDto,
                    )
                    or isinstance(
                        units_type_0_item_data,
                        FormsContractsFormSubmissionsCheckboxFieldApiDto,
                    )
                    or isinstance(
                        units_type_0_item_data,
                        FormsContractsFormSubmissionsDateFieldApiDto,
                    )
                    or isinstance(
                        units_type_0_item_data,
                        FormsContractsFormSubmissionsPictureFieldApiDto,
                    )
                    or isinstance(
                        units_type_0_item_data,
                        FormsContractsFormSubmissionsRadioFieldApiDto,
                    )
                    or isinstance(
                        units_type_0_item_data,
                        FormsContractsFormSubmissionsSignatureFieldApiDto,
                    )
                ):
                    units_type_0_item = units_type_0_item_data.to_dict()
                else:
                    units_type_0_item = units_type_0_item_data.to_dict()

                units.append(units_type_0_item)

        else:
            units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdById": created_by_id,
                "formId": form_id,
                "id": id,
                "status": status,
                "submittedOn": submitted_on,
            }
        )
        if form_name is not UNSET:
            field_dict["formName"] = form_name
        if owners is not UNSET:
            field_dict["owners"] = owners
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_by_id = d.pop("createdById")

        form_id = d.pop("formId")

        id = d.pop("id")

        status = FormsContractsFormSubmissionsSubmissionStatus(d.pop("status"))

        submitted_on = datetime.datetime.fromisoformat(d.pop("submittedOn"))

        form_name = d.pop("formName", UNSET)

        owners = d.pop("owners", UNSET)
        if owners is not None and not isinstance(owners, Unset):
            if not isinstance(owners, list):
                raise TypeError()
            owners_type_0 = [
                _models.FormsContractsFormSubmissionsFormOwner.from_dict(
                    owners_type_0_item_data
                )
                for owners_type_0_item_data in owners
            ]

            owners = owners_type_0

        units = d.pop("units", UNSET)
        if units is not None and not isinstance(units, Unset):
            if not isinstance(units, list):
                raise TypeError()
            units_type_0 = []
            for units_type_0_item_data in units:
                units_type_0_item = units_type_0_item_data
                units_type_0_item_matched = False
                if not units_type_0_item_matched:
                    try:
                        if not isinstance(units_type_0_item, dict):
                            raise TypeError()
                        units_type_0_item_type_0 = _models.FormsContractsFormSubmissionsFormSectionApiDto.from_dict(
                            units_type_0_item
                        )

                        units_type_0_item = units_type_0_item_type_0
                        units_type_0_item_matched = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                if not units_type_0_item_matched:
                    try:
                        if not isinstance(units_type_0_item, dict):
                            raise TypeError()
                        units_type_0_item_type_1 = _models.FormsContractsFormSubmissionsFormFieldApiDto.from_dict(
                            units_type_0_item
                        )

                        units_type_0_item = units_type_0_item_type_1
                        units_type_0_item_matched = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                if not units_type_0_item_matched:
                    try:
                        if not isinstance(units_type_0_item, dict):
                            raise TypeError()
                        units_type_0_item_type_2 = _models.FormsContractsFormSubmissionsFormStaticElementApiDto.from_dict(
                            units_type_0_item
                        )

                        units_type_0_item = units_type_0_item_type_2
                        units_type_0_item_matched = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                if not units_type_0_item_matched:
                    try:
                        if not isinstance(units_type_0_item, dict):
                            raise TypeError()
                        units_type_0_item_type_3 = _models.FormsContractsFormSubmissionsDropdownFieldApiDto.from_dict(
                            units_type_0_item
                        )

                        units_type_0_item = units_type_0_item_type_3
                        units_type_0_item_matched = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                if not units_type_0_item_matched:
                    try:
                        if not isinstance(units_type_0_item, dict):
                            raise TypeError()
                        units_type_0_item_type_4 = _models.FormsContractsFormSubmissionsNumberFieldApiDto.from_dict(
                            units_type_0_item
                        )

                        units_type_0_item = units_type_0_item_type_4
                        units_type_0_item_matched = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                if not units_type_0_item_matched:
                    try:
                        if not isinstance(units_type_0_item, dict):
                            raise TypeError()
                        units_type_0_item_type_5 = _models.FormsContractsFormSubmissionsTextFieldApiDto.from_dict(
                            units_type_0_item
                        )

                        units_type_0_item = units_type_0_item_type_5
                        units_type_0_item_matched = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                if not units_type_0_item_matched:
                    try:
                        if not isinstance(units_type_0_item, dict):
                            raise TypeError()
                        units_type_0_item_type_6 = _models.FormsContractsFormSubmissionsCheckboxFieldApiDto.from_dict(
                            units_type_0_item
                        )

                        units_type_0_item = units_type_0_item_type_6
                        units_type_0_item_matched = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                if not units_type_0_item_matched:
                    try:
                        if not isinstance(units_type_0_item, dict):
                            raise TypeError()
                        units_type_0_item_type_7 = _models.FormsContractsFormSubmissionsDateFieldApiDto.from_dict(
                            units_type_0_item
                        )

                        units_type_0_item = units_type_0_item_type_7
                        units_type_0_item_matched = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                if not units_type_0_item_matched:
                    try:
                        if not isinstance(units_type_0_item, dict):
                            raise TypeError()
                        units_type_0_item_type_8 = _models.FormsContractsFormSubmissionsPictureFieldApiDto.from_dict(
                            units_type_0_item
                        )

                        units_type_0_item = units_type_0_item_type_8
                        units_type_0_item_matched = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                if not units_type_0_item_matched:
                    try:
                        if not isinstance(units_type_0_item, dict):
                            raise TypeError()
                        units_type_0_item_type_9 = _models.FormsContractsFormSubmissionsRadioFieldApiDto.from_dict(
                            units_type_0_item
                        )

                        units_type_0_item = units_type_0_item_type_9
                        units_type_0_item_matched = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                if not units_type_0_item_matched:
                    try:
                        if not isinstance(units_type_0_item, dict):
                            raise TypeError()
                        units_type_0_item_type_10 = _models.FormsContractsFormSubmissionsSignatureFieldApiDto.from_dict(
                            units_type_0_item
                        )

                        units_type_0_item = units_type_0_item_type_10
                        units_type_0_item_matched = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

                if not units_type_0_item_matched:
                    if not isinstance(units_type_0_item, dict):
                        raise TypeError()
                    units_type_0_item_type_11 = _models.FormsContractsFormSubmissionsStoplightFieldApiDto.from_dict(
                        units_type_0_item
                    )

                    units_type_0_item = units_type_0_item_type_11

                units_type_0.append(units_type_0_item)

            units = units_type_0

        forms_v2_form_submission_response = cls(
            created_by_id,
            form_id,
            id,
            status,
            submitted_on,
            form_name,
            owners,
            units,
        )

        forms_v2_form_submission_response.additional_properties = dict(d)
        return forms_v2_form_submission_response

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
