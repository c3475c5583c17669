"""Attachment upload (multipart) and download (bytes), and the component's raw request."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from servicetitan import ServerError
from servicetitan.retries import RetryPolicy
from tests.overlay.conftest import FakeAPI, call

pytestmark = pytest.mark.anyio


def upload_handler(request: httpx.Request) -> httpx.Response:
    assert request.headers["content-type"].startswith("multipart/form-data")
    return httpx.Response(200, json={"path": "InstalledEquipment/Documents/abc.csv"})


@pytest.mark.parametrize("form", ["path", "bytes", "file"])
async def test_attachment_upload_sends_the_file_as_multipart(st: Any, api: FakeAPI, tmp_path: Path, form: str) -> None:
    api.route("POST", "/installed-equipment/attachments", upload_handler)
    content = b"serial,model\n42,XR-7\n"
    source = tmp_path / "manual.csv"
    source.write_bytes(content)
    argument: Any = {"path": str(source), "bytes": content, "file": io.BytesIO(content)}[form]
    result = await call(st, "create_installed_equipment_attachment", file=argument, file_name="manual.csv")
    assert result.path == "InstalledEquipment/Documents/abc.csv"
    body = api.requests[0].content
    assert b'name="file"; filename="manual.csv"' in body
    assert content in body


async def test_attachment_upload_refuses_nameless_bytes_before_sending(st: Any, api: FakeAPI) -> None:
    with pytest.raises(ValueError, match="file_name is required"):
        await call(st, "create_installed_equipment_attachment", file=b"data")
    with pytest.raises(TypeError, match="file must be a path, bytes or a binary file object"):
        await call(st, "create_installed_equipment_attachment", file=42)
    assert api.requests == []


async def test_attachment_download_returns_the_bytes(st: Any, api: FakeAPI) -> None:
    payload = bytes(range(256))
    api.route(
        "GET",
        "/installed-equipment/attachments",
        lambda r: httpx.Response(200, content=payload, headers={"content-type": "application/octet-stream"}),
    )
    data = await call(st, "list_installed_equipment_attachments", path="InstalledEquipment/Documents/abc.csv")
    assert data == payload
    assert api.requests[0].url.params["path"] == "InstalledEquipment/Documents/abc.csv"


async def test_raw_request_maps_the_component_inputs(st: Any, api: FakeAPI) -> None:
    api.route("POST", "/jobs/5/notes", lambda r: httpx.Response(200, json={"ok": True}))
    result = await call(
        st,
        "raw_request",
        method="post",
        url_type="jpm",
        path="/jobs/5/notes",
        query={"pin": True},
        headers={"X-Custom": "1"},
        data={"text": "hello"},
    )
    assert result == {"ok": True}
    sent = api.requests[0]
    assert sent.url.path == "/jpm/v2/tenant/1234567890/jobs/5/notes"
    assert (sent.url.params["pin"], sent.headers["x-custom"]) == ("true", "1")
    assert json.loads(sent.content) == {"text": "hello"}


async def test_raw_request_multipart_form_and_files(st: Any, api: FakeAPI) -> None:
    api.route("POST", "/forms", lambda r: httpx.Response(200, text="done"))
    result = await call(
        st,
        "raw_request",
        method="POST",
        url_type="equipment-systems",
        path="/forms",
        form_data={"kind": "manual"},
        file_data={"doc": "My File Contents"},
        file_data_file_names={"doc": "example.txt"},
        response_type="text",
    )
    assert result == "done"
    body = api.requests[0].content
    assert b'name="kind"' in body
    assert b'filename="example.txt"' in body
    assert b"My File Contents" in body


async def test_raw_request_never_replays_a_post_after_a_5xx_even_when_retrying_on_all_errors(
    st: Any, api: FakeAPI
) -> None:
    api.route("POST", "/jobs", lambda r: httpx.Response(502, json={"title": "Bad gateway", "status": 502}))
    with pytest.raises(ServerError):
        await call(
            st,
            "raw_request",
            method="POST",
            url_type="jpm",
            path="/jobs",
            data={},
            max_retries=5,
            retry_on_all_errors=True,
        )
    assert len(api.requests) == 1


async def test_raw_request_retry_on_all_errors_resends_a_refused_request(st: Any, api: FakeAPI) -> None:
    answers = iter([httpx.Response(409, json={"title": "Busy", "status": 409}), httpx.Response(200, json={})])
    api.route("POST", "/jobs", lambda r: next(answers))
    await call(
        st,
        "raw_request",
        method="POST",
        url_type="jpm",
        path="/jobs",
        data={},
        max_retries=2,
        retry_delay_ms=250,
        retry_on_all_errors=True,
    )
    assert len(api.requests) == 2


def test_retry_policy_on_all_errors_keeps_writes_safe() -> None:
    policy = RetryPolicy(retry_on_all_errors=True, retry_delay=0.25)
    assert policy.retries_status(404, replayable=False)
    assert policy.retries_status(503, replayable=True)
    assert not policy.retries_status(503, replayable=False)
    assert not policy.retries_status(401, replayable=True)
    assert policy.backoff(5) == 0.25
    assert not RetryPolicy().retries_status(404, replayable=True)
