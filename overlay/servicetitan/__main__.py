"""`python -m servicetitan demo`: a realistic flow through the actions, on the embedded sandbox, no credentials;
and the entry point of the `servicetitan` command, whose other commands need the `cli` extra.

It starts the sandbox (the `sandbox` extra) on a free loopback port, then books work the way an integration
does: customer -> location -> contact -> job -> appointment -> technicians assigned -> invoice items ->
payment -> cancel, reading each result back and printing what it did. The same code runs against ServiceTitan
itself: only the client's constructor differs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from servicetitan._client import ServiceTitan
from servicetitan._parsing import UnparsedRecord
from servicetitan.pagination import Page

T = TypeVar("T")


def first(page: Page[T | UnparsedRecord]) -> T:
    """The first record of a page, which must have fit its model (a list may hold records that did not)."""
    for record in page.records:
        if isinstance(record, UnparsedRecord):
            raise ValueError(f"a {record.model} record did not fit its model: {record.error}")
        return record
    raise LookupError("the page is empty")


def run_flow(st: ServiceTitan, say: Callable[[str], None]) -> dict[str, int]:
    """The demo's flow against any tenant; returns the ids it created."""
    address = {"street": "1200 Harbor Blvd", "city": "Costa Mesa", "state": "CA", "zip": "92626", "country": "USA"}
    customer = st.create_customer(
        name="Harbor Dental Group",
        type="Commercial",
        address=address,
        locations=[{"name": "Harbor Dental - Main Office", "address": address}],
    )
    say(f"created customer #{customer.id} {customer.name!r}")
    location = st.create_location(
        customer_id=customer.id,
        name="Harbor Dental - Annex",
        address={**address, "street": "1210 Harbor Blvd"},
    )
    say(f"created location #{location.id} {location.name!r} for customer #{customer.id}")
    contact = st.create_customer_contact(
        id=customer.id, type="MobilePhone", value="714-555-0142", memo="Office manager"
    )
    say(f"added contact #{contact.id} ({contact.type_} {contact.value}) to customer #{customer.id}")

    business_unit = first(st.list_business_units(page_size=1))
    template = first(st.list_jobs(page_size=1))
    start = dt.datetime.now(dt.UTC).replace(minute=0, second=0, microsecond=0) + dt.timedelta(days=2)
    job = st.create_job(
        customer_id=customer.id,
        location_id=location.id,
        business_unit_id=business_unit.id,
        job_type_id=template.job_type_id,
        campaign_id=template.campaign_id,
        priority="High",
        appointments=[{"start": start, "end": start + dt.timedelta(hours=2)}],
    )
    say(f"created job #{job.id} (number {job.job_number}, {job.job_status}) in business unit {business_unit.name!r}")

    appointment = st.create_appointment(
        job_id=job.id, start=start + dt.timedelta(days=7), end=start + dt.timedelta(days=7, hours=3)
    )
    say(f"added follow-up appointment #{appointment.id} ({appointment.start:%Y-%m-%d %H:%M} UTC) to job #{job.id}")
    technicians = st.select_technician()[:2]
    st.assign_technicians(job_appointment_id=appointment.id, technician_ids=[int(t["key"]) for t in technicians])
    assigned = st.list_appointments_assignment(appointment_ids=str(appointment.id))
    names = ", ".join(a.technician_name for a in assigned.records if not isinstance(a, UnparsedRecord))
    say(f"assigned {len(assigned.records)} technicians to appointment #{appointment.id}: {names}")

    invoice_id = st.get_job(id=job.id).invoice_id
    st.update_invoice_items(
        invoice_id=invoice_id, description="Replace compressor contactor", quantity=1, unit_price=189.5
    )
    invoice = first(st.list_invoices(ids=str(invoice_id)))
    say(f"added an item to invoice #{invoice_id}: total {invoice.total}, balance {invoice.balance}")

    # Payments list their type id as a string; creating one takes the number.
    payment_type = int(first(st.list_payments(page_size=1)).type_id)
    payment = st.create_payment(
        type_id=payment_type,
        customer_id=customer.id,
        amount=50.0,
        paid_on=dt.datetime.now(dt.UTC),
        memo="Deposit",
        splits=[{"invoice_id": invoice_id, "amount": 50.0}],
    )
    say(f"recorded payment #{payment.id} of {payment.splits[0].amount} against invoice #{invoice_id}")

    reason = first(st.list_job_cancel_reasons(page_size=1))
    st.cancel_job(id=job.id, reason_id=reason.id, memo="Customer rescheduled with another provider")
    say(f"canceled job #{job.id} ({reason.name!r}); it is now {st.get_job(id=job.id).job_status}")
    return {"customer": customer.id, "location": location.id, "job": job.id, "appointment": appointment.id}


def demo(jobs: int) -> int:
    try:
        from servicetitan.sandbox import DEFAULT_TENANT, Sandbox, serve
    except ImportError:
        print('the demo runs on the sandbox: pip install "servicetitan[sandbox]"', file=sys.stderr)
        return 1
    sandbox = Sandbox(jobs=jobs)
    credentials = sandbox.credentials
    with serve(sandbox) as base_url:
        print(f"sandbox running at {base_url} (tenant {DEFAULT_TENANT}, {jobs} seeded jobs)")
        with ServiceTitan(
            client_id=credentials.client_id,
            client_secret=credentials.client_secret,
            app_key=credentials.app_key,
            tenant=DEFAULT_TENANT,
            api_url=base_url,
            token_url=f"{base_url}/connect/token",
        ) as st:
            run_flow(st, lambda line: print(f"  - {line}", flush=True))
    print("done")
    return 0


CLI_MODULES = ("click", "rich", "dlt", "pyarrow")
# Commands that need less than the whole `cli` extra: the modules they need, and the extra that has them.
COMMAND_NEEDS = {"mcp": (("click",), "mcp")}


def missing_cli_module(modules: tuple[str, ...] = CLI_MODULES) -> str | None:
    """The first of `modules` (by default those of the `cli` extra) that cannot be imported (looked up, not
    imported: dlt is slow to load)."""
    for name in modules:
        try:
            found = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            found = None
        if found is None:
            return name
    return None


def demo_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="servicetitan demo")
    parser.add_argument("--jobs", type=int, default=200, help="jobs seeded in the sandbox tenant")
    args: Any = parser.parse_args(argv)
    return demo(args.jobs)


def main(argv: Sequence[str] | None = None) -> int:
    """`servicetitan demo` runs without any extra; every other command is the CLI (`servicetitan.cli`)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["demo"]:
        return demo_main(arguments[1:])
    modules, extra = COMMAND_NEEDS.get(arguments[0] if arguments else "", (CLI_MODULES, "cli"))
    missing = missing_cli_module(modules)
    if missing is not None:
        print(
            f"the servicetitan command needs the {extra} extra ({missing} is missing): "
            f'pip install "servicetitan[{extra}]"'
            "\n(`servicetitan demo` works without it)",
            file=sys.stderr,
        )
        return 1
    from servicetitan.cli import main as cli_main

    return cli_main(arguments)


if __name__ == "__main__":
    sys.exit(main())
