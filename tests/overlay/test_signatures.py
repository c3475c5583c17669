"""The static types of the resources and action methods are the ones the run time builds."""

import inspect

import pytest

from servicetitan import ServiceTitan, _signatures


@pytest.mark.parametrize("stub", _signatures.STUBS, ids=lambda path: path.name)
def test_committed_stub_matches_what_the_catalog_renders(stub) -> None:
    assert stub.read_text() == _signatures.render()[stub]


def test_stub_declares_every_runtime_parameter() -> None:
    text = _signatures.STUB.read_text()
    create_job = next(line for line in text.splitlines() if "def create_job(" in line)
    for name in inspect.signature(ServiceTitan.create_job).parameters:
        if name != "self":
            assert f" {name}: " in create_job, name
    assert create_job.endswith("-> JpmV2JobResponse: ...")
    assert "async def create_job(" in text


def test_resource_stub_declares_every_runtime_parameter_of_a_resource_method() -> None:
    st = ServiceTitan("id", "secret-value", "app-key-value", 1)
    text = _signatures.RESOURCE_STUB.read_text()
    jobs = text.split("\nclass Jpm_Jobs:\n", 1)[1].split("\nclass ", 1)[0]
    create = next(line for line in jobs.splitlines() if "def create(" in line)
    for name in inspect.signature(st.jpm.jobs.create).parameters:
        assert f" {name}: " in create, name
    assert create.endswith("-> JpmV2JobResponse: ...")
