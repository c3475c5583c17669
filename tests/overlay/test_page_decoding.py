"""Pages are decoded by msgspec when the `speedups` extra is installed, into exactly what `json` makes of them.

The suite installs the extra. Each case compares the decoded page, with the type of every value spelled out, with
`json.loads` of the same bytes: the sandbox records of every list and export operation, floats of every size,
and the texts only `json` reads (which the page then gets from `json`, as without the extra).
"""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from servicetitan import ResponseValidationError, _bodies
from servicetitan._parsing import MoneyReading, page_json
from tests.overlay.conftest import FakeAPI, call, collect, jobs, paged

EXPECTED = Path(__file__).resolve().parents[1] / "generation" / "fast_models_expected.json"


def typed(value: Any) -> Any:
    """`value` with each part's type beside it: 1 and 1.0 and True differ, and so do -0.0 and 0.0."""
    if isinstance(value, dict):
        return {"dict": [[key, typed(item)] for key, item in value.items()]}
    if isinstance(value, list):
        return [typed(item) for item in value]
    return [type(value).__name__, repr(value)]


def decoded(content: bytes) -> Any:
    # The comparisons below are of msgspec with json only if msgspec decodes: the suite installs the extra.
    assert _bodies._fast_decoder() is not None, "the speedups extra (msgspec) is not installed"
    return typed(page_json(httpx.Response(200, content=content)))


def test_the_sandbox_records_of_every_list_and_feed_decode_as_json_decodes_them() -> None:
    cases = json.loads(EXPECTED.read_text())["cases"]
    assert len(cases) > 20
    for operation, case in cases.items():
        content = json.dumps({"hasMore": False, "data": case["records"]}).encode()
        assert decoded(content) == typed(json.loads(content)), operation


def test_floats_of_every_size_decode_as_json_decodes_them() -> None:
    rng = random.Random(11)
    values = [rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 308) for _ in range(5000)]
    texts = [repr(value) for value in values] + [f"{value:.3e}" for value in values[:500]]
    texts += ["0.1", "-0.0", "1311.96", "5e-324", "1.7976931348623157e308", "2.2250738585072014e-308", "1E+2"]
    texts += ["0.30000000000000004", "123456789.123456789123456789", "1.0000000000000000000000001", "-0"]
    content = f"[{','.join(texts)}]".encode()
    assert decoded(content) == typed(json.loads(content))


@pytest.mark.parametrize(
    "content",
    [
        b'{"data": [123456789012345678901234567890, -18446744073709551617]}',
        b'{"data": [NaN, Infinity, -Infinity]}',
        b'{"data": [1e400]}',
        b'{"data": ["\\ud800"]}',
        b'\xef\xbb\xbf{"data": []}',
        '{"data": ["\u00e9"]}'.encode("utf-16"),
        b'{"data": [1], "data": [2]}',
        b' {"data": []} ',
    ],
)
def test_texts_at_the_edges_decode_as_json_decodes_them(content: bytes) -> None:
    assert decoded(content) == typed(json.loads(content))


@pytest.mark.parametrize("content", [b'{"data": [1,]}', b"\xff\xfe\x00", b"not json"])
def test_a_page_that_is_not_json_raises_as_without_msgspec(monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    request = httpx.Request("GET", "http://api.test/jobs")
    with pytest.raises(ResponseValidationError, match="not JSON"):
        page_json(httpx.Response(200, content=content, request=request))
    monkeypatch.setattr(_bodies, "_fast_decoder", lambda decimals=False: None)
    with pytest.raises(ResponseValidationError, match="not JSON"):
        page_json(httpx.Response(200, content=content, request=request))


def test_an_empty_page_body_is_none() -> None:
    assert page_json(httpx.Response(200, content=b"")) is None


@pytest.mark.anyio
async def test_list_pages_are_decoded_by_msgspec_and_without_it_alike(
    st: Any, api: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    api.route("GET", "/jobs", paged(jobs(5)))
    st.page_size_limits["Jobs_GetList"] = 2
    decoders: list[Any] = []
    fast = _bodies._fast_decoder()

    def counted(decimals: bool = False) -> Any:
        decoders.append(fast)
        return fast

    monkeypatch.setattr(_bodies, "_fast_decoder", counted)
    with_msgspec = await collect(await call(st, "list_jobs", fetch_all=True, as_dicts=True))
    assert len(decoders) == 3
    monkeypatch.setattr(_bodies, "_fast_decoder", lambda decimals=False: None)
    without = await collect(await call(st, "list_jobs", fetch_all=True, as_dicts=True))
    assert typed(with_msgspec) == typed(without) == typed(jobs(5))


# --- with `decimals` (the dict reads of a client made with decimals=True: the dlt source, the sync) ----------


def decoded_exact(content: bytes) -> Any:
    """A page read as a `decimals=True` client reads it as dicts (`MoneyReading`, no money sent as text)."""
    assert _bodies._fast_decoder(decimals=True) is not None, "the speedups extra (msgspec) is not installed"
    return typed(page_json(httpx.Response(200, content=content), MoneyReading({})))


def exact_json(content: bytes) -> Any:
    return typed(json.loads(content, parse_float=Decimal))


def test_with_decimals_the_sandbox_records_decode_as_json_decodes_them_with_decimals() -> None:
    for operation, case in json.loads(EXPECTED.read_text())["cases"].items():
        content = json.dumps({"hasMore": False, "data": case["records"]}).encode()
        assert decoded_exact(content) == exact_json(content), operation


def test_with_decimals_numbers_of_every_size_are_decimals_exactly_as_sent() -> None:
    rng = random.Random(12)
    values = [rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 308) for _ in range(2000)]
    texts = [repr(value) for value in values] + [f"{value:.3e}" for value in values[:500]]
    texts += ["0.1", "-0.0", "1311.960", "1E+2", "1e400", "-0", "7", "123456789.123456789123456789", "12.50"]
    content = f"[{','.join(texts)}]".encode()
    assert decoded_exact(content) == exact_json(content)
    assert typed(Decimal("12.50")) in decoded_exact(content)


@pytest.mark.parametrize(
    "content",
    [
        b'{"data": [123456789012345678901234567890, -18446744073709551617, 2.50]}',
        b'{"data": [NaN, Infinity, -Infinity]}',
        b'{"data": ["\\ud800", 1.5]}',
        b'\xef\xbb\xbf{"data": [1.5]}',
        '{"data": ["\u00e9", 1.5]}'.encode("utf-16"),
        b'{"data": [1.5], "data": [2.5]}',
    ],
)
def test_with_decimals_texts_at_the_edges_decode_as_json_decodes_them(content: bytes) -> None:
    assert decoded_exact(content) == exact_json(content)


def test_with_decimals_pages_are_decoded_by_msgspec(monkeypatch: pytest.MonkeyPatch) -> None:
    """The decimal reads take the fast decoder too (they were left to `json`, most of a sync's decoding time)."""
    calls: list[bool] = []
    fast = _bodies._fast_decoder

    def counted(decimals: bool = False) -> Any:
        calls.append(decimals)
        return fast(decimals=decimals)

    monkeypatch.setattr(_bodies, "_fast_decoder", counted)
    content = b'{"hasMore": false, "data": [{"id": 1, "total": 12.50}]}'
    assert page_json(httpx.Response(200, content=content), MoneyReading({})) == {
        "hasMore": False,
        "data": [{"id": 1, "total": Decimal("12.50")}],
    }
    assert calls == [True]
