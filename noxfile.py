"""Every workflow of the project is a nox session.

nox                      lint, typecheck and tests (what to run before pushing)
nox -s specs             verify the vendored documents against specs/manifest.toml and apply every patch
nox -s specs -- --update DIR          adopt newer documents dropped into DIR
nox -s generate          regenerate generated/ from the specs (pinned generator)
nox -s generate -- --check            regenerate into a temporary directory and byte-compare
nox -s record            re-record the action cassettes against the sandbox
nox -s bench             benchmarks, each printed as a ratio against a baseline measured in the same run
"""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "typecheck", "tests"]
nox.options.default_venv_backend = "venv"

PYTHON = "3.11"
# The generator and the formatter it runs are pinned: both decide the bytes of generated/.
GENERATOR = ["openapi-python-client==0.29.1", "ruff==0.17.6"]
RUFF = "ruff==0.17.6"
MYPY = "mypy==2.4.1"
HAND_WRITTEN = ["overlay", "tests", "specs", "bench", "noxfile.py"]


def specs_args(session: nox.Session) -> list[str]:
    args = list(session.posargs)
    if "--specs-dir" not in args and len(args) == 1 and not args[0].startswith("-"):
        args = ["--specs-dir", args[0]]
    return args


@nox.session(python=PYTHON)
def specs(session: nox.Session) -> None:
    """Verify the vendored documents (or `-- --update DIR` to adopt newer ones)."""
    args = list(session.posargs)
    if args[:1] == ["--update"]:
        if len(args) != 2:
            session.error("usage: nox -s specs -- --update DIR")
        session.run("python", "specs/codegen.py", "update", args[1])
        return
    session.run("python", "specs/codegen.py", "verify", *specs_args(session))


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate every domain client (`-- --check` compares instead of writing)."""
    session.install(*GENERATOR)
    session.run("python", "specs/codegen.py", "generate", *specs_args(session))
    if "--check" not in session.posargs:
        # The action methods' static types derive from the regenerated catalog.
        session.install("-e", ".")
        session.run("python", "-m", "servicetitan._signatures", "--write")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    session.install(RUFF)
    session.run("ruff", "check", *HAND_WRITTEN)
    session.run("ruff", "format", "--check", *HAND_WRITTEN)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    session.install(MYPY, "-e", ".[sandbox,cli]")
    session.run("mypy")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The test suite: no network; HTTP goes to MockTransport, the in-process sandbox or cassettes."""
    session.install("-e", ".[test]")
    # Only loopback is reachable: the in-process sandbox. Cassettes replay; nothing records.
    session.run(
        "pytest", "--block-network", "--allowed-hosts=127.0.0.1,localhost", "--record-mode=none", *session.posargs
    )


@nox.session(python=PYTHON)
def record(session: nox.Session) -> None:
    """Re-record every action cassette against a fresh in-process sandbox (scrubbed at record time)."""
    session.install("-e", ".[test]")
    session.run("pytest", "tests/actions", "--record-mode=rewrite", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks: every figure is a ratio against a baseline measured in the same run on this machine."""
    session.install("-e", ".[test]")
    session.run("python", "bench/run.py", *session.posargs)
