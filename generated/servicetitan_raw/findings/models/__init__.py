"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .equipment_systems_v2_attachment_asset_type import (
        EquipmentSystemsV2AttachmentAssetType,
    )
    from .equipment_systems_v2_finding_asset_upload_response import (
        EquipmentSystemsV2FindingAssetUploadResponse,
    )
    from .equipment_systems_v2_finding_attachment_create_model import (
        EquipmentSystemsV2FindingAttachmentCreateModel,
    )
    from .equipment_systems_v2_finding_attachment_create_request import (
        EquipmentSystemsV2FindingAttachmentCreateRequest,
    )
    from .equipment_systems_v2_finding_attachment_model import (
        EquipmentSystemsV2FindingAttachmentModel,
    )
    from .equipment_systems_v2_finding_attachment_response import (
        EquipmentSystemsV2FindingAttachmentResponse,
    )
    from .equipment_systems_v2_finding_attachment_update_request import (
        EquipmentSystemsV2FindingAttachmentUpdateRequest,
    )
    from .equipment_systems_v2_finding_create_request import (
        EquipmentSystemsV2FindingCreateRequest,
    )
    from .equipment_systems_v2_finding_detailed_response import (
        EquipmentSystemsV2FindingDetailedResponse,
    )
    from .equipment_systems_v2_finding_response import EquipmentSystemsV2FindingResponse
    from .equipment_systems_v2_finding_status import EquipmentSystemsV2FindingStatus
    from .equipment_systems_v2_finding_update_request import (
        EquipmentSystemsV2FindingUpdateRequest,
    )
    from .equipment_systems_v2_finding_urgency_level import (
        EquipmentSystemsV2FindingUrgencyLevel,
    )
    from .finding_assets_post_attachment_body import FindingAssetsPostAttachmentBody
    from .paginated_response_of_equipment_systems_v2_finding_attachment_response import (
        PaginatedResponseOfEquipmentSystemsV2FindingAttachmentResponse,
    )
    from .paginated_response_of_equipment_systems_v2_finding_response import (
        PaginatedResponseOfEquipmentSystemsV2FindingResponse,
    )

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "EquipmentSystemsV2AttachmentAssetType": ".equipment_systems_v2_attachment_asset_type",
    "EquipmentSystemsV2FindingAssetUploadResponse": ".equipment_systems_v2_finding_asset_upload_response",
    "EquipmentSystemsV2FindingAttachmentCreateModel": ".equipment_systems_v2_finding_attachment_create_model",
    "EquipmentSystemsV2FindingAttachmentCreateRequest": ".equipment_systems_v2_finding_attachment_create_request",
    "EquipmentSystemsV2FindingAttachmentModel": ".equipment_systems_v2_finding_attachment_model",
    "EquipmentSystemsV2FindingAttachmentResponse": ".equipment_systems_v2_finding_attachment_response",
    "EquipmentSystemsV2FindingAttachmentUpdateRequest": ".equipment_systems_v2_finding_attachment_update_request",
    "EquipmentSystemsV2FindingCreateRequest": ".equipment_systems_v2_finding_create_request",
    "EquipmentSystemsV2FindingDetailedResponse": ".equipment_systems_v2_finding_detailed_response",
    "EquipmentSystemsV2FindingResponse": ".equipment_systems_v2_finding_response",
    "EquipmentSystemsV2FindingStatus": ".equipment_systems_v2_finding_status",
    "EquipmentSystemsV2FindingUpdateRequest": ".equipment_systems_v2_finding_update_request",
    "EquipmentSystemsV2FindingUrgencyLevel": ".equipment_systems_v2_finding_urgency_level",
    "FindingAssetsPostAttachmentBody": ".finding_assets_post_attachment_body",
    "PaginatedResponseOfEquipmentSystemsV2FindingAttachmentResponse": ".paginated_response_of_equipment_systems_v2_finding_attachment_response",
    "PaginatedResponseOfEquipmentSystemsV2FindingResponse": ".paginated_response_of_equipment_systems_v2_finding_response",
}

__all__ = (
    "ActiveRequestArg",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "EquipmentSystemsV2AttachmentAssetType",
    "EquipmentSystemsV2FindingAssetUploadResponse",
    "EquipmentSystemsV2FindingAttachmentCreateModel",
    "EquipmentSystemsV2FindingAttachmentCreateRequest",
    "EquipmentSystemsV2FindingAttachmentModel",
    "EquipmentSystemsV2FindingAttachmentResponse",
    "EquipmentSystemsV2FindingAttachmentUpdateRequest",
    "EquipmentSystemsV2FindingCreateRequest",
    "EquipmentSystemsV2FindingDetailedResponse",
    "EquipmentSystemsV2FindingResponse",
    "EquipmentSystemsV2FindingStatus",
    "EquipmentSystemsV2FindingUpdateRequest",
    "EquipmentSystemsV2FindingUrgencyLevel",
    "FindingAssetsPostAttachmentBody",
    "PaginatedResponseOfEquipmentSystemsV2FindingAttachmentResponse",
    "PaginatedResponseOfEquipmentSystemsV2FindingResponse",
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
