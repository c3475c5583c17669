"""Tolerant parsing: one odd record never fails a whole list.

ServiceTitan sends `null` where a value is required, leaves required fields out, and adds enum values without
notice. Unknown enum values are kept by the generated enums themselves; a record that still cannot become its
model is handed over as an `UnparsedRecord` (its data untouched, the reason attached) and reported through the
`servicetitan` logger, so a paged read neither fails nor drops it.

Money in dict results: with `decimals=True` on the client, the dict results (`as_dicts=True` pages and feeds,
`st.request`) are decoded with every JSON number that has a fraction as a `Decimal`, and the money fields the API
sends as text (`MONEY_AS_TEXT`) become `Decimal` too. Models keep their declared float fields: a model is never
handed a Decimal.

Pages of lists and feeds (`page_json`, `parse_records`): decoded by msgspec when the `speedups` extra is installed,
into the same objects `json` makes, and decoded and parsed with the cyclic collector paused (`collector_paused`).
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import httpx

from servicetitan import _catalog
from servicetitan._core import decode
from servicetitan.errors import ResponseValidationError

if TYPE_CHECKING:
    from servicetitan._catalog import Operation

_log = logging.getLogger("servicetitan")


@dataclass(frozen=True, slots=True)
class UnparsedRecord:
    """A record that did not fit its model: `data` is the record as received, `error` says why."""

    data: Mapping[str, Any]
    error: str
    model: str

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


Parser = Callable[[Any], Any]


def parser_for(domain: str, schema_name: str | None) -> Parser | None:
    """`from_dict` of the generated model of a component schema, or None when it has no model."""
    if not schema_name or schema_name not in _catalog.domain(domain).models:
        return None
    parser: Parser = _catalog.model_class(domain, schema_name).from_dict
    return parser


def model_parser(domain: str, schema: Mapping[str, Any] | None) -> Parser | None:
    """`from_dict` of the generated model of `schema` (a `$ref`), or None when the schema names no model."""
    return None if schema is None else parser_for(domain, _catalog.schema_name(schema))


def item_schema(domain: str, envelope: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """The schema of one element of an envelope's `data` array (paginated lists and export feeds)."""
    if envelope is None:
        return None
    resolved = _catalog.resolve_schema(domain, envelope)
    if resolved.get("type") == "array":  # the few paged lists that answer a bare array
        array_items: Mapping[str, Any] | None = resolved.get("items")
        return array_items
    data = resolved.get("properties", {}).get("data")
    if not data:
        return None
    items: Mapping[str, Any] | None = data.get("items")
    return items


def parse_record(parse: Parser | None, record: Any, model: str) -> Any:
    """One record of a list: its model, or an `UnparsedRecord` when it does not fit."""
    if parse is None or not isinstance(record, Mapping):
        return record
    try:
        return parse(record)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        reason = f"{type(exc).__name__}: {exc}"
        _log.warning("a %s record did not fit its model and is returned unparsed (%s)", model, reason)
        return UnparsedRecord(record, reason, model)


def parse_records(parse: Parser | None, records: list[Any], model: str) -> list[Any]:
    """`parse_record` of each record of a page. A page of objects is parsed in one pass, without a call and a
    check per record; only a page where a record does not fit is parsed again record by record, so that that
    record, and only it, comes back unparsed (parsing is pure, so the second pass gives every other record alike)."""
    if parse is None:
        return records
    if {*map(type, records)} == {dict}:
        try:
            return [parse(record) for record in records]
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return [parse_record(parse, record, model) for record in records]


# Pausing the cyclic collector while one page is decoded and built. A page of 5,000 records allocates some
# 50,000 containers, none of them garbage until the page is dropped, and every collection the allocations trigger
# walks them in vain; the older generations' collections walk the whole heap of the program besides. Reference
# counting still frees everything a page drops; what the pause defers is only the search for cycles, for the
# span of one page's decoding and parsing (no request, no await, no record handed to the caller inside it); the
# first allocation after it collects as usual. The collector is a process-wide switch,
# so the pauses of all threads are counted under one lock: the first to start one notes whether the collector
# was on, and the last to end it turns it back on only then. A program that has turned the collector off keeps
# it off.
_pause_lock = threading.Lock()
_pauses = 0
_resume_collector = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for the span of the block (see above), restored however it ends."""
    global _pauses, _resume_collector
    with _pause_lock:
        if _pauses == 0:
            _resume_collector = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume_collector:
                gc.enable()


_READ_THROUGH = httpx.ByteStream(b"")


@contextmanager
def page_answer(response: httpx.Response) -> Iterator[None]:
    """`collector_paused` for decoding and parsing a page's answer, which is then untied from its stream. httpx
    ties a response and its stream in a reference cycle, which only the collector frees; an answer that lived
    through a paused page has been promoted to an older generation, so it and its megabytes of body would stay
    for many pages. With the cycle broken, reference counting frees it as soon as the page is done with it (the
    body stays readable: it is already read)."""
    try:
        with collector_paused():
            yield
    finally:
        response.stream = _READ_THROUGH


# Money the API sends as JSON strings (QUIRKS.md "Money": invoice totals), by component schema; the vendored
# documents declare these fields `type: string` too, so no schema type tells them apart from text.
_INVOICE_MONEY = ("balance", "discountTotal", "salesTax", "subTotal", "total")
_INVOICE_ITEM_MONEY = ("cost", "memberPrice", "price", "total", "totalCost")
MONEY_AS_TEXT: Mapping[str, tuple[str, ...]] = {
    "Accounting.V2.InvoiceResponse": _INVOICE_MONEY,
    "Accounting.V2.ExportInvoiceResponse": _INVOICE_MONEY,
    "Accounting.V2.InvoiceItemResponse": _INVOICE_ITEM_MONEY,
    "Accounting.V2.ExportInvoiceItemResponse": _INVOICE_ITEM_MONEY,
}

# Where, in a record, money sent as text sits: a property name maps to None (the value itself) or to the plan of
# the record(s) nested under it.
MoneyPlan = Mapping[str, "MoneyPlan | None"]


def _nested_schema_name(schema: Mapping[str, Any]) -> str | None:
    """The component a property holds: a `$ref`, a nullable `oneOf` of one, or an array of either."""
    if schema.get("items") is not None:
        return _nested_schema_name(schema["items"])
    for option in schema.get("oneOf") or schema.get("anyOf") or ():
        name = _nested_schema_name(option)
        if name is not None:
            return name
    return _catalog.schema_name(schema)


@cache
def money_plan(domain: str, schema_name: str, within: frozenset[str] = frozenset()) -> MoneyPlan:
    """The money-as-text fields of a component schema and of the components nested in it (computed once)."""
    plan: dict[str, MoneyPlan | None] = dict.fromkeys(MONEY_AS_TEXT.get(schema_name, ()))
    schema = _catalog.domain(domain).schemas.get(schema_name, {})
    for name, prop in (schema.get("properties") or {}).items():
        nested = _nested_schema_name(prop) if name not in plan else None
        if nested is not None and nested not in within:
            inner = money_plan(domain, nested, within | {schema_name})
            if inner:
                plan[name] = inner
    return plan


def _money_text(value: Any, plan: MoneyPlan) -> None:
    """Turn the money sent as text in `value` (a record or a list of records) into Decimal, in place."""
    from decimal import Decimal, InvalidOperation  # only clients with decimals=True come here

    if isinstance(value, list):
        for item in value:
            _money_text(item, plan)
        return
    if not isinstance(value, dict):
        return
    for name, inner in plan.items():
        found = value.get(name)
        if inner is not None:
            _money_text(found, inner)
        elif isinstance(found, str):
            try:
                number = Decimal(found.strip())
            except InvalidOperation:
                continue  # not an amount after all: kept as received, like any value that does not parse
            if number.is_finite():
                value[name] = number


@dataclass(frozen=True, slots=True)
class MoneyReading:
    """How a client with `decimals=True` decodes the dict results of one list or feed: fractions as Decimal,
    and the money its records carry as text (`plan`) as Decimal."""

    plan: MoneyPlan

    def envelope(self, response: httpx.Response) -> Any:
        body = decode(response, "json", decimals=True)
        if self.plan:  # the paged envelope, or the bare array a few lists answer
            _money_text(body.get("data") if isinstance(body, Mapping) else body, self.plan)
        return body


def money_reading(client: Any, operation: Operation, as_dicts: bool) -> MoneyReading | None:
    """The `MoneyReading` of a list or feed of `operation` read as dicts by a client with `decimals=True`; None
    otherwise (models are parsed from floats, as their fields declare)."""
    if not as_dicts or not getattr(client, "decimals", False):
        return None
    item = item_schema(operation.domain, operation.success_schema())
    name = None if item is None else _nested_schema_name(item)
    return MoneyReading({} if name is None else money_plan(operation.domain, name))


def response_json(response: httpx.Response) -> Any:
    """The JSON body of a successful answer (None when empty); a body that is not JSON raises."""
    return decode(response, "json")


@cache
def _fast_decoder() -> tuple[Callable[[bytes], Any], type[Exception]] | None:
    """msgspec's JSON decoder into plain Python objects and the error it raises, when the `speedups` extra is
    installed (imported with the first page, not with the library)."""
    try:
        import msgspec
    except ImportError:
        return None
    decode_bytes: Callable[[bytes], Any] = msgspec.json.Decoder().decode
    return decode_bytes, msgspec.DecodeError


def page_json(response: httpx.Response, money: MoneyReading | None = None) -> Any:
    """The JSON body of a page of a list or feed, as `response_json` gives it. With `money`, an envelope of dict
    records decoded with Decimal money (see `MoneyReading`).

    With msgspec installed, its decoder reads the page first, in about half the time `json` takes: it makes the
    same objects (big integers exact, floats rounded alike, the last of repeated keys kept) and refuses some texts
    `json` reads (NaN, Infinity, numbers beyond a float, lone surrogates, a byte-order mark, encodings other than
    UTF-8). `json` decodes a page msgspec refuses, exactly as without msgspec: it reads it or raises."""
    if money is not None:
        return money.envelope(response)
    fast = _fast_decoder()
    content = response.content
    if fast is not None and content:
        decode_bytes, refused = fast
        try:
            return decode_bytes(content)
        except (refused, RecursionError):
            # Nesting beyond the recursion limit: `json` refuses it too, as the typed error every reader raises.
            pass
    return decode(response, "json")


def parse_single(parse: Parser | None, response: httpx.Response, model: str) -> Any:
    """A single-record answer: its model; a body that does not fit raises `ResponseValidationError`."""
    body = response_json(response)
    if parse is None or body is None:
        return body
    try:
        return parse(body)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseValidationError.of(
            f"the answer does not fit {model}: {type(exc).__name__}: {exc}", response, body
        ) from exc


def strict_flag(body: Mapping[str, Any], name: str, operation: Operation, response: httpx.Response) -> bool:
    """A boolean field of an envelope: JSON true or false only (`bool("false")` is True)."""
    value = body.get(name)
    if isinstance(value, bool):
        return value
    raise ResponseValidationError.of(
        f"{operation.operation_id}: {name} must be true or false, not {value!r}; stopping rather than guessing",
        response,
        body,
    )
