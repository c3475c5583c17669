"""Bad specs or patches stop `specs`/`generate` with one clear line naming the file, leaving generated/ alone."""

import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture
def specs_copy(tmp_path: Path, specs_dir: Path, codegen: ModuleType) -> Path:
    target = tmp_path / "specs"
    (target / "legacy").mkdir(parents=True)
    for entry in [*codegen.load_manifest()["domain"], *codegen.load_manifest()["supplement"]]:
        shutil.copyfile(specs_dir / entry["file"], target / entry["file"])
    return target


@pytest.fixture
def guarded_generated(tmp_path: Path, codegen: ModuleType, monkeypatch: pytest.MonkeyPatch) -> Path:
    generated = tmp_path / "generated"
    generated.mkdir()
    (generated / "sentinel.txt").write_text("untouched")
    monkeypatch.setattr(codegen, "GENERATED", generated)
    return generated


def run(codegen: ModuleType, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert codegen.main(list(argv)) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    return err


def assert_untouched(generated: Path) -> None:
    assert [p.name for p in generated.iterdir()] == ["sentinel.txt"]


def test_missing_specs_directory(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path, guarded_generated: Path
) -> None:
    err = run(codegen, capsys, "generate", "--specs-dir", str(tmp_path / "nowhere"))
    assert "nowhere: specs directory not found" in err
    assert_untouched(guarded_generated)


def test_wrong_hash(
    codegen: ModuleType, capsys: pytest.CaptureFixture[str], specs_copy: Path, guarded_generated: Path
) -> None:
    path = specs_copy / "jpm-v2.json"
    path.write_bytes(path.read_bytes() + b"\n")
    err = run(codegen, capsys, "generate", "--specs-dir", str(specs_copy))
    assert "jpm-v2.json: sha256" in err
    assert "does not match specs/manifest.toml" in err
    assert_untouched(guarded_generated)


def test_malformed_document(
    codegen: ModuleType,
    capsys: pytest.CaptureFixture[str],
    specs_copy: Path,
    guarded_generated: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = specs_copy / "crm-v2.json"
    path.write_text('{"openapi": "3.1.0", "paths": ')
    recorded = {
        e["file"]: e["sha256"] for e in [*codegen.load_manifest()["domain"], *codegen.load_manifest()["supplement"]]
    }
    monkeypatch.setattr(codegen, "sha256", lambda p: recorded[str(p.relative_to(specs_copy))])
    err = run(codegen, capsys, "verify", "--specs-dir", str(specs_copy))
    assert "crm-v2.json: malformed JSON at line 1" in err
    err = run(codegen, capsys, "generate", "--specs-dir", str(specs_copy))
    assert "crm-v2.json: malformed JSON" in err
    assert_untouched(guarded_generated)


def test_patch_that_no_longer_applies(
    codegen: ModuleType,
    capsys: pytest.CaptureFixture[str],
    specs_copy: Path,
    tmp_path: Path,
    guarded_generated: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    patches = tmp_path / "patches"
    shutil.copytree(codegen.PATCHES, patches)
    stale = {
        "domain": "jpm",
        "reason": "test",
        "evidence": "test",
        "operations": [{"op": "replace", "path": "/components/schemas/Jpm.V2.NoSuchSchema/required", "value": []}],
    }
    (patches / "900-stale.json").write_text(json.dumps(stale))
    monkeypatch.setattr(codegen, "PATCHES", patches)
    monkeypatch.setattr(codegen, "ROOT", tmp_path)
    err = run(codegen, capsys, "generate", "--specs-dir", str(specs_copy))
    assert "patches/900-stale.json operation 0" in err
    assert "target /components/schemas/Jpm.V2.NoSuchSchema/required is gone" in err
    assert_untouched(guarded_generated)


def test_update_adopts_newer_documents(
    codegen: ModuleType, specs_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest = tmp_path / "manifest.toml"
    shutil.copyfile(codegen.MANIFEST, manifest)
    monkeypatch.setattr(codegen, "MANIFEST", manifest)
    path = specs_copy / "jpm-v2.json"
    path.write_bytes(path.read_bytes() + b"\n")
    with pytest.raises(codegen.SpecError):
        codegen.verify(specs_copy)
    assert codegen.main(["update", str(specs_copy)]) == 0
    assert codegen.verify(specs_copy)["domain"][10]["file"] == "jpm-v2.json"


def test_a_generator_warning_fails_generation(
    codegen: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    warned = (
        "Generating out\nWarning(s) encountered while generating. Client was generated, but some pieces may be "
        "missing\n\nWARNING parsing GET /tenant/{tenant}/jobs within jobs. Endpoint will not be generated."
    )

    def fake_run(command: list[str], **_: object) -> object:
        return type("Result", (), {"returncode": 0, "stdout": warned, "stderr": ""})()

    monkeypatch.setattr(codegen.subprocess, "run", fake_run)
    with pytest.raises(codegen.SpecError, match=r"jpm.json: openapi-python-client reported problems: .*Endpoint will"):
        codegen.run_generator("jpm", tmp_path / "jpm.json", tmp_path / "out")
