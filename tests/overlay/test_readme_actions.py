"""The README's tables of actions and resources are the ones the catalog renders: every row, with its method,
resource method and operation."""

from pathlib import Path

from servicetitan import _catalog, _signatures
from servicetitan.actions import ACTIONS

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_tables_are_rendered_from_the_catalog() -> None:
    text = README.read_text()
    assert _signatures.readme_with_tables(text) == text


def test_readme_lists_every_action_with_its_resource_method_and_operation() -> None:
    rows = [line for line in README.read_text().splitlines() if line.startswith("| ") and "`" in line]
    listed = {row.split("|")[2].strip(" `"): row for row in rows if row.split("|")[1].strip().isdigit()}
    assert len(ACTIONS) == 67
    assert set(listed) == {action.key for action in ACTIONS}
    for action in ACTIONS:
        row = listed[action.key]
        assert f"`{action.method}`" in row
        if action.operation_id is not None:
            operation = _catalog.operation(action.domain, action.operation_id)
            assert f"`st.{action.target}`" in row
            assert f"`{operation.method} {operation.path}` ({operation.operation_id})" in row


def test_rendering_replaces_a_stale_table() -> None:
    stale = README.read_text().replace("`st.jpm.jobs.get`", "`st.jpm.jobs.fetch`", 1)
    assert "`st.jpm.jobs.fetch`" in stale
    assert _signatures.readme_with_tables(stale) == README.read_text()
