"""A patch with nothing to fix in a document waits: the adoption says so and keeps it, and it applies again to a
later document that has what it fixes. No step asks to delete it, so no later step has to ask for it back.

ServiceTitan's history does this: 2025-10's inventory and accounting documents have no `landedCostMethod`
(patches 002 and 003), the later ones have it again with the string enum the API does not send."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from tests.generation.specs_workspace import Workspace, fail

PATCH = "002-inventory-landed-cost-method-integer.json"
SCHEMAS = ("Inventory.V2.PurchaseOrderTypeResponse", "Inventory.V2.InventoryReceiptResponse")


def downloads_without_the_field(workspace: Workspace, target: Path) -> Path:
    downloads = workspace.downloads(target)
    shutil.rmtree(downloads / "legacy")
    inventory = json.loads((downloads / "inventory-v2.json").read_text())
    for name in SCHEMAS:
        del inventory["components"]["schemas"][name]["properties"]["landedCostMethod"]
    (downloads / "inventory-v2.json").write_text(json.dumps(inventory))
    return downloads


def landed_cost_method(codegen: ModuleType, name: str) -> object:
    _, documents = codegen.prepare()
    return documents["inventory"]["components"]["schemas"][name]["properties"].get("landedCostMethod")


def test_a_patch_with_nothing_to_fix_waits_and_applies_again_later(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    assert (workspace.specs / "patches" / PATCH).exists()
    plain = workspace.downloads(tmp_path / "today")
    shutil.rmtree(plain / "legacy")
    older = downloads_without_the_field(workspace, tmp_path / "older")
    assert codegen.main(["update", str(older)]) == 0
    out = capsys.readouterr().out.splitlines()
    waiting = (
        f"specs: specs/patches/{PATCH}: not applied: the inventory document has no "
        f"/components/schemas/{SCHEMAS[0]}/properties/landedCostMethod/oneOf; the patch is kept and applies again to "
        "a document that has it"
    )
    assert waiting in out
    assert (workspace.specs / "patches" / PATCH).exists()
    assert f"- specs/patches/{PATCH}: not applied" in (workspace.specs / "CHANGELOG.md").read_text()
    assert landed_cost_method(codegen, SCHEMAS[0]) is None
    assert codegen.main(["verify"]) == 0
    assert waiting in capsys.readouterr().out.splitlines()
    # The field is back (the next document has it): the patch applies again, nothing asked of the maintainer.
    assert codegen.main(["update", str(plain)]) == 0
    assert not any(PATCH in line for line in capsys.readouterr().out.splitlines())
    for name in SCHEMAS:
        assert {"type": "integer"} in landed_cost_method(codegen, name)["oneOf"]  # type: ignore[index]


def test_a_patch_whose_test_finds_another_value_is_still_refused(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    """The document says something else where the patch looks: that needs the maintainer, as before."""
    downloads = workspace.downloads(tmp_path / "downloads")
    inventory = json.loads((downloads / "inventory-v2.json").read_text())
    field = inventory["components"]["schemas"][SCHEMAS[0]]["properties"]["landedCostMethod"]
    field["oneOf"] = [{"type": "string"}]
    (downloads / "inventory-v2.json").write_text(json.dumps(inventory))
    [line] = fail(codegen, capsys, "update", str(downloads))
    assert line.startswith(f"error: specs/patches/{PATCH} operation 0 (test ")
    assert 'test failed: found [{"type": "string"}]' in line


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
