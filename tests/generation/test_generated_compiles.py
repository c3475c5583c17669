"""Every generated module compiles: the tests import only the models they read, so a template that writes code
Python refuses (a union nested past 20 blocks did, in forms) would otherwise show only on a user's first read."""

from __future__ import annotations

from pathlib import Path

import servicetitan_raw

RAW = Path(servicetitan_raw.__file__).parent


def test_every_generated_module_compiles() -> None:
    failures = []
    for path in sorted(RAW.rglob("*.py")):
        try:
            compile(path.read_text(encoding="utf-8"), str(path), "exec")
        except SyntaxError as error:
            failures.append(f"{path.relative_to(RAW)}: {error.msg}")
    assert failures == []
