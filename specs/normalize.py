"""ServiceTitan's OpenAPI documents reduced to the API's facts, in a stable form.

What goes: every prose field (`description`, `summary`, `externalDocs`, `example`, `examples`, deprecation
messages, the human labels of OAuth scopes and servers). What stays: paths, operations, parameters, schemas,
enums, security schemes and scope names, servers, tags (the generator groups modules by them) and titles (single
names the generator may use for classes). Keys are sorted and the layout is fixed, so the same download always
gives the same bytes and a diff of two normalized files shows only what changed in the API.

OpenAPI requires a `description` on every response and a label per OAuth scope: those become empty strings.
"""

from __future__ import annotations

import json
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


def normalize(document: dict[str, Any]) -> dict[str, Any]:
    return required_descriptions(strip_prose(document))


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
