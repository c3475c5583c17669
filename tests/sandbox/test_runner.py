"""The command line, and the throughput function the benchmark session calls."""

from __future__ import annotations

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


def test_measure_throughput_reports_requests_per_second() -> None:
    assert measure_throughput(20, jobs=50) > 0
