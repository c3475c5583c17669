"""Invoices (adjustments, fields, items, custom fields) and payments: each write, read back through the lists."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from servicetitan.errors import NotFoundError, ValidationError
from servicetitan.sandbox import FIRST_IDS
from servicetitan.sandbox.seed import ITEMS_PER_INVOICE
from servicetitan_raw.accounting.models import AccountingV2PaymentResponse
from tests.overlay.conftest import call

from .conftest import Client

pytestmark = [pytest.mark.anyio, pytest.mark.vcr]

INVOICE = FIRST_IDS["invoices"] + 5
INVOICE_ITEMS = [FIRST_IDS["invoice_items"] + 5 * ITEMS_PER_INVOICE + n for n in range(ITEMS_PER_INVOICE)]
PAYMENT = FIRST_IDS["payments"] + 3


async def invoice(st: Client, invoice_id: int) -> Any:
    [found] = (await call(st, "list_invoices", ids=str(invoice_id))).records
    return found


async def payment(st: Client, payment_id: int) -> Any:
    [found] = (await call(st, "list_payments", ids=str(payment_id))).records
    return found


def custom_fields(record: Any) -> dict[str, str]:
    return {field.name: field.value for field in record.custom_fields}


@pytest.mark.default_cassette("create_invoices")
async def test_create_invoices(st: Client) -> None:
    original = await invoice(st, INVOICE)
    created = await call(
        st,
        "create_invoices",
        adjustment_to_id=INVOICE,
        summary="Refund of the diagnostic fee",
        items=[{"skuId": 900, "description": "Diagnostic fee refund", "quantity": 1, "unitPrice": -45}],
    )
    assert isinstance(created, int)
    assert created != INVOICE
    adjustment = await invoice(st, created)
    assert (adjustment.adjustment_to_id, adjustment.summary) == (INVOICE, "Refund of the diagnostic fee")
    assert adjustment.customer.id == original.customer.id
    assert [(item.description, item.total) for item in adjustment.items] == [("Diagnostic fee refund", "-45.00")]


@pytest.mark.default_cassette("update_invoice")
async def test_update_invoice(st: Client) -> None:
    before = await invoice(st, INVOICE)
    assert await call(st, "update_invoice", id=INVOICE, summary="Replaced the capacitor", number="INV-42") is None
    after = await invoice(st, INVOICE)
    assert (after.summary, after.reference_number) == ("Replaced the capacitor", "INV-42")
    assert after.total == before.total
    with pytest.raises(NotFoundError):
        await call(st, "update_invoice", id=FIRST_IDS["invoices"] - 1, summary="nobody")


@pytest.mark.default_cassette("update_invoice_custom_fields")
async def test_update_invoice_custom_fields(st: Client) -> None:
    operations = [
        {"objectId": INVOICE, "customFields": [{"name": "Warranty", "value": "Yes"}]},
        {"objectId": INVOICE + 1, "customFields": [{"name": "Warranty", "value": "No"}]},
    ]
    assert await call(st, "update_invoice_custom_fields", operations=operations) is None
    assert custom_fields(await invoice(st, INVOICE)) == {"Warranty": "Yes"}
    assert custom_fields(await invoice(st, INVOICE + 1)) == {"Warranty": "No"}


@pytest.mark.default_cassette("update_invoice_items")
async def test_update_invoice_items(st: Client) -> None:
    first = INVOICE_ITEMS[0]
    change = {"description": "Diagnostic", "quantity": 3, "unit_price": 10}
    assert await call(st, "update_invoice_items", invoice_id=INVOICE, id=first, **change) is None
    after = await invoice(st, INVOICE)
    changed = next(item for item in after.items if item.id == first)
    # Invoice amounts arrive as strings.
    assert (changed.description, changed.quantity, changed.price, changed.total) == (
        "Diagnostic",
        "3.00",
        "10.00",
        "30.00",
    )
    assert [item.id for item in after.items] == INVOICE_ITEMS


@pytest.mark.default_cassette("delete_invoice_item")
async def test_delete_invoice_item(st: Client) -> None:
    kept, deleted = INVOICE_ITEMS
    assert await call(st, "delete_invoice_item", invoice_id=INVOICE, item_id=deleted) is None
    after = await invoice(st, INVOICE)
    assert [item.id for item in after.items] == [kept]
    assert after.sub_total == next(item.total for item in after.items)
    with pytest.raises(NotFoundError):
        await call(st, "delete_invoice_item", invoice_id=INVOICE, item_id=deleted)


@pytest.mark.default_cassette("create_payment")
async def test_create_payment(st: Client) -> None:
    created = await call(
        st,
        "create_payment",
        type_id=1,
        memo="Paid at the door",
        splits=[{"invoiceId": INVOICE, "amount": Decimal("25.50")}],
    )
    assert isinstance(created, AccountingV2PaymentResponse)
    assert (created.type_id, created.memo) == (1, "Paid at the door")
    assert [(split.invoice_id, split.amount) for split in created.splits] == [(INVOICE, 25.5)]
    listed = await payment(st, created.id)
    assert (listed.memo, listed.total) == ("Paid at the door", "25.50")
    assert [applied.applied_to for applied in listed.applied_to] == [INVOICE]


@pytest.mark.default_cassette("update_payment")
async def test_update_payment(st: Client) -> None:
    updated = await call(
        st, "update_payment", id=PAYMENT, type_id=2, memo="Paid by check", check_number="1203", splits=[]
    )
    assert isinstance(updated, AccountingV2PaymentResponse)
    assert (updated.id, updated.type_id, updated.memo, updated.check_number) == (PAYMENT, 2, "Paid by check", "1203")
    listed = await payment(st, PAYMENT)
    # The detailed (list) shape declares typeId a string.
    assert (listed.type_id, listed.memo, listed.check_number) == ("2", "Paid by check", "1203")


@pytest.mark.default_cassette("update_payment_custom_fields")
async def test_update_payment_custom_fields(st: Client) -> None:
    operations = [{"objectId": PAYMENT, "customFields": [{"name": "Batch", "value": "B-7"}]}]
    assert await call(st, "update_payment_custom_fields", operations=operations) is None
    assert custom_fields(await payment(st, PAYMENT)) == {"Batch": "B-7"}
    with pytest.raises(ValidationError) as dangling:
        await call(st, "update_payment_custom_fields", operations=[{**operations[0], "objectId": PAYMENT - 100}])
    assert set(dangling.value.errors) == {"operations[0].objectId"}
