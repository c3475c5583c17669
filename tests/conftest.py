"""How the suite spreads over CPUs (`nox -s tests` runs pytest-xdist with `--dist loadgroup`).

A test file whose tests share a fixture of module or class scope made by these tests (a served sandbox, a mypy run,
a sandbox that the tests change in turn) runs whole on one worker, in file order, so that fixture is made once and
its tests see each other's effects as in one process. Every other test goes to whichever worker is free: the few
slow ones (a whole-tenant sync takes minutes) then no longer hold a whole file on one worker.
"""

from __future__ import annotations

import pytest

SHARED_SCOPES = {"module", "class", "package"}


def shares_a_fixture(item: pytest.Item) -> bool:
    """Does the test use a module-, class- or package-scoped fixture defined by the suite (not by a plugin)?"""
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return False
    return any(
        definition.scope in SHARED_SCOPES and definition.baseid
        for definitions in info.name2fixturedefs.values()
        for definition in definitions
    )


def defines_a_shared_fixture(item: pytest.Item) -> bool:
    """Does the test's file define a fixture of module, class or package scope (which its tests may also take with
    `request.getfixturevalue`, out of sight of the fixture closure)?"""
    module = getattr(item, "module", None)
    for value in vars(module).values() if module is not None else ():
        marker = getattr(value, "_fixture_function_marker", None)
        if getattr(marker, "scope", None) in SHARED_SCOPES:
            return True
    return False


# First: xdist's worker turns the groups into node ids in its own hook of the same name, which otherwise ran before
# this one, so no group was ever formed and a fixture a file shares was made once per worker.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.pluginmanager.hasplugin("xdist"):
        return
    for item in items:
        if item.get_closest_marker("xdist_group") is None and (
            shares_a_fixture(item) or defines_a_shared_fixture(item)
        ):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::", 1)[0]))
    items[:] = long_first(items)


def _group(item: pytest.Item) -> str | None:
    marker = item.get_closest_marker("xdist_group")
    return str(marker.args[0]) if marker is not None and marker.args else None


def long_first(items: list[pytest.Item]) -> list[pytest.Item]:
    """`items` with the tests marked `long`, and every test of their groups, first (each part in its own order):
    xdist hands out work in collection order, and a test of tens of seconds handed out last ends the run alone."""
    long_groups = {_group(item) for item in items if item.get_closest_marker("long")} - {None}

    def first(item: pytest.Item) -> bool:
        return item.get_closest_marker("long") is not None or _group(item) in long_groups

    return [item for item in items if first(item)] + [item for item in items if not first(item)]
