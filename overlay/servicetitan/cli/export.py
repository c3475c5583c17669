"""`servicetitan export`: every record of a list or an export feed into a JSONL, CSV or Parquet file.

A checkpoint is saved to `--state` after every page: the position to read from next, how many records and
pages were written, and how many bytes of the output hold whole pages. A rerun with the same `--state`
truncates the output to those bytes (dropping a page cut short by a crash) and reads on from the position, so
every record lands in the file exactly once.

Nothing is touched before the state and the output agree: every field of the state file is checked (its kind
and range), and the output it resumes must be there, at least as long as the checkpoint, with a record ending
right before the checkpoint and the same last bytes (the state keeps a digest of the 4 KiB before it). When they
disagree (the output was moved away, shipped, cut or rewritten) the export stops with one line saying what
happened and what to do, and exits 1. The state file is replaced atomically (a temporary file, fsynced, then
`os.replace`), and so is the Parquet file.

`--out` may also be a device or a pipe (`/dev/null`, `/dev/stdout`, a FIFO) or `-` for standard output: these
take a fresh export, written straight through, but no `--state` (they cannot be rewound to a checkpoint) and no
Parquet. `--since` takes the dates of `servicetitan.cli.dates`, checked before anything is sent or created.

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
import hashlib
import io
import json
import math
import os
import stat
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

from .dates import api_datetime

if TYPE_CHECKING:
    from servicetitan._core import SyncCore
    from servicetitan.pagination import ListWalk

FORMATS = ("jsonl", "csv", "parquet")
EXTRA_COLUMN = "_extra"
STATE_VERSION = 3
# How many bytes before the checkpoint the state file keeps a digest of.
TAIL_BYTES = 4096


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
    from .listing import hint

    try:
        domain = _catalog.domain_key(parts[0])
    except ValueError:
        raise ExportError(f"{name!r} is no method of the client; {hint(name)}") from None
    operation = domain_resources(domain).get(parts[1], {}).get(parts[2])
    if operation is None:
        raise ExportError(f"{name!r} is no method of the client; {hint(name)}")
    spec = spec_for(operation.domain, operation.operation_id)
    path = f"{domain}.{parts[1]}.{parts[2]}"
    if spec.kind not in (Kind.LIST, Kind.FEED):
        raise ExportError(f"{path} is neither a paged list nor an export feed")
    if spec.required:
        raise ExportError(f"{path} needs {', '.join(sorted(spec.required))}, which export does not give")
    return Target(path, spec)


# --- checkpoints --------------------------------------------------------------------------------------------


class StateError(ExportError):
    """A state file that is not a checkpoint this version of the export wrote."""


def _is_int(value: Any, minimum: int = 0) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= minimum


def _optional(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda value: value is None or check(value)


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _is_digest(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def _is_key(value: Any) -> bool:
    return value is None or (isinstance(value, str | int | float) and not isinstance(value, bool))


# What `ListWalk.resume_point()` writes, field by field.
WALK_FIELDS: Mapping[str, Callable[[Any], bool]] = {
    "page": _is_int,
    "size": _optional(lambda value: _is_int(value, 1)),
    "high": _optional(_is_str),
    "ids": lambda value: isinstance(value, list) and all(isinstance(i, str) for i in value),
    "keyless": lambda value: (
        isinstance(value, list)
        and all(_is_key(key) or (isinstance(key, list) and all(map(_is_key, key))) for key in value)
    ),
    "origin": _is_int,
    "position": _is_int,
    "total": _optional(_is_int),
    "done": lambda value: isinstance(value, bool),
    "counted_by_id": lambda value: isinstance(value, bool),
    "first_high": _optional(_is_str),
}


def _is_walk(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and value.keys() == WALK_FIELDS.keys()
        and all(check(value[name]) for name, check in WALK_FIELDS.items())
    )


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
    # The sha256 of the last TAIL_BYTES of the output before `offset` (fewer when the output is shorter).
    tail: str | None = None
    done: bool = False
    version: int = STATE_VERSION

    def save(self, path: Path) -> None:
        """Replace `path` by this checkpoint, atomically: a crash leaves the old checkpoint or the new one."""
        temporary = path.with_name(path.name + ".tmp")
        with temporary.open("wb") as file:
            file.write(json.dumps(asdict(self)).encode("utf-8"))
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
        _fsync_directory(path.parent)

    @classmethod
    def load(cls, path: Path, expected: Checkpoint) -> Checkpoint:
        """The saved checkpoint, which must be of the same export as `expected`; `expected` when none."""
        if not path.exists():
            return expected
        problem = "remove it (and the output) to export from the start"
        try:
            fields = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ExportError(f"cannot read the state file {path}: {exc.strerror}") from None
        except ValueError as exc:
            raise StateError(
                f"the state file {path} is not a checkpoint of this export (not JSON: {exc}); {problem}"
            ) from None
        wrong = _wrong_field(fields)
        if wrong is not None:
            raise StateError(f"the state file {path} is not a checkpoint of this export ({wrong}); {problem}")
        saved = cls(**fields)
        mine = (expected.target, expected.format, expected.out, expected.since)
        theirs = (saved.target, saved.format, saved.out, saved.since)
        if mine != theirs:
            raise ExportError(
                f"the state file {path} belongs to another export (target, format, out, since = {theirs}); "
                "use another --state"
            )
        return saved


CHECKPOINT_FIELDS: Mapping[str, Callable[[Any], bool]] = {
    "target": _is_str,
    "format": lambda value: value in FORMATS,
    "out": _is_str,
    "since": _optional(_is_str),
    "records": _is_int,
    "pages": _is_int,
    "offset": _is_int,
    "continue_from": _optional(_is_str),
    "walk": _optional(_is_walk),
    "tail": _optional(_is_digest),
    "done": lambda value: isinstance(value, bool),
    "version": lambda value: value == STATE_VERSION,
}


def _wrong_field(fields: Any) -> str | None:
    """What makes `fields` no checkpoint this version writes, or None."""
    if not isinstance(fields, dict):
        return f"a JSON {type(fields).__name__}, not an object"
    missing = sorted(CHECKPOINT_FIELDS.keys() - fields.keys())
    unknown = sorted(fields.keys() - CHECKPOINT_FIELDS.keys())
    if missing or unknown:
        return "; ".join(
            part
            for part in (missing and f"missing {', '.join(missing)}", unknown and f"unknown {', '.join(unknown)}")
            if part
        )
    for name, check in CHECKPOINT_FIELDS.items():
        if not check(fields[name]):
            if name == "version":
                return f"version {fields[name]!r}: this servicetitan writes version {STATE_VERSION}"
            return f"{name} = {json.dumps(fields[name])[:80]}"
    if fields["pages"] == 0 and (fields["records"] or fields["offset"] or fields["tail"] is not None):
        return "records or bytes written before the first page"
    if fields["pages"] and fields["tail"] is None:
        return "no digest of the output"
    return None


def _fsync_directory(directory: Path) -> None:
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _tail_digest(tail: bytes) -> str:
    return hashlib.sha256(tail).hexdigest()


def check_output(written: Path, checkpoint: Checkpoint, state: Path) -> bytes:
    """The last TAIL_BYTES of `written` before the checkpoint, once `written` is shown to hold what the export
    wrote up to it; an ExportError saying what differs and what to do otherwise. Reads only."""
    undo = f"put it back to resume, or remove the state file {state} to export from the start"
    what = f"the state file {state} says {checkpoint.records} records ({checkpoint.offset} bytes) were written to it"
    try:
        found = os.stat(written)
    except FileNotFoundError:
        raise ExportError(f"{written} is gone (moved or deleted?) but {what}: {undo}") from None
    if not stat.S_ISREG(found.st_mode):
        raise ExportError(f"{written} is no longer a regular file, but {what}: {undo}")
    if found.st_size < checkpoint.offset:
        raise ExportError(
            f"{written} holds {found.st_size} bytes, fewer than the checkpoint's {checkpoint.offset}: it is not "
            f"the file the export wrote; {undo}"
        )
    with written.open("rb") as file:
        start = max(0, checkpoint.offset - TAIL_BYTES)
        file.seek(start)
        tail = file.read(checkpoint.offset - start)
    if (tail and not tail.endswith(b"\n")) or _tail_digest(tail) != checkpoint.tail:
        raise ExportError(
            f"{written} does not hold what the export wrote before its checkpoint (byte {checkpoint.offset}): it "
            f"was changed since; {undo}"
        )
    return tail


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


# Compact JSON, unicode kept, any other value as its text: made once (`json.dumps` with options builds an encoder
# per call, which was most of a CSV export's time).
_CELL_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode


def cell(value: Any) -> str:
    """One CSV cell: strings as they are, null empty, everything else as JSON text (the scalars JSON writes as
    Python does, Python writes)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    kind = type(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float and math.isfinite(value):
        return float.__repr__(value)
    return _CELL_JSON(value)


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
    """The staged records into the Parquet file `out`, a batch at a time (`frames.write_parquet`: memory holds
    one batch), through a temporary file renamed when complete."""
    from servicetitan import frames

    def records() -> Iterator[Any]:
        with staged.open("rb") as lines:
            for line in lines:
                yield json.loads(line)

    temporary = out.with_name(out.name + ".tmp")
    frames.write_parquet(records(), temporary)
    with temporary.open("rb") as written:
        os.fsync(written.fileno())
    os.replace(temporary, out)
    _fsync_directory(out.resolve().parent)


# --- reading ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReadPage:
    records: list[Any]
    total: int | None


def read_pages(st: ServiceTitan, chosen: Target, checkpoint: Checkpoint, state: Path | None) -> Iterator[ReadPage]:
    """The pages still to write, each with its records; `checkpoint` is moved past a page as the page is handed
    over, and the caller saves it only once the page is written. Nothing is sent before the first page is asked
    for, and a checkpoint of the other kind of read (a walk for a feed, a token for a list) raises StateError."""
    kind = "a list's walk" if chosen.is_feed else "a feed's continuation token"
    if (checkpoint.walk if chosen.is_feed else checkpoint.continue_from) is not None:
        raise StateError(f"the state file {state} is not a checkpoint of this export ({kind} for {chosen.path})")
    method = client_method(st, chosen.path)
    if chosen.is_feed:
        return _feed_pages(method(start=checkpoint.continue_from or checkpoint.since, as_dicts=True), checkpoint)
    spec = chosen.spec
    arguments: dict[str, Any] = {"fetch_all": True, "as_dicts": True}
    if checkpoint.since is not None:
        arguments["modified_on_or_after"] = checkpoint.since
    if "includeTotal" in spec.query_names:
        arguments["include_total"] = True
    walk = list_request(spec, chosen.path, st, arguments)[0]
    if checkpoint.walk is not None:
        walk.resume(checkpoint.walk)
    return _list_pages(st, chosen, walk, checkpoint)


def _feed_pages(feed: Any, checkpoint: Checkpoint) -> Iterator[ReadPage]:
    for page in feed.pages():
        checkpoint.continue_from = page.continue_from
        yield ReadPage(page.records, None)


def _list_pages(st: ServiceTitan, chosen: Target, walk: ListWalk, checkpoint: Checkpoint) -> Iterator[ReadPage]:
    # The client is the core its own list methods run on (its `page_size_limits` is a dict, the core's a Mapping).
    core = cast("SyncCore", st)
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


@dataclass(frozen=True, slots=True)
class Plan:
    """An export checked before anything is sent or created: where it writes, and from which checkpoint."""

    format: str
    out: str
    state: Path | None
    checkpoint: Checkpoint
    # Where the pages go (the staging file for Parquet); None for standard output.
    written: Path | None
    # A regular file (or one still to create), which can be rewound to a checkpoint; not a device or a pipe.
    rewindable: bool


def plan_export(chosen: Target, format: str, out: str, state: Path | None, since: str | None) -> Plan:
    """Every check an export makes before it sends a request or creates a file: the options, the output, and the
    state file with the output it resumes. Reads only; raises ExportError with what to do."""
    if format not in FORMATS:
        raise ExportError(f"--format must be one of {', '.join(FORMATS)}, not {format!r}")
    since = None if since is None else api_datetime(since, "--since")
    if since is not None and not chosen.is_feed and "modifiedOnOrAfter" not in chosen.spec.query_names:
        raise ExportError(f"--since: {chosen.path} has no modifiedOnOrAfter filter")
    if out == "-":
        if state is not None:
            raise ExportError("--state needs --out FILE: standard output cannot be rewound to a checkpoint")
        if format == "parquet":
            raise ExportError("--format parquet needs --out FILE")
        return Plan(format, out, None, Checkpoint(chosen.path, format, out, since), None, False)
    path = Path(out)
    try:
        mode: int | None = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise ExportError(f"--out {out}: {exc.strerror}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise ExportError(f"--out {out} is a directory; give a file")
    rewindable = mode is None or stat.S_ISREG(mode)
    if not rewindable and state is not None:
        raise ExportError(
            f"--state needs --out to be a regular file: {out} cannot be rewound to a checkpoint (leave out --state)"
        )
    if not rewindable and format == "parquet":
        raise ExportError(f"--format parquet needs --out to be a regular file, and {out} is not one")
    for option, given in (("--out", path), ("--state", state)):
        if given is not None and not given.resolve().parent.is_dir():
            raise ExportError(f"{option} {given}: the directory {given.resolve().parent} does not exist")
    fresh = Checkpoint(chosen.path, format, str(path.resolve()) if rewindable else out, since)
    checkpoint = Checkpoint.load(state, fresh) if state is not None else fresh
    written = staging_path(path) if format == "parquet" else path
    if state is not None and checkpoint.pages:
        check_output(written, checkpoint, state)
    return Plan(format, out, state, checkpoint, written, rewindable)


def run_export(
    st: ServiceTitan,
    chosen: Target,
    format: str,
    out: str,
    state: Path | None,
    since: str | None,
    progress: Progress,
    after_page: Callable[[Checkpoint], None] = lambda checkpoint: None,
    plan: Plan | None = None,
) -> Checkpoint:
    """Read every page not yet written and append it to `out` (`-` for standard output), saving the checkpoint
    to `state` after each page; returns the final checkpoint. `after_page` runs after every saved checkpoint.
    `plan` is `plan_export` of the same arguments, when the caller made it already."""
    plan = plan or plan_export(chosen, format, out, state, since)
    checkpoint = plan.checkpoint
    if checkpoint.done and not chosen.is_feed:
        return checkpoint
    pages = read_pages(st, chosen, checkpoint, state)
    checkpoint.done = False
    writer = PageWriter(format, chosen.spec)
    written = plan.written
    # The bytes before the checkpoint that the next digest covers.
    recent = b""
    stream: IO[bytes]
    if written is None:
        stream = sys.stdout.buffer
    elif checkpoint.pages:
        recent = check_output(written, checkpoint, cast(Path, state))
        stream = written.open("r+b")
        # Past the checkpoint lies at most a page cut short by a crash.
        stream.truncate(checkpoint.offset)
        stream.seek(checkpoint.offset)
    else:
        stream = written.open("wb")
    try:
        if checkpoint.pages == 0:
            header = writer.header()
            stream.write(header)
            checkpoint.offset, recent = len(header), header[-TAIL_BYTES:]
        progress.start(checkpoint.records, checkpoint.pages)
        for page in pages:
            chunk = writer.page(page.records) if page.records else b""
            stream.write(chunk)
            stream.flush()
            if plan.rewindable:
                os.fsync(stream.fileno())
            checkpoint.records += len(page.records)
            checkpoint.pages += 1
            checkpoint.offset += len(chunk)
            recent = (recent + chunk)[-TAIL_BYTES:]
            checkpoint.tail = _tail_digest(recent)
            if state is not None:
                checkpoint.save(state)
            progress.advance(len(page.records), page.total)
            after_page(checkpoint)
    finally:
        progress.stop()
        if written is not None:
            stream.close()
    checkpoint.done = True
    if format == "parquet":
        assert written is not None
        write_parquet(written, Path(out))
        if state is None:
            written.unlink()
    if state is not None:
        checkpoint.save(state)
    return checkpoint
