"""What a handler receives and may return."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from servicetitan import _catalog

from .deviations import Deviations
from .listing import ExportSettings, Query
from .store import Tenant


@dataclass(frozen=True, slots=True)
class Upload:
    filename: str
    content_type: str
    data: bytes


@dataclass(slots=True)
class Call:
    operation: _catalog.Operation
    tenant: Tenant
    path: dict[str, int]
    query: Query
    path_text: dict[str, str] = field(default_factory=dict)
    """Every path parameter (but the tenant) as written, ids that are not integers (guids) included."""
    body: Any = None
    files: dict[str, Upload] = field(default_factory=dict)
    export: ExportSettings = field(default_factory=ExportSettings)
    clock: Callable[[], float] = field(default=lambda: 0.0)
    deviations: Deviations = field(default_factory=Deviations)
    """How far this sandbox's answers depart from the documents (deviations.py)."""

    def path_id(self, name: str = "id") -> int:
        return self.path[name]


@dataclass(frozen=True, slots=True)
class Binary:
    """A non-JSON answer (attachment downloads)."""

    data: bytes
    content_type: str = "application/octet-stream"
    filename: str | None = None


@dataclass(frozen=True, slots=True)
class Redirect:
    """A 302 answer pointing at `location` (downloads the documents answer with a redirect to the file)."""

    location: str


Handler = Callable[[Call], Any]
