"""The tools `servicetitan mcp` offers, derived from the catalog: nothing here is written per operation.

- **Reads of the actions**: every one of the 67 actions whose operation is a GET (`get_job`, `list_jobs`, ...),
  except the data sources (`select_*`: pick lists of up to 10,000 entries, which the list tools cover with paging)
  and `raw_request` (any path: no schema an agent could be held to).
- **Report tools**: discovery (categories, the reports of a category, a report's parameters and fields) and runs,
  through `st.reports`.
- **A profile's reads** (`--tools dispatch|crm|accounting|all-reads`): every GET of the profile's domains that
  answers JSON (paged lists and single reads; export feeds and file downloads are left to the library and the CLI),
  named `<domain>_<resource>_<verb>`, or by its action where one is its alias.
- **Writes**, only with `--allow-writes`: a `preview_<action>` tool per write action (not uploads), and one
  `execute_write` that takes the confirmation token of a preview.

Input schemas are the operations' own (path parameters, query filters, top-level body fields, in the snake_case
the library takes), converted from OpenAPI 3.0 to JSON Schema with the referenced component schemas under `$defs`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from servicetitan import _catalog
from servicetitan._inputs import Input
from servicetitan._operations import Kind, OperationSpec, spec_for
from servicetitan.actions import ACTIONS
from servicetitan.resources import method_path

# The most records (or report rows) one answer holds; a paged read hands a continuation for the rest.
PAGE_CAP = 50
READ = "GET"
DESCRIPTION_LIMIT = 240
EXECUTE_WRITE = "execute_write"
PREVIEW_PREFIX = "preview_"


@dataclass(frozen=True, slots=True)
class Profile:
    """A named choice of tools: the default's (read actions and report tools) plus every read of `domains`."""

    name: str
    domains: tuple[str, ...]
    summary: str


PROFILES: Mapping[str, Profile] = {
    profile.name: profile
    for profile in (
        Profile("default", (), "the read actions and the report tools"),
        Profile(
            "dispatch",
            ("dispatch", "jpm", "scheduling_pro", "settings", "timesheets"),
            "jobs, appointments, assignments, capacity, technicians and their time",
        ),
        Profile(
            "crm",
            (
                "crm",
                "customer_interactions",
                "marketing",
                "marketing_ads",
                "marketing_reputation",
                "memberships",
                "salestech",
                "service_agreements",
            ),
            "customers, locations, leads, bookings, marketing, memberships and sales",
        ),
        Profile(
            "accounting",
            ("accounting", "inventory", "payroll", "pricebook"),
            "invoices, payments, AP, inventory, payroll and the pricebook",
        ),
        Profile("all-reads", _catalog.DOMAINS, "every read of the API that answers JSON"),
    )
}


class ToolKind(enum.StrEnum):
    LIST = "list"
    READ = "read"
    PREVIEW = "preview"
    EXECUTE = "execute"
    REPORT = "report"


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """One tool: its name, what an agent reads about it, its input schema, and what runs it."""

    name: str
    description: str
    input_schema: Mapping[str, Any]
    kind: ToolKind
    spec: OperationSpec | None = None
    # report tools: which `st.reports` call runs it
    report_call: str | None = None
    read_only: bool = True
    # the inputs of the operation, by the name the tool takes them
    inputs: Mapping[str, Input] = field(default_factory=dict, repr=False)


# --- OpenAPI schemas as JSON Schema ---------------------------------------------------------------------------

_DROPPED = ("example", "examples", "xml", "externalDocs", "discriminator", "deprecated")


class _Converter:
    """OpenAPI 3.0 schemas of one domain as JSON Schema: `nullable` as a `null` type, references to component
    schemas as `#/$defs/...` (each referenced schema converted once, under `$defs`), vendor keys dropped."""

    def __init__(self, domain: str) -> None:
        self.domain = domain
        self.defs: dict[str, Any] = {}

    def convert(self, schema: Any) -> Any:
        if isinstance(schema, list):
            return [self.convert(item) for item in schema]
        if not isinstance(schema, Mapping):
            return schema
        converted: dict[str, Any] = {}
        for key, value in schema.items():
            if key.startswith("x-") or key in _DROPPED or key == "nullable":
                continue
            if key == "$ref" and isinstance(value, str):
                converted[key] = self._reference(value)
            elif key == "description" and isinstance(value, str):
                converted[key] = short(value)
            elif key in ("properties", "patternProperties", "$defs") and isinstance(value, Mapping):
                converted[key] = {name: self.convert(item) for name, item in value.items()}
            else:
                converted[key] = self.convert(value)
        if schema.get("nullable") is True:
            kind = converted.get("type")
            if isinstance(kind, str):
                converted["type"] = [kind, "null"]
            elif isinstance(kind, list) and "null" not in kind:
                converted["type"] = [*kind, "null"]
            elif "$ref" in converted or "oneOf" in converted or "allOf" in converted:
                converted = {"anyOf": [converted, {"type": "null"}]}
        return converted

    def _reference(self, ref: str) -> str:
        name = ref.removeprefix(_catalog.SCHEMA_REF)
        if name not in self.defs:
            self.defs[name] = {}  # taken before converting: a schema that refers to itself ends here
            self.defs[name] = self.convert(_catalog.domain(self.domain).schemas[name])
        return f"#/$defs/{name}"


def short(text: str) -> str:
    """A description's first sentence or line, at most DESCRIPTION_LIMIT characters."""
    first = text.strip().split("\n", 1)[0].strip()
    end = first.find(". ")
    if end != -1:
        first = first[: end + 1]
    return first if len(first) <= DESCRIPTION_LIMIT else first[: DESCRIPTION_LIMIT - 1].rstrip() + "…"


def object_schema(properties: Mapping[str, Any], required: Sequence[str], defs: Mapping[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": dict(properties), "additionalProperties": False}
    if required:
        schema["required"] = list(required)
    if defs:
        schema["$defs"] = dict(defs)
    return schema


LIST_OPTIONS: Mapping[str, Any] = {
    "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": PAGE_CAP,
        "default": PAGE_CAP,
        "description": f"records in this answer (at most {PAGE_CAP})",
    },
    "continuation": {
        "type": "string",
        "description": "the `continuation` of the previous answer: reads on exactly where it stopped",
    },
}
IDS_SCHEMA = {
    "anyOf": [
        {"type": "string", "description": "comma-separated ids"},
        {"type": "array", "items": {"type": "integer"}},
    ]
}


def operation_inputs(spec: OperationSpec) -> dict[str, Input]:
    inputs = (*spec.inputs, *((spec.whole_body,) if spec.whole_body else ()))
    return {i.python_name: i for i in inputs}


def operation_schema(spec: OperationSpec) -> dict[str, Any]:
    """The input schema of an operation's tool: its inputs by the snake_case names the library takes."""
    converter = _Converter(spec.operation.domain)
    properties: dict[str, Any] = {}
    required = []
    for name, i in operation_inputs(spec).items():
        properties[name] = IDS_SCHEMA if spec.kind is Kind.LIST and i.api_name == "ids" else converter.convert(i.schema)
        if i.required:
            required.append(name)
    if spec.kind is Kind.LIST:
        properties.update(LIST_OPTIONS)
    return object_schema(properties, required, converter.defs)


def _where(spec: OperationSpec) -> str:
    operation = spec.operation
    return f"{operation.method} {operation.path} ({operation.operation_id}; scope {' or '.join(operation.scopes)})"


def _read_tool(name: str, title: str, spec: OperationSpec) -> ToolSpec:
    if spec.kind is Kind.LIST:
        text = (
            f"{title}: a paged list, at most {PAGE_CAP} records an answer; pass the answer's `continuation` to "
            f"read on (nothing skipped or repeated). {_where(spec)}."
        )
        kind = ToolKind.LIST
    else:
        text = f"{title}: one answer. {_where(spec)}."
        kind = ToolKind.READ
    return ToolSpec(name, text, operation_schema(spec), kind, spec, inputs=operation_inputs(spec))


def _title(words: str) -> str:
    return words.replace("_", " ").capitalize()


def _action_specs() -> list[tuple[str, OperationSpec]]:
    """(method name, spec) of every action but the data sources and the raw request."""
    found = []
    for action in ACTIONS:
        operation = action.operation
        if operation is None or action.label is not None:
            continue
        found.append((action.method, spec_for(operation.domain, operation.operation_id)))
    return found


def _is_json_read(spec: OperationSpec) -> bool:
    return spec.operation.method == READ and spec.kind in (Kind.LIST, Kind.CALL)


def report_tools() -> list[ToolSpec]:
    category = {"type": "string", "description": "a report category id (list_report_categories)"}
    report_id = {"type": "integer", "description": "a report id (list_reports)"}
    return [
        ToolSpec(
            "list_report_categories",
            "The categories of ServiceTitan's Reporting API (ids such as `accounting`, `operations`).",
            object_schema({}, [], {}),
            ToolKind.REPORT,
            report_call="categories",
        ),
        ToolSpec(
            "list_reports",
            "The reports of a category: id, name, description.",
            object_schema({"category": category}, ["category"], {}),
            ToolKind.REPORT,
            report_call="list",
        ),
        ToolSpec(
            "describe_report",
            "A report's parameters (name, data type, required, possible values) and output fields: what "
            "run_report takes and answers.",
            object_schema({"category": category, "report_id": report_id}, ["category", "report_id"], {}),
            ToolKind.REPORT,
            report_call="describe",
        ),
        ToolSpec(
            "run_report",
            f"Run a report with its parameters (checked against describe_report before anything is sent); at most "
            f"{PAGE_CAP} rows an answer, pass `continuation` for the next rows of the same run. The API runs the "
            "same report about once a minute: an identical run waits its turn.",
            object_schema(
                {
                    "category": category,
                    "report_id": report_id,
                    "parameters": {
                        "type": "object",
                        "description": 'parameter values by name, e.g. {"From": "2024-01-01", "To": "2024-01-31"}',
                    },
                    **LIST_OPTIONS,
                },
                ["category", "report_id"],
                {},
            ),
            ToolKind.REPORT,
            report_call="run",
        ),
    ]


def read_tools(profile: str) -> list[ToolSpec]:
    """The read tools of a profile: the read actions, the report tools, and every JSON read of its domains
    (an operation that is an action's is named by the action, once)."""
    chosen = PROFILES.get(profile)
    if chosen is None:
        raise ValueError(f"unknown tool profile {profile!r}; profiles: {', '.join(PROFILES)}")
    tools: list[ToolSpec] = []
    covered: set[tuple[str, str]] = set()
    for method, spec in _action_specs():
        if _is_json_read(spec):
            tools.append(_read_tool(method, _title(method), spec))
            covered.add((spec.operation.domain, spec.operation.operation_id))
    tools.extend(report_tools())
    for domain in chosen.domains:
        for operation in _catalog.domain(domain).operations.values():
            spec = spec_for(domain, operation.operation_id)
            if not _is_json_read(spec) or (domain, operation.operation_id) in covered:
                continue
            path = method_path(operation)
            tools.append(_read_tool(path.replace(".", "_"), path, spec))
    return tools


def write_tools() -> list[ToolSpec]:
    """A preview per write action (not uploads) and `execute_write`."""
    tools = []
    for method, spec in _action_specs():
        if spec.operation.method == READ or spec.kind is Kind.UPLOAD:
            continue
        tools.append(
            ToolSpec(
                PREVIEW_PREFIX + method,
                f"{_title(method)} — PREVIEW ONLY, nothing is sent: answers the exact request "
                f"(method, path, query, body) and a confirmation token for execute_write, valid once and "
                f"briefly, for this request only. {_where(spec)}.",
                operation_schema(spec),
                ToolKind.PREVIEW,
                spec,
                read_only=False,
                inputs=operation_inputs(spec),
            )
        )
    tools.append(
        ToolSpec(
            EXECUTE_WRITE,
            "Send a write previewed by a preview_* tool: give its confirmation token (single use, short-lived, "
            "bound to that exact request). A write whose outcome is unknown (connection lost, timeout, server "
            "error) is reported as ambiguous and never retried: read the record before previewing it again.",
            object_schema({"confirmation_token": {"type": "string"}}, ["confirmation_token"], {}),
            ToolKind.EXECUTE,
            read_only=False,
        )
    )
    return tools


def tools_for(profile: str = "default", allow_writes: bool = False) -> list[ToolSpec]:
    """Every tool of a server started with `--tools profile` (and `--allow-writes`)."""
    tools = read_tools(profile) + (write_tools() if allow_writes else [])
    names = [tool.name for tool in tools]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise RuntimeError(f"tool names given twice: {repeated}")
    return tools
