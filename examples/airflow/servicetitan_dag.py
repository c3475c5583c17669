"""ServiceTitan on Airflow: the dlt source run by dlt's Airflow helper (`PipelineTasksGroup`), one task group
per tenant, plus a backfill DAG that loads a past period in monthly windows.

Install on the Airflow workers: `pip install "servicetitan[dlt]"` and the destination's dlt extra. Copy this
file into the DAGs folder and set the destination below.

Settings: dlt reads its config and secrets on Airflow from the Airflow Variable `dlt_secrets_toml` (a TOML
document, as `.dlt/secrets.toml`), so they live in Airflow's own secret backend:

    [sources.servicetitan]
    app_key = "..."
    rate_limit_store = "redis://redis:6379/0"   # one budget per tenant shared by every task and worker

    [[sources.servicetitan.tenants]]
    tenant = 1234567890
    client_id = "..."
    client_secret = "..."

    [destination.bigquery.credentials]          # or the destination you load into
    ...

`servicetitan_load` runs hourly: one pipeline per tenant (`servicetitan_tenant_<id>`, its own incremental state,
kept in the destination too), each decomposed into parallel tasks (`parallel-isolated`: a task per group of
streams, in its own copy of the pipeline). A tenant's tasks run in several processes; the Redis store keeps their
requests together within the tenant's rate limit.

`servicetitan_backfill` (triggered by hand) loads BACKFILL_START to BACKFILL_END in consecutive monthly windows
[since, until): every record once, and no state moved, so the hourly DAG goes on where it was. Start the hourly
DAG with `since` = BACKFILL_END in `[sources.servicetitan]`, so it loads what changed after the backfill.
"""

import datetime as dt

import dlt
import pendulum
from airflow.decorators import dag
from dlt.helpers.airflow_helper import PipelineTasksGroup

from servicetitan.dlt import configured_tenants, source

STREAMS = ["jpm_jobs", "jpm_export_jobs", "crm_customers", "accounting_invoices", "accounting_payments"]
DESTINATION = "bigquery"
DATASET = "servicetitan"
BACKFILL_START = dt.date(2024, 1, 1)
BACKFILL_END = dt.date(2025, 1, 1)
TASK_ARGS = {"owner": "data", "retries": 0, "execution_timeout": dt.timedelta(hours=6)}


def tenant_pipeline(tenant: int, purpose: str = "") -> dlt.Pipeline:
    """A tenant's pipeline; the backfill's are apart from the hourly one's, whose state they never touch."""
    return dlt.pipeline(
        pipeline_name=f"servicetitan_tenant_{tenant}{purpose}",
        destination=DESTINATION,
        dataset_name=DATASET,
    )


def monthly_windows(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Consecutive [since, until) months from `start` to `end`; the last one ends at `end`."""
    windows, since = [], start
    while since < end:
        following = (since.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        until = min(following, end)
        windows.append((since, until))
        since = until
    return windows


@dag(
    schedule="@hourly",
    start_date=pendulum.datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=TASK_ARGS,
)
def servicetitan_load() -> None:
    tasks = PipelineTasksGroup("servicetitan", use_data_folder=False, wipe_local_data=True)
    for tenant in configured_tenants():
        tasks.add_run(
            tenant_pipeline(tenant),
            source(streams=STREAMS, tenant=tenant),
            decompose="parallel-isolated",
            trigger_rule="all_done",
            retries=0,
            provide_context=True,
        )


@dag(schedule=None, start_date=pendulum.datetime(2026, 1, 1), catchup=False, default_args=TASK_ARGS)
def servicetitan_backfill() -> None:
    tasks = PipelineTasksGroup("servicetitan_backfill", use_data_folder=False, wipe_local_data=True)
    for tenant in configured_tenants():
        for since, until in monthly_windows(BACKFILL_START, BACKFILL_END):
            tasks.add_run(
                tenant_pipeline(tenant, f"_backfill_{since:%Y_%m}"),
                source(streams=STREAMS, tenant=tenant, since=since, until=until),
                decompose="serialize",
                trigger_rule="all_done",
                retries=0,
            )


servicetitan_load()
servicetitan_backfill()
