"""Resources: every operation of every domain as `st.<domain>.<resource>.<verb>(...)`, sync and async.

An operationId `Tag_Verb` gives `resource = snake(Tag)` and `verb = snake(Verb)`: `Jobs_GetList` is
`st.jpm.jobs.get_list`, `Customers_GetContactList` is `st.crm.customers.get_contact_list`, `Export_Jobs` is
`st.jpm.export.jobs`. One operationId has no underscore: marketing-reputation's `reviews` (a paged list of
reviews), which is `st.marketing_reputation.reviews.get_list` (`OPERATION_NAMES`). Every export feed is
also `st.<domain>.export.<feed>`, named by its path as in `st.exports` (`st.crm.export.customers_contacts`).

Domains, resources and methods are made on first access from the catalog, and each method is the runtime's
(`servicetitan._operations`) for its operation; type checkers read them from `_resource_signatures.pyi`. However
many threads make that first access at once, each gets the same objects (`servicetitan._once`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from servicetitan._once import once
from servicetitan_raw import DOMAINS

if TYPE_CHECKING:
    from servicetitan._catalog import Operation
    from servicetitan._core import AsyncCore, Core, SyncCore

T = TypeVar("T")
Owner = TypeVar("Owner")

EXPORT = "export"
# (domain, operationId) -> (resource, verb) where the operationId does not read as Tag_Verb.
OPERATION_NAMES: Mapping[tuple[str, str], tuple[str, str]] = {
    ("marketing_reputation", "reviews"): ("reviews", "get_list"),
}


def operation_name(operation: Operation) -> tuple[str, str]:
    """(resource, verb) of an operation, from its operationId."""
    named = OPERATION_NAMES.get((operation.domain, operation.operation_id))
    if named is not None:
        return named
    from servicetitan._inputs import snake_case

    tag, separator, verb = operation.operation_id.partition("_")
    if not separator:
        raise RuntimeError(f"{operation.domain}.{operation.operation_id} does not read as Tag_Verb")
    return snake_case(tag), snake_case(verb)


@once
def domain_resources(domain: str) -> Mapping[str, Mapping[str, Operation]]:
    """Every resource of a domain with its methods; `export` also holds every feed under its feed name."""
    from servicetitan import _catalog
    from servicetitan.exports import export_operations

    resources: dict[str, dict[str, Operation]] = {}
    for operation in _catalog.domain(domain).operations.values():
        resource, verb = operation_name(operation)
        verbs = resources.setdefault(resource, {})
        if verb in verbs:
            raise RuntimeError(f"{domain}.{resource}.{verb} names two operations")
        verbs[verb] = operation
    for feed, operation in export_operations(domain).items():
        verbs = resources.setdefault(EXPORT, {})
        if verbs.setdefault(feed, operation) is not operation:
            raise RuntimeError(f"{domain}.{EXPORT}.{feed} names two operations")
    return resources


def method_path(operation: Operation) -> str:
    """`jpm.jobs.get_list`: where an operation lives on a client."""
    resource, verb = operation_name(operation)
    return f"{operation.domain}.{resource}.{verb}"


def resolve(path: str) -> Operation:
    """The operation behind `domain.resource.verb`."""
    from servicetitan import _catalog

    domain, resource, verb = path.split(".")
    try:
        return domain_resources(_catalog.domain_key(domain))[resource][verb]
    except KeyError:
        raise ValueError(f"no resource method {path!r}") from None


def bound_method(core: Core, operation: Operation, label: str, asynchronous: bool) -> Callable[..., Any]:
    """The runtime's method for `operation`, bound to `core`; `label` names it in error messages."""
    from servicetitan import _operations

    spec = _operations.spec_for(operation.domain, operation.operation_id)
    if spec.kind is _operations.Kind.FEED:
        # Making a feed sends nothing, so it is no coroutine on the async client either (iterate it with async for).

        def feed(**arguments: Any) -> Any:
            return _operations.open_feed(core, spec, label, arguments, asynchronous)

        method: Callable[..., Any] = feed
    elif asynchronous:

        async def call_async(**arguments: Any) -> Any:
            return await _operations.call_async(cast("AsyncCore", core), spec, label, arguments)

        method = call_async
    else:

        def call_sync(**arguments: Any) -> Any:
            return _operations.call_sync(cast("SyncCore", core), spec, label, arguments)

        method = call_sync
    method.__name__ = label.rsplit(".", 1)[-1]
    method.__qualname__ = label
    method.__doc__ = _operations.docstring(spec, label)
    method.__signature__ = spec.signature  # type: ignore[attr-defined]
    return method


def _missing(kind: str, name: str, where: str, known: list[str]) -> AttributeError:
    import difflib

    close = difflib.get_close_matches(name, known, n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    return AttributeError(f"{where} has no {kind} {name!r}{hint}")


class Resource:
    """One resource of a domain bound to a client: its operations as methods (`st.jpm.jobs.get_list`)."""

    def __init__(self, core: Core, domain: str, name: str, asynchronous: bool) -> None:
        self._core = core
        self._domain = domain
        self._name = name
        self._asynchronous = asynchronous

    def __repr__(self) -> str:
        return f"<resource {self._domain}.{self._name}: {', '.join(dir(self))}>"

    def __dir__(self) -> list[str]:
        return sorted(domain_resources(self._domain)[self._name])

    def __getattr__(self, verb: str) -> Callable[..., Any]:
        if verb.startswith("_"):
            raise AttributeError(verb)
        operation = domain_resources(self._domain)[self._name].get(verb)
        if operation is None:
            raise _missing("method", verb, f"{self._domain}.{self._name}", dir(self))
        label = f"{self._domain}.{self._name}.{verb}"
        method: Callable[..., Any] = self.__dict__.setdefault(
            verb, bound_method(self._core, operation, label, self._asynchronous)
        )
        return method


class DomainResources:
    """A domain's resources as attributes (`st.jpm.jobs`, `st.jpm.export`); `dir()` lists them."""

    def __init__(self, core: Core, domain: str, asynchronous: bool) -> None:
        self._core = core
        self._domain = domain
        self._asynchronous = asynchronous

    def __repr__(self) -> str:
        return f"<{self._domain} resources ({len(domain_resources(self._domain))})>"

    def __dir__(self) -> list[str]:
        return sorted(domain_resources(self._domain))

    def __getattr__(self, name: str) -> Resource:
        if name.startswith("_"):
            raise AttributeError(name)
        if name not in domain_resources(self._domain):
            raise _missing("resource", name, f"domain {self._domain!r}", dir(self))
        # Threads that miss together each make one; the first kept is the one every caller gets.
        resource: Resource = self.__dict__.setdefault(
            name, Resource(self._core, self._domain, name, self._asynchronous)
        )
        return resource


class Surface(Generic[Owner, T]):
    """An attribute of a client class made on first access from the instance and kept on it: the domains,
    `raw`, `exports` (and any surface added later: `Surface(factory)` in the class body)."""

    def __init__(self, factory: Callable[[Owner], T]) -> None:
        self._factory = factory
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, instance: Owner | None, owner: type | None = None) -> T:
        if instance is None:
            return self  # type: ignore[return-value]
        # Made outside any lock (a factory may be slow); of two made at once, every caller gets the first kept.
        value: T = instance.__dict__.setdefault(self._name, self._factory(instance))
        return value


def attach_domains(cls: type, asynchronous: bool) -> None:
    """One `Surface` per domain of the catalog on a client class: `st.jpm`, `st.equipment_systems`, ..."""
    for key in DOMAINS:
        surface: Surface[Any, DomainResources] = Surface(
            lambda core, key=key: DomainResources(core, key, asynchronous)  # type: ignore[misc]
        )
        surface.__set_name__(cls, key)
        setattr(cls, key, surface)


class Exports:
    """Every export feed of every domain: `st.exports.<domain>` is `st.<domain>.export`, the domain's feed
    resource, so `st.exports.jpm.jobs(start=..., timeout=...)` is `st.jpm.export.jobs` with the same options."""

    def __init__(self, client: object) -> None:
        self._client = client

    def __getattr__(self, domain: str) -> Any:
        import difflib

        from servicetitan import _catalog
        from servicetitan.exports import export_operations

        if domain.startswith("_"):
            raise AttributeError(domain)
        try:
            key = _catalog.domain_key(domain)
        except ValueError:
            near = difflib.get_close_matches(domain, dir(self), n=3)
            hint = f"; did you mean {', '.join(near)}?" if near else f"; domains with feeds: {', '.join(dir(self))}"
            raise AttributeError(f"no domain {domain!r} has export feeds{hint}") from None
        if not export_operations(key):
            raise AttributeError(f"domain {key!r} has no export feeds")
        return getattr(self._client, key).export

    def __dir__(self) -> list[str]:
        from servicetitan import _catalog
        from servicetitan.exports import export_operations

        return [d for d in _catalog.domains() if export_operations(d)]

    def __repr__(self) -> str:
        return f"<export feeds of {len(dir(self))} domains>"
