"""Bad specs or patches stop `specs`/`generate` with one line per problem naming the file, leaving specs/ and
generated/ alone."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from tests.generation.specs_workspace import Workspace, assert_untouched, fail


@pytest.mark.parametrize("command", ["verify", "generate"])
def test_missing_document(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, command: str
) -> None:
    before = workspace.snapshot()
    (workspace.specs / "openapi" / "crm-v2.json").unlink()
    before.pop("openapi/crm-v2.json")
    assert fail(codegen, capsys, command) == [
        "error: specs/openapi/crm-v2.json: cannot be read: No such file or directory"
    ]
    assert_untouched(workspace, before)


def test_wrong_hash(codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace) -> None:
    path = workspace.specs / "openapi" / "jpm-v2.json"
    path.write_bytes(path.read_bytes() + b"\n")
    before = workspace.snapshot()
    [line] = fail(codegen, capsys, "generate")
    assert "specs/openapi/jpm-v2.json: sha256" in line
    assert "does not match specs/manifest.toml" in line
    assert_untouched(workspace, before)


def test_malformed_document(codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace) -> None:
    workspace.write_document("crm-v2.json", {}, data=b'{"openapi": "3.1.0", "paths": ')
    before = workspace.snapshot()
    assert fail(codegen, capsys, "verify") == [
        "error: specs/openapi/crm-v2.json: malformed JSON at line 1 column 31: Expecting value"
    ]
    assert fail(codegen, capsys, "generate")[0].startswith("error: specs/openapi/crm-v2.json: malformed JSON")
    assert_untouched(workspace, before)


def test_document_with_prose_is_refused(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace
) -> None:
    document = workspace.document("forms-v2.json")
    document["info"]["description"] = "Forms, submissions and their attachments, as published by ServiceTitan."
    workspace.write_document("forms-v2.json", document)
    assert fail(codegen, capsys, "verify") == [
        "error: specs/openapi/forms-v2.json: not in normalized form (prose or layout that normalization removes)"
    ]


def test_every_failing_patch_is_reported(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace
) -> None:
    workspace.add_patch(
        "900-stale.json",
        "jpm",
        [{"op": "replace", "path": "/components/schemas/Jpm.V2.NoSuchSchema/required", "value": []}],
    )
    workspace.add_patch(
        "901-stale-test.json",
        "crm",
        [{"op": "test", "path": "/components/schemas/Crm.V2.Customers.CustomerResponse/type", "value": "array"}],
    )
    before = workspace.snapshot()
    assert fail(codegen, capsys, "generate") == [
        "error: specs/patches/900-stale.json operation 0 (replace /components/schemas/Jpm.V2.NoSuchSchema/required): "
        "does not apply, target /components/schemas/Jpm.V2.NoSuchSchema/required is gone",
        "error: specs/patches/901-stale-test.json operation 0 (test "
        "/components/schemas/Crm.V2.Customers.CustomerResponse/type): does not apply: "
        'test failed: found "object", the patch expects "array"',
    ]
    assert_untouched(workspace, before)


def test_a_patch_test_copied_from_the_original_download_still_applies(codegen: ModuleType) -> None:
    """Patches are applied to the normalized documents; one written against the download, prose included, holds."""
    document = codegen.read_document(codegen.DOCUMENTS / "jpm-v2.json")
    value = {"type": "integer", "format": "int64", "description": "The ID of the job, as ServiceTitan shows it"}
    patch = {
        "operations": [{"op": "test", "path": "/components/schemas/Jpm.V2.JobResponse/properties/id", "value": value}]
    }
    codegen.apply_patch(document, codegen.PATCHES / "900-test.json", patch, {})
    value["type"] = "string"
    with pytest.raises(codegen.SpecError, match=re.escape('test failed: found {"format": "int64", "type": "integer"}')):
        codegen.apply_patch(document, codegen.PATCHES / "900-test.json", patch, {})


def test_patch_of_an_unknown_domain(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace
) -> None:
    workspace.add_patch("902-nowhere.json", "nowhere", [])
    assert fail(codegen, capsys, "verify") == ["error: specs/patches/902-nowhere.json: unknown domain 'nowhere'"]


def test_an_operation_an_action_needs_disappears(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace
) -> None:
    document = workspace.document("jpm-v2.json")
    del document["paths"]["/tenant/{tenant}/jobs/{id}"]["get"]
    workspace.write_document("jpm-v2.json", document)
    before = workspace.snapshot()
    assert fail(codegen, capsys, "generate") == [
        "error: action get_job needs jpm operation Jobs_Get, which the specs no longer have"
    ]
    assert_untouched(workspace, before)


def test_a_generator_warning_fails_generation(codegen: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    warned = (
        "Generating out\nWarning(s) encountered while generating. Client was generated, but some pieces may be "
        "missing\n\nWARNING parsing GET /tenant/{tenant}/jobs within jobs. Endpoint will not be generated."
    )

    def fake_run(command: list[str], **_: object) -> object:
        return type("Result", (), {"returncode": 0, "stdout": warned, "stderr": ""})()

    monkeypatch.setattr(codegen.subprocess, "run", fake_run)
    with pytest.raises(codegen.SpecError, match=r"jpm.json: openapi-python-client reported problems: .*Endpoint will"):
        codegen.run_generator("jpm", tmp_path / "jpm.json", tmp_path / "out")
