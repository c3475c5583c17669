"""Supplements: operations the library needs, vendored (normalized excerpts made by `codegen.py supplement`) and
kept when a download lacks them; silently not needed when the download has them.

Each test makes the downloads it needs (the operation put in from its supplement, or taken out), so that none
depends on which documents are adopted (today's lack Payments_Create; 2025-10's lack the reports client's)."""

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

CANCEL = ("reporting", "ReportDataQueries_Cancel")
PAYMENTS = ("accounting", "Payments_Create")


def supplements(workspace: Workspace) -> dict[str, dict[str, Any]]:
    return {entry["file"]: entry for entry in tomllib.loads(workspace.manifest.read_text()).get("supplement", [])}


def supplement_of(codegen: ModuleType, domain: str, operation_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(manifest entry, document) of the supplement that supplies the operation."""
    [entry] = [
        e
        for e in codegen.load_manifest()["supplement"]
        if e.get("domain") == domain and operation_id in e.get("supplies", [])
    ]
    return entry, json.loads((codegen.DOCUMENTS / entry["file"]).read_text())


def domain_file(codegen: ModuleType, domain: str) -> str:
    return str(next(e["file"] for e in codegen.load_manifest()["domain"] if e["key"] == domain))


def route_of(codegen: ModuleType, document: dict[str, Any], operation_id: str) -> tuple[str, str]:
    """(method, path) of an operation of a document."""
    return next((method, path) for op, method, path in codegen.routes(document) if op == operation_id)


def edit(downloads: Path, file: str, change: Any) -> None:
    document = json.loads((downloads / file).read_text())
    change(document)
    (downloads / file).write_text(json.dumps(document))


def with_operation(codegen: ModuleType, downloads: Path, domain: str, operation_id: str) -> None:
    """The download of `domain` has the operation (put in from its supplement if it lacks it)."""
    entry, supplement = supplement_of(codegen, domain, operation_id)

    def put_in(document: dict[str, Any]) -> None:
        if operation_id not in {op for op, _, _ in codegen.routes(document)}:
            codegen.supply(document, supplement, {**entry, "supplies": [operation_id]})

    edit(downloads, domain_file(codegen, domain), put_in)


def without_operation(codegen: ModuleType, downloads: Path, domain: str, operation_id: str) -> None:
    def take_out(document: dict[str, Any]) -> None:
        for op, method, path in list(codegen.routes(document)):
            if op == operation_id:
                del document["paths"][path][method]
                if not document["paths"][path]:
                    del document["paths"][path]

    edit(downloads, domain_file(codegen, domain), take_out)


def plain_downloads(workspace: Workspace, target: Path) -> Path:
    """The vendored documents as a plain download folder: one document per domain, no supplement."""
    downloads = workspace.downloads(target)
    shutil.rmtree(downloads / "legacy")
    return downloads


def adopt(codegen: ModuleType, capsys: pytest.CaptureFixture[str], downloads: Path) -> list[str]:
    assert codegen.main(["update", str(downloads)]) == 0, capsys.readouterr().err
    return capsys.readouterr().out.splitlines()


def kept_lines(out: list[str]) -> list[str]:
    """The operations an adoption said it kept from a supplement."""
    return [line.split(":")[0].split()[-1] for line in out if line.startswith("  kept ")]


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
    domain, operation_id = CANCEL
    entry, supplement = supplement_of(codegen, domain, operation_id)
    method, path = route_of(codegen, supplement, operation_id)
    downloads = plain_downloads(workspace, tmp_path / "downloads")
    without_operation(codegen, downloads, domain, operation_id)
    out = adopt(codegen, capsys, downloads)
    line = f"  kept         {domain} {operation_id}: not in the download: kept from the supplement {entry['file']}"
    assert f"{line} ({method.upper()} {path})" in out
    assert out[0].startswith("API changelog: ")
    written = (workspace.specs / "CHANGELOG.md").read_text()
    assert (
        f"| kept | {domain} | `{operation_id}` | not in the download: kept from the supplement {entry['file']}"
        in written
    )
    # The download's document is adopted as it is; what generation reads has the supplement's operation.
    assert operation_id not in {op for op, _, _ in codegen.routes(workspace.document(domain_file(codegen, domain)))}
    _, documents = codegen.prepare()
    assert documents[domain]["paths"]["/reporting/v2" + path][method]["operationId"] == operation_id


def test_a_download_that_has_the_operations_needs_no_supplement_and_says_nothing(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    """The download's operation is the one used, the supplement stays as it is, and nothing asks to drop it."""
    downloads = plain_downloads(workspace, tmp_path / "downloads")
    for entry in codegen.load_manifest()["supplement"]:
        for operation_id in entry.get("supplies", []):
            with_operation(codegen, downloads, entry["domain"], operation_id)
    edit(downloads, domain_file(codegen, "timesheets"), lambda document: document.update({"x-marker": True}))
    before = supplements(workspace)
    out = adopt(codegen, capsys, downloads)
    assert kept_lines(out) == []
    assert not any("not in the download" in line for line in out)
    assert supplements(workspace) == before


@pytest.mark.long
def test_a_supplied_operation_is_neither_dropped_nor_asked_back_from_step_to_step(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    """Payments_Create: present in 2025-10's accounting, absent from 2026-05-11's, present again in a later one.
    No step asks to delete what supplies it, none asks for it back: it is kept where lacking, unused where not."""
    domain, operation_id = PAYMENTS
    entry, supplement = supplement_of(codegen, domain, operation_id)
    method, path = route_of(codegen, supplement, operation_id)
    with_payments = plain_downloads(workspace, tmp_path / "with")
    with_operation(codegen, with_payments, domain, operation_id)
    without_payments = plain_downloads(workspace, tmp_path / "without")
    without_operation(codegen, without_payments, domain, operation_id)
    kept = f"not in the download: kept from the supplement {entry['file']}"
    back = f"  non-breaking {domain} {operation_id}: now in the download: no longer kept from the supplement"
    adopt(codegen, capsys, without_payments)
    for downloads, is_kept in ((with_payments, False), (without_payments, True), (with_payments, False)):
        out = adopt(codegen, capsys, downloads)
        assert any(kept in line for line in out) is is_kept, out
        assert any(line.startswith(back) for line in out) is (not is_kept), out
        assert entry["file"] in supplements(workspace)
        codegen.verify()
        _, documents = codegen.prepare()
        prefix = next(e["server_path"] for e in codegen.load_manifest()["domain"] if e["key"] == domain)
        assert documents[domain]["paths"][prefix + path][method]["operationId"] == operation_id


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
    """A 3.1 document with the reports client's operations, and a 3.0 one without them that gets them from the
    supplement in its own form: the changelog reads them as the same facts."""
    entry, supplement = supplement_of(codegen, *CANCEL)
    reporting = json.loads((codegen.DOCUMENTS / domain_file(codegen, "reporting")).read_text())
    newer = codegen.nullable_30_to_31(reporting) if reporting["openapi"].startswith("3.0") else reporting
    newer["openapi"] = "3.1.0"
    codegen.supply(newer, supplement, entry)
    older = codegen.nullable_31_to_30(copy.deepcopy(newer))
    older["openapi"] = "3.0.1"
    for operation_id, method, path in list(codegen.routes(newer)):
        if operation_id in entry["supplies"]:
            del older["paths"][path][method]
    older["paths"] = {path: item for path, item in older["paths"].items() if item}
    kept, problems = codegen.supply(older, supplement, entry)
    assert problems == []
    assert sorted(operation_id for operation_id, _ in kept) == sorted(entry["supplies"])
    found = codegen.changelog.changes({"reporting": newer}, {"reporting": older})
    assert [c for c in found if c.operation_id in entry["supplies"]] == []


def test_a_supplied_route_the_download_serves_under_another_name_is_refused_as_a_rename(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    domain, operation_id = CANCEL
    entry, supplement = supplement_of(codegen, domain, operation_id)
    method, path = route_of(codegen, supplement, operation_id)
    downloads = plain_downloads(workspace, tmp_path / "downloads")
    with_operation(codegen, downloads, domain, operation_id)
    edit(
        downloads,
        domain_file(codegen, domain),
        lambda document: document["paths"][path][method].update({"operationId": "ReportDataQueries_Delete"}),
    )
    before = workspace.snapshot()
    lines = fail(codegen, capsys, "update", str(downloads))
    assert (
        f"error: specs/openapi/{entry['file']} supplies {domain} operation {operation_id} ({method.upper()} {path}), "
        "which the new document serves as ReportDataQueries_Delete: a rename; change the library's code to "
        f"ReportDataQueries_Delete, then drop {operation_id} from the supplement's `supplies` in specs/manifest.toml"
    ) in lines
    assert_untouched(workspace, before)


def test_a_library_operation_no_supplement_holds_is_refused_and_the_way_out_completes_it(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    """The library's own code names operations (the reports client, the sandbox...): a download without one that no
    supplement keeps is refused, naming each place and the command that vendors the operation as the documents
    adopted now have it; running it, then the same update, adopts the download and keeps the operation."""
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
    domain, operation_id, _, _ = min(c for c in candidates if c[1] in named)
    downloads = plain_downloads(workspace, tmp_path / "downloads")
    without_operation(codegen, downloads, domain, operation_id)
    lines = fail(codegen, capsys, "update", str(downloads))
    way_out = f"`nox -s specs -- --supplement {domain} {operation_id}`, then run the update again"
    assert lines
    assert all(line.startswith("error: overlay/servicetitan/") and line.endswith(way_out) for line in lines), lines
    assert codegen.main(["supplement", domain, operation_id]) == 0
    capsys.readouterr()
    codegen.verify()
    out = adopt(codegen, capsys, downloads)
    file = f"supplements/{domain_file(codegen, domain)}"
    assert any(f"{domain} {operation_id}: not in the download: kept from the supplement {file}" in line for line in out)


def test_cutting_a_supplement_adds_to_the_one_of_its_domain(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace
) -> None:
    file = f"supplements/{domain_file(codegen, 'reporting')}"
    before = supplements(workspace)[file]
    reporting = workspace.document(domain_file(codegen, "reporting"))
    other = min(op for op, _, _ in codegen.routes(reporting) if op not in before["supplies"])
    assert codegen.main(["supplement", "reporting", other]) == 0
    assert capsys.readouterr().out.startswith(f"specs: specs/openapi/{file} supplies reporting ")
    after = supplements(workspace)[file]
    assert after["supplies"] == sorted([*before["supplies"], other])
    assert after["why"] == before["why"]
    assert after["cut_from"].startswith(f"{domain_file(codegen, 'reporting')} sha256 ")
    codegen.verify()
    assert fail(codegen, capsys, "supplement", "reporting", "Reports_Teleport") == [
        f"error: specs/openapi/{domain_file(codegen, 'reporting')}: has no operation Reports_Teleport to supply"
    ]
    assert fail(codegen, capsys, "supplement", "widgets", "Widgets_Get")[0].startswith(
        "error: widgets: no such domain in specs/manifest.toml"
    )


def test_a_supplement_that_lacks_what_it_supplies_fails_verification(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace
) -> None:
    manifest = codegen.load_manifest()
    entry = next(e for e in manifest["supplement"] if e.get("domain") == "reporting")
    entry["supplies"] = [*entry["supplies"], "Nope_Get"]
    workspace.manifest.write_text(codegen.render_manifest(manifest["domain"], manifest["supplement"]))
    assert fail(codegen, capsys, "verify") == [
        f"error: specs/openapi/{entry['file']}: does not hold Nope_Get, which specs/manifest.toml says it supplies"
    ]


def test_a_supplement_goes_with_the_domain_removed_on_purpose(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], workspace: Workspace, tmp_path: Path
) -> None:
    key, file = workspace.spare_domain()
    downloads = workspace.downloads(tmp_path / "downloads")
    (downloads / file).unlink()
    manifest = codegen.load_manifest()
    supplement = {**manifest["supplement"][-1], "domain": key, "supplies": ["Nothing_Needed"]}
    workspace.manifest.write_text(codegen.render_manifest(manifest["domain"], [*manifest["supplement"], supplement]))
    assert codegen.main(["update", str(downloads), "--remove-domain", key]) == 0
    capsys.readouterr()
    assert [e.get("domain") for e in codegen.load_manifest()["supplement"]].count(key) == 0
