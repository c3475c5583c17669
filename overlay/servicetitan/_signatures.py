"""Static types of the resources and of the 67 action methods, rendered from the catalog that builds them.

Resources and actions are made on first use, which type checkers cannot see. This renders two stubs that the
client classes inherit from for type checkers only:

- `_resource_signatures.pyi`: every domain, resource and method (`st.jpm.jobs.get_list(...)` returns
  `Page[JpmV2JobResponse | UnparsedRecord]`), sync and async;
- `_action_signatures.pyi`: the action methods (`st.create_job(...)` returns `JpmV2JobResponse`).

`nox -s generate` rewrites both; a test fails when either no longer matches what this renders. The README's
tables of actions and resources are rendered here too.

    python -m servicetitan._signatures --write
    python -m servicetitan._signatures --readme README.md
    python -m servicetitan._signatures --out DIR     (what `nox -s generate` compares and writes)
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from servicetitan import _catalog
from servicetitan._actions_runtime import ActionMethod, action_method
from servicetitan._operations import Kind, OperationSpec, spec_for
from servicetitan.actions import ACTIONS
from servicetitan.resources import domain_resources

HERE = Path(__file__).parent
STUB = HERE / "_action_signatures.pyi"
RESOURCE_STUB = HERE / "_resource_signatures.pyi"
STUBS = (STUB, RESOURCE_STUB)
HEADER = '''"""Types of the {what}: rendered by `python -m servicetitan._signatures --write`, do not edit."""

import os
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import IO, Any, Literal, overload

from servicetitan._parsing import UnparsedRecord
from servicetitan.exports import AsyncExportFeed, ExportFeed
from servicetitan.pagination import AsyncPage, AsyncRecords, Page, Records
'''


class Imports:
    """The model classes a stub names, imported from their generated modules. Domains reuse class names
    (`ModificationResponse`); a name already taken by another domain's class is imported under an alias
    prefixed with its domain."""

    def __init__(self) -> None:
        self.lines: set[str] = set()
        self._modules: dict[str, str] = {}

    def model(self, domain: str, schema_name: str) -> str | None:
        target = _catalog.domain(domain).models.get(schema_name)
        if target is None:
            return None
        module, _, name = target.partition(":")
        local = name
        if self._modules.setdefault(local, module) != module:
            local = f"{class_name(domain)}{name}"
            self._modules.setdefault(local, module)
        self.lines.add(f"from {module} import {name}" + (f" as {local}" if local != name else ""))
        return local


def _result(spec: OperationSpec, imports: Imports) -> str:
    operation = spec.operation
    if spec.kind is Kind.DOWNLOAD:
        return "bytes"
    if operation.success_schema() is None:
        return "None"
    return imports.model(operation.domain, spec.result_model) or "Any"


def _parameters(signature: inspect.Signature, replace: dict[str, str]) -> str:
    rendered = []
    for parameter in signature.parameters.values():
        annotation = replace.get(parameter.name, str(parameter.annotation))
        # An overload that narrows a flag to Literal[True] makes it required: that is what selects the overload.
        if parameter.default is inspect.Parameter.empty or annotation == "Literal[True]":
            rendered.append(f"{parameter.name}: {annotation}")
        else:
            rendered.append(f"{parameter.name}: {annotation} = ...")
    return ", ".join(["self", "*", *rendered])


def _methods(
    name: str, spec: OperationSpec, signature: inspect.Signature, asynchronous: bool, imports: Imports
) -> list[str]:
    prefix = "async def" if asynchronous else "def"
    if spec.kind not in (Kind.LIST, Kind.FEED):
        return [f"    {prefix} {name}({_parameters(signature, {})}) -> {_result(spec, imports)}: ..."]
    model = imports.model(spec.operation.domain, spec.result_model) or "Any"
    lines = []
    if spec.kind is Kind.FEED:
        # Making a feed sends nothing, so the method is not a coroutine on the async client either.
        feed = "AsyncExportFeed" if asynchronous else "ExportFeed"
        for as_dicts in (False, True):
            item = "dict[str, Any]" if as_dicts else f"{model} | UnparsedRecord"
            replace = {"as_dicts": f"Literal[{as_dicts}]"}
            lines += ["    @overload", f"    def {name}({_parameters(signature, replace)}) -> {feed}[{item}]: ..."]
        return lines
    page, records = ("AsyncPage", "AsyncRecords") if asynchronous else ("Page", "Records")
    for fetch_all in (False, True):
        for as_dicts in (False, True):
            item = "dict[str, Any]" if as_dicts else f"{model} | UnparsedRecord"
            result = f"{records if fetch_all else page}[{item}]"
            replace = {"fetch_all": f"Literal[{fetch_all}]", "as_dicts": f"Literal[{as_dicts}]"}
            lines += ["    @overload", f"    {prefix} {name}({_parameters(signature, replace)}) -> {result}: ..."]
    return lines


def _action_methods(method: ActionMethod, asynchronous: bool, imports: Imports) -> list[str]:
    prefix = "async def" if asynchronous else "def"
    name, spec = method.action.method, method.spec
    if spec is None:
        return [f"    {prefix} {name}({_parameters(method.signature, {})}) -> Any: ..."]
    if method.is_picklist:
        return [f"    {prefix} {name}({_parameters(method.signature, {})}) -> list[dict[str, str]]: ..."]
    return _methods(name, spec, method.signature, asynchronous, imports)


def render_actions() -> str:
    imports = Imports()
    classes = []
    for asynchronous in (False, True):
        methods = [line for action in ACTIONS for line in _action_methods(action_method(action), asynchronous, imports)]
        name = "AsyncActionSignatures" if asynchronous else "SyncActionSignatures"
        classes.append(f"class {name}:\n" + "\n".join(methods) + "\n")
    return HEADER.format(what="action methods") + "\n".join(sorted(imports.lines)) + "\n\n" + "\n".join(classes)


def class_name(*parts: str) -> str:
    """`("equipment_systems", "installed_equipment")` -> `EquipmentSystems_InstalledEquipment`."""
    return "_".join("".join(word.capitalize() for word in re.split(r"_+", part) if word) for part in parts)


def _resource_classes(imports: Imports) -> Iterator[str]:
    for asynchronous in (False, True):
        side = "Async" if asynchronous else ""
        for domain in _catalog.domains():
            resources = domain_resources(domain)
            for resource, verbs in sorted(resources.items()):
                lines = [f"class {side}{class_name(domain, resource)}:"]
                for verb, operation in sorted(verbs.items()):
                    spec = spec_for(operation.domain, operation.operation_id)
                    lines += _methods(verb, spec, spec.signature, asynchronous, imports)
                yield "\n".join(lines) + "\n"
            attributes = [f"    {resource}: {side}{class_name(domain, resource)}" for resource in sorted(resources)]
            yield f"class {side}{class_name(domain)}:\n" + "\n".join(attributes) + "\n"
        attributes = [f"    {domain}: {side}{class_name(domain)}" for domain in _catalog.domains()]
        yield f"class {side}{'Domains' if side else 'SyncDomains'}:\n" + "\n".join(attributes) + "\n"


def render_resources() -> str:
    imports = Imports()
    classes = list(_resource_classes(imports))
    names = [line.split(":", 1)[0] for line in classes]
    if len(set(names)) != len(names):
        raise RuntimeError("two resources render to the same class name")
    header = HEADER.format(what="resources (every domain, resource and method)")
    return header + "\n".join(sorted(imports.lines)) + "\n\n" + "\n".join(classes)


def actions_table() -> str:
    """The README's table of actions: each row's key, method, the resource method it is, and the operation."""
    lines = ["| # | component key | method | resource method | operation |", "|---|---|---|---|---|"]
    for number, action in enumerate(ACTIONS, 1):
        operation = action.operation
        if operation is None:
            target, route = "`st.request`", "any method, any path of any domain"
        else:
            target = f"`st.{action.target}`"
            route = f"`{operation.method} {operation.path}` ({operation.operation_id})"
        lines.append(f"| {number} | `{action.key}` | `{action.method}` | {target} | {route} |")
    return "\n".join(lines) + "\n"


def resources_table() -> str:
    """The README's summary of the resources: per domain, how many resources, methods, paged lists and feeds."""
    lines = ["| domain | resources | methods | paged lists | export feeds |", "|---|---|---|---|---|"]
    totals = [0, 0, 0, 0]
    for domain in _catalog.domains():
        resources = domain_resources(domain)
        specs = [spec_for(domain, op_id) for op_id in _catalog.domain(domain).operations]
        row = [
            len(resources),
            len(specs),
            sum(spec.kind is Kind.LIST for spec in specs),
            sum(spec.kind is Kind.FEED for spec in specs),
        ]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        lines.append(f"| `st.{domain}` | " + " | ".join(map(str, row)) + " |")
    lines.append("| all | " + " | ".join(f"{total:,}" for total in totals) + " |")
    return "\n".join(lines) + "\n"


README_TABLES = {"actions": actions_table, "resources": resources_table}


def readme_with_tables(text: str) -> str:
    """`text` with each `<!-- table: NAME -->` ... `<!-- end of table -->` block rendered anew."""
    for name, render_table in README_TABLES.items():
        begin, end = f"<!-- table: {name} -->\n", "<!-- end of table -->"
        head, found, rest = text.partition(begin)
        if not found:
            raise ValueError(f"the README has no {begin.strip()} marker")
        text = head + begin + render_table() + end + rest.partition(end)[2]
    return text


def render() -> dict[Path, str]:
    return {STUB: render_actions(), RESOURCE_STUB: render_resources()}


def main(argv: list[str]) -> int:
    rendered = render()
    if argv == ["--write"]:
        for path, text in rendered.items():
            path.write_text(text)
        return 0
    if len(argv) == 2 and argv[0] == "--readme":
        readme = Path(argv[1])
        readme.write_text(readme_with_tables(readme.read_text()))
        return 0
    if len(argv) == 2 and argv[0] == "--out":
        for path, text in rendered.items():
            (Path(argv[1]) / path.name).write_text(text)
        return 0
    if argv == ["--check"]:
        return 0 if all(path.exists() and path.read_text() == text for path, text in rendered.items()) else 1
    for text in rendered.values():
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
