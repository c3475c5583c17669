"""`servicetitan.SPECS` names the vendored documents the installed library was generated from."""

from __future__ import annotations

from types import ModuleType

import servicetitan


def test_specs_identity_matches_the_manifest(codegen: ModuleType) -> None:
    manifest = codegen.load_manifest()
    assert {
        entry["key"]: {
            "sha256": entry["sha256"],
            "original_sha256": entry["original_sha256"],
            "adopted": entry["adopted"],
        }
        for entry in manifest["domain"]
    } == servicetitan.SPECS
    assert servicetitan.SPECS["jpm"]["sha256"] == codegen.sha256(codegen.DOCUMENTS / "jpm-v2.json")
    assert "SPECS" in dir(servicetitan)
