"""ServiceTitan's OpenAPI documents reduced to the API's facts, in a stable form.

What goes: every prose field (`description`, `summary`, `externalDocs`, `example`, `examples`, deprecation
messages, the human labels of OAuth scopes and servers). What stays: paths, operations, parameters, schemas,
enums, security schemes and scope names, servers, tags (the generator groups modules by them) and titles (single
names the generator may use for classes). Keys are sorted and the layout is fixed, so the same download always
gives the same bytes and a diff of two normalized files shows only what changed in the API.

An enum that lists a value twice keeps it once (the first time, with its name).

OpenAPI requires a `description` on every response and a label per OAuth scope: those become empty strings.

One fact lives only in prose: the fields a list accepts in `sort` ("Available fields are: Id, Name."). It is kept
as `x-sort-fields` (the field names, in the document's order) on the `sort` parameter's schema, where the
operation index carries it to the library; a `sort` whose prose names no field gets none (any field may do).
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

PROSE_KEYS = frozenset(
    {"description", "summary", "externalDocs", "example", "examples", "x-deprecatedMessage", "x-enumDescriptions"}
)
# Objects whose keys are names chosen by the API (a property called `description` is a fact, not prose).
NAMED_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "schemas",
        "paths",
        "responses",
        "content",
        "encoding",
        "headers",
        "parameters",
        "requestBodies",
        "securitySchemes",
        "links",
        "callbacks",
        "variables",
    }
)
# Keys under which an object is a map from a name to a plain value, not to an object.
VALUE_MAPS = frozenset({"mapping"})
SORT_FIELDS = "x-sort-fields"
# The ways the documents introduce the sort fields ("Available fields are:", "Options:", "possible values:", or
# "Applies sorting by the specified field: Id, Name."), then the names, comma-separated.
# A name may carry a remark in parentheses ("Location (sorts by locations Id), CreatedOn."), which is prose.
_SORT_FIELD = r"[A-Za-z][A-Za-z0-9]*(?:\s*\([^()]*\))?"
_SORT_FIELD_LIST = re.compile(
    r"(?:available fields are|options|possible values|sorting by the specified field)\s*:\s*"
    rf"({_SORT_FIELD}(?:\s*,\s*{_SORT_FIELD})*)",
    re.IGNORECASE,
)


def strip_prose(node: Any, named: bool = False) -> Any:
    """`node` without prose; `named` says its keys are names (each value is then an object of its own)."""
    if isinstance(node, list):
        return [strip_prose(item) for item in node]
    if not isinstance(node, dict):
        return node
    if named:
        return {name: strip_prose(value) for name, value in node.items()}
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key in PROSE_KEYS:
            continue
        if key == "scopes" and isinstance(value, dict):
            result[key] = dict.fromkeys(value, "")
        elif key in VALUE_MAPS:
            result[key] = value
        elif key in NAMED_MAPS and isinstance(value, dict):
            result[key] = strip_prose(value, named=True)
        else:
            result[key] = strip_prose(value)
    return result


def required_descriptions(document: dict[str, Any]) -> dict[str, Any]:
    """Put back the empty `description` that OpenAPI requires on each response (validators insist on it)."""
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict):
                for response in (operation.get("responses") or {}).values():
                    if isinstance(response, dict) and "$ref" not in response:
                        response["description"] = ""
    return document


def sort_fields(text: str) -> list[str] | None:
    """The field names a `sort` description lists, or None when it lists none."""
    found = _SORT_FIELD_LIST.search(text)
    if found is None:
        return None
    return [name.strip() for name in re.sub(r"\([^()]*\)", "", found.group(1)).split(",")]


def keep_sort_fields(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of `document` with the sort fields named in each `sort` parameter's prose written into its schema
    as `x-sort-fields`."""
    document = copy.deepcopy(document)
    for item in (document.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        operations = [item, *(value for value in item.values() if isinstance(value, dict))]
        for operation in operations:
            for parameter in operation.get("parameters") or []:
                if not isinstance(parameter, dict) or parameter.get("name") != "sort":
                    continue
                schema = parameter.get("schema")
                if not isinstance(schema, dict) or "$ref" in schema:
                    continue
                text = " ".join(str(part.get("description") or "") for part in (parameter, schema))
                fields = sort_fields(text)
                if fields:
                    schema[SORT_FIELDS] = fields
    return document


def distinct_enums(node: Any) -> Any:
    """`node` with every enum listing each value once (the first time it comes, with its `x-enumNames` name).
    Some documents repeat a value under two names (crm's ContactType of 2025-10: Phone, LandlinePhone); the
    repeat says nothing more, and the generator refuses an enum with two equal members."""
    if isinstance(node, list):
        return [distinct_enums(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: distinct_enums(value) for key, value in node.items()}
    values = node.get("enum")
    if isinstance(values, list):
        seen: set[str] = set()
        kept = []
        for index, value in enumerate(values):
            identity = json.dumps(value, sort_keys=True)
            if identity not in seen:
                seen.add(identity)
                kept.append(index)
        if len(kept) < len(values):
            result["enum"] = [values[index] for index in kept]
            names = node.get("x-enumNames")
            if isinstance(names, list) and len(names) == len(values):
                result["x-enumNames"] = [names[index] for index in kept]
    return result


def normalize(document: dict[str, Any]) -> dict[str, Any]:
    return required_descriptions(distinct_enums(strip_prose(keep_sort_fields(document))))


def render(document: dict[str, Any]) -> bytes:
    """The committed form: sorted keys, one-space indent, UTF-8, a final newline."""
    return (json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def prose(document: Any, min_words: int = 6) -> list[str]:
    """JSON pointers of strings that read like sentences (what normalization must leave none of)."""
    found: list[str] = []

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{pointer}/{index}")
        elif isinstance(node, str) and len(node.split()) >= min_words:
            found.append(pointer)

    walk(document, "")
    return found
