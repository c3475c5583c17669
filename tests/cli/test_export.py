"""`servicetitan export`: the files read back equal the library's records; a killed export resumes exactly."""

from __future__ import annotations

import csv
import datetime
import json
import os
import pty
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from servicetitan.cli.export import Checkpoint, Progress, cell, run_export, target
from tests.cli.conftest import TIMEOUT, Served, run, servicetitan_command

SMALL_PAGES = {"Jobs_GetList": 20, "Customers_GetList": 15}


def library_records(served: Served, name: str) -> list[dict[str, Any]]:
    chosen = target(name)
    domain, resource, verb = chosen.path.split(".")
    with served.client() as st:
        method = getattr(getattr(getattr(st, domain), resource), verb)
        if chosen.is_feed:
            return list(method(as_dicts=True))
        return list(method(fetch_all=True, as_dicts=True))


def flattened(record: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """The documented CSV rules: dotted nested objects, arrays as JSON text, null empty, JSON for non-strings."""
    row: dict[str, str] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            row.update(flattened(value, f"{prefix}{key}."))
        elif value is None:
            row[prefix + key] = ""
        elif isinstance(value, str):
            row[prefix + key] = value
        else:
            row[prefix + key] = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return row


def read_back(path: Path, format: str) -> list[dict[str, Any]]:
    if format == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if format == "csv":
        with path.open(newline="", encoding="utf-8") as file:
            return list(csv.DictReader(file))
    rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
    return rows


def assert_same(written: list[dict[str, Any]], records: list[dict[str, Any]], format: str) -> None:
    assert len(written) == len(records)
    if format != "csv":
        assert written == records
        return
    for row, record in zip(written, records, strict=True):
        expected = flattened(record)
        assert {key: row.get(key, "") for key in expected} == expected
        assert all(value == "" for key, value in row.items() if key not in expected)


@pytest.mark.parametrize(
    ("name", "format"),
    [
        ("jpm.jobs", "jsonl"),
        ("jpm.jobs", "csv"),
        ("jpm.jobs", "parquet"),
        ("crm.customers", "csv"),
        ("crm.customers", "parquet"),
        ("accounting.invoices", "jsonl"),
        ("accounting.invoices", "csv"),
        ("settings.technicians", "parquet"),
        ("accounting.export.invoices", "csv"),
        ("jpm.export.jobs", "parquet"),
    ],
)
def test_files_read_back_equal_the_library_records(served: Served, tmp_path: Path, name: str, format: str) -> None:
    out = tmp_path / f"out.{format}"
    done = run(served.env(), "export", name, "--format", format, "--out", str(out))
    assert done.returncode == 0, done.stderr
    records = library_records(served, name)
    assert records
    assert_same(read_back(out, format), records, format)
    assert done.stderr.strip().endswith(
        f"{len(records)} records in {done.stderr.split(' in ')[1].split()[0]} pages written to {out}"
    )


class Killed(Exception):
    """Stands for the process being killed right after a checkpoint."""


def _kill_after(pages: int) -> Any:
    def after_page(checkpoint: Checkpoint) -> None:
        if checkpoint.pages == pages:
            raise Killed

    return after_page


@pytest.mark.parametrize(
    ("name", "format", "pages"),
    [("jpm.jobs", "jsonl", 3), ("jpm.export.jobs", "csv", 2), ("crm.customers", "parquet", 4)],
)
def test_a_killed_export_rerun_with_its_state_writes_every_record_once(
    served: Served, tmp_path: Path, name: str, format: str, pages: int
) -> None:
    out, state = tmp_path / f"out.{format}", tmp_path / "state.json"
    with served.client(page_size_limits=SMALL_PAGES) as st, pytest.raises(Killed):
        run_export(st, target(name), format, str(out), state, None, Progress(), _kill_after(pages))
    saved = json.loads(state.read_text())
    assert saved["pages"] == pages
    assert not saved["done"]
    # The kill may also cut the next page short after the checkpoint: half a record past the saved offset.
    written = tmp_path / f"out.{format}.staged.jsonl" if format == "parquet" else out
    with written.open("ab") as file:
        file.write(b'{"id": 1, "half a rec')
    done = run(served.env(), "export", name, "--format", format, "--out", str(out), "--state", str(state))
    assert done.returncode == 0, done.stderr
    assert_same(read_back(out, format), library_records(served, name), format)
    assert json.loads(state.read_text())["done"]


def test_a_finished_feed_export_rerun_appends_only_what_changed(served: Served, tmp_path: Path) -> None:
    out, state = tmp_path / "jobs.jsonl", tmp_path / "state.json"
    arguments = ("export", "jpm.export.jobs", "--out", str(out), "--state", str(state))
    assert run(served.env(), *arguments).returncode == 0
    first = read_back(out, "jsonl")
    job_id = first[5]["id"]
    with served.client() as st:
        st.jpm.jobs.update(id=job_id, summary="changed after the first export")
    assert run(served.env(), *arguments).returncode == 0
    again = read_back(out, "jsonl")
    assert again[: len(first)] == first
    assert [(record["id"], record["summary"]) for record in again[len(first) :]] == [
        (job_id, "changed after the first export")
    ]


def test_a_state_file_of_another_export_is_refused(served: Served, tmp_path: Path) -> None:
    out, state = tmp_path / "jobs.jsonl", tmp_path / "state.json"
    assert run(served.env(), "export", "jpm.jobs", "--out", str(out), "--state", str(state)).returncode == 0
    other = run(served.env(), "export", "crm.customers", "--out", str(out), "--state", str(state))
    assert other.returncode == 1
    assert f"the state file {state} belongs to another export" in other.stderr


def test_state_needs_a_file_and_since_needs_the_filter(served: Served, tmp_path: Path) -> None:
    to_stdout = run(served.env(), "export", "jpm.jobs", "--state", str(tmp_path / "s.json"))
    assert to_stdout.returncode == 1
    assert "--state needs --out FILE" in to_stdout.stderr
    out = tmp_path / "types.jsonl"
    unfiltered = run(served.env(), "export", "jpm.project_types", "--since", "2024-01-01", "--out", str(out))
    assert unfiltered.returncode == 1
    assert "jpm.project_types.get_list has no modifiedOnOrAfter filter" in unfiltered.stderr


def test_since_exports_only_the_records_modified_from_then(served: Served, tmp_path: Path) -> None:
    records = library_records(served, "jpm.jobs")
    since = sorted(record["modifiedOn"] for record in records)[len(records) // 2]
    out = tmp_path / "jobs.jsonl"
    assert run(served.env(), "export", "jpm.jobs", "--since", since, "--out", str(out)).returncode == 0
    assert read_back(out, "jsonl") == [record for record in records if record["modifiedOn"] >= since]


def test_a_terminal_gets_a_progress_bar(served: Served, tmp_path: Path) -> None:
    main, terminal = pty.openpty()
    try:
        done = subprocess.run(
            [*servicetitan_command(), "export", "jpm.jobs", "--out", str(tmp_path / "jobs.jsonl")],
            env={**served.env(), "COLUMNS": "160"},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=terminal,
            timeout=TIMEOUT,
            check=False,
        )
        os.close(terminal)
        shown = b""
        while chunk := _read(main):
            shown += chunk
    finally:
        os.close(main)
    assert done.returncode == 0
    text = shown.decode("utf-8", "replace")
    total = len(library_records(served, "jpm.jobs"))
    assert f"{total}/{total}" in text
    assert "records, 1 pages" in text


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:
        return b""


def test_a_list_export_resumes_exactly_after_records_changed_while_it_was_stopped(
    served: Served, tmp_path: Path
) -> None:
    out, state = tmp_path / "customers.jsonl", tmp_path / "state.json"
    customers = served.sandbox.records("crm", "Customers_GetList")
    page = SMALL_PAGES["Customers_GetList"]
    before = library_records(served, "crm.customers")
    with served.client(page_size_limits=SMALL_PAGES) as st, pytest.raises(Killed):
        run_export(st, target("crm.customers"), "jsonl", str(out), state, None, Progress(), _kill_after(3))
    read = [record["id"] for record in read_back(out, "jsonl")]
    assert len(read) > 2 * page
    # While the export is stopped: records sorted before every one read, more than a page of read records
    # leaving the list, the last record read and an unread one modified, a new record at the end.
    earliest = min(record["createdOn"] for record in before)
    inserted_early = [customers.insert(createdOn=earliest)["id"] for _ in range(5)]
    for record_id in read[: page + 5]:
        customers.deactivate(record_id)
    unread = next(record["id"] for record in before if record["id"] not in read)
    customers.modify(read[-1], name="modified at the checkpoint")
    customers.modify(unread, name="modified before it was read")
    inserted_late = customers.insert()["id"]
    done = run(served.env(), "export", "crm.customers", "--out", str(out), "--state", str(state))
    assert done.returncode == 0, done.stderr
    written = [record["id"] for record in read_back(out, "jsonl")]
    after = {record["id"] for record in library_records(served, "crm.customers")}
    assert len(written) == len(set(written)), "a record was written twice"
    assert ({record["id"] for record in before} & after) | {inserted_late} <= set(written)
    assert set(inserted_early).isdisjoint(read)


def test_a_list_read_by_page_number_that_changed_while_stopped_is_not_resumed(served: Served, tmp_path: Path) -> None:
    out, state = tmp_path / "types.jsonl", tmp_path / "state.json"
    with served.client(page_size_limits={"JobTypes_GetList": 15}) as st, pytest.raises(Killed):
        run_export(st, target("jpm.job_types"), "jsonl", str(out), state, None, Progress(), _kill_after(2))
    types = served.sandbox.records("jpm", "JobTypes_GetList")
    types.delete(next(types.ids()))
    done = run(served.env(), "export", "jpm.job_types", "--out", str(out), "--state", str(state))
    assert done.returncode == 1
    assert "jpm.job_types.get_list changed while the export was stopped" in done.stderr
    assert "remove the state file and the output" in done.stderr
    assert len(read_back(out, "jsonl")) == 30


def test_a_list_read_by_page_number_resumes_at_the_next_page_when_unchanged(served: Served, tmp_path: Path) -> None:
    out, state = tmp_path / "types.jsonl", tmp_path / "state.json"
    with served.client(page_size_limits={"JobTypes_GetList": 15}) as st, pytest.raises(Killed):
        run_export(st, target("jpm.job_types"), "jsonl", str(out), state, None, Progress(), _kill_after(2))
    done = run(served.env(), "export", "jpm.job_types", "--out", str(out), "--state", str(state))
    assert done.returncode == 0, done.stderr
    assert read_back(out, "jsonl") == library_records(served, "jpm.job_types")


CELL_VALUES = [
    None, "", "text, with a comma", "ünïcode ✓", 0, -7, 2**70, True, False, 0.1, 1311.96, -0.0, 1e-07, 1e22,
    1.5e300, float("inf"), float("-inf"), float("nan"), Decimal("12.50"), Decimal("-0.000000001"),
    [], [1, "a", None], {"k": [1.5, {"ü": True}]}, {"when": datetime.date(2024, 1, 2)},
]  # fmt: skip


@pytest.mark.parametrize("value", CELL_VALUES, ids=repr)
def test_a_cell_is_the_value_as_json_text_and_strings_as_they_are(value: Any) -> None:
    """What a CSV cell holds does not depend on how it is made: a string as it is, null empty, and anything else
    exactly as compact JSON (`json.dumps`, unicode kept, other values as their text) writes it."""
    expected = (
        value
        if isinstance(value, str)
        else ""
        if value is None
        else (json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str))
    )
    assert cell(value) == expected
