"""`servicetitan export`: every record of a list or an export feed into a JSONL, CSV or Parquet file.

A checkpoint is saved to `--state` after every page: the position to read from next, how many records and
pages were written, and how many bytes of the output hold whole pages. A rerun with the same `--state`
truncates the output to those bytes (dropping a page cut short by a crash) and reads on from the position, so
every record lands in the file exactly once.

- An export feed resumes from its `continueFrom` token. Once caught up, a rerun with the same state appends
  the records changed since (the feed's own semantics: a changed record comes again).
- A list resumes from the position of the library's walk (`ListWalk.resume_point`), the one `fetch_all` reads
  by. Most lists are walked by a stable key (`sort=+CreatedOn` from an inclusive `createdOnOrAfter`): the
  checkpoint is the last `createdOn` written and the ids written at it, so records added, deactivated or
  modified while the export was stopped move nothing still to read, and none written is written again. A list
  without that key is walked by page number and counted: a rerun after its count changed stops with an error
  naming what to do, rather than skip or repeat records.

CSV flattening: nested objects become dotted columns (`address.street`); arrays are written as one JSON text
cell (`[{"id":1}]`); null and missing fields are empty cells; booleans are `true`/`false`. The columns are the
fields the operation's spec lists, in its order; fields it does not list go, as one JSON object keyed by their
dotted names, into a last column `_extra`.

Parquet is written once the read is complete: pages are staged as JSON lines beside the output
(`FILE.staged.jsonl`, checkpointed like the other formats), and the Parquet file is rewritten from all of them
at the end, so a later run of the same state (new records of a feed) gives a file with every record.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from servicetitan import _catalog
from servicetitan._client import ServiceTitan
from servicetitan._operations import Kind, OperationSpec, list_request, spec_for
from servicetitan._parsing import item_schema
from servicetitan.errors import ListChangedError
from servicetitan.frames import client_method, enter_schema
from servicetitan.pagination import Page
from servicetitan.resources import domain_resources

if TYPE_CHECKING:
    from servicetitan._core import SyncCore

FORMATS = ("jsonl", "csv", "parquet")
EXTRA_COLUMN = "_extra"
STATE_VERSION = 2


class ExportError(ValueError):
    """An export that cannot start; the message says what to fix."""


# --- what to read -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Target:
    """The list or feed an export reads: `path` is its method on the client (`jpm.jobs.get_list`)."""

    path: str
    spec: OperationSpec

    @property
    def is_feed(self) -> bool:
        return self.spec.kind is Kind.FEED


def target(name: str) -> Target:
    """`jpm.jobs` (the resource's `get_list`), `jpm.export.jobs` (a feed) or any `domain.resource.verb` list."""
    parts = name.split(".")
    if len(parts) == 2:
        parts.append("get_list")
    if len(parts) != 3:
        raise ExportError(f"{name!r}: name a list or feed as domain.resource, domain.export.feed or a full method")
    try:
        domain = _catalog.domain_key(parts[0])
    except ValueError as exc:
        raise ExportError(str(exc)) from None
    operation = domain_resources(domain).get(parts[1], {}).get(parts[2])
    if operation is None:
        raise ExportError(f"{name!r} is no method of the client; `servicetitan list {parts[1]}` shows what there is")
    spec = spec_for(operation.domain, operation.operation_id)
    path = f"{domain}.{parts[1]}.{parts[2]}"
    if spec.kind not in (Kind.LIST, Kind.FEED):
        raise ExportError(f"{path} is neither a paged list nor an export feed")
    if spec.required:
        raise ExportError(f"{path} needs {', '.join(sorted(spec.required))}, which export does not give")
    return Target(path, spec)


# --- checkpoints --------------------------------------------------------------------------------------------


@dataclass
class Checkpoint:
    target: str
    format: str
    out: str
    since: str | None
    records: int = 0
    pages: int = 0
    offset: int = 0
    # A feed's `continue_from`; a list's walk position (`ListWalk.resume_point`) after the last page written.
    continue_from: str | None = None
    walk: dict[str, Any] | None = None
    done: bool = False
    version: int = STATE_VERSION

    def save(self, path: Path) -> None:
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(asdict(self)), encoding="utf-8")
        os.replace(temporary, path)

    @classmethod
    def load(cls, path: Path, expected: Checkpoint) -> Checkpoint:
        """The saved checkpoint, which must be of the same export as `expected`; `expected` when none."""
        if not path.exists():
            return expected
        try:
            fields = json.loads(path.read_text(encoding="utf-8"))
            if fields.get("version") != STATE_VERSION:
                raise ValueError(f"version {fields.get('version')!r}, this servicetitan writes {STATE_VERSION}")
            saved = cls(**fields)
        except (ValueError, TypeError, AttributeError) as exc:
            raise ExportError(f"the state file {path} is not an export checkpoint ({exc}); remove it") from None
        mine = (expected.target, expected.format, expected.out, expected.since)
        theirs = (saved.target, saved.format, saved.out, saved.since)
        if mine != theirs:
            raise ExportError(
                f"the state file {path} belongs to another export (target, format, out, since = {theirs}); "
                "use another --state"
            )
        return saved


# --- CSV flattening -----------------------------------------------------------------------------------------

Tree = dict[str, "Tree | None"]


def _tree(domain: str, schema: Mapping[str, Any], seen: frozenset[str]) -> Tree | None:
    """The nested objects of a schema: a dict per object with properties, None for a leaf column."""
    entered = enter_schema(domain, schema, seen)
    if entered is None:
        return None
    resolved, seen = entered
    for variant in resolved.get("allOf") or resolved.get("oneOf") or resolved.get("anyOf") or ():
        if _catalog.resolve_schema(domain, variant).get("properties"):
            return _tree(domain, variant, seen)
    properties = resolved.get("properties")
    if resolved.get("type") == "array" or not properties:
        return None
    return {key: _tree(domain, value, seen) for key, value in properties.items()}


def _columns(tree: Tree, prefix: str = "") -> Iterator[str]:
    for key, sub in tree.items():
        if sub is None:
            yield prefix + key
        else:
            yield from _columns(sub, f"{prefix}{key}.")


def cell(value: Any) -> str:
    """One CSV cell: strings as they are, null empty, everything else as JSON text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)


class Flattener:
    """One record as one CSV row, by the rules in the module docstring."""

    def __init__(self, spec: OperationSpec) -> None:
        operation = spec.operation
        schema = item_schema(operation.domain, operation.success_schema()) or {}
        self.tree: Tree = _tree(operation.domain, schema, frozenset()) or {}
        self.columns = [*_columns(self.tree), EXTRA_COLUMN]

    def row(self, record: Mapping[str, Any]) -> dict[str, str]:
        row: dict[str, str] = {}
        extra: dict[str, Any] = {}
        self._walk(record, self.tree, "", row, extra)
        if extra:
            row[EXTRA_COLUMN] = cell(extra)
        return row

    def _walk(
        self, record: Mapping[str, Any], tree: Tree, prefix: str, row: dict[str, str], extra: dict[str, Any]
    ) -> None:
        for key, value in record.items():
            if key not in tree:
                extra[prefix + key] = value
                continue
            sub = tree[key]
            if sub is None:
                row[prefix + key] = cell(value)
            elif isinstance(value, Mapping):
                self._walk(value, sub, f"{prefix}{key}.", row, extra)
            elif value is not None:
                extra[prefix + key] = value


# --- writing ------------------------------------------------------------------------------------------------


def jsonl_lines(records: list[Any]) -> bytes:
    dumps = json.dumps
    return "".join([dumps(record, ensure_ascii=False, default=str) + "\n" for record in records]).encode("utf-8")


class PageWriter:
    """Turns a page of records into the bytes appended to the output."""

    def __init__(self, format: str, spec: OperationSpec) -> None:
        self.format = format
        self._flattener = Flattener(spec) if format == "csv" else None

    def header(self) -> bytes:
        if self._flattener is None:
            return b""
        return self._csv([dict.fromkeys(self._flattener.columns, "")], header_only=True)

    def page(self, records: list[Any]) -> bytes:
        if self._flattener is None:
            return jsonl_lines(records)
        flatten = self._flattener.row
        return self._csv([flatten(record) for record in records])

    def _csv(self, rows: list[dict[str, str]], header_only: bool = False) -> bytes:
        assert self._flattener is not None
        text = io.StringIO()
        writer = csv.DictWriter(text, self._flattener.columns, lineterminator="\n")
        if header_only:
            writer.writeheader()
        else:
            writer.writerows(rows)
        return text.getvalue().encode("utf-8")


def staging_path(out: Path) -> Path:
    return out.with_name(out.name + ".staged.jsonl")


def write_parquet(staged: Path, out: Path) -> None:
    import pyarrow.parquet as pq

    from servicetitan.frames import to_arrow

    def records() -> Iterator[Any]:
        with staged.open("rb") as lines:
            for line in lines:
                yield json.loads(line)

    temporary = out.with_name(out.name + ".tmp")
    pq.write_table(to_arrow(records()), temporary)
    os.replace(temporary, out)


# --- reading ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReadPage:
    records: list[Any]
    total: int | None


def read_pages(st: ServiceTitan, chosen: Target, checkpoint: Checkpoint) -> Iterator[ReadPage]:
    """The pages still to write, each with its records; `checkpoint` is moved past a page as the page is handed
    over, and the caller saves it only once the page is written."""
    method = client_method(st, chosen.path)
    if chosen.is_feed:
        feed = method(start=checkpoint.continue_from or checkpoint.since, as_dicts=True)
        for page in feed.pages():
            checkpoint.continue_from = page.continue_from
            yield ReadPage(page.records, None)
        return
    spec = chosen.spec
    arguments: dict[str, Any] = {"fetch_all": True, "as_dicts": True}
    if checkpoint.since is not None:
        arguments["modified_on_or_after"] = checkpoint.since
    if "includeTotal" in spec.query_names:
        arguments["include_total"] = True
    walk = list_request(spec, chosen.path, st, arguments)[0]
    # The client is the core its own list methods run on (its `page_size_limits` is a dict, the core's a Mapping).
    core = cast("SyncCore", st)
    if checkpoint.walk is not None:
        walk.resume(checkpoint.walk)
    while not walk.done:
        # A stable walk counts from its bound, which includes the records written at it.
        written_at_bound = len(checkpoint.walk["ids"]) if checkpoint.walk and walk.stable is not None else 0
        try:
            read: Page[Any] = Page.fetch(core, walk)
        except ListChangedError as exc:
            raise ExportError(
                f"{chosen.path} changed while the export was stopped, and a list read by page number cannot "
                f"resume past that exactly: remove the state file and the output to export it again"
                + (f", or export the feed {exc.export_feed} instead" if exc.export_feed else "")
            ) from None
        checkpoint.walk = walk.resume_point()
        total = read.total_count
        if total is not None and walk.stable is not None:
            total += checkpoint.records - written_at_bound
        yield ReadPage(read.records, total)


# --- the command --------------------------------------------------------------------------------------------


class Progress:
    """What the export reports as it goes; the terminal's progress bar or nothing."""

    def start(self, done_records: int, done_pages: int) -> None:
        pass

    def advance(self, records: int, total: int | None) -> None:
        pass

    def stop(self) -> None:
        pass


def rich_progress(label: str) -> Progress:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
    from rich.progress import Progress as Bar

    class TerminalProgress(Progress):
        def __init__(self) -> None:
            self.bar = Bar(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("records, {task.fields[pages]} pages, {task.fields[rate]}/s"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self.task = self.bar.add_task(label, total=None, pages=0, rate="-")
            self.pages = 0

        def start(self, done_records: int, done_pages: int) -> None:
            self.pages = done_pages
            self.bar.start()
            self.bar.update(self.task, completed=done_records, pages=done_pages)

        def advance(self, records: int, total: int | None) -> None:
            self.pages += 1
            self.bar.update(self.task, advance=records, total=total, pages=self.pages)
            speed = self.bar.tasks[0].speed
            self.bar.update(self.task, rate=f"{speed:,.0f}" if speed else "-")

        def stop(self) -> None:
            self.bar.stop()

    return TerminalProgress()


def run_export(
    st: ServiceTitan,
    chosen: Target,
    format: str,
    out: str,
    state: Path | None,
    since: str | None,
    progress: Progress,
    after_page: Callable[[Checkpoint], None] = lambda checkpoint: None,
) -> Checkpoint:
    """Read every page not yet written and append it to `out` (`-` for standard output), saving the checkpoint
    to `state` after each page; returns the final checkpoint. `after_page` runs after every saved checkpoint."""
    if format not in FORMATS:
        raise ExportError(f"--format must be one of {', '.join(FORMATS)}, not {format!r}")
    if since is not None and not chosen.is_feed and "modifiedOnOrAfter" not in chosen.spec.query_names:
        raise ExportError(f"--since: {chosen.path} has no modifiedOnOrAfter filter")
    to_stdout = out == "-"
    if to_stdout and state is not None:
        raise ExportError("--state needs --out FILE: standard output cannot be rewound to a checkpoint")
    if to_stdout and format == "parquet":
        raise ExportError("--format parquet needs --out FILE")
    fresh = Checkpoint(chosen.path, format, out if to_stdout else str(Path(out).resolve()), since)
    checkpoint = Checkpoint.load(state, fresh) if state is not None else fresh
    if checkpoint.done and not chosen.is_feed:
        return checkpoint
    checkpoint.done = False
    writer = PageWriter(format, chosen.spec)
    written = staging_path(Path(out)) if format == "parquet" else Path(out)
    stream: IO[bytes]
    if to_stdout:
        stream = sys.stdout.buffer
    else:
        stream = written.open("r+b" if written.exists() else "w+b")
        stream.truncate(checkpoint.offset)
        stream.seek(checkpoint.offset)
    try:
        if checkpoint.offset == 0:
            stream.write(writer.header())
        progress.start(checkpoint.records, checkpoint.pages)
        for page in read_pages(st, chosen, checkpoint):
            if page.records:
                stream.write(writer.page(page.records))
            stream.flush()
            if not to_stdout:
                os.fsync(stream.fileno())
            checkpoint.records += len(page.records)
            checkpoint.pages += 1
            checkpoint.offset = stream.tell() if not to_stdout else 0
            if state is not None:
                checkpoint.save(state)
            progress.advance(len(page.records), page.total)
            after_page(checkpoint)
    finally:
        progress.stop()
        if not to_stdout:
            stream.close()
    checkpoint.done = True
    if format == "parquet":
        write_parquet(written, Path(out))
        if state is None:
            written.unlink()
    if state is not None:
        checkpoint.save(state)
    return checkpoint
