"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .address_input import AddressInput
    from .address_output import AddressOutput
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .collection_result_of_module_telecom_shared_v2_bundle_call_model import (
        CollectionResultOfModuleTelecomSharedV2BundleCallModel,
    )
    from .contact_input_model import ContactInputModel
    from .contacts_contracts_contact_output_model import (
        ContactsContractsContactOutputModel,
    )
    from .crm_contracts_customers_customer_model import (
        CrmContractsCustomersCustomerModel,
    )
    from .crm_contracts_customers_customer_phone_model import (
        CrmContractsCustomersCustomerPhoneModel,
    )
    from .crm_customers_customer_type import CrmCustomersCustomerType
    from .custom_field_api_model import CustomFieldApiModel
    from .customer_in_model import CustomerInModel
    from .export_response_of_telecom_v2_export_call_response import (
        ExportResponseOfTelecomV2ExportCallResponse,
    )
    from .job_type_model import JobTypeModel
    from .location_in_model import LocationInModel
    from .marketing_core_campaign_category_model import (
        MarketingCoreCampaignCategoryModel,
    )
    from .marketing_core_campaign_model import MarketingCoreCampaignModel
    from .memberships_membership_model import MembershipsMembershipModel
    from .memberships_membership_type_model import MembershipsMembershipTypeModel
    from .module_admin_shared_business_unit_address_model import (
        ModuleAdminSharedBusinessUnitAddressModel,
    )
    from .module_admin_shared_business_unit_model import (
        ModuleAdminSharedBusinessUnitModel,
    )
    from .module_admin_shared_business_unit_tenant_model import (
        ModuleAdminSharedBusinessUnitTenantModel,
    )
    from .module_telecom_shared_call_agent_model import (
        ModuleTelecomSharedCallAgentModel,
    )
    from .module_telecom_shared_call_in_update_model_v2 import (
        ModuleTelecomSharedCallInUpdateModelV2,
    )
    from .module_telecom_shared_call_reason_model import (
        ModuleTelecomSharedCallReasonModel,
    )
    from .module_telecom_shared_detailed_bundle_call_model import (
        ModuleTelecomSharedDetailedBundleCallModel,
    )
    from .module_telecom_shared_detailed_call_model import (
        ModuleTelecomSharedDetailedCallModel,
    )
    from .module_telecom_shared_reason_in_model import ModuleTelecomSharedReasonInModel
    from .module_telecom_shared_tag_response_model import (
        ModuleTelecomSharedTagResponseModel,
    )
    from .module_telecom_shared_v2_bundle_call_model import (
        ModuleTelecomSharedV2BundleCallModel,
    )
    from .module_telecom_shared_v2_call_model import ModuleTelecomSharedV2CallModel
    from .paginated_response_of_telecom_v3_call_response import (
        PaginatedResponseOfTelecomV3CallResponse,
    )
    from .services_named_model import ServicesNamedModel
    from .telecom_call_direction import TelecomCallDirection
    from .telecom_call_type import TelecomCallType
    from .telecom_v2_call_direction import TelecomV2CallDirection
    from .telecom_v2_call_status import TelecomV2CallStatus
    from .telecom_v2_call_type import TelecomV2CallType
    from .telecom_v2_export_call_response import TelecomV2ExportCallResponse
    from .telecom_v2_job_model import TelecomV2JobModel
    from .telecom_v2_lead_model import TelecomV2LeadModel
    from .telecom_v2_named_model import TelecomV2NamedModel
    from .telecom_v3_call_agent_model import TelecomV3CallAgentModel
    from .telecom_v3_call_direction import TelecomV3CallDirection
    from .telecom_v3_call_model_response import TelecomV3CallModelResponse
    from .telecom_v3_call_reason_model import TelecomV3CallReasonModel
    from .telecom_v3_call_response import TelecomV3CallResponse
    from .telecom_v3_call_type import TelecomV3CallType
    from .telecom_v3_job_type_model import TelecomV3JobTypeModel

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "AddressInput": ".address_input",
    "AddressOutput": ".address_output",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "CollectionResultOfModuleTelecomSharedV2BundleCallModel": ".collection_result_of_module_telecom_shared_v2_bundle_call_model",
    "ContactInputModel": ".contact_input_model",
    "ContactsContractsContactOutputModel": ".contacts_contracts_contact_output_model",
    "CrmContractsCustomersCustomerModel": ".crm_contracts_customers_customer_model",
    "CrmContractsCustomersCustomerPhoneModel": ".crm_contracts_customers_customer_phone_model",
    "CrmCustomersCustomerType": ".crm_customers_customer_type",
    "CustomFieldApiModel": ".custom_field_api_model",
    "CustomerInModel": ".customer_in_model",
    "ExportResponseOfTelecomV2ExportCallResponse": ".export_response_of_telecom_v2_export_call_response",
    "JobTypeModel": ".job_type_model",
    "LocationInModel": ".location_in_model",
    "MarketingCoreCampaignCategoryModel": ".marketing_core_campaign_category_model",
    "MarketingCoreCampaignModel": ".marketing_core_campaign_model",
    "MembershipsMembershipModel": ".memberships_membership_model",
    "MembershipsMembershipTypeModel": ".memberships_membership_type_model",
    "ModuleAdminSharedBusinessUnitAddressModel": ".module_admin_shared_business_unit_address_model",
    "ModuleAdminSharedBusinessUnitModel": ".module_admin_shared_business_unit_model",
    "ModuleAdminSharedBusinessUnitTenantModel": ".module_admin_shared_business_unit_tenant_model",
    "ModuleTelecomSharedCallAgentModel": ".module_telecom_shared_call_agent_model",
    "ModuleTelecomSharedCallInUpdateModelV2": ".module_telecom_shared_call_in_update_model_v2",
    "ModuleTelecomSharedCallReasonModel": ".module_telecom_shared_call_reason_model",
    "ModuleTelecomSharedDetailedBundleCallModel": ".module_telecom_shared_detailed_bundle_call_model",
    "ModuleTelecomSharedDetailedCallModel": ".module_telecom_shared_detailed_call_model",
    "ModuleTelecomSharedReasonInModel": ".module_telecom_shared_reason_in_model",
    "ModuleTelecomSharedTagResponseModel": ".module_telecom_shared_tag_response_model",
    "ModuleTelecomSharedV2BundleCallModel": ".module_telecom_shared_v2_bundle_call_model",
    "ModuleTelecomSharedV2CallModel": ".module_telecom_shared_v2_call_model",
    "PaginatedResponseOfTelecomV3CallResponse": ".paginated_response_of_telecom_v3_call_response",
    "ServicesNamedModel": ".services_named_model",
    "TelecomCallDirection": ".telecom_call_direction",
    "TelecomCallType": ".telecom_call_type",
    "TelecomV2CallDirection": ".telecom_v2_call_direction",
    "TelecomV2CallStatus": ".telecom_v2_call_status",
    "TelecomV2CallType": ".telecom_v2_call_type",
    "TelecomV2ExportCallResponse": ".telecom_v2_export_call_response",
    "TelecomV2JobModel": ".telecom_v2_job_model",
    "TelecomV2LeadModel": ".telecom_v2_lead_model",
    "TelecomV2NamedModel": ".telecom_v2_named_model",
    "TelecomV3CallAgentModel": ".telecom_v3_call_agent_model",
    "TelecomV3CallDirection": ".telecom_v3_call_direction",
    "TelecomV3CallModelResponse": ".telecom_v3_call_model_response",
    "TelecomV3CallReasonModel": ".telecom_v3_call_reason_model",
    "TelecomV3CallResponse": ".telecom_v3_call_response",
    "TelecomV3CallType": ".telecom_v3_call_type",
    "TelecomV3JobTypeModel": ".telecom_v3_job_type_model",
}

__all__ = (
    "ActiveRequestArg",
    "AddressInput",
    "AddressOutput",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "CollectionResultOfModuleTelecomSharedV2BundleCallModel",
    "ContactInputModel",
    "ContactsContractsContactOutputModel",
    "CrmContractsCustomersCustomerModel",
    "CrmContractsCustomersCustomerPhoneModel",
    "CrmCustomersCustomerType",
    "CustomFieldApiModel",
    "CustomerInModel",
    "ExportResponseOfTelecomV2ExportCallResponse",
    "JobTypeModel",
    "LocationInModel",
    "MarketingCoreCampaignCategoryModel",
    "MarketingCoreCampaignModel",
    "MembershipsMembershipModel",
    "MembershipsMembershipTypeModel",
    "ModuleAdminSharedBusinessUnitAddressModel",
    "ModuleAdminSharedBusinessUnitModel",
    "ModuleAdminSharedBusinessUnitTenantModel",
    "ModuleTelecomSharedCallAgentModel",
    "ModuleTelecomSharedCallInUpdateModelV2",
    "ModuleTelecomSharedCallReasonModel",
    "ModuleTelecomSharedDetailedBundleCallModel",
    "ModuleTelecomSharedDetailedCallModel",
    "ModuleTelecomSharedReasonInModel",
    "ModuleTelecomSharedTagResponseModel",
    "ModuleTelecomSharedV2BundleCallModel",
    "ModuleTelecomSharedV2CallModel",
    "PaginatedResponseOfTelecomV3CallResponse",
    "ServicesNamedModel",
    "TelecomCallDirection",
    "TelecomCallType",
    "TelecomV2CallDirection",
    "TelecomV2CallStatus",
    "TelecomV2CallType",
    "TelecomV2ExportCallResponse",
    "TelecomV2JobModel",
    "TelecomV2LeadModel",
    "TelecomV2NamedModel",
    "TelecomV3CallAgentModel",
    "TelecomV3CallDirection",
    "TelecomV3CallModelResponse",
    "TelecomV3CallReasonModel",
    "TelecomV3CallResponse",
    "TelecomV3CallType",
    "TelecomV3JobTypeModel",
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
