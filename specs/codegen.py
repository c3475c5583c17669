"""Spec verification, patching and client generation.

Run through nox (`nox -s specs`, `nox -s generate`); the commands are:

    python specs/codegen.py verify  [--specs-dir DIR]
    python specs/codegen.py update  DIR
    python specs/codegen.py generate [--specs-dir DIR] [--check]

The vendored documents are third-party files: they are read from the specs directory (default
`../shared/servicetitan-specs`, or `SERVICETITAN_SPECS_DIR`) and only their manifest is committed.
Every failure is one line naming the file and the reason, and `generated/` is left untouched.
"""

from __future__ import annotations

import argparse
import ast
import concurrent.futures
import copy
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

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
MANIFEST = SPECS / "manifest.toml"
PATCHES = SPECS / "patches"
GENERATOR = SPECS / "generator"
GENERATED = ROOT / "generated"
RAW_PACKAGE = "servicetitan_raw"
LOCK_NAME = "generate.lock.json"
GENERATOR_PIN = "openapi-python-client==0.29.1"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"
# Documentation-only keywords: they make the derived operation index large and say nothing about shape.
DOC_KEYS = frozenset({"description", "example", "examples", "summary", "x-enumNames", "x-enumDescriptions"})


class SpecError(Exception):
    """One clear line for the user: which file, and what is wrong with it."""


def default_specs_dir() -> Path:
    env = os.environ.get("SERVICETITAN_SPECS_DIR")
    return Path(env) if env else ROOT.parent / "shared" / "servicetitan-specs"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- manifest ------------------------------------------------------------------------------------------


def load_manifest() -> dict[str, Any]:
    try:
        return tomllib.loads(MANIFEST.read_text())
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SpecError(f"{MANIFEST.relative_to(ROOT)}: cannot be read: {exc}") from exc


def domain_key(file_name: str) -> str:
    """`equipment-systems-v2.json` -> `equipment_systems`; `telecom.json` -> `telecom`."""
    stem = file_name.removesuffix(".json")
    stem = re.sub(r"-v\d+$", "", stem)
    return stem.replace("-", "_")


def read_document(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_bytes())
    except OSError as exc:
        raise SpecError(f"{path}: cannot be read: {exc.strerror}") from exc
    except json.JSONDecodeError as exc:
        raise SpecError(f"{path}: malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise SpecError(f"{path}: not an OpenAPI document (no 'paths' object)")
    servers = document.get("servers")
    if not (isinstance(servers, list) and servers and isinstance(servers[0], dict) and "url" in servers[0]):
        raise SpecError(f"{path}: no servers[0].url to take the domain's base path from")
    return document


def server_path(document: dict[str, Any]) -> str:
    url: str = document["servers"][0]["url"]
    path = re.sub(r"^[a-z]+://[^/]+", "", url).rstrip("/")
    return path or "/"


def toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def update_manifest(source: Path) -> None:
    """Rewrite the manifest from the documents in `source` (a user dropped in newer ones)."""
    if not source.is_dir():
        raise SpecError(f"{source}: specs directory not found")
    files = sorted(p for p in source.glob("*.json"))
    if not files:
        raise SpecError(f"{source}: no *.json documents in the specs directory")
    old = load_manifest() if MANIFEST.exists() else {"supplement": []}
    lines = [
        "# The vendored ServiceTitan documents we generate from (third-party: never committed, see SOURCES.md).",
        "# Rewritten by `nox -s specs -- --update DIR`; verified by `nox -s specs` and `nox -s generate`.",
        "",
    ]
    for path in files:
        document = read_document(path)
        lines += [
            "[[domain]]",
            f"key = {toml_string(domain_key(path.name))}",
            f"file = {toml_string(path.name)}",
            f"sha256 = {toml_string(sha256(path))}",
            f"title = {toml_string(document.get('info', {}).get('title', ''))}",
            f"server_path = {toml_string(server_path(document))}",
            "",
        ]
    for supplement in old.get("supplement", []):
        path = source / supplement["file"]
        if not path.exists():
            raise SpecError(f"{path}: supplementary document named in the manifest is missing")
        read_document(path)
        lines += [
            "[[supplement]]",
            f"file = {toml_string(supplement['file'])}",
            f"sha256 = {toml_string(sha256(path))}",
            f"why = {toml_string(supplement['why'])}",
            "",
        ]
    MANIFEST.write_text("\n".join(lines))
    print(f"manifest: {len(files)} domains from {source}")


def verify(specs_dir: Path) -> dict[str, Any]:
    """Check every listed document against its sha256; return the manifest."""
    if not specs_dir.is_dir():
        raise SpecError(f"{specs_dir}: specs directory not found (set SERVICETITAN_SPECS_DIR or pass --specs-dir)")
    manifest = load_manifest()
    for entry in [*manifest.get("domain", []), *manifest.get("supplement", [])]:
        path = specs_dir / entry["file"]
        if not path.exists():
            raise SpecError(f"{path}: listed in specs/manifest.toml but missing")
        actual = sha256(path)
        if actual != entry["sha256"]:
            raise SpecError(
                f"{path}: sha256 {actual} does not match specs/manifest.toml ({entry['sha256']}); "
                "run `nox -s specs -- --update DIR` if this is a newer document"
            )
    return manifest


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
        raise ValueError(f"{method.upper()} {path} already exists; the patch is no longer needed")
    document["paths"].setdefault(path, {})[method] = nullable_30_to_31(copy.deepcopy(operation))
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    pending = list(schema_refs(operation))
    while pending:
        name = pending.pop()
        if name in schemas:
            continue
        fragment = nullable_30_to_31(copy.deepcopy(source["components"]["schemas"][name]))
        schemas[name] = fragment
        pending.extend(schema_refs(fragment))


def apply_patch(document: dict[str, Any], patch_file: Path, specs_dir: Path) -> None:
    patch = json.loads(patch_file.read_text())
    for index, op in enumerate(patch["operations"]):
        where = f"{patch_file.relative_to(ROOT)} operation {index} ({op['op']} {op.get('path', '')})"
        try:
            kind = op["op"]
            if kind == "import-operation":
                import_operation(document, read_document(specs_dir / op["from"]), op)
            elif kind == "test":
                if resolve(document, op["path"]) != op["value"]:
                    raise ValueError("the document no longer has the value this patch was written against")
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
        except (KeyError, IndexError) as exc:
            raise SpecError(f"{where}: does not apply, target {exc.args[0]} is gone") from exc
        except (ValueError, SpecError) as exc:
            raise SpecError(f"{where}: does not apply: {exc}") from exc


def load_patches() -> list[tuple[Path, dict[str, Any]]]:
    patches = []
    for patch_file in sorted(PATCHES.glob("*.json")):
        try:
            patch = json.loads(patch_file.read_text())
        except json.JSONDecodeError as exc:
            raise SpecError(f"{patch_file.relative_to(ROOT)}: malformed JSON: {exc.msg}") from exc
        missing = {"domain", "reason", "evidence", "operations"} - patch.keys()
        if missing:
            raise SpecError(f"{patch_file.relative_to(ROOT)}: missing {', '.join(sorted(missing))}")
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


def build_documents(manifest: dict[str, Any], specs_dir: Path) -> dict[str, dict[str, Any]]:
    patches = load_patches()
    known = {entry["key"] for entry in manifest["domain"]}
    for patch_file, patch in patches:
        if patch["domain"] not in known:
            raise SpecError(f"{patch_file.relative_to(ROOT)}: unknown domain {patch['domain']!r}")
    documents = {}
    for entry in manifest["domain"]:
        document = read_document(specs_dir / entry["file"])
        for patch_file, patch in patches:
            if patch["domain"] == entry["key"]:
                apply_patch(document, patch_file, specs_dir)
        documents[entry["key"]] = keep_unknown_fields(with_full_paths(document))
    return documents


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
                        "schema": strip_docs(parameter.get("schema", {})),
                    }
                )
            scopes = sorted({s for req in operation.get("security", []) for s in req.get("oauth", [])})
            relative = module_file.relative_to(package_dir).with_suffix("")
            operations[operation_id] = {
                "method": method.upper(),
                "path": path,
                "module": ".".join([RAW_PACKAGE, key, *relative.parts]),
                "parameters": parameters,
                "request_body": strip_docs(operation.get("requestBody")),
                "responses": strip_docs(operation.get("responses", {})),
                "scopes": scopes,
            }
    return {
        "domain": key,
        "file": entry["file"],
        "models": model_index(key, document, package_dir),
        "title": entry["title"],
        "server_path": entry["server_path"],
        "operations": operations,
        "schemas": strip_docs(document.get("components", {}).get("schemas", {})),
    }


# --- generation ----------------------------------------------------------------------------------------


def run_generator(key: str, document_file: Path, out_dir: Path) -> None:
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(document_file),
        "--meta", "none",
        "--output-path", str(out_dir),
        "--config", str(GENERATOR / "config.yaml"),
        "--custom-template-path", str(GENERATOR / "templates"),
    ]  # fmt: skip
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "warning" in output.lower() or "error" in output.lower():
        detail = " | ".join(line.strip() for line in output.splitlines() if line.strip())
        raise SpecError(f"{document_file.name}: openapi-python-client reported problems: {detail}")


def tree_hash(paths: list[Path], base: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.relative_to(base)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def installed_version(distribution: str) -> str:
    from importlib.metadata import version

    return version(distribution)


def generate_into(target: Path, manifest: dict[str, Any], documents: dict[str, dict[str, Any]]) -> None:
    raw = target / RAW_PACKAGE
    raw.mkdir(parents=True)
    entries = {entry["key"]: entry for entry in manifest["domain"]}
    with tempfile.TemporaryDirectory(prefix="st-build-") as build:
        build_dir = Path(build)
        for key, document in documents.items():
            (build_dir / f"{key}.json").write_text(json.dumps(document, indent=1, sort_keys=True))
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            futures = [pool.submit(run_generator, key, build_dir / f"{key}.json", raw / key) for key in documents]
            for future in futures:
                future.result()
    for key, document in documents.items():
        index = operation_index(key, entries[key], document, raw / key)
        (raw / key / "_operations.json").write_text(json.dumps(index, indent=None, sort_keys=True) + "\n")
    for support in sorted((GENERATOR / "support").iterdir()):
        shutil.copyfile(support, raw / support.name)
    domain_lines = "".join(f'    "{key}",\n' for key in documents)
    (raw / "__init__.py").write_text(
        '"""Raw ServiceTitan clients, one package per API domain, generated from the vendored specs.\n\n'
        'Generated by specs/codegen.py: never edit by hand.\n"""\n\n'
        f"DOMAINS: tuple[str, ...] = (\n{domain_lines})\n"
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
        "specs_sha256": {e["file"]: e["sha256"] for e in [*manifest["domain"], *manifest.get("supplement", [])]},
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


def generate(specs_dir: Path, check: bool) -> None:
    manifest = verify(specs_dir)
    documents = build_documents(manifest, specs_dir)
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
        if check:
            differing = compare_trees(fresh, GENERATED)
            if differing:
                shown = ", ".join(differing[:20]) + (f" (+{len(differing) - 20} more)" if len(differing) > 20 else "")
                raise SpecError(f"generated/ differs from a fresh generation in {len(differing)} files: {shown}")
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
        print(f"generated {len(manifest['domain'])} domains into {GENERATED.relative_to(ROOT)}/")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="codegen")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("verify", "generate"):
        command = sub.add_parser(name)
        command.add_argument("--specs-dir", type=Path, default=None)
        if name == "generate":
            command.add_argument("--check", action="store_true")
    update = sub.add_parser("update")
    update.add_argument("source", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            update_manifest(args.source)
            return 0
        specs_dir = args.specs_dir or default_specs_dir()
        if args.command == "verify":
            manifest = verify(specs_dir)
            build_documents(manifest, specs_dir)
            print(f"specs: {len(manifest['domain'])} documents match specs/manifest.toml; every patch applies")
        else:
            generate(specs_dir, args.check)
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
