"""Spec patches make the generated code accept real-world shapes; odd values never fail a parse."""

import datetime
import warnings
from types import ModuleType
from typing import Any

import pytest

from servicetitan import _catalog
from servicetitan_raw._enums import UnknownEnumValueWarning


def minimal(domain: str, schema: dict[str, Any]) -> Any:
    """The smallest value of a schema: required properties only, first enum value, first oneOf branch."""
    schema = dict(_catalog.resolve_schema(domain, schema))
    if "oneOf" in schema:
        return minimal(domain, schema["oneOf"][0])
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "properties" in schema:
        return {name: minimal(domain, schema["properties"][name]) for name in schema.get("required", [])}
    formats = {"date-time": "2024-01-09T18:32:41.6833333Z", "date": "2024-01-09"}
    defaults = {
        "string": formats.get(schema.get("format", ""), "x"),
        "integer": 1,
        "number": 1.5,
        "boolean": True,
        "array": [],
    }
    return defaults[kind]


def parse(domain: str, schema_name: str, class_name: str, **overrides: Any) -> Any:
    import importlib

    record = minimal(domain, _catalog.domain(domain).schemas[schema_name])
    record.update(overrides)
    cls = getattr(importlib.import_module(f"servicetitan_raw.{domain}.models"), class_name)
    return cls.from_dict(record)


@pytest.mark.parametrize(
    ("domain", "schema_name", "class_name"),
    [
        ("inventory", "Inventory.V2.PurchaseOrderTypeResponse", "InventoryV2PurchaseOrderTypeResponse"),
        ("inventory", "Inventory.V2.InventoryReceiptResponse", "InventoryV2InventoryReceiptResponse"),
        ("accounting", "Accounting.V2.ApBillResponse", "AccountingV2ApBillResponse"),
        ("accounting", "Accounting.V2.InventoryBillResponse", "AccountingV2InventoryBillResponse"),
    ],
)
def test_landed_cost_method_accepts_its_integer_code(
    codegen: ModuleType, domain: str, schema_name: str, class_name: str
) -> None:
    schema = _catalog.domain(domain).schemas.get(schema_name, {})
    if "landedCostMethod" not in schema.get("properties", {}):
        # The document adopted has no such field (2025-10's): the patch that fixes it waits for one that has it.
        waiting: list[str] = []
        codegen.prepare(waiting)
        assert any(f"-{domain}-landed-cost-method-integer.json: not applied" in line for line in waiting)
        return
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parsed = parse(domain, schema_name, class_name, landedCostMethod=0)
    assert parsed.landed_cost_method == 0
    assert parsed.to_dict()["landedCostMethod"] == 0
    assert str(parse(domain, schema_name, class_name, landedCostMethod="ByValue").landed_cost_method) == "ByValue"


@pytest.mark.parametrize(
    "class_name",
    [
        "AccountingV2JournalEntryResponse",
        "AccountingV2JournalEntrySummaryResponse",
        "AccountingV2JournalEntryDetailsResponse",
    ],
)
def test_journal_entry_post_date_without_zone_parses(class_name: str) -> None:
    schema_name = class_name.replace("AccountingV2", "Accounting.V2.")
    parsed = parse("accounting", schema_name, class_name, postDate="2024-01-09T00:00:00")
    assert parsed.post_date == datetime.datetime(2024, 1, 9)


def test_invoice_without_the_fields_the_server_omits_parses() -> None:
    from servicetitan_raw.accounting.models import AccountingV2InvoiceResponse

    invoice = AccountingV2InvoiceResponse.from_dict({"id": 42, "total": "10.50"})
    assert (invoice.id, invoice.total) == (42, "10.50")


def test_payments_create_is_generated_with_its_request_body() -> None:
    from servicetitan_raw.accounting.api.payments import payments_create
    from servicetitan_raw.accounting.models import AccountingV2PaymentCreateRequest

    # The smallest body the document adopted allows (the legacy edition's, or a download's own Payments_Create).
    schema = _catalog.domain("accounting").schemas["Accounting.V2.PaymentCreateRequest"]
    body = AccountingV2PaymentCreateRequest.from_dict({**minimal("accounting", schema), "typeId": 3})
    kwargs = payments_create._get_kwargs(tenant=7, body=body)
    assert kwargs["method"] == "post"
    assert kwargs["url"] == "/accounting/v2/tenant/7/payments"
    assert kwargs["json"]["typeId"] == 3


def test_unknown_enum_value_is_kept_and_reported() -> None:
    from servicetitan_raw.jpm.models import JpmV2JobStatus

    with pytest.warns(UnknownEnumValueWarning, match="'Teleported'"):
        status = JpmV2JobStatus("Teleported")
    assert status == "Teleported"
    assert status.value == "Teleported"
    assert isinstance(status, JpmV2JobStatus)
    assert JpmV2JobStatus("Teleported") is status
    with pytest.raises(ValueError, match="is not a valid"):
        JpmV2JobStatus(None)


def test_unknown_enum_value_and_extra_field_in_a_response_parse() -> None:
    from servicetitan_raw.dispatch.models import DispatchV2AppointmentAssignmentResponse

    schema = _catalog.domain("dispatch").schemas["Dispatch.V2.AppointmentAssignmentResponse"]
    enum_fields = [
        name
        for name, prop in schema["properties"].items()
        if "Status" in str(prop) and name in schema.get("required", [])
    ]
    assert enum_fields, "the assignment response carries a required status enum"
    with pytest.warns(UnknownEnumValueWarning):
        parsed = parse(
            "dispatch",
            "Dispatch.V2.AppointmentAssignmentResponse",
            "DispatchV2AppointmentAssignmentResponse",
            **{enum_fields[0]: "BrandNewStatus", "surpriseField": {"nested": [1, 2]}},
        )
    assert parsed.to_dict()[enum_fields[0]] == "BrandNewStatus"
    assert parsed.additional_properties["surpriseField"] == {"nested": [1, 2]}
    assert isinstance(parsed, DispatchV2AppointmentAssignmentResponse)
