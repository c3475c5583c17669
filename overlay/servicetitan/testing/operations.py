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

from .contract import interactions, operation_for

LOCK_NAME = "servicetitan-specs.lock.json"
SCHEMA_REF = "#/components/schemas/"


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            yield ref.removeprefix(SCHEMA_REF)
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


def cassette_operations(cassette: Path) -> dict[str, Operation]:
    """The operations a cassette's requests call, by `domain:operationId` (the token endpoint is none)."""
    found = {}
    for interaction in interactions(cassette):
        operation = operation_for(interaction.method, interaction.path)
        if operation is not None:
            found[operation_key(operation)] = operation
    return found


class Status(enum.StrEnum):
    UNCHANGED = "unchanged since recording"
    CHANGED = "CHANGED by the specs since recording"
    UNKNOWN = "not in the lock (recorded before it, or never with the plugin)"
    GONE = "GONE: no operation of the specs has this method and path"


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
        operations = cassette_operations(cassette)
        entries[cassette.relative_to(directory).as_posix()] = {
            key: fingerprint(operation) for key, operation in sorted(operations.items())
        }
    from servicetitan_raw import SPECS

    path = directory / LOCK_NAME
    document = {"specs": SPECS, "cassettes": dict(sorted(entries.items()))}
    path.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


def exercised_operations(directory: str | Path) -> list[ExercisedOperation]:
    """Every operation the cassettes under `directory` call, with the cassettes that call it and whether the
    current specs changed it since they were recorded."""
    root = Path(directory)
    lock = read_lock(root)
    seen: dict[str, tuple[str, str, list[str], list[Status]]] = {}
    for cassette in cassettes_in(root):
        name = cassette.relative_to(root).as_posix()
        recorded = lock.get(name, {})
        for interaction in interactions(cassette):
            operation = operation_for(interaction.method, interaction.path)
            if operation is None:
                if interaction.path != "/connect/token":
                    key = f"{interaction.method} {interaction.path}"
                    seen.setdefault(key, (interaction.method, interaction.path, [], []))
                    seen[key][2].append(name)
                    seen[key][3].append(Status.GONE)
                continue
            key = operation_key(operation)
            was = recorded.get(key)
            status = (
                Status.UNKNOWN
                if was is None
                else (Status.UNCHANGED if was == fingerprint(operation) else Status.CHANGED)
            )
            entry = seen.setdefault(key, (operation.method, operation.path, [], []))
            if name not in entry[2]:
                entry[2].append(name)
                entry[3].append(status)
    order = [Status.GONE, Status.CHANGED, Status.UNKNOWN, Status.UNCHANGED]
    return [
        ExercisedOperation(key, method, path, tuple(names), min(statuses, key=order.index))
        for key, (method, path, names, statuses) in sorted(seen.items())
    ]


def report(operations: list[ExercisedOperation]) -> str:
    if not operations:
        return "no ServiceTitan operation in these cassettes"
    changed = sum(op.status in (Status.CHANGED, Status.GONE) for op in operations)
    lines = [f"{len(operations)} ServiceTitan operations exercised; {changed} changed by the specs since recording"]
    for op in operations:
        lines.append(f"  {op.key}  {op.method} {op.path}: {op.status.value}  ({', '.join(op.cassettes)})")
    return "\n".join(lines)
