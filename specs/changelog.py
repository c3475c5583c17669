"""What changed in the API between two sets of normalized documents, each change marked breaking or not.

Checked on PyPI before writing this: no OpenAPI diff package there is both maintained and widely used (none is
among the 15,000 most downloaded; oasdiff, the reference tool, is a Go binary). The documents are normalized
(`specs/normalize.py`), so this compares facts only, and it reads OpenAPI 3.0 and 3.1 alike: `nullable: true`
and `type: [x, "null"]` (or a `null` branch of `oneOf`) are the same fact, as are the boolean `exclusiveMinimum`
of 3.0 and the numeric one of 3.1.

Breaking means: code written against this library (its resources `st.<domain>.<resource>.<verb>`, whose method
names come from operationIds and whose keyword arguments are the query parameters and the top-level request
body fields; its actions; the response models it returns) can fail after regeneration. The rules:

| what changed                                                   | breaking when                                     |
|----------------------------------------------------------------|---------------------------------------------------|
| operation removed, or moved to another method or path          | always                                            |
| operationId renamed on the same method and path                | always: the resource method name changes          |
| operation added                                                | never                                             |
| parameter or request field removed                             | always                                            |
| parameter or request field added                               | it is required                                    |
| parameter or request field turned required                     | always                                            |
| parameter moved between query and request body (same name)     | it became required (the keyword stays the same)   |
| response field removed, or no longer required (may be absent)  | always                                            |
| response field added                                           | never (unknown fields are kept when parsing)      |
| type or format changed                                         | always                                            |
| null: a request value no longer accepts it                     | always                                            |
| null: a response value may now be null                         | always                                            |
| enum value removed                                             | in a request (responses keep unknown values)      |
| enum value added                                               | never                                             |
| validator (maxLength, minLength, pattern, minimum, maximum,    | in a request, when it accepts fewer values than   |
| multipleOf, minItems, maxItems, uniqueItems...) changed        | before (a new or changed pattern always does)     |
| default changed                                                | never (reported: calls that omit the value change)|
| `$ref` target changed (another component schema)               | in a response: the returned model class changes   |
| content type or documented success status removed              | always                                            |
| OAuth scope demanded where the operation already had scopes    | always (tenants' apps may lack it: 403)           |
| OAuth scopes documented for the first time, scope dropped      | never (one line per domain)                       |
| security scheme removed or changed                             | it is one the library sends (the `ST-App-Key`     |
|                                                                | header, OAuth client credentials)                 |

Changes that concern a whole document (security schemes, scopes documented for the first time) are one line per
domain with an empty operation id, so a reviewer reads what changed rather than the same line per operation.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"
# The header the library sends its app key in (QUIRKS.md: every request carries it).
APP_KEY_HEADER = "ST-App-Key"
JSON = "application/json"


@dataclass(frozen=True, order=True)
class Change:
    domain: str
    operation_id: str  # empty for a change to the whole document
    breaking: bool
    text: str
    renamed_from: str = ""  # the operationId the actions may still name, for a rename
    # Not a change of the API: an operation the library needs that the download lacks, kept from a supplement
    # (specs/manifest.toml). Listed at every adoption that keeps it, after the changes, and counted apart.
    kept: bool = False


def kept_from_supplement(domain: str, operation_id: str, route: str, file: str) -> Change:
    return Change(
        domain, operation_id, False, f"not in the download: kept from the supplement {file} ({route})", kept=True
    )


Operation = tuple[str, str, dict[str, Any], list[dict[str, Any]]]


def operations(document: Mapping[str, Any]) -> dict[str, Operation]:
    """operationId -> (method, path, operation, parameters including the path item's)."""
    found = {}
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                parameters = [*item.get("parameters", []), *operation.get("parameters", [])]
                found[operation["operationId"]] = (method.upper(), path, operation, parameters)
    return found


@dataclass(frozen=True)
class Shape:
    """One schema as both OpenAPI versions mean it: references followed, `allOf` merged, null taken out."""

    schema: dict[str, Any]
    nullable: bool
    ref: str | None  # the component schema this location names (the model class generated for it)


def _bounds(schema: Mapping[str, Any], low: bool) -> tuple[Any, bool] | None:
    """(limit, exclusive) of the lower or upper bound, written the 3.0 or the 3.1 way."""
    plain, exclusive = ("minimum", "exclusiveMinimum") if low else ("maximum", "exclusiveMaximum")
    flag = schema.get(exclusive)
    if isinstance(flag, (int, float)) and not isinstance(flag, bool):
        return flag, True
    if plain in schema:
        return schema[plain], flag is True
    return None


class SchemaDiff:
    """Compares schemas of one operation in the old and the new document, following `$ref`s in each."""

    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.schemas = (
            old.get("components", {}).get("schemas", {}),
            new.get("components", {}).get("schemas", {}),
        )

    def unwrap(self, schema: Any, side: int) -> Shape:
        return self._unwrap(schema, side, frozenset(), None, False)

    def _unwrap(self, schema: Any, side: int, seen: frozenset[str], ref: str | None, nullable: bool) -> Shape:
        if not isinstance(schema, dict):
            return Shape({}, nullable, ref)
        nullable = nullable or schema.get("nullable") is True
        target = schema.get("$ref")
        if isinstance(target, str) and target.startswith(SCHEMA_REF):
            name = target.removeprefix(SCHEMA_REF)
            if name in seen:
                return Shape({}, nullable, ref or name)
            return self._unwrap(self.schemas[side].get(name, {}), side, seen | {name}, ref or name, nullable)
        for key in ("oneOf", "anyOf"):
            branches = schema.get(key)
            if isinstance(branches, list):
                real = [b for b in branches if b != {"type": "null"}]
                nullable = nullable or len(real) < len(branches)
                if len(real) == 1:
                    return self._unwrap(real[0], side, seen, ref, nullable)
                if len(real) < len(branches):
                    schema = {**schema, key: real}
        branches = schema.get("allOf")
        if isinstance(branches, list):
            if len(branches) == 1:
                return self._unwrap(branches[0], side, seen, ref, nullable)
            merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
            for branch in branches:
                part = self._unwrap(branch, side, seen, None, False).schema
                merged["properties"].update(part.get("properties", {}))
                merged["required"] += part.get("required", [])
            return Shape(merged, nullable, ref)
        kind = schema.get("type")
        if isinstance(kind, list) and "null" in kind:
            rest = [k for k in kind if k != "null"]
            return Shape({**schema, "type": rest[0] if len(rest) == 1 else rest}, True, ref)
        return Shape(schema, nullable, ref)

    def label(self, schema: dict[str, Any], side: int) -> str:
        if "properties" in schema or schema.get("type") == "object":
            return "object"
        if schema.get("type") == "array":
            return f"array of {self.label(self.unwrap(schema.get('items', {}), side).schema, side)}"
        for key in ("oneOf", "anyOf"):
            if key in schema:
                branches = sorted(self.label(self.unwrap(b, side).schema, side) for b in schema[key])
                return f"{key}({', '.join(branches)})"
        kind = schema.get("type", "any")
        text = "|".join(kind) if isinstance(kind, list) else str(kind)
        return f"{text} ({schema['format']})" if "format" in schema else text

    def compare(
        self, old: Any, new: Any, where: str, request: bool, parameter: bool = False
    ) -> Iterator[tuple[bool, str]]:
        """The changes from `old` to `new` at `where`. A query string has no null (an optional parameter is left
        out), so a parameter's nullability is no fact."""
        yield from self._compare(old, new, where, request, frozenset(), not parameter)

    def _compare(
        self,
        old: Any,
        new: Any,
        where: str,
        request: bool,
        ancestors: frozenset[tuple[str | None, str | None]],
        nulls: bool,
    ) -> Iterator[tuple[bool, str]]:
        # Recursion ends where the same pair of component schemas is already being compared further up this
        # location's own path (a self-referencing model); a pair met elsewhere is compared again, in its place.
        o, n = self.unwrap(old, 0), self.unwrap(new, 1)
        pair = (o.ref, n.ref)
        if pair != (None, None):
            if pair in ancestors:
                return
            ancestors = ancestors | {pair}
        before, after = self.label(o.schema, 0), self.label(n.schema, 1)
        if before != after:
            yield True, f"{where}: type changed from {before} to {after}"
            return
        if o.ref and n.ref and o.ref != n.ref:
            yield not request, f"{where}: schema changed from {o.ref} to {n.ref}"
        if nulls and o.nullable != n.nullable:
            if request:
                yield o.nullable, f"{where}: {'no longer accepts null' if o.nullable else 'now accepts null'}"
            else:
                yield n.nullable, f"{where}: {'may now be null' if n.nullable else 'no longer null'}"
        yield from self._facts(o.schema, n.schema, where, request)
        if before == "object":
            yield from self._properties(o.schema, n.schema, where, request, ancestors)
        elif before.startswith("array"):
            yield from self._compare(
                o.schema.get("items", {}), n.schema.get("items", {}), f"{where}[]", request, ancestors, nulls
            )

    def _facts(self, o: dict[str, Any], n: dict[str, Any], where: str, request: bool) -> Iterator[tuple[bool, str]]:
        old_enum, new_enum = o.get("enum"), n.get("enum")
        if isinstance(old_enum, list) and isinstance(new_enum, list):
            added = [v for v in new_enum if v not in old_enum]
            removed = [v for v in old_enum if v not in new_enum]
            if added:
                yield False, f"{where}: enum value(s) added: {', '.join(map(str, added))}"
            if removed:
                yield request, f"{where}: enum value(s) removed: {', '.join(map(str, removed))}"
        elif isinstance(new_enum, list):
            yield request, f"{where}: now limited to the values {', '.join(map(str, new_enum))}"
        elif isinstance(old_enum, list):
            yield False, f"{where}: no longer limited to a list of values"
        for text, tighter in _validator_changes(o, n):
            yield request and tighter, f"{where}: {text}"
        if o.get("default") != n.get("default"):
            yield False, f"{where}: default changed from {_show(o.get('default'))} to {_show(n.get('default'))}"

    def _properties(
        self,
        o: dict[str, Any],
        n: dict[str, Any],
        where: str,
        request: bool,
        ancestors: frozenset[tuple[str | None, str | None]],
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
            yield from self._compare(old_props[name], new_props[name], f"{prefix}{name}", request, ancestors, True)


def _show(value: Any) -> str:
    return "none" if value is None else repr(value)


# Validators whose larger value accepts fewer values, and those whose smaller value does.
RAISING_LIMITS = ("minLength", "minItems", "minProperties")
LOWERING_LIMITS = ("maxLength", "maxItems", "maxProperties")


def _validator_changes(o: Mapping[str, Any], n: Mapping[str, Any]) -> Iterator[tuple[str, bool]]:
    """(text, whether a request value accepted before may now be refused) for each validator that changed."""
    for key in (*RAISING_LIMITS, *LOWERING_LIMITS, "pattern", "multipleOf", "uniqueItems"):
        was, now = o.get(key), n.get(key)
        if was == now:
            continue
        if key in RAISING_LIMITS:
            tighter = now is not None and (was is None or now > was)
        elif key in LOWERING_LIMITS:
            tighter = now is not None and (was is None or now < was)
        elif key == "uniqueItems":
            tighter = now is True
        else:
            tighter = now is not None
        yield _validator_text(key, was, now), tighter
    for low, name in ((True, "minimum"), (False, "maximum")):
        was_bound, now_bound = _bounds(o, low), _bounds(n, low)
        if was_bound == now_bound:
            continue
        if now_bound is None:
            tighter = False
        elif was_bound is None:
            tighter = True
        else:
            (was_limit, was_exclusive), (now_limit, now_exclusive) = was_bound, now_bound
            moved_in = now_limit > was_limit if low else now_limit < was_limit
            tighter = moved_in or (now_limit == was_limit and now_exclusive and not was_exclusive)
        yield _validator_text(name, _bound_text(was_bound), _bound_text(now_bound)), tighter


def _bound_text(bound: tuple[Any, bool] | None) -> str | None:
    if bound is None:
        return None
    limit, exclusive = bound
    return f"{limit} (exclusive)" if exclusive else str(limit)


def _validator_text(key: str, was: Any, now: Any) -> str:
    if was is None:
        return f"{key} {now} added"
    if now is None:
        return f"{key} {was} removed"
    return f"{key} changed from {was} to {now}"


def _body_fields(diff: SchemaDiff, body: Any, side: int) -> tuple[set[str], set[str]]:
    """(top-level fields, required ones) of a JSON request body: these are keyword arguments of a resource."""
    media = _content(body).get(JSON)
    if not isinstance(media, dict):
        return set(), set()
    schema = diff.unwrap(media.get("schema", {}), side).schema
    return set(schema.get("properties", {})), set(schema.get("required", []))


def _parameter_changes(
    diff: SchemaDiff, old: list[dict[str, Any]], new: list[dict[str, Any]], moved: Mapping[str, str]
) -> Iterator[tuple[bool, str]]:
    before = {(p["in"], p["name"]): p for p in old}
    after = {(p["in"], p["name"]): p for p in new}
    for location, name in sorted(before.keys() - after.keys()):
        if moved.get(name) != "to body":
            yield True, f"{location} parameter {name}: removed"
    for location, name in sorted(after.keys() - before.keys()):
        if moved.get(name) != "to query":
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
            before[key].get("schema", {}),
            after[key].get("schema", {}),
            f"{location} parameter {name}",
            request=True,
            parameter=True,
        )


def _moves(diff: SchemaDiff, old: Operation, new: Operation) -> dict[str, str]:
    """Names that left the query for the top level of the JSON body ("to body"), or the reverse ("to query")."""
    old_query = {p["name"] for p in old[3] if p["in"] == "query"}
    new_query = {p["name"] for p in new[3] if p["in"] == "query"}
    old_fields, _ = _body_fields(diff, old[2].get("requestBody"), 0)
    new_fields, _ = _body_fields(diff, new[2].get("requestBody"), 1)
    moved = dict.fromkeys((old_query - new_query) & (new_fields - old_fields), "to body")
    moved.update(dict.fromkeys((new_query - old_query) & (old_fields - new_fields), "to query"))
    return moved


def _move_changes(
    diff: SchemaDiff, old: Operation, new: Operation, moved: Mapping[str, str]
) -> Iterator[tuple[bool, str]]:
    _, old_required = _body_fields(diff, old[2].get("requestBody"), 0)
    _, new_required = _body_fields(diff, new[2].get("requestBody"), 1)
    old_params = {p["name"]: p for p in old[3] if p["in"] == "query"}
    new_params = {p["name"]: p for p in new[3] if p["in"] == "query"}
    for name, direction in sorted(moved.items()):
        if direction == "to body":
            was, now = bool(old_params[name].get("required")), name in new_required
            text = f"query parameter {name}: moved to request body.{name}"
        else:
            was, now = name in old_required, bool(new_params[name].get("required"))
            text = f"request body.{name}: moved to query parameter {name}"
        yield now and not was, f"{text} (same keyword argument{', now required' if now and not was else ''})"


def _content(body: Any) -> dict[str, Any]:
    return (body or {}).get("content") or {}


def _body_changes(diff: SchemaDiff, old: Any, new: Any, moved: Mapping[str, str]) -> Iterator[tuple[bool, str]]:
    before, after = _content(old), _content(new)
    for media in sorted(before.keys() - after.keys()):
        yield True, f"request body {media}: no longer accepted"
    for media in sorted(after.keys() - before.keys()):
        yield bool(not before and (new or {}).get("required")), f"request body {media}: now accepted"
    for media in sorted(before.keys() & after.keys()):
        for breaking, text in diff.compare(
            before[media].get("schema", {}), after[media].get("schema", {}), "request body", request=True
        ):
            field = re.match(r"request body\.([^.\[:]+): field (removed|added)", text)
            if field and moved.get(field.group(1)) == ("to body" if field.group(2) == "added" else "to query"):
                continue
            yield breaking, text


def _response_changes(diff: SchemaDiff, old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[tuple[bool, str]]:
    for status in sorted(old.keys() - new.keys()):
        yield status.startswith("2"), f"response {status}: no longer documented"
    for status in sorted(new.keys() - old.keys()):
        yield False, f"response {status}: now documented"
    for status in sorted(old.keys() & new.keys()):
        before, after = _content(old[status]), _content(new[status])
        for media in sorted(before.keys() - after.keys()):
            yield status.startswith("2"), f"response {status} {media}: no longer sent"
        for media in sorted(after.keys() - before.keys()):
            yield False, f"response {status} {media}: now sent"
        for media in sorted(before.keys() & after.keys()):
            yield from diff.compare(
                before[media].get("schema", {}), after[media].get("schema", {}), f"response {status}", request=False
            )


def _requirements(document: Mapping[str, Any], operation: Mapping[str, Any]) -> list[dict[str, list[str]]]:
    """The security requirements in force for an operation (its own, or the document's)."""
    requirements = operation["security"] if "security" in operation else document.get("security", [])
    return [r for r in requirements if isinstance(r, dict)]


def _oauth_schemes(document: Mapping[str, Any]) -> set[str]:
    schemes = document.get("components", {}).get("securitySchemes", {})
    return {name for name, scheme in schemes.items() if isinstance(scheme, dict) and scheme.get("type") == "oauth2"}


def _scopes(document: Mapping[str, Any], operation: Mapping[str, Any]) -> set[str] | None:
    """The OAuth scopes an operation declares, or None when it declares no OAuth requirement at all."""
    oauth = _oauth_schemes(document)
    found = [set(r[name]) for r in _requirements(document, operation) for name in r if name in oauth]
    return set().union(*found) if found else None


def operation_changes(
    old_doc: Mapping[str, Any], new_doc: Mapping[str, Any], old: Operation, new: Operation
) -> Iterator[tuple[bool, str]]:
    """Every change of one operation but those its domain summarizes (scopes documented for the first time)."""
    (old_method, old_path, old_op, old_params), (new_method, new_path, new_op, new_params) = old, new
    if (old_method, old_path) != (new_method, new_path):
        yield True, f"moved from {old_method} {old_path} to {new_method} {new_path}"
    diff = SchemaDiff(old_doc, new_doc)
    moved = _moves(diff, old, new)
    yield from _move_changes(diff, old, new, moved)
    yield from _parameter_changes(diff, old_params, new_params, moved)
    yield from _body_changes(diff, old_op.get("requestBody"), new_op.get("requestBody"), moved)
    yield from _response_changes(diff, old_op.get("responses", {}), new_op.get("responses", {}))
    old_scopes, new_scopes = _scopes(old_doc, old_op), _scopes(new_doc, new_op)
    if old_scopes is not None and new_scopes is not None:
        for scope in sorted(new_scopes - old_scopes):
            yield True, f"scope {scope}: now required"
        for scope in sorted(old_scopes - new_scopes):
            yield False, f"scope {scope}: no longer required"
    elif old_scopes is not None:
        yield False, "no longer declares its OAuth scopes"


def _scheme_text(scheme: Mapping[str, Any]) -> str:
    kind = scheme.get("type", "?")
    if kind == "apiKey":
        return f"API key in {scheme.get('in', '?')} {scheme.get('name', '?')}"
    if kind == "oauth2":
        flows = scheme.get("flows", {})
        urls = sorted({f.get("tokenUrl", "") for f in flows.values() if isinstance(f, dict)} - {""})
        return f"OAuth 2.0 ({', '.join(sorted(flows))}{'; token URL ' + ', '.join(urls) if urls else ''})"
    return str(kind)


def _library_sends(scheme: Mapping[str, Any]) -> bool:
    if scheme.get("type") == "apiKey":
        return scheme.get("in") == "header" and str(scheme.get("name", "")).lower() == APP_KEY_HEADER.lower()
    return scheme.get("type") == "oauth2" and "clientCredentials" in scheme.get("flows", {})


def security_changes(old_doc: Mapping[str, Any], new_doc: Mapping[str, Any]) -> Iterator[tuple[bool, str]]:
    """Security schemes added, removed or changed (scope labels aside: scopes count as names only)."""
    before = old_doc.get("components", {}).get("securitySchemes", {})
    after = new_doc.get("components", {}).get("securitySchemes", {})
    for name in sorted(before.keys() - after.keys()):
        yield _library_sends(before[name]), f"security scheme {name} removed ({_scheme_text(before[name])})"
    for name in sorted(after.keys() - before.keys()):
        yield False, f"security scheme {name} added ({_scheme_text(after[name])})"
    for name in sorted(before.keys() & after.keys()):
        was, now = _scheme_text(before[name]), _scheme_text(after[name])
        if was != now:
            yield _library_sends(before[name]), f"security scheme {name} changed from {was} to {now}"
        old_scopes = _declared_scopes(before[name])
        new_scopes = _declared_scopes(after[name])
        if old_scopes != new_scopes:
            added, removed = len(new_scopes - old_scopes), len(old_scopes - new_scopes)
            yield False, f"security scheme {name}: {added} scope(s) listed, {removed} no longer listed"


def _declared_scopes(scheme: Mapping[str, Any]) -> set[str]:
    flows = scheme.get("flows", {}) if isinstance(scheme, dict) else {}
    return {s for flow in flows.values() if isinstance(flow, dict) for s in flow.get("scopes", {})}


def _template(path: str) -> str:
    """A path with its parameter names blanked: `/jobs/{id}` and `/jobs/{jobId}` are the same route."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def domain_changes(domain: str, old_doc: Mapping[str, Any], new_doc: Mapping[str, Any]) -> list[Change]:
    found = [Change(domain, "", breaking, text) for breaking, text in security_changes(old_doc, new_doc)]
    before, after = operations(old_doc), operations(new_doc)
    removed, added = set(before) - set(after), set(after) - set(before)
    routes = {(before[o][0], _template(before[o][1])): o for o in removed}
    renamed = {}
    for operation_id in sorted(added):
        method, path = after[operation_id][:2]
        old_id = routes.pop((method, _template(path)), None)
        if old_id is not None:
            renamed[operation_id] = old_id
    for operation_id in sorted(removed - set(renamed.values())):
        method, path, _, _ = before[operation_id]
        found.append(Change(domain, operation_id, True, f"operation removed ({method} {path})"))
    for operation_id in sorted(added - renamed.keys()):
        method, path, _, _ = after[operation_id]
        found.append(Change(domain, operation_id, False, f"operation added ({method} {path})"))
    first_scopes = 0
    pairs = [(o, o) for o in sorted(set(before) & set(after))] + sorted((o, n) for n, o in renamed.items())
    for old_id, new_id in pairs:
        if old_id != new_id:
            method, path, _, _ = after[new_id]
            text = f"operationId renamed from {old_id} ({method} {path}): the resource method name changes"
            found.append(Change(domain, new_id, True, text, old_id))
        if _scopes(old_doc, before[old_id][2]) is None and _scopes(new_doc, after[new_id][2]) is not None:
            first_scopes += 1
        for breaking, text in operation_changes(old_doc, new_doc, before[old_id], after[new_id]):
            found.append(Change(domain, new_id, breaking, text, "" if old_id == new_id else old_id))
    if first_scopes:
        text = (
            f"OAuth scopes documented for the first time on {first_scopes} operation(s); "
            "the API required them before, so nothing changes for callers"
        )
        found.append(Change(domain, "", False, text))
    return found


def changes(old: Mapping[str, Mapping[str, Any]], new: Mapping[str, Mapping[str, Any]]) -> list[Change]:
    """Every API change from the `old` to the `new` documents (domain key -> normalized document)."""
    found = []
    for domain in sorted(old.keys() | new.keys()):
        found += domain_changes(domain, old.get(domain, {}), new.get(domain, {}))
    return found


def _marker(change: Change) -> str:
    return "kept" if change.kept else "BREAKING" if change.breaking else "non-breaking"


def affected(change: Change, actions: Mapping[tuple[str, str], list[str]]) -> list[str]:
    """The actions that call the operation a change is about (under its old operationId for a rename)."""
    names = actions.get((change.domain, change.operation_id), [])
    if change.renamed_from:
        names = [*names, *actions.get((change.domain, change.renamed_from), [])]
    return names


def summary(found: list[Change]) -> str:
    changes = [change for change in found if not change.kept]
    breaking = sum(change.breaking for change in changes)
    kept = len(found) - len(changes)
    tail = f"; {kept} operation(s) kept from a supplement" if kept else ""
    return f"{breaking} breaking, {len(changes) - breaking} non-breaking{tail}"


def _ordered(found: list[Change]) -> list[Change]:
    return sorted(found, key=lambda c: (c.kept, not c.breaking, c.domain, c.operation_id, c.text))


def _subject(change: Change) -> str:
    return f"{change.domain} {change.operation_id}" if change.operation_id else f"{change.domain} (document)"


def render_text(found: list[Change], actions: Mapping[tuple[str, str], list[str]]) -> str:
    """The changelog as printed by `nox -s specs -- --update DIR`: one line per change."""
    if not found:
        return "API changelog: no change to any operation"
    lines = [f"API changelog: {summary(found)}"]
    for change in _ordered(found):
        names = affected(change, actions)
        tail = f"  [affects: {', '.join(names)}]" if names else ""
        lines.append(f"  {_marker(change):<12} {_subject(change)}: {change.text}{tail}")
    return "\n".join(lines)


def render_markdown(
    found: list[Change], actions: Mapping[tuple[str, str], list[str]], adopted: datetime.date, source: str
) -> str:
    """One entry of specs/CHANGELOG.md."""
    lines = [f"## {adopted.isoformat()}: documents from `{source}`", ""]
    if not found:
        return "\n".join([*lines, "No change to any operation.", ""])
    hit = sorted({name for change in found if change.breaking for name in affected(change, actions)})
    lines += [f"{summary(found)}; breaking changes affect: {', '.join(hit) or 'no action'}.", ""]
    lines += ["| | domain | operation | change | affects |", "|---|---|---|---|---|"]
    for change in _ordered(found):
        text = change.text.replace("|", "\\|")
        operation = f"`{change.operation_id}`" if change.operation_id else "(document)"
        names = ", ".join(affected(change, actions)) or "-"
        lines.append(f"| {_marker(change)} | {change.domain} | {operation} | {text} | {names} |")
    return "\n".join([*lines, ""])
