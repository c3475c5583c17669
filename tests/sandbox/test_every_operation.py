"""Every operation of the catalog answers: none answers 501, each has a rule that a checked-in listing names, and
every operation served by a catalog rule answers valid generated input with its documented status and a body its
response schema accepts (the hand-written and list/get/feed handlers are checked in test_contract.py)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from jsonschema import Draft202012Validator

from servicetitan import _catalog
from servicetitan.sandbox import Sandbox, registry, serve, spec_writes
from servicetitan.sandbox.examples import SAMPLE_FILE, example_request, url_of

from .conftest import JOBS, START, TENANT, FakeClock, authenticate

LISTING = Path(__file__).with_name("operation_rules.txt")
RULE_SERVED = sorted(spec_writes.derived_rules())


@pytest.fixture(scope="module")
def every_sandbox() -> Sandbox:
    return Sandbox(jobs=JOBS, clock=FakeClock(START))


@pytest.fixture(scope="module")
def every_client(every_sandbox: Sandbox) -> Iterator[httpx.Client]:
    with serve(every_sandbox) as base_url, httpx.Client(base_url=base_url, trust_env=False) as client:
        authenticate(client, every_sandbox)
        yield client


def _all_operations() -> list[_catalog.Operation]:
    return [op for domain in _catalog.domains() for op in _catalog.domain(domain).operations.values()]


def test_no_operation_of_the_catalog_is_left_without_a_handler() -> None:
    # The reporting domain is answered by the report desk (reports.py) before any handler is looked up.
    missing = [
        (op.domain, op.operation_id)
        for op in _all_operations()
        if op.domain != "reporting" and registry.handler_for(op.domain, op.operation_id) is None
    ]
    assert missing == []
    assert len(_all_operations()) == len(spec_writes.rules())


def test_the_rule_of_every_operation_is_the_checked_in_listing() -> None:
    """A new operation, or an operation whose rule changes, shows as a change of operation_rules.txt in review.
    Regenerate it with
    `python -c "from servicetitan.sandbox import spec_writes; print(*spec_writes.rules(), sep=chr(10))"`
    `> tests/sandbox/operation_rules.txt`."""
    assert spec_writes.rules() == LISTING.read_text().splitlines()


def test_rules_are_derived_for_most_operations_and_tabled_for_few() -> None:
    kinds = Counter(line.split(": ", 1)[1].split(" ")[0] for line in spec_writes.rules())
    # Creates, updates, deletes and transitions come from the catalog's paths; only the verbs spelled unlike
    # their status value and the deactivating deletes are tabled.
    assert kinds["create"] >= 50
    assert kinds["update"] >= 50
    assert kinds["delete"] >= 20
    assert kinds["transition"] >= 15
    assert len(spec_writes.VERB_VALUES) + len(spec_writes.DEACTIVATES) <= 6


@pytest.mark.parametrize(("domain", "operation_id"), RULE_SERVED)
def test_rule_served_operation_answers_valid_input_as_documented(
    every_client: httpx.Client, every_sandbox: Sandbox, domain: str, operation_id: str
) -> None:
    operation = _catalog.operation(domain, operation_id)
    request = example_request(every_sandbox, domain, operation_id, TENANT)
    answer = every_client.request(
        request.method, request.url, params=request.params, json=request.json, files=request.files
    )
    expected = operation.success_status or "302"  # downloads the documents answer with a redirect only
    assert answer.status_code == int(expected), answer.text
    if answer.status_code == 302:
        followed = every_client.get(answer.headers["location"])
        assert followed.status_code == 200
        assert followed.content == SAMPLE_FILE[1]
        return
    schema = operation.success_schema()
    if schema is None:
        return
    root = {**_catalog.schema_registry(domain), **schema}
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in Draft202012Validator(root).iter_errors(answer.json())]
    assert errors == []


def test_unknown_id_on_an_item_path_answers_404(every_client: httpx.Client) -> None:
    for method, path in (
        ("PATCH", "/pricebook/v2/tenant/{t}/services/999"),
        ("DELETE", "/dispatch/v2/tenant/{t}/zones/999"),
        ("PUT", "/jpm/v2/tenant/{t}/appointments/999/hold"),
        ("POST", "/jpm/v2/tenant/{t}/jobs/999/notes"),
    ):
        body = {"reasonId": 1, "memo": "m", "text": "t", "pinToTop": False} if method != "DELETE" else None
        answer = every_client.request(method, path.format(t=TENANT), json=body)
        assert answer.status_code == 404, (method, path, answer.text)
        assert answer.json()["status"] == 404


def _names_a_record(domain: str, operation_id: str) -> bool:
    operation = _catalog.operation(domain, operation_id)
    parts = spec_writes.shape_of(operation).split("{}")
    return any(spec_writes.resource_at(domain, "{}".join(parts[: n + 1]).rstrip("/")) for n in range(len(parts) - 1))


NAMING_A_RECORD = [key for key in RULE_SERVED if _names_a_record(*key)]


@pytest.mark.parametrize(("domain", "operation_id"), NAMING_A_RECORD)
def test_rule_served_operation_answers_404_for_an_unknown_record_in_its_path(
    every_client: httpx.Client, every_sandbox: Sandbox, domain: str, operation_id: str
) -> None:
    operation = _catalog.operation(domain, operation_id)
    request = example_request(every_sandbox, domain, operation_id, TENANT)
    name = list(request.records)[-1]
    unknown = {**request.path_params, name: 987_654_321}
    answer = every_client.request(
        request.method,
        url_of(operation, TENANT, unknown),
        params=request.params,
        json=request.json,
        files=request.files,
    )
    assert answer.status_code == 404, answer.text
    assert answer.json()["status"] == 404
