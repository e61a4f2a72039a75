"""`eventx.testing` builders and assertion, the pytest plugin, and the runnable example of docs/testing.md."""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

import eventx.testing
from eventx.models import Extraction, Span
from eventx.testing import (
    BUILT_BY,
    assert_extractions_equal,
    make_extraction,
    make_figure,
    make_meeting,
    make_participant,
    make_span,
    make_statement,
)

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "testing.md"
TEXT = (
    "Le 21 novembre, Sergey Lavrov a rencontré Ayman Safadi à Moscou. "
    "« Nous voulons la paix », a déclaré Lavrov. Selon Safadi, 12 000 Palestiniens sont morts."
)
_BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)


def _spans(value: object) -> list[Span]:
    """Every `Span` inside a result, at any depth."""
    if isinstance(value, Span):
        return [value]
    if isinstance(value, (list, tuple)):
        return [s for item in value for s in _spans(item)]
    if isinstance(value, BaseModel):
        return [s for name in type(value).model_fields for s in _spans(getattr(value, name))]
    return []


def _example() -> Extraction:
    """A result with one item of each kind, built on TEXT."""
    return make_extraction(
        meetings=[
            make_meeting(
                TEXT, trigger="a rencontré", participants=["Sergey Lavrov", "Ayman Safadi"], date="2023-11-21",
                date_text="21 novembre", location="Moscou", location_country="RU",
            )
        ],
        statements=[
            make_statement(TEXT, content="Nous voulons la paix", speaker=make_span(TEXT, "Lavrov", occurrence=2),
                           speakers=[make_participant("Sergey Lavrov", text=TEXT, aliases=["Lavrov"])], cue="a déclaré"),
        ],
        figures=[make_figure(TEXT, span="12 000", subject="Palestiniens", category="deaths")],
    )


def test_builders_give_spans_into_the_text() -> None:
    spans = _spans(_example())
    assert len(spans) >= 10
    assert all(TEXT[s.start : s.end] == s.text for s in spans)


@pytest.mark.parametrize(
    ("part", "occurrence", "start"),
    [pytest.param("Lavrov", 1, 23, id="first"), pytest.param("Lavrov", 2, TEXT.rindex("Lavrov"), id="second")],
)
def test_make_span_finds_the_chosen_appearance(part: str, occurrence: int, start: int) -> None:
    assert make_span(TEXT, part, occurrence=occurrence) == Span(start=start, end=start + len(part), text=part)


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(lambda: make_span(TEXT, "Lavrov", occurrence=3), id="span-third-appearance"),
        pytest.param(lambda: make_participant("Blinken", text=TEXT), id="participant"),
        pytest.param(lambda: make_meeting(TEXT, trigger="a parlé"), id="meeting-trigger"),
        pytest.param(lambda: make_statement(TEXT, content="Nous refusons"), id="statement-content"),
        pytest.param(lambda: make_figure(TEXT, span="300"), id="figure-span"),
        pytest.param(lambda: make_figure("Des milliers de morts.", span="milliers"), id="figure-without-digits"),
    ],
)
def test_builders_refuse_parts_missing_from_the_text(build) -> None:
    with pytest.raises(ValueError):
        build()


def test_participant_mentions_default_to_every_appearance_of_name_and_aliases() -> None:
    lavrov = make_participant("Sergey Lavrov", text=TEXT, aliases=["Lavrov"])
    assert [m.text for m in lavrov.mentions] == ["Sergey Lavrov", "Lavrov", "Lavrov"]
    assert [m.start for m in lavrov.mentions] == sorted(m.start for m in lavrov.mentions)


def test_meeting_adds_its_host_to_the_participants() -> None:
    meeting = make_meeting(TEXT, trigger="a rencontré", participants=["Ayman Safadi"], host="Sergey Lavrov")
    assert [p.name for p in meeting.participants] == ["Sergey Lavrov", "Ayman Safadi"]
    assert meeting.host == meeting.participants[0]


@pytest.mark.parametrize(
    ("text", "content", "mode"),
    [
        pytest.param("« Nous voulons la paix », a-t-il dit.", "Nous voulons la paix", "direct", id="guillemets"),
        pytest.param('He said: "We want peace."', "We want peace.", "direct", id="double-quotes"),
        pytest.param("Il a dit que la paix était possible.", "la paix était possible", "indirect", id="reported"),
    ],
)
def test_statement_mode_follows_the_quotation_marks(text: str, content: str, mode: str) -> None:
    assert make_statement(text, content=content).mode == mode


@pytest.mark.parametrize(
    ("written", "value"),
    [
        pytest.param("12 000", 12000, id="space-grouped"),
        pytest.param("12,000", 12000, id="comma-grouped"),
        pytest.param("2,5 millions", 2.5, id="decimal-comma"),
        pytest.param("0.75 %", 0.75, id="decimal-point"),
        pytest.param("1 234,5", 1234.5, id="grouped-and-decimal"),
    ],
)
def test_figure_value_defaults_to_the_number_written(written: str, value: float) -> None:
    assert make_figure(f"Il y a eu {written} cas.", span=written).value == value


def test_extraction_lists_each_named_participant_once_in_order() -> None:
    assert [p.name for p in _example().participants] == ["Sergey Lavrov", "Ayman Safadi"]


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"confidence": 0.2}, id="confidence"),
        pytest.param({"extractor": "figures.other.v3"}, id="extractor"),
        pytest.param({"confidence": 0.5, "extractor": "figures.other.v3"}, id="both"),
    ],
)
def test_assertion_ignores_provenance(change: dict) -> None:
    expected = _example()
    figure = expected.figures[0].model_copy(update=change)
    assert_extractions_equal(expected.model_copy(update={"figures": [figure]}), expected)


def test_assertion_fails_with_a_diff_of_what_differs() -> None:
    expected = _example()
    figure = expected.figures[0].model_copy(update={"category": "injuries"})
    with pytest.raises(AssertionError) as failure:
        assert_extractions_equal(expected.model_copy(update={"figures": [figure]}), expected)
    lines = str(failure.value).splitlines()
    assert '-      "category": "deaths",' in lines
    assert '+      "category": "injuries",' in lines
    assert not any("confidence" in line or BUILT_BY in line for line in lines)


def test_assertion_compares_provenance_when_told_to() -> None:
    expected = _example()
    figure = expected.figures[0].model_copy(update={"confidence": 0.2})
    with pytest.raises(AssertionError, match="confidence"):
        assert_extractions_equal(expected.model_copy(update={"figures": [figure]}), expected, ignore=())


@given(st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=8).filter(str.strip), st.text(max_size=40))
def test_participant_mentions_are_exact_on_any_text(before: str, name: str, after: str) -> None:
    text = before + name + after
    participant = make_participant(name, text=text)
    assert participant.mentions
    assert all(text[m.start : m.end] == name for m in participant.mentions)


def _run_pytest(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run pytest on a directory with only the eventx plugin loaded, as a user's project would."""
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    command = [sys.executable, "-m", "pytest", "-p", "eventx.pytest_plugin", "-p", "no:cacheprovider", "-q",
               "-W", "error", "--rootdir", str(directory), *args, str(directory)]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=directory)


def _guide_blocks() -> list[tuple[str, str]]:
    """The fenced blocks of the testing guide, as (language, code)."""
    return _BLOCK.findall(GUIDE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("args", "lang"),
    [pytest.param((), "fr", id="default"), pytest.param(("--eventx-lang", "en"), "en", id="command-line")],
)
def test_plugin_pipeline_fixture_follows_the_language_option(tmp_path: Path, args: tuple[str, ...], lang: str) -> None:
    (tmp_path / "test_lang.py").write_text(
        "def test_lang(eventx_pipeline, eventx_pipelines):\n"
        f"    assert eventx_pipeline.lang == {lang!r}\n"
        f"    assert eventx_pipelines({lang!r}) is eventx_pipeline\n"
    )
    done = _run_pytest(tmp_path, *args)
    assert done.returncode == 0, done.stdout + done.stderr


def test_plugin_assertion_fixture_reports_the_diff(tmp_path: Path) -> None:
    (tmp_path / "test_diff.py").write_text(
        "from eventx.models import Extraction\n"
        "def test_diff(assert_extractions_equal):\n"
        "    assert_extractions_equal(Extraction(lang='en'), Extraction(lang='fr'))\n"
    )
    done = _run_pytest(tmp_path)
    assert done.returncode == 1
    assert '-  "lang": "fr",' in done.stdout and '+  "lang": "en",' in done.stdout


def test_guide_failure_example_prints_the_diff_shown() -> None:
    blocks = _guide_blocks()
    snippets = [(code, blocks[k + 1][1]) for k, (lang, code) in enumerate(blocks)
                if lang == "python" and not code.startswith("# test_") and blocks[k + 1][0] == "text"]
    assert snippets
    for code, shown in snippets:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(code, str(GUIDE), "exec"), {})
        assert printed.getvalue() == shown


@pytest.mark.model
def test_guide_example_test_file_passes_twice(tmp_path: Path) -> None:
    files = [code for lang, code in _guide_blocks() if lang == "python" and code.startswith("# test_")]
    assert files
    for code in files:
        (tmp_path / code.splitlines()[0].removeprefix("# ").strip()).write_text(code, encoding="utf-8")
    first, second = _run_pytest(tmp_path), _run_pytest(tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    assert second.returncode == 0, second.stdout + second.stderr
    assert re.search(r"\b4 passed\b", second.stdout), second.stdout
    assert list((tmp_path / "snapshots").glob("*.json"))


def test_module_examples_run_as_written() -> None:
    outcome = doctest.testmod(eventx.testing)
    assert outcome.attempted > 0
    assert outcome.failed == 0
