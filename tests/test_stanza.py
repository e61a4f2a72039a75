"""The stanza backend: conversion into the neutral document, local models only, end to end.

The end-to-end tests use the tiny models that fixtures/stanza/build_models.py trains
from the annotated articles; they check the document's shape and validity against the
spaCy backend's on the same text, not the accuracy of those models.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

import eventx
from eventx.backends.stanza import MODEL_DIR_VARIABLE, StanzaBackend, to_document
from eventx.document import ENTITY_LABELS, Document
from eventx.errors import ModelNotFoundError
from eventx.models import Span
from eventx.registry import extractor_names

from conftest import FIXTURES, load_gold

MODELS = FIXTURES / "stanza" / "models"

FR_CONTRACTION = """# text = Il parle du Mali.
1\tIl\til\tPRON\t_\tPerson=3\t2\tnsubj\t_\tstart_char=0|end_char=2
2\tparle\tparler\tVERB\t_\tMood=Ind\t0\troot\t_\tstart_char=3|end_char=8
3-4\tdu\t_\t_\t_\t_\t_\t_\t_\tstart_char=9|end_char=11
3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_
4\tle\tle\tDET\t_\tDefinite=Def|Gender=Masc\t5\tdet\t_\t_
5\tMali\tMali\tPROPN\t_\t_\t2\tobl:arg\t_\tstart_char=12|end_char=16|ner=S-LOC
6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\tstart_char=16|end_char=17
"""
EN_SPELLED_OUT = """# text = I don't know Barack Obama.
1\tI\tI\tPRON\t_\t_\t4\tnsubj\t_\tstart_char=0|end_char=1
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tstart_char=2|end_char=7
2\tdo\tdo\tAUX\t_\t_\t4\taux\t_\t_
3\tn't\tnot\tPART\t_\t_\t4\tadvmod\t_\t_
4\tknow\tknow\tVERB\t_\t_\t0\troot\t_\tstart_char=8|end_char=12
5\tBarack\tBarack\tPROPN\t_\t_\t4\tobj\t_\tstart_char=13|end_char=19|ner=B-PERSON
6\tObama\tObama\tPROPN\t_\t_\t5\tflat\t_\tstart_char=20|end_char=25|ner=E-PERSON
7\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\tstart_char=25|end_char=26
"""


def _stanza_doc(conllu: str):
    """A stanza Document read from CoNLL-U, with its entities built from the NER tags."""
    from stanza.utils.conll import CoNLL

    doc = CoNLL.conll2doc(input_str=conllu)
    doc.build_ents()
    return doc


def _text_of(conllu: str) -> str:
    """The sentence text of a one-sentence CoNLL-U string."""
    return conllu.split("# text = ", 1)[1].split("\n", 1)[0]


def _assert_valid(doc: Document) -> None:
    """Offsets point into the text, tokens are ordered, sentences and entities sit on tokens."""
    previous_end = 0
    for tok in doc.tokens:
        assert doc.text[tok.start : tok.end] == tok.text and tok.text.strip() == tok.text != ""
        assert tok.start >= previous_end
        previous_end = tok.end
        assert 0 <= tok.head < len(doc.tokens) and doc.tokens[tok.head].sent == tok.sent
        assert (tok.dep == "root") == tok.is_root
    covered = [i for s in doc.sents for i in range(s.start_token, s.end_token)]
    assert covered == list(range(len(doc.tokens)))
    for s in doc.sents:
        assert (s.start, s.end) == (doc.tokens[s.start_token].start, doc.tokens[s.end_token - 1].end)
    for e in doc.ents:
        assert e.label in ENTITY_LABELS and doc.text[e.start : e.end] == e.text
        assert (e.start, e.end) == (doc.tokens[e.start_token].start, doc.tokens[e.end_token - 1].end)
        assert {t.ent for t in doc.tokens[e.start_token : e.end_token]} == {e.label}


def _spans(extraction: eventx.Extraction) -> list[Span]:
    """Every span anywhere in an extraction."""
    found: list[Span] = []

    def walk(value: object) -> None:
        if isinstance(value, Span):
            found.append(value)
        elif isinstance(value, BaseModel):
            for name in type(value).model_fields:
                walk(getattr(value, name))
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(extraction)
    return found


@pytest.mark.parametrize(
    ("conllu", "lang", "tokens"),
    [
        (FR_CONTRACTION, "fr", [("Il", "il", "PRON", "nsubj", 1), ("parle", "parler", "VERB", "root", 1),
                                ("du", "de", "ADP", "case", 3), ("Mali", "Mali", "PROPN", "obl:arg", 1),
                                (".", ".", "PUNCT", "punct", 1)]),
        (EN_SPELLED_OUT, "en", [("I", "I", "PRON", "nsubj", 3), ("do", "do", "AUX", "aux", 3),
                                ("n't", "not", "PART", "advmod", 3), ("know", "know", "VERB", "root", 3),
                                ("Barack", "Barack", "PROPN", "obj", 3), ("Obama", "Obama", "PROPN", "flat", 4),
                                (".", ".", "PUNCT", "punct", 3)]),
    ],
    ids=["fr-du-stays-one-token", "en-dont-split-in-words"],
)
def test_multi_word_tokens_keep_written_offsets(conllu: str, lang: str, tokens: list[tuple]) -> None:
    text = _text_of(conllu)
    doc = to_document(_stanza_doc(conllu), text, lang)
    _assert_valid(doc)
    assert [(t.text, t.lemma, t.pos, t.dep, t.head) for t in doc.tokens] == tokens


@pytest.mark.parametrize(
    ("conllu", "feature", "value"),
    [(FR_CONTRACTION, "Definite", "Def"), (FR_CONTRACTION, "Gender", "Masc")],
    ids=["definite-from-le", "gender-from-le"],
)
def test_contraction_token_merges_morphology_of_its_words(conllu: str, feature: str, value: str) -> None:
    doc = to_document(_stanza_doc(conllu), _text_of(conllu), "fr")
    assert doc.tokens[2].morph[feature] == value


@pytest.mark.parametrize(
    ("deprel", "dep"),
    [("root", "dep"), ("OBL:ARG", "obl:arg")],
    ids=["second-root-label-becomes-dep", "label-lower-cased"],
)
def test_dependency_labels_are_lower_case_and_root_only_at_root(deprel: str, dep: str) -> None:
    conllu = FR_CONTRACTION.replace("\t2\tobl:arg\t", f"\t2\t{deprel}\t")
    doc = to_document(_stanza_doc(conllu), _text_of(conllu), "fr")
    _assert_valid(doc)
    assert (doc.tokens[3].dep, doc.tokens[3].head) == (dep, 1)


@pytest.mark.parametrize(
    ("stanza_label", "label"),
    [("PERSON", "PER"), ("PER", "PER"), ("GPE", "LOC"), ("NORP", "MISC"), ("DATE", "DATE"), ("DISEASE", "MISC")],
    ids=["ontonotes-person", "wikiner-per", "gpe", "norp", "date-kept", "unknown-label"],
)
def test_entity_labels_map_to_neutral_set(stanza_label: str, label: str) -> None:
    conllu = EN_SPELLED_OUT.replace("-PERSON", f"-{stanza_label}")
    doc = to_document(_stanza_doc(conllu), _text_of(conllu), "en")
    _assert_valid(doc)
    assert [(e.text, e.label) for e in doc.ents] == [("Barack Obama", label)]


@pytest.mark.parametrize(
    ("layout", "reason"),
    [("empty", "no resources.json"), ("other-language", "no 'fr' entry"), ("no-tokenizer", "no tokenizer")],
    ids=["empty-dir", "language-missing", "tokenizer-missing"],
)
def test_missing_models_raise_error_saying_how_to_get_them(tmp_path: Path, layout: str, reason: str) -> None:
    if layout != "empty":
        lang = "en" if layout == "other-language" else "fr"
        (tmp_path / "resources.json").write_text(json.dumps({lang: {"packages": {"default": {"tokenize": "x"}}}}))
    with pytest.raises(ModelNotFoundError) as caught:
        StanzaBackend("fr", model_dir=tmp_path)
    message = str(caught.value)
    for needed in (reason, str(tmp_path), "stanza.download('fr'", "model_dir", MODEL_DIR_VARIABLE):
        assert needed in message


@pytest.mark.parametrize("lang", ["fr"], ids=["fr"])
def test_model_dir_comes_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    monkeypatch.setenv(MODEL_DIR_VARIABLE, str(tmp_path / "models"))
    with pytest.raises(ModelNotFoundError, match=str(tmp_path / "models")):
        eventx.Pipeline(lang, backend="stanza").backend


@pytest.mark.parametrize("module", ["stanza", "torch"], ids=["stanza", "torch"])
def test_import_eventx_does_not_import_stanza(module: str) -> None:
    code = f"import sys, eventx, eventx.registry; print({module!r} in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.fixture(scope="module")
def stanza_pipelines() -> dict[str, eventx.Pipeline]:
    """Full eventx pipelines on the stanza backend with the tiny test models, by language."""
    return {
        lang: eventx.Pipeline(lang, backend="stanza", backend_options={"model_dir": str(MODELS)})
        for lang in ("fr", "en")
    }


GOLD = {doc["id"]: doc for doc in load_gold()}
SAMPLE = [min(doc_id for doc_id, doc in GOLD.items() if doc["lang"] == lang) for lang in ("en", "fr")]
"""One annotated article per language."""


@pytest.mark.model
@pytest.mark.parametrize("doc_id", SAMPLE, ids=SAMPLE)
def test_stanza_document_is_valid_and_agrees_with_spacy(
    stanza_pipelines: dict[str, eventx.Pipeline], parse, doc_id: str
) -> None:
    gold = GOLD[doc_id]
    text, lang = gold["text"], gold["lang"]
    ours = stanza_pipelines[lang].backend.parse(text)
    theirs = parse(text, lang)
    _assert_valid(ours)
    assert ours.text == text and ours.lang == lang
    line_starts = {k + 1 for k, c in enumerate(text) if c == "\n"} | {0}
    sentence_lines = {s.start for s in ours.sents} & line_starts
    assert sentence_lines == {s.start for s in theirs.sents} & line_starts
    spacy_tokens = {(t.start, t.end) for t in theirs.tokens}
    shared = spacy_tokens & {(t.start, t.end) for t in ours.tokens}
    assert len(shared) >= 0.8 * len(spacy_tokens)
    names = {(e.start, e.end, e.label) for e in theirs.ents if e.label in {"PER", "ORG", "LOC", "MISC"}}
    assert names & {(e.start, e.end, e.label) for e in ours.ents}


@pytest.mark.model
@pytest.mark.parametrize("doc_id", SAMPLE, ids=SAMPLE)
def test_extractors_run_unchanged_on_stanza(stanza_pipelines: dict[str, eventx.Pipeline], doc_id: str) -> None:
    gold = GOLD[doc_id]
    result = stanza_pipelines[gold["lang"]](gold["text"], published=gold["published"], id=doc_id)
    assert (result.lang, result.id) == (gold["lang"], doc_id)
    for span in _spans(result):
        assert gold["text"][span.start : span.end] == span.text
    items = [*result.participants, *result.meetings, *result.statements, *result.figures]
    known = {*extractor_names(), "resolve.v1"}
    for item in items:
        assert 0.0 <= item.confidence <= 1.0 and item.extractor in known
    assert eventx.Extraction.model_validate_json(result.model_dump_json()) == result


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "contraction", "first_word"),
    [("Le ministre du Mali a rencontré le président au Caire.", "du", "de"),
     ("Le ministre du Mali a rencontré le président au Caire.", "au", "à")],
    ids=["du", "au"],
)
def test_french_contraction_is_one_token_with_written_offsets(
    stanza_pipelines: dict[str, eventx.Pipeline], text: str, contraction: str, first_word: str
) -> None:
    doc = stanza_pipelines["fr"].backend.parse(text)
    _assert_valid(doc)
    token = doc.token_at(text.index(f" {contraction} ") + 1)
    assert (token.text, token.lemma) == (contraction, first_word)


@pytest.mark.model
@pytest.mark.parametrize("lang", ["fr", "en"], ids=["fr", "en"])
def test_stanza_pipeline_from_config_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     seed_text: str, lang: str) -> None:
    config = tmp_path / "pipeline.toml"
    config.write_text(f'lang = "{lang}"\nbackend = "stanza"\n[backend_options]\nmodel_dir = {json.dumps(str(MODELS))}\n')
    from_file = eventx.Pipeline.from_config(config)
    monkeypatch.setenv(MODEL_DIR_VARIABLE, str(MODELS))
    from_env = eventx.Pipeline(lang, backend="stanza")
    assert from_file(seed_text) == from_env(seed_text)


@pytest.mark.model
@settings(max_examples=10, deadline=None)
@given(text=st.text(st.characters(codec="utf-8"), max_size=200))
@example(text="\ud800 du \n\n  au\t")
@example(text="")
def test_stanza_backend_gives_valid_document_for_any_text(stanza_pipelines: dict[str, eventx.Pipeline], text: str) -> None:
    _assert_valid(stanza_pipelines["fr"].backend.parse(text))
