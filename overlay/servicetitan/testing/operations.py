"""Which operations a user's cassettes exercise, and whether the specs changed them since they were recorded.

A recording run (any `--record-mode` but `none`) writes `servicetitan-specs.lock.json` beside the cassettes it
wrote: per cassette, a fingerprint of each operation it exercised, taken from the specs the library then had.
Later, with newer specs, `exercised_operations(directory)` compares each fingerprint with today's.

A fingerprint is the sha256 of everything the specs say about an operation: method, path, parameters, request
body, responses, scopes, and every schema these reach. A change elsewhere in a document does not touch it.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from servicetitan import _catalog
from servicetitan._catalog import Operation

from .contract import TOKEN_PATH, interactions, operation_for

LOCK_NAME = "servicetitan-specs.lock.json"


def _refs(node: Any) -> Iterator[str]:
    """The component schemas `node` names, at any depth."""
    if isinstance(node, Mapping):
        name = _catalog.schema_name(node)
        if name is not None:
            yield name
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def fingerprint(operation: Operation) -> str:
    """sha256 of the operation's facts and of every schema they reach, in a stable form."""
    facts = {
        "method": operation.method,
        "path": operation.path,
        "parameters": [[p.name, p.location, p.required, p.schema] for p in operation.parameters],
        "request_body": operation.request_body,
        "responses": operation.responses,
        "scopes": list(operation.scopes),
    }
    schemas = _catalog.domain(operation.domain).schemas
    reached: dict[str, Any] = {}
    pending = list(_refs(facts))
    while pending:
        name = pending.pop()
        if name not in reached and name in schemas:
            reached[name] = schemas[name]
            pending.extend(_refs(schemas[name]))
    text = json.dumps({"operation": facts, "schemas": reached}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def operation_key(operation: Operation) -> str:
    return f"{operation.domain}:{operation.operation_id}"


def cassette_operations(cassette: Path) -> tuple[dict[str, Operation], list[tuple[str, str]]]:
    """The operations a cassette's requests call, by `domain:operationId`, and the (method, path) of requests
    that no operation of the specs matches (the token endpoint is neither)."""
    found: dict[str, Operation] = {}
    unmatched: list[tuple[str, str]] = []
    for interaction in interactions(cassette):
        if interaction.path == TOKEN_PATH:
            continue
        operation = operation_for(interaction.method, interaction.path)
        if operation is None:
            unmatched.append((interaction.method, interaction.path))
        else:
            found[operation_key(operation)] = operation
    return found, unmatched


class Status(enum.StrEnum):
    UNCHANGED = "unchanged since recording"
    CHANGED = "CHANGED by the specs since recording"
    UNKNOWN = "not in the lock (recorded before it, or never with the plugin)"
    GONE = "GONE from the specs"


@dataclass(frozen=True, slots=True)
class ExercisedOperation:
    key: str
    method: str
    path: str
    cassettes: tuple[str, ...]
    status: Status


def cassettes_in(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.yaml") if p.is_file())


def read_lock(directory: Path) -> dict[str, dict[str, str]]:
    path = directory / LOCK_NAME
    if not path.exists():
        return {}
    cassettes: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))["cassettes"]
    return cassettes


def write_lock(directory: Path, cassettes: Iterable[Path] | None = None) -> Path:
    """Record the fingerprints of what `cassettes` (default: all under `directory`) exercise, keeping the other
    entries of an existing lock."""
    entries = read_lock(directory)
    for cassette in cassettes_in(directory) if cassettes is None else cassettes:
        operations, _ = cassette_operations(cassette)
        entries[cassette.relative_to(directory).as_posix()] = {
            key: fingerprint(operation) for key, operation in sorted(operations.items())
        }
    from servicetitan_raw import SPECS

    path = directory / LOCK_NAME
    document = {"specs": SPECS, "cassettes": dict(sorted(entries.items()))}
    path.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


def _status(recorded: str | None, operation: Operation) -> Status:
    if recorded is None:
        return Status.UNKNOWN
    return Status.UNCHANGED if recorded == fingerprint(operation) else Status.CHANGED


def exercised_operations(directory: str | Path) -> list[ExercisedOperation]:
    """Every operation the cassettes under `directory` call, with the cassettes that call it and whether the
    current specs changed it since they were recorded (the worst of its cassettes)."""
    root = Path(directory)
    lock = read_lock(root)
    seen: dict[str, tuple[str, str]] = {}
    cassettes: dict[str, list[str]] = {}
    statuses: dict[str, list[Status]] = {}

    def note(key: str, method: str, path: str, cassette: str, status: Status) -> None:
        seen.setdefault(key, (method, path))
        cassettes.setdefault(key, []).append(cassette)
        statuses.setdefault(key, []).append(status)

    for cassette in cassettes_in(root):
        name = cassette.relative_to(root).as_posix()
        recorded = lock.get(name, {})
        operations, unmatched = cassette_operations(cassette)
        for key, operation in operations.items():
            note(key, operation.method, operation.path, name, _status(recorded.get(key), operation))
        for method, path in dict.fromkeys(unmatched):
            note(f"{method} {path}", method, path, name, Status.GONE)
        for key in sorted(recorded.keys() - operations.keys()):
            domain, _, operation_id = key.partition(":")
            if domain not in _catalog.domains() or operation_id not in _catalog.domain(domain).operations:
                note(key, "", "", name, Status.GONE)
    order = [Status.GONE, Status.CHANGED, Status.UNKNOWN, Status.UNCHANGED]
    return [
        ExercisedOperation(key, method, path, tuple(cassettes[key]), min(statuses[key], key=order.index))
        for key, (method, path) in sorted(seen.items())
    ]


def report(operations: list[ExercisedOperation]) -> str:
    if not operations:
        return "no ServiceTitan operation in these cassettes"
    changed = sum(op.status in (Status.CHANGED, Status.GONE) for op in operations)
    lines = [f"{len(operations)} ServiceTitan operations exercised; {changed} changed by the specs since recording"]
    for op in operations:
        route = f"  {op.method} {op.path}" if op.method else ""
        lines.append(f"  {op.key}{route}: {op.status.value}  ({', '.join(op.cassettes)})")
    return "\n".join(lines)
