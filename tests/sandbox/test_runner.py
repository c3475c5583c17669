"""The command line, and the throughput function the benchmark session calls."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from servicetitan.sandbox import bench
from servicetitan.sandbox.__main__ import build, parse_args
from servicetitan.sandbox.bench import measure_throughput


def test_cli_flags_reach_the_sandbox() -> None:
    sandbox = build(
        parse_args(
            ["--port", "9000", "--jobs", "12", "--rate-limit", "60", "--error-rate", "0.1", "--latency", "0.2",
             "--token-lifetime", "30", "--drop-rate", "0.05", "--odd-record-rate", "0.01", "--fault-seed", "9",
             "--app-key", "k", "--export-batch-size", "77"]
        )
    )  # fmt: skip
    settings = sandbox.faults.settings
    assert (settings.rate_limit, settings.error_rate, settings.latency) == (60, 0.1, 0.2)
    assert (settings.token_lifetime, settings.drop_rate, settings.odd_record_rate, settings.seed) == (30, 0.05, 0.01, 9)
    assert (sandbox.jobs, sandbox.credentials.app_key, sandbox.export.batch_size) == (12, "k", 77)


def test_cli_listens_on_loopback_by_default() -> None:
    assert parse_args([]).host == "127.0.0.1"


def test_throughput_is_the_requests_answered_over_the_time_they_took(monkeypatch: pytest.MonkeyPatch) -> None:
    answered: list[int] = []
    real_get = httpx.Client.get

    def get(client: httpx.Client, url: Any, **options: Any) -> httpx.Response:
        response = real_get(client, url, **options)
        answered.append(response.status_code)
        return response

    monkeypatch.setattr(httpx.Client, "get", get)
    clock = iter([100.0, 104.0])  # the timed run starts at 100 s and ends at 104 s
    monkeypatch.setattr(bench, "time", SimpleNamespace(perf_counter=lambda: next(clock)))
    assert measure_throughput(20, jobs=50) == 20 / 4.0
    # The warm-up reads every path once, then the timed run sends its 20 reads; every one was answered 200.
    assert len(answered) > 20
    assert set(answered) == {200}
