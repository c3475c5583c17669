"""Money exact in every table: the amounts the documents declare as text (`MONEY_AS_TEXT`) load as DECIMAL, and
every money-like field of every stream's record schema is either a decimal number or classified by hand."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import dlt
import duckdb
import httpx
import pytest

from servicetitan import ServiceTitan, _catalog
from servicetitan._parsing import MONEY_AS_TEXT, MONEY_AS_TEXT_EVIDENCE, item_schema
from servicetitan.dlt import catalog_streams, money_converter, source
from servicetitan.frames import enter_schema
from servicetitan.sandbox import DEFAULT_TENANT

# A field is money-like when one of the words of its camelCase name is one of these.
MONEY_WORDS = frozenset(
    {"total", "amount", "balance", "price", "cost", "costs", "tax", "charge", "fee", "fees", "discount"}
    | {"surcharge", "shipping"}
)
# Money-like names that are text, reviewed by hand (field: why it is no amount). Integers (ids such as
# `taxZoneId`), booleans (`isCostLocked`), dates and date-times, objects and arrays are not amounts either.
NOT_AMOUNTS = {
    "budgetCostCode": "a cost code of the budget, text",
    "budgetCostType": "a cost type of the budget, text",
    "costOfSaleAccount": "a ledger account name",
    "salesTaxItem": "the name of a tax item",
    "taxName": "the name of a tax",
    "taxZoneName": "the name of a tax zone",
}


def _words(name: str) -> set[str]:
    return {word.lower() for word in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", name)}


def money_like(name: str) -> bool:
    return bool(_words(name) & MONEY_WORDS)


def _types(schema: Mapping[str, Any]) -> set[str]:
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def _fields(
    domain: str, schema: Mapping[str, Any], seen: frozenset[str], owner: str | None
) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """(component, property, resolved schema) of every scalar property under `schema`, at any depth."""
    entered = enter_schema(domain, schema, seen)
    if entered is None:
        return
    resolved, seen = entered
    owner = _catalog.schema_name(schema) or owner
    for variant in resolved.get("oneOf") or resolved.get("anyOf") or resolved.get("allOf") or ():
        yield from _fields(domain, variant, seen, owner)
    if resolved.get("items") is not None:
        yield from _fields(domain, resolved["items"], seen, owner)
    for name, prop in (resolved.get("properties") or {}).items():
        inner = enter_schema(domain, prop, seen)
        if inner is None:
            continue
        scalar = inner[0]
        if not (scalar.get("properties") or scalar.get("items") or scalar.get("oneOf") or scalar.get("anyOf")):
            yield owner or "", name, scalar
        yield from _fields(domain, prop, seen, owner)


def money_columns() -> dict[tuple[str, str, str], str]:
    """Every money-like field of every stream's record schema: (stream, component, field) -> its declared type."""
    found: dict[tuple[str, str, str], str] = {}
    for stream in catalog_streams().values():
        operation = stream.operation
        schema = item_schema(operation.domain, operation.success_schema())
        if schema is None:
            continue
        for owner, name, prop in _fields(operation.domain, schema, frozenset(), None):
            if money_like(name):
                kinds = sorted(_types(prop) - {"null"})
                found[stream.name, owner, name] = "/".join(kinds) + (f" ({prop['format']})" if "format" in prop else "")
    return found


def test_the_name_rule_finds_the_amounts_of_the_issue() -> None:
    names = ["total", "unappliedAmount", "subTotal", "vendorInvoiceTotal", "postTaxCharge", "allocatedShipping"]
    assert [name for name in names if not money_like(name)] == []
    assert [name for name in ["rateType", "name", "shipToDescription"] if money_like(name)] == []


def test_every_money_like_field_of_every_stream_is_a_decimal_or_classified() -> None:
    """A new amount sent as text fails here until it is added to `MONEY_AS_TEXT` (or named as no amount)."""
    columns = money_columns()
    assert ("accounting_payments", "Accounting.V2.DetailedPaymentResponse", "unappliedAmount") in columns
    unclassified = []
    for (stream, owner, name), kind in sorted(columns.items()):
        if kind == "number (decimal)" or name in MONEY_AS_TEXT.get(owner, ()):
            continue
        if kind in ("integer (int64)", "integer (int32)", "integer", "boolean"):
            continue  # ids and flags: `taxZoneId`, `isCostLocked`
        if kind.startswith("string (date"):
            continue  # `dueDate`, `paidOn`
        if kind == "string" and name in NOT_AMOUNTS:
            continue
        unclassified.append(f"{stream}: {owner}.{name} is {kind}")
    assert unclassified == []


def test_the_table_holds_only_fields_the_documents_declare_as_text_and_says_where() -> None:
    assert set(MONEY_AS_TEXT) == set(MONEY_AS_TEXT_EVIDENCE)
    specs = Path(__file__).resolve().parents[2] / "specs" / "openapi"
    for schema_name, fields in MONEY_AS_TEXT.items():
        document = MONEY_AS_TEXT_EVIDENCE[schema_name]
        assert schema_name in document
        path = specs / document.split(" ")[0]
        properties = json.loads(path.read_text())["components"]["schemas"][schema_name]["properties"]
        for name in fields:
            assert "string" in _types(properties[name]), (schema_name, name)
            assert "format" not in properties[name], (schema_name, name)


def test_the_load_converter_turns_text_amounts_into_decimals() -> None:
    convert = money_converter("accounting", catalog_streams()["accounting_payments"].operation.operation_id)
    assert convert is not None
    record = {"id": 1, "total": "1420.20", "unappliedAmount": " 0.10", "memo": "12.5"}
    convert(record)
    assert record == {"id": 1, "total": Decimal("1420.20"), "unappliedAmount": Decimal("0.10"), "memo": "12.5"}
    odd = {"id": 2, "total": "n/a", "unappliedAmount": "NaN"}
    convert(odd)
    assert odd == {"id": 2, "total": "n/a", "unappliedAmount": "NaN"}  # not an amount after all: kept as received


def _answer(body: bytes) -> dict[str, Any]:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/connect/token":
            return httpx.Response(200, json={"access_token": "token-1", "expires_in": 900, "token_type": "Bearer"})
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return {
        "client_id": "id",
        "client_secret": "secret-value",
        "app_key": "app-key-value",
        "tenant": DEFAULT_TENANT,
        "api_url": "https://api.test",
        "token_url": "https://auth.test/connect/token",
        "rate_limit": None,
        "transport": httpx.MockTransport(handler),
    }


@pytest.mark.parametrize("decimals", [True, False])
def test_payment_totals_sent_as_text_load_as_exact_decimals(tmp_path: Path, decimals: bool) -> None:
    """The issue's case: `accounting_payments.total` sent as "1420.20" loaded as VARCHAR."""
    body = (
        b'{"page": 1, "pageSize": 5000, "hasMore": false, "data": ['
        b'{"id": 1, "total": "1420.20", "unappliedAmount": "0.00", "modifiedOn": "2024-01-01T00:00:00Z"},'
        b'{"id": 2, "total": "12345678901234567.89", "unappliedAmount": "-3.10", "modifiedOn": "2024-01-01T00:00:00Z"}'
        b"]}"
    )
    settings = _answer(body)
    settings["decimals"] = decimals
    database = tmp_path / "payments.duckdb"
    pipeline = dlt.pipeline(
        pipeline_name="st_money",
        pipelines_dir=str(tmp_path / "pipelines"),
        destination=dlt.destinations.duckdb(str(database)),
        dataset_name="st",
    )
    pipeline.run(source([settings], ["accounting_payments"]))
    with duckdb.connect(str(database), read_only=True) as db:
        types = dict(
            db.execute(
                "select column_name, data_type from information_schema.columns "
                "where table_schema = 'st' and table_name = 'accounting_payments'"
            ).fetchall()
        )
        rows = db.execute("select id, total, unapplied_amount from st.accounting_payments order by id").fetchall()
    assert types["total"].startswith("DECIMAL")
    assert types["unapplied_amount"].startswith("DECIMAL")
    assert rows == [
        (1, Decimal("1420.20"), Decimal("0.00")),
        (2, Decimal("12345678901234567.89"), Decimal("-3.10")),
    ]


def test_a_decimals_client_reads_payment_amounts_sent_as_text_as_decimals() -> None:
    """`decimals=True` dict records: the payment's amounts and the nested applied amount, from `MONEY_AS_TEXT`."""
    body = (
        b'{"page": 1, "pageSize": 50, "hasMore": false, "data": [{"id": 1, "total": "1420.20",'
        b' "unappliedAmount": "0.00", "memo": "7.50", "appliedTo": [{"appliedId": 3, "appliedAmount": "1420.20"}]}]}'
    )
    with ServiceTitan(**_answer(body), decimals=True) as st:
        record = st.accounting.payments.get_list(as_dicts=True).records[0]
    assert record["total"] == Decimal("1420.20")
    assert isinstance(record["total"], Decimal)
    assert record["unappliedAmount"] == Decimal("0.00")
    assert record["appliedTo"][0]["appliedAmount"] == Decimal("1420.20")
    assert record["memo"] == "7.50"  # other text stays text
