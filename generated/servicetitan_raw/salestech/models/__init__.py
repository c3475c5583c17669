"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .estimate_templates_estimate_template_mode import (
        EstimateTemplatesEstimateTemplateMode,
    )
    from .estimate_templates_types_proposal_behavior_type import (
        EstimateTemplatesTypesProposalBehaviorType,
    )
    from .estimate_templates_types_proposal_template_status import (
        EstimateTemplatesTypesProposalTemplateStatus,
    )
    from .estimates_types_estimate_review_status import (
        EstimatesTypesEstimateReviewStatus,
    )
    from .estimates_types_estimate_status import EstimatesTypesEstimateStatus
    from .estimates_v2_create_estimate_request import EstimatesV2CreateEstimateRequest
    from .estimates_v2_create_estimate_template_request import (
        EstimatesV2CreateEstimateTemplateRequest,
    )
    from .estimates_v2_create_proposal_template_request import (
        EstimatesV2CreateProposalTemplateRequest,
    )
    from .estimates_v2_estimate_item_create_update_request import (
        EstimatesV2EstimateItemCreateUpdateRequest,
    )
    from .estimates_v2_estimate_item_response import EstimatesV2EstimateItemResponse
    from .estimates_v2_estimate_item_update_response import (
        EstimatesV2EstimateItemUpdateResponse,
    )
    from .estimates_v2_estimate_membership_billing_frequency import (
        EstimatesV2EstimateMembershipBillingFrequency,
    )
    from .estimates_v2_estimate_response import EstimatesV2EstimateResponse
    from .estimates_v2_estimate_status_changes_response import (
        EstimatesV2EstimateStatusChangesResponse,
    )
    from .estimates_v2_estimate_status_model import EstimatesV2EstimateStatusModel
    from .estimates_v2_estimate_template_item_request import (
        EstimatesV2EstimateTemplateItemRequest,
    )
    from .estimates_v2_estimate_template_item_response import (
        EstimatesV2EstimateTemplateItemResponse,
    )
    from .estimates_v2_estimate_template_response import (
        EstimatesV2EstimateTemplateResponse,
    )
    from .estimates_v2_export_estimates_response import (
        EstimatesV2ExportEstimatesResponse,
    )
    from .estimates_v2_external_link_in_model import EstimatesV2ExternalLinkInModel
    from .estimates_v2_external_link_response import EstimatesV2ExternalLinkResponse
    from .estimates_v2_proposal_template_assignment_request import (
        EstimatesV2ProposalTemplateAssignmentRequest,
    )
    from .estimates_v2_proposal_template_assignment_response import (
        EstimatesV2ProposalTemplateAssignmentResponse,
    )
    from .estimates_v2_proposal_template_response import (
        EstimatesV2ProposalTemplateResponse,
    )
    from .estimates_v2_proposal_type_option_estimate_type import (
        EstimatesV2ProposalTypeOptionEstimateType,
    )
    from .estimates_v2_proposal_type_option_response import (
        EstimatesV2ProposalTypeOptionResponse,
    )
    from .estimates_v2_proposal_type_response import EstimatesV2ProposalTypeResponse
    from .estimates_v2_proposal_types_response import EstimatesV2ProposalTypesResponse
    from .estimates_v2_sell_request import EstimatesV2SellRequest
    from .estimates_v2_sku_model import EstimatesV2SkuModel
    from .estimates_v2_update_estimate_request import EstimatesV2UpdateEstimateRequest
    from .estimates_v2_update_estimate_template_request import (
        EstimatesV2UpdateEstimateTemplateRequest,
    )
    from .estimates_v2_update_proposal_template_request import (
        EstimatesV2UpdateProposalTemplateRequest,
    )
    from .export_response_of_estimates_v2_export_estimates_response import (
        ExportResponseOfEstimatesV2ExportEstimatesResponse,
    )
    from .paginated_response_of_estimates_v2_estimate_item_response import (
        PaginatedResponseOfEstimatesV2EstimateItemResponse,
    )
    from .paginated_response_of_estimates_v2_estimate_response import (
        PaginatedResponseOfEstimatesV2EstimateResponse,
    )
    from .paginated_response_of_estimates_v2_estimate_template_response import (
        PaginatedResponseOfEstimatesV2EstimateTemplateResponse,
    )
    from .paginated_response_of_estimates_v2_proposal_template_response import (
        PaginatedResponseOfEstimatesV2ProposalTemplateResponse,
    )
    from .pricebook_types_sku_type import PricebookTypesSkuType

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "EstimateTemplatesEstimateTemplateMode": ".estimate_templates_estimate_template_mode",
    "EstimateTemplatesTypesProposalBehaviorType": ".estimate_templates_types_proposal_behavior_type",
    "EstimateTemplatesTypesProposalTemplateStatus": ".estimate_templates_types_proposal_template_status",
    "EstimatesTypesEstimateReviewStatus": ".estimates_types_estimate_review_status",
    "EstimatesTypesEstimateStatus": ".estimates_types_estimate_status",
    "EstimatesV2CreateEstimateRequest": ".estimates_v2_create_estimate_request",
    "EstimatesV2CreateEstimateTemplateRequest": ".estimates_v2_create_estimate_template_request",
    "EstimatesV2CreateProposalTemplateRequest": ".estimates_v2_create_proposal_template_request",
    "EstimatesV2EstimateItemCreateUpdateRequest": ".estimates_v2_estimate_item_create_update_request",
    "EstimatesV2EstimateItemResponse": ".estimates_v2_estimate_item_response",
    "EstimatesV2EstimateItemUpdateResponse": ".estimates_v2_estimate_item_update_response",
    "EstimatesV2EstimateMembershipBillingFrequency": ".estimates_v2_estimate_membership_billing_frequency",
    "EstimatesV2EstimateResponse": ".estimates_v2_estimate_response",
    "EstimatesV2EstimateStatusChangesResponse": ".estimates_v2_estimate_status_changes_response",
    "EstimatesV2EstimateStatusModel": ".estimates_v2_estimate_status_model",
    "EstimatesV2EstimateTemplateItemRequest": ".estimates_v2_estimate_template_item_request",
    "EstimatesV2EstimateTemplateItemResponse": ".estimates_v2_estimate_template_item_response",
    "EstimatesV2EstimateTemplateResponse": ".estimates_v2_estimate_template_response",
    "EstimatesV2ExportEstimatesResponse": ".estimates_v2_export_estimates_response",
    "EstimatesV2ExternalLinkInModel": ".estimates_v2_external_link_in_model",
    "EstimatesV2ExternalLinkResponse": ".estimates_v2_external_link_response",
    "EstimatesV2ProposalTemplateAssignmentRequest": ".estimates_v2_proposal_template_assignment_request",
    "EstimatesV2ProposalTemplateAssignmentResponse": ".estimates_v2_proposal_template_assignment_response",
    "EstimatesV2ProposalTemplateResponse": ".estimates_v2_proposal_template_response",
    "EstimatesV2ProposalTypeOptionEstimateType": ".estimates_v2_proposal_type_option_estimate_type",
    "EstimatesV2ProposalTypeOptionResponse": ".estimates_v2_proposal_type_option_response",
    "EstimatesV2ProposalTypeResponse": ".estimates_v2_proposal_type_response",
    "EstimatesV2ProposalTypesResponse": ".estimates_v2_proposal_types_response",
    "EstimatesV2SellRequest": ".estimates_v2_sell_request",
    "EstimatesV2SkuModel": ".estimates_v2_sku_model",
    "EstimatesV2UpdateEstimateRequest": ".estimates_v2_update_estimate_request",
    "EstimatesV2UpdateEstimateTemplateRequest": ".estimates_v2_update_estimate_template_request",
    "EstimatesV2UpdateProposalTemplateRequest": ".estimates_v2_update_proposal_template_request",
    "ExportResponseOfEstimatesV2ExportEstimatesResponse": ".export_response_of_estimates_v2_export_estimates_response",
    "PaginatedResponseOfEstimatesV2EstimateItemResponse": ".paginated_response_of_estimates_v2_estimate_item_response",
    "PaginatedResponseOfEstimatesV2EstimateResponse": ".paginated_response_of_estimates_v2_estimate_response",
    "PaginatedResponseOfEstimatesV2EstimateTemplateResponse": ".paginated_response_of_estimates_v2_estimate_template_response",
    "PaginatedResponseOfEstimatesV2ProposalTemplateResponse": ".paginated_response_of_estimates_v2_proposal_template_response",
    "PricebookTypesSkuType": ".pricebook_types_sku_type",
}

__all__ = (
    "ActiveRequestArg",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "EstimateTemplatesEstimateTemplateMode",
    "EstimateTemplatesTypesProposalBehaviorType",
    "EstimateTemplatesTypesProposalTemplateStatus",
    "EstimatesTypesEstimateReviewStatus",
    "EstimatesTypesEstimateStatus",
    "EstimatesV2CreateEstimateRequest",
    "EstimatesV2CreateEstimateTemplateRequest",
    "EstimatesV2CreateProposalTemplateRequest",
    "EstimatesV2EstimateItemCreateUpdateRequest",
    "EstimatesV2EstimateItemResponse",
    "EstimatesV2EstimateItemUpdateResponse",
    "EstimatesV2EstimateMembershipBillingFrequency",
    "EstimatesV2EstimateResponse",
    "EstimatesV2EstimateStatusChangesResponse",
    "EstimatesV2EstimateStatusModel",
    "EstimatesV2EstimateTemplateItemRequest",
    "EstimatesV2EstimateTemplateItemResponse",
    "EstimatesV2EstimateTemplateResponse",
    "EstimatesV2ExportEstimatesResponse",
    "EstimatesV2ExternalLinkInModel",
    "EstimatesV2ExternalLinkResponse",
    "EstimatesV2ProposalTemplateAssignmentRequest",
    "EstimatesV2ProposalTemplateAssignmentResponse",
    "EstimatesV2ProposalTemplateResponse",
    "EstimatesV2ProposalTypeOptionEstimateType",
    "EstimatesV2ProposalTypeOptionResponse",
    "EstimatesV2ProposalTypeResponse",
    "EstimatesV2ProposalTypesResponse",
    "EstimatesV2SellRequest",
    "EstimatesV2SkuModel",
    "EstimatesV2UpdateEstimateRequest",
    "EstimatesV2UpdateEstimateTemplateRequest",
    "EstimatesV2UpdateProposalTemplateRequest",
    "ExportResponseOfEstimatesV2ExportEstimatesResponse",
    "PaginatedResponseOfEstimatesV2EstimateItemResponse",
    "PaginatedResponseOfEstimatesV2EstimateResponse",
    "PaginatedResponseOfEstimatesV2EstimateTemplateResponse",
    "PaginatedResponseOfEstimatesV2ProposalTemplateResponse",
    "PricebookTypesSkuType",
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
