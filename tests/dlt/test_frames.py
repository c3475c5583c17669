"""`servicetitan.frames`: records of any page, stream or feed as one Arrow table, or batch by batch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from servicetitan import ServiceTitan
from servicetitan.frames import record_batches, to_arrow
from servicetitan.sandbox import DEFAULT_TENANT, Sandbox, serve


@pytest.fixture
def st() -> Iterator[ServiceTitan]:
    sandbox = Sandbox(jobs=30)
    with serve(sandbox) as url:
        credentials = sandbox.credentials
        with ServiceTitan(
            client_id=credentials.client_id,
            client_secret=credentials.client_secret,
            app_key=credentials.app_key,
            tenant=DEFAULT_TENANT,
            api_url=url,
            token_url=f"{url}/connect/token",
        ) as client:
            yield client


def test_a_fetch_all_stream_becomes_one_table_of_every_record(st: ServiceTitan) -> None:
    records = list(st.jpm.jobs.get_list(fetch_all=True, as_dicts=True))
    table = to_arrow(st.jpm.jobs.get_list(fetch_all=True, as_dicts=True), batch_size=7)
    assert table.num_rows == len(records) == 30
    assert table.column("id").to_pylist() == [record["id"] for record in records]


def test_typed_records_convert_through_their_api_field_names(st: ServiceTitan) -> None:
    typed = to_arrow(st.jpm.jobs.get_list(fetch_all=True))
    plain = to_arrow(st.jpm.jobs.get_list(fetch_all=True, as_dicts=True))
    assert "jobNumber" in typed.column_names
    assert typed.column("jobNumber").to_pylist() == plain.column("jobNumber").to_pylist()


def test_batches_stream_and_differing_types_are_unified() -> None:
    rows = [{"id": 1, "address": None}, {"id": 2, "address": {"city": "Irvine"}}, {"id": 3, "address": None}]
    batches = list(record_batches(rows, batch_size=1))
    assert [batch.num_rows for batch in batches] == [1, 1, 1]
    assert to_arrow(rows, batch_size=1).to_pylist() == rows
    assert to_arrow([]).num_rows == 0
    with pytest.raises(ValueError, match="batch_size must be at least 1"):
        list(record_batches(rows, batch_size=0))
