"""`nox -s specs -- --update DIR`: a download is adopted in one command, or refused with nothing written."""

from __future__ import annotations

import json
import shutil
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


def _patches_of(workspace: Workspace, domains: set[str]) -> list[tuple[str, str]]:
    """(file name, domain) of the spec patches of `domains`, in the order they apply."""
    found = []
    for patch in sorted((workspace.specs / "patches").glob("*.json")):
        domain = json.loads(patch.read_text())["domain"]
        if domain in domains:
            found.append((patch.name, domain))
    return found


def test_a_missing_domain_is_refused(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    (downloads / "crm-v2.json").unlink()
    (downloads / "telecom.json").unlink()
    before = workspace.snapshot()
    lines = fail(codegen, capsys, "update", str(downloads))
    assert lines[0] == (
        f"error: {downloads}: missing crm-v2.json, telecom.json; add the download, "
        "or pass --remove-domain crm --remove-domain telecom to drop the domain on purpose"
    )
    # Every problem at once: the spec patches of a missing domain no longer apply either.
    assert lines[1:] == [
        f"error: specs/patches/{name}: unknown domain '{domain}'; update the patch to the new document, "
        "or delete it if the document no longer needs it"
        for name, domain in _patches_of(workspace, {"crm", "telecom"})
    ]
    assert_untouched(workspace, before)


def test_an_unknown_domain_to_remove_is_refused(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    [line] = fail(codegen, capsys, "update", str(downloads), "--remove-domain", "widgets")
    assert line.startswith("error: --remove-domain widgets: no such domain in specs/manifest.toml (the domains are ")
    assert "accounting, crm, customer_interactions, " in line


def test_a_domain_is_removed_when_asked(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    key, file = workspace.spare_domain()
    downloads = workspace.downloads(tmp_path / "downloads")
    (downloads / file).unlink()
    assert codegen.main(["update", str(downloads), "--remove-domain", key]) == 0
    printed = capsys.readouterr().out
    assert key not in manifest_keys(workspace)
    assert not (workspace.specs / "openapi" / file).exists()
    assert printed.startswith("API changelog: ")
    assert f"  BREAKING     {key} " in printed
    # Every change is the removed domain's (operations and, in a 3.0 document, its security schemes); the kept
    # operations and waiting patches of the documents adopted now are said apart.
    changes = [line for line in printed.splitlines()[1:] if not line.startswith(("  kept ", "specs: "))]
    assert all(f" {key} " in line for line in changes)
    assert all(line.startswith("  BREAKING ") for line in changes if "operation removed" in line)
    codegen.verify()


def test_removing_a_domain_an_action_needs_is_refused(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    (downloads / "dispatch-v2.json").unlink()
    before = workspace.snapshot()
    lines = fail(codegen, capsys, "update", str(downloads), "--remove-domain", "dispatch")
    # A spec patch of the removed domain would no longer apply, and the actions lose their operations: all at once.
    patch_lines = [
        f"error: specs/patches/{name}: unknown domain 'dispatch'; update the patch to the new document, "
        "or delete it if the document no longer needs it"
        for name, _ in _patches_of(workspace, {"dispatch"})
    ]
    assert patch_lines
    assert lines[: len(patch_lines)] == patch_lines
    actions = [line for line in lines if line.startswith("error: action ")]
    assert len(actions) == 3
    # The rest: the library's own code that names dispatch operations (the sandbox's, say).
    others = lines[len(patch_lines) + len(actions) :]
    assert all(
        line.startswith("error: overlay/servicetitan/") and " names dispatch operation " in line for line in others
    )
    assert_untouched(workspace, before)
    for patch in (workspace.specs / "patches").glob("*.json"):
        if json.loads(patch.read_text())["domain"] == "dispatch":
            patch.unlink()
    before = workspace.snapshot()
    failed = fail(codegen, capsys, "update", str(downloads), "--remove-domain", "dispatch")
    lines = [line for line in failed if not line.startswith("error: overlay/servicetitan/")]
    assert lines[0] == (
        "error: action assign_technicians needs dispatch operation AppointmentAssignments_AssignTechnicians, "
        "which the new documents no longer have; remove the action from overlay/servicetitan/actions.py, "
        "point it at another operation, or keep the operation from the documents adopted now: "
        "`nox -s specs -- --supplement dispatch AppointmentAssignments_AssignTechnicians`, then run the update again"
    )
    assert len(lines) == 3
    assert_untouched(workspace, before)


def test_a_new_domain_is_adopted_and_normalized(codegen: ModuleType, workspace: Workspace, tmp_path: Path) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    download = json.dumps(WIDGETS, indent=4).encode()
    (downloads / "widgets-v2.json").write_bytes(download)
    before_manifest = workspace.manifest.read_text()
    printed = codegen.adopt(downloads, [], codegen.datetime.date(2030, 1, 2))
    # Besides, one `kept` line per operation a supplement keeps (today's accounting lacks Payments_Create), and
    # one `specs:` line per patch with nothing to fix in these documents.
    assert [line for line in printed.splitlines() if not line.startswith(("  kept ", "specs: "))] == [
        printed.splitlines()[0],
        "  non-breaking widgets Widgets_GetList: operation added (GET /tenant/{tenant}/widgets)",
    ]
    assert printed.startswith("API changelog: 0 breaking, 1 non-breaking")
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
    # A domain whose facts did not change keeps the date it was adopted, whatever that date is.
    adopted_before = {e["key"]: e["adopted"] for e in tomllib.loads(before_manifest)["domain"]}
    untouched = [e for e in tomllib.loads(workspace.manifest.read_text())["domain"] if e["key"] == "jpm"]
    assert untouched[0]["adopted"] == adopted_before["jpm"]
    codegen.verify()


def test_the_changelog_is_written_newest_first(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    earlier = [line for line in (workspace.specs / "CHANGELOG.md").read_text().splitlines() if line.startswith("## ")]
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
    assert headings[2:] == earlier
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
        "target /components/schemas/Accounting.V2.JournalEntryResponse/properties/postDate/format is gone; "
        "update the patch to the new document, or delete it if the document no longer needs it"
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


def test_a_refusal_shows_the_changelog_then_every_problem_with_its_way_out(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    (downloads / "telecom.json").unlink()
    shutil.copyfile(downloads / "crm-v2.json", downloads / "crm-v3.json")
    accounting = json.loads((downloads / "accounting-v2.json").read_text())
    del accounting["components"]["schemas"]["Accounting.V2.JournalEntryResponse"]
    (downloads / "accounting-v2.json").write_text(json.dumps(accounting))
    jpm = json.loads((downloads / "jpm-v2.json").read_text())
    del jpm["paths"]["/tenant/{tenant}/jobs/{id}"]["get"]
    (downloads / "jpm-v2.json").write_text(json.dumps(jpm))
    before = workspace.snapshot()
    assert codegen.main(["update", str(downloads)]) == 1
    captured = capsys.readouterr()
    out, errors = captured.out.splitlines(), captured.err.splitlines()
    assert out[0].startswith("API changelog: ")
    assert "  BREAKING     jpm Jobs_Get: operation removed (GET /tenant/{tenant}/jobs/{id})  [affects: get_job]" in out
    assert not any(" telecom " in line for line in out)  # a missing domain waits for the maintainer's decision
    assert out[-2] == "(this changelog is also in build/specs-update/CHANGELOG.md)"
    assert out[-1] == "specs: not adopted; nothing was written to specs/ or generated/ (4 problem(s) to solve):"
    written = (workspace.root / "build" / "specs-update" / "CHANGELOG.md").read_text()
    assert "| BREAKING | jpm | `Jobs_Get` | operation removed (GET /tenant/{tenant}/jobs/{id}) | get_job |" in written
    assert errors == [
        f"error: {downloads}: crm-v2.json, crm-v3.json are all documents of domain crm; keep the one to adopt in "
        "the folder and move the others out",
        f"error: {downloads}: missing telecom.json; add the download, or pass --remove-domain telecom to drop the "
        "domain on purpose",
        "error: specs/patches/004-accounting-journal-entry-post-date.json operation 0 "
        "(test /components/schemas/Accounting.V2.JournalEntryResponse/properties/postDate/format): does not apply, "
        "target /components/schemas/Accounting.V2.JournalEntryResponse/properties/postDate/format is gone; "
        "update the patch to the new document, or delete it if the document no longer needs it",
        "error: action get_job needs jpm operation Jobs_Get, which the new documents no longer have; remove the "
        "action from overlay/servicetitan/actions.py, point it at another operation, or keep the operation from "
        "the documents adopted now: `nox -s specs -- --supplement jpm Jobs_Get`, then run the update again",
    ]
    assert_untouched(workspace, before)


def test_taking_the_way_out_completes_the_adoption(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    key, file = workspace.spare_domain()
    downloads = workspace.downloads(tmp_path / "downloads")
    (downloads / file).unlink()
    shutil.copyfile(downloads / "crm-v2.json", downloads / "crm-v3.json")
    assert len(fail(codegen, capsys, "update", str(downloads))) == 2
    (downloads / "crm-v2.json").unlink()
    assert codegen.main(["update", str(downloads), "--remove-domain", key]) == 0
    assert f"  BREAKING     {key} " in capsys.readouterr().out
    entries = {e["key"]: e["file"] for e in tomllib.loads(workspace.manifest.read_text())["domain"]}
    assert entries["crm"] == "crm-v3.json"
    assert key not in entries
    codegen.verify()


def test_a_renamed_operation_an_action_calls_names_the_new_operation(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    jpm = json.loads((downloads / "jpm-v2.json").read_text())
    jpm["paths"]["/tenant/{tenant}/jobs/{id}"]["get"]["operationId"] = "Jobs_GetById"
    (downloads / "jpm-v2.json").write_text(json.dumps(jpm))
    before = workspace.snapshot()
    assert fail(codegen, capsys, "update", str(downloads)) == [
        "error: action get_job needs jpm operation Jobs_Get, which the new documents no longer have; it is now "
        "Jobs_GetById: point the action at the resource method generated for Jobs_GetById in "
        "overlay/servicetitan/actions.py"
    ]
    assert_untouched(workspace, before)


def test_a_plain_download_keeps_the_vendored_supplement(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    downloads = workspace.downloads(tmp_path / "downloads")
    shutil.rmtree(downloads / "legacy")
    (downloads / "widgets-v2.json").write_text(json.dumps(WIDGETS))
    supplement = (workspace.specs / "openapi" / "legacy" / "accounting-v2.json").read_bytes()
    entries_before = tomllib.loads(workspace.manifest.read_text())["supplement"]
    assert "legacy/accounting-v2.json" in [entry["file"] for entry in entries_before]
    assert codegen.main(["update", str(downloads)]) == 0
    capsys.readouterr()
    assert (workspace.specs / "openapi" / "legacy" / "accounting-v2.json").read_bytes() == supplement
    assert tomllib.loads(workspace.manifest.read_text())["supplement"] == entries_before
    codegen.verify()


def test_a_download_that_brings_a_supplement_replaces_it(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    # A patch of its own (whatever specs/patches/ holds today): it imports Payments_Create from the legacy edition.
    for patch in (workspace.specs / "patches").glob("*.json"):
        if any(op["op"] == "import-operation" for op in json.loads(patch.read_text())["operations"]):
            patch.unlink()
    payments = {"path": "/tenant/{tenant}/payments", "method": "post"}
    workspace.add_patch(
        "901-import-payments.json",
        "accounting",
        [{"op": "import-operation", "from": "legacy/accounting-v2.json", **payments}],
    )
    downloads = workspace.downloads(tmp_path / "downloads")
    legacy = json.loads((downloads / "legacy" / "accounting-v2.json").read_text())
    accounting = json.loads((downloads / "accounting-v2.json").read_text())
    accounting["paths"]["/tenant/{tenant}/payments"]["post"] = legacy["paths"]["/tenant/{tenant}/payments"]["post"]
    (downloads / "accounting-v2.json").write_text(json.dumps(accounting))
    assert fail(codegen, capsys, "update", str(downloads)) == [
        "error: specs/patches/901-import-payments.json operation 0 (import-operation "
        "/tenant/{tenant}/payments): does not apply: POST /tenant/{tenant}/payments already exists; "
        "the patch is no longer needed: delete it"
    ]


def test_the_same_removal_again_after_the_adoption_changes_nothing(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    """The loop resumes a stopped adoption with the same command: a domain it already removed is no typo then (the
    loop names the manifest from before the adoption with --known-from); without it, the name is unknown."""
    key, file = workspace.spare_domain()
    downloads = workspace.downloads(tmp_path / "downloads")
    (downloads / file).unlink()
    previous = tmp_path / "manifest.before.toml"
    previous.write_bytes(workspace.manifest.read_bytes())
    assert codegen.main(["update", str(downloads), "--remove-domain", key, "--known-from", str(previous)]) == 0
    capsys.readouterr()
    before = workspace.snapshot()
    assert codegen.main(["update", str(downloads), "--remove-domain", key, "--known-from", str(previous)]) == 0
    assert capsys.readouterr().out.startswith(f"specs: the documents in {downloads} are the ones already adopted")
    assert workspace.snapshot() == before
    [line] = fail(codegen, capsys, "update", str(downloads), "--remove-domain", key)
    assert line.startswith(f"error: --remove-domain {key}: no such domain in specs/manifest.toml")


def test_the_places_that_name_an_operation_are_listed_in_line_order(codegen: ModuleType) -> None:
    found = codegen.named_operations({"ReportDataQueries_Cancel", "ReportCategoryReports_StartGetData"})
    assert len(found) >= 3  # the reports client names both; the sandbox serves both
    assert found == sorted(found)
    assert all(where.startswith("overlay/servicetitan/") and where.endswith(".py") for where, _, _ in found)
