"""ServiceTitan on Dagster: one asset per stream, partitioned per tenant, run by dagster-dlt.

    pip install "servicetitan[dagster]"
    dagster dev -f examples/dagster/servicetitan_dagster.py

Settings come from dlt's config and secrets providers, as everywhere dlt runs (`.dlt/secrets.toml` beside the
code location, SOURCES__SERVICETITAN__* variables, or the secret backend dlt is configured with):

    [sources.servicetitan]
    app_key = "..."                               # one app, shared by every tenant
    environment = "production"
    rate_limit_store = "redis://redis:6379/0"     # one budget per tenant for every worker and run

    [[sources.servicetitan.tenants]]
    tenant = 1234567890
    client_id = "..."
    client_secret = "..."

Each tenant of `tenants` is a partition (`servicetitan.dlt.configured_tenants()`); a run of a partition loads
that tenant alone, with its own dlt pipeline (`servicetitan_tenant_<id>`), so each tenant keeps its own
incremental state (restored from the destination), and every tenant loads the same tables, told apart by their
`tenant_id` column. Each tenant's requests are paced by one limiter per (app key, tenant), shared by every
process through the Redis store, so partitions may run at once without one tenant exceeding its limit.
(DuckDB takes one writer at a time: with it, run partitions one after the other; warehouses take them at once.)

Asset keys are `dlt_servicetitan_<stream>` (`dlt_servicetitan_jpm_jobs`).
"""

from collections.abc import Iterator, Sequence
from typing import Any

import dagster as dg
import dlt
from dagster_dlt import DagsterDltResource, dlt_assets

from servicetitan.dlt import configured_tenants, source

# The streams to load (`servicetitan list --streams` lists them); None loads every one.
STREAMS: Sequence[str] | None = ["jpm_jobs", "jpm_export_jobs", "crm_customers", "accounting_invoices"]
DATASET = "servicetitan"


def tenant_pipeline(tenant: int, destination: Any, pipelines_dir: str | None = None) -> dlt.Pipeline:
    """The dlt pipeline of one tenant: its own state, the shared dataset."""
    return dlt.pipeline(
        pipeline_name=f"servicetitan_tenant_{tenant}",
        destination=destination,
        dataset_name=DATASET,
        pipelines_dir=pipelines_dir,
    )


def servicetitan_definitions(
    tenants: Sequence[int],
    *,
    streams: Sequence[str] | None = STREAMS,
    destination: Any = "duckdb",
    pipelines_dir: str | None = None,
) -> dg.Definitions:
    """The assets of `streams`, partitioned by `tenants`, loading into `destination`."""
    if not tenants:
        raise ValueError("no tenant to load: configure [[sources.servicetitan.tenants]] or sources.servicetitan.tenant")
    partitions = dg.StaticPartitionsDefinition([str(tenant) for tenant in tenants])

    # The source Dagster reads the assets from: its resources are the streams, whichever tenant it is built for.
    @dlt_assets(
        dlt_source=source(streams=streams, tenant=tenants[0]),
        dlt_pipeline=tenant_pipeline(tenants[0], destination, pipelines_dir),
        name="servicetitan",
        group_name="servicetitan",
        partitions_def=partitions,
    )
    def servicetitan_assets(context: dg.AssetExecutionContext, dlt: DagsterDltResource) -> Iterator[Any]:
        tenant = int(context.partition_key)
        yield from dlt.run(
            context=context,
            dlt_source=source(streams=streams, tenant=tenant),
            dlt_pipeline=tenant_pipeline(tenant, destination, pipelines_dir),
        )

    return dg.Definitions(assets=[servicetitan_assets], resources={"dlt": DagsterDltResource()})


@dg.definitions
def defs() -> dg.Definitions:
    """What `dagster dev -f` loads: every configured tenant, into DuckDB (`servicetitan.duckdb`)."""
    return servicetitan_definitions(configured_tenants())
