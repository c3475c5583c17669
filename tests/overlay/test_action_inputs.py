"""Action inputs are checked against the spec before anything is sent, and sent with API names and formats."""

from __future__ import annotations

import datetime as dt
import inspect
import json
from typing import Any

import httpx
import pytest

from servicetitan import AsyncServiceTitan, ServiceTitan
from servicetitan.actions import ACTIONS
from tests.core.conftest import JOB
from tests.overlay.conftest import FakeAPI, call, paged

pytestmark = pytest.mark.anyio

CREATE_JOB = {
    "customer_id": 1,
    "location_id": 2,
    "business_unit_id": 3,
    "job_type_id": 4,
    "priority": "High",
    "campaign_id": 5,
    "appointments": [{"start": dt.datetime(2024, 1, 9, 9, 30), "end": "2024-01-09T10:30:00Z"}],
}


def test_every_action_is_a_method_of_both_clients_with_its_inputs_in_the_signature() -> None:
    for action in ACTIONS:
        for client in (ServiceTitan, AsyncServiceTitan):
            method = getattr(client, action.method)
            assert inspect.iscoroutinefunction(method) is (client is AsyncServiceTitan), action.method
            parameters = inspect.signature(method).parameters
            assert "debug" in parameters
            assert action.key in (method.__doc__ or "")
    create = inspect.signature(ServiceTitan.create_job).parameters
    assert create["customer_id"].default is inspect.Parameter.empty
    assert create["customer_po"].default is None
    listing = inspect.signature(ServiceTitan.list_jobs).parameters
    assert {"fetch_all", "page", "page_size", "include_total", "sort", "custom_query_params", "job_status"} <= set(
        listing
    )


@pytest.mark.parametrize("action", [a for a in ACTIONS if a.target and not a.label], ids=lambda a: a.method)
async def test_an_action_is_its_resource_method_under_another_name(action: Any, st: Any, api: FakeAPI) -> None:
    """Same inputs, same request: the action and `st.<domain>.<resource>.<verb>` share one definition."""
    domain, resource, verb = action.target.split(".")
    method = getattr(getattr(getattr(st, domain), resource), verb)
    action_parameters = list(inspect.signature(getattr(type(st), action.method)).parameters.values())[1:]
    assert action_parameters == list(inspect.signature(method).parameters.values())
    for run in (lambda: call(st, action.method, custom_x=1), lambda: _await(method(custom_x=1))):
        with pytest.raises(TypeError, match="unexpected keyword argument 'custom_x'"):
            await run()
    assert api.requests == []


async def _await(result: Any) -> Any:
    return await result if inspect.isawaitable(result) else result


async def test_an_action_and_its_resource_method_send_the_same_request(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/jobs", paged([]))
    since = dt.datetime(2024, 1, 9, 12, tzinfo=dt.UTC)
    await call(st, "list_jobs", job_status="Scheduled", modified_on_or_after=since, ids=[3, 1], page_size=20)
    await _await(st.jpm.jobs.get_list(job_status="Scheduled", modified_on_or_after=since, ids=[3, 1], page_size=20))
    first, second = api.requests
    assert (first.method, first.url) == (second.method, second.url)


async def test_create_sends_api_names_and_utc_datetimes(st: Any, api: FakeAPI) -> None:
    api.route("POST", "/jobs", lambda r: httpx.Response(200, json=JOB))
    api.route("GET", "/jobs", paged([]))
    job = await call(st, "create_job", **CREATE_JOB, customer_po="PO-7", tag_type_ids=[7, 8])
    assert job.job_number == "J-1"
    (body,) = api.json_bodies()
    assert body["customerId"] == 1
    assert body["tagTypeIds"] == [7, 8]
    assert body["customerPo"] == "PO-7"
    assert body["appointments"] == [{"start": "2024-01-09T09:30:00Z", "end": "2024-01-09T10:30:00Z"}]
    assert "debug" not in body


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        ({"customer_id": "1"}, TypeError, r"create_job\(customer_id\) must be an int, not str"),
        ({"appointments": [{"start": "2024-01-09T09:30:00Z"}]}, ValueError, r"missing required field\(s\): end"),
        ({"appointments": [{"begin": "x", "end": "y"}]}, ValueError, r"has no field 'begin'"),
        ({"tag_type_ids": "7,8"}, TypeError, r"must be a list"),
        ({"custmer_id": 1}, TypeError, r"unexpected keyword argument 'custmer_id'"),
    ],
)
async def test_bad_input_raises_before_sending(
    st: Any, api: FakeAPI, change: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        await call(st, "create_job", **{**CREATE_JOB, **change})
    assert api.requests == []


async def test_enum_value_the_spec_does_not_list_is_refused(st: Any, api: FakeAPI) -> None:
    with pytest.raises(ValueError, match=r"list_jobs\(job_status\) must be one of .*'Scheduled'.*not 'Sheduled'"):
        await call(st, "list_jobs", job_status="Sheduled")
    assert api.requests == []


async def test_missing_required_input_raises_before_sending(st: Any, api: FakeAPI) -> None:
    arguments = dict(CREATE_JOB)
    del arguments["location_id"]
    with pytest.raises(TypeError, match="location_id"):
        await call(st, "create_job", **arguments)
    assert api.requests == []


async def test_list_filters_go_out_under_their_api_names(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/jobs", paged([]))
    await call(
        st,
        "list_jobs",
        job_status="Scheduled",
        modified_on_or_after=dt.datetime(2024, 1, 9, 12, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        ids="1,2",
        include_total=True,
        sort="-modifiedOn",
        page_size=25,
        page=3,
    )
    params = api.requests[0].url.params
    assert params["jobStatus"] == "Scheduled"
    assert params["modifiedOnOrAfter"] == "2024-01-09T10:00:00Z"
    assert (params["ids"], params["includeTotal"], params["sort"]) == ("1,2", "true", "-modifiedOn")
    assert (params["pageSize"], params["page"]) == ("25", "3")


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"custom_query_params": {"jobStatuss": "Hold"}}, ValueError, "no query parameter jobStatuss"),
        ({"custom_query_params": {"jobStatus": "Hold"}, "job_status": "Hold"}, ValueError, "repeats typed inputs"),
        ({"page_size": 5001}, ValueError, "page_size must be between 1 and 5000"),
        ({"page": 0}, ValueError, "page must be an int >= 1"),
        ({"fetch_all": True, "page": 2}, ValueError, "fetch_all reads from page 1"),
        ({"fetch_all": "yes"}, TypeError, "fetch_all must be a bool"),
    ],
)
async def test_bad_list_options_raise_before_sending(
    st: Any, api: FakeAPI, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        await call(st, "list_jobs", **arguments)
    assert api.requests == []


async def test_custom_query_params_pass_known_names_through(st: Any, api: FakeAPI) -> None:
    api.route("GET", "/jobs", paged([]))
    await call(st, "list_jobs", custom_query_params={"externalDataKey": "crm", "hasUnusedAppointments": True})
    params = api.requests[0].url.params
    assert (params["externalDataKey"], params["hasUnusedAppointments"]) == ("crm", "true")


async def test_page_size_limit_can_be_overridden_per_operation(api: FakeAPI, side: str) -> None:
    from tests.support.api import API_URL, APP_KEY, CLIENT_ID, CLIENT_SECRET, TENANT, TOKEN_URL

    client_class = ServiceTitan if side == "sync" else AsyncServiceTitan
    st = client_class(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        app_key=APP_KEY,
        tenant=TENANT,
        api_url=API_URL,
        token_url=TOKEN_URL,
        rate_limit=None,
        page_size_limits={"Jobs_GetList": 200},
        transport=httpx.MockTransport(api),
    )
    api.route("GET", "/jobs", paged([]))
    with pytest.raises(ValueError, match="between 1 and 200"):
        await call(st, "list_jobs", page_size=201)
    records = await call(st, "list_jobs", fetch_all=True)
    assert records.first_page.page_size == 200
    assert api.requests[0].url.params["pageSize"] == "200"


async def test_update_sends_only_what_was_given(st: Any, api: FakeAPI) -> None:
    api.route("PATCH", "/jobs/5", lambda r: httpx.Response(200))
    assert await call(st, "update_job", id=5, summary_of_work="Replaced valve") is None
    assert json.loads(api.requests[0].content) == {"summaryOfWork": "Replaced valve"}
