"""An independent reading of two OpenAPI documents, to check the changelog (specs/changelog.py) against.

Written apart from the changelog and on purpose in another way: each document is flattened into a set of facts,
`(route, location) -> value`, and the two sets are compared; every location whose value differs is a difference.
The changelog walks the two documents side by side instead. The facts are those a reviewer would compare by hand:

- per route (`METHOD /path`, parameter names blanked): its operationId, each parameter (where it goes, whether it
  is required) and the schema of each parameter, request body and response, flattened: at every location its kind,
  format, enum values, validators, default, the component schema it names, whether it may be null, whether each
  property is required;
- per document: each security scheme (its kind, where its key goes, its flows and token URLs, its scopes).

OpenAPI 3.0 and 3.1 say null differently (`nullable: true`; `type: [x, "null"]` or a `null` branch of `oneOf`):
both give the one fact `null: True`. A query or path parameter has no null, so a parameter's is left out.

    python -m tests.generation.independent_reading OLD_DIR NEW_DIR   # the changelog against it, two folders
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
VALIDATORS = (
    "format",
    "maxLength",
    "minLength",
    "pattern",
    "minimum",
    "maximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "default",
)
Facts = dict[tuple[str, str], Any]


def route(method: str, path: str) -> str:
    return f"{method.upper()} {re.sub(r'{[^}]*}', '{}', path)}"


def _component(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for part in ref.removeprefix("#/").split("/"):
        node = node.get(part, {}) if isinstance(node, dict) else {}
    return node


def _facts_of_schema(
    document: dict[str, Any], schema: Any, where: str, out: dict[str, Any], refs: tuple[str, ...], null: bool = True
) -> None:
    """Flatten one schema at `where` into `out` (location -> value)."""
    named = None
    nullable = False
    # Follow references and single-branch wrappers down to the schema that says what the value is.
    for _ in range(50):
        if not isinstance(schema, dict):
            schema = {}
            break
        nullable = nullable or schema.get("nullable") is True
        if isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            named = named or ref.rsplit("/", 1)[-1]
            if ref in refs:
                out[where] = ("recursion", named)
                return
            refs = (*refs, ref)
            schema = _component(document, ref)
            continue
        wrapper = next((key for key in ("oneOf", "anyOf", "allOf") if isinstance(schema.get(key), list)), None)
        if wrapper is None:
            break
        branches = [branch for branch in schema[wrapper] if branch != {"type": "null"}]
        nullable = nullable or len(branches) < len(schema[wrapper])
        if len(branches) == 1:
            schema = branches[0]
            continue
        if wrapper == "allOf":  # parts of one object: their properties together
            merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
            for branch in branches:
                merged["properties"].update(_resolve(document, branch).get("properties", {}))
                merged["required"] += _resolve(document, branch).get("required", [])
            schema = merged
        break
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
    nullable = nullable or "null" in kinds or None in schema.get("enum", [])
    kinds = [kind for kind in kinds if kind != "null"] or (["null"] if kinds else [])  # only null: a kind of its own
    if "properties" in schema and not kinds:
        kinds = ["object"]
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list):
            kinds = [f"{key}:{len([b for b in schema[key] if b != {'type': 'null'}])}"]
    out[where] = {
        "kind": "|".join(sorted(kinds)),
        "names": named,
        "null": nullable if null else None,
        "enum": sorted(str(value) for value in schema.get("enum", []) if value is not None),
        **{key: _bound(schema, key) for key in VALIDATORS if _bound(schema, key) is not None},
    }
    required = set(schema.get("required", []))
    for name, sub in (schema.get("properties") or {}).items():
        out[f"{where}.{name} (required)"] = name in required
        _facts_of_schema(document, sub, f"{where}.{name}", out, refs)
    if "array" in kinds:
        _facts_of_schema(document, schema.get("items", {}), f"{where}[]", out, refs)


def _resolve(document: dict[str, Any], schema: Any) -> dict[str, Any]:
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        schema = _component(document, schema["$ref"])
    return schema if isinstance(schema, dict) else {}


def _bound(schema: dict[str, Any], key: str) -> Any:
    """A validator's value; the lower and upper bounds as (limit, exclusive) whichever way they are written."""
    if key in ("minimum", "maximum"):
        flag = schema.get("exclusiveMinimum" if key == "minimum" else "exclusiveMaximum")
        if isinstance(flag, (int, float)) and not isinstance(flag, bool):
            return (flag, True)
        return (schema[key], flag is True) if key in schema else None
    return schema.get(key)


def facts(document: dict[str, Any]) -> Facts:
    """Every fact of a document, keyed by (operationId or "(document)", location)."""
    found: Facts = {}
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            key = str(operation.get("operationId"))
            flat: dict[str, Any] = {"route": route(method, path)}
            for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                where = f"{parameter['in']} parameter {parameter['name']}"
                flat[f"{where} (required)"] = bool(parameter.get("required"))
                _facts_of_schema(document, parameter.get("schema", {}), where, flat, (), null=False)
            body = operation.get("requestBody") or {}
            for media, content in (body.get("content") or {}).items():
                flat[f"request body {media}"] = True
                _facts_of_schema(document, content.get("schema", {}), "request body", flat, ())
            for status, response in (operation.get("responses") or {}).items():
                flat[f"response {status}"] = True
                for media, content in (response.get("content") or {}).items():
                    flat[f"response {status} {media}"] = True
                    _facts_of_schema(document, content.get("schema", {}), f"response {status}", flat, ())
            requirements = operation.get("security", document.get("security", []))
            scopes = sorted(
                {scope for requirement in requirements for values in requirement.values() for scope in values}
            )
            flat["scopes"] = scopes or None
            found.update({(key, where): value for where, value in flat.items()})
    for name, scheme in ((document.get("components") or {}).get("securitySchemes") or {}).items():
        flows = scheme.get("flows") or {}
        found[("(document)", f"security scheme {name}")] = {
            "type": scheme.get("type"),
            "in": scheme.get("in"),
            "name": scheme.get("name"),
            "flows": sorted(flows),
            "token URLs": sorted(str(flow.get("tokenUrl")) for flow in flows.values() if isinstance(flow, dict)),
            "scopes": sorted(
                scope for flow in flows.values() if isinstance(flow, dict) for scope in flow.get("scopes", {})
            ),
        }
    return found


def differences(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, Any, Any]]:
    """(operationId or "(document)", location, old value, new value) of every fact that differs; a missing fact is
    None. An operationId that only one document has, on a route the other serves under another operationId, is a
    rename: the two are compared as one, under the new operationId, and the rename is the fact `operationId`."""
    before, after = facts(old), facts(new)
    old_ids = {key for key, where in before if where == "route"} - {key for key, where in after if where == "route"}
    new_ids = {key for key, where in after if where == "route"} - {key for key, where in before if where == "route"}
    for new_id in sorted(new_ids):
        old_id = next((o for o in sorted(old_ids) if before[(o, "route")] == after[(new_id, "route")]), None)
        if old_id is None:
            continue
        old_ids.discard(old_id)
        for key in [key for key in before if key[0] == old_id]:
            before[(new_id, key[1])] = before.pop(key)
        before[(new_id, "operationId")], after[(new_id, "operationId")] = old_id, new_id
    missing = object()
    found = []
    for key in sorted(before.keys() | after.keys()):
        was, now = before.get(key, missing), after.get(key, missing)
        if was != now:
            found.append((*key, None if was is missing else was, None if now is missing else now))
    return found


def _parents(location: str) -> list[str]:
    """`response 200.data[].id` -> itself, `response 200.data[]`, `response 200.data`, `response 200`."""
    location = location.removesuffix(" (required)")
    found = [location]
    while (cut := max(location.rfind("."), location.rfind("["))) > 0:
        location = location[:cut]
        found.append(location)
    media = re.fullmatch(r"(response \S+) \S+/\S+", location)  # `response 404 application/json`: of `response 404`
    return [*found, media.group(1)] if media else found


WHOLE_OPERATION = ("operation added", "operation removed", "moved from ", "not in the download", "now in the download")


def unnamed(
    found: list[tuple[str, str, Any, Any]], lines: dict[str, list[str]], domain_lines: list[str]
) -> list[tuple[str, str, Any, Any]]:
    """The differences no changelog line names. `lines`: operationId -> the texts of its changelog lines;
    `domain_lines`: the texts of the lines about the whole document."""
    missed = []
    for difference in found:
        operation, location, was, now = difference
        texts = lines.get(operation, [])
        if operation == "(document)":
            ok = any(text.startswith(f"{location} ") or text.startswith(f"{location}:") for text in domain_lines)
        elif location == "operationId":
            ok = any(text.startswith(f"operationId renamed from {was} ") for text in texts)
        elif any(text.startswith(WHOLE_OPERATION) for text in texts):
            ok = True  # the operation came, went or moved: every fact of it differs
        elif location == "scopes":
            if was is None:
                ok = any(text.startswith("OAuth scopes documented for the first time") for text in domain_lines)
            elif now is None:
                ok = "no longer declares its OAuth scopes" in texts
            else:
                ok = all(any(text.startswith(f"scope {scope}:") for text in texts) for scope in set(was) ^ set(now))
        else:
            places = _parents(location)
            ok = any(
                text.startswith((f"{place}:", f"{place} ")) or f"moved to {place} " in f"{text} "
                for place in places
                for text in texts
            )
        if not ok:
            missed.append(difference)
    return missed


def unfounded(found: list[tuple[str, str, Any, Any]], lines: dict[str, list[str]]) -> list[tuple[str, str]]:
    """The changelog lines of an operation whose place shows no difference of that operation (noise: a fact said
    another way, such as null in 3.0 and in 3.1 form). `lines` as for `unnamed`."""
    differing: dict[str, list[str]] = {}
    for operation, location, _, _ in found:
        differing.setdefault(operation, []).append(location.removesuffix(" (required)"))
    noise = []
    for operation, texts in lines.items():
        for text in texts:
            place = text.split(": ", 1)[0]
            if text.startswith(WHOLE_OPERATION) or text.startswith(
                ("operationId renamed", "scope ", "no longer declares")
            ):
                continue
            if not any(
                where == place or where.startswith((f"{place}.", f"{place}[", f"{place} "))
                for where in differing.get(operation, [])
            ):
                noise.append((operation, text))
    return noise


def _domain(file: str) -> str:
    return re.sub(r"-v\d+$", "", file.removesuffix(".json")).replace("-", "_")


def check(old_dir: Path, new_dir: Path) -> tuple[int, int, list[Any], list[Any]]:
    """Both readings over every document two download folders share, normalized: (differences, changelog lines,
    the differences no line names, the lines no difference supports)."""
    root = Path(__file__).resolve().parents[2] / "specs"
    sys.path.insert(0, str(root))
    import changelog
    import normalize

    total = lines_count = 0
    missed: list[Any] = []
    noise: list[Any] = []
    for path in sorted(new_dir.glob("*.json")):
        if not (old_dir / path.name).exists():
            continue
        domain = _domain(path.name)
        old = normalize.normalize(json.loads((old_dir / path.name).read_text()))
        new = normalize.normalize(json.loads(path.read_text()))
        found = differences(old, new)
        changes = changelog.domain_changes(domain, old, new)
        lines: dict[str, list[str]] = {}
        for change in changes:
            lines.setdefault(change.operation_id, []).append(change.text)
        whole = lines.pop("", [])
        total, lines_count = total + len(found), lines_count + len(changes)
        missed += [(domain, *difference) for difference in unnamed(found, lines, whole)]
        noise += [(domain, *line) for line in unfounded(found, lines)]
    return total, lines_count, missed, noise


if __name__ == "__main__":
    # python -m tests.generation.independent_reading OLD_DIR NEW_DIR: the changelog against this reading.
    total, count, missed, noise = check(Path(sys.argv[1]), Path(sys.argv[2]))
    for item in [*missed, *noise]:
        print(*item)
    print(f"{total} differences, {count} changelog lines, {len(missed)} unnamed, {len(noise)} unfounded")
