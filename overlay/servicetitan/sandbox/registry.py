"""Which function answers which operation: one registry keyed by (domain, operationId), in two tiers.

- `handles(domain, operation_id)` registers a hand-written handler. A module of handlers registers its
  operations when it is imported, and `app.py` imports each such module once (`resources`, and any module
  added beside it, such as `reports`):

      from .registry import handles

      @handles("reporting", "ReportCategoryReports_GetData")
      def report_data(call: Call) -> Any:
          ...

  Registering one operation twice raises, so two modules never silently fight over an operation.
- `derives(domain, operation_id, handler, description)` registers the catalog-derived handler of a paged list,
  get-by-id or export feed (`spec_resources`). A hand-written handler of the same operation takes precedence.
- `rules(domain, operation_id, handler)` registers the handler of an operation served by a rule derived from the
  catalog (`spec_writes`: creates, updates, deletes, transitions, uploads...), for every operation that has
  neither of the above; it comes last.

An operation with none of them answers 501 naming the operation.
"""

from __future__ import annotations

from collections.abc import Callable

from .call import Handler

Key = tuple[str, str]

HANDLERS: dict[Key, Handler] = {}
DERIVED: dict[Key, Handler] = {}
DESCRIPTIONS: dict[Key, str] = {}
RULES: dict[Key, Handler] = {}


def handles(domain: str, operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        add(domain, operation_id, handler)
        return handler

    return register


def add(domain: str, operation_id: str, handler: Handler) -> None:
    key = (domain, operation_id)
    if key in HANDLERS:
        raise ValueError(f"{domain} {operation_id} already has a sandbox handler: {HANDLERS[key].__qualname__}")
    HANDLERS[key] = handler


def derives(domain: str, operation_id: str, handler: Handler, description: str = "derived") -> None:
    DERIVED[(domain, operation_id)] = handler
    DESCRIPTIONS[(domain, operation_id)] = description


def describe_derived(key: Key) -> str:
    return DESCRIPTIONS.get(key, "derived")


def rules(domain: str, operation_id: str, handler: Handler) -> None:
    RULES[(domain, operation_id)] = handler


def handler_for(domain: str, operation_id: str) -> Handler | None:
    key = (domain, operation_id)
    return HANDLERS.get(key) or DERIVED.get(key) or RULES.get(key)


def served() -> tuple[Key, ...]:
    """(domain, operationId) of every operation with a handler, sorted."""
    return tuple(sorted(HANDLERS.keys() | DERIVED.keys() | RULES.keys()))


def served_by_records() -> tuple[Key, ...]:
    """(domain, operationId) of every operation with a hand-written or list/get/feed handler (no rule), sorted."""
    return tuple(sorted(HANDLERS.keys() | DERIVED.keys()))
