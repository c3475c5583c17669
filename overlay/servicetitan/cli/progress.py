"""What `servicetitan sync` shows while it runs.

On a terminal (standard error is one, and no `--quiet`), one line per step of the load, redrawn as the step's
process reports to dlt's progress collector (`EventCollector`, whose updates come over a queue):

    extract    ━━━━━━━━━━━━━━━━━━━━ 12/40 streams · 8,412 rows · 1,403 rows/s · now jpm_jobs (1,200 rows) 0:00:06
    normalize  ━━━━━━━━━━━━━━━━━━━━ 3/3 files    · 35,559 rows                                      0:00:02
    load       ━━━━━━━━━━━━━━━━━━━━ 379/379 jobs                                                    0:00:03

The lines stay when the sync ends, above its summary. Anywhere else (a pipe, a CI log, `--quiet`) nothing is
shown but the summary (`Silent`).

The counting (`StepCount`) knows nothing of the terminal; `TerminalProgress` draws it with rich (the `cli` extra).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dlt.common.runtime.collector_base import Collector

REFRESHES_PER_SECOND = 2
# The widths of a line: the step's name, the elapsed time (up to 9:59:59), the bar at most and at least (a
# narrower terminal shows no bar), and what the counts of a busy step need (`17/120 streams of 3 tenants · 123,456
# rows · 9,855 rows/s · now accounting_invoices (123,456 rows)`): the bar takes what is left beyond them.
NAME_WIDTH, ELAPSED_WIDTH, BAR_MAX, BAR_MIN, COUNTS_WIDTH = 10, 7, 40, 8, 100
# The counter dlt keeps per step of what the step is made of, and how this display names its unit.
COUNTERS = {"extract": ("Resources", "streams"), "normalize": ("Files", "files"), "load": ("Jobs", "jobs")}


@dataclass(frozen=True)
class Update:
    """One update of a dlt progress counter, sent from a step's process: `name` is a table (rows written to it)
    or the step's counter (`COUNTERS`)."""

    step: str
    name: str
    inc: int = 1
    total: int | None = None
    inc_total: int | None = None
    label: str | None = None


class EventCollector(Collector):
    """dlt's progress collector in a step's process: every counter update goes to `send` as an `Update`."""

    def __init__(self, step: str, send: Callable[[Update], None]) -> None:
        self.step = step
        self.send = send
        self.stage = step

    def update(
        self,
        name: str,
        inc: int = 1,
        total: int | None = None,
        inc_total: int | None = None,
        message: str | None = None,
        label: str | None = None,
    ) -> None:
        self.send(Update(self.stage, name, inc, total, inc_total, label))

    def _start(self, step: str) -> None:
        pass

    def _stop(self) -> None:
        pass


def _many(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


@dataclass
class StepCount:
    """The counts of one step: its parts (streams, files, jobs) done of total, and the rows per table."""

    step: str
    done: int = 0
    total: int | None = None
    rows: dict[str, int] = field(default_factory=dict)
    current: str | None = None

    def apply(self, update: Update) -> None:
        counter = COUNTERS[self.step][0]
        if update.label:
            return  # a sub-counter (failed jobs): the step's error says what failed
        if update.name == counter:
            self.done += update.inc
            if update.total is not None:
                # The largest wins: dlt extracts its own state after the streams, counting 1 resource of 1.
                self.total = max(self.total or 0, update.total)
            if update.inc_total:
                self.total = (self.total or 0) + update.inc_total
        elif not update.name.startswith("_dlt"):
            self.rows[update.name] = self.rows.get(update.name, 0) + update.inc
            self.current = update.name

    @property
    def shown_done(self) -> int:
        """The parts done, never more than the total (dlt's own state is one resource more than the streams)."""
        return self.done if self.total is None else min(self.done, self.total)

    @property
    def all_rows(self) -> int:
        return sum(self.rows.values())

    def detail(self, elapsed: float | None, running: bool, rate: bool = True, rows: bool = True) -> str:
        """The text after the bar: rows, their rate and the last stream that sent rows (while extracting);
        `rate`, `rows`: whether to show the rate and the rows of all streams (a narrow terminal has no room)."""
        parts = []
        if rows and (self.rows or self.step != "load"):
            parts.append(_many(self.all_rows, "row"))
        if self.step == "extract":
            if rate and elapsed:
                parts.append(f"{self.all_rows / elapsed:,.0f} rows/s")
            if running and self.current is not None:
                parts.append(f"now {self.current} ({_many(self.rows[self.current], 'row')})")
        return " · ".join(["", *parts]).lstrip()


class Silent:
    """The progress of a sync that shows none: off a terminal, or with `--quiet`."""

    shows = False

    def start_step(self, step: str, parts: int | None = None) -> None:
        """`step` starts; `parts`: how many streams (files, jobs) it has, if known before dlt says."""

    def update(self, update: Update) -> None:
        pass

    def end_step(self) -> None:
        pass

    def stop(self) -> None:
        pass


class TerminalProgress(Silent):
    """One line per step on `console` (standard error by default), redrawn at each update."""

    shows = True

    def __init__(self, tenants: int = 1, console: Any = None) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
        from rich.table import Column

        self.tenants = tenants
        self.counts: dict[str, StepCount] = {}
        self.tasks: dict[str, Any] = {}
        console = console if console is not None else Console(stderr=True)
        # Every line fits the terminal, so that nothing is wrapped or squeezed: the bar takes the columns the
        # counts leave (none on a narrow terminal), and the counts give up their rate before the stream's name.
        spare = console.width - NAME_WIDTH - ELAPSED_WIDTH - COUNTS_WIDTH - 4
        bar_width = min(BAR_MAX, spare) if spare >= BAR_MIN else 0
        self.room = console.width - NAME_WIDTH - ELAPSED_WIDTH - (bar_width + 1 if bar_width else 0) - 3
        bar = [BarColumn(bar_width=bar_width)] if bar_width else []
        self.bar = Progress(
            TextColumn("{task.description:<10}", table_column=Column(no_wrap=True, min_width=NAME_WIDTH)),
            *bar,
            TextColumn("{task.fields[counts]}", table_column=Column(no_wrap=True, overflow="ellipsis")),
            TimeElapsedColumn(),
            console=console,
            transient=False,
            # Each update is drawn as it comes; between updates, the elapsed time and rate need no more than this.
            # At rich's default (10 a second) a sync of the whole sandbox tenant drew ~5,300 frames and took 20 %
            # more processor time than a quiet one run beside it; at 2 a second, ~2,800 frames and 12 % more.
            refresh_per_second=REFRESHES_PER_SECOND,
        )
        self.bar.start()

    def _counts(self, count: StepCount, elapsed: float | None, running: bool) -> str:
        """The counts of `count` that fit the room left: the rate gives way first, then the number of tenants,
        then the rows of all streams, so that the parts done and the stream being read stay shown."""
        fitted = ""
        shown = ((True, True, True), (False, True, True), (False, False, True), (False, False, False))
        for rate, tenants, rows in shown:
            parts = self._parts(count, tenants)
            detail = count.detail(elapsed, running, rate=rate, rows=rows)
            fitted = f"{parts} {detail}" if detail else parts
            if len(fitted) <= self.room:
                break
        return fitted  # the shortest; rich cuts it at the terminal's edge if even that is too long

    def _parts(self, count: StepCount, tenants: bool = True) -> str:
        unit = COUNTERS[count.step][1]
        many = tenants and count.step == "extract" and self.tenants > 1
        of_tenants = f" of {self.tenants} tenants" if many else ""
        total = "?" if count.total is None else f"{count.total:,}"
        return f"{count.shown_done:,}/{total} {unit}{of_tenants}"

    def _draw(self, step: str, running: bool = True) -> None:
        count = self.counts[step]
        task = self.tasks[step]
        elapsed = next(shown.elapsed for shown in self.bar.tasks if shown.id == task)
        self.bar.update(
            task,
            completed=count.shown_done,
            total=count.total,
            counts=self._counts(count, elapsed, running),
            refresh=True,
        )

    def start_step(self, step: str, parts: int | None = None) -> None:
        count = self.counts[step] = StepCount(step, total=parts)
        self.tasks[step] = self.bar.add_task(step, total=parts, counts=self._counts(count, None, True))
        self._draw(step)

    def update(self, update: Update) -> None:
        if update.step in self.counts:
            self.counts[update.step].apply(update)
            self._draw(update.step)

    def end_step(self) -> None:
        step = next(reversed(self.counts))
        count = self.counts[step]
        count.total = count.done if count.total is None else count.total
        self._draw(step, running=False)
        self.bar.stop_task(self.tasks[step])

    def stop(self) -> None:
        self.bar.stop()
