"""Every paged list, get-by-id and export feed of the catalog, served from one store per resource.

Operations are grouped into resources by path: `.../jobs` (a list), `.../jobs/{id}` (its get-by-id) and
`.../export/jobs` (its feed) are one resource, so they answer from one collection and agree. A resource the
sandbox models by hand (`resources.RESOURCES`) keeps its collection and data; any other gets a collection of
records made from its schemas (`synthetic`), a few for reference data and up to a few thousand for the
transactional ones. A nested list (`.../jobs/{id}/notes`) scopes its records by the parent ids of its path, and
those ids are ids of the parent resource's records where the catalog has one.

Seeding these collections never raises the tenant's change sequence (a collection holds at most as many
records as the sequence already counts), so the export tokens of the hand-modelled feeds stay what they were.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any

from servicetitan import _catalog

from .call import Call, Handler
from .listing import BASE_SORT_FIELDS, export_page, list_page, parse_list_request
from .problems import not_found
from .registry import derives
from .resources import collection_of
from .seed import Timeline, mix
from .store import Collection, Record, SeededRange, Tenant, guid_of, parse_id
from .synthetic import record_factory

PARENTS_KEY = "@parents"
"""Where a record of a nested list keeps the path ids it is listed under (no schema declares this key)."""
PARENTS_PER_LEVEL = 3
FIRST_SYNTHETIC_ID = 100_000_001
ID_BLOCK = 1_000_000
MAX_RECORDS = 3_000
MIN_RECORDS = 5
_PARAMETER = re.compile(r"\{[^}]+\}")
_TENANT_PREFIX = re.compile(r"^.*?/tenant/\{tenant\}")
_SCALARS = frozenset({"integer", "number", "string", "boolean"})


@dataclass(frozen=True, slots=True)
class SpecResource:
    domain: str
    path: str
    """The path after the tenant, parameters written `{}`: `/jobs/{}/notes`."""
    collection: str
    hand_modelled: bool
    lists: tuple[_catalog.Operation, ...]
    gets: tuple[_catalog.Operation, ...]
    exports: tuple[_catalog.Operation, ...]
    number: int
    """Position among the synthetic resources: decides the block of ids its records take."""
    guid_ids: bool
    """Whether the records are keyed by guids (their get-by-id takes one): they show `guid_of(id)`."""

    @property
    def operations(self) -> tuple[_catalog.Operation, ...]:
        return (*self.lists, *self.gets, *self.exports)

    def is_get(self, operation: _catalog.Operation) -> bool:
        return any(get.operation_id == operation.operation_id for get in self.gets)

    @property
    def parent_paths(self) -> tuple[str, ...]:
        """The path of each parent level: `/a/{}/b/{}/c` → (`/a`, `/a/{}/b`)."""
        parts = self.path.split("{}")[:-1]
        return tuple("{}".join(parts[: level + 1]).rstrip("/") for level in range(len(parts)))

    def parent_params(self, operation: _catalog.Operation) -> tuple[tuple[int, str], ...]:
        """(level, name) of each id path parameter of `operation` naming a parent (not the record's own id).
        A parameter that is not an id (a report category, a preference name) scopes nothing."""
        names = [match[1:-1] for match in _PARAMETER.findall(_relative(operation.path))]
        if self.is_get(operation):
            names = names[:-1]
        return tuple((level, name) for level, name in enumerate(names) if _is_id(operation.parameter(name)))


def _relative(path: str) -> str:
    return _TENANT_PREFIX.sub("", path)


def _is_guid(schema: Mapping[str, Any]) -> bool:
    return schema.get("format") in ("guid", "uuid")


def _is_id(parameter: _catalog.Parameter | None) -> bool:
    """An integer id, a guid, or a string the spec names as an id (`id`, `...Id`)."""
    if parameter is None:
        return False
    kind = parameter.schema.get("type")
    named = parameter.name == "id" or parameter.name.endswith("Id")
    return kind == "integer" or (kind == "string" and (_is_guid(parameter.schema) or named))


def _takes_guid(get: _catalog.Operation) -> bool:
    parameter = get.parameter(_own_id(get))
    return parameter is not None and _is_guid(parameter.schema)


def _id_text(record_id: int, parameter: _catalog.Parameter | None) -> int | str:
    if parameter is not None and _is_guid(parameter.schema):
        return guid_of(record_id)
    if parameter is not None and parameter.schema.get("type") == "string":
        return str(record_id)
    return record_id


def _kind(operation: _catalog.Operation) -> str | None:
    """`list`, `get` or `export` for the operations this module serves, else None."""
    if operation.method != "GET":
        return None
    names = {parameter.name for parameter in operation.parameters}
    if {"page", "pageSize"} <= names:
        return "list"
    path = _relative(operation.path)
    if path.startswith("/export/"):
        return "export"
    if path.endswith("}") and _is_id(operation.parameter(_own_id(operation))) and operation.success_schema():
        return "get"
    return None


def _own_id(operation: _catalog.Operation) -> str:
    """The name of the last path parameter: a get-by-id's own id."""
    return _relative(operation.path).rsplit("/", 1)[-1].strip("{}")


def _resource_path(operation: _catalog.Operation, kind: str) -> str:
    path = _relative(operation.path)
    if kind == "export":
        path = path.removeprefix("/export")
    elif kind == "get":
        path = path.rsplit("/", 1)[0]
    return _PARAMETER.sub("{}", path)


@cache
def spec_resources() -> tuple[SpecResource, ...]:
    grouped: dict[tuple[str, str], dict[str, list[_catalog.Operation]]] = {}
    for domain_key in _catalog.domains():
        for operation in _catalog.domain(domain_key).operations.values():
            kind = _kind(operation)
            if kind is not None:
                kinds = grouped.setdefault((domain_key, _resource_path(operation, kind)), {})
                kinds.setdefault(kind, []).append(operation)
    found: list[SpecResource] = []
    synthetic_number = 0
    for (domain_key, path), kinds in sorted(grouped.items()):
        members = [operation for operations in kinds.values() for operation in operations]
        hand = next((name for op in members if (name := collection_of(domain_key, op.operation_id)) is not None), None)
        found.append(
            SpecResource(
                domain=domain_key,
                path=path,
                collection=hand or f"{domain_key}:{path}",
                hand_modelled=hand is not None,
                lists=tuple(kinds.get("list", ())),
                gets=tuple(kinds.get("get", ())),
                exports=tuple(kinds.get("export", ())),
                number=synthetic_number,
                guid_ids=any(_takes_guid(get) for get in kinds.get("get", ())),
            )
        )
        synthetic_number += hand is None
    return tuple(found)


@cache
def resource_of(domain_key: str, operation_id: str) -> SpecResource | None:
    for resource in spec_resources():
        if any(op.operation_id == operation_id for op in resource.operations) and resource.domain == domain_key:
            return resource
    return None


# --- seeding ---------------------------------------------------------------------------------------------------


def _item_schema(operation: _catalog.Operation) -> Mapping[str, Any] | None:
    """The schema of one record of an operation's answer: `data.items` of a page or a feed batch, `items` of an
    array, or the answer itself for a get-by-id."""
    schema = operation.success_schema()
    if schema is None:
        return None
    resolved = _catalog.resolve_schema(operation.domain, schema)
    if resolved.get("type") == "array":
        items: Mapping[str, Any] | None = resolved.get("items")
        return items
    properties = resolved.get("properties") or {}
    if "data" in properties and "hasMore" in properties:
        items = properties["data"].get("items")
        return items
    return schema


def _is_transactional(resource: SpecResource) -> bool:
    return bool(resource.exports) or any(op.parameter("modifiedOnOrAfter") for op in resource.lists)


def _record_count(resource: SpecResource, jobs: int) -> int:
    salt = zlib.crc32(resource.collection.encode())
    if resource.parent_paths:
        return PARENTS_PER_LEVEL * (2 + salt % 4)
    if _is_transactional(resource):
        return min(MAX_RECORDS, max(MIN_RECORDS, jobs // 2))
    return 3 + salt % 10


class _Seeder:
    def __init__(self, tenant: Tenant, jobs: int, seed: int) -> None:
        self.tenant = tenant
        self.jobs = jobs
        self.seed = seed
        self.by_path: dict[str, list[SpecResource]] = {}
        for resource in spec_resources():
            self.by_path.setdefault(resource.path, []).append(resource)

    def populate(self) -> None:
        for resource in spec_resources():
            if not resource.hand_modelled and resource.collection not in self.tenant.collections:
                self.add(resource)

    def collection(self, resource: SpecResource) -> Collection:
        found = self.tenant.collections.get(resource.collection)
        return found if found is not None else self.add(resource)

    def add(self, resource: SpecResource) -> Collection:
        count = max(1, min(_record_count(resource, self.jobs), self.tenant.sequence))
        timeline = Timeline(count)
        parents = [self.parent_ids(resource, path) for path in resource.parent_paths]

        def parents_of(index: int) -> Mapping[str, Any]:
            return {PARENTS_KEY: [ids[index % len(ids)] for ids in parents]} if parents else {}

        schemas = [schema for op in resource.operations if (schema := _item_schema(op)) is not None]
        factory = record_factory(
            resource.domain,
            schemas,
            seed=mix(resource.number, 7, self.seed),
            first_id=FIRST_SYNTHETIC_ID + resource.number * ID_BLOCK,
            created_on=timeline.created,
            modified_on=timeline.modified_on,
            extra=parents_of,
        )
        label = resource.path.rsplit("/", 1)[-1].replace("-", " ").capitalize() or "Record"
        seeded = SeededRange(FIRST_SYNTHETIC_ID + resource.number * ID_BLOCK, count, factory, timeline.modified_on)
        return self.tenant.add(resource.collection, label, seeded)

    def parent_ids(self, resource: SpecResource, path: str) -> list[int]:
        """Ids of the first few records of the parent resource (same domain first), or 1, 2, 3 when the catalog
        has no resource at that path."""
        candidates = sorted(self.by_path.get(path, ()), key=lambda other: other.domain != resource.domain)
        if not candidates:
            return list(range(1, PARENTS_PER_LEVEL + 1))
        parent = self.collection(candidates[0])
        return list(islice(parent.ids(), PARENTS_PER_LEVEL)) or [1]


def populate(tenant: Tenant, jobs: int, seed: int) -> None:
    """Add a collection for every catalog resource the hand-written seed does not model."""
    _Seeder(tenant, jobs, seed).populate()


# --- handlers --------------------------------------------------------------------------------------------------


def _parent_values(call: Call, resource: SpecResource) -> list[tuple[int, int]]:
    """(level, id) of each parent the request's path names."""
    return [(level, parse_id(call.path_text[name]) or 0) for level, name in resource.parent_params(call.operation)]


def _under(record: Record, parents: list[tuple[int, int]]) -> bool:
    own = record.get(PARENTS_KEY) or ()
    return all(level < len(own) and own[level] == parent for level, parent in parents)


def _scoped(collection: Collection, parents: list[tuple[int, int]]) -> Callable[[], Iterable[Record]]:
    if not parents:
        return collection.records

    def records() -> Iterator[Record]:
        return (record for record in collection.records() if _under(record, parents))

    return records


@cache
def _sort_fields(domain_key: str, operation_id: str) -> tuple[str, ...]:
    """Id, CreatedOn, ModifiedOn and every top-level scalar field of the operation's records."""
    operation = _catalog.operation(domain_key, operation_id)
    item = _item_schema(operation)
    properties = (_catalog.resolve_schema(operation.domain, item) if item else {}).get("properties") or {}
    scalars = [
        name[:1].upper() + name[1:]
        for name, schema in properties.items()
        if _SCALARS.intersection(_types(_catalog.resolve_schema(operation.domain, schema)))
    ]
    return tuple(dict.fromkeys((*BASE_SORT_FIELDS, *scalars)))


def _types(schema: Mapping[str, Any]) -> tuple[str, ...]:
    declared = schema.get("type")
    return (declared,) if isinstance(declared, str) else tuple(declared or ())


def _plain(record: Record) -> Record:
    """A record without the sandbox's own keys, for operations whose answer has no schema to cut it to."""
    return {key: value for key, value in record.items() if not key.startswith("@")}


@cache
def _answer_form(domain_key: str, operation_id: str) -> str:
    """How a list answers: `page` (the envelope), `array` (a bare array of records), `rows` (an envelope of
    value arrays, as report-like sets have), or `unshaped` (no schema to cut records to)."""
    operation = _catalog.operation(domain_key, operation_id)
    schema = operation.success_schema()
    if schema is None:
        return "unshaped"
    if "array" in _types(_catalog.resolve_schema(domain_key, schema)):
        return "array"
    item = _item_schema(operation)
    return "rows" if item is not None and "array" in _types(_catalog.resolve_schema(domain_key, item)) else "page"


def _presented(resource: SpecResource, record: Record) -> Record:
    """A record as its resource's answers show it: a guid-keyed resource shows its id as a guid."""
    return {**record, "id": guid_of(record["id"])} if resource.guid_ids else record


def _list_handler(resource: SpecResource) -> Handler:
    def handle(call: Call) -> Any:
        operation = call.operation
        collection = call.tenant[resource.collection]
        request = parse_list_request(
            operation,
            call.query,
            _sort_fields(operation.domain, operation.operation_id),
            call.path_text,
            call.deviations,
        )
        parents = _parent_values(call, resource)
        scoped = _scoped(collection, parents)
        body = list_page(request, scoped, collection.get, call.tenant.index, None if parents else collection.ids)
        body["data"] = [_presented(resource, record) for record in body["data"]]
        form = _answer_form(operation.domain, operation.operation_id)
        if form == "array":
            return body["data"]
        if form == "unshaped":
            return {**body, "data": [_plain(record) for record in body["data"]]}
        if form == "rows":
            return {**body, "data": [list(_plain(record).values()) for record in body["data"]]}
        return body

    return handle


def _get_handler(resource: SpecResource) -> Handler:
    def handle(call: Call) -> Any:
        collection = call.tenant[resource.collection]
        written = call.path_text[_own_id(call.operation)]
        record_id = parse_id(written)
        record = collection.get(record_id) if record_id is not None else None
        if record is None or not _under(record, _parent_values(call, resource)):
            raise not_found(collection.label, written)
        return _presented(resource, record)

    return handle


def _export_handler(resource: SpecResource) -> Handler:
    def handle(call: Call) -> Any:
        batch = export_page(call.tenant[resource.collection], call.query, call.export, call.clock())
        return {**batch, "data": [_presented(resource, record) for record in batch["data"]]}

    return handle


def register() -> None:
    for resource in spec_resources():
        for operations, make in (
            (resource.lists, _list_handler),
            (resource.gets, _get_handler),
            (resource.exports, _export_handler),
        ):
            for operation in operations:
                kind = {_list_handler: "list", _get_handler: "get", _export_handler: "export"}[make]
                derives(
                    resource.domain, operation.operation_id, make(resource), f"{kind} {resource.domain}:{resource.path}"
                )


def path_params(tenant: Tenant, domain_key: str, operation_id: str) -> dict[str, int | str]:
    """Path parameters (but the tenant) under which a served list, get-by-id or feed has records: the parents of
    its first record and, for a get-by-id, that record's id."""
    resource = resource_of(domain_key, operation_id)
    if resource is None:
        raise ValueError(f"{domain_key} {operation_id} is not a list, get-by-id or export feed the sandbox serves")
    operation = _catalog.operation(domain_key, operation_id)
    first = next(tenant[resource.collection].records())
    params: dict[str, int | str] = {}
    for level, name in resource.parent_params(operation):
        if PARENTS_KEY in first:
            params[name] = _id_text(first[PARENTS_KEY][level], operation.parameter(name))
            continue
        # A hand-modelled record names its parent in a field: `customerId` under /customers/{id}/contacts,
        # `bookingProviderId` under /booking-provider/{booking_provider}/bookings.
        for field in _parent_fields(name, resource.parent_paths[level]):
            if isinstance(first.get(field), int):
                params[name] = first[field]
                break
    if resource.is_get(operation):
        own = _own_id(operation)
        params[own] = _id_text(first["id"], operation.parameter(own))
    return params


def _parent_fields(name: str, parent_path: str) -> tuple[str, ...]:
    segment = parent_path.rsplit("/", 1)[-1]
    singular = _camel(segment.replace("-", "_")).removesuffix("s")
    return (f"{singular}Id", f"{_camel(name)}Id", *((name,) if name != "id" else ()))


def _camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


register()
