"""The component's raw request: any method and path of a domain, through the client's auth, parsed as asked."""

from __future__ import annotations

import pytest

from servicetitan.sandbox import FIRST_IDS
from tests.overlay.conftest import call

from .conftest import Client

pytestmark = [pytest.mark.anyio, pytest.mark.vcr]

JOB = FIRST_IDS["jobs"] + 9


@pytest.mark.default_cassette("raw_request")
async def test_raw_request(st: Client) -> None:
    page = await call(st, "raw_request", method="GET", url_type="jpm", path="/jobs", query={"pageSize": 3, "page": 2})
    assert isinstance(page, dict)
    assert (page["page"], page["pageSize"], page["hasMore"]) == (2, 3, True)
    assert [job["id"] for job in page["data"]] == [FIRST_IDS["jobs"] + n for n in (3, 4, 5)]

    changed = await call(
        st, "raw_request", method="PATCH", url_type="jpm", path=f"/jobs/{JOB}", data={"summary": "Raw summary"}
    )
    assert (changed["id"], changed["summary"]) == (JOB, "Raw summary")
    assert (await call(st, "get_job", id=JOB)).summary == "Raw summary"

    customer = FIRST_IDS["customers"]
    text = await call(
        st, "raw_request", method="GET", url_type="crm", path=f"/customers/{customer}", response_type="text"
    )
    assert isinstance(text, str)
    assert f'"id":{customer}' in text
