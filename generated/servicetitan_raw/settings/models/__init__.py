"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accounting_v2_integrations_intacct_intacct_business_unit_mapping_response import (
        AccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse,
    )
    from .active_request_arg import ActiveRequestArg
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .export_response_of_tenant_settings_v2_export_business_unit_response import (
        ExportResponseOfTenantSettingsV2ExportBusinessUnitResponse,
    )
    from .export_response_of_tenant_settings_v2_export_employee_response import (
        ExportResponseOfTenantSettingsV2ExportEmployeeResponse,
    )
    from .export_response_of_tenant_settings_v2_export_tag_type_response import (
        ExportResponseOfTenantSettingsV2ExportTagTypeResponse,
    )
    from .export_response_of_tenant_settings_v2_export_technician_response import (
        ExportResponseOfTenantSettingsV2ExportTechnicianResponse,
    )
    from .identity_user_management_technician_license_type import (
        IdentityUserManagementTechnicianLicenseType,
    )
    from .modification_response import ModificationResponse
    from .paginated_response_of_accounting_v2_integrations_intacct_intacct_business_unit_mapping_response import (
        PaginatedResponseOfAccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse,
    )
    from .paginated_response_of_tenant_settings_v2_business_unit_response import (
        PaginatedResponseOfTenantSettingsV2BusinessUnitResponse,
    )
    from .paginated_response_of_tenant_settings_v2_employee_response import (
        PaginatedResponseOfTenantSettingsV2EmployeeResponse,
    )
    from .paginated_response_of_tenant_settings_v2_tag_type_response import (
        PaginatedResponseOfTenantSettingsV2TagTypeResponse,
    )
    from .paginated_response_of_tenant_settings_v2_technician_response import (
        PaginatedResponseOfTenantSettingsV2TechnicianResponse,
    )
    from .paginated_response_of_tenant_settings_v2_user_role_response import (
        PaginatedResponseOfTenantSettingsV2UserRoleResponse,
    )
    from .services_named_model import ServicesNamedModel
    from .tenant_settings_v2_account_action import TenantSettingsV2AccountAction
    from .tenant_settings_v2_account_action_request import (
        TenantSettingsV2AccountActionRequest,
    )
    from .tenant_settings_v2_account_action_response import (
        TenantSettingsV2AccountActionResponse,
    )
    from .tenant_settings_v2_account_action_status import (
        TenantSettingsV2AccountActionStatus,
    )
    from .tenant_settings_v2_account_creation_method import (
        TenantSettingsV2AccountCreationMethod,
    )
    from .tenant_settings_v2_business_unit_address_response import (
        TenantSettingsV2BusinessUnitAddressResponse,
    )
    from .tenant_settings_v2_business_unit_response import (
        TenantSettingsV2BusinessUnitResponse,
    )
    from .tenant_settings_v2_business_unit_tenant_response import (
        TenantSettingsV2BusinessUnitTenantResponse,
    )
    from .tenant_settings_v2_create_or_update_address_request import (
        TenantSettingsV2CreateOrUpdateAddressRequest,
    )
    from .tenant_settings_v2_create_tag_type_request import (
        TenantSettingsV2CreateTagTypeRequest,
    )
    from .tenant_settings_v2_employee_address_response import (
        TenantSettingsV2EmployeeAddressResponse,
    )
    from .tenant_settings_v2_employee_create_request import (
        TenantSettingsV2EmployeeCreateRequest,
    )
    from .tenant_settings_v2_employee_create_response import (
        TenantSettingsV2EmployeeCreateResponse,
    )
    from .tenant_settings_v2_employee_custom_field_create_or_update_request import (
        TenantSettingsV2EmployeeCustomFieldCreateOrUpdateRequest,
    )
    from .tenant_settings_v2_employee_custom_field_response import (
        TenantSettingsV2EmployeeCustomFieldResponse,
    )
    from .tenant_settings_v2_employee_permission_response import (
        TenantSettingsV2EmployeePermissionResponse,
    )
    from .tenant_settings_v2_employee_position import TenantSettingsV2EmployeePosition
    from .tenant_settings_v2_employee_response import TenantSettingsV2EmployeeResponse
    from .tenant_settings_v2_employee_type import TenantSettingsV2EmployeeType
    from .tenant_settings_v2_employee_update_request import (
        TenantSettingsV2EmployeeUpdateRequest,
    )
    from .tenant_settings_v2_employee_update_response import (
        TenantSettingsV2EmployeeUpdateResponse,
    )
    from .tenant_settings_v2_employee_user_role import TenantSettingsV2EmployeeUserRole
    from .tenant_settings_v2_export_business_unit_response import (
        TenantSettingsV2ExportBusinessUnitResponse,
    )
    from .tenant_settings_v2_export_employee_response import (
        TenantSettingsV2ExportEmployeeResponse,
    )
    from .tenant_settings_v2_export_tag_type_response import (
        TenantSettingsV2ExportTagTypeResponse,
    )
    from .tenant_settings_v2_export_technician_response import (
        TenantSettingsV2ExportTechnicianResponse,
    )
    from .tenant_settings_v2_external_data_model import (
        TenantSettingsV2ExternalDataModel,
    )
    from .tenant_settings_v2_external_data_patch_mode import (
        TenantSettingsV2ExternalDataPatchMode,
    )
    from .tenant_settings_v2_external_data_update_model import (
        TenantSettingsV2ExternalDataUpdateModel,
    )
    from .tenant_settings_v2_external_data_update_request import (
        TenantSettingsV2ExternalDataUpdateRequest,
    )
    from .tenant_settings_v2_job_filter import TenantSettingsV2JobFilter
    from .tenant_settings_v2_job_history_date_filter import (
        TenantSettingsV2JobHistoryDateFilter,
    )
    from .tenant_settings_v2_license_type import TenantSettingsV2LicenseType
    from .tenant_settings_v2_requested_employee_type_arg import (
        TenantSettingsV2RequestedEmployeeTypeArg,
    )
    from .tenant_settings_v2_tag_importance import TenantSettingsV2TagImportance
    from .tenant_settings_v2_tag_type_response import TenantSettingsV2TagTypeResponse
    from .tenant_settings_v2_technician_account_action_request import (
        TenantSettingsV2TechnicianAccountActionRequest,
    )
    from .tenant_settings_v2_technician_address_response import (
        TenantSettingsV2TechnicianAddressResponse,
    )
    from .tenant_settings_v2_technician_create_request import (
        TenantSettingsV2TechnicianCreateRequest,
    )
    from .tenant_settings_v2_technician_create_response import (
        TenantSettingsV2TechnicianCreateResponse,
    )
    from .tenant_settings_v2_technician_custom_field_create_or_update_request import (
        TenantSettingsV2TechnicianCustomFieldCreateOrUpdateRequest,
    )
    from .tenant_settings_v2_technician_custom_field_response import (
        TenantSettingsV2TechnicianCustomFieldResponse,
    )
    from .tenant_settings_v2_technician_location_response import (
        TenantSettingsV2TechnicianLocationResponse,
    )
    from .tenant_settings_v2_technician_permission_response import (
        TenantSettingsV2TechnicianPermissionResponse,
    )
    from .tenant_settings_v2_technician_position import (
        TenantSettingsV2TechnicianPosition,
    )
    from .tenant_settings_v2_technician_response import (
        TenantSettingsV2TechnicianResponse,
    )
    from .tenant_settings_v2_technician_skill_response import (
        TenantSettingsV2TechnicianSkillResponse,
    )
    from .tenant_settings_v2_technician_status import TenantSettingsV2TechnicianStatus
    from .tenant_settings_v2_technician_update_request import (
        TenantSettingsV2TechnicianUpdateRequest,
    )
    from .tenant_settings_v2_technician_update_response import (
        TenantSettingsV2TechnicianUpdateResponse,
    )
    from .tenant_settings_v2_update_business_unit_request import (
        TenantSettingsV2UpdateBusinessUnitRequest,
    )
    from .tenant_settings_v2_update_tag_type_request import (
        TenantSettingsV2UpdateTagTypeRequest,
    )
    from .tenant_settings_v2_user_role_response import TenantSettingsV2UserRoleResponse

_MODULE_OF = {
    "AccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse": ".accounting_v2_integrations_intacct_intacct_business_unit_mapping_response",
    "ActiveRequestArg": ".active_request_arg",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "ExportResponseOfTenantSettingsV2ExportBusinessUnitResponse": ".export_response_of_tenant_settings_v2_export_business_unit_response",
    "ExportResponseOfTenantSettingsV2ExportEmployeeResponse": ".export_response_of_tenant_settings_v2_export_employee_response",
    "ExportResponseOfTenantSettingsV2ExportTagTypeResponse": ".export_response_of_tenant_settings_v2_export_tag_type_response",
    "ExportResponseOfTenantSettingsV2ExportTechnicianResponse": ".export_response_of_tenant_settings_v2_export_technician_response",
    "IdentityUserManagementTechnicianLicenseType": ".identity_user_management_technician_license_type",
    "ModificationResponse": ".modification_response",
    "PaginatedResponseOfAccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse": ".paginated_response_of_accounting_v2_integrations_intacct_intacct_business_unit_mapping_response",
    "PaginatedResponseOfTenantSettingsV2BusinessUnitResponse": ".paginated_response_of_tenant_settings_v2_business_unit_response",
    "PaginatedResponseOfTenantSettingsV2EmployeeResponse": ".paginated_response_of_tenant_settings_v2_employee_response",
    "PaginatedResponseOfTenantSettingsV2TagTypeResponse": ".paginated_response_of_tenant_settings_v2_tag_type_response",
    "PaginatedResponseOfTenantSettingsV2TechnicianResponse": ".paginated_response_of_tenant_settings_v2_technician_response",
    "PaginatedResponseOfTenantSettingsV2UserRoleResponse": ".paginated_response_of_tenant_settings_v2_user_role_response",
    "ServicesNamedModel": ".services_named_model",
    "TenantSettingsV2AccountAction": ".tenant_settings_v2_account_action",
    "TenantSettingsV2AccountActionRequest": ".tenant_settings_v2_account_action_request",
    "TenantSettingsV2AccountActionResponse": ".tenant_settings_v2_account_action_response",
    "TenantSettingsV2AccountActionStatus": ".tenant_settings_v2_account_action_status",
    "TenantSettingsV2AccountCreationMethod": ".tenant_settings_v2_account_creation_method",
    "TenantSettingsV2BusinessUnitAddressResponse": ".tenant_settings_v2_business_unit_address_response",
    "TenantSettingsV2BusinessUnitResponse": ".tenant_settings_v2_business_unit_response",
    "TenantSettingsV2BusinessUnitTenantResponse": ".tenant_settings_v2_business_unit_tenant_response",
    "TenantSettingsV2CreateOrUpdateAddressRequest": ".tenant_settings_v2_create_or_update_address_request",
    "TenantSettingsV2CreateTagTypeRequest": ".tenant_settings_v2_create_tag_type_request",
    "TenantSettingsV2EmployeeAddressResponse": ".tenant_settings_v2_employee_address_response",
    "TenantSettingsV2EmployeeCreateRequest": ".tenant_settings_v2_employee_create_request",
    "TenantSettingsV2EmployeeCreateResponse": ".tenant_settings_v2_employee_create_response",
    "TenantSettingsV2EmployeeCustomFieldCreateOrUpdateRequest": ".tenant_settings_v2_employee_custom_field_create_or_update_request",
    "TenantSettingsV2EmployeeCustomFieldResponse": ".tenant_settings_v2_employee_custom_field_response",
    "TenantSettingsV2EmployeePermissionResponse": ".tenant_settings_v2_employee_permission_response",
    "TenantSettingsV2EmployeePosition": ".tenant_settings_v2_employee_position",
    "TenantSettingsV2EmployeeResponse": ".tenant_settings_v2_employee_response",
    "TenantSettingsV2EmployeeType": ".tenant_settings_v2_employee_type",
    "TenantSettingsV2EmployeeUpdateRequest": ".tenant_settings_v2_employee_update_request",
    "TenantSettingsV2EmployeeUpdateResponse": ".tenant_settings_v2_employee_update_response",
    "TenantSettingsV2EmployeeUserRole": ".tenant_settings_v2_employee_user_role",
    "TenantSettingsV2ExportBusinessUnitResponse": ".tenant_settings_v2_export_business_unit_response",
    "TenantSettingsV2ExportEmployeeResponse": ".tenant_settings_v2_export_employee_response",
    "TenantSettingsV2ExportTagTypeResponse": ".tenant_settings_v2_export_tag_type_response",
    "TenantSettingsV2ExportTechnicianResponse": ".tenant_settings_v2_export_technician_response",
    "TenantSettingsV2ExternalDataModel": ".tenant_settings_v2_external_data_model",
    "TenantSettingsV2ExternalDataPatchMode": ".tenant_settings_v2_external_data_patch_mode",
    "TenantSettingsV2ExternalDataUpdateModel": ".tenant_settings_v2_external_data_update_model",
    "TenantSettingsV2ExternalDataUpdateRequest": ".tenant_settings_v2_external_data_update_request",
    "TenantSettingsV2JobFilter": ".tenant_settings_v2_job_filter",
    "TenantSettingsV2JobHistoryDateFilter": ".tenant_settings_v2_job_history_date_filter",
    "TenantSettingsV2LicenseType": ".tenant_settings_v2_license_type",
    "TenantSettingsV2RequestedEmployeeTypeArg": ".tenant_settings_v2_requested_employee_type_arg",
    "TenantSettingsV2TagImportance": ".tenant_settings_v2_tag_importance",
    "TenantSettingsV2TagTypeResponse": ".tenant_settings_v2_tag_type_response",
    "TenantSettingsV2TechnicianAccountActionRequest": ".tenant_settings_v2_technician_account_action_request",
    "TenantSettingsV2TechnicianAddressResponse": ".tenant_settings_v2_technician_address_response",
    "TenantSettingsV2TechnicianCreateRequest": ".tenant_settings_v2_technician_create_request",
    "TenantSettingsV2TechnicianCreateResponse": ".tenant_settings_v2_technician_create_response",
    "TenantSettingsV2TechnicianCustomFieldCreateOrUpdateRequest": ".tenant_settings_v2_technician_custom_field_create_or_update_request",
    "TenantSettingsV2TechnicianCustomFieldResponse": ".tenant_settings_v2_technician_custom_field_response",
    "TenantSettingsV2TechnicianLocationResponse": ".tenant_settings_v2_technician_location_response",
    "TenantSettingsV2TechnicianPermissionResponse": ".tenant_settings_v2_technician_permission_response",
    "TenantSettingsV2TechnicianPosition": ".tenant_settings_v2_technician_position",
    "TenantSettingsV2TechnicianResponse": ".tenant_settings_v2_technician_response",
    "TenantSettingsV2TechnicianSkillResponse": ".tenant_settings_v2_technician_skill_response",
    "TenantSettingsV2TechnicianStatus": ".tenant_settings_v2_technician_status",
    "TenantSettingsV2TechnicianUpdateRequest": ".tenant_settings_v2_technician_update_request",
    "TenantSettingsV2TechnicianUpdateResponse": ".tenant_settings_v2_technician_update_response",
    "TenantSettingsV2UpdateBusinessUnitRequest": ".tenant_settings_v2_update_business_unit_request",
    "TenantSettingsV2UpdateTagTypeRequest": ".tenant_settings_v2_update_tag_type_request",
    "TenantSettingsV2UserRoleResponse": ".tenant_settings_v2_user_role_response",
}

__all__ = (
    "AccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse",
    "ActiveRequestArg",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "ExportResponseOfTenantSettingsV2ExportBusinessUnitResponse",
    "ExportResponseOfTenantSettingsV2ExportEmployeeResponse",
    "ExportResponseOfTenantSettingsV2ExportTagTypeResponse",
    "ExportResponseOfTenantSettingsV2ExportTechnicianResponse",
    "IdentityUserManagementTechnicianLicenseType",
    "ModificationResponse",
    "PaginatedResponseOfAccountingV2IntegrationsIntacctIntacctBusinessUnitMappingResponse",
    "PaginatedResponseOfTenantSettingsV2BusinessUnitResponse",
    "PaginatedResponseOfTenantSettingsV2EmployeeResponse",
    "PaginatedResponseOfTenantSettingsV2TagTypeResponse",
    "PaginatedResponseOfTenantSettingsV2TechnicianResponse",
    "PaginatedResponseOfTenantSettingsV2UserRoleResponse",
    "ServicesNamedModel",
    "TenantSettingsV2AccountAction",
    "TenantSettingsV2AccountActionRequest",
    "TenantSettingsV2AccountActionResponse",
    "TenantSettingsV2AccountActionStatus",
    "TenantSettingsV2AccountCreationMethod",
    "TenantSettingsV2BusinessUnitAddressResponse",
    "TenantSettingsV2BusinessUnitResponse",
    "TenantSettingsV2BusinessUnitTenantResponse",
    "TenantSettingsV2CreateOrUpdateAddressRequest",
    "TenantSettingsV2CreateTagTypeRequest",
    "TenantSettingsV2EmployeeAddressResponse",
    "TenantSettingsV2EmployeeCreateRequest",
    "TenantSettingsV2EmployeeCreateResponse",
    "TenantSettingsV2EmployeeCustomFieldCreateOrUpdateRequest",
    "TenantSettingsV2EmployeeCustomFieldResponse",
    "TenantSettingsV2EmployeePermissionResponse",
    "TenantSettingsV2EmployeePosition",
    "TenantSettingsV2EmployeeResponse",
    "TenantSettingsV2EmployeeType",
    "TenantSettingsV2EmployeeUpdateRequest",
    "TenantSettingsV2EmployeeUpdateResponse",
    "TenantSettingsV2EmployeeUserRole",
    "TenantSettingsV2ExportBusinessUnitResponse",
    "TenantSettingsV2ExportEmployeeResponse",
    "TenantSettingsV2ExportTagTypeResponse",
    "TenantSettingsV2ExportTechnicianResponse",
    "TenantSettingsV2ExternalDataModel",
    "TenantSettingsV2ExternalDataPatchMode",
    "TenantSettingsV2ExternalDataUpdateModel",
    "TenantSettingsV2ExternalDataUpdateRequest",
    "TenantSettingsV2JobFilter",
    "TenantSettingsV2JobHistoryDateFilter",
    "TenantSettingsV2LicenseType",
    "TenantSettingsV2RequestedEmployeeTypeArg",
    "TenantSettingsV2TagImportance",
    "TenantSettingsV2TagTypeResponse",
    "TenantSettingsV2TechnicianAccountActionRequest",
    "TenantSettingsV2TechnicianAddressResponse",
    "TenantSettingsV2TechnicianCreateRequest",
    "TenantSettingsV2TechnicianCreateResponse",
    "TenantSettingsV2TechnicianCustomFieldCreateOrUpdateRequest",
    "TenantSettingsV2TechnicianCustomFieldResponse",
    "TenantSettingsV2TechnicianLocationResponse",
    "TenantSettingsV2TechnicianPermissionResponse",
    "TenantSettingsV2TechnicianPosition",
    "TenantSettingsV2TechnicianResponse",
    "TenantSettingsV2TechnicianSkillResponse",
    "TenantSettingsV2TechnicianStatus",
    "TenantSettingsV2TechnicianUpdateRequest",
    "TenantSettingsV2TechnicianUpdateResponse",
    "TenantSettingsV2UpdateBusinessUnitRequest",
    "TenantSettingsV2UpdateTagTypeRequest",
    "TenantSettingsV2UserRoleResponse",
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
