"""In-memory state of one tenant: collections of records plus the tenant's change sequence.

A collection holds its seeded records *lazily*: a seeded record is rebuilt from its index by the seed's factory
whenever it is read, until it is changed; only changed, created or deleted records take memory. That is what
makes a 100,000-job tenant cost nothing to seed.

Every change takes the next number of the tenant's change sequence. Seeded records count as changes 1..n in
id order (their `modifiedOn` grows with the index), so an export feed is simply "records in sequence order
after the sequence number in the token".
"""

from __future__ import annotations

import bisect
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from .timefmt import format_timestamp

Record = dict[str, Any]
RecordFactory = Callable[[int], Record]
Clock = Callable[[], float]
T = TypeVar("T")

# Records are kept under integer ids; a guid-keyed resource shows each as this guid.
GUID_PREFIX = "00000000-0000-4000-8000-"


def guid_of(record_id: int) -> str:
    """The guid a record of a guid-keyed resource shows for its integer id (and reads back, `parse_id`)."""
    return f"{GUID_PREFIX}{record_id:012x}"


def parse_id(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text.lower().startswith(GUID_PREFIX) and len(text) == len(GUID_PREFIX) + 12:
        try:
            return int(text[len(GUID_PREFIX) :], 16)
        except ValueError:
            return None
    return None


@dataclass(frozen=True, slots=True)
class SeededRange:
    first_id: int
    count: int
    factory: RecordFactory
    modified_on: Callable[[int], str]


class Collection:
    def __init__(self, tenant: Tenant, name: str, label: str, seeded: SeededRange) -> None:
        self.tenant = tenant
        self.name = name
        self.label = label
        self.seeded = seeded
        self._next_id = seeded.first_id + seeded.count
        self._stored: dict[int, Record] = {}
        self._deleted: set[int] = set()
        # id -> change sequence of its last change, kept in sequence order (re-inserted on every change).
        self._changes: dict[int, int] = {}

    def _seed_index(self, record_id: int) -> int | None:
        index = record_id - self.seeded.first_id
        return index if 0 <= index < self.seeded.count else None

    def get(self, record_id: int) -> Record | None:
        stored = self._stored.get(record_id)
        if stored is not None:
            return stored
        index = self._seed_index(record_id)
        if index is None or record_id in self._deleted:
            return None
        return self.seeded.factory(index)

    def __contains__(self, record_id: int) -> bool:
        return record_id in self._stored or (self._seed_index(record_id) is not None and record_id not in self._deleted)

    def new_id(self) -> int:
        record_id = self._next_id
        self._next_id += 1
        return record_id

    def save(self, record: Record, *, touch: bool = True) -> Record:
        """Store a created or changed record under the next change sequence number."""
        record_id = int(record["id"])
        if touch:
            record["modifiedOn"] = self.tenant.now()
        self._stored[record_id] = record
        self._deleted.discard(record_id)
        self._changes.pop(record_id, None)
        self._changes[record_id] = self.tenant.next_sequence()
        return record

    def update(self, record_id: int, changes: Record) -> Record | None:
        current = self.get(record_id)
        if current is None:
            return None
        return self.save({**current, **changes})

    def delete(self, record_id: int) -> bool:
        if record_id not in self:
            return False
        self._stored.pop(record_id, None)
        self._changes.pop(record_id, None)
        self._deleted.add(record_id)
        self.tenant.next_sequence()
        return True

    # --- the test hook: change records as a tenant's users would (`Sandbox.records(...)`) ------------------

    def modify(self, record_id: int | str, **changes: Any) -> Record:
        """Change fields of a record, named by its id as answers show it (a number or a guid); its `modifiedOn`
        becomes the sandbox clock's now."""
        stored_id = record_id if isinstance(record_id, int) else parse_id(str(record_id))
        record = None if stored_id is None else self.update(stored_id, changes)
        if record is None:
            raise KeyError(f"{self.label} {record_id} does not exist")
        return record

    def deactivate(self, record_id: int | str) -> Record:
        return self.modify(record_id, active=False)

    def insert(self, **fields: Any) -> Record:
        """A new active record with the next id, shaped like the seeded ones, `fields` laid over it."""
        record_id = self.new_id()
        offset = record_id - self.seeded.first_id
        try:
            template = self.seeded.factory(offset)
        except IndexError:  # a collection seeded from a fixed table: shaped like its last seeded record
            template = self.seeded.factory(self.seeded.count - 1) if self.seeded.count else {}
        return self.save({**template, "active": True, "createdOn": self.tenant.now(), **fields, "id": record_id})

    def ids(self) -> Iterator[int]:
        """Live ids in ascending order."""
        first, count = self.seeded.first_id, self.seeded.count
        deleted = self._deleted
        for record_id in range(first, first + count):
            if record_id not in deleted:
                yield record_id
        yield from sorted(record_id for record_id in self._stored if record_id >= first + count)

    def stored(self) -> Iterator[Record]:
        """Records created or changed since seeding."""
        return iter(list(self._stored.values()))

    def records(self) -> Iterator[Record]:
        for record_id in self.ids():
            record = self.get(record_id)
            if record is not None:
                yield record

    def __len__(self) -> int:
        first, end = self.seeded.first_id, self.seeded.first_id + self.seeded.count
        seeded_deleted = sum(1 for record_id in self._deleted if first <= record_id < end)
        created = sum(1 for record_id in self._stored if record_id >= end)
        return self.seeded.count - seeded_deleted + created

    def changes_after(self, sequence: int, modified_since: str | None) -> Iterator[tuple[int, Record]]:
        """(sequence, record) of every live record changed after `sequence` (and, if given, modified on or
        after `modified_since`), in sequence order."""
        start = min(max(sequence, 0), self.seeded.count)
        if modified_since is not None:
            start = max(start, self._first_index_modified_since(modified_since))
        first = self.seeded.first_id
        changed, deleted = self._changes, self._deleted
        for index in range(start, self.seeded.count):
            record_id = first + index
            if record_id not in changed and record_id not in deleted:
                yield index + 1, self.seeded.factory(index)
        for record_id, record_sequence in list(changed.items()):
            if record_sequence <= sequence:
                continue
            record = self._stored.get(record_id)
            if record is None or (modified_since is not None and record["modifiedOn"] < modified_since):
                continue
            yield record_sequence, record

    def _first_index_modified_since(self, since: str) -> int:
        modified_on = self.seeded.modified_on
        return bisect.bisect_left(range(self.seeded.count), since, key=modified_on)


class MatchIndex:
    """What recent list signatures found (their matching ids, the keys of their date bounds), valid while the
    tenant's change sequence stands still."""

    MAX_ENTRIES = 64

    def __init__(self, tenant: Tenant) -> None:
        self._tenant = tenant
        self._entries: OrderedDict[tuple[Any, ...], tuple[int, Any]] = OrderedDict()

    def ids(self, signature: tuple[Any, ...], build: Callable[[], Iterable[int]]) -> Sequence[int]:
        found: Sequence[int] = self.keep(signature, lambda: array("q", build()))
        return found

    def keep(self, key: tuple[Any, ...], build: Callable[[], T]) -> T:
        """What `build` gives, built once per change of the tenant."""
        sequence = self._tenant.sequence
        found = self._entries.get(key)
        if found is not None and found[0] == sequence:
            self._entries.move_to_end(key)
            kept: T = found[1]
            return kept
        value = build()
        self._entries[key] = (sequence, value)
        self._entries.move_to_end(key)
        while len(self._entries) > self.MAX_ENTRIES:
            self._entries.popitem(last=False)
        return value


class Tenant:
    """One tenant's collections, its change sequence and its clock."""

    def __init__(self, tenant_id: int, clock: Clock) -> None:
        self.tenant_id = tenant_id
        self.clock = clock
        self.collections: dict[str, Collection] = {}
        self.attachments: dict[str, tuple[str, bytes]] = {}
        # Files uploaded through the catalog-derived upload operations: id -> (file name, content type, bytes).
        self.files: dict[int, tuple[str, str, bytes]] = {}
        # Documents written through a path that holds no records (settings, preferences), by domain and path.
        self.documents: dict[str, Record] = {}
        self.index = MatchIndex(self)
        self._sequence = 0

    def add(self, name: str, label: str, seeded: SeededRange) -> Collection:
        collection = self.collections[name] = Collection(self, name, label, seeded)
        self._sequence = max(self._sequence, seeded.count)
        return collection

    def store_file(self, filename: str, content_type: str, data: bytes, file_id: int | None = None) -> int:
        """Keep uploaded bytes under `file_id` (the id of the record they belong to) or the next number: files are
        numbered in upload order, so re-recorded cassettes come out the same."""
        if file_id is None:
            file_id = len(self.files) + 1
        name = filename.rsplit("/", 1)[-1] or "file"
        self.files[file_id] = (name, content_type, data)
        self.next_sequence()
        return file_id

    def file_path(self, file_id: int) -> str:
        return f"sandbox/{self.tenant_id}/{file_id:08d}/{self.files[file_id][0]}"

    def file_at(self, path: str) -> tuple[str, str, bytes] | None:
        parts = path.split("/")
        if len(parts) < 3 or parts[0] != "sandbox" or not parts[2].isdigit():
            return None
        found = self.files.get(int(parts[2]))
        return found if found is not None and self.file_path(int(parts[2])) == path else None

    def __getitem__(self, name: str) -> Collection:
        return self.collections[name]

    def next_sequence(self) -> int:
        self._sequence += 1
        return self._sequence

    @property
    def sequence(self) -> int:
        return self._sequence

    def now(self) -> str:
        return format_timestamp(self.clock())
