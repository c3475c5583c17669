"""With warnings turned into errors (`python -W error`), an enum value the spec does not list still
never fails a page: the value is kept, and reported through the logger."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
import uuid
import warnings
from typing import Any

import pytest

from servicetitan.sandbox import DEFAULT_TENANT, FIRST_IDS, Sandbox
from tests.overlay.conftest import FakeAPI, call, collect
from tests.paging.conftest import ListServer

pytestmark = pytest.mark.anyio


async def test_an_unknown_enum_value_under_warnings_as_errors_is_kept(
    st: Any, api: FakeAPI, caplog: pytest.LogCaptureFixture
) -> None:
    unheard = f"Teleported-{uuid.uuid4().hex[:8]}"  # never seen before in this process, so it is reported
    records = appointments(3)
    records[1]["status"] = unheard
    api.route("GET", "/appointments", ListServer(records))
    with warnings.catch_warnings(), caplog.at_level(logging.WARNING, logger="servicetitan"):
        warnings.simplefilter("error")
        found = await collect(await call(st, "list_appointments", fetch_all=True))
    assert [type(appointment).__name__ for appointment in found] == ["JpmV2AppointmentResponse"] * 3
    assert found[1].status == unheard
    assert unheard in caplog.text


def appointments(count: int) -> list[dict[str, Any]]:
    """Appointments shaped as the sandbox seeds them."""
    seeded = Sandbox(jobs=count).tenant(DEFAULT_TENANT)["appointments"]
    return [dict(seeded.get(FIRST_IDS["appointments"] + index) or {}) for index in range(count)]


def test_under_python_w_error_a_page_with_an_unknown_enum_value_parses() -> None:
    script = textwrap.dedent(
        """
        import httpx
        from servicetitan import ServiceTitan
        from tests.paging.conftest import ListServer
        from tests.paging.test_unknown_enums_under_warnings_as_errors import appointments

        records = appointments(2)
        records[0]["status"] = "Cosmic"
        server = ListServer(records)

        def handler(request):
            if request.url.path == "/connect/token":
                return httpx.Response(200, json={"access_token": "t", "expires_in": 900, "token_type": "Bearer"})
            return server(request)

        with ServiceTitan(client_id="c", client_secret="s", app_key="k", tenant=1, api_url="https://api.test",
                          token_url="https://auth.test/connect/token", transport=httpx.MockTransport(handler),
                          rate_limit=None) as st:
            print([str(appointment.status) for appointment in st.list_appointments(fetch_all=True)])
        """
    )
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith("['Cosmic', ")
