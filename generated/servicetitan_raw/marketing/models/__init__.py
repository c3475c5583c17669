"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_request_arg import ActiveRequestArg
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .marketing_v2_campaign_category_create_request import (
        MarketingV2CampaignCategoryCreateRequest,
    )
    from .marketing_v2_campaign_category_response import (
        MarketingV2CampaignCategoryResponse,
    )
    from .marketing_v2_campaign_category_type import MarketingV2CampaignCategoryType
    from .marketing_v2_campaign_category_update_request import (
        MarketingV2CampaignCategoryUpdateRequest,
    )
    from .marketing_v2_campaign_cost_response import MarketingV2CampaignCostResponse
    from .marketing_v2_campaign_costs_summary_item import (
        MarketingV2CampaignCostsSummaryItem,
    )
    from .marketing_v2_campaign_costs_summary_response import (
        MarketingV2CampaignCostsSummaryResponse,
    )
    from .marketing_v2_campaign_response import MarketingV2CampaignResponse
    from .marketing_v2_campaign_response_category import (
        MarketingV2CampaignResponseCategory,
    )
    from .marketing_v2_campaign_upsert_request import MarketingV2CampaignUpsertRequest
    from .marketing_v2_create_campaign_cost_request import (
        MarketingV2CreateCampaignCostRequest,
    )
    from .marketing_v2_email_channel_cost_response import (
        MarketingV2EmailChannelCostResponse,
    )
    from .marketing_v2_update_campaign_cost_request import (
        MarketingV2UpdateCampaignCostRequest,
    )
    from .modification_response import ModificationResponse
    from .paginated_response_of_marketing_v2_campaign_category_response import (
        PaginatedResponseOfMarketingV2CampaignCategoryResponse,
    )
    from .paginated_response_of_marketing_v2_campaign_cost_response import (
        PaginatedResponseOfMarketingV2CampaignCostResponse,
    )
    from .paginated_response_of_marketing_v2_campaign_response import (
        PaginatedResponseOfMarketingV2CampaignResponse,
    )

_MODULE_OF = {
    "ActiveRequestArg": ".active_request_arg",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "MarketingV2CampaignCategoryCreateRequest": ".marketing_v2_campaign_category_create_request",
    "MarketingV2CampaignCategoryResponse": ".marketing_v2_campaign_category_response",
    "MarketingV2CampaignCategoryType": ".marketing_v2_campaign_category_type",
    "MarketingV2CampaignCategoryUpdateRequest": ".marketing_v2_campaign_category_update_request",
    "MarketingV2CampaignCostResponse": ".marketing_v2_campaign_cost_response",
    "MarketingV2CampaignCostsSummaryItem": ".marketing_v2_campaign_costs_summary_item",
    "MarketingV2CampaignCostsSummaryResponse": ".marketing_v2_campaign_costs_summary_response",
    "MarketingV2CampaignResponse": ".marketing_v2_campaign_response",
    "MarketingV2CampaignResponseCategory": ".marketing_v2_campaign_response_category",
    "MarketingV2CampaignUpsertRequest": ".marketing_v2_campaign_upsert_request",
    "MarketingV2CreateCampaignCostRequest": ".marketing_v2_create_campaign_cost_request",
    "MarketingV2EmailChannelCostResponse": ".marketing_v2_email_channel_cost_response",
    "MarketingV2UpdateCampaignCostRequest": ".marketing_v2_update_campaign_cost_request",
    "ModificationResponse": ".modification_response",
    "PaginatedResponseOfMarketingV2CampaignCategoryResponse": ".paginated_response_of_marketing_v2_campaign_category_response",
    "PaginatedResponseOfMarketingV2CampaignCostResponse": ".paginated_response_of_marketing_v2_campaign_cost_response",
    "PaginatedResponseOfMarketingV2CampaignResponse": ".paginated_response_of_marketing_v2_campaign_response",
}

__all__ = (
    "ActiveRequestArg",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "MarketingV2CampaignCategoryCreateRequest",
    "MarketingV2CampaignCategoryResponse",
    "MarketingV2CampaignCategoryType",
    "MarketingV2CampaignCategoryUpdateRequest",
    "MarketingV2CampaignCostResponse",
    "MarketingV2CampaignCostsSummaryItem",
    "MarketingV2CampaignCostsSummaryResponse",
    "MarketingV2CampaignResponse",
    "MarketingV2CampaignResponseCategory",
    "MarketingV2CampaignUpsertRequest",
    "MarketingV2CreateCampaignCostRequest",
    "MarketingV2EmailChannelCostResponse",
    "MarketingV2UpdateCampaignCostRequest",
    "ModificationResponse",
    "PaginatedResponseOfMarketingV2CampaignCategoryResponse",
    "PaginatedResponseOfMarketingV2CampaignCostResponse",
    "PaginatedResponseOfMarketingV2CampaignResponse",
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
