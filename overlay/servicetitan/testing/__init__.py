"""Test your ServiceTitan integration in your own CI: `pip install "servicetitan[testing]"`.

The pytest plugin (registered by the extra, nothing to import) gives:
- the `servicetitan_sandbox` fixture: a sandbox running on loopback and clients bound to it
  (`servicetitan_sandbox.client`, `servicetitan_sandbox.async_client()`); override
  `servicetitan_sandbox_options` to size or seed it. It serves every operation of the catalog, writes included,
  with state: what a test creates, updates, deletes or uploads is what its later reads return;

      def test_booking_flow(servicetitan_sandbox):
          st = servicetitan_sandbox.client
          home = {"name": "Home", "address": ADDRESS}
          customer = st.create_customer(name="Pat Doe", address=ADDRESS, locations=[home])
          st.crm.customers.create_note(id=customer.id, text="Prefers mornings")
          assert [n.text for n in st.crm.customers.get_notes(id=customer.id).records] == ["Prefers mornings"]
- the `servicetitan_client` fixture, for tests that replay cassettes: placeholder credentials under
  `--record-mode=none` (a replay needs none, so CI sets no `SERVICETITAN_*` variable), `ServiceTitan.from_env()`
  when recording;
- `--servicetitan-contract`: every cassette the run used is checked against the specs at the end;
- `--servicetitan-operations`: the operations the run's cassettes exercise, and whether the specs changed them
  since they were recorded.

And to call yourself:
- `vcr_config(Secrets(...))`: what your `vcr_config` fixture returns, so tokens, client secret, app key and
  tenant id are scrubbed when cassettes are saved (never when they are replayed);
- `assert_cassette_matches_spec(path)` and `cassette_problems(path)`: every exchange of a cassette checked by
  openapi-core against the specs the library was generated from;
- `exercised_operations(directory)` and `write_lock(directory)`; `python -m servicetitan.testing --help`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._scrub import REDACTED, TENANT_PLACEHOLDER, Scrubber, ScrubError, Secrets, leaks, tenant_path, vcr_config
    from .contract import assert_cassette_matches_spec, cassette_problems, interactions, operation_for
    from .operations import ExercisedOperation, Status, exercised_operations, fingerprint, report, write_lock
    from .sandbox import SandboxSession

# Each name from the module that defines it, on first use: the pytest plugin is imported by every session of a
# user who installed the extra, and must not bring the sandbox or openapi-core with it.
_HOMES = {
    "._scrub": (
        "REDACTED",
        "TENANT_PLACEHOLDER",
        "Scrubber",
        "ScrubError",
        "Secrets",
        "leaks",
        "tenant_path",
        "vcr_config",
    ),
    ".contract": ("assert_cassette_matches_spec", "cassette_problems", "interactions", "operation_for"),
    ".operations": ("ExercisedOperation", "Status", "exercised_operations", "fingerprint", "report", "write_lock"),
    ".sandbox": ("SandboxSession",),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "REDACTED",
    "TENANT_PLACEHOLDER",
    "ExercisedOperation",
    "SandboxSession",
    "ScrubError",
    "Scrubber",
    "Secrets",
    "Status",
    "assert_cassette_matches_spec",
    "cassette_problems",
    "exercised_operations",
    "fingerprint",
    "interactions",
    "leaks",
    "operation_for",
    "report",
    "tenant_path",
    "vcr_config",
    "write_lock",
]


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
