"""The whole API against the sandbox: every paged list read with `fetch_all`, every export feed read and resumed.

Parametrized from the catalog (every paged list and every feed the operation runtime knows, reporting aside: its
sandbox is a report desk), on both clients: the sync one over a real loopback socket, the async one in process.
What a read must yield is taken from the sandbox's store: the records of the list's scope (the parents its path
names) that its default `active` filter keeps, each exactly once.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan, _catalog
from servicetitan._operations import Kind, OperationSpec, spec_for
from servicetitan._parsing import UnparsedRecord
from servicetitan.exports import export_operations
from servicetitan.resources import operation_name
from servicetitan.sandbox import DEFAULT_TENANT, ExportSettings, Sandbox, serve
from servicetitan.sandbox.listing import Query, parse_list_request
from servicetitan.sandbox.spec_resources import PARENTS_KEY, SpecResource, guid_of, parse_id, resource_of
from servicetitan.sandbox.store import Record
from tests.overlay.conftest import collect
from tests.support.time import AFTER_SEEDED_HISTORY, FakeClock

from .examples import required_arguments

pytestmark = pytest.mark.anyio

JOBS = 24
PAGE_SIZE = 4
FEED_BATCH = 2
SIDES = ("sync", "async")


def _specs(kind: Kind) -> list[Any]:
    specs = [
        spec_for(domain, operation_id)
        for domain in _catalog.domains()
        if domain != "reporting"
        for operation_id in _catalog.domain(domain).operations
        if spec_for(domain, operation_id).kind is kind
    ]
    return [
        pytest.param(
            spec,
            id=f"{spec.operation.domain}.{spec.operation.operation_id}",
        )
        for spec in specs
    ]


LISTS = _specs(Kind.LIST)
FEEDS = _specs(Kind.FEED)


@pytest.fixture(scope="module")
def sandbox() -> Sandbox:
    return Sandbox(jobs=JOBS, clock=FakeClock(AFTER_SEEDED_HISTORY), export=ExportSettings(batch_size=FEED_BATCH))


@pytest.fixture(scope="module")
def base_url(sandbox: Sandbox) -> Iterator[str]:
    with serve(sandbox) as url:
        yield url


def _settings(sandbox: Sandbox, base_url: str) -> dict[str, Any]:
    credentials = sandbox.credentials
    return {
        "client_id": credentials.client_id,
        "client_secret": credentials.client_secret,
        "app_key": credentials.app_key,
        "tenant": DEFAULT_TENANT,
        "api_url": base_url,
        "token_url": f"{base_url}/connect/token",
        "rate_limit": None,
        "max_retries": 0,
    }


@pytest.fixture(scope="module")
def sync_client(sandbox: Sandbox, base_url: str) -> Iterator[ServiceTitan]:
    with ServiceTitan(**_settings(sandbox, base_url)) as st:
        yield st


@pytest.fixture
def client(side: str, sandbox: Sandbox, sync_client: ServiceTitan) -> Iterator[ServiceTitan | AsyncServiceTitan]:
    if side == "sync":
        yield sync_client
    else:
        yield AsyncServiceTitan(**_settings(sandbox, "http://sandbox"), transport=httpx.ASGITransport(app=sandbox))


@pytest.fixture(params=SIDES)
def side(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _method(st: Any, spec: OperationSpec) -> Any:
    resource, verb = operation_name(spec.operation)
    return getattr(getattr(getattr(st, spec.operation.domain), resource), verb)


async def _run(method: Any, /, **arguments: Any) -> Any:
    """Call a method of either client, awaiting it on the async one."""
    result = method(**arguments)
    return await result if inspect.isawaitable(result) else result


def _identity(record: Any) -> str:
    """The id a record was served with (from a dict, an unparsed record, a row of values or a typed model), or,
    for records whose schema has no id, the whole record."""
    if isinstance(record, list):
        return str(record[0])
    fields = record if isinstance(record, dict | UnparsedRecord) else record.to_dict()
    return str(fields["id"]) if "id" in fields else json.dumps(dict(fields), sort_keys=True, default=str)


def _served_id(resource: SpecResource, record: Record) -> str:
    return str(guid_of(record["id"]) if resource.guid_ids else record["id"])


def _served(sandbox: Sandbox, operation: _catalog.Operation, resource: SpecResource, record: Record) -> str:
    """The identity of a stored record as the operation serves it: its id or, where the answer's schema has no
    id, the record cut to that schema."""
    served = [{**record, "id": _served_id(resource, record)}]
    array = (operation.success_schema() or {}).get("type") == "array"
    page: Any = served if array else {"page": 1, "pageSize": 1, "hasMore": False, "data": served}
    shaped = sandbox._shape(operation, page)
    return _identity((shaped if isinstance(shaped, list) else shaped["data"])[0])


def _in_scope(resource: SpecResource, spec: OperationSpec, record: Record, path: dict[str, int | str]) -> bool:
    """Whether a stored record is listed under the parents `path` names (a derived record keeps them under
    PARENTS_KEY; a hand-modelled one names its parent in a field holding that id)."""
    for level, name in resource.parent_params(spec.operation):
        wanted = parse_id(str(path[name]))
        if PARENTS_KEY in record:
            if record[PARENTS_KEY][level] != wanted:
                return False
        elif wanted not in {value for key, value in record.items() if key.endswith("Id")}:
            return False
    return True


def _expected(sandbox: Sandbox, spec: OperationSpec, arguments: dict[str, Any]) -> list[str]:
    """Ids the list must yield: the store's records in the list's scope that its filters (the required query
    arguments and the default `active`) keep."""
    operation = spec.operation
    resource = resource_of(operation.domain, operation.operation_id)
    assert resource is not None, f"the sandbox serves no records for {operation.operation_id}"
    path = sandbox.path_params(operation.domain, operation.operation_id)
    query = [
        (i.api_name, str(arguments[i.python_name]).lower() if isinstance(arguments[i.python_name], bool) else "")
        for i in spec.query_inputs
        if i.python_name in arguments
    ]
    request = parse_list_request(operation, Query(query), path=path)
    collection = sandbox.records(operation.domain, operation.operation_id)
    return sorted(
        _served(sandbox, operation, resource, record)
        for record in collection.records()
        if _in_scope(resource, spec, record, path) and all(keep(record) for keep in request.predicates)
    )


def _arguments(sandbox: Sandbox, spec: OperationSpec) -> dict[str, Any]:
    """Required inputs of the method, its path ids naming a scope the sandbox seeded."""
    path = sandbox.path_params(spec.operation.domain, spec.operation.operation_id)
    by_api_name = {i.api_name: i.python_name for i in spec.path_inputs}
    query = {
        name: value
        for name, value in required_arguments(spec).items()
        if name not in {i.python_name for i in spec.path_inputs}
    }
    return {**query, **{by_api_name[name]: value for name, value in path.items()}}


@pytest.mark.parametrize("as_dicts", [False, True], ids=["typed", "dicts"])
@pytest.mark.parametrize("spec", LISTS)
async def test_fetch_all_yields_every_seeded_record_once(
    spec: OperationSpec, client: ServiceTitan | AsyncServiceTitan, sandbox: Sandbox, as_dicts: bool
) -> None:
    arguments = _arguments(sandbox, spec)
    expected = _expected(sandbox, spec, arguments)
    assert expected, f"the sandbox seeds no record {spec.operation.operation_id} lists"
    records = await _run(_method(client, spec), **arguments, fetch_all=True, page_size=PAGE_SIZE, as_dicts=as_dicts)
    got = await collect(records)
    if as_dicts or all(isinstance(record, dict | UnparsedRecord) for record in got):
        assert sorted(map(_identity, got)) == expected
    else:
        # A typed record of an id-less schema is known by its fields: distinct, and as many as the store's.
        assert len(set(map(_identity, got))) == len(got) == len(expected)


def _feed(st: Any, spec: OperationSpec, **options: Any) -> Any:
    operation = spec.operation
    name = next(feed for feed, op in export_operations(operation.domain).items() if op is operation)
    return getattr(getattr(st, operation.domain).export, name)(as_dicts=True, **options)


async def _first_page(feed: Any) -> list[Any]:
    """The records of the feed's first page, counted as taken: the run stops holding the second page."""
    pages = feed.pages()
    if hasattr(pages, "__anext__"):
        first = await pages.__anext__()
        await anext(pages, None)
        await pages.aclose()
    else:
        first = next(pages)
        next(pages, None)
        pages.close()
    return list(first.records)


@pytest.mark.parametrize("spec", FEEDS)
async def test_feed_read_in_two_runs_then_resumed_yields_every_record_once(
    spec: OperationSpec, client: ServiceTitan | AsyncServiceTitan, sandbox: Sandbox
) -> None:
    operation = spec.operation
    resource = resource_of(operation.domain, operation.operation_id)
    assert resource is not None
    collection = sandbox.records(operation.domain, operation.operation_id)
    everything = sorted(_served(sandbox, operation, resource, record) for record in collection.records())
    first = _feed(client, spec)
    taken = await _first_page(first)
    assert len(taken) == min(FEED_BATCH, len(everything))
    rest = _feed(client, spec, start=first.continue_from)
    taken += await collect(rest)
    assert sorted(_identity(record) for record in taken) == everything

    changed = [collection.modify(record_id, active=False) for record_id in list(collection.ids())[:2]]
    resumed = await collect(_feed(client, spec, start=rest.continue_from))
    assert sorted(map(_identity, resumed)) == sorted(
        _served(sandbox, operation, resource, record) for record in changed
    )
