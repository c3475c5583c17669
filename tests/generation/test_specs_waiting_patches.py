"""A patch with nothing to fix in a document waits: the adoption says so and keeps it, and it applies again to a
later document that has what it fixes. No step asks to delete it, so no later step has to ask for it back.

ServiceTitan's history does this: 2025-10's inventory and accounting documents have no `landedCostMethod`
(patches 002 and 003), the later ones have it again with the string enum the API does not send. These tests make
their own patch and documents, so that they hold whatever documents are adopted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.generation.specs_workspace import Workspace, fail

PATCH = "950-timesheets-waits.json"
SCHEMA = "Waiting.Test.Record"
FORMAT = f"/components/schemas/{SCHEMA}/properties/day/format"


def downloads(workspace: Workspace, target: Path, day: dict[str, Any] | None) -> Path:
    """A plain download folder whose timesheets document has the schema the patch fixes (`day` its field), or not."""
    folder = workspace.downloads(target)
    shutil.rmtree(folder / "legacy")
    file = next(folder.glob("timesheets*.json"))
    document = json.loads(file.read_text())
    document["components"]["schemas"].pop(SCHEMA, None)
    if day is not None:
        document["components"]["schemas"][SCHEMA] = {"type": "object", "properties": {"day": day}}
    file.write_text(json.dumps(document))
    return folder


def fixed_format(codegen: ModuleType) -> Any:
    _, documents = codegen.prepare()
    return documents["timesheets"]["components"]["schemas"].get(SCHEMA, {}).get("properties", {}).get("day")


@pytest.fixture
def patched(workspace: Workspace) -> Workspace:
    workspace.add_patch(
        PATCH,
        "timesheets",
        [{"op": "test", "path": FORMAT, "value": "date"}, {"op": "replace", "path": FORMAT, "value": "date-time"}],
    )
    return workspace


def test_a_patch_with_nothing_to_fix_waits_and_applies_again_later(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], patched: Workspace, tmp_path: Path
) -> None:
    without = downloads(patched, tmp_path / "without", None)
    with_field = downloads(patched, tmp_path / "with", {"type": "string", "format": "date"})
    assert codegen.main(["update", str(without)]) == 0
    out = capsys.readouterr().out.splitlines()
    waiting = (
        f"specs: specs/patches/{PATCH}: not applied: the timesheets document has no {FORMAT}; the patch is kept and "
        "applies again to a document that has it"
    )
    assert waiting in out
    assert (patched.specs / "patches" / PATCH).exists()
    assert f"- specs/patches/{PATCH}: not applied" in (patched.specs / "CHANGELOG.md").read_text()
    assert fixed_format(codegen) is None
    assert codegen.main(["verify"]) == 0
    assert waiting in capsys.readouterr().out.splitlines()
    # The field is there (the next document has it): the patch applies again, nothing asked of the maintainer.
    assert codegen.main(["update", str(with_field)]) == 0
    assert not any(PATCH in line for line in capsys.readouterr().out.splitlines())
    assert fixed_format(codegen) == {"type": "string", "format": "date-time"}
    # And waits again when a later document lacks it.
    assert codegen.main(["update", str(without)]) == 0
    assert waiting in capsys.readouterr().out.splitlines()


def test_a_patch_whose_test_finds_another_value_is_still_refused(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], patched: Workspace, tmp_path: Path
) -> None:
    """The document says something else where the patch looks: that needs the maintainer, as before."""
    folder = downloads(patched, tmp_path / "other", {"type": "string", "format": "time"})
    lines = fail(codegen, capsys, "update", str(folder))
    assert f"error: specs/patches/{PATCH} operation 0 (test {FORMAT}): does not apply: test failed: found " in "".join(
        lines
    )


def test_only_a_patch_that_finds_none_of_its_tests_waits(codegen: ModuleType) -> None:
    patch = {
        "operations": [
            {"op": "test", "path": "/components/schemas/A/properties/x/format", "value": "date"},
            {"op": "replace", "path": "/components/schemas/A/properties/x/format", "value": "date-time"},
            {"op": "test", "path": "/components/schemas/B/properties/x/format", "value": "date"},
        ]
    }
    x = {"properties": {"x": {"format": "date"}}}
    assert codegen.dormant({"components": {"schemas": {}}}, patch) == "/components/schemas/A/properties/x/format"
    assert codegen.dormant({"components": {"schemas": {"B": x}}}, patch) is None  # one of them is there
    untested = {"operations": [{"op": "replace", "path": "/components/schemas/A/required", "value": []}]}
    assert codegen.dormant({"components": {"schemas": {}}}, untested) is None  # a patch that tests nothing fails
