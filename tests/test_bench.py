"""The benchmark's smoke run: every part runs and prints the rows the performance figures need.

Sizes are tiny and no timing is asserted: the figures themselves come from a full run
(`python bench/run.py --all`), reported in docs/performance.md.
"""

from __future__ import annotations

import importlib
import importlib.util
import io
import json
import sys
from contextlib import redirect_stderr, redirect_stdout
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, ROOT, load_gold

BENCH = ROOT / "bench"
QUICK = ["--quick", "--lang", "en", "--json"]
EXPECTED = {
    "throughput": ["extract_many, 1 process", "extract_many / bare nlp.pipe", "extract_many, n_process=2",
                   "n_process=2 / 1 process"],
    "linearity": ["1 kB document", "2 kB document", "4 kB document", "time per kB, 1 -> 2 kB", "time per kB, 2 -> 4 kB"],
    "memory": ["peak RSS, en pipelines loaded", "peak RSS, first / second half of the run",
               "peak RSS, one 0.01 MB en document"],
    "cold start": ["eventx extract / bare (CPU time)", "import eventx", "import spacy, torch aside", "spacy.load + eventx set-up",
                   "first parse", "extractors + resolution, first run"],
    "stanza": ["extract_many, stanza backend", "extract_many, spaCy backend, same texts",
               "eventx overhead over bare stanza: conversion", "stanza / spaCy extract_many"],
}
"""Figures each part must print (the figures the performance issues ask for), by part."""


def _bench_module(name: str) -> ModuleType:
    """A module of bench/, loaded from its file (bench/ is a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


shared = _bench_module("shared")


def _run(argv: list[str]) -> list[dict]:
    """Run bench/run.py's main in this process (its models are the session's) and return its JSON rows."""
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(BENCH))
        patch.setenv("EVENTX_STANZA_DIR", str(FIXTURES / "stanza" / "models"))
        run = importlib.import_module("run")
        with redirect_stdout(out), redirect_stderr(io.StringIO()):
            assert run.main(argv) == 0
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def quick_rows() -> list[dict]:
    """The rows of one smoke run of every part, in English (the quicker model to load)."""
    return _run(["--all", *QUICK])


@pytest.mark.model
@pytest.mark.parametrize("part", list(EXPECTED), ids=list(EXPECTED))
def test_quick_run_prints_every_figure_of_each_part(quick_rows: list[dict], part: str) -> None:
    rows = {row["figure"].strip(): row for row in quick_rows if row["part"] == part}
    for figure in EXPECTED[part]:
        assert figure in rows, f"{figure!r} missing from {sorted(rows)}"
        assert rows[figure]["measured"]
    judged = [row for row in rows.values() if row["verdict"]]
    assert all(row["verdict"] in ("ok", "MISSED") and row["target"] for row in judged)


@pytest.mark.model
@pytest.mark.parametrize("part", ["linearity"], ids=["linearity-only"])
def test_named_part_runs_alone(part: str) -> None:
    rows = _run([part, *QUICK])
    assert {row["part"] for row in rows} == {part}


@pytest.mark.parametrize("argv", [["speed"], ["throughput", "nothing"]], ids=["unknown", "one-unknown-of-two"])
def test_unknown_part_is_an_error_listing_the_parts(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(BENCH))
        run = importlib.import_module("run")
        with pytest.raises(SystemExit):
            run.parse_args(argv)
    message = capsys.readouterr().err
    assert all(part in message for part in ("throughput", "linearity", "memory", "coldstart", "stanza"))


@settings(max_examples=25, deadline=None)
@given(lang=st.sampled_from(["fr", "en"]), chars=st.integers(min_value=1, max_value=30_000))
def test_long_text_has_the_asked_length_and_grows_from_the_dev_articles(lang: str, chars: int) -> None:
    text = shared.long_text(lang, chars)
    first = load_gold(lang)[0]["text"].strip()
    assert len(text) == chars
    assert text.startswith(first[:chars].rsplit(" ", 1)[0]) if chars < len(first) else text.startswith(first)
    assert shared.long_text(lang, chars + 1_000).startswith(text.rstrip())


@pytest.mark.parametrize(
    ("met", "verdict"), [(True, "ok"), (False, "MISSED"), (None, "")], ids=["met", "missed", "no-target"]
)
def test_table_shows_each_row_with_its_verdict(met: bool | None, verdict: str) -> None:
    row = shared.Row("part", "some figure", "1.5x", ">= 1x" if met is not None else "", met)
    line = shared.table([row]).splitlines()[-1]
    assert line.startswith("some figure") and "1.5x" in line
    assert line.endswith(verdict) if verdict else line.endswith("1.5x")
