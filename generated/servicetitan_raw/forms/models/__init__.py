"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .forms_client_contracts_form_attachment import (
        FormsClientContractsFormAttachment,
    )
    from .forms_client_contracts_owner_type import FormsClientContractsOwnerType
    from .forms_client_contracts_stoplight_value import (
        FormsClientContractsStoplightValue,
    )
    from .forms_contracts_form_submissions_checkbox_field_api_dto import (
        FormsContractsFormSubmissionsCheckboxFieldApiDto,
    )
    from .forms_contracts_form_submissions_date_field_api_dto import (
        FormsContractsFormSubmissionsDateFieldApiDto,
    )
    from .forms_contracts_form_submissions_dropdown_field_api_dto import (
        FormsContractsFormSubmissionsDropdownFieldApiDto,
    )
    from .forms_contracts_form_submissions_form_field_api_dto import (
        FormsContractsFormSubmissionsFormFieldApiDto,
    )
    from .forms_contracts_form_submissions_form_owner import (
        FormsContractsFormSubmissionsFormOwner,
    )
    from .forms_contracts_form_submissions_form_owner_type import (
        FormsContractsFormSubmissionsFormOwnerType,
    )
    from .forms_contracts_form_submissions_form_section_api_dto import (
        FormsContractsFormSubmissionsFormSectionApiDto,
    )
    from .forms_contracts_form_submissions_form_static_element_api_dto import (
        FormsContractsFormSubmissionsFormStaticElementApiDto,
    )
    from .forms_contracts_form_submissions_number_field_api_dto import (
        FormsContractsFormSubmissionsNumberFieldApiDto,
    )
    from .forms_contracts_form_submissions_picture_field_api_dto import (
        FormsContractsFormSubmissionsPictureFieldApiDto,
    )
    from .forms_contracts_form_submissions_radio_field_api_dto import (
        FormsContractsFormSubmissionsRadioFieldApiDto,
    )
    from .forms_contracts_form_submissions_signature_field_api_dto import (
        FormsContractsFormSubmissionsSignatureFieldApiDto,
    )
    from .forms_contracts_form_submissions_stoplight_field_api_dto import (
        FormsContractsFormSubmissionsStoplightFieldApiDto,
    )
    from .forms_contracts_form_submissions_submission_status import (
        FormsContractsFormSubmissionsSubmissionStatus,
    )
    from .forms_contracts_form_submissions_text_field_api_dto import (
        FormsContractsFormSubmissionsTextFieldApiDto,
    )
    from .forms_v2_attachment_response import FormsV2AttachmentResponse
    from .forms_v2_form_response import FormsV2FormResponse
    from .forms_v2_form_submission_response import FormsV2FormSubmissionResponse
    from .forms_v2_status_field import FormsV2StatusField
    from .jobs_create_attachment_body import JobsCreateAttachmentBody
    from .paginated_response_of_forms_v2_form_response import (
        PaginatedResponseOfFormsV2FormResponse,
    )
    from .paginated_response_of_forms_v2_form_submission_response import (
        PaginatedResponseOfFormsV2FormSubmissionResponse,
    )

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "FormsClientContractsFormAttachment": ".forms_client_contracts_form_attachment",
    "FormsClientContractsOwnerType": ".forms_client_contracts_owner_type",
    "FormsClientContractsStoplightValue": ".forms_client_contracts_stoplight_value",
    "FormsContractsFormSubmissionsCheckboxFieldApiDto": ".forms_contracts_form_submissions_checkbox_field_api_dto",
    "FormsContractsFormSubmissionsDateFieldApiDto": ".forms_contracts_form_submissions_date_field_api_dto",
    "FormsContractsFormSubmissionsDropdownFieldApiDto": ".forms_contracts_form_submissions_dropdown_field_api_dto",
    "FormsContractsFormSubmissionsFormFieldApiDto": ".forms_contracts_form_submissions_form_field_api_dto",
    "FormsContractsFormSubmissionsFormOwner": ".forms_contracts_form_submissions_form_owner",
    "FormsContractsFormSubmissionsFormOwnerType": ".forms_contracts_form_submissions_form_owner_type",
    "FormsContractsFormSubmissionsFormSectionApiDto": ".forms_contracts_form_submissions_form_section_api_dto",
    "FormsContractsFormSubmissionsFormStaticElementApiDto": ".forms_contracts_form_submissions_form_static_element_api_dto",
    "FormsContractsFormSubmissionsNumberFieldApiDto": ".forms_contracts_form_submissions_number_field_api_dto",
    "FormsContractsFormSubmissionsPictureFieldApiDto": ".forms_contracts_form_submissions_picture_field_api_dto",
    "FormsContractsFormSubmissionsRadioFieldApiDto": ".forms_contracts_form_submissions_radio_field_api_dto",
    "FormsContractsFormSubmissionsSignatureFieldApiDto": ".forms_contracts_form_submissions_signature_field_api_dto",
    "FormsContractsFormSubmissionsStoplightFieldApiDto": ".forms_contracts_form_submissions_stoplight_field_api_dto",
    "FormsContractsFormSubmissionsSubmissionStatus": ".forms_contracts_form_submissions_submission_status",
    "FormsContractsFormSubmissionsTextFieldApiDto": ".forms_contracts_form_submissions_text_field_api_dto",
    "FormsV2AttachmentResponse": ".forms_v2_attachment_response",
    "FormsV2FormResponse": ".forms_v2_form_response",
    "FormsV2FormSubmissionResponse": ".forms_v2_form_submission_response",
    "FormsV2StatusField": ".forms_v2_status_field",
    "JobsCreateAttachmentBody": ".jobs_create_attachment_body",
    "PaginatedResponseOfFormsV2FormResponse": ".paginated_response_of_forms_v2_form_response",
    "PaginatedResponseOfFormsV2FormSubmissionResponse": ".paginated_response_of_forms_v2_form_submission_response",
}

__all__ = (
    "ActiveRequestArg",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "FormsClientContractsFormAttachment",
    "FormsClientContractsOwnerType",
    "FormsClientContractsStoplightValue",
    "FormsContractsFormSubmissionsCheckboxFieldApiDto",
    "FormsContractsFormSubmissionsDateFieldApiDto",
    "FormsContractsFormSubmissionsDropdownFieldApiDto",
    "FormsContractsFormSubmissionsFormFieldApiDto",
    "FormsContractsFormSubmissionsFormOwner",
    "FormsContractsFormSubmissionsFormOwnerType",
    "FormsContractsFormSubmissionsFormSectionApiDto",
    "FormsContractsFormSubmissionsFormStaticElementApiDto",
    "FormsContractsFormSubmissionsNumberFieldApiDto",
    "FormsContractsFormSubmissionsPictureFieldApiDto",
    "FormsContractsFormSubmissionsRadioFieldApiDto",
    "FormsContractsFormSubmissionsSignatureFieldApiDto",
    "FormsContractsFormSubmissionsStoplightFieldApiDto",
    "FormsContractsFormSubmissionsSubmissionStatus",
    "FormsContractsFormSubmissionsTextFieldApiDto",
    "FormsV2AttachmentResponse",
    "FormsV2FormResponse",
    "FormsV2FormSubmissionResponse",
    "FormsV2StatusField",
    "JobsCreateAttachmentBody",
    "PaginatedResponseOfFormsV2FormResponse",
    "PaginatedResponseOfFormsV2FormSubmissionResponse",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
