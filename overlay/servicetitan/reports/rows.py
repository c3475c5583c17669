"""Report rows, typed by the declared data type; a value that does not fit is kept as received."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx

from servicetitan._timeutil import to_utc
from servicetitan.reports.descriptions import ReportDescription, bad_answer, json_body


def typed_value(data_type: str | None, value: Any) -> Any:
    if value is None or data_type is None:
        return value
    try:
        if data_type == "Number":
            return _number(value)
        if data_type == "Boolean":
            return _boolean(value)
        if data_type == "Date":
            return _when(value)
        if data_type == "Time":
            return _dt.time.fromisoformat(value) if isinstance(value, str) else value
    except (ValueError, TypeError, InvalidOperation):
        return value
    return value


def _number(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | Decimal | float | str):
        return value
    if isinstance(value, str):
        number = Decimal(value.strip())
        return int(number) if number == number.to_integral_value() and "." not in value else number
    return value


def _boolean(value: Any) -> Any:
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return value


def _when(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    text = value.strip()
    if len(text) == 10:
        return _dt.date.fromisoformat(text)
    parsed = _dt.datetime.fromisoformat(text)
    return to_utc(parsed)


EXTRA_VALUES = "_extra"


def typed_rows(
    description: ReportDescription, response: httpx.Response, body: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """Rows as dicts keyed by field name; values beyond the header are kept under `_extra`, never dropped."""
    header = body.get("fields")
    names = [f.get("name") for f in header if isinstance(f, Mapping)] if isinstance(header, list) else []
    if not names:
        names = [f.name for f in description.fields]
    declared = {f.name: f.data_type for f in description.fields}
    rows = []
    for raw in body["data"]:
        if isinstance(raw, Mapping):
            rows.append({str(k): typed_value(declared.get(str(k)), v) for k, v in raw.items()})
            continue
        if not isinstance(raw, list):
            raise bad_answer(response, body, f"report {description.id}: a row must be a list of values")
        row = {str(name): typed_value(declared.get(str(name)), value) for name, value in zip(names, raw, strict=False)}
        if len(raw) > len(names):
            row[EXTRA_VALUES] = raw[len(names) :]
        rows.append(row)
    return rows


def data_page(description: ReportDescription, response: httpx.Response) -> tuple[list[dict[str, Any]], bool]:
    body = json_body(response)
    if not isinstance(body, Mapping) or not isinstance(body.get("data"), list) or "hasMore" not in body:
        raise bad_answer(response, body, f"report {description.id}: a data answer must have data and hasMore")
    return typed_rows(description, response, body), body["hasMore"] is True
