"""A list server behind httpx.MockTransport that honours what the page engine asks for (page, pageSize,
includeTotal, sort on createdOn/modifiedOn/id, the `...OnOrAfter` bounds), and misbehaves on request: a silent
page-size cap (fewer records than asked, from where the asked size starts the page), a wrong `page` echo, `page`
ignored, `hasMore` as a string. The client fixtures of the overlay tests (`st` on both sides over `api`) are
reused as they are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.core.conftest import JOB
from tests.overlay.conftest import api, st
from tests.support.sides import anyio_backend, side

__all__ = ["ListServer", "anyio_backend", "api", "side", "st", "stamp", "timed_jobs"]


def stamp(n: int, fraction: str = "0000000") -> str:
    """A ServiceTitan timestamp n minutes after a fixed moment, with 7 fractional digits."""
    return f"2024-03-01T{n // 60:02d}:{n % 60:02d}:00.{fraction}Z"


def timed_jobs(count: int, start: int = 1, *, same_time: bool = False) -> list[dict[str, Any]]:
    """Jobs created and modified one minute apart (or all at one moment)."""
    return [
        dict(
            JOB,
            id=i,
            jobNumber=f"J-{i}",
            createdOn=stamp(0 if same_time else i),
            modifiedOn=stamp(0 if same_time else i),
        )
        for i in range(start, start + count)
    ]


@dataclass
class ListServer:
    records: list[dict[str, Any]]
    cap: int | None = None
    echo: Callable[[int], Any] = lambda page: page
    ignore_page: bool = False
    has_more_as: Callable[[bool], Any] = lambda value: value
    after_page: Callable[[ListServer, list[dict[str, Any]]], None] | None = None
    asked: list[dict[str, str]] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        self.asked.append(params)
        rows = list(self.records)
        for name, record_field in (("createdOnOrAfter", "createdOn"), ("modifiedOnOrAfter", "modifiedOn")):
            if name in params:
                bound = params[name].rstrip("Z")
                rows = [
                    row for row in rows if (row[record_field] or "").rstrip("Z").ljust(27, "0") >= bound.ljust(27, "0")
                ]
        sort = params.get("sort")
        if sort:
            key = sort[1:2].lower() + sort[2:]
            # Nulls first, as SQL Server sorts them (and no bound admits a null).
            rows.sort(key=lambda row: (row[key] is not None, row[key] or "", row["id"]), reverse=sort.startswith("-"))
        page = 1 if self.ignore_page else int(params.get("page", 1))
        size = int(params.get("pageSize", 50))
        served = min(size, self.cap) if self.cap else size
        # A silent cap shortens the answer, not the offset: the page still starts where the asked size puts it.
        start = (page - 1) * size
        chunk = rows[start : start + served]
        has_more = start + served < len(rows)
        body: dict[str, Any] = {
            "page": self.echo(page),
            "pageSize": served,
            "hasMore": self.has_more_as(has_more),
            "data": chunk,
        }
        if params.get("includeTotal") == "true":
            body["totalCount"] = len(rows)
        response = httpx.Response(200, json=body)
        if self.after_page is not None:
            self.after_page(self, chunk)
        return response
