"""Round trips: what a write changes is what later reads return."""

from __future__ import annotations

import httpx

from servicetitan.sandbox import BOOKING_PROVIDER_ID, FIRST_IDS

from .conftest import FakeClock, api_path

JPM, CRM, DISPATCH = "/jpm/v2", "/crm/v2", "/dispatch/v2"
EQUIPMENT, ACCOUNTING, SETTINGS = "/equipmentsystems/v2", "/accounting/v2", "/settings/v2"
ADDRESS = {"street": "1 Main St", "city": "Austin", "state": "TX", "zip": "78701", "country": "USA"}
WINDOW = {"start": "2026-02-01T10:00:00Z", "end": "2026-02-01T12:00:00Z"}


def _new_job(client: httpx.Client, technician_ids: list[int] | None = None) -> dict[str, object]:
    answer = client.post(
        api_path(JPM, "/jobs"),
        json={
            "customerId": FIRST_IDS["customers"],
            "locationId": FIRST_IDS["locations"],
            "businessUnitId": FIRST_IDS["business_units"],
            "jobTypeId": 101,
            "priority": "High",
            "campaignId": 301,
            "summary": "Furnace makes noise",
            "appointments": [{**WINDOW, "technicianIds": technician_ids or []}],
        },
    )
    assert answer.status_code == 200, answer.text
    job: dict[str, object] = answer.json()
    return job


def test_created_job_is_what_get_and_list_return(client: httpx.Client) -> None:
    job = _new_job(client)
    assert client.get(api_path(JPM, f"/jobs/{job['id']}")).json() == job
    listed = client.get(api_path(JPM, "/jobs"), params={"ids": str(job["id"])}).json()["data"]
    assert listed == [job]
    appointment = client.get(api_path(JPM, f"/appointments/{job['firstAppointmentId']}")).json()
    assert appointment["jobId"] == job["id"]
    assert appointment["start"] == "2026-02-01T10:00:00.0000000Z"


def test_update_changes_the_record_and_its_modified_on(client: httpx.Client, clock: FakeClock) -> None:
    job_id = FIRST_IDS["jobs"]
    before = client.get(api_path(JPM, f"/jobs/{job_id}")).json()
    clock.advance(60)
    updated = client.patch(api_path(JPM, f"/jobs/{job_id}"), json={"customerPo": "PO-77", "priority": "Urgent"})
    assert updated.status_code == 200
    after = client.get(api_path(JPM, f"/jobs/{job_id}")).json()
    assert after == updated.json()
    assert (after["customerPo"], after["priority"]) == ("PO-77", "Urgent")
    assert after["modifiedOn"] > before["modifiedOn"]


def test_deleted_appointment_is_gone(client: httpx.Client) -> None:
    appointment_id = FIRST_IDS["appointments"] + 3
    assert client.delete(api_path(JPM, f"/appointments/{appointment_id}")).status_code == 200
    assert client.get(api_path(JPM, f"/appointments/{appointment_id}")).status_code == 404
    assert client.delete(api_path(JPM, f"/appointments/{appointment_id}")).status_code == 404


def test_cancel_sets_status_and_logs_the_reason(client: httpx.Client) -> None:
    job_id = FIRST_IDS["jobs"] + 2
    reason_id = FIRST_IDS["job_cancel_reasons"] + 1
    answer = client.put(api_path(JPM, f"/jobs/{job_id}/cancel"), json={"reasonId": reason_id, "memo": "Moved away"})
    assert answer.status_code == 200
    assert client.get(api_path(JPM, f"/jobs/{job_id}")).json()["jobStatus"] == "Canceled"
    logs = client.get(api_path(JPM, "/export/job-canceled-logs")).json()["data"]
    assert {"jobId": job_id, "reasonId": reason_id, "memo": "Moved away"}.items() <= logs[-1].items()
    again = client.put(api_path(JPM, f"/jobs/{job_id}/cancel"), json={"reasonId": reason_id, "memo": "x"})
    assert again.status_code == 409


def test_assign_and_unassign_show_in_assignments(client: httpx.Client) -> None:
    technician = FIRST_IDS["technicians"] + 1
    appointment = _new_job(client)["firstAppointmentId"]
    query = {"appointmentIds": str(appointment), "active": "Any"}

    def technicians(active_only: bool) -> list[int]:
        rows = client.get(api_path(DISPATCH, "/appointment-assignments"), params=query).json()["data"]
        return [row["technicianId"] for row in rows if row["active"] or not active_only]

    assert technicians(active_only=True) == []
    body = {"jobAppointmentId": appointment, "technicianIds": [technician]}
    assert client.post(api_path(DISPATCH, "/appointment-assignments/assign-technicians"), json=body).status_code == 200
    assert technicians(active_only=True) == [technician]
    assert (
        client.post(api_path(DISPATCH, "/appointment-assignments/unassign-technicians"), json=body).status_code == 200
    )
    assert technicians(active_only=True) == []
    assert technicians(active_only=False) == [technician]


def test_attachment_upload_then_download_returns_the_bytes(client: httpx.Client) -> None:
    content = bytes(range(256)) * 4
    upload = client.post(
        api_path(EQUIPMENT, "/installed-equipment/attachments"), files={"file": ("photo.jpg", content, "image/jpeg")}
    )
    assert upload.status_code == 200
    path = upload.json()["path"]
    download = client.get(api_path(EQUIPMENT, "/installed-equipment/attachments"), params={"path": path})
    assert download.status_code == 200
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.content == content
    missing = client.get(api_path(EQUIPMENT, "/installed-equipment/attachments"), params={"path": "nope"})
    assert missing.status_code == 404


def test_customer_contacts_round_trip(client: httpx.Client) -> None:
    customer = FIRST_IDS["customers"] + 4
    contacts = api_path(CRM, f"/customers/{customer}/contacts")
    seeded = client.get(contacts).json()["data"]
    assert [row["type"] for row in seeded] == ["MobilePhone", "Email"]
    created = client.post(contacts, json={"type": "Phone", "value": "5125550123", "memo": "office"}).json()
    updated = client.patch(f"{contacts}/{created['id']}", json={"value": "5125550999"}).json()
    assert updated["phoneSettings"]["phoneNumber"] == "5125550999"
    assert client.delete(f"{contacts}/{seeded[0]['id']}").status_code == 200
    assert [row["id"] for row in client.get(contacts).json()["data"]] == [seeded[1]["id"], created["id"]]
    other = api_path(CRM, f"/customers/{customer + 1}/contacts/{created['id']}")
    assert client.patch(other, json={"value": "1"}).status_code == 404


def test_created_customer_brings_its_locations(client: httpx.Client) -> None:
    answer = client.post(
        api_path(CRM, "/customers"),
        json={"name": "Pat Doe", "address": ADDRESS, "locations": [{"name": "Home", "address": ADDRESS}]},
    ).json()
    location = answer["locations"][0]
    assert client.get(api_path(CRM, f"/locations/{location['id']}")).json()["customerId"] == answer["id"]
    assert client.get(api_path(CRM, f"/customers/{answer['id']}")).json()["name"] == "Pat Doe"


def test_booking_of_provider_round_trip(client: httpx.Client) -> None:
    bookings = api_path(CRM, f"/booking-provider/{BOOKING_PROVIDER_ID}/bookings")
    created = client.post(
        bookings,
        json={"source": "Web", "name": "Sam Lee", "summary": "Leak", "isFirstTimeClient": True, "externalId": "e-9"},
    ).json()
    assert client.patch(f"{bookings}/{created['id']}", json={"name": "Sam Li"}).json()["name"] == "Sam Li"
    assert client.get(api_path(CRM, f"/bookings/{created['id']}")).json()["name"] == "Sam Li"
    other_provider = api_path(CRM, f"/booking-provider/{BOOKING_PROVIDER_ID + 1}/bookings/{created['id']}")
    assert client.get(other_provider).status_code == 404


def test_invoice_items_update_and_delete_recompute_totals(client: httpx.Client) -> None:
    invoice_id = FIRST_IDS["invoices"] + 5
    invoices = api_path(ACCOUNTING, "/invoices")

    def invoice() -> dict[str, object]:
        found: dict[str, object] = client.get(invoices, params={"ids": str(invoice_id)}).json()["data"][0]
        return found

    items = invoice()["items"]
    assert isinstance(items, list)
    first = items[0]
    body = {"id": first["id"], "description": "Diagnostic fee", "quantity": 3, "unitPrice": 10}
    assert client.patch(f"{invoices}/{invoice_id}/items", json=body).status_code == 200
    assert invoice()["items"][0]["quantity"] == "3.00"  # type: ignore[index]
    assert client.delete(f"{invoices}/{invoice_id}/items/{items[1]['id']}").status_code == 200
    after = invoice()
    assert [item["id"] for item in after["items"]] == [first["id"]]  # type: ignore[attr-defined]
    assert after["subTotal"] == "30.00"
    assert client.delete(f"{invoices}/{invoice_id}/items/{items[1]['id']}").status_code == 404


def test_custom_fields_update(client: httpx.Client) -> None:
    payment_id = FIRST_IDS["payments"]
    body = {"operations": [{"objectId": payment_id, "customFields": [{"name": "Batch", "value": "B-7"}]}]}
    assert client.patch(api_path(ACCOUNTING, "/payments/custom-fields"), json=body).status_code == 200
    payment = client.get(api_path(ACCOUNTING, "/payments"), params={"ids": str(payment_id)}).json()["data"][0]
    assert payment["customFields"] == [{"name": "Batch", "value": "B-7"}]


def test_payment_create_then_update(client: httpx.Client) -> None:
    invoice_id = FIRST_IDS["invoices"] + 7
    created = client.post(
        api_path(ACCOUNTING, "/payments"), json={"typeId": 1, "splits": [{"invoiceId": invoice_id, "amount": 25.5}]}
    ).json()
    assert created["splits"][0]["invoiceId"] == invoice_id
    updated = client.patch(
        api_path(ACCOUNTING, f"/payments/{created['id']}"), json={"typeId": 2, "memo": "by check", "splits": []}
    ).json()
    assert (updated["typeId"], updated["memo"]) == (2, "by check")
    listed = client.get(api_path(ACCOUNTING, "/payments"), params={"ids": str(created["id"])}).json()["data"][0]
    assert listed["memo"] == "by check"


def test_technician_create_never_stores_the_password(client: httpx.Client) -> None:
    created = client.post(
        api_path(SETTINGS, "/technicians"),
        json={"name": "Robin", "accountCreationMethod": "AssignLoginAndPassword", "login": "robin", "password": "pw1",
              "roleId": FIRST_IDS["user_roles"], "positions": ["Service"], "licenseType": "ManagedTech"},
    ).json()  # fmt: skip
    technician = client.get(api_path(SETTINGS, f"/technicians/{created['id']}"))
    assert technician.json()["loginName"] == "robin"
    assert "pw1" not in technician.text


def test_invalid_body_gets_field_errors(client: httpx.Client) -> None:
    answer = client.post(api_path(JPM, "/jobs"), json={"customerId": "seven", "appointments": []})
    assert answer.status_code == 400
    problem = answer.json()
    assert set(problem) == {"type", "title", "status", "traceId", "errors", "data"}
    assert "customerId" in problem["errors"]
    assert problem["errors"]["locationId"] == ["The locationId field is required."]


def test_dangling_reference_is_a_field_error(client: httpx.Client) -> None:
    body = {"jobId": 1, **WINDOW}
    answer = client.post(api_path(JPM, "/appointments"), json=body)
    assert answer.status_code == 400
    assert "jobId" in answer.json()["errors"]


def test_unknown_id_is_404_problem(client: httpx.Client) -> None:
    answer = client.get(api_path(CRM, "/customers/12345"))
    assert answer.status_code == 404
    assert answer.json()["title"] == "Customer with id 12345 was not found."
