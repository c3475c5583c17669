"""Vendored specs: verification, adoption of new downloads, patching and client generation.

Run through nox (`nox -s specs`, `nox -s generate`); the commands are:

    python specs/codegen.py verify   [--drift DIR]
    python specs/codegen.py update   DIR [--remove-domain NAME ...] [--known-from MANIFEST]
    python specs/codegen.py generate [--check]
    python specs/codegen.py plan     BEFORE_MANIFEST --out FILE   (after update + generate: what to re-record, test)
    python specs/codegen.py supplement DOMAIN OPERATION_ID ... [--why TEXT]
    python specs/codegen.py baseline [--before MANIFEST]   (make tests/generation/fast_models_expected.json again)

The repository holds what it generates from: `specs/openapi/` has one normalized, prose-free document per domain
(see `specs/normalize.py`), listed in `specs/manifest.toml` with the sha256 of the original download and of the
normalized file. ServiceTitan's downloads themselves are only an input to `update` and to the drift check.
Every failure is one line naming the file and the reason (one line per failing patch), and neither `specs/` nor
`generated/` is written unless every step succeeded.

`update DIR` takes a plain download folder (one `<domain>[-vN].json` per domain; a supplement such as
`legacy/accounting-v2.json` stays as vendored unless DIR brings its own). It prints the API changelog and writes
it to build/specs-update/CHANGELOG.md before anything else; if anything blocks the adoption (a domain missing or
given twice, a document that does not read, a patch that no longer applies, an action whose operation is gone)
it then lists every such problem at once, each with its way out, and writes nothing to specs/.

`supplement DOMAIN OPERATION_ID ...` vendors operations the library needs, as the documents adopted now have them,
in specs/openapi/supplements/ (a normalized excerpt, listed in the manifest with the operations it `supplies`).
An adoption whose download lacks one of them keeps it from there, one changelog line each; a download that has it
is used as it is, and the supplement is then simply not needed.
"""

from __future__ import annotations

import argparse
import ast
import concurrent.futures
import copy
import datetime
import filecmp
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import changelog
import normalize

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
MANIFEST = SPECS / "manifest.toml"
DOCUMENTS = SPECS / "openapi"
CHANGELOG = SPECS / "CHANGELOG.md"
PATCHES = SPECS / "patches"
GENERATOR = SPECS / "generator"
GENERATED = ROOT / "generated"
OVERLAY = ROOT / "overlay"
# The typed stubs of the actions and resources, rendered from the catalog of each generation.
STUB_DIR = OVERLAY / "servicetitan"
STUB_NAMES = ("_action_signatures.pyi", "_resource_signatures.pyi")
RAW_PACKAGE = "servicetitan_raw"
LOCK_NAME = "generate.lock.json"
GENERATOR_PIN = "openapi-python-client==0.29.1"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"
# Documentation-only keywords: they make the derived operation index large and say nothing about shape.
DOC_KEYS = frozenset({"description", "example", "examples", "summary", "x-enumNames", "x-enumDescriptions"})
ACTION_TABLE = "overlay/servicetitan/actions.py"
PATCH_NEXT_STEP = "update the patch to the new document, or delete it if the document no longer needs it"
NOT_NEEDED = "the patch is no longer needed: delete it"
CHANGELOG_HEADER = (
    "# API changelog\n\n"
    "What each adoption of newer ServiceTitan documents changed (`nox -s specs -- --update DIR`), newest first.\n"
)


class SpecError(Exception):
    """One clear line for the user (or one per problem): which file, and what is wrong with it."""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


# --- manifest ------------------------------------------------------------------------------------------


def load_manifest() -> dict[str, Any]:
    try:
        return tomllib.loads(MANIFEST.read_text())
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SpecError(f"{shown(MANIFEST)}: cannot be read: {exc}") from exc


def manifest_entries(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    return [*manifest.get("domain", []), *manifest.get("supplement", [])]


def domain_key(file_name: str) -> str:
    """`equipment-systems-v2.json` -> `equipment_systems`; `telecom.json` -> `telecom`."""
    stem = file_name.removesuffix(".json")
    stem = re.sub(r"-v\d+$", "", stem)
    return stem.replace("-", "_")


def parse_document(path: Path, data: bytes) -> dict[str, Any]:
    try:
        document = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        where = f" at line {exc.lineno} column {exc.colno}: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else ""
        raise SpecError(f"{shown(path)}: malformed JSON{where}") from exc
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise SpecError(f"{shown(path)}: not an OpenAPI document (no 'paths' object)")
    servers = document.get("servers")
    if not (isinstance(servers, list) and servers and isinstance(servers[0], dict) and "url" in servers[0]):
        raise SpecError(f"{shown(path)}: no servers[0].url to take the domain's base path from")
    return document


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SpecError(f"{shown(path)}: cannot be read: {exc.strerror}") from exc


def read_document(path: Path) -> dict[str, Any]:
    return parse_document(path, read_bytes(path))


def server_path(document: dict[str, Any]) -> str:
    url: str = document["servers"][0]["url"]
    path = re.sub(r"^[a-z]+://[^/]+", "", url).rstrip("/")
    return path or "/"


def toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


DOMAIN_FIELDS = ("key", "file", "title", "server_path", "original_sha256", "sha256", "adopted")
# A supplement: a vendored document that supplies operations the library needs (`supplies`) to its `domain` when a
# download lacks them. `original_sha256` only for a whole published document (the legacy accounting edition);
# `cut_from` for an excerpt cut by `codegen.py supplement` from a vendored document.
SUPPLEMENT_FIELDS = ("file", "domain", "supplies", "original_sha256", "cut_from", "sha256", "adopted", "why")


def toml_value(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(toml_string(item) for item in value) + "]"
    return toml_string(value)


def render_manifest(domains: list[dict[str, Any]], supplements: list[dict[str, Any]]) -> str:
    lines = [
        "# The ServiceTitan documents we generate from, normalized into specs/openapi/ (facts only, no prose).",
        "# original_sha256: the download as published; sha256: the normalized file; adopted: when it was taken in.",
        "# A supplement supplies its domain the operations it lists when a download lacks them (`supplies`).",
        "# Rewritten by `nox -s specs -- --update DIR`; verified by `nox -s specs` and `nox -s generate`.",
        "",
    ]
    for entry in domains:
        lines += ["[[domain]]", *(f"{k} = {toml_string(entry[k])}" for k in DOMAIN_FIELDS), ""]
    for entry in supplements:
        fields = [f"{k} = {toml_value(entry[k])}" for k in SUPPLEMENT_FIELDS if k in entry]
        lines += ["[[supplement]]", *fields, ""]
    return "\n".join(lines)


def verify() -> dict[str, Any]:
    """Check every vendored document against the manifest; return the manifest."""
    manifest = load_manifest()
    for entry in manifest_entries(manifest):
        path = DOCUMENTS / entry["file"]
        data = read_bytes(path)
        actual = hashlib.sha256(data).hexdigest()
        if actual != entry["sha256"]:
            raise SpecError(
                f"{shown(path)}: sha256 {actual} does not match specs/manifest.toml ({entry['sha256']}); "
                "vendored documents change only through `nox -s specs -- --update DIR`"
            )
        document = parse_document(path, data)
        if normalize.render(normalize.normalize(document)) != data:
            raise SpecError(f"{shown(path)}: not in normalized form (prose or layout that normalization removes)")
        lacking = sorted(set(entry.get("supplies", [])) - {op for op, _, _ in routes(document)})
        if lacking:
            raise SpecError(
                f"{shown(path)}: does not hold {', '.join(lacking)}, which specs/manifest.toml says it supplies"
            )
    return manifest


def vendored_documents(manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every vendored document by its file name (domains and supplements)."""
    return {entry["file"]: read_document(DOCUMENTS / entry["file"]) for entry in manifest_entries(manifest)}


def check_drift(source: Path, manifest: dict[str, Any]) -> None:
    """The downloads in `source` are the ones the manifest names, and normalizing them gives specs/openapi/."""
    for entry in manifest_entries(manifest):
        if "original_sha256" not in entry:
            continue  # a supplement cut from a vendored document: no download to compare it with
        original = source / entry["file"]
        data = read_bytes(original)
        if hashlib.sha256(data).hexdigest() != entry["original_sha256"]:
            raise SpecError(f"{shown(original)}: not the download specs/manifest.toml was adopted from")
        if normalize.render(normalize.normalize(parse_document(original, data))) != read_bytes(
            DOCUMENTS / entry["file"]
        ):
            raise SpecError(f"{shown(DOCUMENTS / entry['file'])}: differs from the normalization of {shown(original)}")


class Refused(SpecError):
    """An adoption with blocking problems: every one of them, after the changelog that was printed and written."""

    def __init__(self, problems: list[str], changelog_text: str) -> None:
        super().__init__("\n".join(problems))
        self.changelog = changelog_text


def offered_domains(
    source: Path, known: dict[str, dict[str, Any]], remove: list[str], removed: frozenset[str] = frozenset()
) -> tuple[dict[str, Path], list[str]]:
    """The downloads of `source` by domain key, and every problem with the set as a whole (each with its way out).
    A domain missing from `source` is kept out of the changelog until --remove-domain says it goes; `removed`: the
    domains an unfinished adoption already dropped, which --remove-domain may name again."""
    if not source.is_dir():
        raise SpecError(f"{source}: specs directory not found")
    problems = []
    by_key: dict[str, list[Path]] = {}
    for path in sorted(source.glob("*.json")):
        by_key.setdefault(domain_key(path.name), []).append(path)
    for key, paths in sorted(by_key.items()):
        if len(paths) > 1:
            names = ", ".join(path.name for path in paths)
            problems.append(
                f"{source}: {names} are all documents of domain {key}; keep the one to adopt in the folder "
                "and move the others out"
            )
    offered = {key: paths[-1] for key, paths in by_key.items()}
    unknown = sorted(set(remove) - known.keys() - removed)
    if unknown:
        problems.append(
            f"--remove-domain {', '.join(unknown)}: no such domain in specs/manifest.toml "
            f"(the domains are {', '.join(sorted(known))})"
        )
    contradicted = sorted(set(remove) & offered.keys())
    if contradicted:
        files = ", ".join(offered[key].name for key in contradicted)
        problems.append(f"{source}: has {files}, which --remove-domain says to drop; remove the file or the option")
    missing = sorted(known.keys() - offered.keys() - set(remove))
    if missing:
        files = ", ".join(known[key]["file"] for key in missing)
        options = " ".join(f"--remove-domain {key}" for key in missing)
        problems.append(f"{source}: missing {files}; add the download, or pass {options} to drop the domain on purpose")
    return {key: path for key, path in offered.items() if key not in remove}, problems


def write_adoption(staged: dict[str, bytes], manifest_text: str, changelog_entry: str) -> None:
    """Swap in the new specs/openapi/ whole, then the manifest, then the changelog with the entry on top."""
    staging = SPECS / ".openapi-staging"
    shutil.rmtree(staging, ignore_errors=True)
    for name, rendered in staged.items():
        (staging / name).parent.mkdir(parents=True, exist_ok=True)
        (staging / name).write_bytes(rendered)
    history = CHANGELOG.read_text() if CHANGELOG.exists() else CHANGELOG_HEADER
    head, _, older = history.partition("\n## ")
    history = head.rstrip("\n") + "\n\n" + changelog_entry + (f"\n## {older}" if older else "")
    retired = SPECS / ".openapi-retired"
    shutil.rmtree(retired, ignore_errors=True)
    if DOCUMENTS.exists():
        DOCUMENTS.rename(retired)
    staging.rename(DOCUMENTS)
    shutil.rmtree(retired, ignore_errors=True)
    MANIFEST.write_text(manifest_text)
    CHANGELOG.write_text(history)


def pending_changelog() -> Path:
    """Where `update` writes the changelog before anything else (build/ is not committed)."""
    return ROOT / "build" / "specs-update" / "CHANGELOG.md"


def adopt(source: Path, remove: list[str], today: datetime.date, known_from: Path | None = None) -> str:
    """Take in the downloads of `source`: normalize them into specs/openapi/, rewrite the manifest, prepend the
    API changelog to specs/CHANGELOG.md, and return the changelog as printed.

    The changelog is computed and written to `pending_changelog()` first, whatever else is wrong; then every
    blocking problem is raised at once (`Refused`, carrying the changelog): domains missing or doubled, documents
    that do not read, patches that no longer apply, actions whose operation is gone. Nothing is written to
    specs/ (or generated/) unless there is none. A supplement (a document a patch imports from) stays as vendored
    unless `source` brings its own copy. `known_from`: the manifest from before an adoption the maintainer loop has
    not finished (its domains may be named by --remove-domain again, so the same command resumes the loop)."""
    old_manifest = load_manifest()
    known = {entry["key"]: entry for entry in old_manifest["domain"]}
    earlier = set()
    if known_from is not None:
        try:
            earlier = {entry["key"] for entry in tomllib.loads(read_bytes(known_from).decode())["domain"]}
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, KeyError) as exc:
            raise SpecError(f"{shown(known_from)}: cannot be read as a manifest: {exc}") from exc
    offered, problems = offered_domains(source, known, remove, frozenset(earlier - known.keys()))
    staged: dict[str, tuple[dict[str, Any], bytes]] = {}

    def take(path: Path, name: str, previous: dict[str, Any] | None) -> dict[str, Any] | None:
        try:
            data = read_bytes(path)
            original = parse_document(path, data)
        except SpecError as exc:
            problems.append(f"{exc}; download it again, or move it out of the folder")
            return None
        document = normalize.normalize(original)
        rendered = normalize.render(document)
        staged[name] = (document, rendered)
        normalized_sha = hashlib.sha256(rendered).hexdigest()
        # A download whose facts are unchanged (new prose, say) keeps the date its facts were adopted.
        unchanged = previous is not None and previous["sha256"] == normalized_sha
        return {
            "file": name,
            "title": str(original.get("info", {}).get("title", "")),
            "server_path": server_path(original),
            "original_sha256": hashlib.sha256(data).hexdigest(),
            "sha256": normalized_sha,
            "adopted": previous["adopted"] if unchanged and previous else today.isoformat(),
        }

    domains = []
    for key, path in offered.items():
        taken = take(path, path.name, known.get(key))
        if taken is not None:
            domains.append({"key": key, **taken})
    supplements = []
    for entry in old_manifest.get("supplement", []):
        if entry.get("domain") in remove:
            continue  # what supplied a domain dropped on purpose goes with it
        if (source / entry["file"]).exists():
            taken = take(source / entry["file"], entry["file"], entry)
            if taken is not None:
                supplied = {k: entry[k] for k in ("domain", "supplies") if k in entry}
                supplements.append({**supplied, **taken, "why": entry["why"]})
        else:
            vendored = read_bytes(DOCUMENTS / entry["file"])
            staged[entry["file"]] = (parse_document(DOCUMENTS / entry["file"], vendored), vendored)
            supplements.append(entry)
    manifest_text = render_manifest(domains, supplements)
    if not problems and manifest_text == MANIFEST.read_text():
        return f"specs: the documents in {source} are the ones already adopted; nothing to do"

    sources = {name: document for name, (document, _) in staged.items()}
    new_manifest = {"domain": domains, "supplement": supplements}
    # The changelog compares what the library is generated from: each document with the operations its supplements
    # supply where it lacks them; each operation kept so is one line of its own.
    old_documents, kept_before, _ = supplied_documents(old_manifest, vendored_documents(old_manifest))
    new_documents, kept, _ = supplied_documents(new_manifest, sources)
    # A domain missing or unreadable is left out of the changelog until it is there or removed on purpose.
    compared = {entry["key"] for entry in domains} | set(remove)
    found = changelog.changes(
        {key: document for key, document in old_documents.items() if key in compared}, new_documents
    )
    found += [changelog.kept_from_supplement(*operation) for operation in kept]
    # An operation the documents adopted before lacked (kept from a supplement) that the download now has: a change
    # of the download, which the comparison above does not show when the two say the same.
    still_kept = {(domain, operation_id) for domain, operation_id, _, _ in kept}
    found += [
        changelog.Change(domain, operation_id, False, f"now in the download: no longer kept from the supplement {file}")
        for domain, operation_id, _, file in kept_before
        if (domain, operation_id) not in still_kept and domain in new_documents
    ]
    actions = action_operations()
    # The patches with nothing to fix in the new documents: said with the changelog, never a refusal.
    waiting: list[str] = []
    documents, patch_problems = patched_documents(new_manifest, sources, waiting)
    entry = changelog.render_markdown(found, actions, today, source.name or str(source))
    printed = changelog.render_text(found, actions)
    if waiting:
        entry += "\nPatches not applied (nothing to fix in these documents; kept for documents that have it):\n\n"
        entry += "".join(f"- {line}\n" for line in waiting)
        printed += "\n" + "\n".join(f"specs: {line}" for line in waiting)
    written = pending_changelog()
    written.parent.mkdir(parents=True, exist_ok=True)
    written.write_text(entry)

    problems += [
        f"{line}; {PATCH_NEXT_STEP}" if line.startswith(shown(PATCHES)) and not line.endswith(NOT_NEEDED) else line
        for line in patch_problems
    ]
    renamed = {(c.domain, c.renamed_from): c.operation_id for c in found if c.renamed_from}
    # The actions of a domain that is missing or does not read are checked once its document is there.
    unchecked = known.keys() - documents.keys() - set(remove)
    problems += action_problems(documents, unchecked, renamed)
    problems += library_problems(old_documents, documents, unchecked)
    if problems:
        raise Refused(problems, f"{printed}\n(this changelog is also in {shown(written)})")
    write_adoption({name: rendered for name, (_, rendered) in staged.items()}, manifest_text, entry)
    return printed


# --- the high-level actions ----------------------------------------------------------------------------


def action_operations() -> dict[tuple[str, str], list[str]]:
    """(domain, operationId) -> the methods of the overlay's action table that call it."""
    if str(OVERLAY) not in sys.path:
        sys.path.insert(0, str(OVERLAY))
    from servicetitan.actions import ACTIONS

    table: dict[tuple[str, str], list[str]] = {}
    for action in ACTIONS:
        if action.operation_id is not None:
            table.setdefault((action.domain, action.operation_id), []).append(action.method)
    return table


def present_operations(documents: dict[str, dict[str, Any]]) -> set[tuple[str, str]]:
    return {
        (key, operation["operationId"])
        for key, document in documents.items()
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def check_actions(documents: dict[str, dict[str, Any]]) -> None:
    """Every operation a high-level action calls is still in the (patched) documents: one line per action."""
    present = present_operations(documents)
    problems = [
        f"action {method} needs {domain} operation {operation_id}, which the specs no longer have"
        for (domain, operation_id), methods in sorted(action_operations().items())
        if (domain, operation_id) not in present
        for method in methods
    ]
    if problems:
        raise SpecError("\n".join(problems))


def action_problems(
    documents: dict[str, dict[str, Any]], unchecked: set[str], renamed: dict[tuple[str, str], str]
) -> list[str]:
    """The actions whose operation the new documents lack, each with its way out (`renamed`: (domain, old
    operationId) -> new operationId, from the changelog)."""
    present = present_operations(documents)
    problems = []
    for (domain, operation_id), methods in sorted(action_operations().items()):
        if domain in unchecked or (domain, operation_id) in present:
            continue
        new_id = renamed.get((domain, operation_id))
        if new_id is not None:
            step = (
                f"it is now {new_id}: point the action at the resource method generated for {new_id} in {ACTION_TABLE}"
            )
        else:
            step = (
                f"remove the action from {ACTION_TABLE}, point it at another operation, or keep the operation from "
                f"the documents adopted now: {supplement_command(domain, operation_id)}, then run the update again"
            )
        problems += [
            f"action {method} needs {domain} operation {operation_id}, which the new documents no longer have; {step}"
            for method in methods
        ]
    return problems


def named_operations(operation_ids: set[str]) -> list[tuple[str, int, str]]:
    """(file, line, operationId) of every string constant of the library's hand-written code (overlay/servicetitan,
    but the action table, whose operations action_problems checks) that is one of `operation_ids`."""
    found = []
    for path in sorted((OVERLAY / "servicetitan").rglob("*.py")):
        where = path.relative_to(OVERLAY.parent).as_posix()
        if where == ACTION_TABLE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in operation_ids:
                found.append((where, node.lineno, node.value))
    return sorted(found)


def library_problems(
    old_documents: dict[str, dict[str, Any]], documents: dict[str, dict[str, Any]], unchecked: set[str]
) -> list[str]:
    """The operations the library's code names (by operationId) that the old documents had and the new ones lack
    in every domain, each with where the code names it and the way out."""
    old = {op: key for key, op in present_operations(old_documents) if key not in unchecked}
    gone = old.keys() - {op for _, op in present_operations(documents)}
    return [
        f"{where}:{line} names {old[op]} operation {op}, which the new documents no longer have; change the code "
        f"that uses it, or keep the operation from the documents adopted now: {supplement_command(old[op], op)}, "
        "then run the update again"
        for where, line, op in named_operations(gone)
    ]


def supplement_command(domain: str, operation_id: str) -> str:
    return f"`nox -s specs -- --supplement {domain} {operation_id}`"


# --- patches -------------------------------------------------------------------------------------------


def pointer_parts(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"JSON pointer {pointer!r} must start with '/'")
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer[1:].split("/")]


def escape_pointer(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def resolve(document: Any, pointer: str) -> Any:
    node = document
    for part in pointer_parts(pointer):
        if isinstance(node, list):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            raise KeyError(pointer)
    return node


def parent_and_key(document: Any, pointer: str) -> tuple[Any, str]:
    parts = pointer_parts(pointer)
    if not parts:
        raise KeyError(pointer)
    try:
        parent = resolve(document, "/" + "/".join(escape_pointer(p) for p in parts[:-1])) if parts[:-1] else document
    except KeyError:
        raise KeyError(pointer) from None
    return parent, parts[-1]


def nullable_30_to_31(schema: Any) -> Any:
    """OpenAPI 3.0 `nullable: true` becomes the 3.1 form, so imported fragments match their new document."""
    if isinstance(schema, list):
        return [nullable_30_to_31(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    converted = {k: nullable_30_to_31(v) for k, v in schema.items() if k != "nullable"}
    if schema.get("nullable") is True:
        if isinstance(converted.get("type"), str):
            converted["type"] = [converted["type"], "null"]
        elif "oneOf" in converted:
            converted["oneOf"] = [*converted["oneOf"], {"type": "null"}]
        elif "$ref" in converted:
            converted = {"oneOf": [{"$ref": converted.pop("$ref")}, {"type": "null"}], **converted}
    return converted


def schema_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            yield ref.removeprefix(SCHEMA_REF)
        for value in node.values():
            yield from schema_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from schema_refs(value)


def import_operation(document: dict[str, Any], source: dict[str, Any], op: dict[str, Any]) -> None:
    """Copy an operation, and every schema it needs that the target lacks, from another edition."""
    path, method = op["path"], op["method"]
    try:
        operation = source["paths"][path][method]
    except KeyError:
        raise KeyError(f"{method.upper()} {path} in {op['from']}") from None
    if method in document["paths"].get(path, {}):
        raise ValueError(f"{method.upper()} {path} already exists; {NOT_NEEDED}")
    versions = str(source.get("openapi", "")), str(document.get("openapi", ""))
    document["paths"].setdefault(path, {})[method] = in_version(copy.deepcopy(operation), *versions)
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    pending = list(schema_refs(operation))
    while pending:
        name = pending.pop()
        if name in schemas:
            continue
        fragment = in_version(copy.deepcopy(source["components"]["schemas"][name]), *versions)
        schemas[name] = fragment
        pending.extend(schema_refs(fragment))


def nullable_31_to_30(schema: Any) -> Any:
    """OpenAPI 3.1's null (`type: [x, "null"]`, a null branch of `oneOf`) said the 3.0 way (`nullable: true`), so a
    fragment of a 3.1 document fits a 3.0 one."""
    if isinstance(schema, list):
        return [nullable_31_to_30(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    converted = {k: nullable_31_to_30(v) for k, v in schema.items()}
    kind = converted.get("type")
    if isinstance(kind, list) and "null" in kind and len(kind) == 2:
        converted["type"] = next(k for k in kind if k != "null")
        converted["nullable"] = True
    branches = converted.get("oneOf")
    if isinstance(branches, list) and {"type": "null"} in branches and len(branches) > 1:
        converted["oneOf"] = [branch for branch in branches if branch != {"type": "null"}]
        converted["nullable"] = True
    return converted


def in_version(fragment: Any, source: str, target: str) -> Any:
    """A fragment of an OpenAPI `source` document with its nulls said as a `target` document says them."""
    if source.startswith("3.0") and not target.startswith("3.0"):
        return nullable_30_to_31(fragment)
    if target.startswith("3.0") and not source.startswith("3.0"):
        return nullable_31_to_30(fragment)
    return fragment


# --- supplements: operations the library needs, kept when a download lacks them ------------------------


def routes(document: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(operationId, method, path) of every operation of a document."""
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation, dict) and "operationId" in operation:
                yield operation["operationId"], method, path


def route_template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def supply(
    document: dict[str, Any], supplement: dict[str, Any], entry: dict[str, Any]
) -> tuple[list[tuple[str, str]], list[str]]:
    """Put into `document` (in place) each operation the supplement `entry` supplies that the document lacks, with
    the schemas it needs that the document lacks. Returns ((operationId, "METHOD path") of each one put in, the
    problems). An operation the document has is left as it is: the supplement is then simply not needed."""
    present = {operation_id: (method, path) for operation_id, method, path in routes(document)}
    offered = {operation_id: (method, path) for operation_id, method, path in routes(supplement)}
    where = shown(DOCUMENTS / entry["file"])
    kept, problems = [], []
    for operation_id in entry.get("supplies", []):
        if operation_id in present:
            continue
        if operation_id not in offered:
            problems.append(
                f"{where}: does not hold {operation_id}, which specs/manifest.toml says it supplies; cut it again: "
                f"{supplement_command(entry['domain'], operation_id)}"
            )
            continue
        method, path = offered[operation_id]
        taken = sorted(
            other for other, (m, p) in present.items() if m == method and route_template(p) == route_template(path)
        )
        if taken:
            problems.append(
                f"{where} supplies {entry['domain']} operation {operation_id} ({method.upper()} {path}), which the new "
                f"document serves as {taken[0]}: a rename; change the library's code to {taken[0]}, then drop "
                f"{operation_id} from the supplement's `supplies` in specs/manifest.toml"
            )
            continue
        import_operation(document, supplement, {"from": entry["file"], "path": path, "method": method})
        kept.append((operation_id, f"{method.upper()} {path}"))
    return kept, problems


def supplied_documents(
    manifest: dict[str, Any], sources: dict[str, dict[str, Any]]
) -> tuple[dict[str, dict[str, Any]], list[tuple[str, str, str, str]], list[str]]:
    """Each domain's document (domain key -> document, from `sources` by file name) with what its supplements supply
    where it lacks it; (domain, operationId, "METHOD path", supplement file) of each operation so kept; problems."""
    documents = {entry["key"]: sources[entry["file"]] for entry in manifest["domain"]}
    kept: list[tuple[str, str, str, str]] = []
    problems: list[str] = []
    for entry in manifest.get("supplement", []):
        domain = entry.get("domain")
        if domain not in documents or entry["file"] not in sources:
            continue
        document = copy.deepcopy(documents[domain])
        put_in, found = supply(document, sources[entry["file"]], entry)
        problems += found
        if put_in:
            documents[domain] = document
            kept += [(domain, operation_id, route, entry["file"]) for operation_id, route in put_in]
    return documents, kept, problems


def cut(document: dict[str, Any], operation_ids: list[str]) -> dict[str, Any]:
    """`document` with only the named operations and the component schemas they reach (a valid document of its own:
    version, servers, security schemes kept)."""
    paths: dict[str, Any] = {}
    for operation_id, method, path in routes(document):
        if operation_id in operation_ids:
            paths.setdefault(path, {})[method] = document["paths"][path][method]
    schemas = document.get("components", {}).get("schemas", {})
    reached: dict[str, Any] = {}
    pending = list(schema_refs(paths))
    while pending:
        name = pending.pop()
        if name not in reached and name in schemas:
            reached[name] = schemas[name]
            pending.extend(schema_refs(schemas[name]))
    components = {k: v for k, v in document.get("components", {}).items() if k == "securitySchemes"}
    if reached:
        components["schemas"] = reached
    kept = {k: v for k, v in document.items() if k in ("openapi", "info", "servers", "security", "tags")}
    return {**kept, "paths": paths, "components": components}


def cut_supplement(domain: str, operation_ids: list[str], why: str | None, today: datetime.date) -> str:
    """Vendor the named operations of `domain` as they are in the documents adopted now (normalized, facts only) in
    specs/openapi/supplements/, listed in the manifest: from then on, an adoption whose download lacks one of them
    keeps it from there (and says so in its changelog); one whose download has it uses the download's."""
    manifest = verify()
    entries = {entry["key"]: entry for entry in manifest["domain"]}
    if domain not in entries:
        raise SpecError(
            f"{domain}: no such domain in specs/manifest.toml (the domains are {', '.join(sorted(entries))})"
        )
    documents, _, _ = supplied_documents(manifest, vendored_documents(manifest))
    file = f"supplements/{entries[domain]['file']}"
    supplements = list(manifest.get("supplement", []))
    existing = next((entry for entry in supplements if entry["file"] == file), None)
    wanted = sorted(set(operation_ids) | set(existing.get("supplies", []) if existing else []))
    unknown = sorted(set(wanted) - {operation_id for operation_id, _, _ in routes(documents[domain])})
    if unknown:
        raise SpecError(
            f"{shown(DOCUMENTS / entries[domain]['file'])}: has no operation {', '.join(unknown)} to supply"
        )
    rendered = normalize.render(normalize.normalize(cut(documents[domain], wanted)))
    (DOCUMENTS / file).parent.mkdir(parents=True, exist_ok=True)
    (DOCUMENTS / file).write_bytes(rendered)
    entry = {
        "file": file,
        "domain": domain,
        "supplies": wanted,
        "cut_from": f"{entries[domain]['file']} sha256 {entries[domain]['sha256']}",
        "sha256": hashlib.sha256(rendered).hexdigest(),
        "adopted": today.isoformat(),
        "why": why
        or (existing or {}).get("why")
        or "operations the library's code names, kept for downloads that lack them",
    }
    supplements = (
        [entry if other is existing else other for other in supplements] if existing else [*supplements, entry]
    )
    MANIFEST.write_text(render_manifest(manifest["domain"], supplements))
    return f"specs: {shown(DOCUMENTS / file)} supplies {domain} {', '.join(wanted)} where a download lacks them"


def excerpt(value: Any) -> str:
    text = json.dumps(value, sort_keys=True)
    return text if len(text) <= 160 else text[:157] + "..."


def apply_operation(document: dict[str, Any], op: dict[str, Any], sources: dict[str, dict[str, Any]]) -> None:
    kind = op["op"]
    if kind == "import-operation":
        if op["from"] not in sources:
            raise ValueError(f"{op['from']} is not a vendored document (list it as a supplement in the manifest)")
        import_operation(document, sources[op["from"]], op)
    elif kind == "test":
        # The documents are normalized; a value copied from the original download still matches its facts.
        found = resolve(document, op["path"])
        if found != normalize.strip_prose(op["value"]):
            raise ValueError(f"test failed: found {excerpt(found)}, the patch expects {excerpt(op['value'])}")
    elif kind == "replace":
        parent, key = parent_and_key(document, op["path"])
        resolve(document, op["path"])
        parent[int(key) if isinstance(parent, list) else key] = copy.deepcopy(op["value"])
    elif kind == "add":
        parent, key = parent_and_key(document, op["path"])
        if isinstance(parent, list):
            parent.insert(len(parent) if key == "-" else int(key), copy.deepcopy(op["value"]))
        else:
            parent[key] = copy.deepcopy(op["value"])
    elif kind == "remove":
        parent, key = parent_and_key(document, op["path"])
        resolve(document, op["path"])
        del parent[int(key) if isinstance(parent, list) else key]
    else:
        raise ValueError(f"unknown patch operation {kind!r}")


def apply_patch(
    document: dict[str, Any], patch_file: Path, patch: dict[str, Any], sources: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """The document with every operation of the patch applied (a new object: a failed patch changes nothing)."""
    patched = copy.deepcopy(document)
    for index, op in enumerate(patch["operations"]):
        where = f"{shown(patch_file)} operation {index} ({op.get('op')} {op.get('path', '')})"
        try:
            apply_operation(patched, op, sources)
        except (KeyError, IndexError) as exc:
            raise SpecError(f"{where}: does not apply, target {exc.args[0]} is gone") from exc
        except ValueError as exc:
            raise SpecError(f"{where}: does not apply: {exc}") from exc
    return patched


def present(document: Any, pointer: str) -> bool:
    try:
        resolve(document, pointer)
    except (KeyError, IndexError, ValueError):
        return False
    return True


def dormant(document: dict[str, Any], patch: dict[str, Any]) -> str | None:
    """The first place a patch tests, when nothing it tests is in `document` (the field or schema it fixes is not
    there at all): the patch has nothing to fix in this document and waits, kept, for one that has it. A test that
    finds another value is no such case (the document says something else there: the patch must be looked at), nor
    is a patch that tests nothing."""
    tested = [op["path"] for op in patch["operations"] if op.get("op") == "test"]
    if tested and not any(present(document, pointer) for pointer in tested):
        return tested[0]
    return None


def load_patches() -> list[tuple[Path, dict[str, Any]]]:
    patches = []
    for patch_file in sorted(PATCHES.glob("*.json")):
        try:
            patch = json.loads(patch_file.read_text())
        except json.JSONDecodeError as exc:
            raise SpecError(f"{shown(patch_file)}: malformed JSON: {exc.msg}") from exc
        missing = {"domain", "reason", "evidence", "operations"} - patch.keys()
        if missing:
            raise SpecError(f"{shown(patch_file)}: missing {', '.join(sorted(missing))}")
        patches.append((patch_file, patch))
    return patches


def with_full_paths(document: dict[str, Any]) -> dict[str, Any]:
    """Prefix every path with the server path, so one HTTP client on the API host serves every domain."""
    prefix = server_path(document).rstrip("/")
    document["paths"] = {prefix + path: item for path, item in document["paths"].items()}
    return document


def keep_unknown_fields(node: Any) -> Any:
    """Drop `additionalProperties: false`, so a field ServiceTitan adds without notice is kept on the model
    (in `additional_properties`) instead of being silently thrown away."""
    if isinstance(node, dict):
        return {k: keep_unknown_fields(v) for k, v in node.items() if not (k == "additionalProperties" and v is False)}
    if isinstance(node, list):
        return [keep_unknown_fields(v) for v in node]
    return node


def patched_documents(
    manifest: dict[str, Any], sources: dict[str, dict[str, Any]], waiting: list[str] | None = None
) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """The documents generation reads (domain key -> document): patched, full paths, unknown fields kept, and one
    line per patch that fails (a failing patch is left out; the others still apply). `sources` holds the vendored
    documents by file name. A patch with nothing to fix in its document (`dormant`) is left out too, and said in
    `waiting`: not a problem, since it applies again to a later document that has what it fixes."""
    patches = load_patches()
    known = {entry["key"] for entry in manifest["domain"]}
    supplied, _, supply_problems = supplied_documents(manifest, sources)
    problems = [
        f"{shown(patch_file)}: unknown domain {patch['domain']!r}"
        for patch_file, patch in patches
        if patch["domain"] not in known
    ]
    documents = {}
    for entry in manifest["domain"]:
        document = supplied[entry["key"]]
        for patch_file, patch in patches:
            if patch["domain"] == entry["key"]:
                absent = dormant(document, patch)
                if absent is not None:
                    if waiting is not None:
                        waiting.append(
                            f"{shown(patch_file)}: not applied: the {entry['key']} document has no {absent}; the patch "
                            "is kept and applies again to a document that has it"
                        )
                    continue
                try:
                    document = apply_patch(document, patch_file, patch, sources)
                except SpecError as exc:
                    problems.append(str(exc))
        documents[entry["key"]] = keep_unknown_fields(with_full_paths(copy.deepcopy(document)))
    return documents, supply_problems + sorted(problems)


def build_documents(
    manifest: dict[str, Any], sources: dict[str, dict[str, Any]], waiting: list[str] | None = None
) -> dict[str, dict[str, Any]]:
    """The patched documents, or every patch that fails, one line each."""
    documents, problems = patched_documents(manifest, sources, waiting)
    if problems:
        raise SpecError("\n".join(problems))
    return documents


def prepare(waiting: list[str] | None = None) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """Verified manifest and the documents to generate from, or every reason they cannot be had (`waiting`: the
    patches with nothing to fix in these documents)."""
    manifest = verify()
    documents = build_documents(manifest, vendored_documents(manifest), waiting)
    check_actions(documents)
    return manifest, documents


# --- the derived operation index -----------------------------------------------------------------------


def strip_docs(node: Any) -> Any:
    """A schema without its documentation keywords; the names of properties are kept whatever they are."""
    if isinstance(node, dict):
        return {
            k: ({name: strip_docs(v) for name, v in value.items()} if k == "properties" else strip_docs(value))
            for k, value in node.items()
            if k not in DOC_KEYS
        }
    if isinstance(node, list):
        return [strip_docs(v) for v in node]
    return node


# Keys whose value maps names (of properties, media types, statuses...) to schemas or objects holding them.
NAME_MAPS = frozenset({"properties", "patternProperties", "content", "responses", "headers", "encoding"})


def null_the_31_way(node: Any, named: bool = False) -> Any:
    """An OpenAPI 3.0 fragment with its `nullable: true` said as 3.1 says it (JSON Schema 2020-12): a null type, a
    null enum value, or a null alternative to a `$ref` or `allOf`. `named`: the keys of `node` are names."""
    if isinstance(node, list):
        return [null_the_31_way(item) for item in node]
    if not isinstance(node, dict):
        return node
    if named:
        return {name: null_the_31_way(value) for name, value in node.items()}
    converted = {k: null_the_31_way(v, named=k in NAME_MAPS) for k, v in node.items() if k != "nullable"}
    if node.get("nullable") is not True:
        return converted
    if isinstance(converted.get("type"), str):
        converted["type"] = [converted["type"], "null"]
        if isinstance(converted.get("enum"), list) and None not in converted["enum"]:
            converted["enum"] = [*converted["enum"], None]
    elif "oneOf" in converted:
        converted["oneOf"] = [*converted["oneOf"], {"type": "null"}]
    elif "$ref" in converted or "allOf" in converted:
        kept = {k: converted.pop(k) for k in ("$ref", "allOf") if k in converted}
        converted = {"oneOf": [kept, {"type": "null"}], **converted}
    return converted


def without_nullable(node: Any, named: bool = False) -> Any:
    if isinstance(node, list):
        return [without_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    if named:
        return {name: without_nullable(value) for name, value in node.items()}
    return {k: without_nullable(v, named=k in NAME_MAPS) for k, v in node.items() if k != "nullable"}


def index_form(node: Any, openapi: str, parameter: bool = False) -> Any:
    """A fragment of a document as the operation index holds it: no documentation keywords, and null said the 3.1
    way whatever the document's version (the library reads the index with JSON Schema 2020-12 semantics). A
    parameter has no null to send (an optional one is left out; openapi-core reads its `type` as one string): a
    3.0 parameter's `nullable` is dropped."""
    stripped = strip_docs(node)
    if not openapi.startswith("3.0"):
        return stripped
    return without_nullable(stripped) if parameter else null_the_31_way(stripped)


def python_name(api_name: str) -> str:
    from openapi_python_client.config import ConfigFile
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(api_name, prefix=ConfigFile().field_prefix))


def function_arguments(module_file: Path) -> set[str]:
    tree = ast.parse(module_file.read_text())
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed":
            arguments = node.args
            return {a.arg for a in [*arguments.args, *arguments.kwonlyargs]}
    raise SpecError(f"{module_file}: generated module has no sync_detailed function")


def model_index(key: str, document: dict[str, Any], package_dir: Path) -> dict[str, str]:
    """Component schema name -> `module:Class` of the model generated for it (objects and enums)."""
    from openapi_python_client.strings import ClassName, snake_case

    models = {}
    for name in document.get("components", {}).get("schemas", {}):
        class_name = str(ClassName(name, prefix=""))
        module_file = package_dir / "models" / f"{snake_case(class_name)}.py"
        if module_file.exists() and re.search(rf"^class {class_name}\b", module_file.read_text(), re.MULTILINE):
            models[name] = f"{RAW_PACKAGE}.{key}.models.{module_file.stem}:{class_name}"
    return models


def operation_index(key: str, entry: dict[str, Any], document: dict[str, Any], package_dir: Path) -> dict[str, Any]:
    from openapi_python_client.strings import snake_case

    openapi = str(document.get("openapi", ""))
    modules = {p.stem: p for p in (package_dir / "api").glob("*/*.py") if p.stem != "__init__"}
    operations = {}
    for path, item in document["paths"].items():
        shared_parameters = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method not in item:
                continue
            operation = item[method]
            operation_id = operation["operationId"]
            module_file = modules.get(snake_case(operation_id))
            if module_file is None:
                raise SpecError(f"{entry['file']}: operation {operation_id} was not generated")
            arguments = function_arguments(module_file)
            parameters = []
            for parameter in [*shared_parameters, *operation.get("parameters", [])]:
                name = python_name(parameter["name"])
                if name not in arguments:
                    # The generator suffixes the location when two parameters share a name (id path + id query).
                    name = f"{name}_{parameter['in']}"
                if name not in arguments:
                    raise SpecError(f"{entry['file']}: {operation_id} parameter {parameter['name']} not generated")
                parameters.append(
                    {
                        "name": parameter["name"],
                        "python_name": name,
                        "in": parameter["in"],
                        "required": bool(parameter.get("required", False)),
                        "schema": index_form(parameter.get("schema", {}), openapi, parameter=True),
                    }
                )
            scopes = sorted({s for req in operation.get("security", []) for s in req.get("oauth", [])})
            relative = module_file.relative_to(package_dir).with_suffix("")
            operations[operation_id] = {
                "method": method.upper(),
                "path": path,
                "module": ".".join([RAW_PACKAGE, key, *relative.parts]),
                "parameters": parameters,
                "request_body": index_form(operation.get("requestBody"), openapi),
                "responses": index_form(operation.get("responses", {}), openapi),
                "scopes": scopes,
            }
    return {
        "domain": key,
        "file": entry["file"],
        "models": model_index(key, document, package_dir),
        "title": entry["title"],
        "server_path": entry["server_path"],
        "operations": operations,
        "schemas": {
            name: index_form(schema, openapi)
            for name, schema in document.get("components", {}).get("schemas", {}).items()
        },
    }


# --- generation ----------------------------------------------------------------------------------------


def run_generator(key: str, document_file: Path, out_dir: Path, templates: Path = GENERATOR / "templates") -> None:
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(document_file),
        "--meta", "none",
        "--output-path", str(out_dir),
        "--config", str(GENERATOR / "config.yaml"),
        "--custom-template-path", str(templates),
    ]  # fmt: skip
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "warning" in output.lower() or "error" in output.lower():
        detail = " | ".join(line.strip() for line in output.splitlines() if line.strip())
        raise SpecError(f"{document_file.name}: openapi-python-client reported problems: {detail}")


def installed_version(distribution: str) -> str:
    from importlib.metadata import version

    return version(distribution)


def generate_into(
    target: Path,
    manifest: dict[str, Any],
    documents: dict[str, dict[str, Any]],
    templates: Path = GENERATOR / "templates",
) -> None:
    raw = target / RAW_PACKAGE
    raw.mkdir(parents=True)
    entries = {entry["key"]: entry for entry in manifest["domain"]}
    with tempfile.TemporaryDirectory(prefix="st-build-") as build:
        build_dir = Path(build)
        for key, document in documents.items():
            (build_dir / f"{key}.json").write_text(json.dumps(document, indent=1, sort_keys=True))
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            futures = [
                pool.submit(run_generator, key, build_dir / f"{key}.json", raw / key, templates) for key in documents
            ]
            for future in futures:
                future.result()
    for key, document in documents.items():
        index = operation_index(key, entries[key], document, raw / key)
        (raw / key / "_operations.json").write_text(json.dumps(index, indent=None, sort_keys=True) + "\n")
    for support in sorted((GENERATOR / "support").iterdir()):
        shutil.copyfile(support, raw / support.name)
    domain_lines = "".join(f'    "{key}",\n' for key in documents)
    spec_lines = "".join(
        f'    "{entry["key"]}": {{"sha256": "{entry["sha256"]}", "original_sha256": "{entry["original_sha256"]}", '
        f'"adopted": "{entry["adopted"]}"}},\n'
        for entry in manifest["domain"]
    )
    (raw / "__init__.py").write_text(
        '"""Raw ServiceTitan clients, one package per API domain, generated from the vendored specs.\n\n'
        "Generated by specs/codegen.py: never edit by hand. `SPECS` names the documents of specs/openapi/ they\n"
        'were generated from: domain -> sha256 of the normalized file, of the original download, date adopted.\n"""\n\n'
        f"DOMAINS: tuple[str, ...] = (\n{domain_lines})\n\n"
        f"SPECS: dict[str, dict[str, str]] = {{\n{spec_lines}}}\n"
    )
    templates = sorted((GENERATOR / "templates").rglob("*.jinja"))
    lock = {
        "generator": GENERATOR_PIN,
        "generator_version": installed_version("openapi-python-client"),
        "ruff_version": installed_version("ruff"),
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        "config_sha256": sha256(GENERATOR / "config.yaml"),
        "templates_sha256": {str(p.relative_to(GENERATOR)): sha256(p) for p in templates},
        "support_sha256": {p.name: sha256(p) for p in sorted((GENERATOR / "support").iterdir())},
        "patches_sha256": {p.name: sha256(p) for p, _ in load_patches()},
        "specs_sha256": {e["file"]: e["sha256"] for e in manifest_entries(manifest)},
    }
    (target / LOCK_NAME).write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n")


def compare_trees(expected: Path, actual: Path) -> list[str]:
    def files(base: Path) -> set[str]:
        return {
            str(p.relative_to(base))
            for p in base.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
        }

    new, old = files(expected), files(actual)
    differing = sorted(new ^ old)
    differing += sorted(name for name in new & old if not filecmp.cmp(expected / name, actual / name, shallow=False))
    return sorted(differing)


def render_signatures(fresh: Path) -> dict[str, str]:
    """The stubs as the freshly generated tree makes them (run apart, so this process imports nothing)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(fresh), str(OVERLAY)])}
    out = fresh.parent / "stubs"
    out.mkdir()
    command = [sys.executable, "-m", "servicetitan._signatures", "--out", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=fresh, check=False)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise SpecError(f"{shown(STUB_DIR)}: the action and resource signatures cannot be rendered: {last}")
    return {name: (out / name).read_text() for name in STUB_NAMES}


def generate(check: bool) -> None:
    manifest, documents = prepare()
    pinned = GENERATOR_PIN.split("==")[1]
    try:
        installed = installed_version("openapi-python-client")
    except ModuleNotFoundError:
        installed = "none"
    if installed != pinned:
        raise SpecError(f"openapi-python-client {pinned} is required (found {installed}); run `nox -s generate`")
    with tempfile.TemporaryDirectory(prefix="st-generate-") as tmp:
        fresh = Path(tmp) / "generated"
        generate_into(fresh, manifest, documents)
        stubs = render_signatures(fresh)
        if check:
            differing = compare_trees(fresh, GENERATED)
            for name, text in stubs.items():
                if not (STUB_DIR / name).exists() or (STUB_DIR / name).read_text() != text:
                    differing.append(shown(STUB_DIR / name))
            if differing:
                listed = ", ".join(differing[:20]) + (f" (+{len(differing) - 20} more)" if len(differing) > 20 else "")
                raise SpecError(f"generated/ differs from a fresh generation in {len(differing)} files: {listed}")
            print(f"generated/ matches a fresh generation ({len(manifest['domain'])} domains)")
            return
        GENERATED.mkdir(exist_ok=True)
        staging = GENERATED.parent / ".generated-staging"
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(fresh, staging)
        for name in (RAW_PACKAGE, LOCK_NAME):
            old = GENERATED / name
            if old.is_dir():
                shutil.rmtree(old)
            elif old.exists():
                old.unlink()
            (staging / name).rename(old)
        shutil.rmtree(staging)
        for name, text in stubs.items():
            (STUB_DIR / name).write_text(text)
        print(f"generated {len(manifest['domain'])} domains into generated/ and the stubs in {shown(STUB_DIR)}")


# --- the maintainer loop after an adoption (`nox -s specs -- --update DIR`) -------------------------------------

# Always run after an adoption: what reads the specs and the generated code (tests/generation) and what calls the
# operations of the actions (tests/actions, whose cassettes the contract checks against the new documents).
ALWAYS_TESTED = ("tests/generation", "tests/actions")
# The cassette suites: a suite's cassettes are re-recorded (against the in-process sandbox, on loopback) when the
# new documents changed an operation they exercise; recording writes their servicetitan-specs.lock.json afresh.
CASSETTE_SUITES = ("tests/actions", "tests/reports")
# A test file that walks every domain (the sandbox's every-operation tests, say) touches whatever changed.
EVERY_DOMAIN = re.compile(r"\bdomains\(\)|\bDOMAINS\b")


def changed_domains(before: str, after: str) -> list[str]:
    """The domains whose normalized document changed, came or went between two texts of specs/manifest.toml
    (a supplement that changed, came or went counts for the domain it supplies; one that names no domain, which
    any patch may import from, for all of them)."""

    def documents(text: str) -> tuple[dict[str, str], dict[str, tuple[str | None, str]]]:
        manifest = tomllib.loads(text)
        domains = {entry["key"]: entry["sha256"] for entry in manifest.get("domain", [])}
        supplements = {
            entry["file"]: (entry.get("domain"), f"{entry['sha256']} {entry.get('supplies')}")
            for entry in manifest.get("supplement", [])
        }
        return domains, supplements

    (old, old_supplements), (new, new_supplements) = documents(before), documents(after)
    changed = {key for key in old.keys() | new.keys() if old.get(key) != new.get(key)}
    for file in old_supplements.keys() | new_supplements.keys():
        if old_supplements.get(file) != new_supplements.get(file):
            domain = (old_supplements.get(file) or new_supplements.get(file) or (None, ""))[0]
            changed |= {domain} if domain else old.keys() | new.keys()
    return sorted(changed)


def relevant_tests(domains: list[str], test_root: Path | None = None) -> list[str]:
    """The tests that matter for a change to `domains`: ALWAYS_TESTED, then every other test file that names one
    of the domains (as a word: `jpm`, `customer_interactions` or `customer-interactions`) or walks every domain."""
    tests = test_root or ROOT / "tests"
    root = tests.parent
    if not domains:
        return list(ALWAYS_TESTED)
    names = {form for key in domains for form in (key, key.replace("_", "-"))}
    named = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in sorted(names)) + r")(?![\w-])")
    chosen = []
    for path in sorted(tests.rglob("test_*.py")):
        relative = path.relative_to(root).as_posix()
        if any(relative.startswith(f"{always}/") for always in ALWAYS_TESTED):
            continue
        text = path.read_text(encoding="utf-8")
        if named.search(text) or EVERY_DOMAIN.search(text):
            chosen.append(relative)
    return [*ALWAYS_TESTED, *chosen]


def stale_cassettes(suites: tuple[str, ...] = CASSETTE_SUITES) -> dict[str, list[str]]:
    """Per cassette suite, the operations its cassettes exercise that the specs changed or dropped since they were
    recorded (run after `generate`, in a fresh process: the catalog is read from generated/)."""
    from servicetitan.testing import Status, exercised_operations

    stale = {}
    for suite in suites:
        cassettes = ROOT / suite / "cassettes"
        if not cassettes.is_dir():
            continue
        changed = [op.key for op in exercised_operations(cassettes) if op.status in (Status.CHANGED, Status.GONE)]
        if changed:
            stale[suite] = changed
    return stale


def loop_plan(before: str) -> dict[str, Any]:
    """What the loop does after an adoption whose old manifest text was `before`: the domains that changed, the
    cassette suites to re-record (with the operations that make them stale) and the tests to run."""
    domains = changed_domains(before, MANIFEST.read_text())
    stale = stale_cassettes()
    tests = relevant_tests(domains)
    # A suite recorded again runs too: its cassette checks read the lock its recording run wrote when it ended.
    tests += [suite for suite in stale if suite not in tests]
    return {"domains": domains, "rerecord": stale, "tests": tests}


# The parsing baseline of tests/generation/test_fast_models.py: what the generator's own model templates make of
# fixed records, against which the departures of ours are checked. Made from the same (patched) documents as
# generated/, with only the model templates left out: the enum templates stay (unknown enum values are kept, a
# behaviour the library documents, not a shape of the parsing code).
FAST_MODELS = "tests/generation/test_fast_models.py"
FAST_MODELS_EXPECTED = "tests/generation/fast_models_expected.json"
BASELINE_TEMPLATES = ("int_enum.py.jinja", "str_enum.py.jinja")


def baseline_domains() -> list[str]:
    """The domains whose models the parsing baseline covers."""
    expected = json.loads(read_bytes(ROOT / FAST_MODELS_EXPECTED))
    return sorted({case["domain"] for case in expected["cases"].values()})


def remake_parsing_baseline(before: str | None = None) -> str:
    """Make the parsing baseline again from the documents adopted now (when `before`, the manifest text from before
    an adoption, is given: only if a domain it covers changed). The stock outcomes come from a generation of the
    covered domains with the generator's own model templates, apart in a temporary directory; the departures from
    generated/. The cases stay the operations the baseline has (those the new documents still have)."""
    domains = baseline_domains()
    if before is not None:
        changed = sorted(set(changed_domains(before, MANIFEST.read_text())) & set(domains))
        if not changed:
            return f"specs: the parsing baseline covers {', '.join(domains)}, which did not change"
    manifest, documents = prepare()
    cases = sorted(json.loads(read_bytes(ROOT / FAST_MODELS_EXPECTED))["cases"])
    lines = []
    with tempfile.TemporaryDirectory(prefix="st-baseline-") as tmp:
        templates = Path(tmp) / "templates"
        templates.mkdir()
        for name in BASELINE_TEMPLATES:
            shutil.copyfile(GENERATOR / "templates" / name, templates / name)
        stock = Path(tmp) / "generated"
        generate_into(stock, manifest, {key: documents[key] for key in domains if key in documents}, templates)
        for tree, flag in ((stock, "--write"), (GENERATED, "--departures")):
            env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tree), str(OVERLAY), str(ROOT)])}
            env["FAST_MODELS_CASES"] = json.dumps(cases)
            command = [sys.executable, str(ROOT / FAST_MODELS), flag]
            result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
            if result.returncode != 0:
                last = (result.stderr.strip().splitlines() or ["no output"])[-1]
                raise SpecError(f"{FAST_MODELS} {flag}: the parsing baseline cannot be made again: {last}")
            lines.append(result.stdout.strip())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="codegen")
    sub = parser.add_subparsers(dest="command", required=True)
    verify_command = sub.add_parser("verify")
    verify_command.add_argument("--drift", type=Path, default=None, metavar="DIR")
    generate_command = sub.add_parser("generate")
    generate_command.add_argument("--check", action="store_true")
    update_command = sub.add_parser("update")
    update_command.add_argument("source", type=Path)
    update_command.add_argument("--remove-domain", action="append", default=[], metavar="NAME")
    update_command.add_argument("--known-from", type=Path, default=None, metavar="MANIFEST")
    plan_command = sub.add_parser("plan")
    plan_command.add_argument("before", type=Path, help="specs/manifest.toml as it was before the adoption")
    plan_command.add_argument("--out", type=Path, required=True, help="where to write the plan (JSON)")
    baseline_command = sub.add_parser("baseline")
    baseline_command.add_argument("--before", type=Path, default=None, help="only if a domain it covers changed")
    supplement_command_ = sub.add_parser("supplement")
    supplement_command_.add_argument("domain")
    supplement_command_.add_argument("operation_ids", nargs="+", metavar="OPERATION_ID")
    supplement_command_.add_argument("--why", default=None)
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            try:
                today = datetime.datetime.now(datetime.UTC).date()
                print(adopt(args.source, args.remove_domain, today, args.known_from))
            except Refused as refused:
                count = len(str(refused).splitlines())
                print(refused.changelog)
                print(f"specs: not adopted; nothing was written to specs/ or generated/ ({count} problem(s) to solve):")
                sys.stdout.flush()
                raise
        elif args.command == "plan":
            plan = loop_plan(read_bytes(args.before).decode())
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps(plan, indent=1) + "\n")
            print(f"specs: changed domains: {', '.join(plan['domains']) or 'none'}")
            for suite, operations in plan["rerecord"].items():
                print(f"specs: {suite}: cassettes to re-record, the specs changed {', '.join(operations)}")
            print(f"specs: tests to run: {' '.join(plan['tests'])}")
        elif args.command == "baseline":
            print(remake_parsing_baseline(None if args.before is None else read_bytes(args.before).decode()))
        elif args.command == "supplement":
            today = datetime.datetime.now(datetime.UTC).date()
            print(cut_supplement(args.domain, args.operation_ids, args.why, today))
        elif args.command == "verify":
            waiting: list[str] = []
            manifest, _ = prepare(waiting)
            for line in waiting:
                print(f"specs: {line}")
            if args.drift is not None:
                check_drift(args.drift, manifest)
                print(f"specs: the downloads in {args.drift} normalize to specs/openapi/")
            print(f"specs: {len(manifest['domain'])} documents match specs/manifest.toml; every patch applies")
        else:
            generate(args.check)
    except SpecError as exc:
        for line in str(exc).splitlines():
            print(f"error: {line}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
