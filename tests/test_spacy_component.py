"""The `eventx` spaCy component gives the same result as `eventx.extract`, on the pipeline's own parse."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import eventx
from eventx.backends import pieces
from eventx.backends.spacy import PIECE_LENGTH, add_sentence_rules, resolve_model
from eventx.errors import UnknownNameError
from eventx.spacy_component import FACTORY, PUBLISHED, make_eventx
from tests.conftest import load_gold

ENTRY_POINT = f"{FACTORY} = {make_eventx.__module__}:{make_eventx.__name__}"
"""The `spacy_factories` entry point eventx declares."""


def _eventx_like_pipeline(lang: str) -> Language:
    """A freshly loaded spaCy pipeline set up as eventx's own backend sets it up, plus the component.

    eventx's backend sets sentence boundaries by rule before the parser; a plain
    `spacy.load` keeps the parser's own sentence boundaries, so only a pipeline built
    this way gives exactly `eventx.extract`'s parse.
    """
    nlp = add_sentence_rules(spacy.load(resolve_model(lang)))
    nlp.add_pipe(FACTORY)
    return nlp


@pytest.fixture(scope="module")
def component_pipelines() -> dict[str, Language]:
    """One component-carrying pipeline per language, loaded once for this module."""
    return {lang: _eventx_like_pipeline(lang) for lang in ("fr", "en")}


def _doc_with_date(nlp: Language, text: str, published: str | None) -> spacy.tokens.Doc:
    """An unparsed doc carrying its publication date for the component."""
    doc = nlp.make_doc(text)
    setattr(doc._, PUBLISHED, published)
    return doc


@pytest.mark.model
@pytest.mark.parametrize("gold", load_gold(), ids=lambda gold: gold["id"])
def test_component_result_equals_extract_on_each_dev_paragraph(
    component_pipelines: dict[str, Language], gold: dict
) -> None:
    nlp = component_pipelines[gold["lang"]]
    paragraphs = [gold["text"][start:end] for start, end in pieces(gold["text"], PIECE_LENGTH)]
    docs = nlp.pipe(_doc_with_date(nlp, paragraph, gold.get("published")) for paragraph in paragraphs)
    expected = [eventx.extract(p, lang=gold["lang"], published=gold.get("published")) for p in paragraphs]
    assert [doc._.eventx for doc in docs] == expected


@pytest.mark.model
def test_component_results_survive_two_processes(component_pipelines: dict[str, Language]) -> None:
    golds = load_gold("fr")[:4]
    nlp = component_pipelines["fr"]

    def docs() -> list[spacy.tokens.Doc]:
        """Fresh unparsed docs of the articles, dates set."""
        return [_doc_with_date(nlp, gold["text"], gold.get("published")) for gold in golds]

    in_one = [doc._.eventx for doc in nlp.pipe(docs(), batch_size=2)]
    in_two = [doc._.eventx for doc in nlp.pipe(docs(), n_process=2, batch_size=2)]
    assert None not in in_one
    assert in_two == in_one
    assert [r.published for r in in_two] == [gold.get("published") for gold in golds]


@pytest.mark.model
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_component_on_a_plain_pipeline_gives_spans_into_the_text(lang: str, seed_text: str) -> None:
    nlp = spacy.load(resolve_model(lang))
    nlp.add_pipe(FACTORY)
    text = seed_text if lang == "fr" else load_gold("en")[0]["text"]
    result = nlp(text)._.eventx
    spans = [m for p in result.participants for m in p.mentions] + [s.content for s in result.statements]
    assert result.lang == lang
    assert all(text[s.start : s.end] == s.text for s in spans)


@pytest.mark.model
def test_doc_has_no_result_before_the_component_runs(component_pipelines: dict[str, Language]) -> None:
    assert component_pipelines["fr"].make_doc("Lavrov a rencontré Safadi.")._.eventx is None


@pytest.mark.parametrize("lang", ["de", "es"])
def test_component_refuses_an_unsupported_language(lang: str) -> None:
    with pytest.raises(UnknownNameError, match=lang):
        spacy.blank(lang).add_pipe(FACTORY)


def test_spacy_finds_the_factory_through_its_entry_point(tmp_path: Path) -> None:
    distribution = tmp_path / "eventx_factory_probe-0.dist-info"
    distribution.mkdir()
    (distribution / "METADATA").write_text("Metadata-Version: 2.1\nName: eventx-factory-probe\nVersion: 0\n")
    (distribution / "entry_points.txt").write_text(f"[spacy_factories]\n{ENTRY_POINT}\n")
    script = (
        "import json, sys, spacy\n"
        "before = 'eventx' in sys.modules\n"
        "nlp = spacy.blank('fr')\n"
        "nlp.add_pipe('eventx')\n"
        "print(json.dumps([before, nlp.pipe_names]))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert json.loads(done.stdout) == [False, ["eventx"]]
