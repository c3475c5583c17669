"""Import cost and import direction.

`import servicetitan` loads nothing generated (nor httpx); `from servicetitan import ServiceTitan` loads neither
the runtime nor a domain; a domain loads on first use only. The overlay's modules import in one direction, core
-> runtime -> surface -> clients -> extras, read from their source with `ast` (module-level, function-level and
`TYPE_CHECKING` imports alike), and no import cycle remains.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import servicetitan

PACKAGE = Path(servicetitan.__file__).parent
# Each overlay module's layer; a module may import its own layer and the ones before it, never a later one.
LAYERS: dict[str, tuple[str, ...]] = {
    # transport, auth, retries, limiter, errors, environments, logging, serialization, the client core, and the
    # operation index that errors and the transport name operations by.
    "core": (
        "_bodies",
        "_catalog",
        "_core",
        "_flow",
        "_logging",
        "_once",
        "_serialize",
        "_sockets",
        "_timeutil",
        "_transport",
        "auth",
        "environments",
        "errors",
        "ratelimit",
        "ratelimit_redis",
        "retries",
    ),
    "runtime": ("_inputs", "_operations", "_parsing", "exports", "pagination"),
    "surface": (
        "_actions_runtime",
        "_raw_request",
        "_signatures",
        "actions",
        "raw",
        "reports",
        "resources",
    ),
    "clients": ("_client", "__init__"),
    "extras": ("__main__", "cli", "dlt", "frames", "mcp", "sandbox", "testing"),
}
ORDER = list(LAYERS)


def _layer(module: str) -> str:
    top = module.split(".", 1)[0]
    return next(layer for layer, members in LAYERS.items() if top in members)


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).with_suffix("")
        parts = [part for part in relative.parts if part != "__init__"] or ["__init__"]
        found[".".join(parts)] = path
    return found


def _imports(path: Path, name: str) -> set[str]:
    """The overlay modules a module names in any import statement, wherever it stands."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    overlay = _modules()
    named: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            named |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = ["servicetitan", *filter(None, package.split("."))]
                base = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            submodules = {f"{base}.{alias.name}" for alias in node.names}
            # `from package import module` depends on the module; `from module import name`, on the module.
            known = {module for module in submodules if module.removeprefix("servicetitan.") in overlay}
            named |= known if known == submodules else {base, *known}
    return {
        module.removeprefix("servicetitan.")
        for module in named
        if module.startswith("servicetitan.") and module.removeprefix("servicetitan.") in overlay
    } - {name}


def _graph() -> dict[str, set[str]]:
    return {name: _imports(path, name) for name, path in _modules().items()}


def test_every_overlay_module_has_a_layer() -> None:
    for name in _modules():
        assert _layer(name) in ORDER, name


def test_lower_layers_never_name_upper_layers() -> None:
    wrong = [
        f"{name} ({_layer(name)}) imports {target} ({_layer(target)})"
        for name, targets in _graph().items()
        for target in targets
        if ORDER.index(_layer(target)) > ORDER.index(_layer(name))
    ]
    assert wrong == []


def test_no_import_cycle_remains() -> None:
    graph = _graph()
    cycles: list[list[str]] = []
    state: dict[str, str] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                cycles.append([*trail[trail.index(target) :], target])
            elif target not in state:
                visit(target, [*trail, target])
        state[node] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_the_checker_sees_a_cycle_and_an_upward_import(tmp_path: Path) -> None:
    """The two checks above fail on the shape they look for (what the overlay had before: `_parsing` importing
    `decode` from `_client`)."""
    module = tmp_path / "_parsing.py"
    module.write_text("def f():\n    from servicetitan._client import decode\n")
    assert _imports(module, "_parsing") == {"_client"}
    assert ORDER.index(_layer("_client")) > ORDER.index(_layer("_parsing"))
    guarded = tmp_path / "pagination.py"
    guarded.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from servicetitan import _client\n")
    assert _imports(guarded, "pagination") == {"_client"}


def test_import_loads_no_generated_module_and_a_domain_loads_only_itself():
    script = """
import sys
import servicetitan
loaded = [m for m in sys.modules if m.startswith(("servicetitan_raw", "servicetitan.", "httpx"))]
print(loaded)
assert loaded == [], loaded
import httpx
from servicetitan import ServiceTitan
runtime = [m for m in sys.modules if m.startswith(("servicetitan_raw.", "servicetitan._operations", "attrs"))]
assert runtime == [], runtime
handler = lambda request: httpx.Response(200, json={"access_token": "tok-abcdefgh", "expires_in": 900}) \\
    if request.url.path == "/connect/token" else httpx.Response(404)
st = ServiceTitan("id", "secret-value", "app-key-value", 1, api_url="https://api.test",
                  token_url="https://auth.test/connect/token", transport=httpx.MockTransport(handler))
st.raw.jpm.jobs_get
st.jpm.jobs
assert not [m for m in sys.modules if m.startswith(("servicetitan_raw.jpm.api", "servicetitan_raw.jpm.models"))]
for call in (lambda: st.raw.jpm.jobs_get(id=1), lambda: st.jpm.jobs.get(id=1)):
    try:
        call()
    except servicetitan.NotFoundError:
        pass
    else:
        raise AssertionError("the fake answers 404")
domains = {m.split(".")[1] for m in sys.modules if m.startswith("servicetitan_raw.")}
assert domains == {"jpm"}, domains
# st.raw runs in the resources' runtime: no generated endpoint function is imported, only the answer's model.
assert not [m for m in sys.modules if m.startswith("servicetitan_raw.jpm.api")]
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_building_and_using_a_client_loads_no_decimal_yet_a_decimal_is_still_sent_exactly():
    """`decimal` is the caller's to import: before they do, no value can be a Decimal, so the client never needs
    it; once they have, a Decimal in a body is still written exactly."""
    script = """
import sys
import httpx
# httpx itself may load decimal (its command line pulls in rich when installed): take it out of reach, so that
# any import of it from here on fails loudly.
saved = {name: sys.modules.pop(name) for name in ("decimal", "_decimal", "_pydecimal") if name in sys.modules}
class NoDecimal:
    def find_spec(self, name, path=None, target=None):
        if name in ("decimal", "_decimal", "_pydecimal"):
            raise ImportError(f"{name} imported")
sys.meta_path.insert(0, NoDecimal())
from servicetitan import ServiceTitan
sent = []
def handler(request):
    if request.url.path == "/connect/token":
        return httpx.Response(200, json={"access_token": "tok-abcdefgh", "expires_in": 900})
    sent.append(request.content)
    return httpx.Response(200, json={})
st = ServiceTitan("id", "secret-value", "app-key-value", 1, api_url="https://api.test",
                  token_url="https://auth.test/connect/token", rate_limit=None, transport=httpx.MockTransport(handler))
st.request("POST", "/jobs", domain="jpm", json={"total": 1.5}, params={"ids": [1, 2]})
assert "decimal" not in sys.modules
sys.meta_path.pop(0)
sys.modules.update(saved)
from decimal import Decimal
st.request("POST", "/jobs", domain="jpm", json={"total": Decimal("1E+2")}, params={"total": Decimal("0.10")})
assert sent == [b'{"total":1.5}', b'{"total":100}'], sent
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
