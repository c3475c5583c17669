"""Which operations cassettes exercise, and what the specs did to each since the cassettes were recorded."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from servicetitan import _catalog
from servicetitan.testing import Status, exercised_operations, fingerprint, report, write_lock
from servicetitan.testing.operations import LOCK_NAME

CASSETTES = Path(__file__).resolve().parents[1] / "actions" / "cassettes"


def copy(target: Path, *names: str) -> Path:
    target.mkdir(exist_ok=True)
    for name in names:
        shutil.copyfile(CASSETTES / f"{name}.yaml", target / f"{name}.yaml")
    return target


def test_a_fingerprint_changes_with_a_schema_the_operation_reaches() -> None:
    operation, unrelated = _catalog.operation("jpm", "Jobs_Get"), _catalog.operation("jpm", "JobTypes_Get")
    before, unrelated_before = fingerprint(operation), fingerprint(unrelated)
    schema = _catalog.domain("jpm").schemas["Jpm.V2.JobResponse"]
    schema["properties"]["teleported"] = {"type": "boolean"}
    try:
        assert fingerprint(operation) != before
        assert fingerprint(unrelated) == unrelated_before
    finally:
        del schema["properties"]["teleported"]
    assert fingerprint(operation) == before


def test_each_status_since_recording(tmp_path: Path) -> None:
    directory = copy(tmp_path / "cassettes", "get_job", "list_job_cancel_reasons")
    write_lock(directory, [directory / "get_job.yaml"])
    lock = json.loads((directory / LOCK_NAME).read_text())
    lock["cassettes"]["get_job.yaml"]["jpm:Jobs_Teleport"] = "0" * 64  # an operation the specs no longer have
    (directory / LOCK_NAME).write_text(json.dumps(lock))
    cassette = directory / "list_job_cancel_reasons.yaml"
    cassette.write_text(cassette.read_text().replace("/job-cancel-reasons", "/job-cancellation-reasons", 1))

    statuses = {op.key: op.status for op in exercised_operations(directory)}
    assert statuses == {
        "jpm:Jobs_Get": Status.UNCHANGED,
        "jpm:Jobs_Teleport": Status.GONE,
        "jpm:JobCancelReasons_GetList": Status.UNKNOWN,
        "GET /jpm/v2/tenant/{tenant}/job-cancellation-reasons": Status.GONE,
    }
    text = report(exercised_operations(directory))
    assert text.startswith("4 ServiceTitan operations exercised; 2 changed by the specs since recording")
    assert "  jpm:Jobs_Teleport: GONE from the specs  (get_job.yaml)" in text
