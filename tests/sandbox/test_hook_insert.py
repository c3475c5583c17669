"""The test hook's `insert` on every collection the sandbox serves: a new record, its id after every other (a
collection seeded from a fixed table, such as business units, used to fail with IndexError)."""

from __future__ import annotations

import pytest

from servicetitan.sandbox import Sandbox
from servicetitan.sandbox.spec_resources import spec_resources

from .conftest import START, FakeClock


def _collections() -> list[object]:
    found: dict[str, tuple[str, str]] = {}
    for resource in spec_resources():
        for operation in resource.operations:
            found.setdefault(resource.collection, (resource.domain, operation.operation_id))
    return [pytest.param(*found[name], id=name) for name in sorted(found)]


@pytest.mark.parametrize(("domain", "operation_id"), _collections())
def test_insert_adds_a_record_with_the_next_id(domain: str, operation_id: str) -> None:
    collection = Sandbox(jobs=6, clock=FakeClock(START)).records(domain, operation_id)
    before = list(collection.ids())
    added = collection.insert()
    assert all(added["id"] > record_id for record_id in before)
    assert list(collection.ids()) == [*before, added["id"]]
