"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .collection_result_of_pricebook_v2_materials_markup_response import (
        CollectionResultOfPricebookV2MaterialsMarkupResponse,
    )
    from .estimates_v2_client_specific_pricing_exception_request import (
        EstimatesV2ClientSpecificPricingExceptionRequest,
    )
    from .estimates_v2_client_specific_pricing_exception_response import (
        EstimatesV2ClientSpecificPricingExceptionResponse,
    )
    from .estimates_v2_client_specific_pricing_response import (
        EstimatesV2ClientSpecificPricingResponse,
    )
    from .estimates_v2_update_client_specific_pricing_exception_response import (
        EstimatesV2UpdateClientSpecificPricingExceptionResponse,
    )
    from .estimates_v2_update_client_specific_pricing_request import (
        EstimatesV2UpdateClientSpecificPricingRequest,
    )
    from .estimates_v2_update_client_specific_pricing_response import (
        EstimatesV2UpdateClientSpecificPricingResponse,
    )
    from .export_response_of_pricebook_v2_export_category_response import (
        ExportResponseOfPricebookV2ExportCategoryResponse,
    )
    from .export_response_of_pricebook_v2_export_equipment_response import (
        ExportResponseOfPricebookV2ExportEquipmentResponse,
    )
    from .export_response_of_pricebook_v2_export_material_response import (
        ExportResponseOfPricebookV2ExportMaterialResponse,
    )
    from .export_response_of_pricebook_v2_export_service_response import (
        ExportResponseOfPricebookV2ExportServiceResponse,
    )
    from .images_post_body import ImagesPostBody
    from .paginated_response_of_estimates_v2_client_specific_pricing_response import (
        PaginatedResponseOfEstimatesV2ClientSpecificPricingResponse,
    )
    from .paginated_response_of_pricebook_v2_category_response import (
        PaginatedResponseOfPricebookV2CategoryResponse,
    )
    from .paginated_response_of_pricebook_v2_cost_type_response import (
        PaginatedResponseOfPricebookV2CostTypeResponse,
    )
    from .paginated_response_of_pricebook_v2_discount_and_fees_response import (
        PaginatedResponseOfPricebookV2DiscountAndFeesResponse,
    )
    from .paginated_response_of_pricebook_v2_equipment_response import (
        PaginatedResponseOfPricebookV2EquipmentResponse,
    )
    from .paginated_response_of_pricebook_v2_material_response import (
        PaginatedResponseOfPricebookV2MaterialResponse,
    )
    from .paginated_response_of_pricebook_v2_service_get_response import (
        PaginatedResponseOfPricebookV2ServiceGetResponse,
    )
    from .pricebook_types_sku_type import PricebookTypesSkuType
    from .pricebook_v2_category_create_request import PricebookV2CategoryCreateRequest
    from .pricebook_v2_category_response import PricebookV2CategoryResponse
    from .pricebook_v2_category_type import PricebookV2CategoryType
    from .pricebook_v2_category_update_request import PricebookV2CategoryUpdateRequest
    from .pricebook_v2_cost_type_response import PricebookV2CostTypeResponse
    from .pricebook_v2_custom_id_mapping_model import PricebookV2CustomIdMappingModel
    from .pricebook_v2_dimensions_request import PricebookV2DimensionsRequest
    from .pricebook_v2_dimensions_response import PricebookV2DimensionsResponse
    from .pricebook_v2_discount_and_fees_bulk_create_request import (
        PricebookV2DiscountAndFeesBulkCreateRequest,
    )
    from .pricebook_v2_discount_and_fees_bulk_update_request import (
        PricebookV2DiscountAndFeesBulkUpdateRequest,
    )
    from .pricebook_v2_discount_and_fees_create_request import (
        PricebookV2DiscountAndFeesCreateRequest,
    )
    from .pricebook_v2_discount_and_fees_response import (
        PricebookV2DiscountAndFeesResponse,
    )
    from .pricebook_v2_discount_and_fees_update_request import (
        PricebookV2DiscountAndFeesUpdateRequest,
    )
    from .pricebook_v2_equipment_bulk_create_request import (
        PricebookV2EquipmentBulkCreateRequest,
    )
    from .pricebook_v2_equipment_bulk_update_request import (
        PricebookV2EquipmentBulkUpdateRequest,
    )
    from .pricebook_v2_equipment_create_request import PricebookV2EquipmentCreateRequest
    from .pricebook_v2_equipment_recommendation_bulk_create_request import (
        PricebookV2EquipmentRecommendationBulkCreateRequest,
    )
    from .pricebook_v2_equipment_recommendation_request import (
        PricebookV2EquipmentRecommendationRequest,
    )
    from .pricebook_v2_equipment_recommendation_response import (
        PricebookV2EquipmentRecommendationResponse,
    )
    from .pricebook_v2_equipment_recommendation_type import (
        PricebookV2EquipmentRecommendationType,
    )
    from .pricebook_v2_equipment_response import PricebookV2EquipmentResponse
    from .pricebook_v2_equipment_update_request import PricebookV2EquipmentUpdateRequest
    from .pricebook_v2_export_category_response import PricebookV2ExportCategoryResponse
    from .pricebook_v2_export_equipment_response import (
        PricebookV2ExportEquipmentResponse,
    )
    from .pricebook_v2_export_material_response import PricebookV2ExportMaterialResponse
    from .pricebook_v2_export_service_response import PricebookV2ExportServiceResponse
    from .pricebook_v2_external_data_create_request import (
        PricebookV2ExternalDataCreateRequest,
    )
    from .pricebook_v2_external_data_model import PricebookV2ExternalDataModel
    from .pricebook_v2_external_data_patch_mode import PricebookV2ExternalDataPatchMode
    from .pricebook_v2_external_data_update_model import (
        PricebookV2ExternalDataUpdateModel,
    )
    from .pricebook_v2_external_data_update_request import (
        PricebookV2ExternalDataUpdateRequest,
    )
    from .pricebook_v2_image_upload_response import PricebookV2ImageUploadResponse
    from .pricebook_v2_material_bulk_create_request import (
        PricebookV2MaterialBulkCreateRequest,
    )
    from .pricebook_v2_material_bulk_update_request import (
        PricebookV2MaterialBulkUpdateRequest,
    )
    from .pricebook_v2_material_create_request import PricebookV2MaterialCreateRequest
    from .pricebook_v2_material_response import PricebookV2MaterialResponse
    from .pricebook_v2_material_update_request import PricebookV2MaterialUpdateRequest
    from .pricebook_v2_materials_markup_request import PricebookV2MaterialsMarkupRequest
    from .pricebook_v2_materials_markup_response import (
        PricebookV2MaterialsMarkupResponse,
    )
    from .pricebook_v2_price_modifier_amount_type import (
        PricebookV2PriceModifierAmountType,
    )
    from .pricebook_v2_price_modifier_type import PricebookV2PriceModifierType
    from .pricebook_v2_pricebook_bulk_create_request import (
        PricebookV2PricebookBulkCreateRequest,
    )
    from .pricebook_v2_pricebook_bulk_create_response import (
        PricebookV2PricebookBulkCreateResponse,
    )
    from .pricebook_v2_pricebook_bulk_update_request import (
        PricebookV2PricebookBulkUpdateRequest,
    )
    from .pricebook_v2_service_bulk_create_request import (
        PricebookV2ServiceBulkCreateRequest,
    )
    from .pricebook_v2_service_bulk_update_request import (
        PricebookV2ServiceBulkUpdateRequest,
    )
    from .pricebook_v2_service_create_request import PricebookV2ServiceCreateRequest
    from .pricebook_v2_service_get_response import PricebookV2ServiceGetResponse
    from .pricebook_v2_service_recommendation_bulk_create_request import (
        PricebookV2ServiceRecommendationBulkCreateRequest,
    )
    from .pricebook_v2_service_response import PricebookV2ServiceResponse
    from .pricebook_v2_service_update_request import PricebookV2ServiceUpdateRequest
    from .pricebook_v2_sku_asset_request import PricebookV2SkuAssetRequest
    from .pricebook_v2_sku_asset_response import PricebookV2SkuAssetResponse
    from .pricebook_v2_sku_asset_type import PricebookV2SkuAssetType
    from .pricebook_v2_sku_category_response import PricebookV2SkuCategoryResponse
    from .pricebook_v2_sku_link_bulk_create_request import (
        PricebookV2SkuLinkBulkCreateRequest,
    )
    from .pricebook_v2_sku_link_request import PricebookV2SkuLinkRequest
    from .pricebook_v2_sku_link_response import PricebookV2SkuLinkResponse
    from .pricebook_v2_sku_upgrade_bulk_create_request import (
        PricebookV2SkuUpgradeBulkCreateRequest,
    )
    from .pricebook_v2_sku_vendor_request import PricebookV2SkuVendorRequest
    from .pricebook_v2_sku_vendor_response import PricebookV2SkuVendorResponse
    from .pricebook_v2_sku_vendor_sub_account_request import (
        PricebookV2SkuVendorSubAccountRequest,
    )
    from .pricebook_v2_sku_vendor_sub_account_response import (
        PricebookV2SkuVendorSubAccountResponse,
    )
    from .pricebook_v2_sku_warranty_request import PricebookV2SkuWarrantyRequest
    from .pricebook_v2_sku_warranty_response import PricebookV2SkuWarrantyResponse
    from .pricing_rate_sheets_services_markup_type import (
        PricingRateSheetsServicesMarkupType,
    )
    from .result_of_pricebook_v2_materials_markup_response import (
        ResultOfPricebookV2MaterialsMarkupResponse,
    )

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "CollectionResultOfPricebookV2MaterialsMarkupResponse": ".collection_result_of_pricebook_v2_materials_markup_response",
    "EstimatesV2ClientSpecificPricingExceptionRequest": ".estimates_v2_client_specific_pricing_exception_request",
    "EstimatesV2ClientSpecificPricingExceptionResponse": ".estimates_v2_client_specific_pricing_exception_response",
    "EstimatesV2ClientSpecificPricingResponse": ".estimates_v2_client_specific_pricing_response",
    "EstimatesV2UpdateClientSpecificPricingExceptionResponse": ".estimates_v2_update_client_specific_pricing_exception_response",
    "EstimatesV2UpdateClientSpecificPricingRequest": ".estimates_v2_update_client_specific_pricing_request",
    "EstimatesV2UpdateClientSpecificPricingResponse": ".estimates_v2_update_client_specific_pricing_response",
    "ExportResponseOfPricebookV2ExportCategoryResponse": ".export_response_of_pricebook_v2_export_category_response",
    "ExportResponseOfPricebookV2ExportEquipmentResponse": ".export_response_of_pricebook_v2_export_equipment_response",
    "ExportResponseOfPricebookV2ExportMaterialResponse": ".export_response_of_pricebook_v2_export_material_response",
    "ExportResponseOfPricebookV2ExportServiceResponse": ".export_response_of_pricebook_v2_export_service_response",
    "ImagesPostBody": ".images_post_body",
    "PaginatedResponseOfEstimatesV2ClientSpecificPricingResponse": ".paginated_response_of_estimates_v2_client_specific_pricing_response",
    "PaginatedResponseOfPricebookV2CategoryResponse": ".paginated_response_of_pricebook_v2_category_response",
    "PaginatedResponseOfPricebookV2CostTypeResponse": ".paginated_response_of_pricebook_v2_cost_type_response",
    "PaginatedResponseOfPricebookV2DiscountAndFeesResponse": ".paginated_response_of_pricebook_v2_discount_and_fees_response",
    "PaginatedResponseOfPricebookV2EquipmentResponse": ".paginated_response_of_pricebook_v2_equipment_response",
    "PaginatedResponseOfPricebookV2MaterialResponse": ".paginated_response_of_pricebook_v2_material_response",
    "PaginatedResponseOfPricebookV2ServiceGetResponse": ".paginated_response_of_pricebook_v2_service_get_response",
    "PricebookTypesSkuType": ".pricebook_types_sku_type",
    "PricebookV2CategoryCreateRequest": ".pricebook_v2_category_create_request",
    "PricebookV2CategoryResponse": ".pricebook_v2_category_response",
    "PricebookV2CategoryType": ".pricebook_v2_category_type",
    "PricebookV2CategoryUpdateRequest": ".pricebook_v2_category_update_request",
    "PricebookV2CostTypeResponse": ".pricebook_v2_cost_type_response",
    "PricebookV2CustomIdMappingModel": ".pricebook_v2_custom_id_mapping_model",
    "PricebookV2DimensionsRequest": ".pricebook_v2_dimensions_request",
    "PricebookV2DimensionsResponse": ".pricebook_v2_dimensions_response",
    "PricebookV2DiscountAndFeesBulkCreateRequest": ".pricebook_v2_discount_and_fees_bulk_create_request",
    "PricebookV2DiscountAndFeesBulkUpdateRequest": ".pricebook_v2_discount_and_fees_bulk_update_request",
    "PricebookV2DiscountAndFeesCreateRequest": ".pricebook_v2_discount_and_fees_create_request",
    "PricebookV2DiscountAndFeesResponse": ".pricebook_v2_discount_and_fees_response",
    "PricebookV2DiscountAndFeesUpdateRequest": ".pricebook_v2_discount_and_fees_update_request",
    "PricebookV2EquipmentBulkCreateRequest": ".pricebook_v2_equipment_bulk_create_request",
    "PricebookV2EquipmentBulkUpdateRequest": ".pricebook_v2_equipment_bulk_update_request",
    "PricebookV2EquipmentCreateRequest": ".pricebook_v2_equipment_create_request",
    "PricebookV2EquipmentRecommendationBulkCreateRequest": ".pricebook_v2_equipment_recommendation_bulk_create_request",
    "PricebookV2EquipmentRecommendationRequest": ".pricebook_v2_equipment_recommendation_request",
    "PricebookV2EquipmentRecommendationResponse": ".pricebook_v2_equipment_recommendation_response",
    "PricebookV2EquipmentRecommendationType": ".pricebook_v2_equipment_recommendation_type",
    "PricebookV2EquipmentResponse": ".pricebook_v2_equipment_response",
    "PricebookV2EquipmentUpdateRequest": ".pricebook_v2_equipment_update_request",
    "PricebookV2ExportCategoryResponse": ".pricebook_v2_export_category_response",
    "PricebookV2ExportEquipmentResponse": ".pricebook_v2_export_equipment_response",
    "PricebookV2ExportMaterialResponse": ".pricebook_v2_export_material_response",
    "PricebookV2ExportServiceResponse": ".pricebook_v2_export_service_response",
    "PricebookV2ExternalDataCreateRequest": ".pricebook_v2_external_data_create_request",
    "PricebookV2ExternalDataModel": ".pricebook_v2_external_data_model",
    "PricebookV2ExternalDataPatchMode": ".pricebook_v2_external_data_patch_mode",
    "PricebookV2ExternalDataUpdateModel": ".pricebook_v2_external_data_update_model",
    "PricebookV2ExternalDataUpdateRequest": ".pricebook_v2_external_data_update_request",
    "PricebookV2ImageUploadResponse": ".pricebook_v2_image_upload_response",
    "PricebookV2MaterialBulkCreateRequest": ".pricebook_v2_material_bulk_create_request",
    "PricebookV2MaterialBulkUpdateRequest": ".pricebook_v2_material_bulk_update_request",
    "PricebookV2MaterialCreateRequest": ".pricebook_v2_material_create_request",
    "PricebookV2MaterialResponse": ".pricebook_v2_material_response",
    "PricebookV2MaterialUpdateRequest": ".pricebook_v2_material_update_request",
    "PricebookV2MaterialsMarkupRequest": ".pricebook_v2_materials_markup_request",
    "PricebookV2MaterialsMarkupResponse": ".pricebook_v2_materials_markup_response",
    "PricebookV2PriceModifierAmountType": ".pricebook_v2_price_modifier_amount_type",
    "PricebookV2PriceModifierType": ".pricebook_v2_price_modifier_type",
    "PricebookV2PricebookBulkCreateRequest": ".pricebook_v2_pricebook_bulk_create_request",
    "PricebookV2PricebookBulkCreateResponse": ".pricebook_v2_pricebook_bulk_create_response",
    "PricebookV2PricebookBulkUpdateRequest": ".pricebook_v2_pricebook_bulk_update_request",
    "PricebookV2ServiceBulkCreateRequest": ".pricebook_v2_service_bulk_create_request",
    "PricebookV2ServiceBulkUpdateRequest": ".pricebook_v2_service_bulk_update_request",
    "PricebookV2ServiceCreateRequest": ".pricebook_v2_service_create_request",
    "PricebookV2ServiceGetResponse": ".pricebook_v2_service_get_response",
    "PricebookV2ServiceRecommendationBulkCreateRequest": ".pricebook_v2_service_recommendation_bulk_create_request",
    "PricebookV2ServiceResponse": ".pricebook_v2_service_response",
    "PricebookV2ServiceUpdateRequest": ".pricebook_v2_service_update_request",
    "PricebookV2SkuAssetRequest": ".pricebook_v2_sku_asset_request",
    "PricebookV2SkuAssetResponse": ".pricebook_v2_sku_asset_response",
    "PricebookV2SkuAssetType": ".pricebook_v2_sku_asset_type",
    "PricebookV2SkuCategoryResponse": ".pricebook_v2_sku_category_response",
    "PricebookV2SkuLinkBulkCreateRequest": ".pricebook_v2_sku_link_bulk_create_request",
    "PricebookV2SkuLinkRequest": ".pricebook_v2_sku_link_request",
    "PricebookV2SkuLinkResponse": ".pricebook_v2_sku_link_response",
    "PricebookV2SkuUpgradeBulkCreateRequest": ".pricebook_v2_sku_upgrade_bulk_create_request",
    "PricebookV2SkuVendorRequest": ".pricebook_v2_sku_vendor_request",
    "PricebookV2SkuVendorResponse": ".pricebook_v2_sku_vendor_response",
    "PricebookV2SkuVendorSubAccountRequest": ".pricebook_v2_sku_vendor_sub_account_request",
    "PricebookV2SkuVendorSubAccountResponse": ".pricebook_v2_sku_vendor_sub_account_response",
    "PricebookV2SkuWarrantyRequest": ".pricebook_v2_sku_warranty_request",
    "PricebookV2SkuWarrantyResponse": ".pricebook_v2_sku_warranty_response",
    "PricingRateSheetsServicesMarkupType": ".pricing_rate_sheets_services_markup_type",
    "ResultOfPricebookV2MaterialsMarkupResponse": ".result_of_pricebook_v2_materials_markup_response",
}

__all__ = (
    "ActiveRequestArg",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "CollectionResultOfPricebookV2MaterialsMarkupResponse",
    "EstimatesV2ClientSpecificPricingExceptionRequest",
    "EstimatesV2ClientSpecificPricingExceptionResponse",
    "EstimatesV2ClientSpecificPricingResponse",
    "EstimatesV2UpdateClientSpecificPricingExceptionResponse",
    "EstimatesV2UpdateClientSpecificPricingRequest",
    "EstimatesV2UpdateClientSpecificPricingResponse",
    "ExportResponseOfPricebookV2ExportCategoryResponse",
    "ExportResponseOfPricebookV2ExportEquipmentResponse",
    "ExportResponseOfPricebookV2ExportMaterialResponse",
    "ExportResponseOfPricebookV2ExportServiceResponse",
    "ImagesPostBody",
    "PaginatedResponseOfEstimatesV2ClientSpecificPricingResponse",
    "PaginatedResponseOfPricebookV2CategoryResponse",
    "PaginatedResponseOfPricebookV2CostTypeResponse",
    "PaginatedResponseOfPricebookV2DiscountAndFeesResponse",
    "PaginatedResponseOfPricebookV2EquipmentResponse",
    "PaginatedResponseOfPricebookV2MaterialResponse",
    "PaginatedResponseOfPricebookV2ServiceGetResponse",
    "PricebookTypesSkuType",
    "PricebookV2CategoryCreateRequest",
    "PricebookV2CategoryResponse",
    "PricebookV2CategoryType",
    "PricebookV2CategoryUpdateRequest",
    "PricebookV2CostTypeResponse",
    "PricebookV2CustomIdMappingModel",
    "PricebookV2DimensionsRequest",
    "PricebookV2DimensionsResponse",
    "PricebookV2DiscountAndFeesBulkCreateRequest",
    "PricebookV2DiscountAndFeesBulkUpdateRequest",
    "PricebookV2DiscountAndFeesCreateRequest",
    "PricebookV2DiscountAndFeesResponse",
    "PricebookV2DiscountAndFeesUpdateRequest",
    "PricebookV2EquipmentBulkCreateRequest",
    "PricebookV2EquipmentBulkUpdateRequest",
    "PricebookV2EquipmentCreateRequest",
    "PricebookV2EquipmentRecommendationBulkCreateRequest",
    "PricebookV2EquipmentRecommendationRequest",
    "PricebookV2EquipmentRecommendationResponse",
    "PricebookV2EquipmentRecommendationType",
    "PricebookV2EquipmentResponse",
    "PricebookV2EquipmentUpdateRequest",
    "PricebookV2ExportCategoryResponse",
    "PricebookV2ExportEquipmentResponse",
    "PricebookV2ExportMaterialResponse",
    "PricebookV2ExportServiceResponse",
    "PricebookV2ExternalDataCreateRequest",
    "PricebookV2ExternalDataModel",
    "PricebookV2ExternalDataPatchMode",
    "PricebookV2ExternalDataUpdateModel",
    "PricebookV2ExternalDataUpdateRequest",
    "PricebookV2ImageUploadResponse",
    "PricebookV2MaterialBulkCreateRequest",
    "PricebookV2MaterialBulkUpdateRequest",
    "PricebookV2MaterialCreateRequest",
    "PricebookV2MaterialResponse",
    "PricebookV2MaterialUpdateRequest",
    "PricebookV2MaterialsMarkupRequest",
    "PricebookV2MaterialsMarkupResponse",
    "PricebookV2PriceModifierAmountType",
    "PricebookV2PriceModifierType",
    "PricebookV2PricebookBulkCreateRequest",
    "PricebookV2PricebookBulkCreateResponse",
    "PricebookV2PricebookBulkUpdateRequest",
    "PricebookV2ServiceBulkCreateRequest",
    "PricebookV2ServiceBulkUpdateRequest",
    "PricebookV2ServiceCreateRequest",
    "PricebookV2ServiceGetResponse",
    "PricebookV2ServiceRecommendationBulkCreateRequest",
    "PricebookV2ServiceResponse",
    "PricebookV2ServiceUpdateRequest",
    "PricebookV2SkuAssetRequest",
    "PricebookV2SkuAssetResponse",
    "PricebookV2SkuAssetType",
    "PricebookV2SkuCategoryResponse",
    "PricebookV2SkuLinkBulkCreateRequest",
    "PricebookV2SkuLinkRequest",
    "PricebookV2SkuLinkResponse",
    "PricebookV2SkuUpgradeBulkCreateRequest",
    "PricebookV2SkuVendorRequest",
    "PricebookV2SkuVendorResponse",
    "PricebookV2SkuVendorSubAccountRequest",
    "PricebookV2SkuVendorSubAccountResponse",
    "PricebookV2SkuWarrantyRequest",
    "PricebookV2SkuWarrantyResponse",
    "PricingRateSheetsServicesMarkupType",
    "ResultOfPricebookV2MaterialsMarkupResponse",
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
