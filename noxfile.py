"""Every workflow of the project is a nox session.

nox                      lint, typecheck and tests (what to run before pushing)
nox -s tests             the suite on every CPU (`-- tests/core -q` a part, `-- -n 0` in one process);
                         `python3.12 -m nox -s tests` runs it on 3.12 (sessions run on the interpreter running nox)
nox -s specs             verify specs/ (normalized documents, manifest hashes) and apply every patch
nox -s specs -- --drift DIR           also check that the downloads in DIR normalize to specs/openapi/
nox -s specs -- --update DIR          adopt newer downloads from DIR (prints and records the API changelog),
                                      then regenerate, re-record changed cassettes, run the tests that matter
nox -s specs -- --supplement DOMAIN OPERATION_ID ...   keep operations the library needs for downloads that lack them
nox -s generate          regenerate generated/ from specs/ (pinned generator)
nox -s generate -- --check            regenerate into a temporary directory and byte-compare
nox -s record            re-record the action and report cassettes against the sandbox
nox -s bench             benchmarks, each printed as a ratio against a baseline measured in the same run
nox -s conformance       schemathesis against the in-process sandbox, every domain's document (`-- --help`)

tests, generate, lint, typecheck, bench and specs keep their venv (.nox/NAME) and install only when the dependency
set in pyproject.toml or their pins changed; `rm -rf .nox/NAME` starts one afresh.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tomllib
from pathlib import Path

import nox
from nox.command import CommandFailed

nox.options.sessions = ["lint", "typecheck", "tests"]
nox.options.default_venv_backend = "venv"
# A session whose interpreter is missing is an error, never a skip that exits 0.
nox.options.error_on_missing_interpreters = True

SUPPORTED = (3, 11)
if sys.version_info < SUPPORTED:
    sys.exit(f"servicetitan needs Python >= 3.11; nox runs on {sys.version.split()[0]} ({sys.executable})")
# Sessions run on the interpreter that runs nox (`python3 -m nox`); `nox --force-python 3.12` picks another.
PYTHON: str | None = None
# A kept venv (reuse_venv=True) is reused only if it was made by that interpreter: `python3.12 -m nox -s tests`
# after `python3.11 -m nox -s tests` makes .nox/tests again instead of testing on 3.11. nox checks only when asked.
os.environ.setdefault("NOX_ENABLE_STALENESS_CHECK", "1")
# The generator and the formatter it runs are pinned: both decide the bytes of generated/.
GENERATOR = ["openapi-python-client==0.29.1", "ruff==0.17.6"]
RUFF = "ruff==0.17.6"
MYPY = "mypy==2.4.1"
HAND_WRITTEN = ["overlay", "tests", "specs", "bench", "examples", "noxfile.py"]
# The suite runs on one worker more than the CPUs this process may use (pytest-xdist): a share of it waits on
# pacing, deadlines and spawned processes, and on a 2-core machine a third worker took it from 564 s to 488 s. A
# test file with a fixture of module or class scope (a served sandbox, a mypy run) runs whole on one worker, in
# file order (tests/conftest.py groups it); every other test goes to the next free worker. `nox -s tests -- -n 0`
# runs in one process.
CPUS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
PARALLEL = ["-n", str(CPUS + 1), "--dist", "loadgroup"]


def _dependency_key(*args: str) -> str:
    """What an install in a kept venv depends on: the install arguments and what pyproject.toml says about the
    package (the [project] table with its extras, scripts and entry points, [build-system] and
    [tool.setuptools]). Other tool settings (ruff, mypy, pytest) change nothing that is installed."""
    config = tomllib.loads(Path("pyproject.toml").read_text(encoding="utf-8"))
    tools = config.get("tool", {})
    relevant = {
        "project": config.get("project"),
        "build-system": config.get("build-system"),
        "setuptools": tools.get("setuptools"),
        "args": list(args),
    }
    return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()[:16]


def _install_once(session: nox.Session, *args: str) -> None:
    """`session.install(*args)` unless this (reused) venv already had it for the same dependencies: the project
    is installed editable, so only its dependencies can go stale, and they are named in pyproject.toml. A
    changed dependency set installs again; `rm -rf .nox/NAME` starts from an empty venv."""
    venv = Path(session.virtualenv.location)
    # One stamp per argument list (a session may install two lists into one venv), holding the dependency key.
    stamp = venv / f".installed-{hashlib.sha256(repr(args).encode()).hexdigest()[:16]}"
    key = _dependency_key(*args)
    if stamp.exists() and stamp.read_text(encoding="utf-8") == key:
        session.log(f"{' '.join(args)}: already installed in this venv (dependencies unchanged)")
        return
    session.install(*args)
    runner = getattr(session, "_runner", None)
    no_install = getattr(getattr(runner, "global_config", None), "no_install", False)
    if no_install and getattr(session.virtualenv, "_reused", False):
        return  # `nox -R` skips installs in a kept venv: nothing was installed, so nothing is stamped
    stamp.write_text(key, encoding="utf-8")


@nox.session(python=PYTHON, reuse_venv=True)
def specs(session: nox.Session) -> None:
    """Verify specs/ (`-- --drift DIR` also checks that DIR's downloads normalize to it). `-- --update DIR
    [--remove-domain NAME]` is the maintainer loop in one command: adopt newer downloads (printing the API
    changelog, or every problem that blocks them), then regenerate generated/, re-record the cassettes whose
    operations changed, and run the tests that matter for the domains that changed (tests/generation,
    tests/actions and every test file naming one of them). The venv is kept between runs."""
    args = list(session.posargs)
    if args[:1] == ["--update"]:
        if len(args) < 2 or args[1].startswith("-"):
            session.error("usage: nox -s specs -- --update DIR [--remove-domain NAME ...]")
        _install_once(session, *GENERATOR, "-e", ".[test]")
        _update_loop(session, args[1:])
        return
    if args[:1] == ["--supplement"]:
        # Operations the library needs, vendored as the documents adopted now have them, for downloads that lack them.
        if len(args) < 3 or args[1].startswith("-"):
            session.error("usage: nox -s specs -- --supplement DOMAIN OPERATION_ID ... [--why TEXT]")
        _install_once(session, "-e", ".")
        session.run("python", "specs/codegen.py", "supplement", *args[1:])
        return
    # The action table names resource methods; the installed catalog resolves them to the operations that every
    # adoption must keep.
    _install_once(session, "-e", ".")
    session.run("python", "specs/codegen.py", "verify", *args)


# The pytest options of every test run: only loopback (the in-process sandbox) is reachable, and sockets that are
# files ("/...": local, no network; the sync's step server, `servicetitan.cli.sync.step_context`, is one).
NO_NETWORK = ["--block-network", "--allowed-hosts=127.0.0.1,localhost,/"]


def _update_loop(session: nox.Session, update_args: list[str]) -> None:
    """Adopt DIR's documents; once adopted, regenerate, re-record the cassettes
    whose operations changed, and run the tests that matter for the domains that changed (specs/codegen.py plan)."""
    manifest = Path("specs/manifest.toml")
    work = Path("build/specs-update")
    work.mkdir(parents=True, exist_ok=True)
    # The manifest before the adoption, kept until the loop completes: run again after a failed step (a test
    # that failed, say), the same command finds the documents adopted and resumes the loop from there.
    before = work / "manifest.before.toml"
    if not before.exists():
        before.write_bytes(manifest.read_bytes())
    # A domain the unfinished adoption removed may be named by --remove-domain again.
    session.run("python", "specs/codegen.py", "update", *update_args, "--known-from", str(before))
    if manifest.read_bytes() == before.read_bytes():
        before.unlink()
        return
    try:
        session.run("python", "specs/codegen.py", "generate")
        # The README's tables of actions and resources are rendered from the catalog, as the stubs are.
        session.run("python", "-m", "servicetitan._signatures", "--readme", "README.md")
        # The parsing baseline (tests/generation/test_fast_models.py), when a domain it covers changed.
        session.run("python", "specs/codegen.py", "baseline", "--before", str(before))
        plan_file = work / "plan.json"
        session.run("python", "specs/codegen.py", "plan", str(before), "--out", str(plan_file))
        plan = json.loads(plan_file.read_text(encoding="utf-8"))
        for suite in plan["rerecord"]:
            # What `nox -s record` does for this suite: record against a fresh in-process sandbox; the lock is
            # written when the run ends, so the cassette checks (after_recording) run in the test run below.
            session.run("pytest", "-q", *NO_NETWORK, "--record-mode=rewrite", "-m", "not after_recording", suite)
        session.run("pytest", *PARALLEL, *NO_NETWORK, "--record-mode=none", *plan["tests"])
    except CommandFailed:
        session.error(
            "the documents are adopted in specs/ and the loop stopped at the step above: fix what it says (a spec "
            "patch, a test), then run the same command again to resume from regeneration; "
            "`git checkout -- specs generated README.md overlay/servicetitan/_action_signatures.pyi "
            "overlay/servicetitan/_resource_signatures.pyi` undoes the adoption"
        )
    before.unlink()


@nox.session(python=PYTHON, reuse_venv=True)
def generate(session: nox.Session) -> None:
    """Regenerate generated/ and the action stubs from specs/ (`-- --check` compares instead of writing)."""
    # The library renders the action methods' static types from the fresh catalog before anything is written.
    _install_once(session, *GENERATOR, "-e", ".")
    session.run("python", "specs/codegen.py", "generate", *session.posargs)


@nox.session(python=PYTHON, reuse_venv=True)
def lint(session: nox.Session) -> None:
    _install_once(session, RUFF)
    session.run("ruff", "check", *HAND_WRITTEN)
    session.run("ruff", "format", "--check", *HAND_WRITTEN)


@nox.session(python=PYTHON, reuse_venv=True)
def typecheck(session: nox.Session) -> None:
    _install_once(session, MYPY, "-e", ".[testing,redis,cli,keyring,mcp]")
    session.run("mypy")


@nox.session(python=PYTHON, reuse_venv=True)
def tests(session: nox.Session) -> None:
    """The test suite: no network; HTTP goes to MockTransport, the in-process sandbox or cassettes."""
    _install_once(session, "-e", ".[test]")
    # Only loopback is reachable: the in-process sandbox. Cassettes replay; nothing records.
    session.run("pytest", *PARALLEL, *NO_NETWORK, "--record-mode=none", *session.posargs)


@nox.session(python=PYTHON)
def record(session: nox.Session) -> None:
    """Re-record every action and report cassette against a fresh in-process sandbox (scrubbed at record time)."""
    session.install("-e", ".[test]")
    session.run("pytest", "tests/actions", "tests/reports", "--record-mode=rewrite", *session.posargs)


@nox.session(python=PYTHON, reuse_venv=True)
def bench(session: nox.Session) -> None:
    """Benchmarks, never a CI gate: ratios against baselines measured in the same run, with their spread.
    `-- --peers` runs servicepytan side by side, installed here only so it never enters our dependencies."""
    _install_once(session, "-e", ".[test]")
    if "--peers" in session.posargs:
        session.install("servicepytan==0.4.2")  # the most used Python ServiceTitan library
    session.run("python", "bench/run.py", *session.posargs)


@nox.session(python=PYTHON, reuse_venv=True)
def conformance(session: nox.Session) -> None:
    """Schemathesis (the `conformance` extra) against the sandbox served in process on loopback, every domain's
    patched document: no 5xx, statuses, bodies and content types as documented (bench/conformance.py). Not part
    of `nox`: a few minutes. `-- --examples 20 --domains crm,jpm`, `-- --unpatched`, `-- --mode all`."""
    _install_once(session, "-e", ".[conformance]")
    session.run("python", "bench/conformance.py", *session.posargs)
