"""Third-party extractors: entry points, the decorator, broken plugins, and the docs example."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import eventx
from eventx import registry
from eventx.document import Document
from eventx.errors import PluginWarning, UnknownNameError
from eventx.pipeline import DEFAULT_EXTRACTORS, Pipeline

from conftest import word_document

ROOT = Path(__file__).resolve().parent.parent
PLUGINS_DOC = ROOT / "docs" / "plugins.md"


def _blocks(language: str) -> list[str]:
    """The fenced code blocks of one language in docs/plugins.md, in order."""
    text = PLUGINS_DOC.read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


def _install(site: Path, dist: str, modules: dict[str, str], entry_points: dict[str, str]) -> None:
    """Install a package into `site` as pip would: its modules and a dist-info with entry points."""
    for name, source in modules.items():
        (site / f"{name}.py").write_text(source, encoding="utf-8")
    info = site / f"{dist}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n", encoding="utf-8")
    lines = "".join(f"{name} = {target}\n" for name, target in entry_points.items())
    (info / "entry_points.txt").write_text(f"[{registry.ENTRY_POINT_GROUP}]\n{lines}", encoding="utf-8")


def _documented_entry_points() -> dict[str, str]:
    """The entry points declared in the docs example's pyproject.toml block."""
    declared = tomllib.loads(_blocks("toml")[0])["project"]["entry-points"]
    return declared[registry.ENTRY_POINT_GROUP]


@pytest.fixture
def fresh_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """A registry that has not yet read entry points and holds no run-time registrations."""
    monkeypatch.setattr(registry, "_registered", {})
    monkeypatch.setattr(registry, "_entry_points_loaded", False)


@pytest.fixture
def percent_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_registry: None) -> str:
    """The docs example package installed on the path; its extractor's name."""
    _install(tmp_path, "eventx_percent", {"eventx_percent": _blocks("python")[0]}, _documented_entry_points())
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "eventx_percent", raising=False)
    return next(iter(_documented_entry_points()))


@pytest.fixture
def broken_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_registry: None) -> Path:
    """A package whose entry point fails to import, installed on the path; the path."""
    _install(
        tmp_path,
        "eventx_broken",
        {"eventx_broken": "raise RuntimeError('this plugin is broken')\n"},
        {"broken.v1": "eventx_broken:SPEC"},
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Turnout reached 45 % on Sunday .", [45.0]), ("No sign here , 45 percent .", [])],
    ids=["sign", "no-sign"],
)
def test_entry_point_extractor_runs_next_to_builtins_under_its_own_name(
    percent_plugin: str, text: str, expected: list[float]
) -> None:
    pipeline = Pipeline("en", extractors=[*DEFAULT_EXTRACTORS, percent_plugin])
    result = pipeline.run(word_document(text))
    mine = [f for f in result.figures if f.extractor == percent_plugin]
    assert [f.value for f in mine] == expected
    for figure in mine:
        assert text[figure.span.start : figure.span.end] == figure.span.text


@pytest.mark.parametrize("min_value", [1.0, 50.0], ids=["below-value", "above-value"])
def test_entry_point_extractor_receives_its_options(percent_plugin: str, min_value: float) -> None:
    pipeline = Pipeline("en", extractors=[percent_plugin], options={percent_plugin: {"min_value": min_value}})
    values = [f.value for f in pipeline.run(word_document("Up 45 % and 0.5 % .")).figures]
    assert values == [v for v in (45.0, 0.5) if v >= min_value]


@pytest.mark.parametrize("name", ["percent.v1"], ids=["plugin"])
def test_entry_point_extractor_is_listed_and_suggested(percent_plugin: str, name: str) -> None:
    assert name in eventx.extractor_names()
    with pytest.raises(UnknownNameError, match=re.escape(name)):
        Pipeline("en", extractors=["percent.v9"])


@pytest.mark.parametrize("name", ["echo.upper.v1"], ids=["decorator"])
def test_decorator_registers_extractor_for_pipelines(fresh_registry: None, name: str) -> None:
    @eventx.register_extractor(name, assigns="figures")
    def extract_upper(doc: Document, found: object, /) -> list[eventx.Figure]:
        """One figure per upper-case word, counting its letters."""
        return [
            eventx.Figure(value=len(t.text), category="other", span=doc.token_span(t.i, t.i), confidence=0.5, extractor=name)
            for t in doc.tokens
            if t.text.isupper()
        ]

    result = Pipeline("en", extractors=[name]).run(word_document("the UN and NATO met"))
    assert [(f.span.text, f.value, f.extractor) for f in result.figures] == [("UN", 2, name), ("NATO", 4, name)]


@pytest.mark.parametrize("product", ["people", "figure"], ids=["unknown-kind", "singular"])
def test_decorator_rejects_unknown_product(fresh_registry: None, product: str) -> None:
    with pytest.raises(UnknownNameError, match="figures"):
        eventx.register_extractor("bad.v1", assigns=product)  # type: ignore[arg-type]


@pytest.mark.parametrize("entry_point", ["broken.v1"], ids=["import-error"])
def test_broken_plugin_warns_with_its_name_and_builtins_still_work(broken_plugin: Path, entry_point: str) -> None:
    with pytest.warns(PluginWarning, match=re.escape(entry_point)):
        names = eventx.extractor_names()
    assert set(DEFAULT_EXTRACTORS) <= set(names)
    assert entry_point not in names
    assert [s.name for s in Pipeline("fr").extractors] == list(DEFAULT_EXTRACTORS)


@pytest.mark.parametrize("entry_point", ["broken.v1"], ids=["import-error"])
def test_broken_plugin_does_not_break_import(broken_plugin: Path, entry_point: str) -> None:
    code = (
        "import warnings; warnings.simplefilter('error'); import eventx; print('imported'); "
        "warnings.simplefilter('always'); import eventx.registry as r\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    eventx.extractor_names()\n"
        "print([str(w.message) for w in caught])"
    )
    env = {"PYTHONPATH": str(broken_plugin), "PATH": ""}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    imported, messages = done.stdout.splitlines()
    assert imported == "imported"
    assert entry_point in messages


@pytest.mark.parametrize("name", ["percent.v1"], ids=["plugin-in-config"])
def test_docs_configuration_example_builds_pipeline(percent_plugin: str, tmp_path: Path, name: str) -> None:
    config = tmp_path / "pipeline.toml"
    config.write_text(_blocks("toml")[1], encoding="utf-8")
    pipeline = Pipeline.from_config(config)
    assert [s.name for s in pipeline.extractors] == [*DEFAULT_EXTRACTORS, name]
    assert pipeline.options == {name: {"min_value": 1}}


@pytest.mark.model
@pytest.mark.parametrize("block", [1], ids=["usage"])
def test_docs_usage_example_runs(percent_plugin: str, block: int) -> None:
    exec(compile(_blocks("python")[block], str(PLUGINS_DOC), "exec"), {})
