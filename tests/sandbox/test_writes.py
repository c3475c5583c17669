"""Writes served by a catalog rule change state, and the reads of the same resource show it: parametrized over every
such operation of the catalog (not hand-picked), each through the resource's get-by-id, paged list and export feed
where it has them, on one sandbox served on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from servicetitan import _catalog
from servicetitan.sandbox import Sandbox, serve, spec_writes
from servicetitan.sandbox.examples import ExampleRequest, example_request, required_query
from servicetitan.sandbox.resources import timestamps
from servicetitan.sandbox.spec_resources import SpecResource, _id_text
from servicetitan.sandbox.store import guid_of
from servicetitan.sandbox.timefmt import format_timestamp, parse_timestamp

from .conftest import JOBS, START, TENANT, FakeClock, authenticate

STATEFUL = ("create", "update", "delete", "deactivate", "transition", "custom-fields", "link", "item")
WRITES = sorted(
    key
    for key, rule in spec_writes.derived_rules().items()
    if rule.kind in STATEFUL and rule.resource is not None and (rule.resource.gets or rule.resource.lists)
)
_SCALARS = (str, int, float, bool)


@pytest.fixture(scope="module")
def write_clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture(scope="module")
def write_sandbox(write_clock: FakeClock) -> Sandbox:
    return Sandbox(jobs=JOBS, clock=write_clock)


@pytest.fixture(scope="module")
def write_client(write_sandbox: Sandbox) -> Iterator[httpx.Client]:
    with serve(write_sandbox) as base_url, httpx.Client(base_url=base_url, trust_env=False) as client:
        authenticate(client, write_sandbox)
        yield client


# --- reading a record back through the resource's own operations -------------------------------------------------


def _url(operation: _catalog.Operation, resource: SpecResource, sandbox: Sandbox, parents: list[int], own: Any) -> str:
    values: dict[str, Any] = dict(sandbox.path_params(operation.domain, operation.operation_id, TENANT))
    for level, name in resource.parent_params(operation):
        if level < len(parents):
            values[name] = _id_text(parents[level], operation.parameter(name))
    if own is not None:
        values[operation.path.rsplit("{", 1)[1].rstrip("}")] = own
    url = operation.path.replace("{tenant}", str(TENANT))
    for name, value in values.items():
        url = url.replace("{" + name + "}", str(value))
    return url


def _shown(resource: SpecResource, record_id: int) -> Any:
    return guid_of(record_id) if resource.guid_ids else record_id


def read_by_get(client: httpx.Client, sandbox: Sandbox, resource: SpecResource, parents: list[int], record_id: int
                ) -> httpx.Response:  # fmt: skip
    get = resource.gets[0]
    return client.get(_url(get, resource, sandbox, parents, _shown(resource, record_id)))


def _is_record(row: Any, resource: SpecResource, sandbox: Sandbox, record_id: int) -> bool:
    """Whether a listed row is the record: by its id, or (records without one, such as notes) by its values."""
    if not isinstance(row, dict):
        return False
    if "id" in row:
        return str(row["id"]) == str(_shown(resource, record_id))
    stored = sandbox.tenant(TENANT)[resource.collection].get(record_id) or {}
    scalars = [key for key, value in row.items() if isinstance(value, _SCALARS) and key in stored]
    return bool(scalars) and all(row[key] == stored[key] for key in scalars)


def read_by_list(client: httpx.Client, sandbox: Sandbox, resource: SpecResource, parents: list[int], record_id: int
                 ) -> dict[str, Any] | None:  # fmt: skip
    """The record as the resource's paged list shows it, paging through the whole list; None if absent."""
    listing = resource.lists[0]
    url = _url(listing, resource, sandbox, parents, None)
    for page in range(1, 200):
        answer = client.get(url, params={**required_query(listing), "page": page, "pageSize": 50})
        assert answer.status_code == 200, answer.text
        body = answer.json()
        rows = body if isinstance(body, list) else body["data"]
        found = next((row for row in rows if _is_record(row, resource, sandbox, record_id)), None)
        if found is not None:
            return found
        if isinstance(body, list) or not body.get("hasMore"):
            return None
    raise AssertionError("the list did not end")


def read_by_feed(
    client: httpx.Client, sandbox: Sandbox, resource: SpecResource, record_id: int
) -> dict[str, Any] | None:
    feed = resource.exports[0]
    url = feed.path.replace("{tenant}", str(TENANT))
    params: dict[str, str] = {}
    for _ in range(1000):
        body = client.get(url, params=params).json()
        found = next((row for row in body["data"] if _is_record(row, resource, sandbox, record_id)), None)
        if found is not None:
            return found
        if not body["hasMore"]:
            return None
        params = {"from": body["continueFrom"]}
    raise AssertionError("the feed did not end")


def read(client: httpx.Client, sandbox: Sandbox, resource: SpecResource, parents: list[int], record_id: int
         ) -> dict[str, Any] | None:  # fmt: skip
    """The record through its get-by-id if the resource has one (None on 404), else through its list."""
    if resource.gets:
        answer = read_by_get(client, sandbox, resource, parents, record_id)
        if answer.status_code == 404:
            return None
        assert answer.status_code == 200, answer.text
        found: dict[str, Any] = answer.json()
        return found
    return read_by_list(client, sandbox, resource, parents, record_id)


def sent_fields(resource: SpecResource, body: Any, shown: dict[str, Any]) -> dict[str, Any]:
    """Scalar fields of the body that the record keeps and its reads show."""
    kept = spec_writes.fields_of(resource, body)
    properties = spec_writes.record_properties(resource)
    return {
        key: _as_read(properties.get(key) or {}, value)
        for key, value in timestamps(kept).items()
        if isinstance(value, _SCALARS) and key in shown
    }


def _as_read(schema: dict[str, Any], value: Any) -> Any:
    """A date sent (an update's `format: date`) reads back as the DateTime the API binds it to where the reads
    declare `format: date-time` (a journal entry's postDate)."""
    formats = {schema.get("format")} | {option.get("format") for option in schema.get("oneOf") or ()}
    if "date-time" in formats and isinstance(value, str) and len(value) == len("2024-01-01"):
        return parse_timestamp(value)
    return value


def send(client: httpx.Client, request: ExampleRequest) -> httpx.Response:
    return client.request(request.method, request.url, params=request.params, json=request.json, files=request.files)


# --- the test -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("domain", "operation_id"), WRITES)
def test_write_shows_through_the_resource_reads(
    write_client: httpx.Client, write_sandbox: Sandbox, write_clock: FakeClock, domain: str, operation_id: str
) -> None:
    rule = spec_writes.derived_rules()[(domain, operation_id)]
    resource = rule.resource
    assert resource is not None
    collection = write_sandbox.tenant(TENANT)[resource.collection]
    request = example_request(write_sandbox, domain, operation_id, TENANT)
    if rule.kind == "create":
        parents, target = request.path_ids, None
    elif rule.kind == "custom-fields":
        parents, target = [], request.json["operations"][0]["objectId"]
    elif rule.kind == "link" or (rule.kind == "item" and rule.value == "remove"):
        parents, target = request.path_ids[:-2], request.path_ids[-2]
    else:
        parents, target = request.path_ids[:-1], request.path_ids[-1]
    if rule.kind == "link" and rule.value == "remove":  # something to remove
        collection.modify(target, **{str(rule.field): [request.path_ids[-1]]})
    before = read(write_client, write_sandbox, resource, parents, target) if target is not None else None
    existing = set(collection.ids())
    write_clock.advance(1)
    now = format_timestamp(write_clock())
    answer = send(write_client, request)
    assert answer.status_code == int(_catalog.operation(domain, operation_id).success_status or 200), answer.text

    if rule.kind == "create":
        (target,) = set(collection.ids()) - existing
        shown = read(write_client, write_sandbox, resource, parents, target)
        assert shown is not None
        for key, value in (("createdOn", now), ("modifiedOn", now), ("active", True)):
            if key in shown:
                assert shown[key] == value, key
        assert {key: shown[key] for key in sent_fields(resource, request.json, shown)} == sent_fields(
            resource, request.json, shown
        )
        if resource.lists and resource.gets:
            listed = read_by_list(write_client, write_sandbox, resource, parents, target)
            assert listed is not None
            common = set(listed) & set(shown)
            assert {key: listed[key] for key in common} == {key: shown[key] for key in common}
        if resource.exports:
            assert read_by_feed(write_client, write_sandbox, resource, target) is not None
        return

    assert target is not None
    after = read(write_client, write_sandbox, resource, parents, target)
    if rule.kind == "delete":
        assert after is None
        if resource.lists and resource.gets:
            assert read_by_list(write_client, write_sandbox, resource, parents, target) is None
        return
    assert before is not None
    assert after is not None
    if "modifiedOn" in after:
        assert after["modifiedOn"] == now
    if rule.kind == "deactivate":
        assert after["active"] is False
        return
    if rule.kind == "link":
        linked = request.path_ids[-1]
        assert (linked in after[str(rule.field)]) is (rule.value == "add")
        return
    if rule.kind == "item":
        elements = after[str(rule.field)]
        if rule.value == "remove":
            assert request.path_ids[-1] not in [element.get("id") for element in elements]
            return
        sent = {key: value for key, value in timestamps(request.json).items() if isinstance(value, _SCALARS)}
        assert len(elements) == len(before[str(rule.field)] or []) + 1
        assert {key: elements[-1][key] for key in sent if key in elements[-1]} == {
            key: value for key, value in sent.items() if key in elements[-1]
        }
        return
    if rule.kind == "custom-fields":
        sent = request.json["operations"][0]["customFields"]
        shown_fields = {field.get("name"): field.get("value") for field in after.get("customFields") or ()}
        if "customFields" in after:
            assert {pair["name"]: pair.get("value") for pair in sent}.items() <= shown_fields.items()
        return
    changed = sent_fields(resource, request.json, after)
    sent_keys = set(spec_writes.fields_of(resource, request.json)) & set(after)
    if rule.kind == "transition":
        field, _, part = str(rule.field).partition(".")
        value = rule.value
        if value == "<body.active>":
            value = bool(request.json.get("active", True))
        shown_value = after[field][part] if part else after[field]
        assert shown_value == value
        sent_keys.add(field)
    assert {key: after[key] for key in changed} == changed
    untouched = {key for key in before if key not in sent_keys and key != "modifiedOn"}
    assert {key: after[key] for key in untouched} == {key: before[key] for key in untouched}


DOCUMENT_WRITES = sorted(
    key
    for key, rule in spec_writes.derived_rules().items()
    if rule.kind == "document" and _catalog.operation(*key).method != "GET"
)


@pytest.mark.parametrize(("domain", "operation_id"), DOCUMENT_WRITES)
def test_document_write_shows_through_the_get_of_its_path(
    write_client: httpx.Client, write_sandbox: Sandbox, domain: str, operation_id: str
) -> None:
    request = example_request(write_sandbox, domain, operation_id, TENANT)
    answer = send(write_client, request)
    assert answer.status_code == int(_catalog.operation(domain, operation_id).success_status or 200), answer.text
    if spec_writes.derived_rules()[(domain, operation_id)].value == "<path>":  # the value is the path's last id
        assert write_client.get(request.url.rsplit("/", 1)[0]).json() == request.path_ids[-1]
        return
    shown = write_client.get(request.url)
    assert shown.status_code == 200
    body = shown.json()
    sent = {key: value for key, value in timestamps(request.json).items() if key in body}
    assert sent
    assert {key: body[key] for key in sent} == sent
