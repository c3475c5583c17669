"""Schemathesis against the sandbox: every domain's document, property-based cases, no 5xx and nothing off the spec.

    python bench/conformance.py [--examples 5] [--domains crm,jpm] [--mode positive] [--seed 1] [--unpatched]
                                [--report-dir DIR]

`nox -s conformance` runs it (schemathesis is in the `conformance` extra, never a dependency of the library).

The sandbox runs in this process on a loopback socket (`servicetitan.sandbox.serve`, the documents profile). For
each domain the runner takes a token from the sandbox's token endpoint (as `servicetitan.testing` does), writes a
schemathesis config with the `Authorization` and `ST-App-Key` headers and the tenant pinned (a fresh tenant id
would seed a fresh tenant), and runs `schemathesis run` on the domain's document with the checks

    not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance

Documents: by default the patched documents that the client is generated from and that the sandbox serves
(specs/openapi/ with specs/patches/ applied, `specs/codegen.py`), because the patches record where production
departs from the documents (fields that arrive null); `--unpatched` checks the normalized documents as vendored.

Every failure schemathesis reports is printed once per (operation, check, code, status). Three kinds, where the
sandbox answers as the API does and the document says otherwise, are counted apart (`ACCEPTED`): an undocumented
404 for an id the sandbox does not hold (schemathesis generates ids at random; most documents list no 404), a
TimeSpan written `06:18:00` under `format: duration`, and, on the six operations whose documents list no 400, a
400 for a page, page size or sort field out of range or an integer written `174.0`. Anything else makes the exit
status 1.
"""

from __future__ import annotations

import argparse
import base64
import importlib
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from servicetitan.sandbox import DEFAULT_TENANT, TOKEN_PATH, Sandbox, serve

ROOT = Path(__file__).resolve().parent.parent
CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


@dataclass
class DomainRun:
    domain: str
    operations: int = 0
    cases: int = 0
    seconds: float = 0.0
    failures: dict[tuple[str, str, str, str], str] = field(default_factory=dict)
    """(operation, check, code, status) -> first message."""
    accepted: dict[tuple[str, str, str, str], str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _codegen() -> Any:
    """specs/codegen.py, the specs tooling (a script beside the documents, not a package)."""
    sys.path.insert(0, str(ROOT / "specs"))
    return importlib.import_module("codegen")


def patched_documents() -> dict[str, dict[str, Any]]:
    """domain key -> the document generation reads (patched, full paths)."""
    codegen = _codegen()
    manifest = codegen.load_manifest()
    documents: dict[str, dict[str, Any]] = codegen.build_documents(manifest, codegen.vendored_documents(manifest))
    return documents


def unpatched_documents() -> dict[str, dict[str, Any]]:
    """domain key -> the normalized document as vendored in specs/openapi/ (full paths)."""
    codegen = _codegen()
    manifest = codegen.load_manifest()
    return {
        entry["key"]: codegen.with_full_paths(codegen.read_document(codegen.DOCUMENTS / entry["file"]))
        for entry in manifest["domain"]
    }


def token(base_url: str, sandbox: Sandbox) -> str:
    credentials = sandbox.credentials
    answer = httpx.post(
        base_url + TOKEN_PATH,
        data={
            "grant_type": "client_credentials",
            "client_id": credentials.client_id,
            "client_secret": credentials.client_secret,
        },
        timeout=30,
    )
    answer.raise_for_status()
    return str(answer.json()["access_token"])


def _toml_string(value: str) -> str:
    return json.dumps(value)  # a JSON string is a valid TOML basic string for these ASCII values


def run_domain(
    domain: str, document: dict[str, Any], base_url: str, sandbox: Sandbox, args: argparse.Namespace, work: Path
) -> DomainRun:
    spec = work / f"{domain}.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    config = work / f"{domain}.toml"
    config.write_text(
        "headers = { Authorization = "
        + _toml_string(f"Bearer {token(base_url, sandbox)}")
        + ', "ST-App-Key" = '
        + _toml_string(sandbox.credentials.app_key)
        + " }\n[parameters]\n"
        + f'"path.tenant" = {DEFAULT_TENANT}\n',
        encoding="utf-8",
    )
    report, events = work / f"{domain}.report.json", work / f"{domain}.events.ndjson"
    command = [
        sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "--no-color", "run", str(spec),
        "--url", base_url, "--checks", CHECKS, "--max-examples", str(args.examples), "--mode", args.mode,
        "--seed", str(args.seed), "--phases", "examples,coverage,fuzzing", "--workers", "1",
        "--suppress-health-check", "all", "--request-timeout", "30", "--continue-on-failure",
        "--report", "json,ndjson", "--report-json-path", str(report), "--report-ndjson-path", str(events),
    ]  # fmt: skip
    started = time.perf_counter()
    finished = subprocess.run(command, capture_output=True, text=True, check=False, cwd=work)
    run = DomainRun(domain, seconds=time.perf_counter() - started)
    (work / f"{domain}.out").write_text(finished.stdout + finished.stderr, encoding="utf-8")
    if not report.exists():
        run.errors.append(f"schemathesis produced no report (exit {finished.returncode}); see {work / domain}.out")
        return run
    summary = json.loads(report.read_text(encoding="utf-8"))
    run.operations = int(summary["operations"]["tested"])
    run.cases = int(summary["test_cases"]["generated"])
    run.errors.extend(str(error) for error in summary.get("errors") or ())
    for line in events.read_text(encoding="utf-8").splitlines():
        _collect(run, json.loads(line))
    return run


def _collect(run: DomainRun, event: dict[str, Any]) -> None:
    finished = event.get("ScenarioFinished")
    if not finished:
        return
    recorder = finished.get("recorder") or {}
    interactions = recorder.get("interactions") or {}
    for case_id, checks in (recorder.get("checks") or {}).items():
        for check in checks:
            if check.get("status") != "failure":
                continue
            failure = (check.get("failure_info") or {}).get("failure") or {}
            interaction = interactions.get(case_id) or {}
            response = interaction.get("response") or {}
            status = str(response.get("status_code", ""))
            code = str(failure.get("code", ""))
            key = (str(failure.get("operation", recorder.get("label"))), check["name"], code, status)
            message = f"{failure.get('title', '')}: {failure.get('message', '')}".strip()
            content = response.get("content") or {}
            text = base64.b64decode(content["$base64"]).decode("utf-8", "replace") if "$base64" in content else ""
            reason = accepted_reason(code, status, message, text)
            if reason is not None:
                run.accepted.setdefault(key, reason)
            else:
                request = interaction.get("request") or {}
                run.failures.setdefault(
                    key,
                    f"{message}\n      {request.get('method')} {request.get('uri')}\n      -> {status} {text[:300]}",
                )


# .NET writes a TimeSpan as `[-][d.]hh:mm:ss[.fffffff]`; the documents call it `format: duration`, which JSON Schema
# reads as ISO 8601 (`PT6H18M`).
_TIMESPAN_MISMATCH = re.compile(r'"-?(\d+\.)?\d{2}:\d{2}:\d{2}(\.\d{1,7})?" is not a "duration"')
_DECIMAL_INTEGER = re.compile(r"^The value '-?\d+\.0*' is not valid for ")
ACCEPTED = {
    "unknown id": "an undocumented 404 for an id the sandbox does not hold (ServiceTitan answers an unknown id 404; "
    "most documents list no 404)",
    "timespan": "a TimeSpan as .NET writes it (06:18:00) where the document says `format: duration`",
    "paging": "a 400 for a page, page size or sort field the API refuses where the document lists no 400",
    "integer": "a 400 for an integer written with a decimal point (174.0 is an integer to JSON Schema, not to "
    "ASP.NET's binder) where the document lists no 400",
}


def accepted_reason(code: str, status: str, message: str, body: str) -> str | None:
    """The ACCEPTED key of a failure the sandbox answers as the API does although the document says otherwise."""
    if code == "ST103" and status == "404":
        return "unknown id"
    if code == "ST108" and _TIMESPAN_MISMATCH.search(message):
        return "timespan"
    if code == "ST103" and status == "400":
        try:
            errors = json.loads(body).get("errors") or {}
        except (ValueError, AttributeError):
            return None
        if errors and set(errors) <= {"page", "pageSize", "sort"}:
            return "paging"
        messages = [message for field in errors.values() for message in field]
        if messages and all(_DECIMAL_INTEGER.search(message) for message in messages):
            return "integer"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=5, help="schemathesis --max-examples per operation")
    parser.add_argument("--domains", default="", help="comma-separated domain keys (default: every domain)")
    parser.add_argument("--mode", default="positive", choices=("positive", "negative", "all"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--unpatched", action="store_true", help="check the documents as vendored, unpatched")
    parser.add_argument("--report-dir", default="", help="keep the documents, configs and reports here")
    parser.add_argument("--jobs", type=int, default=30, help="jobs of the sandbox tenant")
    args = parser.parse_args()
    documents = unpatched_documents() if args.unpatched else patched_documents()
    wanted = [name.strip() for name in args.domains.split(",") if name.strip()] or sorted(documents)
    unknown = sorted(set(wanted) - set(documents))
    if unknown:
        parser.error(f"unknown domains: {', '.join(unknown)}; known: {', '.join(sorted(documents))}")
    started = time.perf_counter()
    sandbox = Sandbox(jobs=args.jobs)
    runs: list[DomainRun] = []
    with tempfile.TemporaryDirectory(prefix="conformance-") as scratch, serve(sandbox) as base_url:
        work = Path(args.report_dir or scratch).resolve()
        work.mkdir(parents=True, exist_ok=True)
        print(f"schemathesis against the sandbox at {base_url}, {'unpatched' if args.unpatched else 'patched'} "
              f"documents, {args.mode} cases, --max-examples {args.examples}, seed {args.seed}")  # fmt: skip
        for domain in wanted:
            run = run_domain(domain, documents[domain], base_url, sandbox, args, work)
            runs.append(run)
            print(
                f"  {domain:22} {run.operations:4} operations {run.cases:6} cases "
                f"{len(run.failures):3} failures {len(run.accepted):3} accepted  {run.seconds:6.1f} s",
                flush=True,
            )
    wall = time.perf_counter() - started
    failures = [(run.domain, key, message) for run in runs for key, message in sorted(run.failures.items())]
    errors = [(run.domain, error) for run in runs for error in run.errors]
    by_code = Counter(key[2] for _, key, _ in failures)
    accepted = Counter(reason for run in runs for reason in run.accepted.values())
    print(
        f"total: {sum(run.operations for run in runs)} operations, {sum(run.cases for run in runs)} cases, "
        f"{len(failures)} failures {dict(by_code)}, {sum(accepted.values())} accepted, {len(errors)} errors, "
        f"{wall:.0f} s wall"
    )
    for reason, count in sorted(accepted.items()):
        print(f"  accepted {count:3} x {ACCEPTED[reason]}")
    for domain, (operation, check, code, status), message in failures:
        print(f"  FAIL {domain} {operation} [{check} {code} {status}]\n      {message}")
    for domain, error in errors:
        print(f"  ERROR {domain}: {error}")
    return 1 if failures or errors else 0


if __name__ == "__main__":
    sys.exit(main())
