"""Item 17: an object filter (`customField.Fields`) given as a dict was sent as a Python repr. It is sent the
way the API binds a dictionary, one `customField.Fields[key]=value` parameter per key; deeper nesting is
refused, naming the parameter."""

from __future__ import annotations

import pytest

from ._capture import capturing

EMPTY_PAGE = {"page": 1, "pageSize": 50, "hasMore": False, "data": []}


def test_object_filter_of_an_action_is_sent_as_keyed_parameters():
    with capturing(EMPTY_PAGE) as (st, api):
        st.list_invoices(custom_field_fields={"Color": "red", "Size": "L"}, custom_field_operator="And")
    params = api.api_requests[0].url.params
    assert params["customField.Fields[Color]"] == "red"
    assert params["customField.Fields[Size]"] == "L"
    assert params["customField.Operator"] == "And"
    assert "{" not in str(api.api_requests[0].url)


def test_object_filter_in_a_raw_request_is_sent_the_same_way():
    with capturing(EMPTY_PAGE) as (st, api):
        st.request("GET", "/invoices", domain="accounting", params={"customField.Fields": {"Color": "red"}})
    assert api.api_requests[0].url.params["customField.Fields[Color]"] == "red"


def test_nested_object_filter_is_refused_naming_it():
    with capturing() as (st, api), pytest.raises(TypeError, match=r"customField\.Fields"):
        st.request("GET", "/invoices", domain="accounting", params={"customField.Fields": {"a": {"b": 1}}})
    assert api.api_requests == []
