"""List semantics: paging edges, totals, ids, active, date bounds, sort, page-size caps."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from servicetitan.sandbox import FIRST_IDS

from .conftest import JOBS, api_path

JOBS_URL = api_path("/jpm/v2", "/jobs")
CUSTOMERS_URL = api_path("/crm/v2", "/customers")


def _page(client: httpx.Client, url: str = JOBS_URL, **params: Any) -> dict[str, Any]:
    answer = client.get(url, params=params)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def test_default_page_has_no_total(client: httpx.Client) -> None:
    body = _page(client)
    assert (body["page"], body["pageSize"], body["hasMore"], len(body["data"])) == (1, 50, False, JOBS)
    assert "totalCount" not in body


def test_pages_walk_every_record_once_and_the_last_one_says_no_more(client: httpx.Client) -> None:
    pages = [_page(client, page=page, pageSize=7, includeTotal="true") for page in range(1, 6)]
    seen = [row["id"] for body in pages for row in body["data"]]
    assert seen == [FIRST_IDS["jobs"] + index for index in range(JOBS)]
    assert [body["hasMore"] for body in pages] == [True, True, True, True, False]
    assert [len(body["data"]) for body in pages] == [7, 7, 7, 7, JOBS - 28]
    assert {body["totalCount"] for body in pages} == {JOBS}


def test_exact_multiple_of_page_size_ends_without_an_empty_page(client: httpx.Client) -> None:
    assert JOBS % 10 == 0
    third = _page(client, page=3, pageSize=10)
    assert (len(third["data"]), third["hasMore"]) == (10, False)
    beyond = _page(client, page=4, pageSize=10)
    assert (beyond["data"], beyond["hasMore"]) == ([], False)


def test_empty_result(client: httpx.Client) -> None:
    body = _page(client, customerId=1, includeTotal="true")
    assert (body["data"], body["hasMore"], body["totalCount"]) == ([], False, 0)


def test_ids_filter_and_its_limit(client: httpx.Client) -> None:
    wanted = [FIRST_IDS["jobs"] + 5, FIRST_IDS["jobs"] + 2, 999]
    body = _page(client, ids=",".join(map(str, wanted)))
    assert [row["id"] for row in body["data"]] == sorted(wanted[:2])
    too_many = client.get(JOBS_URL, params={"ids": ",".join(str(n) for n in range(51))})
    assert too_many.status_code == 400
    assert "ids" in too_many.json()["errors"]


def test_active_defaults_to_true(client: httpx.Client) -> None:
    inactive = FIRST_IDS["customers"] + 11  # every 12th seeded customer is inactive
    active_ids = [row["id"] for row in _page(client, CUSTOMERS_URL, pageSize=100)["data"]]
    any_ids = [row["id"] for row in _page(client, CUSTOMERS_URL, pageSize=100, active="Any")["data"]]
    false_ids = [row["id"] for row in _page(client, CUSTOMERS_URL, pageSize=100, active="False")["data"]]
    assert inactive not in active_ids
    assert false_ids == [inactive]
    assert sorted(active_ids + false_ids) == any_ids


def test_modified_on_or_after_is_inclusive_and_before_is_exclusive(client: httpx.Client) -> None:
    rows = _page(client)["data"]
    bound = rows[10]["modifiedOn"]
    after = _page(client, modifiedOnOrAfter=bound)["data"]
    before = _page(client, modifiedBefore=bound)["data"]
    assert after[0]["id"] == rows[10]["id"]
    assert before[-1]["id"] == rows[9]["id"]
    assert len(after) + len(before) == JOBS


def test_created_bounds_accept_any_iso_spelling(client: httpx.Client) -> None:
    rows = _page(client)["data"]
    bound = rows[3]["createdOn"]
    spelled = bound.replace("Z", "+00:00")
    assert _page(client, createdOnOrAfter=spelled)["data"][0]["id"] == rows[3]["id"]
    assert _page(client, createdBefore=bound)["data"][-1]["id"] == rows[2]["id"]


def test_sort_descending_and_unknown_field(client: httpx.Client) -> None:
    rows = _page(client, sort="-Id", pageSize=3)["data"]
    assert [row["id"] for row in rows] == [FIRST_IDS["jobs"] + JOBS - 1 - n for n in range(3)]
    by_name = [row["name"] for row in _page(client, CUSTOMERS_URL, sort="+Name", active="Any")["data"]]
    assert by_name == sorted(by_name)
    unknown = client.get(JOBS_URL, params={"sort": "+Color"})
    assert unknown.status_code == 400
    assert "sort" in unknown.json()["errors"]


@pytest.mark.parametrize(
    ("url", "cap"),
    [(JOBS_URL, 5000), (api_path("/dispatch/v2", "/appointment-assignments"), 5000)],
)
def test_page_size_above_the_cap_is_refused(client: httpx.Client, url: str, cap: int) -> None:
    assert client.get(url, params={"pageSize": cap}).status_code == 200
    refused = client.get(url, params={"pageSize": cap + 1})
    assert refused.status_code == 400
    assert str(cap) in refused.json()["errors"]["pageSize"][0]


def test_field_filters(client: httpx.Client) -> None:
    customer = FIRST_IDS["customers"] + 3
    rows = _page(client, customerId=customer)["data"]
    assert rows
    assert {row["customerId"] for row in rows} == {customer}
    statuses = {row["jobStatus"] for row in _page(client, jobStatus="Canceled")["data"]}
    assert statuses == {"Canceled"}


def test_id_list_filter_on_a_related_field(client: httpx.Client) -> None:
    url = api_path("/equipmentsystems/v2", "/installed-equipment")
    everything = _page(client, url, active="Any")["data"]
    wanted = {everything[0]["locationId"], everything[2]["locationId"]}
    rows = _page(client, url, active="Any", locationIds=",".join(map(str, wanted)))["data"]
    assert {row["locationId"] for row in rows} == wanted
    assert len(rows) == sum(1 for row in everything if row["locationId"] in wanted)
