from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

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


T = TypeVar("T", bound="FormsContractsFormSubmissionsFormSectionApiDto")


@_attrs_define
class FormsContractsFormSubmissionsFormSectionApiDto:
    """
    Attributes:
        description (str):
        id (str):
        name (str):
        type_ (str):
        units (list[FormsContractsFormSubmissionsCheckboxFieldApiDto | FormsContractsFormSubmissionsDateFieldApiDto |
            FormsContractsFormSubmissionsDropdownFieldApiDto | FormsContractsFormSubmissionsFormFieldApiDto |
            FormsContractsFormSubmissionsFormStaticElementApiDto | FormsContractsFormSubmissionsNumberFieldApiDto |
            FormsContractsFormSubmissionsPictureFieldApiDto | FormsContractsFormSubmissionsRadioFieldApiDto |
            FormsContractsFormSubmissionsSignatureFieldApiDto | FormsContractsFormSubmissionsStoplightFieldApiDto |
            FormsContractsFormSubmissionsTextFieldApiDto]):
    """

    description: str
    id: str
    name: str
    type_: str
    units: list[
        FormsContractsFormSubmissionsCheckboxFieldApiDto
        | FormsContractsFormSubmissionsDateFieldApiDto
        | FormsContractsFormSubmissionsDropdownFieldApiDto
        | FormsContractsFormSubmissionsFormFieldApiDto
        | FormsContractsFormSubmissionsFormStaticElementApiDto
        | FormsContractsFormSubmissionsNumberFieldApiDto
        | FormsContractsFormSubmissionsPictureFieldApiDto
        | FormsContractsFormSubmissionsRadioFieldApiDto
        | FormsContractsFormSubmissionsSignatureFieldApiDto
        | FormsContractsFormSubmissionsStoplightFieldApiDto
        | FormsContractsFormSubmissionsTextFieldApiDto
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "description",
        "id",
        "name",
        "type",
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

        description = self.description

        id = self.id

        name = self.name

        type_ = self.type_

        units = []
        for units_item_data in self.units:
            units_item: dict[str, Any]
            if (
                isinstance(
                    units_item_data, FormsContractsFormSubmissionsFormFieldApiDto
                )
                or isinstance(
                    units_item_data,
                    FormsContractsFormSubmissionsFormStaticElementApiDto,
                )
                or isinstance(
                    units_item_data, FormsContractsFormSubmissionsDropdownFieldApiDto
                )
                or isinstance(
                    units_item_data, FormsContractsFormSubmissionsNumberFieldApiDto
                )
                or isinstance(
                    units_item_data, FormsContractsFormSubmissionsTextFieldApiDto
                )
                or isinstance(
                    units_item_data, FormsContractsFormSubmissionsCheckboxFieldApiDto
                )
                or isinstance(
                    units_item_data, FormsContractsFormSubmissionsDateFieldApiDto
                )
                or isinstance(
                    units_item_data, FormsContractsFormSubmissionsPictureFieldApiDto
                )
                or isinstance(
                    units_item_data, FormsContractsFormSubmissionsRadioFieldApiDto
                )
                or isinstance(
                    units_item_data, FormsContractsFormSubmissionsSignatureFieldApiDto
                )
            ):
                units_item = units_item_data.to_dict()
            else:
                units_item = units_item_data.to_dict()

            units.append(units_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "name": name,
                "type": type_,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        units = []
        for units_item_data in d.pop("units"):
            units_item = units_item_data
            units_item_matched = False
            if not units_item_matched:
                try:
                    if not isinstance(units_item, dict):
                        raise TypeError()
                    units_item_type_0 = (
                        _models.FormsContractsFormSubmissionsFormFieldApiDto.from_dict(
                            units_item
                        )
                    )

                    units_item = units_item_type_0
                    units_item_matched = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not units_item_matched:
                try:
                    if not isinstance(units_item, dict):
                        raise TypeError()
                    units_item_type_1 = _models.FormsContractsFormSubmissionsFormStaticElementApiDto.from_dict(
                        units_item
                    )

                    units_item = units_item_type_1
                    units_item_matched = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not units_item_matched:
                try:
                    if not isinstance(units_item, dict):
                        raise TypeError()
                    units_item_type_2 = _models.FormsContractsFormSubmissionsDropdownFieldApiDto.from_dict(
                        units_item
                    )

                    units_item = units_item_type_2
                    units_item_matched = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not units_item_matched:
                try:
                    if not isinstance(units_item, dict):
                        raise TypeError()
                    units_item_type_3 = _models.FormsContractsFormSubmissionsNumberFieldApiDto.from_dict(
                        units_item
                    )

                    units_item = units_item_type_3
                    units_item_matched = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not units_item_matched:
                try:
                    if not isinstance(units_item, dict):
                        raise TypeError()
                    units_item_type_4 = (
                        _models.FormsContractsFormSubmissionsTextFieldApiDto.from_dict(
                            units_item
                        )
                    )

                    units_item = units_item_type_4
                    units_item_matched = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not units_item_matched:
                try:
                    if not isinstance(units_item, dict):
                        raise TypeError()
                    units_item_type_5 = _models.FormsContractsFormSubmissionsCheckboxFieldApiDto.from_dict(
                        units_item
                    )

                    units_item = units_item_type_5
                    units_item_matched = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not units_item_matched:
                try:
                    if not isinstance(units_item, dict):
                        raise TypeError()
                    units_item_type_6 = (
                        _models.FormsContractsFormSubmissionsDateFieldApiDto.from_dict(
                            units_item
                        )
                    )

                    units_item = units_item_type_6
                    units_item_matched = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not units_item_matched:
                try:
                    if not isinstance(units_item, dict):
                        raise TypeError()
                    units_item_type_7 = _models.FormsContractsFormSubmissionsPictureFieldApiDto.from_dict(
                        units_item
                    )

                    units_item = units_item_type_7
                    units_item_matched = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not units_item_matched:
                try:
                    if not isinstance(units_item, dict):
                        raise TypeError()
                    units_item_type_8 = (
                        _models.FormsContractsFormSubmissionsRadioFieldApiDto.from_dict(
                            units_item
                        )
                    )

                    units_item = units_item_type_8
                    units_item_matched = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not units_item_matched:
                try:
                    if not isinstance(units_item, dict):
                        raise TypeError()
                    units_item_type_9 = _models.FormsContractsFormSubmissionsSignatureFieldApiDto.from_dict(
                        units_item
                    )

                    units_item = units_item_type_9
                    units_item_matched = True
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

            if not units_item_matched:
                if not isinstance(units_item, dict):
                    raise TypeError()
                units_item_type_10 = (
                    _models.FormsContractsFormSubmissionsStoplightFieldApiDto.from_dict(
                        units_item
                    )
                )

                units_item = units_item_type_10

            units.append(units_item)

        forms_contracts_form_submissions_form_section_api_dto = cls(
            description,
            id,
            name,
            type_,
            units,
        )

        forms_contracts_form_submissions_form_section_api_dto.additional_properties = (
            dict(d)
        )
        return forms_contracts_form_submissions_form_section_api_dto

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
