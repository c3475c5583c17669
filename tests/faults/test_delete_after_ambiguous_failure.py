"""Item 22: a DELETE is replayed after an ambiguous 502 or timeout; when the replay finds nothing (404), the
first attempt may have deleted it. That is reported as `DeleteOutcomeUnknownError` (a `NotFoundError`), which
says so, instead of a bare 404 claiming the record never existed."""

from __future__ import annotations

import httpx
import pytest

from servicetitan import NotFoundError, ServiceTitan
from servicetitan.errors import DeleteOutcomeUnknownError
from tests.core.conftest import FakeAPI, client_kwargs


def settings(api: FakeAPI) -> dict[str, object]:
    return client_kwargs(transport=httpx.MockTransport(api), sleep=lambda seconds: None)


@pytest.mark.parametrize(
    "first", [httpx.Response(502, json={"title": "Bad Gateway"}), httpx.ReadTimeout("stalled")], ids=["502", "timeout"]
)
def test_delete_replayed_after_an_ambiguous_failure_reports_the_unknown_outcome(first):
    outcomes = [first, httpx.Response(404, json={"title": "Appointment not found"})]

    def handler(request: httpx.Request) -> httpx.Response:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    api = FakeAPI(handler)
    with ServiceTitan(**settings(api)) as st, pytest.raises(DeleteOutcomeUnknownError) as caught:
        st.delete_appointment(id=7)
    assert isinstance(caught.value, NotFoundError)
    assert "may have deleted it" in str(caught.value)
    assert len(api.api_requests) == 2


def test_plain_404_on_a_first_delete_stays_not_found():
    api = FakeAPI(lambda request: httpx.Response(404, json={"title": "Appointment not found"}))
    with ServiceTitan(**settings(api)) as st, pytest.raises(NotFoundError) as caught:
        st.delete_appointment(id=7)
    assert not isinstance(caught.value, DeleteOutcomeUnknownError)
