"""A local ServiceTitan-compatible API server: the embedded default, the cassette recorder, the benchmark target.

Needs the `sandbox` extra (jsonschema, uvicorn). The core library never imports this package.

    from servicetitan.sandbox import Sandbox, serve

    sandbox = Sandbox(jobs=500)
    with serve(sandbox) as base_url:          # a real socket server on 127.0.0.1 in a background thread
        ...                                   # api_url == auth_url == base_url
    httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox), base_url="http://sandbox")  # no socket

Run it standalone with `python -m servicetitan.sandbox --port 8765`.
"""

from __future__ import annotations

from .app import DEFAULT_TENANT, TOKEN_PATH, Sandbox
from .auth import Credentials
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
    "ExportSettings",
    "FaultSettings",
    "Sandbox",
    "serve",
]
