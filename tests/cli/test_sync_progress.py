"""`servicetitan sync` shows its progress as it goes on a terminal, and nothing but its summary elsewhere."""

from __future__ import annotations

import fcntl
import importlib
import io
import os
import pty
import re
import select
import struct
import subprocess
import termios
import time
from pathlib import Path

import pytest
from rich.console import Console

from servicetitan.cli.progress import StepCount, TerminalProgress, Update
from servicetitan.cli.settings import SettingsError
from servicetitan.cli.sync import in_own_process
from servicetitan.sandbox import DEFAULT_TENANT
from tests.cli.conftest import APP_KEY, SECRET, TIMEOUT, Served, run, servicetitan_command
from tests.cli.test_sync import STREAMS

ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def on_a_terminal(env: dict[str, str], *args: str, cwd: Path) -> tuple[int, str]:
    """Run the command with its standard output and error on one pseudo-terminal, as a user's shell does;
    its exit status and everything it wrote, terminal escapes taken out."""
    master, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 220, 0, 0))
    # The terminal's own size rules, as in a user's shell: COLUMNS or LINES in the session's environment (a CI
    # job's, say) would override it.
    env = {key: value for key, value in env.items() if key not in ("COLUMNS", "LINES")}
    process = subprocess.Popen(
        [*servicetitan_command(), *args], env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=terminal, stderr=terminal
    )
    os.close(terminal)
    written = bytearray()
    deadline = time.monotonic() + TIMEOUT
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal's other side closed: the command ended
                break
            if not chunk:
                break
            written += chunk
        status = process.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        process.kill()
        os.close(master)
    text = ESCAPE.sub("", written.decode()).replace("\r\n", "\n")
    assert SECRET not in text
    assert APP_KEY not in text
    return status, text


def frames(text: str) -> list[str]:
    """The progress lines drawn, in the order drawn (a redraw returns to the line's start)."""
    drawn = re.split(r"\n|\r|(?=(?:extract|normalize|load) +━)", text)
    return [part.strip() for part in drawn if part.strip()]


def test_a_sync_on_a_terminal_draws_each_step_as_it_goes_then_prints_the_summary(
    served: Served, tmp_path: Path
) -> None:
    database = tmp_path / "st.duckdb"
    status, text = on_a_terminal(
        served.env(), "sync", "--to", f"duckdb:///{database}", "--streams", ",".join(STREAMS), cwd=tmp_path
    )
    assert status == 0, text
    drawn = frames(text)
    heading = next(number for number, line in enumerate(drawn) if line.startswith("synced tenant(s)"))
    progress, summary = drawn[:heading], drawn[heading:]
    assert progress, "nothing was shown before the summary"
    extract = [line for line in progress if line.startswith("extract")]
    total = len(STREAMS)
    # Drawn at each update: the streams done count up, and while a stream sends rows it is named with its rows.
    assert any(f" 0/{total} streams" in line for line in extract), extract
    assert any(f" {total}/{total} streams" in line for line in extract), extract
    # Each batch of rows is drawn as it comes: rows from none to all, and counts in between.
    rows = {int(found.replace(",", "")) for line in extract for found in re.findall(r"· ([\d,]+) rows?\b(?!/)", line)}
    assert min(rows) == 0
    assert any(0 < count < max(rows) for count in rows), sorted(rows)
    for stream in STREAMS:
        assert any(re.search(rf"now {stream} \(\d[\d,]* rows?\)", line) for line in extract), stream
    assert any(re.search(r"· [\d,]+ rows · [\d,]+ rows/s", line) for line in extract)
    # The steps follow one another: extract's lines, then normalize's, then load's, each ending complete.
    first = {
        step: next(n for n, line in enumerate(progress) if line.startswith(step))
        for step in ("extract", "normalize", "load")
    }
    assert first["extract"] < first["normalize"] < first["load"]
    assert re.search(r"normalize +━+ (\d+)/\1 files +· [\d,]+ rows", progress[-2]), progress[-3:]
    assert re.search(r"load +━+ (\d+)/\1 jobs", progress[-1]), progress[-3:]
    assert summary[0].startswith(f"synced tenant(s) {DEFAULT_TENANT} into {database}")
    assert {line.split(":")[0] for line in summary[1:]} == set(STREAMS)


def test_a_sync_off_a_terminal_prints_the_summary_only(served: Served, tmp_path: Path) -> None:
    database = tmp_path / "st.duckdb"
    done = run(served.env(), "sync", "--to", f"duckdb:///{database}", "--streams", ",".join(STREAMS), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"synced tenant(s) {DEFAULT_TENANT} into {database}")
    assert sorted(line.split(":")[0].strip() for line in lines[1:]) == sorted(STREAMS)


def test_a_quiet_sync_on_a_terminal_prints_the_summary_only(served: Served, tmp_path: Path) -> None:
    database = tmp_path / "st.duckdb"
    status, text = on_a_terminal(
        served.env(), "sync", "--quiet", "--to", f"duckdb:///{database}", "--streams", "jpm_jobs", cwd=tmp_path
    )
    assert status == 0, text
    assert text.splitlines() == [
        f"synced tenant(s) {DEFAULT_TENANT} into {database} (dataset servicetitan): 120 rows in 1 table",
        "  jpm_jobs: 120 rows loaded",
    ]


def test_the_counts_of_a_step_say_parts_done_rows_and_the_stream_being_read() -> None:
    count = StepCount("extract", total=3)
    for update in (
        Update("extract", "Resources", 0, total=3),
        Update("extract", "jpm_jobs", 1),
        Update("extract", "crm_customers", 1000),
        Update("extract", "Resources", 1),
    ):
        count.apply(update)
    assert (count.shown_done, count.total, count.all_rows) == (1, 3, 1001)
    assert count.detail(elapsed=2.0, running=True) == "· 1,001 rows · 500 rows/s · now crm_customers (1,000 rows)"
    count.apply(Update("extract", "jpm_jobs", 0))
    assert count.detail(elapsed=None, running=True) == "· 1,001 rows · now jpm_jobs (1 row)"
    assert count.detail(elapsed=None, running=False) == "· 1,001 rows"
    # dlt extracts its own state after the streams: one resource of one more, and a table of its own.
    for update in (Update("extract", "Resources", 2), Update("extract", "Resources", 0, total=1),
                   Update("extract", "_dlt_pipeline_state", 1), Update("extract", "Resources", 1)):  # fmt: skip
        count.apply(update)
    assert (count.shown_done, count.total, count.all_rows) == (3, 3, 1001)
    # A failed load job is a sub-counter: the load's error names it.
    load = StepCount("load")
    load.apply(Update("load", "Jobs", 0, inc_total=2))
    load.apply(Update("load", "Jobs", 1, label="Failed"))
    load.apply(Update("load", "Jobs", 1))
    assert (load.shown_done, load.total, load.detail(None, True)) == (1, 2, "")


class Recording(io.StringIO):
    """A terminal's stream that keeps what had been written at each flush."""

    def __init__(self) -> None:
        super().__init__()
        self.flushed: list[str] = []

    def flush(self) -> None:
        self.flushed.append(ESCAPE.sub("", self.getvalue()))


def test_the_terminal_progress_is_redrawn_at_each_update_not_at_the_end() -> None:
    screen = Recording()
    console = Console(file=screen, force_terminal=True, width=200)
    shown = TerminalProgress(tenants=2, console=console)
    try:
        shown.start_step("extract", 4)
        assert "0/4 streams of 2 tenants · 0 rows" in screen.flushed[-1]
        shown.update(Update("extract", "jpm_jobs", 50))
        assert "0/4 streams of 2 tenants · 50 rows" in screen.flushed[-1]
        assert "now jpm_jobs (50 rows)" in screen.flushed[-1]
        shown.update(Update("extract", "Resources", 1))
        assert "1/4 streams of 2 tenants · 50 rows" in screen.flushed[-1]
        shown.end_step()
        assert "now jpm_jobs" not in screen.flushed[-1].rsplit("extract", 1)[1]
        shown.start_step("load")
        shown.update(Update("load", "Jobs", 0, inc_total=1))
        assert "0/1 jobs" in screen.flushed[-1]
    finally:
        shown.stop()


def _send_updates(count: int) -> str:
    """In a step's process: `count` updates, as dlt's collector sends them from `run_step`."""
    events = importlib.import_module("servicetitan.cli.sync")._events
    for number in range(count):
        events.put(Update("extract", "jpm_jobs", number))
    return "sent"


def test_every_update_a_step_process_sends_arrives_in_order_before_the_step_returns() -> None:
    received: list[Update] = []
    assert in_own_process(_send_updates, 500, events=received.append) == "sent"
    assert received == [Update("extract", "jpm_jobs", number) for number in range(500)]


def test_a_step_process_that_dies_ends_the_relay_of_its_updates_with_an_error_not_a_hang() -> None:
    received: list[Update] = []
    with pytest.raises(SettingsError, match="the process running _exit ended without finishing it"):
        in_own_process(os._exit, 3, events=received.append)
    assert received == []


@pytest.mark.parametrize("width", [60, 80, 100, 140, 220])
def test_on_a_narrow_terminal_each_line_fits_and_still_names_the_stream_being_read(width: int) -> None:
    screen = Recording()
    console = Console(file=screen, force_terminal=True, width=width)
    shown = TerminalProgress(tenants=3, console=console)
    try:
        shown.start_step("extract", 120)
        shown.update(Update("extract", "accounting_invoices", 123_456))
        shown.update(Update("extract", "Resources", 17))
        drawn = [line for line in screen.flushed[-1].splitlines() if line.startswith("extract ")]
        assert drawn, screen.flushed[-1]
        line = drawn[-1].rstrip()
        # A line longer than the terminal wraps or is cut at its end, where the stream being read is named.
        assert len(line) <= width, line
        assert "17/120 streams" in line
        if width >= 80:
            assert "now accounting_invoices (123,456 rows)" in line
        if width >= 140:
            assert re.search(r"━+", line), line
        if width >= 220:
            assert "of 3 tenants · 123,456 rows · " in line
            assert "rows/s" in line
    finally:
        shown.stop()
