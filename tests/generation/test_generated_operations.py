"""Every operation of every vendored document has generated sync and asyncio functions, and the catalog knows it."""

import ast
import json
from pathlib import Path
from types import ModuleType

import pytest

from servicetitan import _catalog

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "servicetitan_raw"
EXPECTED_FUNCTIONS = {"sync_detailed": False, "sync": False, "asyncio_detailed": True, "asyncio": True}


def spec_operations(documents: dict) -> list[tuple[str, str, str, str]]:
    return [
        (key, operation["operationId"], method.upper(), path)
        for key, document in documents.items()
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    ]


def test_every_vendored_operation_plus_patched_ones_is_counted(codegen: ModuleType, patched_documents: dict) -> None:
    vendored = 0
    for entry in codegen.load_manifest()["domain"]:
        document = json.loads((codegen.DOCUMENTS / entry["file"]).read_text())
        vendored += sum(
            1 for item in document["paths"].values() for m in item if m in {"get", "post", "put", "patch", "delete"}
        )
    imported = sum(
        1 for _, patch in codegen.load_patches() for op in patch["operations"] if op["op"] == "import-operation"
    )
    manifest = codegen.load_manifest()
    _, supplied, _ = codegen.supplied_documents(manifest, codegen.vendored_documents(manifest))
    supplies = {(entry["domain"], op) for entry in manifest["supplement"] for op in entry.get("supplies", [])}
    assert {(domain, operation_id) for domain, operation_id, _, _ in supplied} <= supplies
    assert len(spec_operations(patched_documents)) == vendored + imported + len(supplied)
    assert (
        "accounting",
        "Payments_Create",
        "POST",
        "/accounting/v2/tenant/{tenant}/payments",
    ) in spec_operations(patched_documents)


def test_every_operation_has_sync_and_asyncio_functions(patched_documents: dict) -> None:
    missing = []
    for key, operation_id, method, path in spec_operations(patched_documents):
        operation = _catalog.operation(key, operation_id)
        assert (operation.method, operation.path) == (method, path)
        module_file = ROOT / "generated" / Path(*operation.module.split("."))
        tree = ast.parse(module_file.with_suffix(".py").read_text())
        found = {
            node.name: isinstance(node, ast.AsyncFunctionDef)
            for node in tree.body
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        }
        for name, is_async in EXPECTED_FUNCTIONS.items():
            if found.get(name) is not is_async:
                missing.append(f"{key}.{operation_id}.{name}")
    assert missing == []


def test_catalog_has_exactly_the_spec_operations(patched_documents: dict) -> None:
    expected = {(key, operation_id) for key, operation_id, _, _ in spec_operations(patched_documents)}
    catalogued = {(key, op) for key in _catalog.domains() for op in _catalog.domain(key).operations}
    assert catalogued == expected
    assert set(_catalog.domains()) == set(patched_documents)


@pytest.mark.parametrize(
    ("domain", "operation_id", "url"),
    [
        ("jpm", "Jobs_Get", "/jpm/v2/tenant/7/jobs/5"),
        (
            "equipment_systems",
            "InstalledEquipment_Get",
            "/equipmentsystems/v2/tenant/7/installed-equipment/5",
        ),
    ],
)
def test_generated_urls_are_full_paths_from_the_api_host(domain: str, operation_id: str, url: str) -> None:
    import importlib

    module = importlib.import_module(_catalog.operation(domain, operation_id).module)
    assert module._get_kwargs(tenant=7, id=5)["url"] == url


def test_catalog_keeps_properties_whose_names_are_documentation_keywords() -> None:
    job = _catalog.domain("jpm").schemas["Jpm.V2.JobResponse"]
    assert "summary" in job["properties"]
    assert "description" not in job["properties"]["summary"]
    item = _catalog.domain("accounting").schemas["Accounting.V2.InvoiceItemUpdateRequest"]
    assert "description" in item["properties"]
