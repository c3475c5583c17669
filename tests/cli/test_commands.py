"""Every command of `servicetitan` as a subprocess against the sandbox: exit status and output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from servicetitan.cli.check import probe_operation
from servicetitan.sandbox import serve
from tests.cli.conftest import SECRET, TIMEOUT, Served, make_sandbox, run


def test_help_lists_every_command(served: Served) -> None:
    done = run(served.env(), "--help")
    assert done.returncode == 0
    for command in ("check", "list", "get", "call", "export", "sync", "sandbox"):
        assert f"  {command} " in done.stdout
    assert "`servicetitan demo` walks a realistic flow" in done.stdout


def test_list_filters_operations_and_feeds_by_substring(served: Served) -> None:
    done = run(served.env(), "list", "jpm.jobs.get")
    assert done.returncode == 0
    rows = [line.split("\t") for line in done.stdout.splitlines()]
    assert ["jpm.jobs.get", "call", "GET /jpm/v2/tenant/{tenant}/jobs/{id}", "Jobs_Get"] in rows
    assert all("jpm.jobs.get" in " ".join(row) for row in rows)
    feeds = run(served.env(), "list", "jpm.export.").stdout
    assert "jpm.export.jobs\tfeed\tGET /jpm/v2/tenant/{tenant}/export/jobs" in feeds


def test_list_streams_names_the_sync_tables(served: Served) -> None:
    done = run(served.env(), "list", "--streams", "jpm_")
    assert done.returncode == 0
    streams = {line.split("\t")[0]: line.split("\t")[1:] for line in done.stdout.splitlines()}
    assert streams["jpm_jobs"] == ["list", "jpm.jobs.get_list", "modifiedOn"]
    assert streams["jpm_export_jobs"] == ["feed", "jpm.export.jobs", "continueFrom"]


def test_list_without_a_match_fails_with_one_line(served: Served) -> None:
    done = run(served.env(), "list", "no-such-thing")
    assert done.returncode == 1
    assert done.stderr.strip().startswith("error: nothing matches 'no-such-thing'; known domains: accounting, ")
    assert len(done.stderr.strip().splitlines()) == 1
    near = run(served.env(), "list", "jobz")
    assert near.returncode == 1
    assert near.stderr.strip() == "error: nothing matches 'jobz'; did you mean jobs? `servicetitan list jobs` shows it"
    assert "jpm.jobs.get\tcall\t" in run(served.env(), "list", "jobs").stdout


def test_check_passes_on_the_sandbox(served: Served) -> None:
    done = run(served.env(), "check")
    assert done.returncode == 0, done.stderr
    assert "token: obtained" in done.stdout
    assert f"jpm: ok ({probe_operation('jpm')})" in done.stdout
    # The sandbox's URLs replace production's: the line says so, not just "production".
    assert f"environment: production, URLs overridden (API {served.url}" in done.stdout
    assert done.stdout.rstrip().endswith("all checks passed")


def test_check_names_the_scope_the_sandbox_denies() -> None:
    scope = "tn.jpm.jobs:r"
    assert probe_operation("jpm") == "jpm.jobs.get_list"
    sandbox = make_sandbox(denied_scopes=frozenset({scope}))
    with serve(sandbox) as url:
        done = run(Served(sandbox, url).env(), "check", "--domains", "jpm,crm")
    assert done.returncode == 1
    assert f"jpm: DENIED reading jpm.jobs.get_list (needs scope {scope})" in done.stdout
    assert "crm: DENIED" not in done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: grant the app the scope(s) {scope} (denied in jpm)")


def test_check_with_a_wrong_secret_says_what_to_fix(served: Served) -> None:
    done = run(served.env(SERVICETITAN_CLIENT_SECRET="wrong-secret"), "check")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "error: the token was refused (token request refused (Unknown client or wrong client secret.)): check "
        "the client id and secret, and that they belong to the production environment"
    ]


def test_missing_settings_name_the_variables(served: Served, tmp_path: Path) -> None:
    env = {key: value for key, value in served.env().items() if key != "SERVICETITAN_APP_KEY"}
    done = run(env, "check", cwd=tmp_path)
    assert done.returncode == 1
    assert "lacks app_key: set SERVICETITAN_APP_KEY" in done.stderr


def test_env_file_and_profile_supply_the_settings(served: Served, tmp_path: Path) -> None:
    bare = {key: value for key, value in served.env().items() if not key.startswith("SERVICETITAN_")}
    env_file = tmp_path / "st.env"
    env_file.write_text("\n".join(f"export SERVICETITAN_{k.upper()}='{v}'" for k, v in served.settings().items()))
    assert run(bare, "check", "--domains", "jpm", "--env-file", str(env_file)).returncode == 0
    profiles = tmp_path / "profiles.toml"
    body = "\n".join(f"{k} = {json.dumps(v)}" for k, v in served.settings().items())
    profiles.write_text(f"[east]\n{body}\n")
    done = run({**bare, "SERVICETITAN_PROFILES": str(profiles)}, "check", "--domains", "jpm", "--profile", "east")
    assert done.returncode == 0, done.stderr
    assert "settings from profile 'east'" in done.stdout
    unknown = run({**bare, "SERVICETITAN_PROFILES": str(profiles)}, "check", "--profile", "west")
    assert unknown.returncode == 1
    assert f"no profile 'west' in {profiles} (profiles: east)" in unknown.stderr


def test_get_reads_one_job_as_json(served: Served) -> None:
    with served.client() as st:
        job = st.jpm.jobs.get_list(page_size=1, as_dicts=True).records[0]
    done = run(served.env(), "get", "jpm.jobs.get", f"id={job['id']}")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["id"] == job["id"]
    assert answer["jobNumber"] == job["jobNumber"]


def test_get_lists_a_page_with_typed_filters(served: Served) -> None:
    done = run(served.env(), "get", "jpm.jobs.get_list", "page_size=3", "include_total=true")
    assert done.returncode == 0, done.stderr
    page = json.loads(done.stdout)
    assert len(page["data"]) == 3
    assert page["totalCount"] == served.sandbox.tenant(served.settings()["tenant"])["jobs"].__len__()  # type: ignore[arg-type]


def test_get_refuses_a_write_and_bad_input_before_sending(served: Served) -> None:
    write = run(served.env(), "get", "crm.customers.update", "id=1")
    assert write.returncode == 1
    assert "crm.customers.update is not a read" in write.stderr
    typo = run(served.env(), "get", "jpm.jobs.get_list", "job_statuss=Scheduled")
    assert typo.returncode == 1
    assert "has no input 'job_statuss'; did you mean job_status" in typo.stderr
    wrong_type = run(served.env(), "get", "jpm.jobs.get", "id=forty-two")
    assert wrong_type.returncode == 1
    assert "jpm.jobs.get(id): expected a whole number, not 'forty-two'" in wrong_type.stderr


def _customer(served: Served) -> dict[str, object]:
    with served.client() as st:
        record: dict[str, object] = st.crm.customers.get_list(page_size=1, as_dicts=True).records[0]
        return st.crm.customers.get(id=record["id"]).to_dict()  # type: ignore[no-any-return]


def test_call_dry_run_prints_the_request_and_sends_nothing(served: Served) -> None:
    before = _customer(served)
    done = run(served.env(), "call", "crm.customers.update", f"id={before['id']}", "--json", '{"name": "Renamed"}',
               "--dry-run")  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"PATCH {served.url}/crm/v2/tenant/{served.settings()['tenant']}/customers/{before['id']}"
    assert json.loads("\n".join(lines[1:])) == {"name": "Renamed"}
    assert _customer(served)["name"] == before["name"]


def test_call_writes_only_with_yes(served: Served) -> None:
    before = _customer(served)
    refused = run(served.env(), "call", "crm.customers.update", f"id={before['id']}", "--json", '{"name": "Renamed"}')
    assert refused.returncode == 1
    assert "crm.customers.update writes (PATCH): pass --yes" in refused.stderr
    assert _customer(served)["name"] == before["name"]
    done = run(served.env(), "call", "crm.customers.update", f"id={before['id']}", "--json", '{"name": "Renamed"}',
               "--yes")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["name"] == "Renamed"
    assert _customer(served)["name"] == "Renamed"


def test_export_to_standard_output_is_quiet_off_a_terminal(served: Served) -> None:
    done = run(served.env(), "export", "jpm.export.jobs")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    with served.client() as st:
        expected = list(st.jpm.export.jobs(as_dicts=True))
    assert [json.loads(line) for line in done.stdout.splitlines()] == expected


def test_sandbox_command_is_the_sandbox_module(served: Served) -> None:
    done = run(served.env(), "sandbox", "--help")
    assert done.returncode == 0
    assert done.stdout.startswith("usage: servicetitan sandbox ")
    assert "--error-rate" in done.stdout


def _without(module: str, *argv: str) -> subprocess.CompletedProcess[str]:
    """The entry point run where `module` cannot be imported."""
    code = (
        f"import sys; sys.modules[{module!r}] = None; from servicetitan.__main__ import main; "
        f"sys.exit(main({list(argv)!r}))"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT, check=False)


def test_without_the_cli_extra_the_command_names_it() -> None:
    for module in ("click", "dlt"):
        done = _without(module, "list")
        assert done.returncode == 1
        assert f'needs the cli extra ({module} is missing): pip install "servicetitan[cli]"' in done.stderr


def test_demo_runs_without_the_cli_extra() -> None:
    # The sandbox itself needs click (through uvicorn); the rest of the cli extra is not needed.
    done = _without("dlt", "demo", "--jobs", "5")
    assert done.returncode == 0, done.stderr
    assert "canceled job" in done.stdout
    assert SECRET not in done.stdout


def test_python_dash_m_demo_still_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "servicetitan", "demo", "--jobs", "5"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith("done")
