"""`servicetitan list`: what the client can call, from the catalog, one tab-separated row per method or stream."""

from __future__ import annotations

from servicetitan import _catalog
from servicetitan._operations import spec_for
from servicetitan.resources import domain_resources


def operation_rows(needle: str) -> list[tuple[str, ...]]:
    """(method, kind, HTTP method and path, operationId) of every operation and feed whose row contains
    `needle` (case-insensitive)."""
    rows: list[tuple[str, ...]] = []
    lowered = needle.lower()
    for domain in _catalog.DOMAINS:
        for resource, verbs in sorted(domain_resources(domain).items()):
            for verb, operation in sorted(verbs.items()):
                kind = spec_for(operation.domain, operation.operation_id).kind.value
                row = (
                    f"{domain}.{resource}.{verb}",
                    kind,
                    f"{operation.method} {operation.path}",
                    operation.operation_id,
                )
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
