"""Static types of the 67 action methods, rendered from the same specs that build them at run time.

The methods are made from `servicetitan.actions.ACTIONS` on first use, which type checkers cannot see; this
renders `_action_signatures.pyi`, a stub the client classes inherit from for type checkers only, so
`st.create_job(...)` is checked and returns `JpmV2JobResponse` in an editor as it does at run time.
`nox -s generate` rewrites it; a test fails when it no longer matches what this renders.

    python -m servicetitan._signatures --write
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

from servicetitan import _catalog
from servicetitan._actions_runtime import ActionSpec, Kind, spec_of
from servicetitan.actions import ACTIONS

STUB = Path(__file__).with_name("_action_signatures.pyi")
HEADER = '''"""Types of the action methods, rendered by `python -m servicetitan._signatures --write`: do not edit."""

import os
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import IO, Any, Literal, overload

from servicetitan._parsing import UnparsedRecord
from servicetitan.pagination import AsyncPage, AsyncRecords, Page, Records
'''


def _model(domain: str, schema_name: str, imports: set[str]) -> str | None:
    target = _catalog.domain(domain).models.get(schema_name)
    if target is None:
        return None
    module, _, class_name = target.partition(":")
    imports.add(f"from {module} import {class_name}")
    return class_name


def _result(spec: ActionSpec, imports: set[str]) -> str:
    operation = spec.operation
    if operation is None:
        return "Any"
    if spec.kind is Kind.PICKLIST:
        return "list[dict[str, str]]"
    if spec.kind is Kind.DOWNLOAD:
        return "bytes"
    if operation.success_schema() is None:
        return "None"
    return _model(operation.domain, spec.result_model, imports) or "Any"


def _parameters(spec: ActionSpec, replace: dict[str, str]) -> str:
    rendered = []
    for parameter in spec.signature.parameters.values():
        annotation = replace.get(parameter.name, str(parameter.annotation))
        # An overload that narrows a flag to Literal[True] makes it required: that is what selects the overload.
        if parameter.default is inspect.Parameter.empty or annotation == "Literal[True]":
            rendered.append(f"{parameter.name}: {annotation}")
        else:
            rendered.append(f"{parameter.name}: {annotation} = ...")
    return ", ".join(["self", "*", *rendered])


def _methods(spec: ActionSpec, asynchronous: bool, imports: set[str]) -> list[str]:
    name = spec.action.method
    prefix = "async def" if asynchronous else "def"
    if spec.kind is not Kind.LIST:
        return [f"    {prefix} {name}({_parameters(spec, {})}) -> {_result(spec, imports)}: ..."]
    operation = spec.operation
    assert operation is not None
    model = _model(operation.domain, spec.result_model, imports) or "Any"
    page, records = ("AsyncPage", "AsyncRecords") if asynchronous else ("Page", "Records")
    lines = []
    for fetch_all in (False, True):
        for as_dicts in (False, True):
            item = "dict[str, Any]" if as_dicts else f"{model} | UnparsedRecord"
            result = f"{records if fetch_all else page}[{item}]"
            replace = {"fetch_all": f"Literal[{fetch_all}]", "as_dicts": f"Literal[{as_dicts}]"}
            lines += ["    @overload", f"    {prefix} {name}({_parameters(spec, replace)}) -> {result}: ..."]
    return lines


def render() -> str:
    imports: set[str] = set()
    classes = []
    for asynchronous in (False, True):
        methods = [line for action in ACTIONS for line in _methods(spec_of(action), asynchronous, imports)]
        name = "AsyncActionSignatures" if asynchronous else "SyncActionSignatures"
        classes.append(f"class {name}:\n" + "\n".join(methods) + "\n")
    return HEADER + "\n".join(sorted(imports)) + "\n\n" + "\n".join(classes)


def main(argv: list[str]) -> int:
    text = render()
    if argv == ["--write"]:
        STUB.write_text(text)
        return 0
    if argv == ["--check"]:
        return 0 if STUB.exists() and STUB.read_text() == text else 1
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
