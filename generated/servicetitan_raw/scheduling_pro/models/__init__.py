"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .paginated_response_of_scheduling_pro_v2_router_session_response import (
        PaginatedResponseOfSchedulingProV2RouterSessionResponse,
    )
    from .paginated_response_of_scheduling_pro_v2_scheduler_response import (
        PaginatedResponseOfSchedulingProV2SchedulerResponse,
    )
    from .paginated_response_of_scheduling_pro_v2_scheduler_session_response import (
        PaginatedResponseOfSchedulingProV2SchedulerSessionResponse,
    )
    from .scheduling_pro_v2_address import SchedulingProV2Address
    from .scheduling_pro_v2_customer import SchedulingProV2Customer
    from .scheduling_pro_v2_milestone_frequency_count import (
        SchedulingProV2MilestoneFrequencyCount,
    )
    from .scheduling_pro_v2_router_performance_response import (
        SchedulingProV2RouterPerformanceResponse,
    )
    from .scheduling_pro_v2_router_scheduler_session_performance import (
        SchedulingProV2RouterSchedulerSessionPerformance,
    )
    from .scheduling_pro_v2_router_session_response import (
        SchedulingProV2RouterSessionResponse,
    )
    from .scheduling_pro_v2_scheduler_mode import SchedulingProV2SchedulerMode
    from .scheduling_pro_v2_scheduler_performance_response import (
        SchedulingProV2SchedulerPerformanceResponse,
    )
    from .scheduling_pro_v2_scheduler_response import SchedulingProV2SchedulerResponse
    from .scheduling_pro_v2_scheduler_session_response import (
        SchedulingProV2SchedulerSessionResponse,
    )
    from .scheduling_pro_v2_source_tracking import SchedulingProV2SourceTracking

_MODULE_OF = {
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "PaginatedResponseOfSchedulingProV2RouterSessionResponse": ".paginated_response_of_scheduling_pro_v2_router_session_response",
    "PaginatedResponseOfSchedulingProV2SchedulerResponse": ".paginated_response_of_scheduling_pro_v2_scheduler_response",
    "PaginatedResponseOfSchedulingProV2SchedulerSessionResponse": ".paginated_response_of_scheduling_pro_v2_scheduler_session_response",
    "SchedulingProV2Address": ".scheduling_pro_v2_address",
    "SchedulingProV2Customer": ".scheduling_pro_v2_customer",
    "SchedulingProV2MilestoneFrequencyCount": ".scheduling_pro_v2_milestone_frequency_count",
    "SchedulingProV2RouterPerformanceResponse": ".scheduling_pro_v2_router_performance_response",
    "SchedulingProV2RouterSchedulerSessionPerformance": ".scheduling_pro_v2_router_scheduler_session_performance",
    "SchedulingProV2RouterSessionResponse": ".scheduling_pro_v2_router_session_response",
    "SchedulingProV2SchedulerMode": ".scheduling_pro_v2_scheduler_mode",
    "SchedulingProV2SchedulerPerformanceResponse": ".scheduling_pro_v2_scheduler_performance_response",
    "SchedulingProV2SchedulerResponse": ".scheduling_pro_v2_scheduler_response",
    "SchedulingProV2SchedulerSessionResponse": ".scheduling_pro_v2_scheduler_session_response",
    "SchedulingProV2SourceTracking": ".scheduling_pro_v2_source_tracking",
}

__all__ = (
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "PaginatedResponseOfSchedulingProV2RouterSessionResponse",
    "PaginatedResponseOfSchedulingProV2SchedulerResponse",
    "PaginatedResponseOfSchedulingProV2SchedulerSessionResponse",
    "SchedulingProV2Address",
    "SchedulingProV2Customer",
    "SchedulingProV2MilestoneFrequencyCount",
    "SchedulingProV2RouterPerformanceResponse",
    "SchedulingProV2RouterSchedulerSessionPerformance",
    "SchedulingProV2RouterSessionResponse",
    "SchedulingProV2SchedulerMode",
    "SchedulingProV2SchedulerPerformanceResponse",
    "SchedulingProV2SchedulerResponse",
    "SchedulingProV2SchedulerSessionResponse",
    "SchedulingProV2SourceTracking",
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
