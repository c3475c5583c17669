"""`servicetitan sync` beside the MeltanoLabs Singer tap piped into a DuckDB Singer target, on the same streams of
one sandbox tenant: the row path, the Arrow path and tap | target, each loading a new DuckDB file.

    nox -s bench -- tap --tap PATH --target PATH [--jobs 10000] [--rounds 3]
    python bench/bench_tap.py --tap PATH --target PATH      (or $BENCH_TAP and $BENCH_TARGET)

The tap (MeltanoLabs/tap-service-titan, not on PyPI) and the target (`target-duckdb` on PyPI) are not installed by
this project in any session: install each in a virtual environment of your own, outside this repository, and give
their commands (`.../bin/tap-service-titan`, `.../bin/target-duckdb`). Without them the benchmark says so and exits 0.

The sandbox runs in a process of its own and is not counted; the tap is pointed at it through its own settings
(`api_url`, `auth_url`), and every loader runs with a proxy that refuses any host but loopback, so nothing reaches the
network. Streams: the tap's streams whose API path is one our sync loads as a stream (TAP_STREAMS, matched by path
at tap commit 71e4371f) and that the tap's catalog and the sandbox both offer; the tap's child streams (one request
per parent record: notes, logs, attachments) have no stream of ours and are left out. The list is printed.

Rounds interleave the three loaders, the order rotated every round, after one unmeasured pass of each (the sandbox
caches its answers by path and query, and each loader asks its own queries). Measured per load: wall time; CPU
(user + system) of the loader's own processes, waited for (the `servicetitan` command and its step processes; the
tap and the target summed); peak memory, the loader's processes' proportional set sizes summed at each reading
(every SAMPLE_EVERY s); records (rows of the streams' own tables) and rows (child tables too) read back from the
DuckDB file. Then per-round ratios against the row path, and whether the record counts of every stream agree.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from bench_actions import sandbox_process
from bench_cli import SAMPLE_EVERY, _tree_memory_kib, environment, servicetitan
from measure import Spread, interleaved, ratios

from servicetitan.cli.sync import sandbox_streams
from servicetitan.sandbox import DEFAULT_TENANT, Credentials

# The tap's stream -> our stream reading the same API path (tap-service-titan at 71e4371f, matched by path).
TAP_STREAMS = {
    "ap_credits": "accounting_ap_credits",
    "ap_payments": "accounting_ap_payments",
    "bank_deposits": "accounting_deposits",
    "credit_memos": "accounting_credit_memos_get_credit_memos_list",
    "gl_account_types": "accounting_gl_accounts_get_type_list",
    "gl_accounts": "accounting_gl_accounts",
    "inventory_bills_custom_fields": "accounting_inventory_bills_get_custom_field_types",
    "inventory_bills": "accounting_export_inventory_bills",
    "invoice_items": "accounting_export_invoice_items",
    "invoices": "accounting_export_invoices",
    "journal_entries": "accounting_journal_entries",
    "payment_terms": "accounting_payment_terms",
    "payment_types": "accounting_payment_types",
    "payments": "accounting_export_payments",
    "tax_zones": "accounting_tax_zones",
    "booking_provider_tags": "crm_booking_provider_tags",
    "bookings": "crm_export_bookings",
    "customer_contacts": "crm_export_customers_contacts",
    "customers": "crm_export_customers",
    "customers_custom_fields": "crm_customers_get_custom_field_types",
    "leads": "crm_export_leads",
    "location_contacts": "crm_export_locations_contacts",
    "locations": "crm_export_locations",
    "locations_custom_fields": "crm_locations_get_custom_field_types",
    "technician_ratings": "customer_interactions_export_technician_ratings",
    "appointment_assignments": "dispatch_export_appointment_assignments",
    "arrival_windows": "dispatch_arrival_windows",
    "non_job_appointments": "dispatch_non_job_appointments",
    "teams": "dispatch_team",
    "technician_shifts": "dispatch_technician_shifts",
    "technician_skills": "dispatch_technician_skills",
    "zones": "dispatch_zone",
    "installed_equipment": "equipment_systems_installed_equipment",
    "equipment_types": "equipment_systems_equipment_types",
    "forms": "forms_form_get_forms",
    "submissions": "forms_form_submission_get_form_submissions",
    "adjustments": "inventory_adjustments",
    "purchase_order_markups": "inventory_purchase_orders_markup_get",
    "purchase_order_types": "inventory_purchase_order_types",
    "purchase_orders": "inventory_export_purchase_orders",
    "receipts": "inventory_receipts",
    "returns": "inventory_returns",
    "transfers": "inventory_transfers",
    "trucks": "inventory_trucks",
    "vendors": "inventory_vendors",
    "warehouses": "inventory_warehouses",
    "call_reasons": "jbce_call_reasons_get",
    "appointments": "jpm_export_appointments",
    "job_canceled_logs": "jpm_export_job_cancel_reasons",
    "job_cancel_reasons": "jpm_job_cancel_reasons",
    "job_history": "jpm_export_job_history",
    "job_hold_reasons": "jpm_job_hold_reasons_get",
    "job_notes": "jpm_export_job_notes",
    "job_types": "jpm_job_types",
    "jobs": "jpm_export_jobs",
    "job_custom_fields": "jpm_jobs_get_custom_field_types",
    "project_statuses": "jpm_project_statuses",
    "project_sub_statuses": "jpm_project_sub_statuses",
    "projects": "jpm_export_projects",
    "project_notes": "jpm_export_project_notes",
    "project_types": "jpm_project_types",
    "project_custom_fields": "jpm_projects_get_custom_field_types",
    "wbs_budget_codes": "jpm_budget_codes_list_company_budget_codes",
    "wbs_segments": "jpm_budget_codes_list_company_segments",
    "campaigns": "marketing_campaigns",
    "costs": "marketing_campaign_costs",
    "marketing_categories": "marketing_campaign_categories",
    "reviews": "marketing_reputation_reviews",
    "invoice_templates": "memberships_export_invoice_templates",
    "membership_custom_fields": "memberships_customer_memberships_get_custom_fields",
    "membership_status_changes": "memberships_export_membership_status_changes",
    "membership_types": "memberships_export_membership_types",
    "memberships_export": "memberships_export_memberships",
    "recurring_service_events": "memberships_export_location_recurring_service_events",
    "recurring_service_types": "memberships_export_recurring_service_types",
    "recurring_services": "memberships_export_location_recurring_services",
    "activity_codes": "payroll_export_activity_codes",
    "gross_pay_items": "payroll_export_gross_pay_items",
    "job_splits": "payroll_export_job_splits",
    "job_timesheets": "payroll_export_timesheets",
    "location_rates": "payroll_location_labor_type_get_list_by_locations",
    "non_job_timesheets": "payroll_timesheets_get_non_job_timesheets",
    "payroll_adjustments": "payroll_export_payroll_adjustments",
    "payroll_settings": "payroll_payroll_settings_get_payroll_settings_list",
    "payrolls": "payroll_payrolls",
    "timesheet_codes": "payroll_export_timesheet_codes",
    "client_specific_pricing": "pricebook_client_specific_pricing_get_all_rate_sheets",
    "discounts_and_fees": "pricebook_discount_and_fees",
    "equipment": "pricebook_equipment",
    "export_equipment": "pricebook_export_equipment",
    "export_materials": "pricebook_export_materials",
    "export_services": "pricebook_export_services",
    "materials_markup": "pricebook_materials_markup",
    "materials": "pricebook_materials",
    "categories": "pricebook_categories",
    "services": "pricebook_services",
    "estimate_items": "salestech_estimates_get_items",
    "service_agreements": "service_agreements_export_service_agreements",
    "schedulers": "scheduling_pro_scheduler_schedulers",
    "business_units": "settings_export_business_units",
    "employees": "settings_export_employees",
    "intacct_business_unit_mappings": "settings_intacct_business_unit_mappings_get",
    "technicians": "settings_export_technicians",
    "tag_types": "settings_tag_types",
    "user_roles": "settings_user_roles",
    "calls": "telecom_export_calls",
}
# The tables whose record counts are printed whatever happens.
MAIN_STREAMS = ("jobs", "invoices", "customers")
LOADERS = ("sync rows", "sync --arrow", "tap | target")
TAP_SCHEMA = "tap"
OUR_SCHEMA = "servicetitan"
# Before the sandbox's seeded history (2024-01-01): the tap's default start date (2026) would skip most records.
TAP_START_DATE = "2000-01-01T00:00:00Z"
# A proxy on loopback that refuses connections: a request to any host but loopback fails instead of leaving.
NO_NETWORK = {
    "HTTP_PROXY": "http://127.0.0.1:9",
    "HTTPS_PROXY": "http://127.0.0.1:9",
    "http_proxy": "http://127.0.0.1:9",
    "https_proxy": "http://127.0.0.1:9",
    "NO_PROXY": "127.0.0.1,localhost",
    "no_proxy": "127.0.0.1,localhost",
}
NOT_INSTALLED = """the Singer tap and target are not installed for this benchmark (nothing measured).
  It compares `servicetitan sync` with MeltanoLabs/tap-service-titan piped into target-duckdb; this project installs
  neither. Install them yourself, each in a virtual environment outside this repository, then point the benchmark at
  their commands:
    nox -s bench -- tap --tap /path/to/bin/tap-service-titan --target /path/to/bin/target-duckdb
  or set BENCH_TAP and BENCH_TARGET to those paths."""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Load:
    """One load into a new DuckDB file."""

    wall: float
    cpu: float
    peak_kib: int
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows

    def records(self, tables: list[str]) -> int:
        return sum(self.counts.get(table, 0) for table in tables)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def run_pipeline(
    commands: list[list[str]], env: dict[str, str], cwd: Path, logs: list[Path]
) -> tuple[float, float, int]:
    """Runs `commands` as a pipe (each one's output into the next), the last one's output dropped, each one's
    standard error into its log. Returns (wall seconds, CPU seconds of the processes and of every process they
    waited for, peak KiB of all their processes' proportional set sizes summed). A failed command raises, naming its
    log."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    processes: list[subprocess.Popen[bytes]] = []
    opened: list[IO[bytes]] = []
    try:
        source: IO[bytes] | None = None
        for index, (command, log) in enumerate(zip(commands, logs, strict=True)):
            last = index == len(commands) - 1
            opened.append(log_file := log.open("wb"))
            process = subprocess.Popen(
                command,
                env=env,
                cwd=cwd,
                stdin=source if source is not None else subprocess.DEVNULL,
                stdout=subprocess.DEVNULL if last else subprocess.PIPE,
                stderr=log_file,
            )
            if source is not None:
                source.close()  # the next process holds it now; the tap sees a closed pipe if the target ends
            source = process.stdout
            processes.append(process)
        peak = 0
        while any(process.poll() is None for process in processes):
            peak = max(peak, sum(_tree_memory_kib(process.pid) for process in processes))
            time.sleep(SAMPLE_EVERY)
        statuses = [process.wait() for process in processes]
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
        for file in opened:
            file.close()
    wall = time.perf_counter() - started
    for command, log, status in zip(commands, logs, statuses, strict=True):
        if status != 0:
            tail = log.read_text(errors="replace").splitlines()[-15:]
            raise RuntimeError(f"{Path(command[0]).name} exited with {status}; its log ends:\n" + "\n".join(tail))
    return wall, _children_cpu() - cpu_before, peak


def table_counts(database: Path, schema: str) -> dict[str, int]:
    import duckdb

    with duckdb.connect(str(database), read_only=True) as db:
        query = "select table_name from duckdb_tables() where schema_name = ?"
        tables = [row[0] for row in db.execute(query, [schema]).fetchall() if not row[0].startswith("_dlt")]
        return {
            table: int(db.execute(f'select count(*) from {schema}."{table}"').fetchall()[0][0])  # noqa: S608
            for table in tables
        }


def loopback(url: str) -> str:
    host = urlsplit(url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"refusing to point the tap at {url}: the benchmark runs on loopback only")
    return url


class Loaders:
    """The three loaders against one sandbox, each load in a new folder of `folder`."""

    def __init__(self, tap: str, target: str, base_url: str, folder: Path, streams: dict[str, str]) -> None:
        self.tap, self.target, self.folder, self.streams = tap, target, folder, streams
        self.env = {**environment(base_url), **NO_NETWORK}
        self.loads = 0
        credentials = Credentials()
        self.tap_config = folder / "tap-config.json"
        self.tap_config.write_text(
            json.dumps(
                {
                    "client_id": credentials.client_id,
                    "client_secret": credentials.client_secret,
                    "st_app_key": credentials.app_key,
                    "tenant_id": str(DEFAULT_TENANT),
                    "api_url": loopback(base_url),
                    "auth_url": loopback(f"{base_url}/connect/token"),
                    "start_date": TAP_START_DATE,
                }
            )
        )
        self.catalog = folder / "tap-catalog.json"

    def select(self) -> list[str]:
        """Writes the tap's catalog with only the compared streams selected; returns the tap streams missing from
        its catalog (a tap of another version)."""
        discovered = subprocess.run(
            [self.tap, "--config", str(self.tap_config), "--discover"],
            env=self.env,
            check=True,
            capture_output=True,
        )
        catalog = json.loads(discovered.stdout)
        offered = set()
        for stream in catalog["streams"]:
            chosen = stream["tap_stream_id"] in self.streams
            offered.add(stream["tap_stream_id"])
            for entry in stream["metadata"]:
                if entry["breadcrumb"] == []:
                    entry["metadata"]["selected"] = chosen
        self.catalog.write_text(json.dumps(catalog))
        return sorted(set(self.streams) - offered)

    def _new_folder(self, name: str) -> Path:
        self.loads += 1
        folder = self.folder / f"{self.loads:02d}-{name.replace(' ', '').replace('|', '-')}"
        folder.mkdir()
        return folder

    def sync(self, arrow: bool) -> Load:
        folder = self._new_folder("arrow" if arrow else "rows")
        database = folder / "sync.duckdb"
        command = [servicetitan(), "sync", "--to", f"duckdb:///{database}", "--quiet"]
        command += ["--streams", ",".join(self.streams.values()), *(["--arrow"] if arrow else [])]
        try:
            wall, cpu, peak = run_pipeline([command], self.env, folder, [folder / "sync.log"])
            return Load(wall, cpu, peak, table_counts(database, OUR_SCHEMA))
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def tap_target(self) -> Load:
        folder = self._new_folder("tap")
        database = folder / "target.duckdb"
        target_config = folder / "target-config.json"
        # As the tap's own meltano.yml configures its DuckDB target: rows without a key load too.
        target_config.write_text(
            json.dumps({"path": str(database), "default_target_schema": TAP_SCHEMA, "primary_key_required": False})
        )
        commands = [
            [self.tap, "--config", str(self.tap_config), "--catalog", str(self.catalog)],
            [self.target, "--config", str(target_config)],
        ]
        try:
            wall, cpu, peak = run_pipeline(commands, self.env, folder, [folder / "tap.log", folder / "target.log"])
            return Load(wall, cpu, peak, table_counts(database, TAP_SCHEMA))
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def readers(self) -> dict[str, Callable[[], Load]]:
        return {
            "sync rows": lambda: self.sync(arrow=False),
            "sync --arrow": lambda: self.sync(arrow=True),
            "tap | target": self.tap_target,
        }


def main_tables(streams: dict[str, str]) -> dict[str, list[str]]:
    """Per loader, the tables holding the streams' own records (the row path's child tables left out)."""
    return {
        "sync rows": list(streams.values()),
        "sync --arrow": list(streams.values()),
        "tap | target": list(streams),
    }


def report(results: dict[str, list[Load]], streams: dict[str, str], jobs: int, rounds: int) -> None:
    tables = main_tables(streams)
    print(f"\n{len(streams)} streams, {jobs:,} jobs, {rounds} interleaved rounds (after one unmeasured pass of each)")
    print(
        f"  {'loader':<14} {'records':>7} {'rows':>7}  {'wall s (min-max)':<21} {'CPU s (min-max)':<21}"
        f" {'records/s':>9} {'CPU µs/rec':>10}  peak MiB (min-max)"
    )
    for name in LOADERS:
        loads = results[name]
        records, rows = loads[0].records(tables[name]), loads[0].rows
        wall, cpu = Spread.of([load.wall for load in loads]), Spread.of([load.cpu for load in loads])
        peak = Spread.of([load.peak_kib / 1024 for load in loads])
        wall_text = f"{wall.median:.1f} ({wall.low:.1f}-{wall.high:.1f})"
        cpu_text = f"{cpu.median:.1f} ({cpu.low:.1f}-{cpu.high:.1f})"
        print(
            f"  {name:<14} {records:>7,} {rows:>7,}  {wall_text:<21} {cpu_text:<21}"
            f" {records / wall.median:>9,.0f} {cpu.median / records * 1e6:>10,.0f}"
            f"  {peak.median:.0f} ({peak.low:.0f}-{peak.high:.0f})"
        )
    baseline = results["sync rows"]
    print("  per-round ratios against the row path (median, min, max):")
    for name in LOADERS[1:]:
        loads = results[name]
        cpu = ratios([load.cpu for load in loads], [load.cpu for load in baseline])
        wall = ratios([load.wall for load in loads], [load.wall for load in baseline])
        peak = ratios([float(load.peak_kib) for load in loads], [float(load.peak_kib) for load in baseline])
        print(f"    {name:<14} CPU {cpu.show(digits=2)}  wall {wall.show(digits=2)}  peak memory {peak.show(digits=2)}")


def agreement(results: dict[str, list[Load]], streams: dict[str, str]) -> None:
    """Records per stream in each loader's last load: the main streams always, every other one that differs."""
    last = {name: results[name][-1].counts for name in LOADERS}
    print("\nrecords per stream (last round): sync rows / sync --arrow / tap | target")
    differing = 0
    for tap_name, ours in streams.items():
        counts = (
            last["sync rows"].get(ours, 0),
            last["sync --arrow"].get(ours, 0),
            last["tap | target"].get(tap_name, 0),
        )
        agree = len(set(counts)) == 1
        differing += not agree
        if tap_name in MAIN_STREAMS or not agree:
            verdict = "agree" if agree else "DIFFER"
            print(f"  {tap_name:<28} {ours:<52} {counts[0]:>7,} {counts[1]:>7,} {counts[2]:>7,}  {verdict}")
    print(f"  {len(streams) - differing} of {len(streams)} streams agree")


def command_path(given: str | None, variable: str) -> str | None:
    value = given or os.environ.get(variable)
    return shutil.which(value) if value else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tap", help="the tap-service-titan command (default: $BENCH_TAP)")
    parser.add_argument("--target", help="the target-duckdb command (default: $BENCH_TARGET)")
    parser.add_argument("--jobs", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--port", type=int, default=8798)
    args = parser.parse_args()
    tap, target = command_path(args.tap, "BENCH_TAP"), command_path(args.target, "BENCH_TARGET")
    if tap is None or target is None:
        missing = [name for name, path in (("--tap", tap), ("--target", target)) if path is None]
        print(f"{' and '.join(missing)} not given or not found: {NOT_INSTALLED}")
        return 0
    served = set(sandbox_streams())
    streams = {tap_name: ours for tap_name, ours in TAP_STREAMS.items() if ours in served}
    folder = Path(tempfile.mkdtemp(prefix="st-bench-tap-"))
    try:
        with sandbox_process(args.jobs, args.port) as base_url:
            loaders = Loaders(tap, target, base_url, folder, streams)
            missing = loaders.select()
            for name in missing:
                del streams[name]
            print(f"tap {tap}\ntarget {target}")
            print(f"{len(streams)} streams (tap stream -> our stream):")
            for tap_name, ours in streams.items():
                print(f"  {tap_name} -> {ours}")
            if missing:
                print(f"  not in this tap's catalog, left out: {', '.join(missing)}")
            readers = loaders.readers()
            for name, read in readers.items():
                print(f"  warm-up {name}: {read().wall:.1f} s", flush=True)

            def noted(name: str, read: Callable[[], Load]) -> Callable[[], Load]:
                def run() -> Load:
                    load = read()
                    print(f"  {name}: {load.wall:.1f} s wall, {load.cpu:.1f} s CPU", flush=True)
                    return load

                return run

            results = interleaved({name: noted(name, read) for name, read in readers.items()}, args.rounds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    report(results, streams, args.jobs, args.rounds)
    agreement(results, streams)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
