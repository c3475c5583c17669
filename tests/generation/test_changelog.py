"""The API changelog, computed on edited copies of a normalized jpm document (a fixture, so that no adoption changes
what these tests edit) and on excerpts of ServiceTitan's real history."""

from __future__ import annotations

import copy
import datetime
import json
from types import ModuleType
from typing import Any

import pytest

from tests.generation import history_fixtures, independent_reading


@pytest.fixture(scope="module")
def jpm() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(history_fixtures.BASE.read_text())
    return document


def changes(codegen: ModuleType, old: dict[str, Any], new: dict[str, Any]) -> list[Any]:
    return codegen.changelog.changes({"jpm": old}, {"jpm": new})


def schemas(document: dict[str, Any]) -> dict[str, Any]:
    return document["components"]["schemas"]


def test_the_same_documents_have_no_change(codegen: ModuleType) -> None:
    documents = {
        e["key"]: codegen.read_document(codegen.DOCUMENTS / e["file"]) for e in codegen.load_manifest()["domain"]
    }
    assert codegen.changelog.changes(documents, copy.deepcopy(documents)) == []


def test_removing_an_operation_is_breaking_and_names_its_action(codegen: ModuleType, jpm: dict[str, Any]) -> None:
    edited = copy.deepcopy(jpm)
    del edited["paths"]["/tenant/{tenant}/jobs/{id}"]["get"]
    found = changes(codegen, jpm, edited)
    assert [(c.operation_id, c.breaking, c.text) for c in found] == [
        ("Jobs_Get", True, "operation removed (GET /tenant/{tenant}/jobs/{id})")
    ]
    text = codegen.changelog.render_text(found, codegen.action_operations())
    assert "BREAKING     jpm Jobs_Get: operation removed (GET /tenant/{tenant}/jobs/{id})  [affects: get_job]" in text
    markdown = codegen.changelog.render_markdown(found, codegen.action_operations(), datetime.date(2026, 12, 1), "dl")
    assert "breaking changes affect: get_job." in markdown
    assert "| BREAKING | jpm | `Jobs_Get` | operation removed (GET /tenant/{tenant}/jobs/{id}) | get_job |" in markdown


def test_enum_value_optional_field_and_new_operation_are_not_breaking(codegen: ModuleType, jpm: dict[str, Any]) -> None:
    edited = copy.deepcopy(jpm)
    schemas(edited)["Jpm.V2.Base.AppointmentStatus"]["enum"].append("Teleported")
    schemas(edited)["Jpm.V2.JobCreateRequest"]["properties"]["droneDelivery"] = {"type": "boolean"}
    edited["paths"]["/tenant/{tenant}/jobs/{id}/teleport"] = {
        "post": {"operationId": "Jobs_Teleport", "responses": {"200": {"description": ""}}}
    }
    found = changes(codegen, jpm, edited)
    texts = {(c.operation_id, c.text) for c in found}
    assert ("Jobs_Teleport", "operation added (POST /tenant/{tenant}/jobs/{id}/teleport)") in texts
    assert ("Jobs_Create", "request body.droneDelivery: field added (optional)") in texts
    assert ("Appointments_Get", "response 200.status: enum value(s) added: Teleported") in texts
    assert [c for c in found if c.breaking] == []


def test_type_change_required_field_and_removed_response_field_are_breaking(
    codegen: ModuleType, jpm: dict[str, Any]
) -> None:
    edited = copy.deepcopy(jpm)
    page = next(p for p in edited["paths"]["/tenant/{tenant}/jobs"]["get"]["parameters"] if p["name"] == "page")
    page["schema"] = {"type": "string"}
    schemas(edited)["Jpm.V2.JobCreateRequest"]["required"].append("summary")
    del schemas(edited)["Jpm.V2.JobResponse"]["properties"]["jobNumber"]
    found = changes(codegen, jpm, edited)
    by_text = {(c.operation_id, c.text): c.breaking for c in found}
    assert by_text[("Jobs_GetList", "query parameter page: type changed from integer (int32) to string")] is True
    assert by_text[("Jobs_Create", "request body.summary: now required")] is True
    assert by_text[("Jobs_Get", "response 200.jobNumber: field removed")] is True
    assert by_text[("Jobs_GetList", "response 200.data[].jobNumber: field removed")] is True
    text = codegen.changelog.render_text(found, codegen.action_operations())
    assert (
        "jpm Jobs_GetList: query parameter page: type changed from integer (int32) to string"
        "  [affects: select_job, list_jobs]" in text
    )


def test_scopes_parameters_and_optional_response_fields(codegen: ModuleType, jpm: dict[str, Any]) -> None:
    edited = copy.deepcopy(jpm)
    get = edited["paths"]["/tenant/{tenant}/jobs/{id}"]["get"]
    get["security"][0]["oauth"].append("tn.jpm.secrets:r")
    listing = edited["paths"]["/tenant/{tenant}/jobs"]["get"]["parameters"]
    listing.append({"name": "galaxy", "in": "query", "schema": {"type": "string"}})
    listing.append({"name": "planet", "in": "query", "required": True, "schema": {"type": "string"}})
    schemas(edited)["Jpm.V2.JobResponse"]["required"].remove("jobStatus")
    by_text = {(c.operation_id, c.text): c.breaking for c in changes(codegen, jpm, edited)}
    assert by_text[("Jobs_Get", "scope tn.jpm.secrets:r: now required")] is True
    assert by_text[("Jobs_GetList", "query parameter galaxy: added (optional)")] is False
    assert by_text[("Jobs_GetList", "query parameter planet: added (required)")] is True
    assert by_text[("Jobs_Get", "response 200.jobStatus: no longer required")] is True


# --- regression tests on ServiceTitan's real history (facts-only excerpts, see history_fixtures.py) ----------


def history_lines(codegen: ModuleType, old: str, new: str) -> dict[str, bool]:
    found = codegen.changelog.changes(history_fixtures.load(old), history_fixtures.load(new))
    return {f"{c.domain} {c.operation_id}: {c.text}": c.breaking for c in found}


def test_history_fixtures_are_normalized_excerpts_without_prose(codegen: ModuleType) -> None:
    files = sorted(
        path for folder in history_fixtures.FOLDERS for path in (history_fixtures.FIXTURES / folder).glob("*")
    )
    assert len(files) == len(history_fixtures.FOLDERS) * len(history_fixtures.WANTED)
    for path in [*files, history_fixtures.BASE]:
        document = json.loads(path.read_bytes())
        assert codegen.normalize.render(codegen.normalize.normalize(document)) == path.read_bytes(), path
        assert codegen.normalize.prose(document) == [], path


def test_changes_inside_array_items_of_31_documents_are_all_reported(codegen: ModuleType) -> None:
    """2026-05-11 -> 2026-05-21: the comparison once skipped these (a cache keyed by temporary objects' ids)."""
    lines = history_lines(codegen, "2026-05-11-dea43e6", "2026-05-21-2bf2023")
    for field in ("activeIngredients", "epaNumber", "isChemical", "isCostLocked", "isPriceLocked"):
        assert lines[f"pricebook PricebookBulk_Update: request body.materials[].{field}: field added (required)"]
        assert not lines[f"pricebook PricebookBulk_Create: request body.materials[].{field}: field added (optional)"]
    for field in ("allocatedOtherCosts", "allocatedShipping", "allocatedTax", "fullyLandedUnitCost"):
        assert not lines[f"accounting ApBills_GetById: response 200.items[].{field}: field added (optional)"]
    assert lines["telecom Calls_Calls: response 200.data[].leadCall.agent: may now be null"]
    assert lines["telecom Calls_Calls: response 200.data[].leadCall.agent: no longer required"]


def test_the_comparison_does_not_depend_on_object_identities(codegen: ModuleType) -> None:
    old, new = history_fixtures.load("2026-05-11-dea43e6"), history_fixtures.load("2026-05-21-2bf2023")
    first = codegen.changelog.changes(old, new)
    kept = [copy.deepcopy(new) for _ in range(50)]  # other objects alive: ids fall elsewhere
    assert codegen.changelog.changes(copy.deepcopy(old), kept[-1]) == first


def test_a_schema_used_in_two_places_is_reported_in_both(codegen: ModuleType, jpm: dict[str, Any]) -> None:
    edited = copy.deepcopy(jpm)
    del schemas(edited)["Jpm.V2.JobResponse"]["properties"]["jobNumber"]
    texts = {c.text for c in changes(codegen, jpm, edited) if c.operation_id == "Jobs_GetList"}
    assert "response 200.data[].jobNumber: field removed" in texts
    body = copy.deepcopy(jpm)
    schemas(body)["Shared"] = {"type": "object", "properties": {"code": {"type": "string"}}}
    request = schemas(body)["Jpm.V2.JobCreateRequest"]["properties"]
    request["first"] = request["second"] = {"$ref": "#/components/schemas/Shared"}
    again = copy.deepcopy(body)
    schemas(again)["Shared"]["properties"]["code"]["maxLength"] = 10
    texts = [c.text for c in changes(codegen, body, again) if c.operation_id == "Jobs_Create"]
    assert texts == ["request body.first.code: maxLength 10 added", "request body.second.code: maxLength 10 added"]


def test_nullability_written_the_30_and_the_31_way_is_one_fact(codegen: ModuleType) -> None:
    lines = history_lines(codegen, "2025-10-10-96f67dc", "2026-05-11-dea43e6")
    jobs_get = [line for line in lines if line.startswith("jpm Jobs_Get: ")]
    assert jobs_get == [
        "jpm Jobs_Get: response 200.createdFromEstimateId: field added (optional)",
        "jpm Jobs_Get: response 200.equipmentIds: field added (required)",
        "jpm Jobs_Get: response 200.estimateIds: field added (required)",
        "jpm Jobs_Get: response 200.isAutoDispatched: field added (optional)",
        "jpm Jobs_Get: response 200.summaryOfWork: field added (optional)",
    ]
    assert lines["settings TagTypes_Create: request body.isConversionOpportunity: now accepts null"] is False
    assert not any("null" in line for line in lines if line.split(": ")[1].startswith(("query ", "path ")))


def document_with(schema: dict[str, Any], version: str = "3.1.0") -> dict[str, Any]:
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
    return {
        "openapi": version,
        "paths": {"/things": {"post": {"operationId": "Things_Create", "requestBody": body, "responses": {}}}},
        "components": {"schemas": {"Thing": {"type": "object", "properties": {"value": schema}}}},
    }


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ({"type": "string", "nullable": True}, {"type": ["string", "null"]}),
        (
            {"oneOf": [{"$ref": "#/components/schemas/Thing"}], "nullable": True},
            {"oneOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "null"}]},
        ),
        ({"type": "number", "minimum": 0, "exclusiveMinimum": True}, {"type": "number", "exclusiveMinimum": 0}),
    ],
)
def test_the_same_fact_in_30_and_31_form_is_no_change(
    codegen: ModuleType, old: dict[str, Any], new: dict[str, Any]
) -> None:
    assert codegen.changelog.changes({"d": document_with(old, "3.0.1")}, {"d": document_with(new)}) == []


@pytest.mark.parametrize(
    ("old", "new", "text", "breaking"),
    [
        ({"maxLength": 100}, {"maxLength": 50}, "maxLength changed from 100 to 50", True),
        ({"maxLength": 50}, {"maxLength": 100}, "maxLength changed from 50 to 100", False),
        ({}, {"maxLength": 500}, "maxLength 500 added", True),
        ({"maxLength": 500}, {}, "maxLength 500 removed", False),
        ({}, {"minLength": 1}, "minLength 1 added", True),
        ({}, {"pattern": "^[0-9]+$"}, "pattern ^[0-9]+$ added", True),
        ({"pattern": "^[0-9]+$"}, {}, "pattern ^[0-9]+$ removed", False),
        ({"minimum": 0}, {"minimum": 1}, "minimum changed from 0 to 1", True),
        ({"minimum": 0}, {"exclusiveMinimum": 0}, "minimum changed from 0 to 0 (exclusive)", True),
        ({"maximum": 10}, {"maximum": 20}, "maximum changed from 10 to 20", False),
        ({"maximum": 10}, {"maximum": 5, "exclusiveMaximum": True}, "maximum changed from 10 to 5 (exclusive)", True),
        ({"default": 1}, {"default": 2}, "default changed from 1 to 2", False),
    ],
)
def test_validators_are_compared_and_a_tighter_request_is_breaking(
    codegen: ModuleType, old: dict[str, Any], new: dict[str, Any], text: str, breaking: bool
) -> None:
    before = document_with({"type": "string", **old}, "3.0.1")
    after = document_with({"type": "string", **new})
    [change] = codegen.changelog.changes({"d": before}, {"d": after})
    assert (change.operation_id, change.text, change.breaking) == (
        "Things_Create",
        f"request body.value: {text}",
        breaking,
    )
    response = copy.deepcopy(before), copy.deepcopy(after)
    for document in response:
        operation = document["paths"]["/things"]["post"]
        operation["responses"] = {"200": {"content": operation.pop("requestBody")["content"]}}
    [change] = codegen.changelog.changes({"d": response[0]}, {"d": response[1]})
    assert (change.text, change.breaking) == (f"response 200.value: {text}", False)


def test_the_historical_maxlength_and_a_reference_to_another_schema(codegen: ModuleType) -> None:
    lines = history_lines(codegen, "2025-10-10-96f67dc", "2026-05-11-dea43e6")
    assert lines["accounting JournalEntries_GetList: query parameter refNumber: maxLength 255 removed"] is False
    assert lines[
        "pricebook ClientSpecificPricing_GetAllRateSheets: response 200.data[].exceptions[].skuType: "
        "schema changed from Pricebook.SkuType to Pricebook.Types.SkuType"
    ]
    assert lines[
        "dispatch NonJobAppointments_Create: response 200.endType: type changed from string to integer (int32)"
    ]


def test_a_reference_to_another_request_schema_is_reported_not_breaking(
    codegen: ModuleType, jpm: dict[str, Any]
) -> None:
    edited = copy.deepcopy(jpm)
    schemas(edited)["Jpm.V2.JobCreateRequestRenamed"] = schemas(edited)["Jpm.V2.JobCreateRequest"]
    body = edited["paths"]["/tenant/{tenant}/jobs"]["post"]["requestBody"]["content"]["application/json"]
    body["schema"] = {"$ref": "#/components/schemas/Jpm.V2.JobCreateRequestRenamed"}
    [change] = changes(codegen, jpm, edited)
    assert (change.operation_id, change.breaking, change.text) == (
        "Jobs_Create",
        False,
        "request body: schema changed from Jpm.V2.JobCreateRequest to Jpm.V2.JobCreateRequestRenamed",
    )


def test_security_schemes_and_first_declared_scopes_are_one_line_per_domain(codegen: ModuleType) -> None:
    found = codegen.changelog.changes(
        history_fixtures.load("2025-10-10-96f67dc"), history_fixtures.load("2026-05-11-dea43e6")
    )
    pricebook = [(c.operation_id, c.breaking, c.text) for c in found if c.domain == "pricebook" and "cope" in c.text]
    assert pricebook == [
        (
            "",
            False,
            "OAuth scopes documented for the first time on 3 operation(s); "
            "the API required them before, so nothing changes for callers",
        ),
    ]
    removed = [c for c in found if c.domain == "jpm" and c.text.startswith("security scheme apiKeyQuery")]
    assert [(c.operation_id, c.breaking, c.text) for c in removed] == [
        ("", False, "security scheme apiKeyQuery removed (API key in query servicetitanapplicationkey)")
    ]
    assert "  non-breaking jpm (document): security scheme apiKeyQuery removed" in codegen.changelog.render_text(
        found, {}
    )


def test_a_change_to_the_app_key_header_the_library_sends_is_breaking(codegen: ModuleType, jpm: dict[str, Any]) -> None:
    edited = copy.deepcopy(jpm)
    edited["components"]["securitySchemes"]["apiKeyHeader"]["name"] = "ST-Application-Key"
    [change] = changes(codegen, jpm, edited)
    assert (change.operation_id, change.breaking) == ("", True)
    assert change.text == (
        "security scheme apiKeyHeader changed from API key in header ST-App-Key to API key in header ST-Application-Key"
    )


def test_an_operation_id_renamed_on_the_same_route_is_a_breaking_rename(
    codegen: ModuleType, jpm: dict[str, Any]
) -> None:
    edited = copy.deepcopy(jpm)
    edited["paths"]["/tenant/{tenant}/jobs/{id}"]["get"]["operationId"] = "Jobs_GetById"
    found = changes(codegen, jpm, edited)
    assert [(c.operation_id, c.breaking, c.text) for c in found] == [
        (
            "Jobs_GetById",
            True,
            "operationId renamed from Jobs_Get (GET /tenant/{tenant}/jobs/{id}): the resource method name changes",
        )
    ]
    text = codegen.changelog.render_text(found, codegen.action_operations())
    assert text.endswith("the resource method name changes  [affects: get_job]")


def test_a_parameter_moving_between_query_and_body_is_one_line(codegen: ModuleType) -> None:
    query = document_with({"type": "string"})
    operation = query["paths"]["/things"]["post"]
    operation["parameters"] = [{"name": "reason", "in": "query", "schema": {"type": "string"}}]
    body = copy.deepcopy(query)
    del body["paths"]["/things"]["post"]["parameters"]
    body["components"]["schemas"]["Thing"]["properties"]["reason"] = {"type": "string"}
    to_body = codegen.changelog.changes({"d": query}, {"d": body})
    assert [(c.breaking, c.text) for c in to_body] == [
        (False, "query parameter reason: moved to request body.reason (same keyword argument)")
    ]
    body["components"]["schemas"]["Thing"]["required"] = ["reason"]
    back = codegen.changelog.changes({"d": body}, {"d": query})
    assert [(c.breaking, c.text) for c in back] == [
        (False, "request body.reason: moved to query parameter reason (same keyword argument)")
    ]
    required = codegen.changelog.changes({"d": query}, {"d": body})
    assert [(c.breaking, c.text) for c in required] == [
        (True, "query parameter reason: moved to request body.reason (same keyword argument, now required)")
    ]


# The changelog against an independent reading of the same two documents (tests/generation/independent_reading.py:
# each document flattened into facts, the two sets compared): every difference it finds is named by a changelog
# line (its place or a parent's), and every changelog line of an operation stands on a difference there.


def reading(codegen: ModuleType, before: dict[str, Any], after: dict[str, Any]) -> tuple[list[Any], list[Any], int]:
    """(differences no line names, lines no difference supports, differences found) over every domain."""
    missed, noise, total = [], [], 0
    for domain in sorted(before.keys() & after.keys()):
        found = independent_reading.differences(before[domain], after[domain])
        lines: dict[str, list[str]] = {}
        whole = []
        for change in codegen.changelog.changes({domain: before[domain]}, {domain: after[domain]}):
            (lines.setdefault(change.operation_id, []) if change.operation_id else whole).append(change.text)
        total += len(found)
        missed += [(domain, *difference) for difference in independent_reading.unnamed(found, lines, whole)]
        noise += [(domain, *line) for line in independent_reading.unfounded(found, lines)]
    return missed, noise, total


@pytest.mark.parametrize(("old", "new"), history_fixtures.STEPS)
def test_every_difference_an_independent_reading_finds_is_in_the_changelog(
    codegen: ModuleType, old: str, new: str
) -> None:
    missed, noise, total = reading(codegen, history_fixtures.load(old), history_fixtures.load(new))
    assert total > 20
    assert missed == []
    assert noise == []


def test_the_history_fixtures_hold_each_kind_of_change_the_changelog_must_see(codegen: ModuleType) -> None:
    """Validators, security schemes, a reference to another schema, a value typed only null, a response media
    type: each is among the differences of the real steps (renames and moves are not in ServiceTitan's history:
    the next test makes them on these documents)."""
    kinds: set[str] = set()
    for old, new in history_fixtures.STEPS:
        before, after = history_fixtures.load(old), history_fixtures.load(new)
        for domain in before.keys() & after.keys():
            for operation, location, was, now in independent_reading.differences(before[domain], after[domain]):
                if operation == "(document)":
                    kinds.add("security scheme")
                elif isinstance(was, dict) and isinstance(now, dict):
                    kinds |= {key for key in ("maxLength", "names", "kind") if was.get(key) != now.get(key)}
                elif location.startswith("response ") and " " in location.removeprefix("response "):
                    kinds.add("media type")
    assert {"security scheme", "maxLength", "names", "kind", "media type"} <= kinds
    # 2025-10 says null the 3.0 way, 2026-05-11 the 3.1 way: where the fact is the same, neither sees a change.
    before, after = history_fixtures.load("2025-10-10-96f67dc"), history_fixtures.load("2026-05-11-dea43e6")
    assert before["settings"]["openapi"].startswith("3.0")
    assert after["settings"]["openapi"].startswith("3.1")
    found = independent_reading.differences(before["settings"], after["settings"])
    assert [where for op, where, _, _ in found if op == "TagTypes_Create" and "null" in where] == []


def test_a_rename_and_a_move_on_real_documents_are_named_as_the_independent_reading_finds_them(
    codegen: ModuleType,
) -> None:
    before = history_fixtures.load("2026-05-21-2bf2023")
    after = copy.deepcopy(before)
    jpm = after["jpm"]
    item = next(i for i in jpm["paths"].values() if i.get("get", {}).get("operationId") == "Jobs_Get")
    item["get"]["operationId"] = "Jobs_GetById"
    pricebook = after["pricebook"]
    operation = next(
        o for i in pricebook["paths"].values() for o in i.values() if o.get("operationId") == "PricebookBulk_Create"
    )
    moved = {"name": "dryRun", "in": "query", "schema": {"type": "boolean"}}
    moving_back = copy.deepcopy(before)
    operation.setdefault("parameters", []).append(moved)
    missed, noise, total = reading(codegen, before, after)
    assert (missed, noise) == ([], [])
    assert total >= 3
    # The reverse move: the query parameter becomes a field of the body.
    body_ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    moving_back["pricebook"]["components"]["schemas"][body_ref]["properties"]["dryRun"] = {"type": "boolean"}
    missed, noise, _ = reading(codegen, after, moving_back)
    assert (missed, noise) == ([], [])
    texts = {c.text for c in codegen.changelog.changes(after, moving_back)}
    assert "query parameter dryRun: moved to request body.dryRun (same keyword argument)" in texts
    assert any(text.startswith("operationId renamed from Jobs_GetById") for text in texts)
