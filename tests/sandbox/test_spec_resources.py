"""The catalog-derived resources: every list, get-by-id and feed of a resource reads one store; paging, filters and
sort work on them as on the hand-modelled ones; deep pages cost their own size; the test hook changes records."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from servicetitan import _catalog
from servicetitan.pagination import max_page_size
from servicetitan.sandbox import FIRST_IDS, Sandbox, serve
from servicetitan.sandbox.examples import required_query
from servicetitan.sandbox.seed import seed_tenant
from servicetitan.sandbox.spec_resources import spec_resources
from servicetitan.sandbox.store import Collection, Tenant

from .conftest import START, TENANT, FakeClock, authenticate

JOBS = 30
SERVICES = ("pricebook", "Services_GetList")


def _url(domain: str, operation_id: str, sandbox: Sandbox, **params: Any) -> str:
    operation = _catalog.operation(domain, operation_id)
    url = operation.path.replace("{tenant}", str(TENANT))
    for name, value in {**sandbox.path_params(domain, operation_id), **params}.items():
        url = url.replace("{" + name + "}", str(value))
    return url


@pytest.fixture(scope="module")
def shared() -> Sandbox:
    """One sandbox for the read-only tests of this module (nothing here writes to it)."""
    return Sandbox(jobs=JOBS, clock=FakeClock(START))


@pytest.fixture(scope="module")
def reader(shared: Sandbox) -> Iterator[httpx.Client]:
    with serve(shared) as base_url, httpx.Client(base_url=base_url, trust_env=False) as client:
        authenticate(client, shared)
        yield client


def _all_pages(client: httpx.Client, url: str, **params: Any) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for page in range(1, 1000):
        answer = client.get(url, params={**params, "page": page, "pageSize": 7})
        assert answer.status_code == 200, answer.text
        body = answer.json()
        records.extend(body["data"])
        if not body["hasMore"]:
            return records
    raise AssertionError(f"{url} never stopped saying hasMore")


def _whole_feed(client: httpx.Client, url: str, token: str | None = None) -> tuple[list[dict[str, Any]], str]:
    """Every record of a feed from `token` (or the start) until caught up, and the token to resume from."""
    records: list[dict[str, Any]] = []
    for _ in range(1000):
        body = client.get(url, params={"from": token} if token else {}).json()
        records.extend(body["data"])
        token = body["continueFrom"]
        if not body["hasMore"]:
            return records, body["continueFrom"]
    raise AssertionError(f"{url} never stopped saying hasMore")


def _agreeing() -> list[tuple[str, str, str]]:
    """(domain, list, other) for every paged list (not nested, answering pages) of a resource that also has a
    get-by-id or an export feed."""
    pairs = []
    for resource in spec_resources():
        for listing in resource.lists:
            schema = listing.success_schema()
            paged = schema is not None and "hasMore" in (
                _catalog.resolve_schema(resource.domain, schema).get("properties") or {}
            )
            item = _catalog.resolve_schema(resource.domain, schema or {}).get("properties", {}).get("data", {})
            has_ids = "id" in (
                _catalog.resolve_schema(resource.domain, item.get("items") or {}).get("properties") or {}
            )
            if "{" in listing.path.split("{tenant}")[1] or not paged or not has_ids:
                continue
            pairs.extend(
                (resource.domain, listing.operation_id, other.operation_id)
                for other in (*resource.gets, *resource.exports)
            )
    return pairs


@pytest.mark.parametrize(("domain", "list_id", "other_id"), _agreeing())
def test_a_list_its_get_and_its_feed_serve_the_same_records(
    reader: httpx.Client, shared: Sandbox, domain: str, list_id: str, other_id: str
) -> None:
    listed = _all_pages(reader, _url(domain, list_id, shared), active="Any")
    assert listed
    by_id = {record["id"]: record for record in listed}
    assert len(by_id) == len(listed)
    other = _catalog.operation(domain, other_id)
    if "/export/" in other.path:
        fed, _ = _whole_feed(reader, _url(domain, other_id, shared))
        assert {record["id"] for record in fed} == set(by_id)
        return
    own = other.path.rsplit("/", 1)[-1][1:-1]
    for record_id in list(by_id)[:3]:
        answer = reader.get(_url(domain, other_id, shared, **{own: record_id}))
        assert answer.status_code == 200, answer.text
        got = answer.json()
        assert got.get("id", record_id) == record_id
        shared_fields = {key for key in got if key in by_id[record_id] and not isinstance(got[key], dict | list)}
        assert {key: got[key] for key in shared_fields} == {key: by_id[record_id][key] for key in shared_fields}


def test_get_of_a_missing_id_is_404(reader: httpx.Client, shared: Sandbox) -> None:
    answer = reader.get(_url("pricebook", "Services_Get", shared, id=1))
    assert answer.status_code == 404
    assert answer.json()["status"] == 404


def test_nested_list_is_scoped_by_its_parent_id(reader: httpx.Client, shared: Sandbox) -> None:
    parents = shared.path_params("jpm", "Jobs_GetNotes")
    assert parents["id"] == FIRST_IDS["jobs"]  # a nested list's parents are records of the parent resource
    notes = _all_pages(reader, _url("jpm", "Jobs_GetNotes", shared))
    assert notes
    other = _all_pages(reader, _url("jpm", "Jobs_GetNotes", shared, id=FIRST_IDS["jobs"] + 1))
    assert not {note["text"] for note in notes} & {note["text"] for note in other}
    assert _all_pages(reader, _url("jpm", "Jobs_GetNotes", shared, id=FIRST_IDS["jobs"] + JOBS - 1)) == []


def test_paging_ids_active_and_sort_on_a_derived_list(reader: httpx.Client, shared: Sandbox) -> None:
    url = _url(*SERVICES, shared)
    everything = _all_pages(reader, url, active="Any")
    active = _all_pages(reader, url)
    inactive = _all_pages(reader, url, active="False")
    assert inactive
    assert all(not row["active"] for row in inactive)
    assert sorted(row["id"] for row in active + inactive) == [row["id"] for row in everything]
    wanted = [everything[4]["id"], everything[1]["id"]]
    by_ids = reader.get(url, params={"ids": ",".join(map(str, wanted)), "active": "Any"}).json()["data"]
    assert [row["id"] for row in by_ids] == sorted(wanted)
    descending = reader.get(url, params={"sort": "-Id", "active": "Any", "pageSize": 3}).json()["data"]
    assert [row["id"] for row in descending] == [row["id"] for row in everything[::-1][:3]]
    total = reader.get(url, params={"includeTotal": "true", "pageSize": 2}).json()
    assert total["totalCount"] == len(active)


@pytest.mark.parametrize(("domain", "operation_id", "field", "lower", "upper", "upper_inclusive"), [
    ("inventory", "PurchaseOrders_GetList", "date", "dateOnOrAfter", "dateBefore", False),
    ("payroll", "PayrollAdjustments_GetList", "postedOn", "postedOnOrAfter", "postedOnOrBefore", True),
])  # fmt: skip
def test_declared_date_bounds_filter_on_their_field(
    reader: httpx.Client,
    shared: Sandbox,
    domain: str,
    operation_id: str,
    field: str,
    lower: str,
    upper: str,
    upper_inclusive: bool,
) -> None:
    url = _url(domain, operation_id, shared)
    everything = _all_pages(reader, url, active="Any")
    bound = sorted(row[field] for row in everything)[len(everything) // 2]
    after = _all_pages(reader, url, active="Any", **{lower: bound})
    before = _all_pages(reader, url, active="Any", **{upper: bound})
    assert [row["id"] for row in after] == [row["id"] for row in everything if row[field] >= bound]
    below = [row["id"] for row in everything if row[field] < bound or (upper_inclusive and row[field] == bound)]
    assert [row["id"] for row in before] == below
    assert after
    assert before


def test_page_size_limit_comes_from_the_library_table(reader: httpx.Client, shared: Sandbox) -> None:
    operation = _catalog.operation(*SERVICES)
    cap = max_page_size(operation)
    assert reader.get(_url(*SERVICES, shared), params={"pageSize": cap}).status_code == 200
    refused = reader.get(_url(*SERVICES, shared), params={"pageSize": cap + 1})
    assert refused.status_code == 400
    assert str(cap) in refused.json()["errors"]["pageSize"][0]


def test_array_answers_and_row_answers_keep_their_shape(reader: httpx.Client, shared: Sandbox) -> None:
    bills = reader.get(_url("accounting", "InventoryBills_GetList", shared), params={"active": "Any"})
    assert isinstance(bills.json(), list)
    assert bills.json()
    rows = reader.get(_url("reporting", "DynamicValueSets_GetDynamicSet", shared, dynamicSetId="business-units"))
    assert rows.json()["data"]
    assert all(isinstance(row, list) for row in rows.json()["data"])


def test_derived_collections_keep_the_hand_seed_and_its_change_sequence() -> None:
    hand = seed_tenant(Tenant(1, lambda: START), JOBS, 1)
    full = Sandbox(jobs=JOBS).tenant(1)
    assert full.sequence == hand.sequence
    for name, collection in hand.collections.items():
        assert list(full[name].records()) == list(collection.records())
    assert len(full.collections) > len(hand.collections) + 100


def test_same_seed_same_derived_records() -> None:
    first, second, other = (Sandbox(jobs=JOBS, seed=seed).records(*SERVICES, 1) for seed in (3, 3, 4))
    assert list(first.records()) == list(second.records())
    assert list(first.records()) != list(other.records())


# --- deep pages ------------------------------------------------------------------------------------------------


def _count_builds(collection: Collection) -> list[int]:
    built: list[int] = []
    factory = collection.seeded.factory

    def counting(index: int) -> dict[str, Any]:
        built.append(index)
        return factory(index)

    collection.seeded = dataclasses.replace(collection.seeded, factory=counting)
    return built


def test_a_deep_page_of_an_unfiltered_list_builds_only_its_own_records(client: httpx.Client, sandbox: Sandbox) -> None:
    built = _count_builds(sandbox.records("jpm", "Jobs_GetList"))
    deep = client.get(f"/jpm/v2/tenant/{TENANT}/jobs", params={"pageSize": 5, "page": 5}).json()
    assert [row["id"] for row in deep["data"]] == [FIRST_IDS["jobs"] + 20 + n for n in range(5)]
    assert len(built) <= 6  # the page and the one record that tells whether more follow


def test_a_filtered_list_walks_its_records_once_then_pages_cost_their_size(
    client: httpx.Client, sandbox: Sandbox
) -> None:
    customers = sandbox.records("crm", "Customers_GetList")
    built = _count_builds(customers)
    url = f"/crm/v2/tenant/{TENANT}/customers"
    first = client.get(url, params={"pageSize": 2, "page": 1}).json()["data"]
    assert len(built) >= len(customers)  # `active` (True by default) is known only by reading every record
    built.clear()
    third = client.get(url, params={"pageSize": 2, "page": 3}).json()["data"]
    assert len(built) <= 3
    assert first[-1]["id"] < third[0]["id"]


def test_a_change_refreshes_the_matching_ids(client: httpx.Client, sandbox: Sandbox) -> None:
    url = f"/crm/v2/tenant/{TENANT}/customers"
    before = client.get(url, params={"includeTotal": "true", "pageSize": 1}).json()["totalCount"]
    sandbox.records("crm", "Customers_GetList").deactivate(FIRST_IDS["customers"] + 3)
    after = client.get(url, params={"includeTotal": "true", "pageSize": 1}).json()["totalCount"]
    assert after == before - 1


# --- the test hook ---------------------------------------------------------------------------------------------


def test_hook_modify_deactivate_and_insert_show_in_list_get_and_feed(
    client: httpx.Client, sandbox: Sandbox, clock: FakeClock
) -> None:
    services = sandbox.records(*SERVICES)
    url = _url(*SERVICES, sandbox)
    feed_url = _url("pricebook", "Export_Services", sandbox)
    caught_up, token = _whole_feed(client, feed_url)
    first, second = (row["id"] for row in _all_pages(client, url)[:2])

    clock.advance(60)
    changed = services.modify(first, displayName="Furnace tune-up")
    services.deactivate(second)
    inserted = services.insert(displayName="Duct cleaning")

    since = changed["modifiedOn"]
    recent = _all_pages(client, url, modifiedOnOrAfter=since, active="Any")
    assert {row["id"] for row in recent} == {first, second, inserted["id"]}
    assert {row["modifiedOn"] for row in recent} == {since}  # all three share one timestamp
    assert second not in {row["id"] for row in _all_pages(client, url)}
    got = client.get(_url("pricebook", "Services_Get", sandbox, id=inserted["id"])).json()
    assert (got["id"], got["displayName"], got["active"]) == (inserted["id"], "Duct cleaning", True)
    assert caught_up
    resumed, _ = _whole_feed(client, feed_url, token)
    assert [row["id"] for row in resumed] == [first, second, inserted["id"]]


def test_hook_refuses_an_operation_it_does_not_serve(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError, match="Categories_Create"):
        sandbox.records("pricebook", "Categories_Create")
    with pytest.raises(KeyError, match="does not exist"):
        sandbox.records(*SERVICES).modify(1, name="x")


def _paged_lists() -> list[tuple[str, str]]:
    """Every paged list but the reporting domain's, which the report desk answers from its seeded reports
    (tests/reports/test_sandbox_reports.py)."""
    return [
        (domain, operation.operation_id)
        for domain in _catalog.domains()
        if domain != "reporting"
        for operation in _catalog.domain(domain).operations.values()
        if operation.method == "GET" and {"page", "pageSize"} <= {parameter.name for parameter in operation.parameters}
    ]


@pytest.mark.parametrize(("domain", "operation_id"), _paged_lists())
def test_path_params_name_a_scope_with_records_for_every_paged_list(
    reader: httpx.Client, shared: Sandbox, domain: str, operation_id: str
) -> None:
    url = re.sub(r"\{[^}]+\}", "sandbox", _url(domain, operation_id, shared))  # names, not ids, scope nothing
    query = required_query(_catalog.operation(domain, operation_id))
    answer = reader.get(url, params={**query, "active": "Any", "pageSize": 1})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body if isinstance(body, list) else body["data"]


def test_guid_keyed_resources_show_and_take_guids(reader: httpx.Client, shared: Sandbox) -> None:
    contacts = _all_pages(reader, _url("crm", "Contacts_GetList", shared), active="Any")
    guid = contacts[1]["id"]
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", guid)
    got = reader.get(_url("crm", "Contacts_Get", shared, id=guid))
    assert got.status_code == 200, got.text
    assert got.json()["id"] == guid
    assert reader.get(_url("crm", "Contacts_Get", shared, id="not-a-guid")).status_code == 404
    parent = shared.path_params("crm", "ContactMethods_GetContactMethods")["contactId"]
    assert parent in {contact["id"] for contact in contacts}
    methods = _all_pages(reader, _url("crm", "ContactMethods_GetContactMethods", shared))
    assert methods
    elsewhere = _all_pages(reader, _url("crm", "ContactMethods_GetContactMethods", shared, contactId=guid))
    assert not {row["id"] for row in methods} & {row["id"] for row in elsewhere}
