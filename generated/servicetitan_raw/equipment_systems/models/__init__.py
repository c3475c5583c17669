"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .custom_field_data_type import CustomFieldDataType
    from .equipment_systems_v2_attachment_api_model import (
        EquipmentSystemsV2AttachmentApiModel,
    )
    from .equipment_systems_v2_attachment_asset_type import (
        EquipmentSystemsV2AttachmentAssetType,
    )
    from .equipment_systems_v2_attachment_upload_response import (
        EquipmentSystemsV2AttachmentUploadResponse,
    )
    from .equipment_systems_v2_custom_field_request_model import (
        EquipmentSystemsV2CustomFieldRequestModel,
    )
    from .equipment_systems_v2_custom_field_response_model import (
        EquipmentSystemsV2CustomFieldResponseModel,
    )
    from .equipment_systems_v2_equipment_type_create_request import (
        EquipmentSystemsV2EquipmentTypeCreateRequest,
    )
    from .equipment_systems_v2_equipment_type_response import (
        EquipmentSystemsV2EquipmentTypeResponse,
    )
    from .equipment_systems_v2_equipment_type_update_request import (
        EquipmentSystemsV2EquipmentTypeUpdateRequest,
    )
    from .equipment_systems_v2_installed_equipment_create_request import (
        EquipmentSystemsV2InstalledEquipmentCreateRequest,
    )
    from .equipment_systems_v2_installed_equipment_detailed_response import (
        EquipmentSystemsV2InstalledEquipmentDetailedResponse,
    )
    from .equipment_systems_v2_installed_equipment_list_export_response import (
        EquipmentSystemsV2InstalledEquipmentListExportResponse,
    )
    from .equipment_systems_v2_installed_equipment_response import (
        EquipmentSystemsV2InstalledEquipmentResponse,
    )
    from .equipment_systems_v2_installed_equipment_type_model import (
        EquipmentSystemsV2InstalledEquipmentTypeModel,
    )
    from .equipment_systems_v2_installed_equipment_update_request import (
        EquipmentSystemsV2InstalledEquipmentUpdateRequest,
    )
    from .equipment_systems_v2_tag_response_model import (
        EquipmentSystemsV2TagResponseModel,
    )
    from .installed_equipment_post_attachment_body import (
        InstalledEquipmentPostAttachmentBody,
    )
    from .location_equipment_custom_field_type_model import (
        LocationEquipmentCustomFieldTypeModel,
    )
    from .location_equipment_installed_equipment_status import (
        LocationEquipmentInstalledEquipmentStatus,
    )
    from .location_equipment_repositories_types_repository_page_result_of_location_equipment_custom_field_type_model import (
        LocationEquipmentRepositoriesTypesRepositoryPageResultOfLocationEquipmentCustomFieldTypeModel,
    )
    from .paginated_response_of_equipment_systems_v2_equipment_type_response import (
        PaginatedResponseOfEquipmentSystemsV2EquipmentTypeResponse,
    )
    from .paginated_response_of_equipment_systems_v2_installed_equipment_response import (
        PaginatedResponseOfEquipmentSystemsV2InstalledEquipmentResponse,
    )

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "CustomFieldDataType": ".custom_field_data_type",
    "EquipmentSystemsV2AttachmentApiModel": ".equipment_systems_v2_attachment_api_model",
    "EquipmentSystemsV2AttachmentAssetType": ".equipment_systems_v2_attachment_asset_type",
    "EquipmentSystemsV2AttachmentUploadResponse": ".equipment_systems_v2_attachment_upload_response",
    "EquipmentSystemsV2CustomFieldRequestModel": ".equipment_systems_v2_custom_field_request_model",
    "EquipmentSystemsV2CustomFieldResponseModel": ".equipment_systems_v2_custom_field_response_model",
    "EquipmentSystemsV2EquipmentTypeCreateRequest": ".equipment_systems_v2_equipment_type_create_request",
    "EquipmentSystemsV2EquipmentTypeResponse": ".equipment_systems_v2_equipment_type_response",
    "EquipmentSystemsV2EquipmentTypeUpdateRequest": ".equipment_systems_v2_equipment_type_update_request",
    "EquipmentSystemsV2InstalledEquipmentCreateRequest": ".equipment_systems_v2_installed_equipment_create_request",
    "EquipmentSystemsV2InstalledEquipmentDetailedResponse": ".equipment_systems_v2_installed_equipment_detailed_response",
    "EquipmentSystemsV2InstalledEquipmentListExportResponse": ".equipment_systems_v2_installed_equipment_list_export_response",
    "EquipmentSystemsV2InstalledEquipmentResponse": ".equipment_systems_v2_installed_equipment_response",
    "EquipmentSystemsV2InstalledEquipmentTypeModel": ".equipment_systems_v2_installed_equipment_type_model",
    "EquipmentSystemsV2InstalledEquipmentUpdateRequest": ".equipment_systems_v2_installed_equipment_update_request",
    "EquipmentSystemsV2TagResponseModel": ".equipment_systems_v2_tag_response_model",
    "InstalledEquipmentPostAttachmentBody": ".installed_equipment_post_attachment_body",
    "LocationEquipmentCustomFieldTypeModel": ".location_equipment_custom_field_type_model",
    "LocationEquipmentInstalledEquipmentStatus": ".location_equipment_installed_equipment_status",
    "LocationEquipmentRepositoriesTypesRepositoryPageResultOfLocationEquipmentCustomFieldTypeModel": ".location_equipment_repositories_types_repository_page_result_of_location_equipment_custom_field_type_model",
    "PaginatedResponseOfEquipmentSystemsV2EquipmentTypeResponse": ".paginated_response_of_equipment_systems_v2_equipment_type_response",
    "PaginatedResponseOfEquipmentSystemsV2InstalledEquipmentResponse": ".paginated_response_of_equipment_systems_v2_installed_equipment_response",
}

__all__ = (
    "ActiveRequestArg",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "CustomFieldDataType",
    "EquipmentSystemsV2AttachmentApiModel",
    "EquipmentSystemsV2AttachmentAssetType",
    "EquipmentSystemsV2AttachmentUploadResponse",
    "EquipmentSystemsV2CustomFieldRequestModel",
    "EquipmentSystemsV2CustomFieldResponseModel",
    "EquipmentSystemsV2EquipmentTypeCreateRequest",
    "EquipmentSystemsV2EquipmentTypeResponse",
    "EquipmentSystemsV2EquipmentTypeUpdateRequest",
    "EquipmentSystemsV2InstalledEquipmentCreateRequest",
    "EquipmentSystemsV2InstalledEquipmentDetailedResponse",
    "EquipmentSystemsV2InstalledEquipmentListExportResponse",
    "EquipmentSystemsV2InstalledEquipmentResponse",
    "EquipmentSystemsV2InstalledEquipmentTypeModel",
    "EquipmentSystemsV2InstalledEquipmentUpdateRequest",
    "EquipmentSystemsV2TagResponseModel",
    "InstalledEquipmentPostAttachmentBody",
    "LocationEquipmentCustomFieldTypeModel",
    "LocationEquipmentInstalledEquipmentStatus",
    "LocationEquipmentRepositoriesTypesRepositoryPageResultOfLocationEquipmentCustomFieldTypeModel",
    "PaginatedResponseOfEquipmentSystemsV2EquipmentTypeResponse",
    "PaginatedResponseOfEquipmentSystemsV2InstalledEquipmentResponse",
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
