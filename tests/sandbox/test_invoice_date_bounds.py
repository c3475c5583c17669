"""The invoice list's `invoicedOnOrAfter` / `invoicedOnBefore` bound the records' `invoiceDate` (the parameter
and the field are named apart), so "what did we invoice last week" is answered from the sandbox, not every
invoice."""

from __future__ import annotations

from servicetitan import ServiceTitan
from servicetitan.sandbox import DEFAULT_TENANT, Sandbox, serve


def test_invoiced_on_bounds_select_by_invoice_date() -> None:
    sandbox = Sandbox(jobs=40)
    credentials = sandbox.credentials
    with (
        serve(sandbox) as url,
        ServiceTitan(
            client_id=credentials.client_id,
            client_secret=credentials.client_secret,
            app_key=credentials.app_key,
            tenant=DEFAULT_TENANT,
            api_url=url,
            token_url=f"{url}/connect/token",
        ) as st,
    ):
        everything = st.list_invoices(fetch_all=True, as_dicts=True).to_list()
        week = st.list_invoices(
            fetch_all=True, as_dicts=True, invoiced_on_or_after="2024-03-04", invoiced_on_before="2024-03-11"
        ).to_list()
    expected = sorted(i["id"] for i in everything if "2024-03-04" <= i["invoiceDate"][:10] < "2024-03-11")
    assert expected
    assert len(expected) < len(everything)
    assert sorted(i["id"] for i in week) == expected
