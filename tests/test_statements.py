"""Statements: reported speech, source phrases and direct quotes, with their speakers."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from eventx.document import Document
from eventx.drafts import StatementDraft
from eventx.extractors.statements import STATEMENTS_RULES_V1, extract_statements
from eventx.pipeline import Findings
from eventx.testing import make_document

SEED_PARTICIPANTS = {
    "Sergey Lavrov",
    "Faisal bin Farhan Al Saud",
    "Sameh Shoukri",
    "Retno Marsudi",
    "Ayman Safadi",
    "Riyad al-Maliki",
    "Hissein Brahim Taha",
}


def _reported_speech_document() -> Document:
    """'Lavrov a déclaré que la paix est possible.' with its French parse written by hand."""
    return make_document(
        "Lavrov a déclaré que la paix est possible.",
        heads=[2, 2, 2, 7, 5, 7, 7, 2, 2],
        deps=["nsubj", "aux:tense", "root", "mark", "det", "nsubj", "cop", "ccomp", "punct"],
        pos=["PROPN", "AUX", "VERB", "SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
        lemmas=["Lavrov", "avoir", "déclarer", "que", "le", "paix", "être", "possible", "."],
        ents={"Lavrov": "PER"},
    )


def _statements(doc: Document) -> list[StatementDraft]:
    """The statement drafts of a document, with nothing found before."""
    return list(extract_statements(doc, Findings()))


def test_statements_extractor_is_registered_after_mentions_and_meetings() -> None:
    assert STATEMENTS_RULES_V1.name == "statements.rules.v1"
    assert STATEMENTS_RULES_V1.requires == ("mentions", "meetings")


def test_statements_reported_clause_without_subordinator() -> None:
    [statement] = _statements(_reported_speech_document())
    assert statement.content.text == "la paix est possible"
    assert statement.mode == "indirect"
    assert statement.cue is not None and statement.cue.text == "a déclaré"
    assert statement.speaker is not None
    assert [m.span.text for m in statement.speaker.mentions] == ["Lavrov"]
    assert statement.speaker.mentions[0].kind == "person"


def test_statements_negated_cue_reports_nothing() -> None:
    doc = make_document(
        "Lavrov ne déclara pas que la paix est possible.",
        heads=[2, 2, 2, 2, 8, 6, 8, 8, 2, 2],
        deps=["nsubj", "advmod", "root", "advmod", "mark", "det", "nsubj", "cop", "ccomp", "punct"],
        pos=["PROPN", "ADV", "VERB", "ADV", "SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
        lemmas=["Lavrov", "ne", "déclarer", "pas", "que", "le", "paix", "être", "possible", "."],
        ents={"Lavrov": "PER"},
    )
    assert _statements(doc) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("« Une phrase jamais fermée, dit-il", id="unclosed-guillemet"),
        pytest.param('He said "yes. And " then "', id="odd-straight-quotes"),
        pytest.param("» fermé « ouvert\n\n« autre paragraphe", id="reversed-marks"),
        pytest.param("“ ” „ “ ‹ › « »", id="empty-quotes"),
    ],
)
def test_statements_stray_quote_marks_never_crash(text: str) -> None:
    for statement in _statements(make_document(text)):
        assert text[statement.content.start : statement.content.end] == statement.content.text


@given(st.text(alphabet=st.sampled_from(list("ab «»“”\"„‹›.,:\n")), max_size=60))
@example('"a" b. "')
def test_statements_spans_always_match_the_text(text: str) -> None:
    doc = make_document(text)
    for statement in _statements(doc):
        for span in (statement.content, statement.cue, statement.speaker.span if statement.speaker else None):
            if span is not None:
                assert text[span.start : span.end] == span.text
        assert 0 <= statement.confidence <= 1
        assert statement.extractor == "statements.rules.v1"


@pytest.mark.model
def test_statements_seed_group_speakers_are_the_meeting_participants(fr_pipeline, seed_text) -> None:
    result = fr_pipeline(seed_text)
    groups = [s for s in result.statements if s.speaker_mention and s.speaker_mention.text.lower() in {"ils", "les participants"}]
    assert len(groups) >= 6
    for statement in groups:
        assert {p.name for p in statement.speakers} == SEED_PARTICIPANTS


@pytest.mark.model
def test_statements_seed_source_and_la_source_are_the_ministry(fr_pipeline, seed_text) -> None:
    result = fr_pipeline(seed_text)
    by_cue = {}
    for statement in result.statements:
        if statement.cue is not None:
            by_cue.setdefault(statement.cue.text.lower(), statement)
    according = by_cue["selon"]
    assert according.speaker_mention is not None and "communiqué" in according.speaker_mention.text
    assert [p.name for p in according.speakers] == ["ministère russe des Affaires étrangères"]
    source = by_cue["précise"]
    assert source.speaker_mention is not None and source.speaker_mention.text == "la source"
    assert source.content.text.startswith("Ces négociations")
    assert [p.name for p in source.speakers] == ["ministère russe des Affaires étrangères"]


@pytest.mark.model
def test_statements_seed_journalist_sentences_are_not_statements(fr_pipeline, seed_text) -> None:
    result = fr_pipeline(seed_text)
    contents = " ".join(s.content.text for s in result.statements)
    assert "Cette escalade sans précédent" not in contents
    assert "La Russie se positionne" not in contents


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "content", "speaker", "mode"),
    [
        pytest.param(
            "fr",
            "« Nous sommes confrontés à une crise mondiale », a déclaré António Guterres.",
            "Nous sommes confrontés à une crise mondiale",
            "António Guterres",
            "direct",
            id="fr-quote-then-inverted-cue",
        ),
        pytest.param(
            "fr",
            "Ces négociations devraient aboutir à un accord durable, a souligné Sergueï Lavrov.",
            "Ces négociations devraient aboutir à un accord durable",
            "Sergueï Lavrov",
            "indirect",
            id="fr-incise-inverted-subject",
        ),
        pytest.param(
            "fr",
            "Selon le ministère russe des Affaires étrangères, la réunion a été constructive.",
            "la réunion a été constructive",
            "ministère russe des Affaires étrangères",
            "indirect",
            id="fr-selon",
        ),
        pytest.param(
            "fr",
            "Pour Jérémie Zimmermann, « Ce vote est une immense victoire ! »",
            "Ce vote est une immense victoire !",
            "Jérémie Zimmermann",
            "direct",
            id="fr-pour-x-then-quote",
        ),
        pytest.param(
            "en",
            '"We work closely together," Carl Bildt said.',
            "We work closely together,",
            "Carl Bildt",
            "direct",
            id="en-quote-then-cue",
        ),
        pytest.param(
            "en",
            "Angela Merkel stated that Georgia's territorial integrity has to be respected.",
            "Georgia's territorial integrity has to be respected",
            "Angela Merkel",
            "indirect",
            id="en-that-clause",
        ),
        pytest.param(
            "en",
            "According to the Saudi Interior Ministry, over 345 pilgrims have been killed in a stampede.",
            "over 345 pilgrims have been killed in a stampede",
            "Saudi Interior Ministry",
            "indirect",
            id="en-according-to",
        ),
    ],
)
def test_statements_content_and_named_speaker(parse, lang, text, content, speaker, mode) -> None:
    doc = parse(text, lang)
    [statement] = _statements(doc)
    assert statement.content.text.rstrip(",") == content.rstrip(",")
    assert statement.mode == mode
    assert statement.speaker is not None
    assert speaker in {m.span.text for m in statement.speaker.mentions}


@pytest.mark.model
def test_statements_two_cues_in_one_sentence_give_two_statements(parse) -> None:
    doc = parse(
        "Le Conseil a condamné l'extrémisme violent et le terrorisme, en exigeant des combattants qu'ils désarment.",
        "fr",
    )
    statements = _statements(doc)
    assert len(statements) == 2
    assert "exigeant" not in statements[0].content.text


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        pytest.param(
            "en",
            "Gordon Brown met George Bush in Washington. He said that the bond between the two countries was getting stronger.",
            "Gordon Brown",
            id="en-he-after-named-speaker",
        ),
        pytest.param(
            "fr",
            "Arnaud Montebourg a déclaré que le nucléaire est une filière d'avenir. Il a ajouté que le parc doit être rééquilibré.",
            "Arnaud Montebourg",
            id="fr-il-follows-last-speaker",
        ),
    ],
)
def test_statements_pronoun_resolved_to_antecedent(lang, text, speaker, fr_pipeline, en_pipeline) -> None:
    pipeline = {"fr": fr_pipeline, "en": en_pipeline}[lang]
    result = pipeline(text)
    pronoun = [s for s in result.statements if s.speaker_mention and s.speaker_mention.text.lower() in {"he", "il"}]
    assert pronoun
    assert [p.name for p in pronoun[-1].speakers] == [speaker]
