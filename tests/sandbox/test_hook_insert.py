"""The test hook's `insert` on every collection the sandbox serves: a new record, its id after every other."""

from __future__ import annotations

import pytest

from servicetitan.sandbox import Sandbox
from servicetitan.sandbox.spec_resources import spec_resources

from .conftest import FakeClock

SHORT_HAND_SEED = pytest.mark.xfail(
    strict=True,
    raises=IndexError,
    reason="sandbox bug: a hand-seeded collection built from a fixed table cannot build a template past its seed, "
    "so insert() fails",
)
FIXED_TABLES = frozenset({"business_units", "job_cancel_reasons", "user_roles"})


def _collections() -> list[object]:
    found: dict[str, tuple[str, str]] = {}
    for resource in spec_resources():
        for operation in resource.operations:
            found.setdefault(resource.collection, (resource.domain, operation.operation_id))
    return [
        pytest.param(*found[name], id=name, marks=SHORT_HAND_SEED if name in FIXED_TABLES else ())
        for name in sorted(found)
    ]


@pytest.mark.parametrize(("domain", "operation_id"), _collections())
def test_insert_adds_a_record_with_the_next_id(domain: str, operation_id: str) -> None:
    collection = Sandbox(jobs=6, clock=FakeClock()).records(domain, operation_id)
    before = list(collection.ids())
    added = collection.insert()
    assert all(added["id"] > record_id for record_id in before)
    assert list(collection.ids()) == [*before, added["id"]]
