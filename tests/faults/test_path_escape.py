"""Item 19: path parameters never reach another endpoint: `.`, `..` and empty values are refused, `a/b` and
`%2F` are percent-encoded into one segment, and an int64 id must be an int."""

from __future__ import annotations

import pytest

from ._capture import capturing

INVOICE = "/accounting/v2/tenant/{tenant}/invoices/{id}"


@pytest.mark.parametrize("value", ["..", ".", "...", ""])
def test_dot_only_or_empty_segments_are_refused(value):
    with capturing() as (st, api), pytest.raises(ValueError, match="path parameter 'id'"):
        st.send("DELETE", INVOICE, path_params={"id": value})
    assert api.api_requests == []


@pytest.mark.parametrize(("value", "segment"), [("a/b", "a%2Fb"), ("%2F", "%252F"), ("a b", "a%20b")])
def test_separators_are_percent_encoded_into_one_segment(value, segment):
    with capturing() as (st, api):
        st.send("GET", INVOICE, path_params={"id": value})
    assert api.api_requests[0].url.raw_path.decode().endswith(f"/invoices/{segment}")


def test_action_id_must_be_an_int():
    with capturing() as (st, api), pytest.raises(TypeError, match="int"):
        st.delete_appointment(id="..")  # type: ignore[arg-type]
    assert api.api_requests == []


def test_raw_operation_id_must_be_an_int():
    with capturing() as (st, api), pytest.raises(TypeError, match="int"):
        st.raw.jpm.jobs_get(id="../../customers")
    assert api.api_requests == []


@pytest.mark.parametrize("value", [True, 1.5, None, 2**63])
def test_odd_types_and_out_of_range_ids_are_refused(value):
    with capturing() as (st, api), pytest.raises((TypeError, ValueError), match="path parameter 'id'"):
        st.send("GET", INVOICE, path_params={"id": value})
    assert api.api_requests == []
