"""What the maintainer loop does once documents are adopted: which domains changed, which tests matter for them,
which cassettes must be recorded again (specs/codegen.py `plan`)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from servicetitan.testing import write_lock
from servicetitan.testing.operations import LOCK_NAME

ROOT = Path(__file__).resolve().parents[2]


def manifest(domains: dict[str, str], supplement: str = "s0") -> str:
    lines = [f'[[domain]]\nkey = "{key}"\nsha256 = "{sha}"\n' for key, sha in domains.items()]
    return "\n".join([*lines, f'[[supplement]]\nfile = "legacy/accounting-v2.json"\nsha256 = "{supplement}"\n'])


def test_the_changed_domains_are_those_whose_document_changed_came_or_went(codegen: ModuleType) -> None:
    before = manifest({"jpm": "a", "crm": "b", "fleet_pro": "c"})
    after = manifest({"jpm": "a", "crm": "B", "findings": "d"})
    assert codegen.changed_domains(before, after) == ["crm", "findings", "fleet_pro"]
    assert codegen.changed_domains(before, before) == []


def test_a_changed_supplement_changes_every_domain(codegen: ModuleType) -> None:
    before = manifest({"jpm": "a", "crm": "b"})
    assert codegen.changed_domains(before, manifest({"jpm": "a", "crm": "b"}, supplement="s1")) == ["crm", "jpm"]


def test_the_tests_that_matter_name_a_changed_domain_or_walk_every_domain(codegen: ModuleType, tmp_path: Path) -> None:
    tests = tmp_path / "tests"
    files = {
        "sandbox/test_jobs.py": "client.jpm.jobs.get(1)\n",
        "sandbox/test_interactions.py": 'route = "/customer-interactions/v2/x"\n',
        "overlay/test_every.py": "for domain in _catalog.domains():\n    pass\n",
        "overlay/test_crm.py": "client.crm.customers.list()\n",
        "core/test_jpmish.py": "jpm_like = 1  # not the domain: a longer word\n",
        "generation/test_anything.py": "",
        "actions/test_anything.py": "",
    }
    for name, text in files.items():
        (tests / name).parent.mkdir(parents=True, exist_ok=True)
        (tests / name).write_text(text)
    assert codegen.relevant_tests(["jpm", "customer_interactions"], tests) == [
        "tests/generation",
        "tests/actions",
        "tests/overlay/test_every.py",
        "tests/sandbox/test_interactions.py",
        "tests/sandbox/test_jobs.py",
    ]
    assert codegen.relevant_tests([], tests) == ["tests/generation", "tests/actions"]


def test_the_cassettes_of_an_operation_the_specs_changed_are_to_be_recorded_again(
    codegen: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cassettes = tmp_path / "tests" / "actions" / "cassettes"
    cassettes.mkdir(parents=True)
    shutil.copyfile(ROOT / "tests" / "actions" / "cassettes" / "get_job.yaml", cassettes / "get_job.yaml")
    monkeypatch.setattr(codegen, "ROOT", tmp_path)
    write_lock(cassettes)
    assert codegen.stale_cassettes(("tests/actions", "tests/reports")) == {}
    lock = json.loads((cassettes / LOCK_NAME).read_text())
    lock["cassettes"]["get_job.yaml"]["jpm:Jobs_Get"] = "0" * 64  # recorded against another version of Jobs_Get
    (cassettes / LOCK_NAME).write_text(json.dumps(lock))
    assert codegen.stale_cassettes(("tests/actions", "tests/reports")) == {"tests/actions": ["jpm:Jobs_Get"]}


def test_a_suite_recorded_again_is_among_the_tests_run(
    codegen: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its cassette checks (which read the lock the recording run writes when it ends) run after the recording."""
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "manifest.toml").write_text(manifest({"jpm": "b"}))
    monkeypatch.setattr(codegen, "MANIFEST", tmp_path / "specs" / "manifest.toml")
    monkeypatch.setattr(codegen, "ROOT", tmp_path)
    monkeypatch.setattr(
        codegen, "stale_cassettes", lambda: {"tests/reports": ["reporting:ReportCategories_GetCategories"]}
    )
    plan = codegen.loop_plan(manifest({"jpm": "a"}))
    assert plan["domains"] == ["jpm"]
    assert plan["tests"] == ["tests/generation", "tests/actions", "tests/reports"]


def test_the_parsing_baseline_is_made_again_only_when_a_domain_it_covers_changed(
    codegen: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    covered = codegen.baseline_domains()
    assert {"jpm", "crm", "accounting"} <= set(covered)
    spare = next(key for key in ("timesheets", "telecom", "forms") if key not in covered)
    (tmp_path / "manifest.toml").write_text(manifest({spare: "b", covered[0]: "x"}))
    monkeypatch.setattr(codegen, "MANIFEST", tmp_path / "manifest.toml")
    skipped = codegen.remake_parsing_baseline(manifest({spare: "a", covered[0]: "x"}))
    assert skipped == f"specs: the parsing baseline covers {', '.join(covered)}, which did not change"

    class Remade(Exception):
        pass

    def remade() -> None:
        raise Remade

    monkeypatch.setattr(codegen, "prepare", remade)
    with pytest.raises(Remade):
        codegen.remake_parsing_baseline(manifest({spare: "a", covered[0]: "y"}))
