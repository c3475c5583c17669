"""Report parameters, checked against the description before anything is sent."""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from servicetitan._timeutil import to_utc
from servicetitan.reports.descriptions import ReportDescription, ReportParameter


def given_parameters(description: ReportDescription, values: Mapping[str, Any]) -> list[tuple[ReportParameter, Any]]:
    """The caller's values with their parameters; an unknown name or a missing required parameter raises,
    naming it."""
    given: dict[str, tuple[ReportParameter, Any, str]] = {}
    for name, value in values.items():
        parameter = description.parameter(name)
        if parameter is None:
            known = ", ".join(p.name for p in description.parameters) or "none"
            raise ValueError(f"report {description.id} ({description.name}) has no parameter {name!r}; known: {known}")
        if parameter.name in given:
            raise ValueError(f"parameter {parameter.name} is given twice (as {given[parameter.name][2]} and {name})")
        if value is not None:
            given[parameter.name] = (parameter, value, name)
    missing = [p.name for p in description.parameters if p.required and p.name not in given]
    if missing:
        raise ValueError(f"report {description.id} ({description.name}) requires parameter(s): {', '.join(missing)}")
    return [(parameter, value) for parameter, value, _ in given.values()]


def parameter_value(parameter: ReportParameter, value: Any) -> Any:
    """`value` as the API takes it for `parameter`'s data type: dates `YYYY-MM-DD`, times `HH:MM:SS`."""
    where = f"parameter {parameter.name} ({parameter.data_type}{'[]' if parameter.is_array else ''})"
    if parameter.is_array:
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, list | tuple | set | frozenset):
            raise TypeError(f"{where} must be a list, not {type(value).__name__}")
        return [_scalar(parameter.data_type, item, f"{where}[{i}]") for i, item in enumerate(value)]
    return _scalar(parameter.data_type, value, where)


def _scalar(data_type: str, value: Any, where: str) -> Any:
    if data_type == "Number":
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            raise TypeError(f"{where} must be a number, not {type(value).__name__}")
        if not math.isfinite(value):
            raise ValueError(f"{where} must be a finite number, not {value!r}")
        return value
    if data_type == "Boolean":
        if not isinstance(value, bool):
            raise TypeError(f"{where} must be a bool, not {type(value).__name__}")
        return value
    if data_type == "Date":
        return _date_text(value, where)
    if data_type == "Time":
        return _time_text(value, where)
    if not isinstance(value, str):
        raise TypeError(f"{where} must be a str, not {type(value).__name__}")
    return value


def _date_text(value: Any, where: str) -> str:
    if isinstance(value, _dt.datetime):
        return to_utc(value).date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            raise ValueError(f"{where} must be a date such as '2024-01-31', not {value!r}") from None
    raise TypeError(f"{where} must be a date or a str such as '2024-01-31', not {type(value).__name__}")


def _time_text(value: Any, where: str) -> str:
    if isinstance(value, _dt.time):
        return value.replace(microsecond=0, tzinfo=None).isoformat()
    if isinstance(value, str):
        try:
            return _dt.time.fromisoformat(value.strip()).replace(microsecond=0, tzinfo=None).isoformat()
        except ValueError:
            raise ValueError(f"{where} must be a time such as '08:30:00', not {value!r}") from None
    raise TypeError(f"{where} must be a time or a str such as '08:30:00', not {type(value).__name__}")


def _same(left: Any, right: Any) -> bool:
    # Keys of value sets come as numbers or as text whatever the parameter's type; compare them as text too.
    return bool(left == right) or str(left) == str(right)


def check_possible(parameter: ReportParameter, value: Any, keys: Sequence[Any], source: str) -> None:
    for item in value if isinstance(value, list) else [value]:
        if not any(_same(item, key) for key in keys):
            shown = ", ".join(repr(k) for k in keys[:20]) + (", ..." if len(keys) > 20 else "")
            raise ValueError(f"parameter {parameter.name} does not accept {item!r} ({source}); accepted: {shown}")


def request_body(values: Sequence[tuple[ReportParameter, Any]]) -> dict[str, Any]:
    """The JSON body of a data request, parameters in name order (the pacing key depends on it)."""
    parameters = sorted(({"name": p.name, "value": v} for p, v in values), key=lambda p: p["name"])
    return {"parameters": parameters}
