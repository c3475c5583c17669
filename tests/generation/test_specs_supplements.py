"""Supplements: operations the library needs, vendored (normalized excerpts made by `codegen.py supplement`) and
kept when a download lacks them; silently not needed when the download has them."""

from __future__ import annotations

import copy
import json
import shutil
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.generation.specs_workspace import Workspace, assert_untouched, fail

CANCEL = ("reporting", "ReportDataQueries_Cancel", "DELETE", "/tenant/{tenant}/data-queries/{token}")
PAYMENTS = ("accounting", "Payments_Create", "POST", "/tenant/{tenant}/payments")


def supplements(workspace: Workspace) -> dict[str, dict[str, Any]]:
    return {entry["file"]: entry for entry in tomllib.loads(workspace.manifest.read_text()).get("supplement", [])}


def without(downloads: Path, file: str, path: str, method: str) -> None:
    document = json.loads((downloads / file).read_text())
    del document["paths"][path][method.lower()]
    if not document["paths"][path]:
        del document["paths"][path]
    (downloads / file).write_text(json.dumps(document))


def supplied_file(workspace: Workspace, domain: str, operation_id: str) -> str:
    [file] = [
        f for f, e in supplements(workspace).items() if e.get("domain") == domain and operation_id in e["supplies"]
    ]
    return file


def plain_downloads(workspace: Workspace, target: Path) -> Path:
    """The vendored documents as a plain download folder: one document per domain, no supplement."""
    downloads = workspace.downloads(target)
    shutil.rmtree(downloads / "legacy")
    return downloads


def adopt(codegen: ModuleType, capsys: pytest.CaptureFixture[str], downloads: Path) -> list[str]:
    assert codegen.main(["update", str(downloads)]) == 0, capsys.readouterr().err
    return capsys.readouterr().out.splitlines()


def test_the_library_operations_the_history_lacks_are_supplied(codegen: ModuleType) -> None:
    """The reports client's three operations, settings' IntacctBusinessUnitMappings_Get and the action
    create_payment's Payments_Create: what ServiceTitan's documents of 2025-10 to 2026-05-21 lack."""
    supplied = {(e["domain"], op) for e in codegen.load_manifest()["supplement"] for op in e.get("supplies", [])}
    assert {
        ("reporting", "ReportCategoryReports_StartGetData"),
        ("reporting", "ReportDataQueries_Get"),
        ("reporting", "ReportDataQueries_Cancel"),
        ("settings", "IntacctBusinessUnitMappings_Get"),
        ("accounting", "Payments_Create"),
    } <= supplied


def test_the_vendored_supplements_are_normalized_facts_only_excerpts(codegen: ModuleType) -> None:
    for entry in codegen.load_manifest()["supplement"]:
        data = (codegen.DOCUMENTS / entry["file"]).read_bytes()
        document = json.loads(data)
        assert codegen.normalize.render(codegen.normalize.normalize(document)) == data, entry["file"]
        assert codegen.normalize.prose(document) == [], entry["file"]
        if "cut_from" in entry:  # an excerpt: only what it supplies
            assert sorted(op for op, _, _ in codegen.routes(document)) == sorted(entry["supplies"])


def test_a_download_that_lacks_a_supplied_operation_keeps_it_with_one_changelog_line(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    domain, operation_id, method, path = CANCEL
    downloads = plain_downloads(workspace, tmp_path / "downloads")
    without(downloads, "reporting-v2.json", path, method)
    out = adopt(codegen, capsys, downloads)
    file = supplied_file(workspace, domain, operation_id)
    line = f"  kept         {domain} {operation_id}: not in the download: kept from the supplement {file}"
    line += f" ({method} {path})"
    # Today's accounting lacks Payments_Create too: it is kept from the legacy edition at every adoption.
    assert out[0] == "API changelog: 0 breaking, 0 non-breaking; 2 operation(s) kept from a supplement"
    assert line in out
    assert len(out) == 3
    written = (workspace.specs / "CHANGELOG.md").read_text()
    assert f"| kept | {domain} | `{operation_id}` | not in the download: kept from the supplement {file}" in written
    # What generation reads has it: the download's document as adopted, with the supplement's operation.
    assert method.lower() not in workspace.document("reporting-v2.json")["paths"].get(path, {})
    _, documents = codegen.prepare()
    assert documents[domain]["paths"]["/reporting/v2" + path][method.lower()]["operationId"] == operation_id


def test_a_download_that_has_the_operation_needs_no_supplement_and_says_nothing(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    """The download's operation is the one used, the supplement stays as it is, and nothing asks to drop it."""
    downloads = plain_downloads(workspace, tmp_path / "downloads")
    timesheets = json.loads((downloads / "timesheets-v2.json").read_text())
    timesheets["info"]["version"] = "a newer one"  # a download that differs, so it is adopted
    timesheets["x-marker"] = True
    (downloads / "timesheets-v2.json").write_text(json.dumps(timesheets))
    before = supplements(workspace)
    out = adopt(codegen, capsys, downloads)
    kept = [line.split(":")[0].split()[-1] for line in out if line.startswith("  kept ")]
    assert kept == ["Payments_Create"]  # which today's accounting lacks; every other supplied operation is there
    assert supplements(workspace) == before


def test_a_supplied_operation_is_neither_dropped_nor_asked_back_from_step_to_step(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    """Payments_Create: present in 2025-10's accounting, absent from 2026-05-11's, present again in a later one.
    No step asks to delete what supplies it, none asks for it back: it is kept where lacking, unused where not."""
    domain, operation_id, method, path = PAYMENTS
    file = supplied_file(workspace, domain, operation_id)
    legacy = json.loads((workspace.specs / "openapi" / file).read_text())
    with_payments = plain_downloads(workspace, tmp_path / "with")
    accounting = json.loads((with_payments / "accounting-v2.json").read_text())
    accounting["paths"].setdefault(path, {})[method.lower()] = codegen.nullable_30_to_31(
        legacy["paths"][path][method.lower()]
    )
    schemas = accounting["components"]["schemas"]
    for name, schema in legacy["components"]["schemas"].items():
        schemas.setdefault(name, codegen.nullable_30_to_31(schema))
    (with_payments / "accounting-v2.json").write_text(json.dumps(accounting))
    without_payments = plain_downloads(workspace, tmp_path / "without")
    back = f"  non-breaking {domain} {operation_id}: now in the download: no longer kept from the supplement {file}"
    for downloads, kept in ((with_payments, False), (without_payments, True), (with_payments, False)):
        out = adopt(codegen, capsys, downloads)
        assert any(f"not in the download: kept from the supplement {file}" in line for line in out) is kept, out
        assert any(line.startswith(back) for line in out) is (downloads is with_payments)
        assert file in supplements(workspace)
        codegen.verify()
        _, documents = codegen.prepare()
        assert f"/accounting/v2{path}" in documents[domain]["paths"]


def test_a_supplied_operation_into_a_30_document_says_null_the_30_way(codegen: ModuleType) -> None:
    fragment = {
        "type": "object",
        "properties": {
            "id": {"type": ["integer", "null"], "format": "int64"},
            "kind": {"oneOf": [{"$ref": "#/components/schemas/Kind"}, {"type": "null"}]},
            "type": {"type": "string"},  # a field named `type`: a name, not a keyword
        },
    }
    assert codegen.in_version(fragment, "3.1.0", "3.0.1") == {
        "type": "object",
        "properties": {
            "id": {"type": "integer", "format": "int64", "nullable": True},
            "kind": {"oneOf": [{"$ref": "#/components/schemas/Kind"}], "nullable": True},
            "type": {"type": "string"},
        },
    }
    assert codegen.in_version(fragment, "3.1.0", "3.1.0") == fragment
    assert codegen.in_version(codegen.in_version(fragment, "3.1.0", "3.0.1"), "3.0.1", "3.1.0") == fragment


def test_an_operation_supplied_into_an_older_document_is_no_change_in_the_changelog(codegen: ModuleType) -> None:
    """Today's reporting has the reports client's operations; a 3.0 document without them gets them from the
    supplement in its own form, which the changelog reads as the same facts."""
    manifest = codegen.load_manifest()
    sources = codegen.vendored_documents(manifest)
    entry = next(e for e in manifest["supplement"] if e.get("domain") == "reporting")
    today = sources["reporting-v2.json"]
    older = copy.deepcopy(today)
    older["openapi"] = "3.0.1"
    for operation_id, method, path in list(codegen.routes(today)):
        if operation_id in entry["supplies"]:
            del older["paths"][path][method]
    older["paths"] = {path: item for path, item in older["paths"].items() if item}
    older = codegen.nullable_31_to_30(older)
    kept, problems = codegen.supply(older, sources[entry["file"]], entry)
    assert problems == []
    assert sorted(operation_id for operation_id, _ in kept) == sorted(entry["supplies"])
    found = codegen.changelog.changes({"reporting": today}, {"reporting": older})
    assert [c for c in found if c.operation_id in entry["supplies"]] == []


def test_a_supplied_route_the_download_serves_under_another_name_is_refused_as_a_rename(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    domain, operation_id, method, path = CANCEL
    downloads = plain_downloads(workspace, tmp_path / "downloads")
    reporting = json.loads((downloads / "reporting-v2.json").read_text())
    reporting["paths"][path][method.lower()]["operationId"] = "ReportDataQueries_Delete"
    (downloads / "reporting-v2.json").write_text(json.dumps(reporting))
    before = workspace.snapshot()
    lines = fail(codegen, capsys, "update", str(downloads))
    file = supplied_file(workspace, domain, operation_id)
    assert (
        f"error: specs/openapi/{file} supplies {domain} operation {operation_id} ({method} {path}), which the new "
        "document serves as ReportDataQueries_Delete: a rename; change the library's code to "
        f"ReportDataQueries_Delete, then drop {operation_id} from the supplement's `supplies` in specs/manifest.toml"
    ) in lines
    assert_untouched(workspace, before)


def test_a_library_operation_no_supplement_holds_is_refused_and_the_way_out_completes_it(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    """The refusal names the command that vendors the operation as the documents adopted now have it; running it,
    then the same update, adopts the download and keeps the operation (one changelog line)."""
    supplied = {op for e in codegen.load_manifest()["supplement"] for op in e.get("supplies", [])}
    actions = {op for _, op in codegen.action_operations()}
    documents = {e["key"]: workspace.document(e["file"]) for e in codegen.load_manifest()["domain"]}
    candidates = {
        (key, op, method, path)
        for key, document in documents.items()
        for op, method, path in codegen.routes(document)
        if op not in supplied | actions
    }
    named = {op for _, _, op in codegen.named_operations({op for _, op, _, _ in candidates})}
    domain, operation_id, method, path = min(c for c in candidates if c[1] in named)
    file = next(e["file"] for e in codegen.load_manifest()["domain"] if e["key"] == domain)
    downloads = plain_downloads(workspace, tmp_path / "downloads")
    without(downloads, file, path, method)
    lines = fail(codegen, capsys, "update", str(downloads))
    way_out = f"`nox -s specs -- --supplement {domain} {operation_id}`, then run the update again"
    assert lines
    assert all(line.startswith("error: overlay/servicetitan/") and line.endswith(way_out) for line in lines), lines
    assert codegen.main(["supplement", domain, operation_id]) == 0
    capsys.readouterr()
    codegen.verify()
    out = adopt(codegen, capsys, downloads)
    assert any(
        f"{domain} {operation_id}: not in the download: kept from the supplement supplements/{file}" in line
        for line in out
    )


def test_cutting_a_supplement_adds_to_the_one_of_its_domain(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace
) -> None:
    file = "supplements/reporting-v2.json"
    before = supplements(workspace)[file]
    assert codegen.main(["supplement", "reporting", "ReportCategories_GetCategories"]) == 0
    assert capsys.readouterr().out.startswith(f"specs: specs/openapi/{file} supplies reporting ")
    after = supplements(workspace)[file]
    assert after["supplies"] == sorted([*before["supplies"], "ReportCategories_GetCategories"])
    assert after["why"] == before["why"]
    assert after["cut_from"].startswith("reporting-v2.json sha256 ")
    codegen.verify()
    assert fail(codegen, capsys, "supplement", "reporting", "Reports_Teleport") == [
        "error: specs/openapi/reporting-v2.json: has no operation Reports_Teleport to supply"
    ]
    assert fail(codegen, capsys, "supplement", "widgets", "Widgets_Get")[0].startswith(
        "error: widgets: no such domain in specs/manifest.toml"
    )


def test_a_supplement_that_lacks_what_it_supplies_fails_verification(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace
) -> None:
    text = workspace.manifest.read_text()
    workspace.manifest.write_text(text.replace('"ReportDataQueries_Get"]', '"ReportDataQueries_Get", "Nope_Get"]', 1))
    assert fail(codegen, capsys, "verify") == [
        "error: specs/openapi/supplements/reporting-v2.json: does not hold Nope_Get, which specs/manifest.toml says "
        "it supplies"
    ]


def test_a_supplement_goes_with_the_domain_removed_on_purpose(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    downloads = plain_downloads(workspace, tmp_path / "downloads")
    (downloads / "timesheets-v2.json").unlink()
    entry = {"domain": "timesheets", "supplies": ["Nothing_Needed"], "sha256": "0"}
    manifest = codegen.load_manifest()
    supplement = {**manifest["supplement"][-1], **entry}
    text = codegen.render_manifest(manifest["domain"], [*manifest["supplement"], supplement])
    workspace.manifest.write_text(text)
    assert codegen.main(["update", str(downloads), "--remove-domain", "timesheets"]) == 0
    capsys.readouterr()
    assert [e.get("domain") for e in codegen.load_manifest()["supplement"]].count("timesheets") == 0
