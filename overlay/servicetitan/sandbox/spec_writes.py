"""Every operation no other module serves, answered by a rule derived from the catalog: writes change the records
that the catalog-derived lists, gets and export feeds (`spec_resources`) read.

Resources are the ones `spec_resources` groups by path (`/jobs`, `/jobs/{}/notes`); an operation's rule follows from
its method and where its path sits against them:

- `create`: a POST (or PUT) to a resource's path adds a record (id, createdOn, modifiedOn, active; on a
  sub-collection's path, under the parents the path names).
- `update`: a PATCH, PUT or POST to an item path (`.../{id}`), or to a verb under it whose body carries fields of
  the record (`/appointments/{id}/special-instructions`), changes the fields sent that the record can hold;
  modifiedOn moves.
- `delete`: a DELETE of an item path removes the record (`DEACTIVATES` lists the ones that deactivate it).
- `transition`: a verb under an item path (`/appointments/{id}/hold`) moves the record's status field to the enum
  value spelled like the verb (`Hold`), or to `VERB_VALUES` where it is spelled otherwise (`sell` → `Sold`); a
  boolean named after the verb (`confirmation` → `isConfirmed`) turns true; a DELETE of the verb undoes it.
- `link`: a write of `.../{id}/tags/{tagTypeId}` adds the last id to the record's list of such ids (`tagTypeIds`);
  a DELETE removes it.
- `item`: a write of `.../{id}/items` puts the body into the record's `items` (by its `id`, or as a new one); a
  DELETE of `.../{id}/items/{itemId}` removes that one.
- `custom-fields`: a PATCH of `.../custom-fields` beside a resource sets the fields of each `operations[].objectId`.
- `list-all`: a GET of a resource's path without paging answers all its records.
- `document`: a path holding no records with both a GET and a write (`/employees/{id}/payroll-settings`,
  `.../preferences/{preferenceName}`) keeps what is written; its GET answers it. A write whose last path id is the
  value (`POST /locations/{id}/preferredtechnician/{technicianId}`) is what the GET of the path before it answers.
- `documents`: the GET of a path whose documents are kept by name under it (`.../preferences`) lists them.
- `upload`: a POST whose body is a binary `file` keeps the bytes under an id and a path.
- `download`: a GET answering bytes or a redirect gives the uploaded bytes back (302 to them where the document
  says so, by `?path=` or by id).
- `read` and `action`: anything else answers a schema-valid synthetic body.

Every rule first checks each id of its path that names a record of a resource (`/jobs/{id}/...`): an unknown one
answers 404. `rules()` lists the rule of every operation of the catalog, hand-written and derived ones included;
tests/sandbox/operation_rules.txt holds that listing, so a new operation or a changed rule shows in review.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlencode

from jsonschema import Draft202012Validator, validators

from servicetitan import _catalog

from . import registry
from .call import Binary, Call, Handler, Redirect
from .problems import ProblemError, bad_request, not_found
from .resources import timestamps
from .schemas import BODY_FORMATS, validator
from .spec_resources import PARENTS_KEY, SpecResource, _item_schema, _relative, spec_resources
from .store import Collection, Record, guid_of, parse_id
from .synthetic import instance

_PARAMETER = re.compile(r"\{[^}]+\}")

VERB_VALUES: dict[str, tuple[str, ...]] = {
    # Verbs whose participle names no state: the states they leave, as the documents' enums name them
    # (Jpm AppointmentStatus `Scheduled`) or as ServiceTitan shows an estimate's status name (Open, Sold, Dismissed).
    "sell": ("Sold",),
    "unsell": ("Open", "Draft"),
    "reschedule": ("Scheduled",),
    "remove-cancellation": ("Scheduled", "Pending", "Open"),
}
"""Status values a verb moves a record to, tried in order, where the status is not spelled like the verb."""

STATE_VERBS = frozenset({"cancel", "cancellation", "dismiss", "approve", "reject", "sell", "unsell", "hold",
                         "complete", "remove-cancellation", "reschedule"})  # fmt: skip
"""Verbs that set a free-text status field (no enum to match them against) to their participle."""

DEACTIVATES: dict[tuple[str, str], str] = {}
"""DELETE operations that deactivate instead of removing, with the evidence. None yet: no document or recording
shows a DELETE leaving an inactive record behind, so every DELETE removes."""

STATUS_FIELDS = ("status", "jobStatus", "appointmentStatus")


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    resource: SpecResource | None = None
    field: str | None = None
    value: Any = None

    def describe(self) -> str:
        text = self.kind
        if self.resource is not None:
            text += f" {self.resource.domain}:{self.resource.path}"
        if self.field is not None:
            text += f" {self.field}={self.value}"
        return text


# --- deriving the rules --------------------------------------------------------------------------------------


def shape_of(operation: _catalog.Operation) -> str:
    """The path after the tenant, parameters written `{}`."""
    return _PARAMETER.sub("{}", _relative(operation.path))


@cache
def _by_path() -> dict[str, tuple[SpecResource, ...]]:
    found: dict[str, list[SpecResource]] = {}
    for resource in spec_resources():
        found.setdefault(resource.path, []).append(resource)
    return {path: tuple(resources) for path, resources in found.items()}


def resource_at(domain_key: str, path: str) -> SpecResource | None:
    """The resource at `path` (parameters written `{}`), of the same domain where there is one."""
    candidates = _by_path().get(path, ())
    return next((r for r in candidates if r.domain == domain_key), candidates[0] if candidates else None)


def is_upload(operation: _catalog.Operation) -> bool:
    """Whether the operation's body is a binary `file` (the documents declare some as JSON; a form is sent)."""
    for content_type in ("application/json", "multipart/form-data"):
        schema = operation.request_schema(content_type)
        if schema is None:
            continue
        properties = _catalog.resolve_schema(operation.domain, schema).get("properties") or {}
        if any(sub.get("format") == "binary" for sub in properties.values()):
            return True
    return False


def _is_download(operation: _catalog.Operation) -> bool:
    """A GET whose documented answer is no JSON: bytes (a recording), a redirect to them (an image), or nothing
    the document describes (a form's file)."""
    return operation.method == "GET" and operation.success_schema() is None


def record_properties(resource: SpecResource) -> dict[str, Mapping[str, Any]]:
    """Top-level properties of the records of a resource (its list, get and feed item schemas), resolved."""
    return _record_properties(resource.domain, resource.path)


@cache
def _record_properties(domain_key: str, path: str) -> dict[str, Mapping[str, Any]]:
    resource = next(r for r in _by_path()[path] if r.domain == domain_key)
    merged: dict[str, Mapping[str, Any]] = {}
    for operation in resource.operations:
        item = _item_schema(operation)
        if item is None:
            continue
        resolved = _catalog.resolve_schema(operation.domain, item)
        for key, sub in (resolved.get("properties") or {}).items():
            merged.setdefault(key, sub)
    return merged


def _verb_stem(verb: str) -> str:
    stem = verb.lower().removeprefix("mark-").replace("-", "")
    for suffix in ("lation", "ation", "e"):
        if stem.endswith(suffix) and len(stem) > len(suffix) + 3:
            return stem.removesuffix(suffix)
    return stem


def _participle(verb: str) -> str:
    """`cancellation` → `Canceled`, `dismiss` → `Dismissed`, `approve` → `Approved`: the state a verb leaves."""
    stem = _verb_stem(verb)
    return stem[:1].upper() + stem[1:] + ("d" if stem.endswith("e") else "ed")


def _status_schema(domain_key: str, schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """A status field's schema past `$ref`s and single-option `oneOf`/`allOf` wrappers."""
    schema = _catalog.resolve_schema(domain_key, schema)
    for combinator in ("oneOf", "anyOf", "allOf"):
        options = [option for option in schema.get(combinator) or () if option.get("type") != "null"]
        if options:
            return _status_schema(domain_key, options[0])
    return schema


def _transition(resource: SpecResource, verb: str, method: str) -> tuple[str, Any] | None:
    """(field, value) a verb under an item path sets: a status enum value spelled like the verb (`cancel` →
    `Canceled`, `hold` → `Hold`), the verb's participle in a free-text status (`Approved`) for the state verbs of
    `STATE_VERBS`, a boolean field named after it (`confirmation` → `isConfirmed`), or `active` for `activated`.
    A DELETE undoes the verb: the enum's first other value, or False."""
    properties = record_properties(resource)
    domain = resource.domain
    stem = _verb_stem(verb)
    undo = method == "DELETE"
    wanted = VERB_VALUES.get(verb.lower())
    for name in dict.fromkeys((*STATUS_FIELDS, *(key for key in properties if key.endswith("Status")))):
        if name not in properties:
            continue
        schema = _status_schema(domain, properties[name])
        enum = [v for v in schema.get("enum") or () if isinstance(v, str)]
        if enum:
            match = (
                next((value for value in wanted if value in enum), None)
                if wanted is not None
                else next((value for value in enum if value.lower().startswith(stem)), None)
                or next((value for value in enum if stem in value.lower()), None)
            )
            if match is not None:
                return (name, next(value for value in enum if value != match)) if undo else (name, match)
            continue
        if undo or verb.lower() not in STATE_VERBS:
            continue
        value = wanted[0] if wanted else _participle(verb)
        if schema.get("type") == "string":
            return name, value
        if "name" in (schema.get("properties") or {}):
            return f"{name}.name", value
    if verb.lower() == "activated" and "active" in properties:
        return "active", "<body.active>"
    for name, schema in properties.items():
        if _catalog.resolve_schema(domain, schema).get("type") == "boolean" and stem in name.lower():
            return name, not undo
    return None


def derive(operation: _catalog.Operation) -> Rule:
    """The rule of an operation no hand-written or list/get/feed handler serves."""
    domain, method = operation.domain, operation.method
    shape = shape_of(operation)
    if is_upload(operation):
        return Rule("upload")
    if _is_download(operation):
        return Rule("download")
    if (domain, shape) in _document_paths():
        return Rule("document")
    if method == "GET" and (domain, shape + "/{}") in _written_by_path():
        return Rule("document")
    if method == "GET" and (domain, shape + "/{}") in _document_paths():
        return Rule("documents")
    if method == "GET":
        here = resource_at(domain, shape)
        return Rule("list-all", here) if here is not None else Rule("read")
    here = resource_at(domain, shape)
    if here is not None and method in ("POST", "PUT") and operation.request_schema() is not None:
        return Rule("create", here)
    if shape.endswith("/custom-fields") and (owner := resource_at(domain, shape.removesuffix("/custom-fields"))):
        return Rule("custom-fields", owner)
    if shape.endswith("/{}") and (owner := resource_at(domain, shape.removesuffix("/{}"))) is not None:
        if method == "DELETE":
            kind = "deactivate" if (domain, operation.operation_id) in DEACTIVATES else "delete"
            return Rule(kind, owner)
        return Rule("update", owner)
    verb_path = re.match(r"^(.*)/\{\}/([^{}]+)$", shape)
    if verb_path and (owner := resource_at(domain, verb_path[1])) is not None:
        moved = _transition(owner, verb_path[2], method)
        if moved is not None:
            return Rule("transition", owner, moved[0], moved[1])
        if set() < _request_fields(operation) <= set(record_properties(owner)):
            return Rule("update", owner)
    nested = re.match(r"^(.*)/\{\}/([^{}/]+)(/\{\})?$", shape)
    if nested and (owner := resource_at(domain, nested[1])) is not None:
        segment = nested[2].replace("-", "").lower()
        field = next((key for key in record_properties(owner) if key.lower().endswith(segment)), None)
        if field is not None and "array" in str(_status_schema(domain, record_properties(owner)[field]).get("type")):
            if method == "DELETE" and nested[3]:
                return Rule("item", owner, field, "remove")
            if method in ("POST", "PUT", "PATCH") and not nested[3]:
                return Rule("item", owner, field, "put")
    link_path = re.match(r"^(.*)/\{\}/[^{}]+/\{\}$", shape)
    if link_path and (owner := resource_at(domain, link_path[1])) is not None:
        field = _PARAMETER.findall(operation.path)[-1][1:-1] + "s"
        schema = record_properties(owner).get(field)
        if schema is not None and "array" in str(_catalog.resolve_schema(domain, schema).get("type")):
            return Rule("link", owner, field, "remove" if method == "DELETE" else "add")
    # A write whose last path id is the value the GET of the path before it answers (`.../preferredtechnician/{id}`).
    parent = shape.removesuffix("/{}")
    readable = parent != shape and (domain, parent) in _readable_paths() and resource_at(domain, parent) is None
    if method != "GET" and readable and not _is_item(domain, shape) and not _is_item(domain, parent):
        return Rule("document", field=_PARAMETER.findall(operation.path)[-1][1:-1], value="<path>")
    return Rule("action")


def _request_fields(operation: _catalog.Operation) -> set[str]:
    schema = operation.request_schema()
    if schema is None:
        return set()
    return set(_catalog.resolve_schema(operation.domain, schema).get("properties") or ())


@cache
def _written_by_path() -> frozenset[tuple[str, str]]:
    """(domain, path) of the writes whose last path parameter is the value a GET of the path before it answers."""
    return frozenset(
        (domain_key, shape_of(operation))
        for domain_key in _catalog.domains()
        for operation in _catalog.domain(domain_key).operations.values()
        if operation.method != "GET"
        and (domain_key, operation.operation_id) not in registry.HANDLERS
        and derive(operation).value == "<path>"
    )


@cache
def _readable_paths() -> frozenset[tuple[str, str]]:
    return frozenset(
        (domain_key, shape_of(operation))
        for domain_key in _catalog.domains()
        for operation in _catalog.domain(domain_key).operations.values()
        if operation.method == "GET"
    )


@cache
def _document_paths() -> frozenset[tuple[str, str]]:
    """(domain, path) where the catalog has both a GET and a write, no resource and no record of one: a stored
    document."""
    methods: dict[tuple[str, str], set[str]] = {}
    for domain_key in _catalog.domains():
        for operation in _catalog.domain(domain_key).operations.values():
            methods.setdefault((domain_key, shape_of(operation)), set()).add(operation.method)
    return frozenset(
        key
        for key, seen in methods.items()
        if "GET" in seen and seen & {"PUT", "PATCH", "POST"} and resource_at(*key) is None and not _is_item(*key)
    )


def _is_item(domain_key: str, shape: str) -> bool:
    """Whether a path ending in a parameter names a record of the resource before it (`/zones/{}`), rather than a
    document by a name that is no id (`.../preferences/{preferenceName}`)."""
    return shape.endswith("/{}") and resource_at(domain_key, shape.removesuffix("/{}")) is not None


# --- shared helpers -------------------------------------------------------------------------------------------


def _collection(call: Call, resource: SpecResource) -> Collection:
    return call.tenant[resource.collection]


def _path_values(call: Call) -> list[str]:
    """The path parameters of the call (but the tenant), in path order."""
    names = [match[1:-1] for match in _PARAMETER.findall(_relative(call.operation.path))]
    return [call.path_text.get(name, "") for name in names]


def check_ids(call: Call) -> list[tuple[SpecResource, int]]:
    """(resource, id) of every path id naming a record of a resource; an unknown one answers 404."""
    shape = shape_of(call.operation)
    values = _path_values(call)
    found: list[tuple[SpecResource, int]] = []
    parts = shape.split("{}")
    for position, written in enumerate(values):
        prefix = "{}".join(parts[: position + 1]).rstrip("/")
        owner = resource_at(call.operation.domain, prefix)
        if owner is None:
            continue
        collection = _collection(call, owner)
        record_id = parse_id(written)
        if record_id is None or record_id not in collection:
            raise not_found(collection.label, written)
        found.append((owner, record_id))
    return found


_field_validators: dict[tuple[str, str, str], Draft202012Validator] = {}


def _fits(resource: SpecResource, key: str, value: Any) -> bool:
    """Whether a sent field can be kept in a record its resource's reads still answer validly."""
    schema = record_properties(resource).get(key)
    if schema is None:
        return not key.startswith("@")
    cache_key = (resource.domain, resource.collection, key)
    checker = _field_validators.get(cache_key)
    if checker is None:
        checker = _field_validators[cache_key] = validator(resource.domain, schema)
    return bool(checker.is_valid(value))


def _ignore_required(*_: Any) -> None:
    return None


# A field's value checked alone: the properties an object lacks are the record's (kept, or filled in by the shaper).
_ValueValidator = validators.extend(Draft202012Validator, {"required": _ignore_required})
_answer_validators: dict[tuple[str, str, str], Any] = {}
_NO_CHECK = object()  # the write's answer says nothing of the field: any value it takes can be shown


def _answer_carries(operation: _catalog.Operation | None, key: str, value: Any) -> bool:
    """Whether the write's own answer can show `value` as its field `key` (its schema's constraints on the value,
    such as a customer name's `minLength: 1`; the properties the value lacks are not asked for). The check of
    each (operation, field) is made once, "no check" included, so a write pays a lookup per field."""
    if operation is None:
        return True
    cache_key = (operation.domain, operation.operation_id, key)
    checker = _answer_validators.get(cache_key)
    if checker is None:
        checker = _answer_validators.setdefault(cache_key, _answer_checker(operation, key))
    return checker is _NO_CHECK or bool(checker.is_valid(value))


def _answer_checker(operation: _catalog.Operation, key: str) -> Any:
    schema = operation.success_schema()
    if schema is None:
        return _NO_CHECK
    resolved = _catalog.resolve_schema(operation.domain, schema)
    field = (resolved.get("properties") or {}).get(key) if resolved.get("type") in ("object", None) else None
    if field is None:
        return _NO_CHECK
    root = dict(_catalog.schema_registry(operation.domain))
    root.update(field)
    return _ValueValidator(root, format_checker=BODY_FORMATS)


def fields_of(resource: SpecResource, body: Any, operation: _catalog.Operation | None = None) -> Record:
    """The fields of a request body a record takes: those its reads declare with a fitting value, and any other
    (the answers drop what their schemas do not declare); never the id or the timestamps the sandbox keeps. With
    the write's `operation`, a value its own answer could not show is not kept either."""
    if not isinstance(body, dict):
        return {}
    kept = {}
    for key, value in timestamps(body).items():
        if key in ("id", "createdOn", "modifiedOn") or not _fits(resource, key, value):
            continue
        if not _answer_carries(operation, key, value):
            continue
        kept[key] = value
    return kept


def _presented(resource: SpecResource, record: Record) -> Record:
    return {**record, "id": guid_of(record["id"])} if resource.guid_ids else record


def _answer(call: Call, resource: SpecResource, record: Record) -> Any:
    """A written record as the operation answers it: the record, its id, or a one-record array."""
    shown = _presented(resource, record)
    schema = call.operation.success_schema()
    if schema is None:
        return None
    kind = _catalog.resolve_schema(call.operation.domain, schema).get("type")
    if kind in ("integer", "string"):
        return shown["id"]
    if kind == "array":
        return [shown]
    return shown


def _synthetic(call: Call) -> Any:
    schema = call.operation.success_schema()
    if schema is None:
        return None
    seed = zlib.crc32(f"{call.operation.operation_id}:{sorted(call.path_text.items())}".encode())
    return instance(call.operation.domain, schema, seed=seed)


# --- the handlers of each rule ----------------------------------------------------------------------------------


def _resource_of(rule: Rule) -> SpecResource:
    if rule.resource is None:
        raise ValueError(f"the {rule.kind} rule needs a resource")
    return rule.resource


def _create(rule: Rule) -> Handler:
    resource = _resource_of(rule)

    def handle(call: Call) -> Any:
        check_ids(call)
        parents = [parse_id(value) or 0 for value in _path_values(call)]
        collection = _collection(call, resource)
        fields = fields_of(resource, call.body, call.operation)
        if resource.parent_paths and not resource.hand_modelled:
            fields[PARENTS_KEY] = parents
        return _answer(call, resource, collection.insert(**fields))

    return handle


def _own(call: Call, resource: SpecResource) -> int:
    return next(record_id for owner, record_id in reversed(check_ids(call)) if owner is resource)


def _update(rule: Rule) -> Handler:
    resource = _resource_of(rule)

    def handle(call: Call) -> Any:
        record_id = _own(call, resource)
        record = _collection(call, resource).update(record_id, fields_of(resource, call.body, call.operation))
        assert record is not None
        return _answer(call, resource, record)

    return handle


def _delete(rule: Rule) -> Handler:
    resource = _resource_of(rule)

    def handle(call: Call) -> Any:
        record_id = _own(call, resource)
        collection = _collection(call, resource)
        if rule.kind == "deactivate":
            return _answer(call, resource, collection.modify(record_id, active=False))
        record = collection.get(record_id)
        collection.delete(record_id)
        return _answer(call, resource, record) if record is not None else None

    return handle


def _transition_handler(rule: Rule) -> Handler:
    resource = _resource_of(rule)

    def handle(call: Call) -> Any:
        record_id = _own(call, resource)
        changes = fields_of(resource, call.body)
        value = rule.value
        if value == "<body.active>":
            value = bool(call.body.get("active", True)) if isinstance(call.body, dict) else True
        collection = _collection(call, resource)
        field, _, part = str(rule.field).partition(".")
        if part:  # a status object (`{"value": 2, "name": "Sold"}`): its name moves
            current = (collection.get(record_id) or {}).get(field)
            value = {**(current if isinstance(current, dict) else {}), part: value}
        changes[field] = value
        record = collection.update(record_id, changes)
        assert record is not None
        return _answer(call, resource, record)

    return handle


def _link(rule: Rule) -> Handler:
    """Adds the last id of the path to the record's list of such ids (`/customers/{id}/tags/{tagTypeId}` →
    `tagTypeIds`), or removes it."""
    resource = _resource_of(rule)
    field = str(rule.field)

    def handle(call: Call) -> Any:
        record_id = _own(call, resource)
        collection = _collection(call, resource)
        linked = parse_id(_path_values(call)[-1])
        current = [value for value in (collection.get(record_id) or {}).get(field) or () if value != linked]
        record = collection.update(record_id, {field: current if rule.value == "remove" else [*current, linked]})
        return _answer(call, resource, record) if record is not None else None

    return handle


def _item(rule: Rule) -> Handler:
    """Puts the body into the record's list field the path names (`/estimates/{id}/items` → `items`), replacing
    the element with the body's `id` or adding one with a new id; a DELETE of `.../items/{itemId}` removes one."""
    resource = _resource_of(rule)
    field = str(rule.field)

    def handle(call: Call) -> Any:
        record_id = _own(call, resource)
        collection = _collection(call, resource)
        elements = [dict(e) for e in (collection.get(record_id) or {}).get(field) or () if isinstance(e, dict)]
        if rule.value == "remove":
            written = _path_values(call)[-1]
            kept = [element for element in elements if str(element.get("id")) != written]
            if len(kept) == len(elements):
                raise not_found(field, written)
            collection.update(record_id, {field: kept})
            return None
        item = timestamps(call.body) if isinstance(call.body, dict) else {}
        wanted = item.get("id")
        old = next((element for element in elements if wanted is not None and element.get("id") == wanted), None)
        if old is None:
            ids = [element["id"] for element in elements if isinstance(element.get("id"), int)]
            item = {**item, "id": wanted if wanted is not None else max(ids, default=0) + 1}
            elements.append(item)
        else:
            item = {**old, **item}
            elements[elements.index(old)] = item
        collection.update(record_id, {field: elements})
        return item

    return handle


def _custom_fields(rule: Rule) -> Handler:
    resource = _resource_of(rule)

    def handle(call: Call) -> Any:
        collection = _collection(call, resource)
        operations = call.body.get("operations") if isinstance(call.body, dict) else None
        for position, operation in enumerate(operations or ()):
            object_id = operation.get("objectId")
            record = collection.get(object_id) if isinstance(object_id, int) else None
            if record is None:
                raise bad_request(f"operations[{position}].objectId", f"{collection.label} {object_id} does not exist.")
            fields = {field["name"]: field for field in record.get("customFields") or () if isinstance(field, dict)}
            for pair in operation.get("customFields") or ():
                fields[pair.get("name")] = {"typeId": 0, **fields.get(pair.get("name"), {}), **pair}
            collection.update(record["id"], {"customFields": list(fields.values())})
        return _synthetic(call)

    return handle


def _list_all(rule: Rule) -> Handler:
    resource = _resource_of(rule)

    def handle(call: Call) -> Any:
        check_ids(call)
        parents = [parse_id(value) or 0 for value in _path_values(call)]
        records = [
            _presented(resource, record)
            for record in _collection(call, resource).records()
            if not parents or (record.get(PARENTS_KEY) or [])[: len(parents)] == parents
        ]
        schema = call.operation.success_schema()
        kind = _catalog.resolve_schema(call.operation.domain, schema).get("type") if schema else None
        if kind == "array":
            return records
        return {"page": 1, "pageSize": len(records), "hasMore": False, "totalCount": len(records), "data": records}

    return handle


def _document_key(call: Call, by_path: bool = False) -> str:
    """Where a document is kept: its domain, path and path values (a value written into the path, the last one of
    a `.../preferredtechnician/{id}` write, is the document's content, not part of its key)."""
    shape, values = shape_of(call.operation), _path_values(call)
    if by_path:
        shape, values = shape.removesuffix("/{}"), values[:-1]
    return f"{call.operation.domain}:{shape}:" + "|".join(values)


def _documents_under(call: Call) -> list[Record]:
    """The documents kept by name under the call's path (`.../preferences/{preferenceName}` under `.../preferences`),
    in the order they were first written."""
    prefix = f"{call.operation.domain}:{shape_of(call.operation)}/{{}}:" + "".join(v + "|" for v in _path_values(call))
    return [
        document
        for key, document in call.tenant.documents.items()
        if key.startswith(prefix) and "|" not in key[len(prefix) :]
    ]


def _named(parameter: str) -> tuple[str, str]:
    """The answer fields a path parameter names: itself, and its last word (`preferenceName` → `name`)."""
    words = re.findall(r"[A-Z]?[a-z0-9]+", parameter)
    last = words[-1].lower() if words else parameter
    return parameter, last


def _document(rule: Rule) -> Handler:
    def handle(call: Call) -> Any:
        check_ids(call)
        documents = call.tenant.documents
        by_path = rule.value == "<path>"
        key = _document_key(call, by_path)
        if by_path:  # the value is the last path parameter: what the GET of the path before it answers
            written = _path_values(call)[-1]
            documents[key] = {"@value": parse_id(written) if parse_id(written) is not None else written}
            call.tenant.next_sequence()
            return _synthetic(call)
        if call.operation.method != "GET":
            last = [name[1:-1] for name in _PARAMETER.findall(call.operation.path)][-1:]
            named = {  # a document kept by name carries its name (`preferenceName` → `name`)
                key: call.path_text[name]
                for name in last
                if shape_of(call.operation).endswith("/{}")
                for key in _named(name)
            }
            current = documents.get(key, {})
            sent = timestamps(call.body) if isinstance(call.body, dict) else {}
            documents[key] = {**named, **current, **sent}
            call.tenant.next_sequence()
        stored = documents.get(key)
        if stored is not None and "@value" in stored:
            return stored["@value"]
        answer = _synthetic(call)
        if isinstance(answer, dict):
            names = {key: value for name, value in call.path_text.items() for key in _named(name) if key in answer}
            answer = {**answer, **names, **(stored or {})}
        return answer

    return handle


def _named_documents(rule: Rule) -> Handler:
    """The GET of a path whose documents are kept by name under it: a synthetic list with the written ones."""

    def handle(call: Call) -> Any:
        check_ids(call)
        answer = _synthetic(call)
        written = _documents_under(call)
        if not isinstance(answer, list):
            return answer
        names = {document.get("name") for document in written}
        return [item for item in answer if not isinstance(item, dict) or item.get("name") not in names] + written

    return handle


def _upload(rule: Rule) -> Handler:
    def handle(call: Call) -> Any:
        check_ids(call)
        upload = call.files.get("file")
        if upload is None:
            raise bad_request("file", "The file field is required.")
        tenant = call.tenant
        name = upload.filename.rsplit("/", 1)[-1] or "file"
        file_id = None
        here = resource_at(call.operation.domain, shape_of(call.operation))
        if here is not None:  # a job's attachments: the file is a record of their list too, its id the file's
            parents = [parse_id(value) or 0 for value in _path_values(call)]
            fields = {"fileName": name, "name": name, "size": len(upload.data), "contentType": upload.content_type}
            extra = {key: value for key, value in fields.items() if _fits(here, key, value)}
            file_id = int(_collection(call, here).insert(**extra, **{PARENTS_KEY: parents})["id"])
        file_id = tenant.store_file(upload.filename, upload.content_type, upload.data, file_id)
        path = tenant.file_path(file_id)
        return {
            "id": file_id,
            "path": path,
            "name": name,
            "fileName": name,
            "url": path,
            "createdOn": tenant.now(),
            "size": len(upload.data),
            "contentType": upload.content_type,
        }

    return handle


DOWNLOAD_FLAG = "sandboxDownload"
"""The query flag of the URL a 302 download answer points at; that URL answers the bytes."""


def _download(rule: Rule) -> Handler:
    def handle(call: Call) -> Any:
        owners = check_ids(call)
        tenant = call.tenant
        path = call.query.get("path")
        if path is not None:
            stored = tenant.file_at(path)
            if stored is None:
                raise ProblemError(404, f"No file is stored at path {path!r}.")
            if "302" in call.operation.responses and call.query.get(DOWNLOAD_FLAG) is None:
                return Redirect(f"{_concrete_path(call)}?{urlencode({'path': path, DOWNLOAD_FLAG: 1})}")
            return Binary(stored[2], stored[1], stored[0])
        values = _path_values(call)
        if owners:  # bytes belonging to a record (a call's recording): made up, stable per record
            record_id = owners[-1][1]
            return Binary(b"RIFF" + record_id.to_bytes(8, "big") + b"sandbox audio", "application/octet-stream")
        file_id = parse_id(values[-1]) if values else None
        stored = tenant.files.get(file_id) if file_id is not None else None
        if stored is None:
            raise not_found("File", values[-1] if values else "")
        return Binary(stored[2], stored[1], stored[0])

    return handle


def _concrete_path(call: Call) -> str:
    path = call.operation.path.replace("{tenant}", str(call.tenant.tenant_id))
    for name, value in call.path_text.items():
        path = path.replace("{" + name + "}", value)
    return path


def _synthetic_handler(rule: Rule) -> Handler:
    def handle(call: Call) -> Any:
        check_ids(call)
        return _synthetic(call)

    return handle


MAKERS = {
    "create": _create,
    "update": _update,
    "delete": _delete,
    "deactivate": _delete,
    "transition": _transition_handler,
    "custom-fields": _custom_fields,
    "link": _link,
    "item": _item,
    "list-all": _list_all,
    "document": _document,
    "documents": _named_documents,
    "upload": _upload,
    "download": _download,
    "read": _synthetic_handler,
    "action": _synthetic_handler,
}


@cache
def derived_rules() -> dict[tuple[str, str], Rule]:
    """The rule of every operation this module serves."""
    found = {}
    for domain_key in _catalog.domains():
        if domain_key == "reporting":
            continue
        for operation in _catalog.domain(domain_key).operations.values():
            key = (domain_key, operation.operation_id)
            if key not in registry.HANDLERS and key not in registry.DERIVED:
                found[key] = derive(operation)
    return found


def register() -> None:
    for (domain_key, operation_id), rule in derived_rules().items():
        registry.rules(domain_key, operation_id, MAKERS[rule.kind](rule))


def rules() -> list[str]:
    """One line per operation of the catalog: `domain operationId METHOD path: rule`, sorted."""
    derived = derived_rules()
    lines = []
    for domain_key in _catalog.domains():
        for operation in _catalog.domain(domain_key).operations.values():
            key = (domain_key, operation.operation_id)
            if domain_key == "reporting":
                rule = "reports (reports.py)"
            elif key in registry.HANDLERS:
                rule = f"hand ({registry.HANDLERS[key].__module__.rsplit('.', 1)[-1]}.py)"
            elif key in registry.DERIVED:
                rule = registry.describe_derived(key)
            else:
                rule = derived[key].describe()
            lines.append(f"{domain_key} {operation.operation_id} {operation.method} {shape_of(operation)}: {rule}")
    return sorted(lines)


register()
