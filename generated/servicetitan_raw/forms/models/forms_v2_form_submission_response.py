from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        d = dict(src_dict)
        created_by_id = d.pop("createdById")

        form_id = d.pop("formId")

        id = d.pop("id")

        status = FormsContractsFormSubmissionsSubmissionStatus(d.pop("status"))

        submitted_on = datetime.datetime.fromisoformat(d.pop("submittedOn"))

        def _parse_form_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        form_name = _parse_form_name(d.pop("formName", UNSET))

        def _parse_owners(
            data: object,
        ) -> list[FormsContractsFormSubmissionsFormOwner] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                owners_type_0 = []
                _owners_type_0 = data
                for owners_type_0_item_data in _owners_type_0:
                    owners_type_0_item = (
                        FormsContractsFormSubmissionsFormOwner.from_dict(
                            owners_type_0_item_data
                        )
                    )

                    owners_type_0.append(owners_type_0_item)

                return owners_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[FormsContractsFormSubmissionsFormOwner] | None | Unset, data
            )

        owners = _parse_owners(d.pop("owners", UNSET))

        def _parse_units(
            data: object,
        ) -> (
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
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                units_type_0 = []
                _units_type_0 = data
                for units_type_0_item_data in _units_type_0:

                    def _parse_units_type_0_item(
                        data: object,
                    ) -> (
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
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            units_type_0_item_type_0 = FormsContractsFormSubmissionsFormSectionApiDto.from_dict(
                                data
                            )

                            return units_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            units_type_0_item_type_1 = (
                                FormsContractsFormSubmissionsFormFieldApiDto.from_dict(
                                    data
                                )
                            )

                            return units_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            units_type_0_item_type_2 = FormsContractsFormSubmissionsFormStaticElementApiDto.from_dict(
                                data
                            )

                            return units_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            units_type_0_item_type_3 = FormsContractsFormSubmissionsDropdownFieldApiDto.from_dict(
                                data
                            )

                            return units_type_0_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            units_type_0_item_type_4 = FormsContractsFormSubmissionsNumberFieldApiDto.from_dict(
                                data
                            )

                            return units_type_0_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            units_type_0_item_type_5 = (
                                FormsContractsFormSubmissionsTextFieldApiDto.from_dict(
                                    data
                                )
                            )

                            return units_type_0_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            units_type_0_item_type_6 = FormsContractsFormSubmissionsCheckboxFieldApiDto.from_dict(
                                data
                            )

                            return units_type_0_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            units_type_0_item_type_7 = (
                                FormsContractsFormSubmissionsDateFieldApiDto.from_dict(
                                    data
                                )
                            )

                            return units_type_0_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            units_type_0_item_type_8 = FormsContractsFormSubmissionsPictureFieldApiDto.from_dict(
                                data
                            )

                            return units_type_0_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            units_type_0_item_type_9 = (
                                FormsContractsFormSubmissionsRadioFieldApiDto.from_dict(
                                    data
                                )
                            )

                            return units_type_0_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            units_type_0_item_type_10 = FormsContractsFormSubmissionsSignatureFieldApiDto.from_dict(
                                data
                            )

                            return units_type_0_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        units_type_0_item_type_11 = (
                            FormsContractsFormSubmissionsStoplightFieldApiDto.from_dict(
                                data
                            )
                        )

                        return units_type_0_item_type_11

                    units_type_0_item = _parse_units_type_0_item(units_type_0_item_data)

                    units_type_0.append(units_type_0_item)

                return units_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
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
                | Unset,
                data,
            )

        units = _parse_units(d.pop("units", UNSET))

        forms_v2_form_submission_response = cls(
            created_by_id=created_by_id,
            form_id=form_id,
            id=id,
            status=status,
            submitted_on=submitted_on,
            form_name=form_name,
            owners=owners,
            units=units,
        )

        forms_v2_form_submission_response.additional_properties = d
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
