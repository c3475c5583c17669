"""`servicetitan list`: what the client can call, from the catalog, one row per method or stream.

On a terminal the rows print as aligned columns; otherwise (a pipe, a file) as tab-separated fields, one row a
line, so `cut -f1` and `awk -F'\t'` keep working; `--json` prints one JSON array of objects for scripts.

`hint(name)` is what a misspelt `domain.resource.verb` gets: the nearest real names, segment by segment
(`difflib.get_close_matches`), and a `servicetitan list` command that shows the nearest of them.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Sequence

from servicetitan import _catalog
from servicetitan._operations import spec_for
from servicetitan.resources import domain_resources

OPERATION_FIELDS = ("name", "kind", "method", "path", "operation_id")
STREAM_FIELDS = ("name", "kind", "method", "cursor")
# How many nearest names a hint gives, and how alike a segment must be to count as near.
NEAREST = 3
CUTOFF = 0.6


def operation_rows(needle: str) -> list[tuple[str, ...]]:
    """(method, kind, HTTP method, path, operationId) of every operation and feed whose row contains `needle`
    (case-insensitive)."""
    rows: list[tuple[str, ...]] = []
    lowered = needle.lower()
    for domain in _catalog.DOMAINS:
        for resource, verbs in sorted(domain_resources(domain).items()):
            for verb, operation in sorted(verbs.items()):
                kind = spec_for(operation.domain, operation.operation_id).kind.value
                row = (f"{domain}.{resource}.{verb}", kind, operation.method, operation.path, operation.operation_id)
                if lowered in " ".join(row).lower():
                    rows.append(row)
    return rows


def stream_rows(needle: str) -> list[tuple[str, ...]]:
    """(stream, kind, method, incremental by) of every stream `sync` can load whose row contains `needle`."""
    from servicetitan.dlt import catalog_streams

    rows: list[tuple[str, ...]] = []
    lowered = needle.lower()
    for stream in catalog_streams().values():
        cursor = "continueFrom" if stream.kind.value == "feed" else "modifiedOn" if stream.incremental else "full read"
        row = (stream.name, stream.kind.value, stream.path, cursor)
        if lowered in " ".join(row).lower():
            rows.append(row)
    return rows


def plain(rows: Sequence[tuple[str, ...]], streams: bool = False) -> list[str]:
    """One tab-separated line per row: the operation's HTTP method and path as one field `GET /path`."""
    return ["\t".join(_joined(row, streams)) for row in rows]


def aligned(rows: Sequence[tuple[str, ...]], streams: bool = False) -> list[str]:
    """One line per row, each column padded to its widest cell (two spaces between columns)."""
    cells = [_joined(row, streams) for row in rows]
    if not cells:
        return []
    widths = [max(len(row[column]) for row in cells) for column in range(len(cells[0]))]
    return ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in cells]


def as_json(rows: Sequence[tuple[str, ...]], streams: bool = False) -> str:
    """A JSON array: one object per row, keyed by OPERATION_FIELDS (or STREAM_FIELDS)."""
    fields = STREAM_FIELDS if streams else OPERATION_FIELDS
    return json.dumps([dict(zip(fields, row, strict=True)) for row in rows], indent=2)


def _joined(row: tuple[str, ...], streams: bool) -> tuple[str, ...]:
    if streams:
        return row
    name, kind, http_method, path, operation_id = row
    return (name, kind, f"{http_method} {path}", operation_id)


# --- hints for a name that is not there -----------------------------------------------------------------------


def _near(word: str, candidates: Sequence[str]) -> list[str]:
    if word in candidates:
        return [word]
    return difflib.get_close_matches(word, candidates, n=NEAREST, cutoff=CUTOFF)


def nearest(name: str) -> list[str]:
    """The real `domain`, `domain.resource` or `domain.resource.verb` names nearest to `name`, segment by
    segment (a name without dots: the nearest domain, resource or verb names); at most NEAREST, nearest first;
    empty when a segment has nothing near."""
    parts = name.strip().split(".")
    if len(parts) == 1:
        return _near(parts[0].lower(), segment_names())
    if len(parts) > 3:
        return []
    key = parts[0].lower().replace("-", "_")
    found: list[str] = []
    for domain in _near(key, _catalog.DOMAINS):
        if len(parts) == 1:
            found.append(domain)
            continue
        resources = domain_resources(domain)
        for resource in _near(parts[1], sorted(resources)):
            if len(parts) == 2:
                found.append(f"{domain}.{resource}")
                continue
            for verb in _near(parts[2], sorted(resources[resource])):
                found.append(f"{domain}.{resource}.{verb}")
    whole = name.strip().lower()
    found.sort(key=lambda candidate: -difflib.SequenceMatcher(None, whole, candidate).ratio())
    return found[:NEAREST]


def segment_names() -> list[str]:
    """Every domain, resource and verb name of the catalog, once each, sorted."""
    names = set(_catalog.DOMAINS)
    for domain in _catalog.DOMAINS:
        for resource, verbs in domain_resources(domain).items():
            names.add(resource)
            names.update(verbs)
    return sorted(names)


def hint(name: str) -> str:
    """What to say after `name` is found missing: `did you mean ...? `servicetitan list X.` shows it`, or, when
    nothing is near, the `servicetitan list` of the longest part of `name` that is real."""
    names = [found for found in nearest(name) if found != name.strip()]
    if names:
        return f"did you mean {' or '.join(names)}? `servicetitan list {names[0]}` shows it"
    prefix = real_prefix(name)
    if prefix:
        return f"`servicetitan list {prefix}.` shows what {prefix} has"
    return f"known domains: {', '.join(_catalog.DOMAINS)}"


def real_prefix(name: str) -> str:
    """The longest `domain` or `domain.resource` at the start of `name` that the catalog has; empty if none."""
    parts = name.strip().split(".")
    domain = parts[0].lower().replace("-", "_")
    if domain not in _catalog.DOMAINS:
        return ""
    if len(parts) >= 2 and parts[1] in domain_resources(domain):
        return f"{domain}.{parts[1]}"
    return domain
