"""Importing one endpoint module loads neither the other domains nor most of its own domain's models."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from servicetitan_raw.jpm.api.jobs import jobs_get
print(json.dumps(sorted(m for m in sys.modules if m.startswith("servicetitan_raw"))))
"""


def test_one_endpoint_imports_only_what_it_uses() -> None:
    output = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout
    loaded = json.loads(output)
    other_domains = [m for m in loaded if m.count(".") >= 1 and m.split(".")[1] not in {"jpm", "_enums"}]
    assert other_domains == []
    jpm_models = [m for m in loaded if m.startswith("servicetitan_raw.jpm.models.")]
    all_jpm_models = list((ROOT / "generated/servicetitan_raw/jpm/models").glob("[!_]*.py"))
    assert "servicetitan_raw.jpm.models.jpm_v2_job_response" in jpm_models
    assert len(jpm_models) <= 5 < len(all_jpm_models) // 10


def test_models_package_still_exposes_every_model_lazily() -> None:
    import servicetitan_raw.crm.models as models

    assert "CrmV2CustomersCustomerResponse" in dir(models)
    assert models.CrmV2CustomersCustomerResponse.__name__ == "CrmV2CustomersCustomerResponse"
