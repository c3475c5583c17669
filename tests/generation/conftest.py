import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_codegen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("codegen", ROOT / "specs" / "codegen.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["codegen"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def codegen() -> ModuleType:
    return load_codegen()


@pytest.fixture(scope="session")
def specs_dir(codegen: ModuleType) -> Path:
    path: Path = codegen.default_specs_dir()
    assert path.is_dir(), f"the vendored specs are needed for these tests: {path}"
    return path


@pytest.fixture(scope="session")
def patched_documents(codegen: ModuleType, specs_dir: Path) -> dict:
    return codegen.build_documents(codegen.verify(specs_dir), specs_dir)
