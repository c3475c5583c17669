"""Tolerant parsing: one odd field never costs a record its type, and one odd record never fails a whole list.

ServiceTitan sends `null` where a value is required, leaves required fields out, puts `null` elements in arrays of
objects, sends dates with a time, and adds enum values without notice (QUIRKS.md). Unknown enum values are kept
by the generated enums themselves. A record the generated `from_dict` refuses is built again field by field from
its schema (`tolerant_model`): every field that fits is typed as usual, and a field that does not reads `None` (a
date sent with a time of day reads as its date), while the value as received is kept in `odd_fields(record)`,
keyed by its path (`address.zip`, `permissions[2]`), and reported once per model and field per process (an
`OddFieldWarning` and the `servicetitan` logger). Only a record that is not a JSON object at all is handed over as
an `UnparsedRecord` (the data untouched, the reason attached). The generated `from_dict` runs first on every
record, and on a whole page at once: the field-by-field build costs only the records that need it.

A single-record answer (`parse_single`) must be an object: `null`, an array or a scalar where the operation
answers a model raises `ResponseValidationError`.

Money in dict results: with `decimals=True` on the client, the dict results (`as_dicts=True` pages and feeds,
`st.request`) are decoded with every JSON number that has a fraction as a `Decimal`, and the money fields the API
sends as text (`MONEY_AS_TEXT`) become `Decimal` too. Models keep their declared float fields: a model is never
handed a Decimal.

Pages of lists and feeds (`page_json`, `parse_records`): decoded as `servicetitan._bodies` decodes every answer (by
msgspec when the `speedups` extra is installed), and decoded and parsed with the cyclic collector paused
(`collector_paused`).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import enum
import gc
import logging
import os
import re
import threading
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

import httpx

from servicetitan import _catalog
from servicetitan._bodies import page_body, response_json
from servicetitan.errors import ResponseValidationError

if TYPE_CHECKING:
    from servicetitan._catalog import Operation
    from servicetitan._core import Core

_log = logging.getLogger("servicetitan")


@dataclass(frozen=True, slots=True)
class UnparsedRecord:
    """A record that is not a JSON object, so no model can hold it: `data` is the record as received (a list, a
    string, a number or None), `error` says why."""

    data: Any
    error: str
    model: str

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default) if isinstance(self.data, Mapping) else default


class OddFieldWarning(UserWarning):
    """A record carried a field its model cannot hold (null or missing where required, a null element in an array
    of objects, a date with a time of day, a value of another type): the record is still typed, the field reads
    None (a date with a time reads as its date), and `servicetitan.odd_fields(record)` holds the value as received.
    Reported once per model and field per process."""


class _Absent:
    """The value `odd_fields` gives for a required key the record left out."""

    _instance: _Absent | None = None

    def __new__(cls) -> _Absent:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"

    def __bool__(self) -> bool:
        return False


ABSENT: Final = _Absent()
"""What `odd_fields(record)` holds for a required field that the record did not carry at all."""

_NO_ODD_FIELDS: Mapping[str, Any] = MappingProxyType({})
_ODD_SLOT = "_servicetitan_odd_fields"


def odd_fields(record: object) -> Mapping[str, Any]:
    """The fields of a typed record that did not fit its model, as received: `{path: value}`, where a path is a
    JSON field name, with `.` into a nested object and `[i]` into an array (`address.zip`, `permissions[2]`), and
    the value is what the answer carried there (`ABSENT` for a required key it left out). On the record, each such
    field reads None, but a date sent with a time of day reads as its date. Empty for a record that fit its model
    (and for anything that is not a typed record); a nested model has its own, with paths relative to it."""
    found: Mapping[str, Any] = getattr(record, _ODD_SLOT, _NO_ODD_FIELDS)
    return found


Parser = Callable[[Any], Any]

_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
_MIDNIGHT = _dt.time(0)


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


# --- the field-by-field build --------------------------------------------------------------------------------


@cache
def _schema_names(domain: str) -> Mapping[str, str]:
    """`module:Class` of each generated model of a domain -> its component schema's name."""
    return {target: name for name, target in _catalog.domain(domain).models.items()}


def _source_of(parse: Parser) -> tuple[str, str] | None:
    """(domain, schema name) of the generated model whose `from_dict` `parse` is, or None."""
    cls = getattr(parse, "__self__", None)
    module = getattr(cls, "__module__", "")
    parts = module.split(".")
    if not isinstance(cls, type) or len(parts) < 2 or parts[0] != _catalog.RAW_PACKAGE:
        return None
    domain = parts[1]
    if domain not in _catalog.DOMAINS:
        return None
    name = _schema_names(domain).get(f"{module}:{cls.__name__}")
    return None if name is None else (domain, name)


@cache
def _unset(domain: str) -> Any:
    """The domain's `UNSET`: what an optional field the record left out holds."""
    return import_module(f"{_catalog.RAW_PACKAGE}.{domain}.types").UNSET


def _plain(value: Any) -> Any:
    """A typed value back in its JSON form, as the generated `to_dict` writes it."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    to_dict = getattr(value, "to_dict", None) if hasattr(type(value), "__attrs_attrs__") else None
    return value if to_dict is None else to_dict()


def _odd_to_dict(self: Any) -> dict[str, Any]:
    """`to_dict()` of a record with odd fields: the JSON form of every typed field, and each odd field as it was
    received (a required key the record left out stays out), so nothing the answer carried is lost."""
    odd: Mapping[str, Any] = getattr(self, _ODD_SLOT, _NO_ODD_FIELDS)
    unset = type(type(self)._servicetitan_unset)
    result: dict[str, Any] = dict(self.additional_properties)
    for key, field in zip(type(self)._json_names, type(self).__attrs_attrs__, strict=False):
        if key in odd:
            if odd[key] is not ABSENT:
                result[key] = odd[key]
            continue
        value = getattr(self, field.name)
        if not isinstance(value, unset):
            result[key] = _plain(value)
    for path, raw in odd.items():  # an element of an array that did not fit, as it came
        name, bracket, index = path.partition("[")
        if bracket and index[:-1].isdigit() and index.endswith("]") and isinstance(result.get(name), list):
            result[name][int(index[:-1])] = raw
    return result


def _odd_reduce(self: Any, protocol: int) -> tuple[Any, ...]:
    """How copy and pickle rebuild a record with odd fields (its class is made at run time, so pickle could not
    find it by name): the generated model, its field values and the odd fields."""
    state = {field.name: getattr(self, field.name) for field in type(self).__attrs_attrs__}
    odd = dict(getattr(self, _ODD_SLOT, _NO_ODD_FIELDS))
    return _odd_record, (type(self).__mro__[1], type(self)._servicetitan_domain, state, odd)


def _odd_record(cls: type[Any], domain: str, state: Mapping[str, Any], odd: Mapping[str, Any]) -> Any:
    record = object.__new__(_odd_class(cls, domain))
    for name, value in state.items():
        object.__setattr__(record, name, value)
    object.__setattr__(record, _ODD_SLOT, MappingProxyType(dict(odd)))
    return record


_odd_classes: dict[type[Any], type[Any]] = {}


def _odd_class(cls: type[Any], domain: str) -> type[Any]:
    """A subclass of a generated model for records with odd fields: the same fields and methods (isinstance holds),
    a slot for the odd values, and a `to_dict()` that cannot fail on a field that reads None."""
    found = _odd_classes.get(cls)
    if found is not None:
        return found
    namespace = {
        "__slots__": (_ODD_SLOT,),
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,
        "to_dict": _odd_to_dict,
        "__reduce_ex__": _odd_reduce,
        "_servicetitan_unset": _unset(domain),
        "_servicetitan_domain": domain,
    }
    # Two threads may both build one; either serves, and the dict keeps one.
    return _odd_classes.setdefault(cls, type(cls.__name__, (cls,), namespace))


def _nullable(schema: Mapping[str, Any]) -> bool:
    kinds = schema.get("type")
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds):
        return True
    return any(_nullable(option) for option in schema.get("oneOf") or schema.get("anyOf") or ())


def _options(schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The alternatives a value may take (a `oneOf`'s members but `null`), or the schema itself."""
    members = schema.get("oneOf") or schema.get("anyOf")
    if not members:
        return [schema]
    return [member for member in members if member.get("type") != "null"] or [schema]


class _Build:
    """One record built field by field; `odd` collects the values that did not fit, by path."""

    __slots__ = ("domain", "schemas")

    def __init__(self, domain: str) -> None:
        self.domain = domain
        self.schemas = _catalog.domain(domain).schemas

    def model(self, name: str, record: Mapping[str, Any], odd: dict[str, Any], strict_first: bool) -> Any:
        cls = _catalog.model_class(self.domain, name)
        if strict_first:
            try:
                return cls.from_dict(record)
            except _PARSE_ERRORS:
                pass
        names: tuple[str, ...] | None = getattr(cls, "_json_names", None)
        if names is None:
            raise TypeError(f"{cls.__name__} cannot be built field by field")
        schema = self.schemas.get(name, {})
        properties: Mapping[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or ())
        mine: dict[str, Any] = {}
        unset = _unset(self.domain)
        values = []
        for key in names:
            if key in record:
                values.append(self.value(properties.get(key, {}), record[key], key, mine))
            elif key in required:
                mine[key] = ABSENT
                values.append(None)
            else:
                values.append(unset)
        built = _odd_class(cls, self.domain)(*values)
        built.additional_properties = {key: value for key, value in record.items() if key not in properties}
        object.__setattr__(built, _ODD_SLOT, MappingProxyType(mine))
        odd.update(mine)
        return built

    def value(self, schema: Mapping[str, Any], value: Any, where: str, odd: dict[str, Any]) -> Any:
        if value is None:
            if not _nullable(schema) and self.converts(schema):
                odd[where] = None
            return None
        options = _options(schema)
        if len(options) == 1:
            return self.one(options[0], value, where, odd)
        first: tuple[Any, dict[str, Any]] | None = None
        for option in options:
            trial: dict[str, Any] = {}
            result = self.one(option, value, where, trial)
            if not trial:
                return result
            first = first or (result, trial)
        assert first is not None
        odd.update(first[1])
        return first[0]

    def converts(self, schema: Mapping[str, Any]) -> bool:
        """Whether the generated code converts a value of `schema` (and so cannot take None in its place)."""
        for option in _options(schema):
            name = _catalog.schema_name(option)
            if name is not None:
                target = self.schemas.get(name, {})
                if "enum" in target or name in _catalog.domain(self.domain).models:
                    return True
                option = target
            kinds = option.get("type")
            kinds = [kinds] if isinstance(kinds, str) else kinds or []
            if "array" in kinds or option.get("format") in ("date", "date-time"):
                return True
        return False

    def one(self, schema: Mapping[str, Any], value: Any, where: str, odd: dict[str, Any]) -> Any:
        name = _catalog.schema_name(schema)
        if name is not None:
            target = self.schemas.get(name, {})
            if name in _catalog.domain(self.domain).models:
                if "enum" in target:
                    try:
                        return _catalog.model_class(self.domain, name)(value)
                    except _PARSE_ERRORS:
                        odd[where] = value
                        return None
                if not isinstance(value, Mapping):
                    odd[where] = value
                    return None
                inner: dict[str, Any] = {}
                built = self.model(name, value, inner, strict_first=True)
                odd.update({f"{where}.{path}": raw for path, raw in inner.items()})
                return built
            schema = target
        kinds = schema.get("type")
        kinds = [kinds] if isinstance(kinds, str) else kinds or []
        if "array" in kinds:
            if not isinstance(value, list):
                odd[where] = value
                return None
            items = schema.get("items") or {}
            return [self.value(items, item, f"{where}[{index}]", odd) for index, item in enumerate(value)]
        form = schema.get("format")
        if form == "date":
            return _date(value, where, odd)
        if form == "date-time":
            try:
                return _dt.datetime.fromisoformat(value)
            except _PARSE_ERRORS:
                odd[where] = value
                return None
        return value


def _date(value: Any, where: str, odd: dict[str, Any]) -> _dt.date | None:
    """A declared date: as the date; a date and time of day as its date (the time kept in `odd`); else None."""
    try:
        return _dt.date.fromisoformat(value)
    except _PARSE_ERRORS:
        pass
    try:
        moment = _dt.datetime.fromisoformat(value)
    except _PARSE_ERRORS:
        odd[where] = value
        return None
    if moment.time() != _MIDNIGHT:
        odd[where] = value
    return moment.date()


def tolerant_model(domain: str, schema_name: str, record: Mapping[str, Any]) -> Any:
    """`record` as the model of `schema_name`, built field by field: what fits is typed, what does not reads None
    (see `odd_fields`) and is reported once per model and field."""
    odd: dict[str, Any] = {}
    built = _Build(domain).model(schema_name, record, odd, strict_first=False)
    _report(schema_name, odd)
    return built


# Reported (model, field path with `[]` for any index) pairs, for the life of the process.
_reported: set[tuple[str, str]] = set()
_reported_lock = threading.Lock()
_INDEX = re.compile(r"\[\d+\]")


def _kind_of(raw: Any) -> str:
    if raw is ABSENT:
        return "is missing"
    if raw is None:
        return "is null"
    return f"holds a {type(raw).__name__} that does not fit"


def _report(model: str, odd: Mapping[str, Any]) -> None:
    for path, raw in odd.items():
        key = (model, _INDEX.sub("[]", path))
        with _reported_lock:
            if key in _reported:
                continue
            _reported.add(key)
        message = (
            f"{model}: field {key[1]} {_kind_of(raw)}; the record stays typed, the field reads None (a date sent "
            "with a time of day reads as its date) and servicetitan.odd_fields(record) holds the value as received "
            "(reported once per model and field)"
        )
        _log.warning(message)
        # A report never fails the read, even where warning filters turn warnings into errors.
        with contextlib.suppress(OddFieldWarning):
            warnings.warn(message, OddFieldWarning, stacklevel=4)


def _tolerant(parse: Parser, record: Mapping[str, Any], model: str, error: Exception) -> Any:
    source = _source_of(parse)
    if source is not None:
        try:
            return tolerant_model(source[0], source[1], record)
        except (*_PARSE_ERRORS, RecursionError) as exc:
            error = exc
    reason = f"{type(error).__name__}: {error}"
    _log.warning("a %s record did not fit its model and is returned unparsed (%s)", model, reason)
    return UnparsedRecord(record, reason, model)


def parse_record(parse: Parser | None, record: Any, model: str) -> Any:
    """One record of a list: its model, built field by field when a field does not fit (`odd_fields`); an
    `UnparsedRecord` when it is not a JSON object."""
    if parse is None:
        return record
    if not isinstance(record, Mapping):
        reason = f"the record is {_json_kind(record)}, not an object"
        _log.warning("a %s record is returned unparsed: %s", model, reason)
        return UnparsedRecord(record, reason, model)
    try:
        return parse(record)
    except _PARSE_ERRORS as exc:
        return _tolerant(parse, record, model, exc)


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return f"a {type(value).__name__}"


def parse_records(parse: Parser | None, records: list[Any], model: str) -> list[Any]:
    """`parse_record` of each record of a page. A page of objects is parsed in one pass, without a call and a
    check per record; only a page where a record does not fit is parsed again record by record, so that that
    record, and only it, is built field by field (parsing is pure, so the second pass gives every other record
    alike)."""
    if parse is None:
        return records
    if {*map(type, records)} == {dict}:
        try:
            return [parse(record) for record in records]
        except _PARSE_ERRORS:
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


def _no_pause_in_child() -> None:
    """A fork can land while a thread of the parent decodes a page; that thread is not in the child, which starts
    with no pause, the lock unlocked and the collector as it was before the pauses."""
    global _pause_lock, _pauses, _resume_collector
    _pause_lock = threading.Lock()
    if _pauses and _resume_collector:
        gc.enable()
    _pauses = 0
    _resume_collector = False


os.register_at_fork(after_in_child=_no_pause_in_child)

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
# documents declare these fields `type: string` (no format), so no schema type tells them apart from text. Every
# money-like field of every stream is either a `format: decimal` number or classified here or as text by hand
# (tests/dlt/test_money_columns.py); `MONEY_AS_TEXT_EVIDENCE` names the document that declares each one a string.
_INVOICE_MONEY = ("balance", "discountTotal", "salesTax", "subTotal", "total")
_INVOICE_ITEM_MONEY = ("cost", "memberPrice", "price", "total", "totalCost")
_PAYMENT_MONEY = ("total", "unappliedAmount")
_BILL_ITEM_MONEY = ("allocatedOtherCosts", "allocatedShipping", "allocatedTax", "cost", "fullyLandedUnitCost")
_INVENTORY_BILL_MONEY = ("billAmount", "otherAmount", "shippingAmount", "taxAmount")
_AP_BILL_MONEY = (
    *_INVENTORY_BILL_MONEY,
    "postTaxCharge",
    "postTaxDiscountAmount",
    "preTaxCharge",
    "preTaxDiscountAmount",
    "vendorInvoiceTotal",
)
MONEY_AS_TEXT: Mapping[str, tuple[str, ...]] = {
    "Accounting.V2.InvoiceResponse": _INVOICE_MONEY,
    "Accounting.V2.ExportInvoiceResponse": _INVOICE_MONEY,
    "Accounting.V2.InvoiceItemResponse": _INVOICE_ITEM_MONEY,
    "Accounting.V2.ExportInvoiceItemResponse": _INVOICE_ITEM_MONEY,
    "Accounting.V2.DetailedPaymentResponse": _PAYMENT_MONEY,
    "Accounting.V2.ExportPaymentResponse": _PAYMENT_MONEY,
    "Accounting.V2.PaymentAppliedResponse": ("appliedAmount",),
    "Accounting.V2.InventoryBillResponse": _INVENTORY_BILL_MONEY,
    "Accounting.V2.ExportInventoryBillResponse": _INVENTORY_BILL_MONEY,
    "Accounting.V2.InventoryBillItemResponse": _BILL_ITEM_MONEY,
    "Accounting.V2.ApBillResponse": _AP_BILL_MONEY,
    "Accounting.V2.ApBillItemResponse": _BILL_ITEM_MONEY,
    "Accounting.V2.ApBillExpenseItemResponse": ("amount",),
}
_ACCOUNTING = "accounting-v2.json declares them `type: string` (no format) in "
MONEY_AS_TEXT_EVIDENCE: Mapping[str, str] = {name: _ACCOUNTING + name for name in MONEY_AS_TEXT}

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


def exact_amount(value: Any) -> Any:
    """The one reading of an amount as an exact Decimal: a float by its shortest repr, an integer, or text that
    is a finite number. Anything else (text that is no amount, None, a bool) is returned as received."""
    from decimal import Decimal, InvalidOperation  # only exact readings come here

    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            return value
        return number if number.is_finite() else value
    return value


def _money_text(value: Any, plan: MoneyPlan) -> None:
    """Turn the money sent as text in `value` (a record or a list of records) into Decimal, in place."""
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
            value[name] = exact_amount(found)


@dataclass(frozen=True, slots=True)
class MoneyReading:
    """How a client with `decimals=True` decodes the dict results of one list or feed: fractions as Decimal,
    and the money its records carry as text (`plan`) as Decimal."""

    plan: MoneyPlan

    def envelope(self, response: httpx.Response) -> Any:
        body = page_body(response, decimals=True)
        if self.plan:  # the paged envelope, or the bare array a few lists answer
            _money_text(body.get("data") if isinstance(body, Mapping) else body, self.plan)
        return body


def money_reading(client: Core, operation: Operation, as_dicts: bool) -> MoneyReading | None:
    """The `MoneyReading` of a list or feed of `operation` read as dicts by a client with `decimals=True`; None
    otherwise (models are parsed from floats, as their fields declare)."""
    if not as_dicts or not client.decimals:
        return None
    item = item_schema(operation.domain, operation.success_schema())
    name = None if item is None else _nested_schema_name(item)
    return MoneyReading({} if name is None else money_plan(operation.domain, name))


def page_json(response: httpx.Response, money: MoneyReading | None = None) -> Any:
    """The JSON body of a page of a list or feed (`servicetitan._bodies.page_body`); with `money`, an envelope of
    dict records decoded with Decimal money (see `MoneyReading`)."""
    return page_body(response) if money is None else money.envelope(response)


def parse_single(parse: Parser | None, response: httpx.Response, model: str) -> Any:
    """A single-record answer: its model, built field by field when a field does not fit (`odd_fields`). An
    empty body gives None; a body that is not a JSON object (`null`, an array, a scalar) raises
    `ResponseValidationError`, as does an object that cannot be built at all."""
    body = response_json(response)
    if parse is None or (body is None and not response.content.strip()):
        return body
    if not isinstance(body, Mapping):
        raise ResponseValidationError.of(
            f"the answer is {_json_kind(body)} where {model} (an object) was expected", response, body
        )
    try:
        return parse(body)
    except _PARSE_ERRORS as exc:
        source = _source_of(parse)
        if source is None:
            raise ResponseValidationError.of(
                f"the answer does not fit {model}: {type(exc).__name__}: {exc}", response, body
            ) from exc
        try:
            return tolerant_model(source[0], source[1], body)
        except (*_PARSE_ERRORS, RecursionError) as again:
            raise ResponseValidationError.of(
                f"the answer does not fit {model}: {type(again).__name__}: {again}", response, body
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
