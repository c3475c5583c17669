"""`--sandbox-deviations production`: `servicetitan sync --sandbox` and `servicetitan export --sandbox` read the
sandbox that answers as production was seen to (sorts ignored or refused, pages from 0, nulls,
missing keys, dates with times), and every record arrives once.

The embedded sandbox lives in the command's process; a `Sandbox` built here with the same jobs count and profile
holds the same records (the seed is fixed), so it is the oracle of what the command had to read."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest

from servicetitan._operations import spec_for
from servicetitan.sandbox import Sandbox
from tests.cli.conftest import run

JOBS = 40
SANDBOX = ("--sandbox", "--sandbox-deviations", "production", "--sandbox-jobs", str(JOBS))
# export target -> (table of `sync`, (domain, operationId)) of the lists the production profile makes deviate.
DEVIATING = {
    "pricebook.services": ("pricebook_services", ("pricebook", "Services_GetList")),
    "pricebook.materials": ("pricebook_materials", ("pricebook", "Materials_GetList")),
    "pricebook.categories": ("pricebook_categories", ("pricebook", "Categories_GetList")),
    "marketing.campaigns": ("marketing_campaigns", ("marketing", "Campaigns_GetList")),
    "dispatch.technician_shifts": ("dispatch_technician_shifts", ("dispatch", "TechnicianShifts_GetList")),
    "settings.intacct_business_unit_mappings.get": (
        "settings_intacct_business_unit_mappings_get",
        ("settings", "IntacctBusinessUnitMappings_Get"),
    ),
    "crm.customers": ("crm_customers", ("crm", "Customers_GetList")),
    "service_agreements.service_agreements": (
        "service_agreements_service_agreements",
        ("service_agreements", "ServiceAgreements_GetList"),
    ),
}
FEED = ("service_agreements.export.service_agreements", ("service_agreements", "Export_ServiceAgreements"))


def bare_env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if not key.startswith("SERVICETITAN_")}


def oracle() -> Sandbox:
    return Sandbox(jobs=JOBS, deviations="production")


def stored(sandbox: Sandbox, key: tuple[str, str], *, as_listed: bool = False) -> list[dict[str, Any]]:
    """The store's records of `key`; `as_listed`: those the list answers by default (a list that takes `active`
    answers active records unless asked otherwise, as `export` leaves it)."""
    active_only = as_listed and any(given.python_name == "active" for given in spec_for(*key).inputs)
    records = sandbox.records(*key).records()
    return sorted(
        (record for record in records if not active_only or record.get("active", True)), key=lambda r: r["id"]
    )


def test_sandbox_deviations_is_shown_and_refused_without_sandbox(tmp_path: Path) -> None:
    shown = run(bare_env(), "sync", "--help")
    assert shown.returncode == 0, shown.stderr
    assert "--sandbox-deviations [documents|production]" in shown.stdout
    refused = run(bare_env(), "sync", "--sandbox-deviations", "production", "--to", f"duckdb:///{tmp_path / 'x'}")
    assert refused.returncode == 2
    assert "--sandbox-deviations applies to the embedded sandbox only: give --sandbox with it" in refused.stderr
    assert not (tmp_path / "x").exists()
    unknown = run(bare_env(), "export", "crm.customers", "--sandbox", "--sandbox-deviations", "prod")
    assert unknown.returncode == 2
    assert "'prod' is not one of 'documents', 'production'" in unknown.stderr


def test_sync_loads_every_record_of_the_deviating_lists_of_a_production_profile_tenant(tmp_path: Path) -> None:
    """The command on the lists the production profile makes deviate; that every other stream of the profile
    loads too is shown by the dlt source's own whole-tenant load (tests/dlt/test_production_profile.py), and the
    command's whole-tenant sync by the README's command (tests/cli/test_sync.py): a third whole-tenant load here
    would add two minutes of processor time to the suite and no case."""
    database = tmp_path / "st.duckdb"
    streams = [table for table, _ in DEVIATING.values()]
    done = run(bare_env(), "sync", *SANDBOX, "--to", f"duckdb:///{database}", "--streams", ",".join(streams),
               cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"synced tenant(s) 1000001 into {database}")
    summarized = {line.split(":")[0].strip() for line in done.stdout.splitlines()[1:]}
    assert summarized == set(streams)
    sandbox = oracle()
    with duckdb.connect(str(database), read_only=True) as db:
        for table, key in DEVIATING.values():
            loaded = [row[0] for row in db.execute(f"select id from servicetitan.{table} order by id").fetchall()]  # noqa: S608
            assert loaded == [record["id"] for record in stored(sandbox, key)], table
        # The production profile was in force: categories came without `modifiedOn`.
        columns = db.execute(
            "select column_name from information_schema.columns "
            "where table_schema = 'servicetitan' and table_name = 'pricebook_categories'"
        ).fetchall()
        assert ("modified_on",) not in columns


@pytest.mark.parametrize("name", [*DEVIATING, FEED[0]])
def test_export_writes_every_record_of_a_deviating_list_once(name: str, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = run(bare_env(), "export", name, *SANDBOX, "--format", "jsonl", "--out", str(out), "--quiet")
    assert done.returncode == 0, done.stderr
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    key = FEED[1] if name == FEED[0] else DEVIATING[name][1]
    expected = [record["id"] for record in stored(oracle(), key, as_listed=True)]
    assert sorted(record["id"] for record in written) == expected
    assert f"{len(expected)} records in" in done.stderr


@pytest.mark.parametrize("format_", ["csv", "parquet"])
def test_a_typed_export_of_dates_sent_with_times_keeps_every_record(format_: str, tmp_path: Path) -> None:
    name = "service_agreements.service_agreements"
    out = tmp_path / f"out.{format_}"
    done = run(bare_env(), "export", name, *SANDBOX, "--format", format_, "--out", str(out), "--quiet")
    assert done.returncode == 0, done.stderr
    if format_ == "csv":
        import csv

        with out.open(newline="", encoding="utf-8") as file:
            rows = list(csv.DictReader(file))
    else:
        rows = pq.read_table(out).to_pylist()
    records = stored(oracle(), DEVIATING[name][1], as_listed=True)
    assert sorted(int(row["id"]) for row in rows) == [record["id"] for record in records]
    # Written as sent (`2024-02-21T00:00:00`), on the date the store holds.
    dates = {int(row["id"]): row["startDate"][:10] for row in rows}
    assert dates == {record["id"]: record["startDate"] for record in records}
