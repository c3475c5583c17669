"""Item 18: `Decimal` inputs stay exact on the wire: no float rounding past 15 digits in bodies, no scientific
notation in query strings."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

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
