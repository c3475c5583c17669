"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .fleet_v2_common_coordinates import FleetV2CommonCoordinates
    from .fleet_v2_common_timed_location import FleetV2CommonTimedLocation
    from .fleet_v2_event_response import FleetV2EventResponse
    from .fleet_v2_gps_response import FleetV2GpsResponse
    from .fleet_v2_requests_event_request_filter import (
        FleetV2RequestsEventRequestFilter,
    )
    from .fleet_v2_requests_gps_request_filter import FleetV2RequestsGpsRequestFilter
    from .fleet_v2_requests_pagination_filter import FleetV2RequestsPaginationFilter
    from .fleet_v2_vehicle_response import FleetV2VehicleResponse
    from .paginated_response_of_fleet_v2_event_response import (
        PaginatedResponseOfFleetV2EventResponse,
    )
    from .paginated_response_of_fleet_v2_gps_response import (
        PaginatedResponseOfFleetV2GpsResponse,
    )

_MODULE_OF = {
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "FleetV2CommonCoordinates": ".fleet_v2_common_coordinates",
    "FleetV2CommonTimedLocation": ".fleet_v2_common_timed_location",
    "FleetV2EventResponse": ".fleet_v2_event_response",
    "FleetV2GpsResponse": ".fleet_v2_gps_response",
    "FleetV2RequestsEventRequestFilter": ".fleet_v2_requests_event_request_filter",
    "FleetV2RequestsGpsRequestFilter": ".fleet_v2_requests_gps_request_filter",
    "FleetV2RequestsPaginationFilter": ".fleet_v2_requests_pagination_filter",
    "FleetV2VehicleResponse": ".fleet_v2_vehicle_response",
    "PaginatedResponseOfFleetV2EventResponse": ".paginated_response_of_fleet_v2_event_response",
    "PaginatedResponseOfFleetV2GpsResponse": ".paginated_response_of_fleet_v2_gps_response",
}

__all__ = (
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "FleetV2CommonCoordinates",
    "FleetV2CommonTimedLocation",
    "FleetV2EventResponse",
    "FleetV2GpsResponse",
    "FleetV2RequestsEventRequestFilter",
    "FleetV2RequestsGpsRequestFilter",
    "FleetV2RequestsPaginationFilter",
    "FleetV2VehicleResponse",
    "PaginatedResponseOfFleetV2EventResponse",
    "PaginatedResponseOfFleetV2GpsResponse",
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
