"""Small, facts-only excerpts of ServiceTitan's historical documents, for the changelog's regression tests.

The historical downloads (`../shared/servicetitan-specs/history/`, from the public MeltanoLabs/tap-service-titan
repository) are third-party files and large; the repository keeps only what the tests need, made by our own
tooling: each document normalized (`specs/normalize.py`, no prose), then cut down to the operations a test names
and the component schemas they reach. Rebuild them with

    python -m tests.generation.history_fixtures ../shared/servicetitan-specs/history   # and today's, one up
    python -m tests.generation.history_fixtures --base     # the jpm document the changelog's unit tests edit

"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "history"
SCHEMA_REF = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# folder -> file -> the operationIds kept. Each folder's excerpt keeps the same operations, so a pair of folders
# compares like the full documents do for those operations.
WANTED: dict[str, list[str]] = {
    "pricebook-v2.json": ["PricebookBulk_Update", "PricebookBulk_Create", "ClientSpecificPricing_GetAllRateSheets"],
    "accounting-v2.json": ["ApBills_GetById", "JournalEntries_GetList"],
    "jpm-v2.json": ["Jobs_Get"],
    "dispatch-v2.json": ["NonJobAppointments_Create"],
    "settings-v2.json": ["TagTypes_Create"],
    "telecom.json": ["Calls_Calls"],
    # A response's media type dropped with its status; a value typed only null against one of any type; an
    # operation only today's documents have (the reports client's; kept from a supplement in the replay).
    "equipment-systems-v2.json": ["InstalledEquipment_Create"],
    "reporting-v2.json": ["ReportCategoryReports_GetData", "ReportDataQueries_Cancel"],
}
# The three historical folders, then today's downloads (the folder above them), oldest first.
TODAY = "today"
FOLDERS = ("2025-10-10-96f67dc", "2026-05-11-dea43e6", "2026-05-21-2bf2023", TODAY)
# The steps of a replay over the history, from today's documents: back to the oldest, then forward to today.
STEPS = (
    (TODAY, "2025-10-10-96f67dc"),
    ("2025-10-10-96f67dc", "2026-05-11-dea43e6"),
    ("2026-05-11-dea43e6", "2026-05-21-2bf2023"),
    ("2026-05-21-2bf2023", TODAY),
)
# The document the changelog's unit tests edit: jpm as vendored in specs/openapi/ on 2026-12-01, cut down to the
# operations they name. A fixture, so that those tests do not change with the next adoption (an older or newer
# jpm may lack the scopes or fields they edit). `python -m tests.generation.history_fixtures --base` makes it again.
BASE = FIXTURES / "base" / "jpm-v2.json"
BASE_OPERATIONS = ["Jobs_Get", "Jobs_GetList", "Jobs_Create", "Appointments_Get"]


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            yield ref.removeprefix(SCHEMA_REF)
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def excerpt(document: dict[str, Any], operation_ids: list[str]) -> dict[str, Any]:
    """`document` with only the named operations and the component schemas they reach (security kept whole)."""
    paths: dict[str, Any] = {}
    for path, item in document["paths"].items():
        kept = {
            key: value
            for key, value in item.items()
            if key not in HTTP_METHODS or value.get("operationId") in operation_ids
        }
        if any(method in kept for method in HTTP_METHODS):
            paths[path] = kept
    schemas = document.get("components", {}).get("schemas", {})
    reached: dict[str, Any] = {}
    pending = list(_refs(paths))
    while pending:
        name = pending.pop()
        if name in reached or name not in schemas:
            continue
        reached[name] = schemas[name]
        pending.extend(_refs(schemas[name]))
    components = {k: v for k, v in document.get("components", {}).items() if k == "securitySchemes"}
    if reached:
        components["schemas"] = reached
    kept_top = {k: v for k, v in document.items() if k in ("openapi", "info", "servers", "security")}
    return {**kept_top, "paths": paths, "components": components}


def build(history: Path) -> None:
    sys.path.insert(0, str(ROOT / "specs"))
    import normalize

    for folder in FOLDERS:
        target = FIXTURES / folder
        target.mkdir(parents=True, exist_ok=True)
        source = history.parent if folder == TODAY else history / folder
        for file, operation_ids in WANTED.items():
            document = normalize.normalize(json.loads((source / file).read_text()))
            (target / file).write_bytes(normalize.render(excerpt(document, operation_ids)))


def build_base() -> None:
    document = json.loads((ROOT / "specs" / "openapi" / BASE.name).read_text())
    BASE.parent.mkdir(parents=True, exist_ok=True)
    BASE.write_text(json.dumps(excerpt(document, BASE_OPERATIONS), indent=1, sort_keys=True) + "\n")


def load(folder: str) -> dict[str, dict[str, Any]]:
    """The excerpts of one historical folder, by domain key (as `specs/codegen.py` names domains)."""
    found = {}
    for path in sorted((FIXTURES / folder).glob("*.json")):
        key = path.name.removesuffix(".json").removesuffix("-v2").replace("-", "_")
        found[key] = json.loads(path.read_text())
    return found


if __name__ == "__main__":
    if sys.argv[1:] == ["--base"]:
        build_base()
    else:
        build(Path(sys.argv[1]))
