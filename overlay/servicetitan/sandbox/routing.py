"""The route table, derived from the operation catalog: every operation of every domain, by method and path.

Paths are matched segment by segment in a trie; a literal segment wins over a `{parameter}` segment, so
`/installed-equipment/attachments` is not taken for `/installed-equipment/{id}`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from servicetitan import _catalog


@dataclass(slots=True)
class _Node:
    literals: dict[str, _Node] = field(default_factory=dict)
    parameter: _Node | None = None
    operations: dict[str, _catalog.Operation] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Match:
    operation: _catalog.Operation | None
    path_params: dict[str, str]
    allowed_methods: tuple[str, ...]


class RouteTable:
    def __init__(self, operations: list[_catalog.Operation]) -> None:
        self._root = _Node()
        for operation in operations:
            node = self._root
            for segment in _segments(operation.path):
                if segment.startswith("{") and segment.endswith("}"):
                    if node.parameter is None:
                        node.parameter = _Node()
                    node = node.parameter
                else:
                    node = node.literals.setdefault(segment, _Node())
            node.operations.setdefault(operation.method.upper(), operation)

    @staticmethod
    @cache
    def from_catalog() -> RouteTable:
        return RouteTable([op for key in _catalog.domains() for op in _catalog.domain(key).operations.values()])

    def match(self, method: str, path: str) -> Match | None:
        """The operation for a request, or None when no path of any spec matches. A path that matches with
        another method gives a Match without operation (answered 405)."""
        segments = _segments(path)
        node = self._walk(self._root, segments, 0)
        if node is None:
            return None
        operation = node.operations.get(method.upper())
        template = next(iter(node.operations.values())) if operation is None else operation
        # Operations sharing a node may name the same position differently ({id} / {invoiceId}).
        params = {
            name[1:-1]: value
            for name, value in zip(_segments(template.path), segments, strict=True)
            if name.startswith("{")
        }
        return Match(operation, params, tuple(sorted(node.operations)))

    def _walk(self, node: _Node, segments: list[str], index: int) -> _Node | None:
        if index == len(segments):
            return node if node.operations else None
        segment = segments[index]
        literal = node.literals.get(segment)
        if literal is not None:
            found = self._walk(literal, segments, index + 1)
            if found is not None:
                return found
        if node.parameter is not None and segment:
            return self._walk(node.parameter, segments, index + 1)
        return None


def _segments(path: str) -> list[str]:
    return path.strip("/").split("/")
