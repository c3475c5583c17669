"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .export_response_of_memberships_v2_export_customer_membership_response import (
        ExportResponseOfMembershipsV2ExportCustomerMembershipResponse,
    )
    from .export_response_of_memberships_v2_export_customer_membership_status_changes_response import (
        ExportResponseOfMembershipsV2ExportCustomerMembershipStatusChangesResponse,
    )
    from .export_response_of_memberships_v2_export_invoice_template_response import (
        ExportResponseOfMembershipsV2ExportInvoiceTemplateResponse,
    )
    from .export_response_of_memberships_v2_export_location_recurring_service_event_response import (
        ExportResponseOfMembershipsV2ExportLocationRecurringServiceEventResponse,
    )
    from .export_response_of_memberships_v2_export_location_recurring_service_response import (
        ExportResponseOfMembershipsV2ExportLocationRecurringServiceResponse,
    )
    from .export_response_of_memberships_v2_export_membership_type_response import (
        ExportResponseOfMembershipsV2ExportMembershipTypeResponse,
    )
    from .export_response_of_memberships_v2_export_recurring_service_type_response import (
        ExportResponseOfMembershipsV2ExportRecurringServiceTypeResponse,
    )
    from .memberships_v2_custom_field_data_type import MembershipsV2CustomFieldDataType
    from .memberships_v2_custom_field_response import MembershipsV2CustomFieldResponse
    from .memberships_v2_custom_field_type_response import (
        MembershipsV2CustomFieldTypeResponse,
    )
    from .memberships_v2_customer_membership_response import (
        MembershipsV2CustomerMembershipResponse,
    )
    from .memberships_v2_customer_membership_status_change_item_response import (
        MembershipsV2CustomerMembershipStatusChangeItemResponse,
    )
    from .memberships_v2_customer_membership_update_request import (
        MembershipsV2CustomerMembershipUpdateRequest,
    )
    from .memberships_v2_default_sorting_fields import MembershipsV2DefaultSortingFields
    from .memberships_v2_discount_mode import MembershipsV2DiscountMode
    from .memberships_v2_export_customer_membership_response import (
        MembershipsV2ExportCustomerMembershipResponse,
    )
    from .memberships_v2_export_customer_membership_status_changes_response import (
        MembershipsV2ExportCustomerMembershipStatusChangesResponse,
    )
    from .memberships_v2_export_invoice_template_response import (
        MembershipsV2ExportInvoiceTemplateResponse,
    )
    from .memberships_v2_export_location_recurring_service_event_response import (
        MembershipsV2ExportLocationRecurringServiceEventResponse,
    )
    from .memberships_v2_export_location_recurring_service_response import (
        MembershipsV2ExportLocationRecurringServiceResponse,
    )
    from .memberships_v2_export_membership_type_response import (
        MembershipsV2ExportMembershipTypeResponse,
    )
    from .memberships_v2_export_recurring_service_type_response import (
        MembershipsV2ExportRecurringServiceTypeResponse,
    )
    from .memberships_v2_invoice_template_create_request import (
        MembershipsV2InvoiceTemplateCreateRequest,
    )
    from .memberships_v2_invoice_template_item_create_request import (
        MembershipsV2InvoiceTemplateItemCreateRequest,
    )
    from .memberships_v2_invoice_template_item_response import (
        MembershipsV2InvoiceTemplateItemResponse,
    )
    from .memberships_v2_invoice_template_item_update_request import (
        MembershipsV2InvoiceTemplateItemUpdateRequest,
    )
    from .memberships_v2_invoice_template_response import (
        MembershipsV2InvoiceTemplateResponse,
    )
    from .memberships_v2_invoice_template_update_request import (
        MembershipsV2InvoiceTemplateUpdateRequest,
    )
    from .memberships_v2_location_recurring_service_event_response import (
        MembershipsV2LocationRecurringServiceEventResponse,
    )
    from .memberships_v2_location_recurring_service_response import (
        MembershipsV2LocationRecurringServiceResponse,
    )
    from .memberships_v2_location_recurring_service_update_request import (
        MembershipsV2LocationRecurringServiceUpdateRequest,
    )
    from .memberships_v2_mark_event_completed_status_update_request import (
        MembershipsV2MarkEventCompletedStatusUpdateRequest,
    )
    from .memberships_v2_membership_location_target import (
        MembershipsV2MembershipLocationTarget,
    )
    from .memberships_v2_membership_recurrence_type import (
        MembershipsV2MembershipRecurrenceType,
    )
    from .memberships_v2_membership_sale_invoice_create_request import (
        MembershipsV2MembershipSaleInvoiceCreateRequest,
    )
    from .memberships_v2_membership_sale_invoice_create_response import (
        MembershipsV2MembershipSaleInvoiceCreateResponse,
    )
    from .memberships_v2_membership_status import MembershipsV2MembershipStatus
    from .memberships_v2_membership_type_discount_entry import (
        MembershipsV2MembershipTypeDiscountEntry,
    )
    from .memberships_v2_membership_type_discount_item_response import (
        MembershipsV2MembershipTypeDiscountItemResponse,
    )
    from .memberships_v2_membership_type_duration_billing_entry import (
        MembershipsV2MembershipTypeDurationBillingEntry,
    )
    from .memberships_v2_membership_type_duration_billing_item_response import (
        MembershipsV2MembershipTypeDurationBillingItemResponse,
    )
    from .memberships_v2_membership_type_recurring_service_entry import (
        MembershipsV2MembershipTypeRecurringServiceEntry,
    )
    from .memberships_v2_membership_type_recurring_service_item_response import (
        MembershipsV2MembershipTypeRecurringServiceItemResponse,
    )
    from .memberships_v2_membership_type_response import (
        MembershipsV2MembershipTypeResponse,
    )
    from .memberships_v2_month import MembershipsV2Month
    from .memberships_v2_offset_type import MembershipsV2OffsetType
    from .memberships_v2_opportunity_status import MembershipsV2OpportunityStatus
    from .memberships_v2_priority import MembershipsV2Priority
    from .memberships_v2_recurring_service_action import (
        MembershipsV2RecurringServiceAction,
    )
    from .memberships_v2_recurring_service_type_response import (
        MembershipsV2RecurringServiceTypeResponse,
    )
    from .memberships_v2_revenue_recognition_mode import (
        MembershipsV2RevenueRecognitionMode,
    )
    from .memberships_v2_service_recurrence_duration import (
        MembershipsV2ServiceRecurrenceDuration,
    )
    from .memberships_v2_service_recurrence_type import (
        MembershipsV2ServiceRecurrenceType,
    )
    from .memberships_v2_sku_type import MembershipsV2SkuType
    from .memberships_v2_week_day import MembershipsV2WeekDay
    from .memberships_v2_week_of_month import MembershipsV2WeekOfMonth
    from .modification_response import ModificationResponse
    from .order_by_item_of_memberships_v2_default_sorting_fields import (
        OrderByItemOfMembershipsV2DefaultSortingFields,
    )
    from .paginated_response_of_memberships_v2_custom_field_type_response import (
        PaginatedResponseOfMembershipsV2CustomFieldTypeResponse,
    )
    from .paginated_response_of_memberships_v2_customer_membership_response import (
        PaginatedResponseOfMembershipsV2CustomerMembershipResponse,
    )
    from .paginated_response_of_memberships_v2_invoice_template_response import (
        PaginatedResponseOfMembershipsV2InvoiceTemplateResponse,
    )
    from .paginated_response_of_memberships_v2_location_recurring_service_event_response import (
        PaginatedResponseOfMembershipsV2LocationRecurringServiceEventResponse,
    )
    from .paginated_response_of_memberships_v2_location_recurring_service_response import (
        PaginatedResponseOfMembershipsV2LocationRecurringServiceResponse,
    )
    from .paginated_response_of_memberships_v2_membership_type_response import (
        PaginatedResponseOfMembershipsV2MembershipTypeResponse,
    )
    from .paginated_response_of_memberships_v2_recurring_service_type_response import (
        PaginatedResponseOfMembershipsV2RecurringServiceTypeResponse,
    )

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "ExportResponseOfMembershipsV2ExportCustomerMembershipResponse": ".export_response_of_memberships_v2_export_customer_membership_response",
    "ExportResponseOfMembershipsV2ExportCustomerMembershipStatusChangesResponse": ".export_response_of_memberships_v2_export_customer_membership_status_changes_response",
    "ExportResponseOfMembershipsV2ExportInvoiceTemplateResponse": ".export_response_of_memberships_v2_export_invoice_template_response",
    "ExportResponseOfMembershipsV2ExportLocationRecurringServiceEventResponse": ".export_response_of_memberships_v2_export_location_recurring_service_event_response",
    "ExportResponseOfMembershipsV2ExportLocationRecurringServiceResponse": ".export_response_of_memberships_v2_export_location_recurring_service_response",
    "ExportResponseOfMembershipsV2ExportMembershipTypeResponse": ".export_response_of_memberships_v2_export_membership_type_response",
    "ExportResponseOfMembershipsV2ExportRecurringServiceTypeResponse": ".export_response_of_memberships_v2_export_recurring_service_type_response",
    "MembershipsV2CustomFieldDataType": ".memberships_v2_custom_field_data_type",
    "MembershipsV2CustomFieldResponse": ".memberships_v2_custom_field_response",
    "MembershipsV2CustomFieldTypeResponse": ".memberships_v2_custom_field_type_response",
    "MembershipsV2CustomerMembershipResponse": ".memberships_v2_customer_membership_response",
    "MembershipsV2CustomerMembershipStatusChangeItemResponse": ".memberships_v2_customer_membership_status_change_item_response",
    "MembershipsV2CustomerMembershipUpdateRequest": ".memberships_v2_customer_membership_update_request",
    "MembershipsV2DefaultSortingFields": ".memberships_v2_default_sorting_fields",
    "MembershipsV2DiscountMode": ".memberships_v2_discount_mode",
    "MembershipsV2ExportCustomerMembershipResponse": ".memberships_v2_export_customer_membership_response",
    "MembershipsV2ExportCustomerMembershipStatusChangesResponse": ".memberships_v2_export_customer_membership_status_changes_response",
    "MembershipsV2ExportInvoiceTemplateResponse": ".memberships_v2_export_invoice_template_response",
    "MembershipsV2ExportLocationRecurringServiceEventResponse": ".memberships_v2_export_location_recurring_service_event_response",
    "MembershipsV2ExportLocationRecurringServiceResponse": ".memberships_v2_export_location_recurring_service_response",
    "MembershipsV2ExportMembershipTypeResponse": ".memberships_v2_export_membership_type_response",
    "MembershipsV2ExportRecurringServiceTypeResponse": ".memberships_v2_export_recurring_service_type_response",
    "MembershipsV2InvoiceTemplateCreateRequest": ".memberships_v2_invoice_template_create_request",
    "MembershipsV2InvoiceTemplateItemCreateRequest": ".memberships_v2_invoice_template_item_create_request",
    "MembershipsV2InvoiceTemplateItemResponse": ".memberships_v2_invoice_template_item_response",
    "MembershipsV2InvoiceTemplateItemUpdateRequest": ".memberships_v2_invoice_template_item_update_request",
    "MembershipsV2InvoiceTemplateResponse": ".memberships_v2_invoice_template_response",
    "MembershipsV2InvoiceTemplateUpdateRequest": ".memberships_v2_invoice_template_update_request",
    "MembershipsV2LocationRecurringServiceEventResponse": ".memberships_v2_location_recurring_service_event_response",
    "MembershipsV2LocationRecurringServiceResponse": ".memberships_v2_location_recurring_service_response",
    "MembershipsV2LocationRecurringServiceUpdateRequest": ".memberships_v2_location_recurring_service_update_request",
    "MembershipsV2MarkEventCompletedStatusUpdateRequest": ".memberships_v2_mark_event_completed_status_update_request",
    "MembershipsV2MembershipLocationTarget": ".memberships_v2_membership_location_target",
    "MembershipsV2MembershipRecurrenceType": ".memberships_v2_membership_recurrence_type",
    "MembershipsV2MembershipSaleInvoiceCreateRequest": ".memberships_v2_membership_sale_invoice_create_request",
    "MembershipsV2MembershipSaleInvoiceCreateResponse": ".memberships_v2_membership_sale_invoice_create_response",
    "MembershipsV2MembershipStatus": ".memberships_v2_membership_status",
    "MembershipsV2MembershipTypeDiscountEntry": ".memberships_v2_membership_type_discount_entry",
    "MembershipsV2MembershipTypeDiscountItemResponse": ".memberships_v2_membership_type_discount_item_response",
    "MembershipsV2MembershipTypeDurationBillingEntry": ".memberships_v2_membership_type_duration_billing_entry",
    "MembershipsV2MembershipTypeDurationBillingItemResponse": ".memberships_v2_membership_type_duration_billing_item_response",
    "MembershipsV2MembershipTypeRecurringServiceEntry": ".memberships_v2_membership_type_recurring_service_entry",
    "MembershipsV2MembershipTypeRecurringServiceItemResponse": ".memberships_v2_membership_type_recurring_service_item_response",
    "MembershipsV2MembershipTypeResponse": ".memberships_v2_membership_type_response",
    "MembershipsV2Month": ".memberships_v2_month",
    "MembershipsV2OffsetType": ".memberships_v2_offset_type",
    "MembershipsV2OpportunityStatus": ".memberships_v2_opportunity_status",
    "MembershipsV2Priority": ".memberships_v2_priority",
    "MembershipsV2RecurringServiceAction": ".memberships_v2_recurring_service_action",
    "MembershipsV2RecurringServiceTypeResponse": ".memberships_v2_recurring_service_type_response",
    "MembershipsV2RevenueRecognitionMode": ".memberships_v2_revenue_recognition_mode",
    "MembershipsV2ServiceRecurrenceDuration": ".memberships_v2_service_recurrence_duration",
    "MembershipsV2ServiceRecurrenceType": ".memberships_v2_service_recurrence_type",
    "MembershipsV2SkuType": ".memberships_v2_sku_type",
    "MembershipsV2WeekDay": ".memberships_v2_week_day",
    "MembershipsV2WeekOfMonth": ".memberships_v2_week_of_month",
    "ModificationResponse": ".modification_response",
    "OrderByItemOfMembershipsV2DefaultSortingFields": ".order_by_item_of_memberships_v2_default_sorting_fields",
    "PaginatedResponseOfMembershipsV2CustomFieldTypeResponse": ".paginated_response_of_memberships_v2_custom_field_type_response",
    "PaginatedResponseOfMembershipsV2CustomerMembershipResponse": ".paginated_response_of_memberships_v2_customer_membership_response",
    "PaginatedResponseOfMembershipsV2InvoiceTemplateResponse": ".paginated_response_of_memberships_v2_invoice_template_response",
    "PaginatedResponseOfMembershipsV2LocationRecurringServiceEventResponse": ".paginated_response_of_memberships_v2_location_recurring_service_event_response",
    "PaginatedResponseOfMembershipsV2LocationRecurringServiceResponse": ".paginated_response_of_memberships_v2_location_recurring_service_response",
    "PaginatedResponseOfMembershipsV2MembershipTypeResponse": ".paginated_response_of_memberships_v2_membership_type_response",
    "PaginatedResponseOfMembershipsV2RecurringServiceTypeResponse": ".paginated_response_of_memberships_v2_recurring_service_type_response",
}

__all__ = (
    "ActiveRequestArg",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "ExportResponseOfMembershipsV2ExportCustomerMembershipResponse",
    "ExportResponseOfMembershipsV2ExportCustomerMembershipStatusChangesResponse",
    "ExportResponseOfMembershipsV2ExportInvoiceTemplateResponse",
    "ExportResponseOfMembershipsV2ExportLocationRecurringServiceEventResponse",
    "ExportResponseOfMembershipsV2ExportLocationRecurringServiceResponse",
    "ExportResponseOfMembershipsV2ExportMembershipTypeResponse",
    "ExportResponseOfMembershipsV2ExportRecurringServiceTypeResponse",
    "MembershipsV2CustomFieldDataType",
    "MembershipsV2CustomFieldResponse",
    "MembershipsV2CustomFieldTypeResponse",
    "MembershipsV2CustomerMembershipResponse",
    "MembershipsV2CustomerMembershipStatusChangeItemResponse",
    "MembershipsV2CustomerMembershipUpdateRequest",
    "MembershipsV2DefaultSortingFields",
    "MembershipsV2DiscountMode",
    "MembershipsV2ExportCustomerMembershipResponse",
    "MembershipsV2ExportCustomerMembershipStatusChangesResponse",
    "MembershipsV2ExportInvoiceTemplateResponse",
    "MembershipsV2ExportLocationRecurringServiceEventResponse",
    "MembershipsV2ExportLocationRecurringServiceResponse",
    "MembershipsV2ExportMembershipTypeResponse",
    "MembershipsV2ExportRecurringServiceTypeResponse",
    "MembershipsV2InvoiceTemplateCreateRequest",
    "MembershipsV2InvoiceTemplateItemCreateRequest",
    "MembershipsV2InvoiceTemplateItemResponse",
    "MembershipsV2InvoiceTemplateItemUpdateRequest",
    "MembershipsV2InvoiceTemplateResponse",
    "MembershipsV2InvoiceTemplateUpdateRequest",
    "MembershipsV2LocationRecurringServiceEventResponse",
    "MembershipsV2LocationRecurringServiceResponse",
    "MembershipsV2LocationRecurringServiceUpdateRequest",
    "MembershipsV2MarkEventCompletedStatusUpdateRequest",
    "MembershipsV2MembershipLocationTarget",
    "MembershipsV2MembershipRecurrenceType",
    "MembershipsV2MembershipSaleInvoiceCreateRequest",
    "MembershipsV2MembershipSaleInvoiceCreateResponse",
    "MembershipsV2MembershipStatus",
    "MembershipsV2MembershipTypeDiscountEntry",
    "MembershipsV2MembershipTypeDiscountItemResponse",
    "MembershipsV2MembershipTypeDurationBillingEntry",
    "MembershipsV2MembershipTypeDurationBillingItemResponse",
    "MembershipsV2MembershipTypeRecurringServiceEntry",
    "MembershipsV2MembershipTypeRecurringServiceItemResponse",
    "MembershipsV2MembershipTypeResponse",
    "MembershipsV2Month",
    "MembershipsV2OffsetType",
    "MembershipsV2OpportunityStatus",
    "MembershipsV2Priority",
    "MembershipsV2RecurringServiceAction",
    "MembershipsV2RecurringServiceTypeResponse",
    "MembershipsV2RevenueRecognitionMode",
    "MembershipsV2ServiceRecurrenceDuration",
    "MembershipsV2ServiceRecurrenceType",
    "MembershipsV2SkuType",
    "MembershipsV2WeekDay",
    "MembershipsV2WeekOfMonth",
    "ModificationResponse",
    "OrderByItemOfMembershipsV2DefaultSortingFields",
    "PaginatedResponseOfMembershipsV2CustomFieldTypeResponse",
    "PaginatedResponseOfMembershipsV2CustomerMembershipResponse",
    "PaginatedResponseOfMembershipsV2InvoiceTemplateResponse",
    "PaginatedResponseOfMembershipsV2LocationRecurringServiceEventResponse",
    "PaginatedResponseOfMembershipsV2LocationRecurringServiceResponse",
    "PaginatedResponseOfMembershipsV2MembershipTypeResponse",
    "PaginatedResponseOfMembershipsV2RecurringServiceTypeResponse",
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
