"""`servicetitan export` never writes an invalid file and never exits 0 over one: a state file and the output it
resumes are checked before anything is touched, outputs that cannot be rewound are refused for a resume, and every
date option is checked before anything is sent or created."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from servicetitan.sandbox import serve
from tests.cli.conftest import TIMEOUT, Served, make_sandbox, run, servicetitan_command
from tests.cli.test_export import assert_same, library_records, read_back

# Nothing listens there: a command that sent a request would fail with a connection error instead.
NOWHERE = "http://127.0.0.1:9"


def one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: "), stderr
    return lines[0]


def export(served: Served, name: str, out: Path, state: Path, *more: str) -> subprocess.CompletedProcess[str]:
    return run(served.env(), "export", name, "--out", str(out), "--state", str(state), "--quiet", *more)


def snapshot(*paths: Path) -> dict[Path, bytes | None]:
    return {path: path.read_bytes() if path.exists() else None for path in paths}


@pytest.mark.parametrize("name", ["jpm.jobs", "jpm.export.jobs"])
def test_a_rerun_after_the_output_was_moved_away_is_refused_and_touches_nothing(
    served: Served, tmp_path: Path, name: str
) -> None:
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    assert export(served, name, out, state).returncode == 0
    out.rename(tmp_path / "shipped.jsonl")
    before = snapshot(out, state)
    again = export(served, name, out, state)
    assert again.returncode == 1
    line = one_error_line(again.stderr)
    assert f"{out} is gone" in line
    assert "put it back to resume, or remove the state file" in line
    assert snapshot(out, state) == before


@pytest.mark.parametrize("change", ["shorter", "other content", "cut mid-record"])
def test_a_rerun_against_an_output_that_no_longer_ends_at_the_checkpoint_is_refused(
    served: Served, tmp_path: Path, change: str
) -> None:
    out, state = tmp_path / "out.csv", tmp_path / "state.json"
    assert export(served, "jpm.export.jobs", out, state, "--format", "csv").returncode == 0
    content = out.read_bytes()
    if change == "shorter":
        out.write_bytes(content[: len(content) // 2])
    elif change == "other content":
        out.write_bytes(content[:-3] + b"xx\n")
    else:
        out.write_bytes(content[:-1] + b",")
    before = snapshot(out, state)
    again = export(served, "jpm.export.jobs", out, state, "--format", "csv")
    assert again.returncode == 1
    line = one_error_line(again.stderr)
    assert str(out) in line
    assert "remove the state file" in line
    assert snapshot(out, state) == before


def test_a_deleted_parquet_staging_file_is_named(served: Served, tmp_path: Path) -> None:
    out, state = tmp_path / "jobs.parquet", tmp_path / "state.json"
    assert export(served, "jpm.export.jobs", out, state, "--format", "parquet").returncode == 0
    staged = tmp_path / "jobs.parquet.staged.jsonl"
    staged.unlink()
    again = export(served, "jpm.export.jobs", out, state, "--format", "parquet")
    assert again.returncode == 1
    assert f"{staged} is gone" in one_error_line(again.stderr)


BROKEN_STATES: dict[str, Any] = {
    "negative offset": {"offset": -1},
    "empty walk": {"walk": {}},
    "walk with a negative page": {"walk": "negative page"},
    "records as text": {"records": "3"},
    "pages as a boolean": {"pages": True},
    "done as text": {"done": "yes"},
    "continue_from as a number": {"continue_from": 5},
    "unknown format": {"format": "xml"},
    "older version": {"version": 2},
    "unknown field": {"extra": 1},
    "missing field": {"offset": None},
    "tail not a digest": {"tail": "abc"},
}


@pytest.mark.parametrize("broken", list(BROKEN_STATES), ids=list(BROKEN_STATES))
def test_a_state_file_with_any_field_of_the_wrong_kind_is_refused_by_name(
    served: Served, tmp_path: Path, broken: str
) -> None:
    out, state = tmp_path / "jobs.jsonl", tmp_path / "state.json"
    assert export(served, "jpm.jobs", out, state).returncode == 0
    fields = json.loads(state.read_text())
    for key, value in BROKEN_STATES[broken].items():
        if value is None:
            del fields[key]
        elif value == "negative page":
            fields[key] = {**fields["walk"], "page": -4}
        else:
            fields[key] = value
    state.write_text(json.dumps(fields))
    before = snapshot(out, state)
    again = export(served, "jpm.jobs", out, state)
    assert again.returncode == 1
    assert f"error: the state file {state} is not a checkpoint of this export" in one_error_line(again.stderr)
    assert snapshot(out, state) == before


def test_a_state_file_that_is_not_json_or_not_an_object_is_refused(served: Served, tmp_path: Path) -> None:
    out, state = tmp_path / "jobs.jsonl", tmp_path / "state.json"
    for text in ("{not json", "[1, 2]", ""):
        state.write_text(text)
        again = export(served, "jpm.jobs", out, state)
        assert again.returncode == 1
        assert "is not a checkpoint of this export" in one_error_line(again.stderr)
        assert not out.exists()


def test_dev_null_takes_a_fresh_export_and_refuses_a_state(served: Served, tmp_path: Path) -> None:
    fresh = run(served.env(), "export", "jpm.export.jobs", "--out", os.devnull, "--quiet")
    assert fresh.returncode == 0, fresh.stderr
    state = tmp_path / "state.json"
    resumable = run(served.env(), "export", "jpm.jobs", "--out", os.devnull, "--state", str(state))
    assert resumable.returncode == 1
    assert f"--state needs --out to be a regular file: {os.devnull} cannot be rewound" in one_error_line(
        resumable.stderr
    )
    assert not state.exists()
    parquet = run(served.env(), "export", "jpm.jobs", "--out", os.devnull, "--format", "parquet")
    assert parquet.returncode == 1
    assert "--format parquet needs --out to be a regular file" in one_error_line(parquet.stderr)


def test_a_pipe_takes_a_fresh_export(served: Served) -> None:
    # The test reads the command's standard output through a pipe: /dev/stdout is that pipe.
    done = run(served.env(), "export", "jpm.export.jobs", "--out", "/dev/stdout", "--format", "csv", "--quiet")
    assert done.returncode == 0, done.stderr
    rows = done.stdout.splitlines()
    assert len(rows) == 1 + len(library_records(served, "jpm.export.jobs"))


@pytest.mark.parametrize(
    "command",
    [
        ("export", "jpm.jobs", "--since", "yesterday"),
        ("export", "jpm.export.jobs", "--since", "2024-13-01"),
        ("export", "jpm.jobs", "--since", "20240101"),
        ("sync", "--since", "lastweek", "--streams", "jpm_jobs"),
        ("get", "jpm.jobs.get_list", "modifiedOnOrAfter=yesterday"),
        ("get", "jpm.jobs.get_list", "created_before=2024-02-30T00:00:00Z"),
        ("call", "jpm.appointments.reschedule", "id=1", "--json", '{"start": "tomorrow"}', "--dry-run"),
    ],
    ids=["export-list", "export-feed", "export-compact", "sync", "get-datetime", "get-impossible-day", "call-body"],
)
def test_a_bad_date_is_named_before_anything_is_sent_or_created(tmp_path: Path, command: tuple[str, ...]) -> None:
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("SERVICETITAN_")},
        "SERVICETITAN_CLIENT_ID": "id",
        "SERVICETITAN_CLIENT_SECRET": "secret-never-used",
        "SERVICETITAN_APP_KEY": "key",
        "SERVICETITAN_TENANT": "7",
        "SERVICETITAN_API_URL": NOWHERE,
        "SERVICETITAN_TOKEN_URL": NOWHERE + "/connect/token",
    }
    extra = ("--out", str(tmp_path / "out.jsonl")) if command[0] == "export" else ()
    extra += ("--to", f"duckdb:///{tmp_path / 'st.duckdb'}") if command[0] == "sync" else ()
    done = run(env, *command, *extra, cwd=tmp_path)
    assert done.returncode == 1
    line = one_error_line(done.stderr)
    named = {"get": f"({command[-1].partition('=')[0]})", "call": "--json start"}.get(command[0], "--since")
    named = named.replace("modifiedOnOrAfter", "modified_on_or_after")
    assert named in line
    assert "is not a date" in line
    assert list(tmp_path.iterdir()) == []


def test_since_takes_a_date_a_zone_or_the_apis_precision(served: Served, tmp_path: Path) -> None:
    records = library_records(served, "jpm.jobs")
    middle = sorted(record["modifiedOn"] for record in records)[len(records) // 2]
    expected = [record for record in records if record["modifiedOn"] >= middle]
    # The same instant two hours east of UTC, to the second (the records' own timestamps have no fraction here).
    moment = middle.rstrip("Z").split(".")[0]
    hours = int(moment[11:13])
    shifted = f"{moment[:11]}{hours + 2:02d}{moment[13:]}+02:00" if hours < 22 else moment + "Z"
    for given in (middle, shifted):
        out = tmp_path / "jobs.jsonl"
        done = run(served.env(), "export", "jpm.jobs", "--since", given, "--out", str(out), "--quiet")
        assert done.returncode == 0, done.stderr
        assert read_back(out, "jsonl") == expected


@pytest.fixture
def slow() -> Iterator[Served]:
    """The feed answers a page of 25 (of 120) every 0.3 s: an export spans seconds, so it is killed after its first
    checkpoint with at least four pages still to read."""
    sandbox = make_sandbox(latency=0.3)
    with serve(sandbox) as url:
        yield Served(sandbox, url)


def saved_pages(state: Path) -> int:
    try:
        return int(json.loads(state.read_text())["pages"])
    except (OSError, ValueError, KeyError):
        return 0


@pytest.mark.parametrize("format", ["jsonl", "csv", "parquet"])
def test_an_export_killed_with_sigkill_and_rerun_holds_every_record_once(
    slow: Served, tmp_path: Path, format: str
) -> None:
    out, state = tmp_path / f"jobs.{format}", tmp_path / "state.json"
    arguments = ["export", "jpm.export.jobs", "--format", format, "--out", str(out), "--state", str(state), "--quiet"]
    process = subprocess.Popen([*servicetitan_command(), *arguments], env=slow.env(), stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + TIMEOUT
        while saved_pages(state) < 1:
            assert process.poll() is None, "the export ended before it could be killed"
            assert time.monotonic() < deadline, "no checkpoint came"
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=TIMEOUT)
    assert process.returncode == -signal.SIGKILL
    assert not json.loads(state.read_text())["done"]
    done = run(slow.env(), *arguments)
    assert done.returncode == 0, done.stderr
    records = library_records(slow, "jpm.export.jobs")
    written = read_back(out, format)
    assert len({record["id"] for record in records}) == len(records)
    assert_same(written, records, format)


def test_an_output_or_state_in_a_missing_directory_is_named_before_anything(served: Served, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such"
    for arguments in (
        ("--out", str(missing / "jobs.jsonl")),
        ("--out", str(tmp_path / "jobs.jsonl"), "--state", str(missing / "s.json")),
    ):
        done = run(served.env(), "export", "jpm.jobs", *arguments)
        assert done.returncode == 1
        assert f"the directory {missing} does not exist" in one_error_line(done.stderr)
        assert list(tmp_path.iterdir()) == []
