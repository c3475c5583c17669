"""The whole API through the sandbox's production profile (`Sandbox(deviations="production")`): every paged list,
typed and as dicts, read in full and incrementally (`modified_since`, where the list has `modifiedOnOrAfter`), and
every export feed, each record exactly once, compared with what the sandbox's store holds.

The profile ignores `sort` on the lists QUIRKS names, refuses sorts outside the accepted fields, numbers the
Intacct mappings from page 0 and wants their count: walks that leaned on the documents would fail here.
Parametrized from the catalog as `test_whole_api_sandbox.py` is, with its helpers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan
from servicetitan._operations import OperationSpec
from servicetitan._parsing import UnparsedRecord
from servicetitan.pagination import reads_incrementally
from servicetitan.sandbox import ExportSettings, Sandbox, serve
from servicetitan.sandbox.spec_resources import resource_of
from tests.overlay.conftest import collect
from tests.overlay.test_whole_api_sandbox import (
    FEEDS,
    LISTS,
    _arguments,
    _expected,
    _feed,
    _first_page,
    _identity,
    _method,
    _run,
    _served,
    _settings,
)
from tests.support.time import AFTER_SEEDED_HISTORY, FakeClock

pytestmark = pytest.mark.anyio

JOBS = 24
PAGE_SIZE = 4
FEED_BATCH = 2
INCREMENTAL_LISTS = [param for param in LISTS if reads_incrementally(param.values[0].operation)]


@pytest.fixture(scope="module")
def sandbox() -> Sandbox:
    return Sandbox(
        jobs=JOBS,
        clock=FakeClock(AFTER_SEEDED_HISTORY),
        export=ExportSettings(batch_size=FEED_BATCH),
        deviations="production",
    )


@pytest.fixture(scope="module")
def base_url(sandbox: Sandbox) -> Iterator[str]:
    with serve(sandbox) as url:
        yield url


@pytest.fixture(scope="module")
def sync_client(sandbox: Sandbox, base_url: str) -> Iterator[ServiceTitan]:
    with ServiceTitan(**_settings(sandbox, base_url)) as st:
        yield st


@pytest.fixture(params=["sync", "async"])
def client(
    request: pytest.FixtureRequest, sandbox: Sandbox, sync_client: ServiceTitan
) -> Iterator[ServiceTitan | AsyncServiceTitan]:
    if request.param == "sync":
        yield sync_client
    else:
        yield AsyncServiceTitan(**_settings(sandbox, "http://sandbox"), transport=httpx.ASGITransport(app=sandbox))


async def _read_once(
    spec: OperationSpec, client: ServiceTitan | AsyncServiceTitan, sandbox: Sandbox, as_dicts: bool, **since: Any
) -> Any:
    arguments = _arguments(sandbox, spec)
    expected = _expected(sandbox, spec, arguments)
    assert expected, f"the sandbox seeds no record {spec.operation.operation_id} lists"
    method = _method(client, spec)
    records = await _run(method, **arguments, fetch_all=True, page_size=PAGE_SIZE, as_dicts=as_dicts, **since)
    got = await collect(records)
    if as_dicts or all(isinstance(record, dict | UnparsedRecord) for record in got):
        assert sorted(map(_identity, got)) == expected
    else:
        # A typed record of an id-less schema is known by its fields: distinct, and as many as the store's.
        assert len(set(map(_identity, got))) == len(got) == len(expected)
    return records


@pytest.mark.parametrize("as_dicts", [False, True], ids=["typed", "dicts"])
@pytest.mark.parametrize("spec", LISTS)
async def test_every_list_reads_every_record_once_through_the_production_profile(
    spec: OperationSpec, client: ServiceTitan | AsyncServiceTitan, sandbox: Sandbox, as_dicts: bool
) -> None:
    await _read_once(spec, client, sandbox, as_dicts)


@pytest.mark.parametrize("as_dicts", [False, True], ids=["typed", "dicts"])
@pytest.mark.parametrize("spec", INCREMENTAL_LISTS)
async def test_every_list_reads_incrementally_every_record_once_through_the_production_profile(
    spec: OperationSpec, client: ServiceTitan | AsyncServiceTitan, sandbox: Sandbox, as_dicts: bool
) -> None:
    records = await _read_once(spec, client, sandbox, as_dicts, modified_since="2000-01-01")
    assert records.checkpoint is not None


@pytest.mark.parametrize("spec", FEEDS)
async def test_every_feed_reads_every_record_once_through_the_production_profile(
    spec: OperationSpec, client: ServiceTitan | AsyncServiceTitan, sandbox: Sandbox
) -> None:
    operation = spec.operation
    resource = resource_of(operation.domain, operation.operation_id)
    assert resource is not None
    collection = sandbox.records(operation.domain, operation.operation_id)
    everything = sorted(_served(sandbox, operation, resource, record) for record in collection.records())
    first = _feed(client, spec)
    taken = await _first_page(first)
    rest = _feed(client, spec, start=first.continue_from)
    taken += await collect(rest)
    assert sorted(_identity(record) for record in taken) == everything
