"""The API changelog, computed on edited copies of the vendored (normalized) documents."""

from __future__ import annotations

import copy
import datetime
from types import ModuleType
from typing import Any

import pytest


@pytest.fixture(scope="module")
def jpm(codegen: ModuleType) -> dict[str, Any]:
    return codegen.read_document(codegen.DOCUMENTS / "jpm-v2.json")


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
