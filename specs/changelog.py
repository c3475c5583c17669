"""What changed in the API between two sets of normalized documents, each change marked breaking or not.

Checked on PyPI before writing this: no OpenAPI diff package there is both maintained and widely used (none is
among the 15,000 most downloaded; oasdiff, the reference tool, is a Go binary). The documents are normalized
(`specs/normalize.py`), so this compares facts only.

A change is breaking when code written against the old document can fail against the new one:
- an operation, a parameter, a request or response field, a content type or a documented success status removed;
- a new required parameter or request field, or an optional one turned required;
- a type or format changed; an enum value removed from a request; a new OAuth scope demanded;
- a response field that was always present becoming optional.
Adding an operation, an optional parameter or field, a response field, or an enum value is not breaking: the
library keeps unknown enum values and fields when it parses responses.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"


@dataclass(frozen=True, order=True)
class Change:
    domain: str
    operation_id: str
    breaking: bool
    text: str


def operations(document: Mapping[str, Any]) -> dict[str, tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    """operationId -> (method, path, operation, parameters including the path item's)."""
    found = {}
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                parameters = [*item.get("parameters", []), *operation.get("parameters", [])]
                found[operation["operationId"]] = (method.upper(), path, operation, parameters)
    return found


class SchemaDiff:
    """Compares schemas of one operation in the old and the new document, following `$ref`s in each."""

    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.schemas = (
            old.get("components", {}).get("schemas", {}),
            new.get("components", {}).get("schemas", {}),
        )

    def unwrap(self, schema: Any, side: int, seen: frozenset[str] = frozenset()) -> tuple[dict[str, Any], bool]:
        """The schema behind references, `allOf` merged, and a nullable `oneOf` reduced to its one branch."""
        if not isinstance(schema, dict):
            return {}, False
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF) and ref not in seen:
            target = self.schemas[side].get(ref.removeprefix(SCHEMA_REF), {})
            return self.unwrap(target, side, seen | {ref})
        for key in ("oneOf", "anyOf"):
            branches = schema.get(key)
            if isinstance(branches, list):
                real = [b for b in branches if b != {"type": "null"}]
                if len(real) == 1:
                    inner, _ = self.unwrap(real[0], side, seen)
                    return inner, len(real) < len(branches)
        if isinstance(schema.get("allOf"), list):
            merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
            for branch in schema["allOf"]:
                part, _ = self.unwrap(branch, side, seen)
                merged["properties"].update(part.get("properties", {}))
                merged["required"] += part.get("required", [])
            return merged, False
        kind = schema.get("type")
        if isinstance(kind, list) and "null" in kind:
            rest = [k for k in kind if k != "null"]
            return {**schema, "type": rest[0] if len(rest) == 1 else rest}, True
        return schema, False

    def label(self, schema: dict[str, Any], side: int) -> str:
        if "properties" in schema or schema.get("type") == "object":
            return "object"
        if schema.get("type") == "array":
            items, _ = self.unwrap(schema.get("items", {}), side)
            return f"array of {self.label(items, side)}"
        for key in ("oneOf", "anyOf"):
            if key in schema:
                branches = sorted(self.label(self.unwrap(b, side)[0], side) for b in schema[key])
                return f"{key}({', '.join(branches)})"
        kind = schema.get("type", "any")
        text = "|".join(kind) if isinstance(kind, list) else str(kind)
        return f"{text} ({schema['format']})" if "format" in schema else text

    def compare(self, old: Any, new: Any, where: str, request: bool) -> Iterator[tuple[bool, str]]:
        yield from self._compare(old, new, where, request, set())

    def _compare(
        self, old: Any, new: Any, where: str, request: bool, seen: set[tuple[int, int]]
    ) -> Iterator[tuple[bool, str]]:
        (o, _), (n, _) = self.unwrap(old, 0), self.unwrap(new, 1)
        if (id(o), id(n)) in seen:
            return
        seen.add((id(o), id(n)))
        before, after = self.label(o, 0), self.label(n, 1)
        if before != after:
            yield True, f"{where}: type changed from {before} to {after}"
            return
        old_enum, new_enum = o.get("enum"), n.get("enum")
        if isinstance(old_enum, list) and isinstance(new_enum, list):
            added = [v for v in new_enum if v not in old_enum]
            removed = [v for v in old_enum if v not in new_enum]
            if added:
                yield False, f"{where}: enum value(s) added: {', '.join(map(str, added))}"
            if removed:
                yield request, f"{where}: enum value(s) removed: {', '.join(map(str, removed))}"
        if before == "object":
            yield from self._properties(o, n, where, request, seen)
        elif before.startswith("array"):
            yield from self._compare(o.get("items", {}), n.get("items", {}), f"{where}[]", request, seen)

    def _properties(
        self, o: dict[str, Any], n: dict[str, Any], where: str, request: bool, seen: set[tuple[int, int]]
    ) -> Iterator[tuple[bool, str]]:
        old_props, new_props = o.get("properties", {}), n.get("properties", {})
        old_required, new_required = set(o.get("required", [])), set(n.get("required", []))
        prefix = f"{where}." if where else ""
        for name in sorted(old_props.keys() - new_props.keys()):
            yield True, f"{prefix}{name}: field removed"
        for name in sorted(new_props.keys() - old_props.keys()):
            required = name in new_required
            yield request and required, f"{prefix}{name}: field added ({'required' if required else 'optional'})"
        for name in sorted(old_props.keys() & new_props.keys()):
            if name not in old_required and name in new_required:
                yield request, f"{prefix}{name}: now required"
            elif name in old_required and name not in new_required:
                yield not request, f"{prefix}{name}: no longer required"
            yield from self._compare(old_props[name], new_props[name], f"{prefix}{name}", request, seen)


def _parameter_changes(
    diff: SchemaDiff, old: list[dict[str, Any]], new: list[dict[str, Any]]
) -> Iterator[tuple[bool, str]]:
    before = {(p["in"], p["name"]): p for p in old}
    after = {(p["in"], p["name"]): p for p in new}
    for location, name in sorted(before.keys() - after.keys()):
        yield True, f"{location} parameter {name}: removed"
    for location, name in sorted(after.keys() - before.keys()):
        required = bool(after[(location, name)].get("required"))
        yield required, f"{location} parameter {name}: added ({'required' if required else 'optional'})"
    for key in sorted(before.keys() & after.keys()):
        location, name = key
        was, now = bool(before[key].get("required")), bool(after[key].get("required"))
        if now and not was:
            yield True, f"{location} parameter {name}: now required"
        elif was and not now:
            yield False, f"{location} parameter {name}: no longer required"
        yield from diff.compare(
            before[key].get("schema", {}), after[key].get("schema", {}), f"{location} parameter {name}", request=True
        )


def _content(body: Any) -> dict[str, Any]:
    return (body or {}).get("content") or {}


def _body_changes(diff: SchemaDiff, old: Any, new: Any) -> Iterator[tuple[bool, str]]:
    before, after = _content(old), _content(new)
    for media in sorted(before.keys() - after.keys()):
        yield True, f"request body {media}: no longer accepted"
    for media in sorted(after.keys() - before.keys()):
        yield bool(not before and (new or {}).get("required")), f"request body {media}: now accepted"
    for media in sorted(before.keys() & after.keys()):
        yield from diff.compare(
            before[media].get("schema", {}), after[media].get("schema", {}), "request body", request=True
        )


def _response_changes(diff: SchemaDiff, old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[tuple[bool, str]]:
    for status in sorted(old.keys() - new.keys()):
        yield status.startswith("2"), f"response {status}: no longer documented"
    for status in sorted(new.keys() - old.keys()):
        yield False, f"response {status}: now documented"
    for status in sorted(old.keys() & new.keys()):
        before, after = _content(old[status]), _content(new[status])
        for media in sorted(before.keys() - after.keys()):
            yield status.startswith("2"), f"response {status} {media}: no longer sent"
        for media in sorted(before.keys() & after.keys()):
            yield from diff.compare(
                before[media].get("schema", {}), after[media].get("schema", {}), f"response {status}", request=False
            )


def _scopes(operation: Mapping[str, Any]) -> set[str]:
    return {scope for requirement in operation.get("security", []) for names in requirement.values() for scope in names}


def operation_changes(
    old_doc: Mapping[str, Any], new_doc: Mapping[str, Any], old: tuple[Any, ...], new: tuple[Any, ...]
) -> Iterator[tuple[bool, str]]:
    (old_method, old_path, old_op, old_params), (new_method, new_path, new_op, new_params) = old, new
    if (old_method, old_path) != (new_method, new_path):
        yield True, f"moved from {old_method} {old_path} to {new_method} {new_path}"
    diff = SchemaDiff(old_doc, new_doc)
    yield from _parameter_changes(diff, old_params, new_params)
    yield from _body_changes(diff, old_op.get("requestBody"), new_op.get("requestBody"))
    yield from _response_changes(diff, old_op.get("responses", {}), new_op.get("responses", {}))
    old_scopes, new_scopes = _scopes(old_op), _scopes(new_op)
    for scope in sorted(new_scopes - old_scopes):
        yield True, f"scope {scope}: now required"
    for scope in sorted(old_scopes - new_scopes):
        yield False, f"scope {scope}: no longer required"


def changes(old: Mapping[str, Mapping[str, Any]], new: Mapping[str, Mapping[str, Any]]) -> list[Change]:
    """Every API change from the `old` to the `new` documents (domain key -> normalized document)."""
    found = []
    for domain in sorted(old.keys() | new.keys()):
        old_doc, new_doc = old.get(domain, {}), new.get(domain, {})
        before, after = operations(old_doc), operations(new_doc)
        for operation_id in sorted(before.keys() - after.keys()):
            method, path, _, _ = before[operation_id]
            found.append(Change(domain, operation_id, True, f"operation removed ({method} {path})"))
        for operation_id in sorted(after.keys() - before.keys()):
            method, path, _, _ = after[operation_id]
            found.append(Change(domain, operation_id, False, f"operation added ({method} {path})"))
        for operation_id in sorted(before.keys() & after.keys()):
            for breaking, text in operation_changes(old_doc, new_doc, before[operation_id], after[operation_id]):
                found.append(Change(domain, operation_id, breaking, text))
    return found


def _marker(change: Change) -> str:
    return "BREAKING" if change.breaking else "non-breaking"


def _affects(change: Change, actions: Mapping[tuple[str, str], list[str]]) -> str:
    names = actions.get((change.domain, change.operation_id), [])
    return ", ".join(names) if names else "-"


def summary(found: list[Change]) -> str:
    breaking = sum(change.breaking for change in found)
    return f"{breaking} breaking, {len(found) - breaking} non-breaking"


def render_text(found: list[Change], actions: Mapping[tuple[str, str], list[str]]) -> str:
    """The changelog as printed by `nox -s specs -- --update DIR`: one line per change."""
    if not found:
        return "API changelog: no change to any operation"
    lines = [f"API changelog: {summary(found)}"]
    for change in sorted(found, key=lambda c: (not c.breaking, c.domain, c.operation_id, c.text)):
        affected = actions.get((change.domain, change.operation_id))
        tail = f"  [affects: {', '.join(affected)}]" if affected else ""
        lines.append(f"  {_marker(change):<12} {change.domain} {change.operation_id}: {change.text}{tail}")
    return "\n".join(lines)


def render_markdown(
    found: list[Change], actions: Mapping[tuple[str, str], list[str]], adopted: datetime.date, source: str
) -> str:
    """One entry of specs/CHANGELOG.md."""
    lines = [f"## {adopted.isoformat()}: documents from `{source}`", ""]
    if not found:
        return "\n".join([*lines, "No change to any operation.", ""])
    affected = sorted(
        {name for change in found if change.breaking for name in actions.get((change.domain, change.operation_id), [])}
    )
    lines += [f"{summary(found)}; breaking changes affect: {', '.join(affected) or 'no action'}.", ""]
    lines += ["| | domain | operation | change | affects |", "|---|---|---|---|---|"]
    for change in sorted(found, key=lambda c: (not c.breaking, c.domain, c.operation_id, c.text)):
        text = change.text.replace("|", "\\|")
        lines.append(
            f"| {_marker(change)} | {change.domain} | `{change.operation_id}` | {text} | {_affects(change, actions)} |"
        )
    return "\n".join([*lines, ""])
