"""A copy of the repository's specs/ to break and adopt into, with codegen pointed at it."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest


class Workspace:
    def __init__(self, root: Path, codegen: ModuleType) -> None:
        self.root = root
        self.specs = root / "specs"
        self.codegen = codegen

    @property
    def manifest(self) -> Path:
        return self.specs / "manifest.toml"

    def document(self, file: str) -> dict[str, Any]:
        return json.loads((self.specs / "openapi" / file).read_text())

    def write_document(self, file: str, document: dict[str, Any], data: bytes | None = None) -> None:
        """Replace a vendored document and re-record its sha256, as if it had been adopted so."""
        path = self.specs / "openapi" / file
        path.write_bytes(self.codegen.normalize.render(document) if data is None else data)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        text = self.manifest.read_text()
        pattern = rf'(file = "{re.escape(file)}"\n(?:.*\n)*?sha256 = )"[0-9a-f]+"'
        self.manifest.write_text(re.sub(pattern, rf'\g<1>"{digest}"', text, count=1))

    def add_patch(self, name: str, domain: str, operations: list[dict[str, Any]]) -> None:
        patch = {"domain": domain, "reason": "test", "evidence": "test", "operations": operations}
        (self.specs / "patches" / name).write_text(json.dumps(patch))

    def spare_domain(self) -> tuple[str, str]:
        """(key, file) of a vendored domain that no action calls and no patch edits, which a test may drop (the
        first such in the manifest: whatever the adopted documents are, the tests need no particular one)."""
        patched = {json.loads(p.read_text())["domain"] for p in (self.specs / "patches").glob("*.json")}
        called = {domain for domain, _ in self.codegen.action_operations()}
        for entry in self.codegen.load_manifest()["domain"]:
            if entry["key"] not in patched | called:
                return entry["key"], entry["file"]
        raise AssertionError("every vendored domain is called by an action or patched")

    def snapshot(self) -> dict[str, bytes]:
        return {str(p.relative_to(self.specs)): p.read_bytes() for p in sorted(self.specs.rglob("*")) if p.is_file()}

    def downloads(self, target: Path) -> Path:
        """A download folder made of the vendored documents (normalizing them again changes nothing); a supplement
        cut from a vendored document (no `original_sha256`) is no download and stays out."""
        for entry in self.codegen.manifest_entries(self.codegen.load_manifest()):
            if "original_sha256" not in entry:
                continue
            (target / entry["file"]).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.specs / "openapi" / entry["file"], target / entry["file"])
        return target


@pytest.fixture
def workspace(tmp_path: Path, codegen: ModuleType, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    root = tmp_path / "repo"
    specs = root / "specs"
    specs.mkdir(parents=True)
    for name in ("openapi", "patches"):
        shutil.copytree(codegen.SPECS / name, specs / name)
    for name in ("manifest.toml", "CHANGELOG.md"):
        shutil.copyfile(codegen.SPECS / name, specs / name)
    generated = root / "generated"
    generated.mkdir()
    (generated / "sentinel.txt").write_text("untouched")
    for name, value in {
        "ROOT": root,
        "SPECS": specs,
        "MANIFEST": specs / "manifest.toml",
        "DOCUMENTS": specs / "openapi",
        "CHANGELOG": specs / "CHANGELOG.md",
        "PATCHES": specs / "patches",
        "GENERATED": generated,
        "STUB_DIR": generated,
    }.items():
        monkeypatch.setattr(codegen, name, value)
    return Workspace(root, codegen)


def fail(codegen: ModuleType, capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    """Run a codegen command that must fail; its stderr lines."""
    assert codegen.main(list(argv)) == 1
    return capsys.readouterr().err.strip().splitlines()


def assert_untouched(workspace: Workspace, before: dict[str, bytes]) -> None:
    assert [p.name for p in (workspace.root / "generated").iterdir()] == ["sentinel.txt"]
    assert workspace.snapshot() == before
