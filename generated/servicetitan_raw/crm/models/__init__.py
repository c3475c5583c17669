"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .crm_v2_add_bulk_tags_request import CrmV2AddBulkTagsRequest
    from .crm_v2_address_model import CrmV2AddressModel
    from .crm_v2_address_patch_model import CrmV2AddressPatchModel
    from .crm_v2_booking_agent_tag_type import CrmV2BookingAgentTagType
    from .crm_v2_booking_contact_model import CrmV2BookingContactModel
    from .crm_v2_booking_contact_response import CrmV2BookingContactResponse
    from .crm_v2_booking_provider_tag_response import CrmV2BookingProviderTagResponse
    from .crm_v2_booking_response import CrmV2BookingResponse
    from .crm_v2_booking_status import CrmV2BookingStatus
    from .crm_v2_contact_create_request import CrmV2ContactCreateRequest
    from .crm_v2_contact_method_response import CrmV2ContactMethodResponse
    from .crm_v2_contact_preference_response import CrmV2ContactPreferenceResponse
    from .crm_v2_contact_preference_type_response import (
        CrmV2ContactPreferenceTypeResponse,
    )
    from .crm_v2_contact_relationship_response import CrmV2ContactRelationshipResponse
    from .crm_v2_contact_response import CrmV2ContactResponse
    from .crm_v2_contact_type import CrmV2ContactType
    from .crm_v2_create_booking_provider_tag_request import (
        CrmV2CreateBookingProviderTagRequest,
    )
    from .crm_v2_create_booking_provider_tag_response import (
        CrmV2CreateBookingProviderTagResponse,
    )
    from .crm_v2_create_booking_request import CrmV2CreateBookingRequest
    from .crm_v2_create_contact_method_request import CrmV2CreateContactMethodRequest
    from .crm_v2_create_contact_request import CrmV2CreateContactRequest
    from .crm_v2_create_follow_up_request import CrmV2CreateFollowUpRequest
    from .crm_v2_customer_note_create_request import CrmV2CustomerNoteCreateRequest
    from .crm_v2_customer_type import CrmV2CustomerType
    from .crm_v2_customers_contact_preferences_request import (
        CrmV2CustomersContactPreferencesRequest,
    )
    from .crm_v2_customers_contact_preferences_response import (
        CrmV2CustomersContactPreferencesResponse,
    )
    from .crm_v2_customers_create_customer_contact_request import (
        CrmV2CustomersCreateCustomerContactRequest,
    )
    from .crm_v2_customers_create_customer_request import (
        CrmV2CustomersCreateCustomerRequest,
    )
    from .crm_v2_customers_create_customer_tag_response import (
        CrmV2CustomersCreateCustomerTagResponse,
    )
    from .crm_v2_customers_created_customer_response import (
        CrmV2CustomersCreatedCustomerResponse,
    )
    from .crm_v2_customers_custom_field_model import CrmV2CustomersCustomFieldModel
    from .crm_v2_customers_custom_field_type_response import (
        CrmV2CustomersCustomFieldTypeResponse,
    )
    from .crm_v2_customers_custom_field_update_model import (
        CrmV2CustomersCustomFieldUpdateModel,
    )
    from .crm_v2_customers_customer_address import CrmV2CustomersCustomerAddress
    from .crm_v2_customers_customer_contact import CrmV2CustomersCustomerContact
    from .crm_v2_customers_customer_contact_with_modified_on_and_customer_id_response import (
        CrmV2CustomersCustomerContactWithModifiedOnAndCustomerIdResponse,
    )
    from .crm_v2_customers_customer_contact_with_modified_on_response import (
        CrmV2CustomersCustomerContactWithModifiedOnResponse,
    )
    from .crm_v2_customers_customer_response import CrmV2CustomersCustomerResponse
    from .crm_v2_customers_new_customer_contact import CrmV2CustomersNewCustomerContact
    from .crm_v2_customers_new_location import CrmV2CustomersNewLocation
    from .crm_v2_customers_phone_settings import CrmV2CustomersPhoneSettings
    from .crm_v2_customers_update_customer_address import (
        CrmV2CustomersUpdateCustomerAddress,
    )
    from .crm_v2_customers_update_customer_contact_request import (
        CrmV2CustomersUpdateCustomerContactRequest,
    )
    from .crm_v2_customers_update_customer_request import (
        CrmV2CustomersUpdateCustomerRequest,
    )
    from .crm_v2_dismiss_booking_model import CrmV2DismissBookingModel
    from .crm_v2_dismiss_lead_request import CrmV2DismissLeadRequest
    from .crm_v2_export_booking_response import CrmV2ExportBookingResponse
    from .crm_v2_export_customer_contact_response import (
        CrmV2ExportCustomerContactResponse,
    )
    from .crm_v2_export_customer_response import CrmV2ExportCustomerResponse
    from .crm_v2_export_leads_response import CrmV2ExportLeadsResponse
    from .crm_v2_export_location_contact_response import (
        CrmV2ExportLocationContactResponse,
    )
    from .crm_v2_export_locations_response import CrmV2ExportLocationsResponse
    from .crm_v2_external_data_create_request import CrmV2ExternalDataCreateRequest
    from .crm_v2_external_data_model import CrmV2ExternalDataModel
    from .crm_v2_external_data_patch_mode import CrmV2ExternalDataPatchMode
    from .crm_v2_external_data_update_model import CrmV2ExternalDataUpdateModel
    from .crm_v2_external_data_update_request import CrmV2ExternalDataUpdateRequest
    from .crm_v2_follow_up_response import CrmV2FollowUpResponse
    from .crm_v2_get_booking_provider_tag_response import (
        CrmV2GetBookingProviderTagResponse,
    )
    from .crm_v2_lead_create_request import CrmV2LeadCreateRequest
    from .crm_v2_lead_note_create_request import CrmV2LeadNoteCreateRequest
    from .crm_v2_lead_response import CrmV2LeadResponse
    from .crm_v2_lead_status import CrmV2LeadStatus
    from .crm_v2_lead_update_request import CrmV2LeadUpdateRequest
    from .crm_v2_location_contact_create_request import (
        CrmV2LocationContactCreateRequest,
    )
    from .crm_v2_location_contact_response import CrmV2LocationContactResponse
    from .crm_v2_location_contact_update_request import (
        CrmV2LocationContactUpdateRequest,
    )
    from .crm_v2_location_note_create_request import CrmV2LocationNoteCreateRequest
    from .crm_v2_locations_address_patch_model import CrmV2LocationsAddressPatchModel
    from .crm_v2_locations_contact_response import CrmV2LocationsContactResponse
    from .crm_v2_locations_create_location_request import (
        CrmV2LocationsCreateLocationRequest,
    )
    from .crm_v2_locations_create_location_response import (
        CrmV2LocationsCreateLocationResponse,
    )
    from .crm_v2_locations_create_location_tag_response import (
        CrmV2LocationsCreateLocationTagResponse,
    )
    from .crm_v2_locations_custom_field_type_response import (
        CrmV2LocationsCustomFieldTypeResponse,
    )
    from .crm_v2_locations_location_contact import CrmV2LocationsLocationContact
    from .crm_v2_locations_location_response import CrmV2LocationsLocationResponse
    from .crm_v2_locations_update_location_request import (
        CrmV2LocationsUpdateLocationRequest,
    )
    from .crm_v2_note_response import CrmV2NoteResponse
    from .crm_v2_priority import CrmV2Priority
    from .crm_v2_remove_bulk_tags_request import CrmV2RemoveBulkTagsRequest
    from .crm_v2_replace_contact_request import CrmV2ReplaceContactRequest
    from .crm_v2_submit_lead_form_request import CrmV2SubmitLeadFormRequest
    from .crm_v2_submit_lead_form_response import CrmV2SubmitLeadFormResponse
    from .crm_v2_update_booking_contact_request import CrmV2UpdateBookingContactRequest
    from .crm_v2_update_booking_provider_tag_request import (
        CrmV2UpdateBookingProviderTagRequest,
    )
    from .crm_v2_update_booking_request import CrmV2UpdateBookingRequest
    from .crm_v2_update_contact_method_preference_request import (
        CrmV2UpdateContactMethodPreferenceRequest,
    )
    from .crm_v2_update_contact_method_request import CrmV2UpdateContactMethodRequest
    from .crm_v2_update_contact_request import CrmV2UpdateContactRequest
    from .crm_v2_upsert_contact_method_request import CrmV2UpsertContactMethodRequest
    from .export_response_of_crm_v2_export_booking_response import (
        ExportResponseOfCrmV2ExportBookingResponse,
    )
    from .export_response_of_crm_v2_export_customer_contact_response import (
        ExportResponseOfCrmV2ExportCustomerContactResponse,
    )
    from .export_response_of_crm_v2_export_customer_response import (
        ExportResponseOfCrmV2ExportCustomerResponse,
    )
    from .export_response_of_crm_v2_export_leads_response import (
        ExportResponseOfCrmV2ExportLeadsResponse,
    )
    from .export_response_of_crm_v2_export_location_contact_response import (
        ExportResponseOfCrmV2ExportLocationContactResponse,
    )
    from .export_response_of_crm_v2_export_locations_response import (
        ExportResponseOfCrmV2ExportLocationsResponse,
    )
    from .geolocation_coordinates_source import GeolocationCoordinatesSource
    from .geolocation_verification_status import GeolocationVerificationStatus
    from .paginated_response_of_crm_v2_booking_contact_response import (
        PaginatedResponseOfCrmV2BookingContactResponse,
    )
    from .paginated_response_of_crm_v2_booking_response import (
        PaginatedResponseOfCrmV2BookingResponse,
    )
    from .paginated_response_of_crm_v2_contact_method_response import (
        PaginatedResponseOfCrmV2ContactMethodResponse,
    )
    from .paginated_response_of_crm_v2_contact_relationship_response import (
        PaginatedResponseOfCrmV2ContactRelationshipResponse,
    )
    from .paginated_response_of_crm_v2_contact_response import (
        PaginatedResponseOfCrmV2ContactResponse,
    )
    from .paginated_response_of_crm_v2_customers_custom_field_type_response import (
        PaginatedResponseOfCrmV2CustomersCustomFieldTypeResponse,
    )
    from .paginated_response_of_crm_v2_customers_customer_contact_with_modified_on_and_customer_id_response import (
        PaginatedResponseOfCrmV2CustomersCustomerContactWithModifiedOnAndCustomerIdResponse,
    )
    from .paginated_response_of_crm_v2_customers_customer_contact_with_modified_on_response import (
        PaginatedResponseOfCrmV2CustomersCustomerContactWithModifiedOnResponse,
    )
    from .paginated_response_of_crm_v2_customers_customer_response import (
        PaginatedResponseOfCrmV2CustomersCustomerResponse,
    )
    from .paginated_response_of_crm_v2_get_booking_provider_tag_response import (
        PaginatedResponseOfCrmV2GetBookingProviderTagResponse,
    )
    from .paginated_response_of_crm_v2_lead_response import (
        PaginatedResponseOfCrmV2LeadResponse,
    )
    from .paginated_response_of_crm_v2_location_contact_response import (
        PaginatedResponseOfCrmV2LocationContactResponse,
    )
    from .paginated_response_of_crm_v2_locations_contact_response import (
        PaginatedResponseOfCrmV2LocationsContactResponse,
    )
    from .paginated_response_of_crm_v2_locations_custom_field_type_response import (
        PaginatedResponseOfCrmV2LocationsCustomFieldTypeResponse,
    )
    from .paginated_response_of_crm_v2_locations_location_response import (
        PaginatedResponseOfCrmV2LocationsLocationResponse,
    )
    from .paginated_response_of_crm_v2_note_response import (
        PaginatedResponseOfCrmV2NoteResponse,
    )

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "CrmV2AddBulkTagsRequest": ".crm_v2_add_bulk_tags_request",
    "CrmV2AddressModel": ".crm_v2_address_model",
    "CrmV2AddressPatchModel": ".crm_v2_address_patch_model",
    "CrmV2BookingAgentTagType": ".crm_v2_booking_agent_tag_type",
    "CrmV2BookingContactModel": ".crm_v2_booking_contact_model",
    "CrmV2BookingContactResponse": ".crm_v2_booking_contact_response",
    "CrmV2BookingProviderTagResponse": ".crm_v2_booking_provider_tag_response",
    "CrmV2BookingResponse": ".crm_v2_booking_response",
    "CrmV2BookingStatus": ".crm_v2_booking_status",
    "CrmV2ContactCreateRequest": ".crm_v2_contact_create_request",
    "CrmV2ContactMethodResponse": ".crm_v2_contact_method_response",
    "CrmV2ContactPreferenceResponse": ".crm_v2_contact_preference_response",
    "CrmV2ContactPreferenceTypeResponse": ".crm_v2_contact_preference_type_response",
    "CrmV2ContactRelationshipResponse": ".crm_v2_contact_relationship_response",
    "CrmV2ContactResponse": ".crm_v2_contact_response",
    "CrmV2ContactType": ".crm_v2_contact_type",
    "CrmV2CreateBookingProviderTagRequest": ".crm_v2_create_booking_provider_tag_request",
    "CrmV2CreateBookingProviderTagResponse": ".crm_v2_create_booking_provider_tag_response",
    "CrmV2CreateBookingRequest": ".crm_v2_create_booking_request",
    "CrmV2CreateContactMethodRequest": ".crm_v2_create_contact_method_request",
    "CrmV2CreateContactRequest": ".crm_v2_create_contact_request",
    "CrmV2CreateFollowUpRequest": ".crm_v2_create_follow_up_request",
    "CrmV2CustomerNoteCreateRequest": ".crm_v2_customer_note_create_request",
    "CrmV2CustomerType": ".crm_v2_customer_type",
    "CrmV2CustomersContactPreferencesRequest": ".crm_v2_customers_contact_preferences_request",
    "CrmV2CustomersContactPreferencesResponse": ".crm_v2_customers_contact_preferences_response",
    "CrmV2CustomersCreateCustomerContactRequest": ".crm_v2_customers_create_customer_contact_request",
    "CrmV2CustomersCreateCustomerRequest": ".crm_v2_customers_create_customer_request",
    "CrmV2CustomersCreateCustomerTagResponse": ".crm_v2_customers_create_customer_tag_response",
    "CrmV2CustomersCreatedCustomerResponse": ".crm_v2_customers_created_customer_response",
    "CrmV2CustomersCustomFieldModel": ".crm_v2_customers_custom_field_model",
    "CrmV2CustomersCustomFieldTypeResponse": ".crm_v2_customers_custom_field_type_response",
    "CrmV2CustomersCustomFieldUpdateModel": ".crm_v2_customers_custom_field_update_model",
    "CrmV2CustomersCustomerAddress": ".crm_v2_customers_customer_address",
    "CrmV2CustomersCustomerContact": ".crm_v2_customers_customer_contact",
    "CrmV2CustomersCustomerContactWithModifiedOnAndCustomerIdResponse": ".crm_v2_customers_customer_contact_with_modified_on_and_customer_id_response",
    "CrmV2CustomersCustomerContactWithModifiedOnResponse": ".crm_v2_customers_customer_contact_with_modified_on_response",
    "CrmV2CustomersCustomerResponse": ".crm_v2_customers_customer_response",
    "CrmV2CustomersNewCustomerContact": ".crm_v2_customers_new_customer_contact",
    "CrmV2CustomersNewLocation": ".crm_v2_customers_new_location",
    "CrmV2CustomersPhoneSettings": ".crm_v2_customers_phone_settings",
    "CrmV2CustomersUpdateCustomerAddress": ".crm_v2_customers_update_customer_address",
    "CrmV2CustomersUpdateCustomerContactRequest": ".crm_v2_customers_update_customer_contact_request",
    "CrmV2CustomersUpdateCustomerRequest": ".crm_v2_customers_update_customer_request",
    "CrmV2DismissBookingModel": ".crm_v2_dismiss_booking_model",
    "CrmV2DismissLeadRequest": ".crm_v2_dismiss_lead_request",
    "CrmV2ExportBookingResponse": ".crm_v2_export_booking_response",
    "CrmV2ExportCustomerContactResponse": ".crm_v2_export_customer_contact_response",
    "CrmV2ExportCustomerResponse": ".crm_v2_export_customer_response",
    "CrmV2ExportLeadsResponse": ".crm_v2_export_leads_response",
    "CrmV2ExportLocationContactResponse": ".crm_v2_export_location_contact_response",
    "CrmV2ExportLocationsResponse": ".crm_v2_export_locations_response",
    "CrmV2ExternalDataCreateRequest": ".crm_v2_external_data_create_request",
    "CrmV2ExternalDataModel": ".crm_v2_external_data_model",
    "CrmV2ExternalDataPatchMode": ".crm_v2_external_data_patch_mode",
    "CrmV2ExternalDataUpdateModel": ".crm_v2_external_data_update_model",
    "CrmV2ExternalDataUpdateRequest": ".crm_v2_external_data_update_request",
    "CrmV2FollowUpResponse": ".crm_v2_follow_up_response",
    "CrmV2GetBookingProviderTagResponse": ".crm_v2_get_booking_provider_tag_response",
    "CrmV2LeadCreateRequest": ".crm_v2_lead_create_request",
    "CrmV2LeadNoteCreateRequest": ".crm_v2_lead_note_create_request",
    "CrmV2LeadResponse": ".crm_v2_lead_response",
    "CrmV2LeadStatus": ".crm_v2_lead_status",
    "CrmV2LeadUpdateRequest": ".crm_v2_lead_update_request",
    "CrmV2LocationContactCreateRequest": ".crm_v2_location_contact_create_request",
    "CrmV2LocationContactResponse": ".crm_v2_location_contact_response",
    "CrmV2LocationContactUpdateRequest": ".crm_v2_location_contact_update_request",
    "CrmV2LocationNoteCreateRequest": ".crm_v2_location_note_create_request",
    "CrmV2LocationsAddressPatchModel": ".crm_v2_locations_address_patch_model",
    "CrmV2LocationsContactResponse": ".crm_v2_locations_contact_response",
    "CrmV2LocationsCreateLocationRequest": ".crm_v2_locations_create_location_request",
    "CrmV2LocationsCreateLocationResponse": ".crm_v2_locations_create_location_response",
    "CrmV2LocationsCreateLocationTagResponse": ".crm_v2_locations_create_location_tag_response",
    "CrmV2LocationsCustomFieldTypeResponse": ".crm_v2_locations_custom_field_type_response",
    "CrmV2LocationsLocationContact": ".crm_v2_locations_location_contact",
    "CrmV2LocationsLocationResponse": ".crm_v2_locations_location_response",
    "CrmV2LocationsUpdateLocationRequest": ".crm_v2_locations_update_location_request",
    "CrmV2NoteResponse": ".crm_v2_note_response",
    "CrmV2Priority": ".crm_v2_priority",
    "CrmV2RemoveBulkTagsRequest": ".crm_v2_remove_bulk_tags_request",
    "CrmV2ReplaceContactRequest": ".crm_v2_replace_contact_request",
    "CrmV2SubmitLeadFormRequest": ".crm_v2_submit_lead_form_request",
    "CrmV2SubmitLeadFormResponse": ".crm_v2_submit_lead_form_response",
    "CrmV2UpdateBookingContactRequest": ".crm_v2_update_booking_contact_request",
    "CrmV2UpdateBookingProviderTagRequest": ".crm_v2_update_booking_provider_tag_request",
    "CrmV2UpdateBookingRequest": ".crm_v2_update_booking_request",
    "CrmV2UpdateContactMethodPreferenceRequest": ".crm_v2_update_contact_method_preference_request",
    "CrmV2UpdateContactMethodRequest": ".crm_v2_update_contact_method_request",
    "CrmV2UpdateContactRequest": ".crm_v2_update_contact_request",
    "CrmV2UpsertContactMethodRequest": ".crm_v2_upsert_contact_method_request",
    "ExportResponseOfCrmV2ExportBookingResponse": ".export_response_of_crm_v2_export_booking_response",
    "ExportResponseOfCrmV2ExportCustomerContactResponse": ".export_response_of_crm_v2_export_customer_contact_response",
    "ExportResponseOfCrmV2ExportCustomerResponse": ".export_response_of_crm_v2_export_customer_response",
    "ExportResponseOfCrmV2ExportLeadsResponse": ".export_response_of_crm_v2_export_leads_response",
    "ExportResponseOfCrmV2ExportLocationContactResponse": ".export_response_of_crm_v2_export_location_contact_response",
    "ExportResponseOfCrmV2ExportLocationsResponse": ".export_response_of_crm_v2_export_locations_response",
    "GeolocationCoordinatesSource": ".geolocation_coordinates_source",
    "GeolocationVerificationStatus": ".geolocation_verification_status",
    "PaginatedResponseOfCrmV2BookingContactResponse": ".paginated_response_of_crm_v2_booking_contact_response",
    "PaginatedResponseOfCrmV2BookingResponse": ".paginated_response_of_crm_v2_booking_response",
    "PaginatedResponseOfCrmV2ContactMethodResponse": ".paginated_response_of_crm_v2_contact_method_response",
    "PaginatedResponseOfCrmV2ContactRelationshipResponse": ".paginated_response_of_crm_v2_contact_relationship_response",
    "PaginatedResponseOfCrmV2ContactResponse": ".paginated_response_of_crm_v2_contact_response",
    "PaginatedResponseOfCrmV2CustomersCustomFieldTypeResponse": ".paginated_response_of_crm_v2_customers_custom_field_type_response",
    "PaginatedResponseOfCrmV2CustomersCustomerContactWithModifiedOnAndCustomerIdResponse": ".paginated_response_of_crm_v2_customers_customer_contact_with_modified_on_and_customer_id_response",
    "PaginatedResponseOfCrmV2CustomersCustomerContactWithModifiedOnResponse": ".paginated_response_of_crm_v2_customers_customer_contact_with_modified_on_response",
    "PaginatedResponseOfCrmV2CustomersCustomerResponse": ".paginated_response_of_crm_v2_customers_customer_response",
    "PaginatedResponseOfCrmV2GetBookingProviderTagResponse": ".paginated_response_of_crm_v2_get_booking_provider_tag_response",
    "PaginatedResponseOfCrmV2LeadResponse": ".paginated_response_of_crm_v2_lead_response",
    "PaginatedResponseOfCrmV2LocationContactResponse": ".paginated_response_of_crm_v2_location_contact_response",
    "PaginatedResponseOfCrmV2LocationsContactResponse": ".paginated_response_of_crm_v2_locations_contact_response",
    "PaginatedResponseOfCrmV2LocationsCustomFieldTypeResponse": ".paginated_response_of_crm_v2_locations_custom_field_type_response",
    "PaginatedResponseOfCrmV2LocationsLocationResponse": ".paginated_response_of_crm_v2_locations_location_response",
    "PaginatedResponseOfCrmV2NoteResponse": ".paginated_response_of_crm_v2_note_response",
}

__all__ = (
    "ActiveRequestArg",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "CrmV2AddBulkTagsRequest",
    "CrmV2AddressModel",
    "CrmV2AddressPatchModel",
    "CrmV2BookingAgentTagType",
    "CrmV2BookingContactModel",
    "CrmV2BookingContactResponse",
    "CrmV2BookingProviderTagResponse",
    "CrmV2BookingResponse",
    "CrmV2BookingStatus",
    "CrmV2ContactCreateRequest",
    "CrmV2ContactMethodResponse",
    "CrmV2ContactPreferenceResponse",
    "CrmV2ContactPreferenceTypeResponse",
    "CrmV2ContactRelationshipResponse",
    "CrmV2ContactResponse",
    "CrmV2ContactType",
    "CrmV2CreateBookingProviderTagRequest",
    "CrmV2CreateBookingProviderTagResponse",
    "CrmV2CreateBookingRequest",
    "CrmV2CreateContactMethodRequest",
    "CrmV2CreateContactRequest",
    "CrmV2CreateFollowUpRequest",
    "CrmV2CustomerNoteCreateRequest",
    "CrmV2CustomerType",
    "CrmV2CustomersContactPreferencesRequest",
    "CrmV2CustomersContactPreferencesResponse",
    "CrmV2CustomersCreateCustomerContactRequest",
    "CrmV2CustomersCreateCustomerRequest",
    "CrmV2CustomersCreateCustomerTagResponse",
    "CrmV2CustomersCreatedCustomerResponse",
    "CrmV2CustomersCustomFieldModel",
    "CrmV2CustomersCustomFieldTypeResponse",
    "CrmV2CustomersCustomFieldUpdateModel",
    "CrmV2CustomersCustomerAddress",
    "CrmV2CustomersCustomerContact",
    "CrmV2CustomersCustomerContactWithModifiedOnAndCustomerIdResponse",
    "CrmV2CustomersCustomerContactWithModifiedOnResponse",
    "CrmV2CustomersCustomerResponse",
    "CrmV2CustomersNewCustomerContact",
    "CrmV2CustomersNewLocation",
    "CrmV2CustomersPhoneSettings",
    "CrmV2CustomersUpdateCustomerAddress",
    "CrmV2CustomersUpdateCustomerContactRequest",
    "CrmV2CustomersUpdateCustomerRequest",
    "CrmV2DismissBookingModel",
    "CrmV2DismissLeadRequest",
    "CrmV2ExportBookingResponse",
    "CrmV2ExportCustomerContactResponse",
    "CrmV2ExportCustomerResponse",
    "CrmV2ExportLeadsResponse",
    "CrmV2ExportLocationContactResponse",
    "CrmV2ExportLocationsResponse",
    "CrmV2ExternalDataCreateRequest",
    "CrmV2ExternalDataModel",
    "CrmV2ExternalDataPatchMode",
    "CrmV2ExternalDataUpdateModel",
    "CrmV2ExternalDataUpdateRequest",
    "CrmV2FollowUpResponse",
    "CrmV2GetBookingProviderTagResponse",
    "CrmV2LeadCreateRequest",
    "CrmV2LeadNoteCreateRequest",
    "CrmV2LeadResponse",
    "CrmV2LeadStatus",
    "CrmV2LeadUpdateRequest",
    "CrmV2LocationContactCreateRequest",
    "CrmV2LocationContactResponse",
    "CrmV2LocationContactUpdateRequest",
    "CrmV2LocationNoteCreateRequest",
    "CrmV2LocationsAddressPatchModel",
    "CrmV2LocationsContactResponse",
    "CrmV2LocationsCreateLocationRequest",
    "CrmV2LocationsCreateLocationResponse",
    "CrmV2LocationsCreateLocationTagResponse",
    "CrmV2LocationsCustomFieldTypeResponse",
    "CrmV2LocationsLocationContact",
    "CrmV2LocationsLocationResponse",
    "CrmV2LocationsUpdateLocationRequest",
    "CrmV2NoteResponse",
    "CrmV2Priority",
    "CrmV2RemoveBulkTagsRequest",
    "CrmV2ReplaceContactRequest",
    "CrmV2SubmitLeadFormRequest",
    "CrmV2SubmitLeadFormResponse",
    "CrmV2UpdateBookingContactRequest",
    "CrmV2UpdateBookingProviderTagRequest",
    "CrmV2UpdateBookingRequest",
    "CrmV2UpdateContactMethodPreferenceRequest",
    "CrmV2UpdateContactMethodRequest",
    "CrmV2UpdateContactRequest",
    "CrmV2UpsertContactMethodRequest",
    "ExportResponseOfCrmV2ExportBookingResponse",
    "ExportResponseOfCrmV2ExportCustomerContactResponse",
    "ExportResponseOfCrmV2ExportCustomerResponse",
    "ExportResponseOfCrmV2ExportLeadsResponse",
    "ExportResponseOfCrmV2ExportLocationContactResponse",
    "ExportResponseOfCrmV2ExportLocationsResponse",
    "GeolocationCoordinatesSource",
    "GeolocationVerificationStatus",
    "PaginatedResponseOfCrmV2BookingContactResponse",
    "PaginatedResponseOfCrmV2BookingResponse",
    "PaginatedResponseOfCrmV2ContactMethodResponse",
    "PaginatedResponseOfCrmV2ContactRelationshipResponse",
    "PaginatedResponseOfCrmV2ContactResponse",
    "PaginatedResponseOfCrmV2CustomersCustomFieldTypeResponse",
    "PaginatedResponseOfCrmV2CustomersCustomerContactWithModifiedOnAndCustomerIdResponse",
    "PaginatedResponseOfCrmV2CustomersCustomerContactWithModifiedOnResponse",
    "PaginatedResponseOfCrmV2CustomersCustomerResponse",
    "PaginatedResponseOfCrmV2GetBookingProviderTagResponse",
    "PaginatedResponseOfCrmV2LeadResponse",
    "PaginatedResponseOfCrmV2LocationContactResponse",
    "PaginatedResponseOfCrmV2LocationsContactResponse",
    "PaginatedResponseOfCrmV2LocationsCustomFieldTypeResponse",
    "PaginatedResponseOfCrmV2LocationsLocationResponse",
    "PaginatedResponseOfCrmV2NoteResponse",
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
