"""A local ServiceTitan-compatible API server: the embedded default, the cassette recorder, the benchmark target.

Needs the `sandbox` extra (jsonschema, uvicorn). The core library never imports this package.

    from servicetitan.sandbox import Sandbox, serve

    sandbox = Sandbox(jobs=500)
    with serve(sandbox) as base_url:          # a real socket server on 127.0.0.1 in a background thread
        ...                                   # api_url == auth_url == base_url
    httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox), base_url="http://sandbox")  # no socket

Run it standalone with `python -m servicetitan.sandbox --port 8765` (`--help` lists every knob and the
credentials it accepts).

What it serves: every operation of the catalog. The ones behind the actions are modelled by hand
(`resources.py`, 57 operations, with writes); every other paged list, get-by-id and export feed answers from records
made from its schemas (`spec_resources.py`); reporting is a report desk (`reports.py`); and every remaining
operation is served by a rule derived from the catalog (`spec_writes.py`): a POST to a resource's path creates a
record its list, get and feed then show, a PATCH or PUT of an item path changes the fields sent, a DELETE removes,
a verb under an item path (`/appointments/{id}/hold`) moves the record's status, uploads come back from their
downloads, a settings path keeps what is written; the odd rest answers a schema-valid synthetic body. Unknown ids
on a path answer 404. `spec_writes.rules()` lists the rule of every operation (tests/sandbox/operation_rules.txt).
Handlers are looked up by (domain, operationId) in `registry.py`, which says how a module adds its own.

`examples.example_request(sandbox, domain, operation_id, tenant)` makes a valid request for a rule-served operation
from the catalog (fresh records for the ids of its path, a generated body), for contract tests of your own.

Tests change records through the store behind an operation, and read where a nested list has records:

    services = sandbox.records("pricebook", "Services_GetList")    # the list's, get's and feed's store
    services.modify(record_id, displayName="...")                   # modifiedOn becomes the sandbox clock's now
    services.deactivate(record_id)
    services.insert(displayName="...")                              # the next id, shaped like the seeded ones
    sandbox.path_params("jpm", "Jobs_GetNotes")                      # {"id": <a job with notes>}
"""

from __future__ import annotations

from .app import DEFAULT_TENANT, TOKEN_PATH, Sandbox
from .auth import Credentials
from .deviations import Deviation
from .faults import FaultSettings
from .listing import ExportSettings
from .seed import BOOKING_PROVIDER_ID, FIRST_IDS
from .server import serve

__all__ = [
    "BOOKING_PROVIDER_ID",
    "DEFAULT_TENANT",
    "FIRST_IDS",
    "TOKEN_PATH",
    "Credentials",
    "Deviation",
    "ExportSettings",
    "FaultSettings",
    "Sandbox",
    "serve",
]
