"""The README's table of actions is the table the code declares: every row, with its method and operation."""

from pathlib import Path

from servicetitan import _catalog
from servicetitan.actions import ACTIONS

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_lists_every_action_with_its_operation() -> None:
    rows = [line for line in README.read_text().splitlines() if line.startswith("| ") and "`" in line]
    listed = {row.split("|")[2].strip(" `"): row for row in rows if row.split("|")[1].strip().isdigit()}
    assert len(ACTIONS) == 67
    assert set(listed) == {action.key for action in ACTIONS}
    for action in ACTIONS:
        row = listed[action.key]
        assert f"`{action.method}`" in row
        if action.operation_id is not None:
            operation = _catalog.operation(action.domain, action.operation_id)
            assert f"`{operation.method} {operation.path}` ({operation.operation_id})" in row
