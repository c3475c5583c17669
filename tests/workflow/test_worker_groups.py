"""tests/conftest.py keeps a test file whose tests share a module- or class-scoped fixture whole on one xdist worker,
and leaves every other test free to go to any worker."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).resolve().parents[1] / "conftest.py"

REPORT = """
import json

def pytest_collection_finish(session):
    groups = {}
    for item in session.items:
        marker = item.get_closest_marker("xdist_group")
        groups[item.nodeid] = marker.args[0] if marker else None
    print("GROUPS " + json.dumps(groups, sort_keys=True))
    print("ORDER " + json.dumps([item.nodeid for item in session.items]))
"""


def reported(pytester: pytest.Pytester, what: str) -> Any:
    pytester.makeconftest(CONFTEST.read_text() + REPORT)
    result = pytester.runpytest("--collect-only", "-q")
    [line] = [line for line in result.outlines if line.startswith(f"{what} ")]
    return json.loads(line.removeprefix(f"{what} "))


def groups(pytester: pytest.Pytester) -> dict[str, str | None]:
    """The xdist group of each test, by node id."""
    loaded: dict[str, str | None] = reported(pytester, "GROUPS")
    return loaded


def test_a_file_with_a_shared_fixture_is_one_group_and_other_tests_are_free(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_shared="""
        import pytest

        @pytest.fixture(scope="module")
        def served():
            return object()

        def test_uses(served):
            pass

        def test_does_not_name_it(request):
            request.getfixturevalue("served")
        """,
        test_free="""
        import pytest

        @pytest.fixture
        def fresh():
            return object()

        @pytest.mark.parametrize("n", [1, 2])
        def test_one(fresh, n):
            pass
        """,
    )
    assert groups(pytester) == {
        "test_shared.py::test_uses": "test_shared.py",
        "test_shared.py::test_does_not_name_it": "test_shared.py",
        "test_free.py::test_one[1]": None,
        "test_free.py::test_one[2]": None,
    }


def test_a_class_scoped_fixture_from_a_conftest_groups_the_files_that_use_it(pytester: pytest.Pytester) -> None:
    pytester.mkpydir("sub")
    (pytester.path / "sub" / "conftest.py").write_text(
        "import pytest\n\n@pytest.fixture(scope='class')\ndef sandbox():\n    return object()\n"
    )
    (pytester.path / "sub" / "test_a.py").write_text(
        "class TestA:\n    def test_x(self, sandbox):\n        pass\n\ndef test_alone():\n    pass\n"
    )
    assert groups(pytester) == {"sub/test_a.py::TestA::test_x": "sub/test_a.py", "sub/test_a.py::test_alone": None}


def test_under_xdist_a_shared_fixture_is_made_once_for_its_file(pytester: pytest.Pytester) -> None:
    """The groups must reach xdist's scheduler: a file whose tests share a module fixture runs on one worker, so
    the fixture is made once (it was made once per worker when xdist could not read the groups: pytest 9 ignores
    the node-id suffix by which pytest-xdist 3.8 forms them)."""
    made = pytester.path / "made.txt"
    pytester.makeconftest(CONFTEST.read_text())
    pytester.makepyfile(
        test_shared=f"""
        import pytest, time

        @pytest.fixture(scope="module")
        def served():
            with open({str(made)!r}, "a") as out:
                out.write("made\\n")
            return object()

        @pytest.mark.parametrize("n", range(8))
        def test_uses(served, n):
            time.sleep(0.05)
        """,
        test_free="""
        import pytest, time

        @pytest.mark.parametrize("n", range(8))
        def test_other(n):
            time.sleep(0.05)
        """,
    )
    result = pytester.runpytest_subprocess("-n", "3", "--dist", "loadgroup", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=16)
    assert made.read_text().splitlines() == ["made"]


def test_tests_marked_long_and_their_groups_are_handed_out_first(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_a="""
        def test_quick():
            pass
        """,
        test_b="""
        import pytest

        @pytest.fixture(scope="module")
        def served():
            return object()

        def test_before(served):
            pass

        @pytest.mark.long
        def test_slow(served):
            pass
        """,
        test_c="""
        import pytest

        def test_other():
            pass

        @pytest.mark.long
        def test_alone():
            pass
        """,
    )
    pytester.makeini("[pytest]\nmarkers =\n    long: long")
    assert reported(pytester, "ORDER") == [
        "test_b.py::test_before",
        "test_b.py::test_slow",
        "test_c.py::test_alone",
        "test_a.py::test_quick",
        "test_c.py::test_other",
    ]
