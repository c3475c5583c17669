"""What mypy --strict sees of the resources, pages and feeds: the rendered stubs, checked on sample code.

One mypy run (in a subprocess, with its own cache in a temporary directory) checks a file that uses the
resources the way a user would, and one that misspells a resource and an argument: the first must pass with the
revealed types naming the generated models, the second must fail on exactly those lines.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

GOOD = """\
from servicetitan import AsyncServiceTitan, ServiceTitan


def sync_use(st: ServiceTitan) -> None:
    reveal_type(st.crm.customers.get(id=1))
    reveal_type(next(iter(st.jpm.jobs.get_list(fetch_all=True))))
    reveal_type(st.jpm.jobs.get_list(page_size=10, as_dicts=True).records)
    feed = st.jpm.export.jobs(start="2024-01-01", include_recent_changes=True)
    reveal_type(next(iter(feed)))
    checkpoint: str | None = feed.continue_from
    reveal_type(st.get_job(id=1))
    print(checkpoint)


async def async_use(st: AsyncServiceTitan) -> None:
    reveal_type(await st.crm.customers.get(id=1))
    page = await st.jpm.jobs.get_list(job_status="Scheduled")
    reveal_type(page)
    reveal_type(await st.settings.technicians.get_list(active="Any", fetch_all=True))
    async for job in st.jpm.export.jobs(as_dicts=True):
        reveal_type(job)
"""

BAD = """\
from servicetitan import ServiceTitan


def misuse(st: ServiceTitan) -> None:
    st.jpm.jobz.get(id=1)
    st.jpm.jobs.get(idd=1)
    st.jpm.jobs.get_list(fetch_all=True, page_sise=10)
"""

CONFIG = """\
[mypy]
strict = True
python_version = 3.11
mypy_path = {overlay}:{generated}

[mypy-servicetitan_raw.*]
# The generated package is machine output with its own known findings; only the models' types matter here.
ignore_errors = True
"""


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    work = tmp_path_factory.mktemp("mypy")
    (work / "good.py").write_text(GOOD)
    (work / "bad.py").write_text(BAD)
    (work / "mypy.ini").write_text(CONFIG.format(overlay=ROOT / "overlay", generated=ROOT / "generated"))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            "mypy.ini",
            "--cache-dir",
            str(work / "cache"),
            "good.py",
            "bad.py",
        ],
        cwd=work,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    lines = result.stdout.splitlines()
    return {name: [line for line in lines if line.startswith(f"{name}:")] for name in ("good.py", "bad.py")}


def _reveals(lines: list[str]) -> dict[int, str]:
    found = {}
    for line in lines:
        match = re.match(r"good\.py:(\d+): note: Revealed type is \"(.*)\"", line)
        if match:
            found[int(match.group(1))] = match.group(2)
    return found


def test_sample_code_type_checks_under_strict(mypy_output: dict[str, list[str]]) -> None:
    assert [line for line in mypy_output["good.py"] if ": error:" in line] == []


def test_revealed_types_name_the_generated_models(mypy_output: dict[str, list[str]]) -> None:
    reveals = _reveals(mypy_output["good.py"])
    customer = "servicetitan_raw.crm.models.crm_v2_customers_customer_response.CrmV2CustomersCustomerResponse"
    job = "servicetitan_raw.jpm.models.jpm_v2_job_response.JpmV2JobResponse"
    technician = (
        "servicetitan_raw.settings.models.tenant_settings_v2_technician_response.TenantSettingsV2TechnicianResponse"
    )
    exported = "servicetitan_raw.jpm.models.jpm_v2_export_jobs_response.JpmV2ExportJobsResponse"
    assert reveals == {
        5: customer,
        6: f"{job} | servicetitan._parsing.UnparsedRecord",
        7: "list[dict[str, Any]]",
        9: f"{exported} | servicetitan._parsing.UnparsedRecord",
        11: job,
        16: customer,
        18: f"servicetitan.pagination.AsyncPage[{job} | servicetitan._parsing.UnparsedRecord]",
        19: f"servicetitan.pagination.AsyncRecords[{technician} | servicetitan._parsing.UnparsedRecord]",
        21: "dict[str, Any]",
    }


def test_a_misspelled_resource_or_argument_fails(mypy_output: dict[str, list[str]]) -> None:
    errors = [line for line in mypy_output["bad.py"] if ": error:" in line]
    assert any(line.startswith("bad.py:5:") and '"jobz"' in line for line in errors), errors
    assert any(line.startswith("bad.py:6:") and '"idd"' in line for line in errors), errors
    assert any(line.startswith("bad.py:7:") for line in errors), errors
