"""Item 18: `Decimal` inputs stay exact on the wire: no float rounding past 15 digits in bodies, no scientific
notation in query strings. With `decimals=True`, dict results carry money as exact `Decimal`s (JSON numbers with a
fraction, and invoice amounts sent as text), while models keep their declared types."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan
from tests.core.conftest import FakeAPI, client_kwargs

from ._capture import capturing

AMOUNT = Decimal("12345678901234567.89")


def test_decimal_in_a_body_is_sent_exactly():
    with capturing({"ok": True}) as (st, api):
        st.request("POST", "/payments", domain="accounting", json={"amount": AMOUNT, "lines": [Decimal("0.10")]})
    body = api.api_requests[0].content
    assert b'"amount":12345678901234567.89' in body
    assert json.loads(body, parse_float=Decimal) == {"amount": AMOUNT, "lines": [Decimal("0.10")]}
    assert api.api_requests[0].headers["content-type"] == "application/json"


def test_decimal_in_a_query_is_fixed_point():
    with capturing({"ok": True}) as (st, api):
        st.request("GET", "/invoices", domain="accounting", params={"total": Decimal("1E+2"), "x": AMOUNT})
    assert api.api_requests[0].url.params["total"] == "100"
    assert api.api_requests[0].url.params["x"] == "12345678901234567.89"


def test_non_finite_decimal_is_refused():
    with capturing() as (st, api), pytest.raises(ValueError, match="Decimal"):
        st.request("POST", "/payments", domain="accounting", json={"amount": Decimal("NaN")})
    assert api.api_requests == []


# --- the response half: `decimals=True` gives dict results their money exactly -------------------------------

INVOICE = (
    b'{"id": 7, "total": "12345678901234567.89", "subTotal": "12345678901234500.00", "balance": "0.10",'
    b' "summary": "12.50 off", "items": [{"id": 70, "price": "10.10", "total": "20.20", "soldHours": 1.25,'
    b' "description": "3.5", "type": "Service", "skuId": 3, "inventory": false, "taxable": true,'
    b' "isChargeable": true, "membershipTypeId": 0, "createdOn": "2024-01-01T00:00:00Z",'
    b' "modifiedOn": "2024-01-01T00:00:00Z", "order": 1, "addOn": false}], "adjustmentToId": null}'
)
LIST_BODY = b'{"page": 1, "pageSize": 50, "hasMore": false, "totalCount": 1, "data": [' + INVOICE + b"]}"
FEED_BODY = b'{"hasMore": false, "continueFrom": "token-2", "data": [' + INVOICE + b"]}"


@contextmanager
def answering(body: bytes, **settings: object) -> Iterator[ServiceTitan]:
    """A client whose every API request is answered `body` as JSON, exactly as written."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(FakeAPI(answer))
    with ServiceTitan(**client_kwargs(transport=transport, sleep=lambda seconds: None, **settings)) as st:
        yield st


def _exact_invoice(record: dict[str, object]) -> None:
    assert record["total"] == AMOUNT
    assert isinstance(record["total"], Decimal)
    assert record["subTotal"] == Decimal("12345678901234500.00")
    assert record["balance"] == Decimal("0.10")
    item = record["items"][0]  # type: ignore[index]
    assert (item["price"], item["total"], item["soldHours"]) == (Decimal("10.10"), Decimal("20.20"), Decimal("1.25"))
    assert all(type(value) is Decimal for value in (item["price"], item["total"], item["soldHours"]))
    # Text that is not money stays text, ids stay int, null stays None.
    assert (record["summary"], item["description"], record["id"], record["adjustmentToId"]) == (
        "12.50 off",
        "3.5",
        7,
        None,
    )


def test_request_decodes_fractions_as_decimal_with_decimals_on():
    with answering(b'{"amount": 12345678901234567.89, "count": 3, "rate": 1e-7}', decimals=True) as st:
        body = st.request("GET", "/payments/1", domain="accounting")
    assert body == {"amount": AMOUNT, "count": 3, "rate": Decimal("1E-7")}
    assert type(body["count"]) is int


def test_request_keeps_floats_by_default():
    with answering(b'{"amount": 12345678901234567.89}') as st:
        body = st.request("GET", "/payments/1", domain="accounting")
    assert type(body["amount"]) is float


def test_list_as_dicts_carries_money_as_decimal():
    with answering(LIST_BODY, decimals=True) as st:
        page = st.accounting.invoices.get_list(as_dicts=True)
        records = list(st.accounting.invoices.get_list(as_dicts=True, fetch_all=True, timeout=30))
    _exact_invoice(page.records[0])
    _exact_invoice(records[0])


def test_export_feed_as_dicts_carries_money_as_decimal():
    with answering(FEED_BODY, decimals=True) as st:
        records = list(st.accounting.export.invoices(as_dicts=True))
    _exact_invoice(records[0])


def test_async_client_carries_money_as_decimal_in_lists_and_feeds():
    def answer(request: httpx.Request) -> httpx.Response:
        body = FEED_BODY if "/export/" in request.url.path else LIST_BODY
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    async def scenario() -> tuple[list[Any], list[Any]]:
        transport = httpx.MockTransport(FakeAPI(answer))
        settings = client_kwargs(transport=transport, sleep=_no_wait, decimals=True)
        async with AsyncServiceTitan(**settings) as st:
            page = await st.accounting.invoices.get_list(as_dicts=True)
            feed = [record async for record in st.accounting.export.invoices(as_dicts=True)]
            return page.records, feed

    records, feed = asyncio.run(scenario())
    _exact_invoice(records[0])
    _exact_invoice(feed[0])


async def _no_wait(seconds: float) -> None:
    return None


def test_models_keep_their_declared_types_with_decimals_on():
    with answering(LIST_BODY, decimals=True) as st:
        invoice = st.accounting.invoices.get_list().records[0]
    assert invoice.total == "12345678901234567.89"  # declared a string by the spec
    assert type(invoice.items[0].sold_hours) is float  # declared a number: a model never holds a Decimal


def test_decimals_must_be_a_bool():
    with pytest.raises(TypeError, match="decimals must be a bool"):
        ServiceTitan(**client_kwargs(decimals="yes"))
