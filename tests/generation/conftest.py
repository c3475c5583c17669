import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.generation.specs_workspace import workspace  # noqa: F401  (a fixture of these tests)

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
def patched_documents(codegen: ModuleType) -> dict:
    """What generation reads: the vendored documents of specs/openapi/, patched. Nothing outside the repository."""
    _, documents = codegen.prepare()
    return documents
