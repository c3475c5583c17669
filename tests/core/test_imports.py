"""Import cost: `import servicetitan` loads nothing generated (nor httpx); a domain loads on first use only."""

from __future__ import annotations

import subprocess
import sys


def test_import_loads_no_generated_module_and_a_domain_loads_only_itself():
    script = """
import sys
import servicetitan
loaded = [m for m in sys.modules if m.startswith(("servicetitan_raw", "servicetitan.", "httpx"))]
print(loaded)
assert loaded == [], loaded
import httpx
from servicetitan import ServiceTitan
assert not [m for m in sys.modules if m.startswith("servicetitan_raw.")]
handler = lambda request: httpx.Response(200, json={"access_token": "tok-abcdefgh", "expires_in": 900}) \\
    if request.url.path == "/connect/token" else httpx.Response(404)
st = ServiceTitan("id", "secret-value", "app-key-value", 1, api_url="https://api.test",
                  token_url="https://auth.test/connect/token", transport=httpx.MockTransport(handler))
st.raw.jpm.jobs_get
assert not [m for m in sys.modules if m.startswith(("servicetitan_raw.jpm.api", "servicetitan_raw.jpm.models"))]
try:
    st.raw.jpm.jobs_get(id=1)
except servicetitan.NotFoundError:
    pass
domains = {m.split(".")[1] for m in sys.modules if m.startswith("servicetitan_raw.")}
assert domains == {"jpm"}, domains
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
