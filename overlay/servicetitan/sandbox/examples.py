"""A valid request for an operation the sandbox serves by a catalog rule, made from the catalog (contract tests).

    request = example_request(sandbox, "pricebook", "Services_Update")
    client.request(request.method, request.url, params=request.params, json=request.json, files=request.files)

Path ids that name records of a resource name fresh ones, inserted for the request (a record under its parents on
a sub-collection's path), so a write never disturbs another test's records; other path parameters get a value of
their schema's type. The body and the required query parameters are generated from their schemas
(`synthetic.instance`), with the references a rule needs filled in (`operations[].objectId` of a custom-fields
update names a record; a download's `path` names a stored file). A hand-modelled write needs valid references of
its own (a job's location belongs to its customer); this helper does not make those.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from servicetitan import _catalog

from .spec_resources import PARENTS_KEY
from .spec_writes import derived_rules, resource_at, shape_of
from .store import guid_of, parse_id
from .synthetic import instance

if TYPE_CHECKING:
    from .app import Sandbox

_PARAMETER = re.compile(r"\{([^}]+)\}")
SAMPLE_FILE = ("sample.bin", b"sandbox sample bytes\x00\x01\x02", "application/octet-stream")


@dataclass(slots=True)
class ExampleRequest:
    method: str
    url: str
    """The path, tenant and parameters filled in (relative to the sandbox's base URL)."""
    params: dict[str, Any] = field(default_factory=dict)
    json: Any = None
    files: dict[str, tuple[str, bytes, str]] | None = None
    records: dict[str, tuple[str, int]] = field(default_factory=dict)
    """Path parameter → (collection, id) of each record the path names."""
    path_params: dict[str, Any] = field(default_factory=dict)
    """The value of each path parameter (but the tenant), in path order."""
    path_ids: list[int] = field(default_factory=list)
    """Each path parameter (but the tenant) as an id, in path order (0 where it is none): a sub-collection's
    records keep these as their parents."""


def url_of(operation: _catalog.Operation, tenant_id: int, values: Mapping[str, Any]) -> str:
    url = operation.path.replace("{tenant}", str(tenant_id))
    for name, value in values.items():
        url = url.replace("{" + name + "}", str(value))
    return url


# Paging controls a document requires get the first page of a useful size rather than any valid number.
_PAGING_VALUES: dict[str, Any] = {"pageSize": 50, "includeTotal": True}


def required_query(operation: _catalog.Operation, seed: int = 1) -> dict[str, Any]:
    """A valid value for each query parameter the document requires (the sandbox refuses a request without one,
    as the API does): the first page for `page`, generated from the schema otherwise."""
    params: dict[str, Any] = {}
    for parameter in operation.parameters:
        if parameter.location != "query" or not parameter.required:
            continue
        if parameter.name == "page":
            params["page"] = parameter.schema.get("minimum", 1)
        elif parameter.name in _PAGING_VALUES:
            maximum = parameter.schema.get("maximum")
            value = _PAGING_VALUES[parameter.name]
            params[parameter.name] = min(value, maximum) if isinstance(maximum, int) else value
        else:
            params[parameter.name] = instance(operation.domain, parameter.schema, seed=seed)
    return params


def _known_parameters(sandbox: Sandbox, domain: str, parts: list[str], tenant_id: int) -> dict[str, Any]:
    """Path parameters under which the resources deeper in the path have records (a booking provider's id)."""
    known: dict[str, Any] = {}
    for position in range(len(parts)):
        owner = resource_at(domain, "{}".join(parts[: position + 1]).rstrip("/"))
        if owner is not None and (owner.lists or owner.gets):
            read = (owner.lists or owner.gets)[0]
            known.update(sandbox.path_params(owner.domain, read.operation_id, tenant_id))
    return known


def example_request(sandbox: Sandbox, domain: str, operation_id: str, tenant_id: int, seed: int = 1) -> ExampleRequest:
    operation = _catalog.operation(domain, operation_id)
    tenant = sandbox.tenant(tenant_id)
    rule = derived_rules().get((domain, operation_id))
    kind = rule.kind if rule is not None else ""
    parts = shape_of(operation).split("{}")
    names = [name for name in _PARAMETER.findall(operation.path) if name != "tenant"]
    values: dict[str, Any] = {}
    records: dict[str, tuple[str, int]] = {}
    known = _known_parameters(sandbox, domain, parts, tenant_id)
    for position, name in enumerate(names):
        owner = resource_at(domain, "{}".join(parts[: position + 1]).rstrip("/"))
        parameter = operation.parameter(name)
        schema: Mapping[str, Any] = parameter.schema if parameter is not None else {}
        if owner is not None:
            collection = tenant[owner.collection]
            scoped = (
                {PARENTS_KEY: [parse_id(str(value)) or 0 for value in values.values()]}
                if owner.parent_paths and not owner.hand_modelled
                else {}
            )
            record_id = int(collection.insert(**scoped)["id"])
            records[name] = (owner.collection, record_id)
            values[name] = guid_of(record_id) if owner.guid_ids else record_id
        elif name in known:
            values[name] = known[name]
        elif schema.get("type") == "integer":
            values[name] = 1 + zlib.crc32(name.encode()) % 1000
        elif schema.get("format") in ("guid", "uuid"):
            values[name] = guid_of(1 + zlib.crc32(name.encode()) % 1000)
        else:
            values[name] = f"sandbox-{name}"
    if kind == "item" and rule is not None and rule.value == "remove" and rule.resource is not None:
        owner_id = list(records.values())[-1][1]  # the record whose list holds the element the path names
        tenant[rule.resource.collection].modify(owner_id, **{str(rule.field): [{"id": values[names[-1]]}]})
    if kind == "download" and names and not records:  # a file by id: one stored for the request
        values[names[-1]] = tenant.store_file(SAMPLE_FILE[0], SAMPLE_FILE[2], SAMPLE_FILE[1])
    url = url_of(operation, tenant_id, values)
    params = required_query(operation, seed)
    if kind == "download" and operation.parameter("path") is not None:
        params["path"] = tenant.file_path(tenant.store_file(SAMPLE_FILE[0], SAMPLE_FILE[2], SAMPLE_FILE[1]))
    path_ids = [parse_id(str(value)) or 0 for value in values.values()]
    request = ExampleRequest(
        operation.method, url, params, records=records, path_params=dict(values), path_ids=path_ids
    )
    if kind == "upload":
        request.files = {"file": SAMPLE_FILE}
        return request
    body_schema = operation.request_schema()
    if body_schema is not None:
        request.json = instance(domain, body_schema, seed=seed)
    if kind == "custom-fields" and rule is not None and rule.resource is not None:
        target = next(tenant[rule.resource.collection].ids())
        for item in (request.json or {}).get("operations") or ():
            item["objectId"] = target
    return request
