"""A misspelt name gets the nearest real names, and the `servicetitan list` it suggests finds them;
`servicetitan list` aligns its columns on a terminal, stays tab-separated in a pipe, and gives JSON with --json.

Everything here runs in-process: no command below reaches a tenant (a name is checked before connecting).
"""

from __future__ import annotations

import json
import re

import pytest

from servicetitan import cli
from servicetitan.cli import main
from servicetitan.cli.calls import CallError, method
from servicetitan.cli.export import ExportError, target
from servicetitan.cli.listing import nearest, operation_rows


def _suggested(message: str) -> str:
    """The FILTER of the `servicetitan list FILTER` a message suggests."""
    found = re.search(r"`servicetitan list ([^`]*)`", message)
    assert found, message
    return found.group(1)


def _listed(filter: str) -> list[str]:
    return [row[0] for row in operation_rows(filter)]


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("jpm.jobs.gett", "jpm.jobs.get"),
        ("jmp.jobs.get", "jpm.jobs.get"),
        ("jpm.jbos.get_list", "jpm.jobs.get_list"),
        ("crm.customres.get_lst", "crm.customers.get_list"),
        ("equipment-systems.installed_equipment.gett", "equipment_systems.installed_equipment.get"),
    ],
)
def test_a_misspelt_method_names_the_nearest_real_one_and_the_list_that_finds_it(typo: str, meant: str) -> None:
    with pytest.raises(CallError) as caught:
        method(typo)
    message = str(caught.value)
    assert message.startswith(f"no operation {typo!r}; did you mean {meant}")
    assert meant in _listed(_suggested(message))


def test_get_with_a_misspelt_verb_says_so_on_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["get", "jpm.jobs.gett", "id=1"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("error: no operation 'jpm.jobs.gett'; did you mean jpm.jobs.get or ")
    assert error.endswith("`servicetitan list jpm.jobs.get` shows it")
    assert "\n" not in error


def test_a_name_with_nothing_near_gets_the_list_of_its_real_part() -> None:
    with pytest.raises(CallError, match=re.escape("`servicetitan list jpm.jobs.` shows what jpm.jobs has")):
        method("jpm.jobs.qqqqqqq")
    with pytest.raises(CallError, match=re.escape("`servicetitan list jpm.` shows what jpm has")):
        method("jpm.qqqqqqq.get")
    with pytest.raises(CallError, match="known domains: accounting, crm, "):
        method("qqqqqqq.jobs.get")
    assert "jpm.jobs.get_list" in _listed("jpm.jobs.")


def test_a_method_named_by_two_segments_points_at_its_resource() -> None:
    with pytest.raises(CallError, match=re.escape("`servicetitan list jpm.jobs.` shows what jpm.jobs has")):
        method("jpm.jobs")


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("jpm.jobz", "jpm.jobs"), ("jmp.jobs", "jpm.jobs"), ("jpm.export.jobz", "jpm.export.jobs")],
)
def test_export_of_a_misspelt_list_or_feed_names_the_nearest(typo: str, meant: str) -> None:
    with pytest.raises(ExportError) as caught:
        target(typo)
    message = str(caught.value)
    assert message.startswith(f"{typo!r} is no method of the client; did you mean {meant}?")
    assert any(name.startswith(meant) for name in _listed(_suggested(message)))
    assert target(meant).path.startswith(meant)


def test_list_without_a_match_suggests_the_nearest_word(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["list", "jobz"])
    assert exited.value.code == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("error: nothing matches 'jobz'; did you mean jobs")
    assert "jpm.jobs.get" in _listed(_suggested(error))


def test_nearest_is_segment_by_segment_and_nearest_first() -> None:
    assert nearest("jpm.jobs.gett")[0] == "jpm.jobs.get"
    assert nearest("jpm.jobz") == ["jpm.jobs"]
    assert nearest("jpmm") == ["jpm"]
    assert nearest("jpm.jobs.get.extra") == []


def test_list_in_a_pipe_is_tab_separated(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "jpm.jobs.get"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert ["jpm.jobs.get", "call", "GET /jpm/v2/tenant/{tenant}/jobs/{id}", "Jobs_Get"] in rows
    assert {len(row) for row in rows} == {4}


def test_list_on_a_terminal_aligns_its_columns(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_on_terminal", lambda: True)
    assert main(["list", "jpm.jobs."]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) > 3
    assert not any("\t" in line for line in lines)
    kind_column = {
        line.index(" call ") if " call " in line else line.index(" list ")
        for line in lines
        if " call " in line or " list " in line
    }
    assert len(kind_column) == 1
    method_column = {line.index("/jpm/") - len("GET ") for line in lines if " GET /jpm/" in line}
    assert len(method_column) == 1


def test_list_json_is_one_object_per_method(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "jpm.jobs.", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == len(operation_rows("jpm.jobs."))
    assert {
        "name": "jpm.jobs.get",
        "kind": "call",
        "method": "GET",
        "path": "/jpm/v2/tenant/{tenant}/jobs/{id}",
        "operation_id": "Jobs_Get",
    } in listed
    assert all(set(item) == {"name", "kind", "method", "path", "operation_id"} for item in listed)


def test_list_json_with_nothing_matching_is_an_empty_array(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "no-such-thing", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_list_streams_json_names_each_stream(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--streams", "jpm_jobs", "--json"]) == 0
    listed = {item["name"]: item for item in json.loads(capsys.readouterr().out)}
    assert listed["jpm_jobs"] == {
        "name": "jpm_jobs",
        "kind": "list",
        "method": "jpm.jobs.get_list",
        "cursor": "modifiedOn",
    }
