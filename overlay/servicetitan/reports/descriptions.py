"""What the API describes: categories, reports, their fields and parameters, dynamic value sets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from servicetitan._bodies import decode
from servicetitan._inputs import snake_case
from servicetitan.errors import (
    ResponseValidationError,
)
from servicetitan.reports.operations import DESCRIBE


@dataclass(frozen=True, slots=True)
class ReportCategory:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class ReportSummary:
    id: int
    name: str
    description: str | None


@dataclass(frozen=True, slots=True)
class ReportField:
    """An output column: `data_type` is what the report declares, which the values do not always follow."""

    name: str
    label: str
    data_type: str


@dataclass(frozen=True, slots=True)
class ReportParameter:
    """One input of a report. `possible_values` are (key, label) pairs from the description itself; a
    `dynamic_set_id` names a value set read with `st.reports.dynamic_set(id)`."""

    name: str
    label: str
    data_type: str
    is_array: bool
    required: bool
    possible_values: tuple[tuple[Any, Any], ...] | None = None
    dynamic_set_id: str | None = None

    @property
    def python_name(self) -> str:
        return snake_case(self.name)


@dataclass(frozen=True, slots=True)
class ReportDescription:
    category: str
    id: int
    name: str
    description: str | None
    modified_on: str | None
    parameters: tuple[ReportParameter, ...]
    fields: tuple[ReportField, ...]

    def parameter(self, name: str) -> ReportParameter | None:
        """A parameter by its API name (`BusinessUnitId`) or its snake_case form (`business_unit_id`)."""
        return next((p for p in self.parameters if name in (p.name, p.python_name)), None)


@dataclass(frozen=True, slots=True)
class DynamicSet:
    """The possible values of a parameter: `values` as (key, label) pairs, `rows` as dicts by field name."""

    id: str
    fields: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]

    @property
    def values(self) -> tuple[tuple[Any, Any], ...]:
        return tuple(_pair(tuple(row.values())) for row in self.rows)


def _pair(row: Sequence[Any]) -> tuple[Any, Any]:
    key = row[0] if row else None
    return key, row[1] if len(row) > 1 else key


def text_of(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def bad_answer(response: httpx.Response, body: Any, reason: str) -> ResponseValidationError:
    return ResponseValidationError.of(reason, response, body)


def json_body(response: httpx.Response) -> Any:
    """The answer's JSON with fractional numbers as Decimal: report figures are money, never floats."""
    return decode(response, "json", decimals=True, subject="the report answer")


def parse_description(category: str, response: httpx.Response) -> ReportDescription:
    body = json_body(response)
    if not isinstance(body, Mapping) or not isinstance(body.get("id"), int):
        raise bad_answer(response, body, f"{DESCRIBE}: a report description must be an object with an id")
    parameters = []
    for raw in body.get("parameters") or []:
        if not isinstance(raw, Mapping) or not isinstance(raw.get("name"), str):
            raise bad_answer(response, body, f"{DESCRIBE}: every parameter needs a name")
        accept: Mapping[str, Any] = raw["acceptValues"] if isinstance(raw.get("acceptValues"), Mapping) else {}
        values = accept.get("values")
        parameters.append(
            ReportParameter(
                name=raw["name"],
                label=text_of(raw.get("label")) or raw["name"],
                data_type=text_of(raw.get("dataType")) or "String",
                is_array=raw.get("isArray") is True,
                required=raw.get("isRequired") is True,
                possible_values=tuple(_pair(v) for v in values if isinstance(v, list)) if values else None,
                dynamic_set_id=text_of(accept.get("dynamicSetId")),
            )
        )
    fields = tuple(
        ReportField(raw["name"], text_of(raw.get("label")) or raw["name"], text_of(raw.get("dataType")) or "String")
        for raw in body.get("fields") or []
        if isinstance(raw, Mapping) and isinstance(raw.get("name"), str)
    )
    return ReportDescription(
        category=category,
        id=body["id"],
        name=text_of(body.get("name")) or str(body["id"]),
        description=text_of(body.get("description")),
        modified_on=text_of(body.get("modifiedOn")),
        parameters=tuple(parameters),
        fields=fields,
    )
