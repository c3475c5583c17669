"""Item 25: NaN and ±inf, ints outside int64, values below a schema's `minimum`, and header values with CR, LF,
NUL or non-ASCII characters are refused before sending, naming the input."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

from servicetitan._inputs import check_value

from ._capture import capturing


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, Decimal("NaN"), Decimal("Infinity")])
def test_non_finite_numbers_are_refused(value):
    with pytest.raises(ValueError, match="amount must be a finite number"):
        check_value("accounting", value, {"type": "number"}, "amount")


def test_non_finite_number_in_a_raw_body_is_refused():
    with capturing() as (st, api), pytest.raises(ValueError, match="nan"):
        st.request("POST", "/payments", domain="accounting", json={"amount": math.nan})
    assert api.api_requests == []


@pytest.mark.parametrize("value", [2**63, -(2**63) - 1, 2**70])
def test_ints_outside_int64_are_refused(value):
    with pytest.raises(ValueError, match="id must be between"):
        check_value("jpm", value, {"type": "integer", "format": "int64"}, "id")


def test_int_outside_int64_through_an_action_is_refused_before_sending():
    with capturing() as (st, api), pytest.raises(ValueError, match="between"):
        st.get_job(id=2**70)
    assert api.api_requests == []


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ({"type": "integer", "minimum": 1}, 0),
        ({"type": "number", "minimum": 0}, -0.01),
        ({"type": "integer", "maximum": 10}, 11),
        ({"type": "integer", "minimum": 0, "exclusiveMinimum": True}, 0),
    ],
)
def test_values_outside_the_schema_bounds_are_refused(schema, value):
    with pytest.raises(ValueError, match="page_size must be"):
        check_value("jpm", value, schema, "page_size")


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "a\nb", "nul\x00", "caf\u00e9"])
def test_header_values_that_would_be_mangled_are_refused(value):
    with capturing() as (st, api), pytest.raises(ValueError, match="header 'X-Note'"):
        st.request("GET", "/jobs", domain="jpm", headers={"X-Note": value})
    assert api.api_requests == []
