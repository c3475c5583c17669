"""`nox -s specs -- --update DIR`: a download is adopted in one command, or refused with nothing written."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from tests.generation.specs_workspace import Workspace, assert_untouched, fail

WIDGETS = {
    "openapi": "3.1.0",
    "info": {"title": "Widgets", "version": "1.0", "description": "Widgets, gadgets and the people who order them."},
    "servers": [{"url": "https://api.servicetitan.io/widgets/v2", "description": "Production environment server"}],
    "paths": {
        "/tenant/{tenant}/widgets": {
            "get": {
                "operationId": "Widgets_GetList",
                "summary": "Gets a paginated list of every widget of the tenant",
                "parameters": [
                    {
                        "name": "tenant",
                        "in": "path",
                        "required": True,
                        "description": "The tenant the widgets belong to, as an integer",
                        "schema": {"type": "integer", "format": "int64"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The request has succeeded and the body holds the widgets",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Widget": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "integer", "example": 42},
                    "description": {"type": "string", "description": "Free text that a technician writes down"},
                },
            }
        }
    },
}


def manifest_keys(workspace: Workspace) -> list[str]:
    return [entry["key"] for entry in tomllib.loads(workspace.manifest.read_text())["domain"]]


def test_a_missing_domain_is_refused(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    (downloads / "crm-v2.json").unlink()
    (downloads / "telecom.json").unlink()
    before = workspace.snapshot()
    assert fail(codegen, capsys, "update", str(downloads)) == [
        f"error: {downloads}: missing crm-v2.json, telecom.json; pass --remove-domain NAME to drop a domain on purpose"
    ]
    assert_untouched(workspace, before)


def test_an_unknown_domain_to_remove_is_refused(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    assert fail(codegen, capsys, "update", str(downloads), "--remove-domain", "widgets") == [
        "error: --remove-domain widgets: no such domain in specs/manifest.toml"
    ]


def test_a_domain_is_removed_when_asked(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    (downloads / "fleet-pro-v2.json").unlink()
    assert codegen.main(["update", str(downloads), "--remove-domain", "fleet_pro"]) == 0
    printed = capsys.readouterr().out
    assert "fleet_pro" not in manifest_keys(workspace)
    assert not (workspace.specs / "openapi" / "fleet-pro-v2.json").exists()
    assert printed.startswith("API changelog: ")
    assert "  BREAKING     fleet_pro " in printed
    assert "non-breaking" not in printed.split("\n", 1)[1]
    codegen.verify()


def test_removing_a_domain_an_action_needs_is_refused(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    (downloads / "dispatch-v2.json").unlink()
    before = workspace.snapshot()
    lines = fail(codegen, capsys, "update", str(downloads), "--remove-domain", "dispatch")
    # A spec patch of the removed domain would no longer apply: that alone refuses the removal.
    assert lines == [
        "error: specs/patches/013-dispatch-non-job-appointment-summary-nullable.json: unknown domain 'dispatch'"
    ]
    assert_untouched(workspace, before)
    for patch in (workspace.specs / "patches").glob("*.json"):
        if json.loads(patch.read_text())["domain"] == "dispatch":
            patch.unlink()
    before = workspace.snapshot()
    lines = fail(codegen, capsys, "update", str(downloads), "--remove-domain", "dispatch")
    assert lines[0] == (
        "error: action assign_technicians needs dispatch operation AppointmentAssignments_AssignTechnicians, "
        "which the specs no longer have"
    )
    assert len(lines) == 3
    assert_untouched(workspace, before)


def test_a_new_domain_is_adopted_and_normalized(codegen: ModuleType, workspace: Workspace, tmp_path: Path) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    download = json.dumps(WIDGETS, indent=4).encode()
    (downloads / "widgets-v2.json").write_bytes(download)
    printed = codegen.adopt(downloads, [], codegen.datetime.date(2030, 1, 2))
    assert printed.splitlines() == [
        "API changelog: 0 breaking, 1 non-breaking",
        "  non-breaking widgets Widgets_GetList: operation added (GET /tenant/{tenant}/widgets)",
    ]
    vendored = workspace.specs / "openapi" / "widgets-v2.json"
    document = json.loads(vendored.read_bytes())
    assert codegen.normalize.prose(document) == []
    assert vendored.read_bytes() != download
    assert document["components"]["schemas"]["Widget"]["properties"] == {
        "description": {"type": "string"},
        "id": {"type": "integer"},
    }
    assert document["servers"] == [{"url": "https://api.servicetitan.io/widgets/v2"}]
    [entry] = [e for e in tomllib.loads(workspace.manifest.read_text())["domain"] if e["key"] == "widgets"]
    assert entry["original_sha256"] == codegen.hashlib.sha256(download).hexdigest()
    assert entry["sha256"] == codegen.sha256(vendored)
    assert entry["server_path"] == "/widgets/v2"
    assert entry["adopted"] == "2030-01-02"
    untouched = [e for e in tomllib.loads(workspace.manifest.read_text())["domain"] if e["key"] == "jpm"]
    assert untouched[0]["adopted"] == "2026-12-01"
    codegen.verify()


def test_the_changelog_is_written_newest_first(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    first = workspace.downloads(tmp_path / "first")
    (first / "widgets-v2.json").write_text(json.dumps(WIDGETS))
    assert codegen.main(["update", str(first)]) == 0
    second = workspace.downloads(tmp_path / "second")
    changed = json.loads((second / "widgets-v2.json").read_text())
    del changed["components"]["schemas"]["Widget"]["properties"]["description"]
    (second / "widgets-v2.json").write_text(json.dumps(changed))
    assert codegen.main(["update", str(second)]) == 0
    capsys.readouterr()
    history = (workspace.specs / "CHANGELOG.md").read_text()
    headings = [line for line in history.splitlines() if line.startswith("## ")]
    assert headings[0].endswith("documents from `second`")
    assert headings[1].endswith("documents from `first`")
    assert headings[-1] == "## 2026-12-01: documents from `servicetitan-specs`"
    newest = history.split("\n## ")[1]
    assert "| BREAKING | widgets | `Widgets_GetList` | response 200.description: field removed | - |" in newest


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"openapi": "3.1.0", "paths": {', "malformed JSON at line 1 column 32: Expecting property name"),
        (b'["not", "a", "document"]', "not an OpenAPI document (no 'paths' object)"),
        (b'{"openapi": "3.1.0", "paths": {}}', "no servers[0].url to take the domain's base path from"),
    ],
)
def test_a_bad_download_is_refused_naming_the_file(
    codegen: ModuleType,
    capsys: pytest.CaptureFixture[str],
    workspace: Workspace,
    tmp_path: Path,
    content: bytes,
    reason: str,
) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    (downloads / "forms-v2.json").write_bytes(content)
    before = workspace.snapshot()
    [line] = fail(codegen, capsys, "update", str(downloads))
    assert line.startswith(f"error: {downloads / 'forms-v2.json'}: {reason}")
    assert_untouched(workspace, before)


def test_a_missing_download_directory_is_refused(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    assert fail(codegen, capsys, "update", str(tmp_path / "nowhere")) == [
        f"error: {tmp_path / 'nowhere'}: specs directory not found"
    ]


def test_a_patch_that_no_longer_applies_to_the_download_is_refused(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    accounting = json.loads((downloads / "accounting-v2.json").read_text())
    del accounting["components"]["schemas"]["Accounting.V2.JournalEntryResponse"]
    (downloads / "accounting-v2.json").write_text(json.dumps(accounting))
    before = workspace.snapshot()
    lines = fail(codegen, capsys, "update", str(downloads))
    assert lines == [
        "error: specs/patches/004-accounting-journal-entry-post-date.json operation 0 "
        "(test /components/schemas/Accounting.V2.JournalEntryResponse/properties/postDate/format): does not apply, "
        "target /components/schemas/Accounting.V2.JournalEntryResponse/properties/postDate/format is gone"
    ]
    assert_untouched(workspace, before)


def test_the_same_downloads_again_change_nothing(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    assert codegen.main(["update", str(downloads)]) == 0
    capsys.readouterr()
    before = workspace.snapshot()
    assert codegen.main(["update", str(downloads)]) == 0
    assert (
        capsys.readouterr().out == f"specs: the documents in {downloads} are the ones already adopted; nothing to do\n"
    )
    assert workspace.snapshot() == before


def test_drift_check_compares_the_downloads_with_the_vendored_copies(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    assert codegen.main(["update", str(downloads)]) == 0
    assert codegen.main(["verify", "--drift", str(downloads)]) == 0
    assert f"the downloads in {downloads} normalize to specs/openapi/" in capsys.readouterr().out
    path = downloads / "jbce-v2.json"
    path.write_bytes(path.read_bytes().replace(b'"openapi"', b' "openapi"', 1))
    assert fail(codegen, capsys, "verify", "--drift", str(downloads)) == [
        f"error: {path}: not the download specs/manifest.toml was adopted from"
    ]
