"""The Reporting API's operations and the largest page of report rows."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from servicetitan import _catalog
from servicetitan.pagination import max_page_size

DOMAIN = "reporting"
# Pages of the plain lists (categories, reports, dynamic value sets): the API's documented maximum.
LIST_PAGE_SIZE = 5000


@cache
def operation(name: str) -> _catalog.Operation:
    return _catalog.operation(DOMAIN, name)


CATEGORIES = "ReportCategories_GetCategories"
REPORTS = "ReportCategoryReports_GetReports"
DESCRIBE = "ReportCategoryReports_Get"
START = "ReportCategoryReports_StartGetData"
POLL = "ReportDataQueries_Get"
CANCEL = "ReportDataQueries_Cancel"
DYNAMIC_SET = "DynamicValueSets_GetDynamicSet"


def data_page_limit(overrides: Mapping[str, int] | None) -> int:
    """The largest page of report rows: an override by operationId, else the spec's own maximum (25,000)."""
    start = operation(START)
    if overrides and START in overrides:
        return overrides[START]
    size = next((p.schema for p in start.parameters if p.name == "pageSize"), {})
    maximum = size.get("maximum")
    return int(maximum) if isinstance(maximum, int) else max_page_size(start)
