"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .adjustments_get_list_custom_fields_fields import (
        AdjustmentsGetListCustomFieldsFields,
    )
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .export_response_of_inventory_v2_export_adjustments_response import (
        ExportResponseOfInventoryV2ExportAdjustmentsResponse,
    )
    from .export_response_of_inventory_v2_export_purchase_orders_response import (
        ExportResponseOfInventoryV2ExportPurchaseOrdersResponse,
    )
    from .export_response_of_inventory_v2_export_returns_response import (
        ExportResponseOfInventoryV2ExportReturnsResponse,
    )
    from .export_response_of_inventory_v2_export_transfers_response import (
        ExportResponseOfInventoryV2ExportTransfersResponse,
    )
    from .inventory_po_type_alert_settings import InventoryPoTypeAlertSettings
    from .inventory_types_landed_cost_method import InventoryTypesLandedCostMethod
    from .inventory_unit_of_measure_model import InventoryUnitOfMeasureModel
    from .inventory_unit_of_measure_vendor_model import (
        InventoryUnitOfMeasureVendorModel,
    )
    from .inventory_unsafe_purchase_order_delivery_option import (
        InventoryUnsafePurchaseOrderDeliveryOption,
    )
    from .inventory_v2_address_request import InventoryV2AddressRequest
    from .inventory_v2_address_response import InventoryV2AddressResponse
    from .inventory_v2_batch_response import InventoryV2BatchResponse
    from .inventory_v2_cancel_resource_request_of_inventory_v2_purchase_order_cancellation_reason import (
        InventoryV2CancelResourceRequestOfInventoryV2PurchaseOrderCancellationReason,
    )
    from .inventory_v2_cancel_resource_request_of_inventory_v2_receipt_cancellation_reason import (
        InventoryV2CancelResourceRequestOfInventoryV2ReceiptCancellationReason,
    )
    from .inventory_v2_cancel_resource_request_of_inventory_v2_return_cancellation_reason import (
        InventoryV2CancelResourceRequestOfInventoryV2ReturnCancellationReason,
    )
    from .inventory_v2_create_address_request import InventoryV2CreateAddressRequest
    from .inventory_v2_create_inventory_return_item_request import (
        InventoryV2CreateInventoryReturnItemRequest,
    )
    from .inventory_v2_create_inventory_return_request import (
        InventoryV2CreateInventoryReturnRequest,
    )
    from .inventory_v2_create_purchase_order_item_request import (
        InventoryV2CreatePurchaseOrderItemRequest,
    )
    from .inventory_v2_create_purchase_order_request import (
        InventoryV2CreatePurchaseOrderRequest,
    )
    from .inventory_v2_create_purchase_order_type_request import (
        InventoryV2CreatePurchaseOrderTypeRequest,
    )
    from .inventory_v2_create_return_type_request import (
        InventoryV2CreateReturnTypeRequest,
    )
    from .inventory_v2_create_truck_request import InventoryV2CreateTruckRequest
    from .inventory_v2_create_vendor_contact_request import (
        InventoryV2CreateVendorContactRequest,
    )
    from .inventory_v2_create_vendor_request import InventoryV2CreateVendorRequest
    from .inventory_v2_custom_field_data_type import InventoryV2CustomFieldDataType
    from .inventory_v2_custom_field_operation_request import (
        InventoryV2CustomFieldOperationRequest,
    )
    from .inventory_v2_custom_field_request import InventoryV2CustomFieldRequest
    from .inventory_v2_custom_field_response import InventoryV2CustomFieldResponse
    from .inventory_v2_custom_field_type_response import (
        InventoryV2CustomFieldTypeResponse,
    )
    from .inventory_v2_custom_field_update_request import (
        InventoryV2CustomFieldUpdateRequest,
    )
    from .inventory_v2_export_adjustments_response import (
        InventoryV2ExportAdjustmentsResponse,
    )
    from .inventory_v2_export_purchase_orders_response import (
        InventoryV2ExportPurchaseOrdersResponse,
    )
    from .inventory_v2_export_returns_response import InventoryV2ExportReturnsResponse
    from .inventory_v2_export_transfers_response import (
        InventoryV2ExportTransfersResponse,
    )
    from .inventory_v2_external_data_create_request import (
        InventoryV2ExternalDataCreateRequest,
    )
    from .inventory_v2_external_data_model import InventoryV2ExternalDataModel
    from .inventory_v2_external_data_patch_mode import InventoryV2ExternalDataPatchMode
    from .inventory_v2_external_data_update_model import (
        InventoryV2ExternalDataUpdateModel,
    )
    from .inventory_v2_external_data_update_request import (
        InventoryV2ExternalDataUpdateRequest,
    )
    from .inventory_v2_inventory_adjustment_item_response import (
        InventoryV2InventoryAdjustmentItemResponse,
    )
    from .inventory_v2_inventory_adjustment_response import (
        InventoryV2InventoryAdjustmentResponse,
    )
    from .inventory_v2_inventory_reason_transaction_canceled import (
        InventoryV2InventoryReasonTransactionCanceled,
    )
    from .inventory_v2_inventory_receipt_item_response import (
        InventoryV2InventoryReceiptItemResponse,
    )
    from .inventory_v2_inventory_receipt_response import (
        InventoryV2InventoryReceiptResponse,
    )
    from .inventory_v2_inventory_return_item_response import (
        InventoryV2InventoryReturnItemResponse,
    )
    from .inventory_v2_inventory_return_response import (
        InventoryV2InventoryReturnResponse,
    )
    from .inventory_v2_inventory_return_status import InventoryV2InventoryReturnStatus
    from .inventory_v2_inventory_template_item_response import (
        InventoryV2InventoryTemplateItemResponse,
    )
    from .inventory_v2_inventory_template_response import (
        InventoryV2InventoryTemplateResponse,
    )
    from .inventory_v2_inventory_transfer_item_response import (
        InventoryV2InventoryTransferItemResponse,
    )
    from .inventory_v2_inventory_transfer_response import (
        InventoryV2InventoryTransferResponse,
    )
    from .inventory_v2_landed_cost_method import InventoryV2LandedCostMethod
    from .inventory_v2_list_return_types_response import (
        InventoryV2ListReturnTypesResponse,
    )
    from .inventory_v2_logical_operator import InventoryV2LogicalOperator
    from .inventory_v2_markups_create_purchase_order_markup_request import (
        InventoryV2MarkupsCreatePurchaseOrderMarkupRequest,
    )
    from .inventory_v2_markups_purchase_order_markup_response import (
        InventoryV2MarkupsPurchaseOrderMarkupResponse,
    )
    from .inventory_v2_markups_update_purchase_order_markup_request import (
        InventoryV2MarkupsUpdatePurchaseOrderMarkupRequest,
    )
    from .inventory_v2_po_approval_rejection_reason import (
        InventoryV2PoApprovalRejectionReason,
    )
    from .inventory_v2_purchase_order_cancellation_reason import (
        InventoryV2PurchaseOrderCancellationReason,
    )
    from .inventory_v2_purchase_order_item_response import (
        InventoryV2PurchaseOrderItemResponse,
    )
    from .inventory_v2_purchase_order_request_rejection_args import (
        InventoryV2PurchaseOrderRequestRejectionArgs,
    )
    from .inventory_v2_purchase_order_request_response import (
        InventoryV2PurchaseOrderRequestResponse,
    )
    from .inventory_v2_purchase_order_request_status import (
        InventoryV2PurchaseOrderRequestStatus,
    )
    from .inventory_v2_purchase_order_response import InventoryV2PurchaseOrderResponse
    from .inventory_v2_purchase_order_type_response import (
        InventoryV2PurchaseOrderTypeResponse,
    )
    from .inventory_v2_receipt_cancellation_reason import (
        InventoryV2ReceiptCancellationReason,
    )
    from .inventory_v2_receive_purchase_order_item_request import (
        InventoryV2ReceivePurchaseOrderItemRequest,
    )
    from .inventory_v2_receive_purchase_order_request import (
        InventoryV2ReceivePurchaseOrderRequest,
    )
    from .inventory_v2_return_cancellation_reason import (
        InventoryV2ReturnCancellationReason,
    )
    from .inventory_v2_serial_number_response import InventoryV2SerialNumberResponse
    from .inventory_v2_sync_status import InventoryV2SyncStatus
    from .inventory_v2_tag_request import InventoryV2TagRequest
    from .inventory_v2_truck_response import InventoryV2TruckResponse
    from .inventory_v2_update_address_request import InventoryV2UpdateAddressRequest
    from .inventory_v2_update_adjustment_request import (
        InventoryV2UpdateAdjustmentRequest,
    )
    from .inventory_v2_update_purchase_order_item_request import (
        InventoryV2UpdatePurchaseOrderItemRequest,
    )
    from .inventory_v2_update_purchase_order_request import (
        InventoryV2UpdatePurchaseOrderRequest,
    )
    from .inventory_v2_update_purchase_order_type_request import (
        InventoryV2UpdatePurchaseOrderTypeRequest,
    )
    from .inventory_v2_update_return_item_model import InventoryV2UpdateReturnItemModel
    from .inventory_v2_update_return_request import InventoryV2UpdateReturnRequest
    from .inventory_v2_update_return_type_request import (
        InventoryV2UpdateReturnTypeRequest,
    )
    from .inventory_v2_update_transfer_request import InventoryV2UpdateTransferRequest
    from .inventory_v2_update_truck_request import InventoryV2UpdateTruckRequest
    from .inventory_v2_update_vendor_contact_request import (
        InventoryV2UpdateVendorContactRequest,
    )
    from .inventory_v2_update_vendor_request import InventoryV2UpdateVendorRequest
    from .inventory_v2_update_warehouse_request import InventoryV2UpdateWarehouseRequest
    from .inventory_v2_vendor_contact_info_response import (
        InventoryV2VendorContactInfoResponse,
    )
    from .inventory_v2_vendor_response import InventoryV2VendorResponse
    from .inventory_v2_warehouse_response import InventoryV2WarehouseResponse
    from .inventory_v2gl_account_response import InventoryV2GLAccountResponse
    from .modification_response import ModificationResponse
    from .paginated_response_of_inventory_v2_custom_field_type_response import (
        PaginatedResponseOfInventoryV2CustomFieldTypeResponse,
    )
    from .paginated_response_of_inventory_v2_inventory_adjustment_response import (
        PaginatedResponseOfInventoryV2InventoryAdjustmentResponse,
    )
    from .paginated_response_of_inventory_v2_inventory_receipt_response import (
        PaginatedResponseOfInventoryV2InventoryReceiptResponse,
    )
    from .paginated_response_of_inventory_v2_inventory_return_response import (
        PaginatedResponseOfInventoryV2InventoryReturnResponse,
    )
    from .paginated_response_of_inventory_v2_inventory_template_response import (
        PaginatedResponseOfInventoryV2InventoryTemplateResponse,
    )
    from .paginated_response_of_inventory_v2_inventory_transfer_response import (
        PaginatedResponseOfInventoryV2InventoryTransferResponse,
    )
    from .paginated_response_of_inventory_v2_list_return_types_response import (
        PaginatedResponseOfInventoryV2ListReturnTypesResponse,
    )
    from .paginated_response_of_inventory_v2_markups_purchase_order_markup_response import (
        PaginatedResponseOfInventoryV2MarkupsPurchaseOrderMarkupResponse,
    )
    from .paginated_response_of_inventory_v2_purchase_order_request_response import (
        PaginatedResponseOfInventoryV2PurchaseOrderRequestResponse,
    )
    from .paginated_response_of_inventory_v2_purchase_order_response import (
        PaginatedResponseOfInventoryV2PurchaseOrderResponse,
    )
    from .paginated_response_of_inventory_v2_purchase_order_type_response import (
        PaginatedResponseOfInventoryV2PurchaseOrderTypeResponse,
    )
    from .paginated_response_of_inventory_v2_truck_response import (
        PaginatedResponseOfInventoryV2TruckResponse,
    )
    from .paginated_response_of_inventory_v2_vendor_response import (
        PaginatedResponseOfInventoryV2VendorResponse,
    )
    from .paginated_response_of_inventory_v2_warehouse_response import (
        PaginatedResponseOfInventoryV2WarehouseResponse,
    )
    from .pricebook_types_sku_type import PricebookTypesSkuType
    from .receipts_get_list_custom_fields_fields import (
        ReceiptsGetListCustomFieldsFields,
    )
    from .returns_get_list_custom_fields_fields import ReturnsGetListCustomFieldsFields
    from .transfers_get_list_custom_fields_fields import (
        TransfersGetListCustomFieldsFields,
    )
    from .vendors_get_list_custom_field_fields import VendorsGetListCustomFieldFields

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "AdjustmentsGetListCustomFieldsFields": ".adjustments_get_list_custom_fields_fields",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "ExportResponseOfInventoryV2ExportAdjustmentsResponse": ".export_response_of_inventory_v2_export_adjustments_response",
    "ExportResponseOfInventoryV2ExportPurchaseOrdersResponse": ".export_response_of_inventory_v2_export_purchase_orders_response",
    "ExportResponseOfInventoryV2ExportReturnsResponse": ".export_response_of_inventory_v2_export_returns_response",
    "ExportResponseOfInventoryV2ExportTransfersResponse": ".export_response_of_inventory_v2_export_transfers_response",
    "InventoryPoTypeAlertSettings": ".inventory_po_type_alert_settings",
    "InventoryTypesLandedCostMethod": ".inventory_types_landed_cost_method",
    "InventoryUnitOfMeasureModel": ".inventory_unit_of_measure_model",
    "InventoryUnitOfMeasureVendorModel": ".inventory_unit_of_measure_vendor_model",
    "InventoryUnsafePurchaseOrderDeliveryOption": ".inventory_unsafe_purchase_order_delivery_option",
    "InventoryV2AddressRequest": ".inventory_v2_address_request",
    "InventoryV2AddressResponse": ".inventory_v2_address_response",
    "InventoryV2BatchResponse": ".inventory_v2_batch_response",
    "InventoryV2CancelResourceRequestOfInventoryV2PurchaseOrderCancellationReason": ".inventory_v2_cancel_resource_request_of_inventory_v2_purchase_order_cancellation_reason",
    "InventoryV2CancelResourceRequestOfInventoryV2ReceiptCancellationReason": ".inventory_v2_cancel_resource_request_of_inventory_v2_receipt_cancellation_reason",
    "InventoryV2CancelResourceRequestOfInventoryV2ReturnCancellationReason": ".inventory_v2_cancel_resource_request_of_inventory_v2_return_cancellation_reason",
    "InventoryV2CreateAddressRequest": ".inventory_v2_create_address_request",
    "InventoryV2CreateInventoryReturnItemRequest": ".inventory_v2_create_inventory_return_item_request",
    "InventoryV2CreateInventoryReturnRequest": ".inventory_v2_create_inventory_return_request",
    "InventoryV2CreatePurchaseOrderItemRequest": ".inventory_v2_create_purchase_order_item_request",
    "InventoryV2CreatePurchaseOrderRequest": ".inventory_v2_create_purchase_order_request",
    "InventoryV2CreatePurchaseOrderTypeRequest": ".inventory_v2_create_purchase_order_type_request",
    "InventoryV2CreateReturnTypeRequest": ".inventory_v2_create_return_type_request",
    "InventoryV2CreateTruckRequest": ".inventory_v2_create_truck_request",
    "InventoryV2CreateVendorContactRequest": ".inventory_v2_create_vendor_contact_request",
    "InventoryV2CreateVendorRequest": ".inventory_v2_create_vendor_request",
    "InventoryV2CustomFieldDataType": ".inventory_v2_custom_field_data_type",
    "InventoryV2CustomFieldOperationRequest": ".inventory_v2_custom_field_operation_request",
    "InventoryV2CustomFieldRequest": ".inventory_v2_custom_field_request",
    "InventoryV2CustomFieldResponse": ".inventory_v2_custom_field_response",
    "InventoryV2CustomFieldTypeResponse": ".inventory_v2_custom_field_type_response",
    "InventoryV2CustomFieldUpdateRequest": ".inventory_v2_custom_field_update_request",
    "InventoryV2ExportAdjustmentsResponse": ".inventory_v2_export_adjustments_response",
    "InventoryV2ExportPurchaseOrdersResponse": ".inventory_v2_export_purchase_orders_response",
    "InventoryV2ExportReturnsResponse": ".inventory_v2_export_returns_response",
    "InventoryV2ExportTransfersResponse": ".inventory_v2_export_transfers_response",
    "InventoryV2ExternalDataCreateRequest": ".inventory_v2_external_data_create_request",
    "InventoryV2ExternalDataModel": ".inventory_v2_external_data_model",
    "InventoryV2ExternalDataPatchMode": ".inventory_v2_external_data_patch_mode",
    "InventoryV2ExternalDataUpdateModel": ".inventory_v2_external_data_update_model",
    "InventoryV2ExternalDataUpdateRequest": ".inventory_v2_external_data_update_request",
    "InventoryV2InventoryAdjustmentItemResponse": ".inventory_v2_inventory_adjustment_item_response",
    "InventoryV2InventoryAdjustmentResponse": ".inventory_v2_inventory_adjustment_response",
    "InventoryV2InventoryReasonTransactionCanceled": ".inventory_v2_inventory_reason_transaction_canceled",
    "InventoryV2InventoryReceiptItemResponse": ".inventory_v2_inventory_receipt_item_response",
    "InventoryV2InventoryReceiptResponse": ".inventory_v2_inventory_receipt_response",
    "InventoryV2InventoryReturnItemResponse": ".inventory_v2_inventory_return_item_response",
    "InventoryV2InventoryReturnResponse": ".inventory_v2_inventory_return_response",
    "InventoryV2InventoryReturnStatus": ".inventory_v2_inventory_return_status",
    "InventoryV2InventoryTemplateItemResponse": ".inventory_v2_inventory_template_item_response",
    "InventoryV2InventoryTemplateResponse": ".inventory_v2_inventory_template_response",
    "InventoryV2InventoryTransferItemResponse": ".inventory_v2_inventory_transfer_item_response",
    "InventoryV2InventoryTransferResponse": ".inventory_v2_inventory_transfer_response",
    "InventoryV2LandedCostMethod": ".inventory_v2_landed_cost_method",
    "InventoryV2ListReturnTypesResponse": ".inventory_v2_list_return_types_response",
    "InventoryV2LogicalOperator": ".inventory_v2_logical_operator",
    "InventoryV2MarkupsCreatePurchaseOrderMarkupRequest": ".inventory_v2_markups_create_purchase_order_markup_request",
    "InventoryV2MarkupsPurchaseOrderMarkupResponse": ".inventory_v2_markups_purchase_order_markup_response",
    "InventoryV2MarkupsUpdatePurchaseOrderMarkupRequest": ".inventory_v2_markups_update_purchase_order_markup_request",
    "InventoryV2PoApprovalRejectionReason": ".inventory_v2_po_approval_rejection_reason",
    "InventoryV2PurchaseOrderCancellationReason": ".inventory_v2_purchase_order_cancellation_reason",
    "InventoryV2PurchaseOrderItemResponse": ".inventory_v2_purchase_order_item_response",
    "InventoryV2PurchaseOrderRequestRejectionArgs": ".inventory_v2_purchase_order_request_rejection_args",
    "InventoryV2PurchaseOrderRequestResponse": ".inventory_v2_purchase_order_request_response",
    "InventoryV2PurchaseOrderRequestStatus": ".inventory_v2_purchase_order_request_status",
    "InventoryV2PurchaseOrderResponse": ".inventory_v2_purchase_order_response",
    "InventoryV2PurchaseOrderTypeResponse": ".inventory_v2_purchase_order_type_response",
    "InventoryV2ReceiptCancellationReason": ".inventory_v2_receipt_cancellation_reason",
    "InventoryV2ReceivePurchaseOrderItemRequest": ".inventory_v2_receive_purchase_order_item_request",
    "InventoryV2ReceivePurchaseOrderRequest": ".inventory_v2_receive_purchase_order_request",
    "InventoryV2ReturnCancellationReason": ".inventory_v2_return_cancellation_reason",
    "InventoryV2SerialNumberResponse": ".inventory_v2_serial_number_response",
    "InventoryV2SyncStatus": ".inventory_v2_sync_status",
    "InventoryV2TagRequest": ".inventory_v2_tag_request",
    "InventoryV2TruckResponse": ".inventory_v2_truck_response",
    "InventoryV2UpdateAddressRequest": ".inventory_v2_update_address_request",
    "InventoryV2UpdateAdjustmentRequest": ".inventory_v2_update_adjustment_request",
    "InventoryV2UpdatePurchaseOrderItemRequest": ".inventory_v2_update_purchase_order_item_request",
    "InventoryV2UpdatePurchaseOrderRequest": ".inventory_v2_update_purchase_order_request",
    "InventoryV2UpdatePurchaseOrderTypeRequest": ".inventory_v2_update_purchase_order_type_request",
    "InventoryV2UpdateReturnItemModel": ".inventory_v2_update_return_item_model",
    "InventoryV2UpdateReturnRequest": ".inventory_v2_update_return_request",
    "InventoryV2UpdateReturnTypeRequest": ".inventory_v2_update_return_type_request",
    "InventoryV2UpdateTransferRequest": ".inventory_v2_update_transfer_request",
    "InventoryV2UpdateTruckRequest": ".inventory_v2_update_truck_request",
    "InventoryV2UpdateVendorContactRequest": ".inventory_v2_update_vendor_contact_request",
    "InventoryV2UpdateVendorRequest": ".inventory_v2_update_vendor_request",
    "InventoryV2UpdateWarehouseRequest": ".inventory_v2_update_warehouse_request",
    "InventoryV2VendorContactInfoResponse": ".inventory_v2_vendor_contact_info_response",
    "InventoryV2VendorResponse": ".inventory_v2_vendor_response",
    "InventoryV2WarehouseResponse": ".inventory_v2_warehouse_response",
    "InventoryV2GLAccountResponse": ".inventory_v2gl_account_response",
    "ModificationResponse": ".modification_response",
    "PaginatedResponseOfInventoryV2CustomFieldTypeResponse": ".paginated_response_of_inventory_v2_custom_field_type_response",
    "PaginatedResponseOfInventoryV2InventoryAdjustmentResponse": ".paginated_response_of_inventory_v2_inventory_adjustment_response",
    "PaginatedResponseOfInventoryV2InventoryReceiptResponse": ".paginated_response_of_inventory_v2_inventory_receipt_response",
    "PaginatedResponseOfInventoryV2InventoryReturnResponse": ".paginated_response_of_inventory_v2_inventory_return_response",
    "PaginatedResponseOfInventoryV2InventoryTemplateResponse": ".paginated_response_of_inventory_v2_inventory_template_response",
    "PaginatedResponseOfInventoryV2InventoryTransferResponse": ".paginated_response_of_inventory_v2_inventory_transfer_response",
    "PaginatedResponseOfInventoryV2ListReturnTypesResponse": ".paginated_response_of_inventory_v2_list_return_types_response",
    "PaginatedResponseOfInventoryV2MarkupsPurchaseOrderMarkupResponse": ".paginated_response_of_inventory_v2_markups_purchase_order_markup_response",
    "PaginatedResponseOfInventoryV2PurchaseOrderRequestResponse": ".paginated_response_of_inventory_v2_purchase_order_request_response",
    "PaginatedResponseOfInventoryV2PurchaseOrderResponse": ".paginated_response_of_inventory_v2_purchase_order_response",
    "PaginatedResponseOfInventoryV2PurchaseOrderTypeResponse": ".paginated_response_of_inventory_v2_purchase_order_type_response",
    "PaginatedResponseOfInventoryV2TruckResponse": ".paginated_response_of_inventory_v2_truck_response",
    "PaginatedResponseOfInventoryV2VendorResponse": ".paginated_response_of_inventory_v2_vendor_response",
    "PaginatedResponseOfInventoryV2WarehouseResponse": ".paginated_response_of_inventory_v2_warehouse_response",
    "PricebookTypesSkuType": ".pricebook_types_sku_type",
    "ReceiptsGetListCustomFieldsFields": ".receipts_get_list_custom_fields_fields",
    "ReturnsGetListCustomFieldsFields": ".returns_get_list_custom_fields_fields",
    "TransfersGetListCustomFieldsFields": ".transfers_get_list_custom_fields_fields",
    "VendorsGetListCustomFieldFields": ".vendors_get_list_custom_field_fields",
}

__all__ = (
    "ActiveRequestArg",
    "AdjustmentsGetListCustomFieldsFields",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "ExportResponseOfInventoryV2ExportAdjustmentsResponse",
    "ExportResponseOfInventoryV2ExportPurchaseOrdersResponse",
    "ExportResponseOfInventoryV2ExportReturnsResponse",
    "ExportResponseOfInventoryV2ExportTransfersResponse",
    "InventoryPoTypeAlertSettings",
    "InventoryTypesLandedCostMethod",
    "InventoryUnitOfMeasureModel",
    "InventoryUnitOfMeasureVendorModel",
    "InventoryUnsafePurchaseOrderDeliveryOption",
    "InventoryV2AddressRequest",
    "InventoryV2AddressResponse",
    "InventoryV2BatchResponse",
    "InventoryV2CancelResourceRequestOfInventoryV2PurchaseOrderCancellationReason",
    "InventoryV2CancelResourceRequestOfInventoryV2ReceiptCancellationReason",
    "InventoryV2CancelResourceRequestOfInventoryV2ReturnCancellationReason",
    "InventoryV2CreateAddressRequest",
    "InventoryV2CreateInventoryReturnItemRequest",
    "InventoryV2CreateInventoryReturnRequest",
    "InventoryV2CreatePurchaseOrderItemRequest",
    "InventoryV2CreatePurchaseOrderRequest",
    "InventoryV2CreatePurchaseOrderTypeRequest",
    "InventoryV2CreateReturnTypeRequest",
    "InventoryV2CreateTruckRequest",
    "InventoryV2CreateVendorContactRequest",
    "InventoryV2CreateVendorRequest",
    "InventoryV2CustomFieldDataType",
    "InventoryV2CustomFieldOperationRequest",
    "InventoryV2CustomFieldRequest",
    "InventoryV2CustomFieldResponse",
    "InventoryV2CustomFieldTypeResponse",
    "InventoryV2CustomFieldUpdateRequest",
    "InventoryV2ExportAdjustmentsResponse",
    "InventoryV2ExportPurchaseOrdersResponse",
    "InventoryV2ExportReturnsResponse",
    "InventoryV2ExportTransfersResponse",
    "InventoryV2ExternalDataCreateRequest",
    "InventoryV2ExternalDataModel",
    "InventoryV2ExternalDataPatchMode",
    "InventoryV2ExternalDataUpdateModel",
    "InventoryV2ExternalDataUpdateRequest",
    "InventoryV2GLAccountResponse",
    "InventoryV2InventoryAdjustmentItemResponse",
    "InventoryV2InventoryAdjustmentResponse",
    "InventoryV2InventoryReasonTransactionCanceled",
    "InventoryV2InventoryReceiptItemResponse",
    "InventoryV2InventoryReceiptResponse",
    "InventoryV2InventoryReturnItemResponse",
    "InventoryV2InventoryReturnResponse",
    "InventoryV2InventoryReturnStatus",
    "InventoryV2InventoryTemplateItemResponse",
    "InventoryV2InventoryTemplateResponse",
    "InventoryV2InventoryTransferItemResponse",
    "InventoryV2InventoryTransferResponse",
    "InventoryV2LandedCostMethod",
    "InventoryV2ListReturnTypesResponse",
    "InventoryV2LogicalOperator",
    "InventoryV2MarkupsCreatePurchaseOrderMarkupRequest",
    "InventoryV2MarkupsPurchaseOrderMarkupResponse",
    "InventoryV2MarkupsUpdatePurchaseOrderMarkupRequest",
    "InventoryV2PoApprovalRejectionReason",
    "InventoryV2PurchaseOrderCancellationReason",
    "InventoryV2PurchaseOrderItemResponse",
    "InventoryV2PurchaseOrderRequestRejectionArgs",
    "InventoryV2PurchaseOrderRequestResponse",
    "InventoryV2PurchaseOrderRequestStatus",
    "InventoryV2PurchaseOrderResponse",
    "InventoryV2PurchaseOrderTypeResponse",
    "InventoryV2ReceiptCancellationReason",
    "InventoryV2ReceivePurchaseOrderItemRequest",
    "InventoryV2ReceivePurchaseOrderRequest",
    "InventoryV2ReturnCancellationReason",
    "InventoryV2SerialNumberResponse",
    "InventoryV2SyncStatus",
    "InventoryV2TagRequest",
    "InventoryV2TruckResponse",
    "InventoryV2UpdateAddressRequest",
    "InventoryV2UpdateAdjustmentRequest",
    "InventoryV2UpdatePurchaseOrderItemRequest",
    "InventoryV2UpdatePurchaseOrderRequest",
    "InventoryV2UpdatePurchaseOrderTypeRequest",
    "InventoryV2UpdateReturnItemModel",
    "InventoryV2UpdateReturnRequest",
    "InventoryV2UpdateReturnTypeRequest",
    "InventoryV2UpdateTransferRequest",
    "InventoryV2UpdateTruckRequest",
    "InventoryV2UpdateVendorContactRequest",
    "InventoryV2UpdateVendorRequest",
    "InventoryV2UpdateWarehouseRequest",
    "InventoryV2VendorContactInfoResponse",
    "InventoryV2VendorResponse",
    "InventoryV2WarehouseResponse",
    "ModificationResponse",
    "PaginatedResponseOfInventoryV2CustomFieldTypeResponse",
    "PaginatedResponseOfInventoryV2InventoryAdjustmentResponse",
    "PaginatedResponseOfInventoryV2InventoryReceiptResponse",
    "PaginatedResponseOfInventoryV2InventoryReturnResponse",
    "PaginatedResponseOfInventoryV2InventoryTemplateResponse",
    "PaginatedResponseOfInventoryV2InventoryTransferResponse",
    "PaginatedResponseOfInventoryV2ListReturnTypesResponse",
    "PaginatedResponseOfInventoryV2MarkupsPurchaseOrderMarkupResponse",
    "PaginatedResponseOfInventoryV2PurchaseOrderRequestResponse",
    "PaginatedResponseOfInventoryV2PurchaseOrderResponse",
    "PaginatedResponseOfInventoryV2PurchaseOrderTypeResponse",
    "PaginatedResponseOfInventoryV2TruckResponse",
    "PaginatedResponseOfInventoryV2VendorResponse",
    "PaginatedResponseOfInventoryV2WarehouseResponse",
    "PricebookTypesSkuType",
    "ReceiptsGetListCustomFieldsFields",
    "ReturnsGetListCustomFieldsFields",
    "TransfersGetListCustomFieldsFields",
    "VendorsGetListCustomFieldFields",
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
