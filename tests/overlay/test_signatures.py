"""The static types of the action methods are the ones the run time builds."""

import inspect

from servicetitan import ServiceTitan, _signatures


def test_committed_stub_matches_what_the_specs_render() -> None:
    assert _signatures.STUB.read_text() == _signatures.render()


def test_stub_declares_every_runtime_parameter() -> None:
    text = _signatures.STUB.read_text()
    create_job = next(line for line in text.splitlines() if "def create_job(" in line)
    for name in inspect.signature(ServiceTitan.create_job).parameters:
        if name != "self":
            assert f" {name}: " in create_job, name
    assert create_job.endswith("-> JpmV2JobResponse: ...")
    assert "async def create_job(" in text
