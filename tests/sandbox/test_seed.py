"""The seeded tenant: deterministic, scalable, related records that point at each other."""

from __future__ import annotations

from servicetitan.sandbox import FIRST_IDS, Sandbox
from servicetitan.sandbox.seed import SeedSize


def test_same_seed_same_data_and_another_seed_differs() -> None:
    first, second, other = Sandbox(jobs=20, seed=4), Sandbox(jobs=20, seed=4), Sandbox(jobs=20, seed=5)
    customers = [first.tenant(1)["customers"], second.tenant(1)["customers"], other.tenant(1)["customers"]]
    records = [list(collection.records()) for collection in customers]
    assert records[0] == records[1]
    assert records[0] != records[2]


def test_one_hundred_thousand_jobs_are_seeded_lazily() -> None:
    tenant = Sandbox(jobs=100_000).tenant(1)
    jobs = tenant["jobs"]
    assert len(jobs) == 100_000
    assert len(tenant["appointments"]) == 100_000
    assert len(tenant["customers"]) == SeedSize(100_000).customers
    last = jobs.get(FIRST_IDS["jobs"] + 99_999)
    assert last is not None
    assert jobs.get(FIRST_IDS["jobs"] + 100_000) is None


def test_records_point_at_each_other() -> None:
    tenant = Sandbox(jobs=40).tenant(1)
    job = tenant["jobs"].get(FIRST_IDS["jobs"] + 17)
    assert job is not None
    location = tenant["locations"].get(job["locationId"])
    appointment = tenant["appointments"].get(job["firstAppointmentId"])
    invoice = tenant["invoices"].get(job["invoiceId"])
    assert location is not None
    assert appointment is not None
    assert invoice is not None
    assert location["customerId"] == job["customerId"]
    assert appointment["jobId"] == job["id"]
    assert invoice["job"]["id"] == job["id"]
    assert invoice["total"] > invoice["subTotal"] > 0
    booking = next(tenant["bookings"].records())
    assert booking["bookingProviderId"] > 0


def test_timestamps_have_seven_fractional_digits() -> None:
    job = Sandbox(jobs=3).tenant(1)["jobs"].get(FIRST_IDS["jobs"] + 1)
    assert job is not None
    assert len(job["createdOn"]) == len("2024-01-09T18:32:41.6833333Z")
    assert job["createdOn"].endswith("Z")
