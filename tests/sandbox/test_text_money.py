"""The amounts the API sends as text (`MONEY_AS_TEXT`) are amounts in the sandbox's records too, as production
sends them ("123.45"), not labels ("Cost 1"): a loader that reads them as money meets what it meets in production."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

import pytest

from servicetitan import _catalog
from servicetitan._parsing import MONEY_AS_TEXT
from servicetitan.frames import enter_schema
from servicetitan.sandbox.synthetic import instance, record_factory

SCHEMA_REF = "#/components/schemas/"


def _owners() -> list[tuple[str, str]]:
    """(domain, component) of every component in MONEY_AS_TEXT."""
    found = []
    for name in MONEY_AS_TEXT:
        domains = [key for key in _catalog.domains() if name in _catalog.domain(key).schemas]
        assert domains, f"{name} is in no domain"
        found.extend((domain, name) for domain in domains)
    return found


def _is_amount(value: Any) -> bool:
    try:
        return isinstance(value, str) and Decimal(value).is_finite()
    except InvalidOperation:
        return False


def _declared_text(domain: str, component: str, field: str) -> bool:
    schema = _catalog.domain(domain).schemas[component]
    prop = (schema.get("properties") or {}).get(field)
    entered = None if prop is None else enter_schema(domain, prop, frozenset())
    return entered is not None and "string" in str(entered[0].get("type"))


@pytest.mark.parametrize(("domain", "component"), _owners())
def test_synthetic_records_carry_text_money_as_amounts(domain: str, component: str) -> None:
    build = record_factory(
        domain, [{"$ref": SCHEMA_REF + component}], seed=3, first_id=1, created_on=float, modified_on=str
    )
    fields = [field for field in MONEY_AS_TEXT[component] if _declared_text(domain, component, field)]
    assert fields, f"{component} declares none of its text amounts as text"
    records = [build(index) for index in range(20)]
    odd = {(field, record.get(field)) for record in records for field in fields if not _is_amount(record.get(field))}
    assert odd == set()
    # Not one amount for every record: the values vary as other synthetic values do.
    assert len({record[fields[0]] for record in records}) > 1


@pytest.mark.parametrize(("domain", "component"), _owners())
def test_instances_carry_text_money_as_amounts(domain: str, component: str) -> None:
    body = instance(domain, {"$ref": SCHEMA_REF + component}, seed=5)
    fields = [field for field in MONEY_AS_TEXT[component] if field in body and _declared_text(domain, component, field)]
    # Instances fill the optional fields of the top level: each component has its amounts there to check.
    assert fields, f"{component}: the instance holds none of its text amounts"
    assert [(field, body[field]) for field in fields if not _is_amount(body[field])] == []
