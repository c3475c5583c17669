"""Writes served by catalog rules, flow by flow: files round-trip, documents keep what is written, status verbs move
the status, sub-collections belong to their parent, writes invalidate cached reads, seeding moves no change
sequence, and the production profile serves the same writes."""

from __future__ import annotations

import httpx
import pytest

from servicetitan import _catalog
from servicetitan.sandbox import Sandbox, registry, serve, spec_writes
from servicetitan.sandbox.examples import example_request
from servicetitan.testing import SandboxSession

from .conftest import JOBS, START, TENANT, FakeClock, api_path, authenticate

ADDRESS = {"street": "1 Main St", "city": "Austin", "state": "TX", "zip": "78701", "country": "USA"}


def _job_id(sandbox: Sandbox) -> int:
    return next(sandbox.tenant(TENANT)["jobs"].ids())


# --- uploads and downloads ---------------------------------------------------------------------------------------


def test_uploaded_image_comes_back_from_its_download_through_the_documented_redirect(client: httpx.Client) -> None:
    data = bytes(range(256)) * 3
    uploaded = client.post(
        api_path("/pricebook/v2", "/images"), files={"file": ("boiler & tank.png", data, "image/png")}
    )
    assert uploaded.status_code == 201, uploaded.text
    path = uploaded.json()["path"]
    redirect = client.get(api_path("/pricebook/v2", "/images"), params={"path": path})
    assert redirect.status_code == 302
    downloaded = client.get(redirect.headers["location"])
    assert downloaded.status_code == 200
    assert downloaded.content == data
    assert downloaded.headers["content-type"] == "image/png"


def test_finding_asset_round_trips_and_an_unknown_path_is_404(client: httpx.Client) -> None:
    uploaded = client.post(
        api_path("/findings/v2", "/assets"), files={"file": ("leak.jpg", b"\xff\xd8jpeg", "image/jpeg")}
    )
    assert uploaded.status_code == 200, uploaded.text
    answer = client.get(
        api_path("/findings/v2", "/assets"), params={"path": uploaded.json()["path"]}, follow_redirects=True
    )
    assert answer.content == b"\xff\xd8jpeg"
    assert client.get(api_path("/findings/v2", "/assets"), params={"path": "sandbox/1/99/none.jpg"}).status_code == 404


def test_form_file_attached_to_a_job_is_listed_under_the_job_and_downloads_by_id(
    client: httpx.Client, sandbox: Sandbox
) -> None:
    job_id = _job_id(sandbox)
    data = b"%PDF-1.4 signed work order"
    uploaded = client.post(
        api_path("/forms/v2", f"/jobs/{job_id}/attachments"), files={"file": ("order.pdf", data, "application/pdf")}
    )
    assert uploaded.status_code == 200, uploaded.text
    assert uploaded.json() == {"fileName": "order.pdf"}
    listed = client.get(api_path("/forms/v2", f"/jobs/{job_id}/attachments")).json()["data"]
    (attachment,) = [row for row in listed if row.get("fileName") == "order.pdf"]
    downloaded = client.get(api_path("/forms/v2", f"/jobs/attachment/{attachment['id']}"))
    assert downloaded.status_code == 200
    assert downloaded.content == data
    assert client.get(api_path("/forms/v2", "/jobs/attachment/424242")).status_code == 404


def test_upload_to_an_unknown_job_is_404(client: httpx.Client) -> None:
    answer = client.post(
        api_path("/forms/v2", "/jobs/999/attachments"), files={"file": ("a.pdf", b"x", "application/pdf")}
    )
    assert answer.status_code == 404


# --- documents: a preference by name, payroll settings -----------------------------------------------------------


def test_contact_method_preference_by_name_answers_and_keeps_what_is_written(
    client: httpx.Client, sandbox: Sandbox
) -> None:
    request = example_request(sandbox, "crm", "ContactPreferences_GetContactMethodPreference", TENANT)
    url = request.url.rsplit("/", 1)[0] + "/marketing-emails"
    first = client.get(url)
    assert first.status_code == 200
    assert first.json()["name"] == "marketing-emails"
    changed = client.patch(url, json={"value": "false"})
    assert changed.status_code == 200, changed.text
    assert client.get(url).json() == {**first.json(), "value": "false"}
    other = client.get(request.url.rsplit("/", 1)[0] + "/sms")
    assert other.json()["name"] == "sms"
    listed = client.get(request.url.rsplit("/", 1)[0]).json()
    assert {"name": "marketing-emails", "value": "false"}.items() <= next(
        item for item in listed if item["name"] == "marketing-emails"
    ).items()


def test_technician_payroll_settings_read_back_what_was_put(client: httpx.Client, sandbox: Sandbox) -> None:
    request = example_request(sandbox, "payroll", "PayrollSettings_UpdateTechnicianPayrollSettings", TENANT)
    assert client.put(request.url, json=request.json).status_code == 200
    shown = client.get(request.url).json()
    for key, value in request.json.items():
        if key in shown and not isinstance(value, dict | list):
            assert shown[key] == value, key


def test_document_of_an_unknown_technician_is_404(client: httpx.Client) -> None:
    assert client.get(api_path("/payroll/v2", "/technicians/999/payroll-settings")).status_code == 404


# --- transitions and sub-collections -------------------------------------------------------------------------------


def test_hold_moves_an_appointment_to_hold_and_removing_it_moves_it_back(
    client: httpx.Client, sandbox: Sandbox
) -> None:
    appointment = sandbox.tenant(TENANT)["appointments"].insert(status="Scheduled")["id"]
    url = api_path("/jpm/v2", f"/appointments/{appointment}")
    held = client.put(url + "/hold", json={"reasonId": 1, "memo": "parts on order"})
    assert held.status_code == 200, held.text
    assert client.get(url).json()["status"] == "Hold"
    assert client.delete(url + "/hold").status_code == 200
    assert client.get(url).json()["status"] == "Scheduled"


def test_reschedule_moves_the_window_and_the_status(client: httpx.Client, sandbox: Sandbox, clock: FakeClock) -> None:
    appointment = sandbox.tenant(TENANT)["appointments"].insert(status="Hold")["id"]
    url = api_path("/jpm/v2", f"/appointments/{appointment}")
    clock.advance(30)
    window = {"start": "2026-03-02T15:00:00Z", "end": "2026-03-02T17:00:00Z"}
    assert client.patch(url + "/reschedule", json=window).status_code == 200
    shown = client.get(url).json()
    assert (shown["start"], shown["end"], shown["status"]) == (
        "2026-03-02T15:00:00.0000000Z",
        "2026-03-02T17:00:00.0000000Z",
        "Scheduled",
    )
    assert shown["modifiedOn"] == "2026-01-01T00:00:30.0000000Z"


def test_selling_an_estimate_names_its_status_sold(client: httpx.Client, sandbox: Sandbox) -> None:
    request = example_request(sandbox, "salestech", "Estimates_Sell", TENANT)
    assert client.put(request.url, json=request.json).status_code == 200
    estimate = request.url.rsplit("/", 1)[0]
    assert client.get(estimate).json()["status"]["name"] == "Sold"


def test_note_belongs_to_the_job_it_was_posted_under(client: httpx.Client, sandbox: Sandbox) -> None:
    first, second = list(sandbox.tenant(TENANT)["jobs"].ids())[:2]
    posted = client.post(api_path("/jpm/v2", f"/jobs/{first}/notes"), json={"text": "Gate code 1234", "pinToTop": True})
    assert posted.status_code == 200, posted.text
    notes = client.get(api_path("/jpm/v2", f"/jobs/{first}/notes"), params={"pageSize": 500}).json()["data"]
    others = client.get(api_path("/jpm/v2", f"/jobs/{second}/notes"), params={"pageSize": 500}).json()["data"]
    assert "Gate code 1234" in [note["text"] for note in notes]
    assert "Gate code 1234" not in [note["text"] for note in others]


def test_deleted_zone_is_gone_from_its_get_and_list(client: httpx.Client, sandbox: Sandbox) -> None:
    zone = next(sandbox.tenant(TENANT)["dispatch:/zones"].ids())
    assert client.delete(api_path("/dispatch/v2", f"/zones/{zone}")).status_code == 200
    assert client.get(api_path("/dispatch/v2", f"/zones/{zone}")).status_code == 404
    listed = client.get(api_path("/dispatch/v2", "/zones"), params={"pageSize": 500}).json()["data"]
    assert zone not in [row["id"] for row in listed]


# --- the change sequence, the answer cache and seeding ------------------------------------------------------------


def test_a_rule_write_moves_the_change_sequence_and_cached_reads_show_it(
    client: httpx.Client, sandbox: Sandbox
) -> None:
    services = sandbox.tenant(TENANT)["pricebook:/services"]
    service = next(services.ids())
    url = api_path("/pricebook/v2", f"/services/{service}")
    client.get(url)  # cached now
    before = sandbox.tenant(TENANT).sequence
    assert client.patch(url, json={"displayName": "Annual tune-up"}).status_code == 200
    assert sandbox.tenant(TENANT).sequence > before
    assert client.get(url).json()["displayName"] == "Annual tune-up"


def test_seeding_moves_no_change_sequence_past_the_largest_collection() -> None:
    tenant = Sandbox(jobs=JOBS, clock=FakeClock(START)).tenant(TENANT)
    assert tenant.sequence == max(collection.seeded.count for collection in tenant.collections.values())
    assert tenant.documents == {}
    assert tenant.files == {}


def test_production_profile_serves_rule_writes_with_its_deviations() -> None:
    sandbox = Sandbox(jobs=JOBS, clock=FakeClock(START), deviations="production")
    with serve(sandbox) as base_url, httpx.Client(base_url=base_url, trust_env=False) as client:
        authenticate(client, sandbox)
        job_id = _job_id(sandbox)
        posted = client.post(api_path("/jpm/v2", f"/jobs/{job_id}/notes"), json={"text": "Dog in yard"})
        assert posted.status_code == 200, posted.text
        notes = client.get(api_path("/jpm/v2", f"/jobs/{job_id}/notes")).json()["data"]
        assert "Dog in yard" in [note["text"] for note in notes]


def test_every_rule_served_write_has_a_rule_with_state_or_is_named_as_synthetic() -> None:
    writes = {key: rule for key, rule in spec_writes.derived_rules().items() if key[1] and rule.kind == "action"}
    # The odd actions (mark-as-exported, bulk tags, attributions, account actions...) answer a schema-valid
    # synthetic body; each still checks the ids of its path.
    assert all(rule.resource is None for rule in writes.values())


# --- the README example: a user's test of a write flow through the pytest plugin's sandbox -----------------------


def test_readme_example_create_a_customer_and_note_then_read_them_back(servicetitan_sandbox: SandboxSession) -> None:
    st = servicetitan_sandbox.client
    customer = st.create_customer(name="Pat Doe", address=ADDRESS, locations=[{"name": "Home", "address": ADDRESS}])
    assert st.get_customer(id=customer.id).name == "Pat Doe"

    st.crm.customers.create_note(id=customer.id, text="Prefers mornings")
    notes = st.crm.customers.get_notes(id=customer.id).records
    assert [note.text for note in notes] == ["Prefers mornings"]

    st.update_customer(id=customer.id, name="Pat Doe-Smith")
    assert st.get_customer(id=customer.id).name == "Pat Doe-Smith"


def test_a_delete_tabled_as_deactivating_leaves_an_inactive_record(
    client: httpx.Client, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = ("pricebook", "Services_Delete")
    monkeypatch.setitem(spec_writes.DEACTIVATES, key, "a test's evidence")
    rule = spec_writes.derive(_catalog.operation(*key))
    assert rule.kind == "deactivate"
    monkeypatch.setitem(registry.RULES, key, spec_writes.MAKERS[rule.kind](rule))
    service = next(sandbox.tenant(TENANT)["pricebook:/services"].ids())
    url = api_path("/pricebook/v2", f"/services/{service}")
    assert client.delete(url).status_code == 204
    shown = client.get(url)
    assert shown.status_code == 200
    assert shown.json()["active"] is False


def test_a_form_sent_to_an_operation_that_takes_json_is_refused_naming_the_body(client: httpx.Client) -> None:
    answer = client.post(api_path("/pricebook/v2", "/services"), files={"file": ("a.txt", b"x", "text/plain")})
    assert answer.status_code == 400
    assert "request" in answer.json()["errors"]


def test_preferred_technician_written_into_the_path_is_what_the_location_answers(
    client: httpx.Client, sandbox: Sandbox
) -> None:
    location = next(sandbox.tenant(TENANT)["locations"].ids())
    url = api_path("/crm/v2", f"/locations/{location}/preferredtechnician")
    assert client.post(f"{url}/4242").status_code == 200
    assert client.get(url).json() == 4242
    assert client.post(f"{url}/77").status_code == 200
    assert client.get(url).json() == 77
