"""Pipeline construction, extractor registry and resolution, on hand-built documents (no model)."""

from __future__ import annotations

import doctest
from datetime import date

import pytest

import eventx
import eventx.testing
from eventx.drafts import MeetingDraft, Mention, SpeakerRef, StatementDraft
from eventx.lang import detect
from eventx.models import Figure
from eventx.pipeline import parse_published
from eventx.registry import ExtractorSpec
from eventx.testing import FakeBackend, make_document

TEXT = "Sergey Lavrov a rencontré Ayman Safadi. Lavrov a dit que la paix est possible."


def _mention(doc, surface, *, kind="person", occurrence=0, **fields):
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(surface, start + 1)
    return Mention(doc.span(start, start + len(surface)), kind, 0.9, "test.v1", **fields)


def _meeting_extractor(doc, found, /):
    yield MeetingDraft(
        "meeting",
        doc.span(doc.text.index("rencontré"), doc.text.index("rencontré") + 9),
        0.8,
        "test.meetings.v1",
        participants=(_mention(doc, "Sergey Lavrov"), _mention(doc, "Ayman Safadi")),
    )


def _statement_extractor(doc, found, /, *, mode="indirect"):
    start = doc.text.index("la paix")
    speaker = SpeakerRef(doc.span(doc.text.index("Lavrov a"), doc.text.index("Lavrov a") + 6), "name",
                         mentions=(_mention(doc, "Lavrov", occurrence=1),))
    yield StatementDraft(doc.span(start, len(doc.text) - 1), mode, 0.7, "test.statements.v1",
                         cue=doc.span(doc.text.index("a dit"), doc.text.index("a dit") + 5), speaker=speaker)


eventx.register_extractor("test.meetings.v1", assigns="meetings")(_meeting_extractor)
eventx.register_extractor("test.statements.v1", assigns="statements")(_statement_extractor)


def _pipeline(*names, **kwargs):
    return eventx.Pipeline("fr", backend=FakeBackend("fr"), extractors=list(names), **kwargs)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param({"extractors": ["meetings.rules.v9"]}, "meetings.rules.v1", id="unknown-extractor-lists-known"),
        pytest.param({"backend": "nltk"}, "spacy", id="unknown-backend-lists-known"),
        pytest.param({"extractors": ["meetings.rules.v1"]}, "requires ['mentions']", id="requirement-not-produced"),
        pytest.param(
            {"extractors": ["figures.rules.v1"], "options": {"meetings.rules.v1": {}}},
            "not in the pipeline",
            id="options-for-absent-extractor",
        ),
    ],
)
def test_pipeline_rejects_bad_configuration_when_built(kwargs, message):
    with pytest.raises(eventx.EventxError, match=message.replace("[", r"\[").replace("]", r"\]")):
        eventx.Pipeline("fr", **kwargs)


@pytest.mark.parametrize("lang", ["de", "", None, "FR"])
def test_pipeline_rejects_unsupported_language_listing_supported(lang):
    with pytest.raises(ValueError, match="en, fr"):
        eventx.Pipeline(lang)


def test_registered_extractor_results_carry_its_name():
    result = _pipeline("test.meetings.v1")(TEXT)
    assert [m.extractor for m in result.meetings] == ["test.meetings.v1"]
    assert "test.meetings.v1" in eventx.extractor_names()


def test_extractor_options_reach_the_extractor():
    result = _pipeline("test.statements.v1", options={"test.statements.v1": {"mode": "direct"}})(TEXT)
    assert [s.mode for s in result.statements] == ["direct"]


def test_resolution_merges_family_name_with_full_name():
    result = _pipeline("test.meetings.v1", "test.statements.v1")(TEXT)
    lavrov = result.statements[0].speakers[0]
    assert lavrov.name == "Sergey Lavrov"
    assert [m.text for m in lavrov.mentions] == ["Sergey Lavrov", "Lavrov"]
    assert lavrov in result.meetings[0].participants
    assert [p.name for p in result.participants] == ["Sergey Lavrov", "Ayman Safadi"]


def test_resolution_merges_acronym_with_the_name_it_abbreviates():
    doc = make_document("L'Organisation de la coopération islamique a parlé. L'OCI a parlé.")
    org = _mention(doc, "Organisation de la coopération islamique", kind="organization")
    acronym = _mention(doc, "OCI", kind="organization")

    def extractor(doc, found, /):
        for mention in (org, acronym):
            yield StatementDraft(doc.span(0, 3), "indirect", 0.5, "t.v1", speaker=SpeakerRef(mention.span, "name", mentions=(mention,)))

    spec = ExtractorSpec("t.v1", extractor, assigns="statements")
    pipeline = eventx.Pipeline("fr", backend=FakeBackend("fr", build=lambda text: doc), extractors=[])
    pipeline.extractors = [spec]
    result = pipeline(doc.text)
    assert [(p.name, p.aliases) for p in result.participants] == [("Organisation de la coopération islamique", ["OCI"])]


def test_figures_from_extractors_come_out_in_text_order():
    def figures(doc, found, /):
        for word, value in (("deux", 2), ("un", 1)):
            start = doc.text.rindex(word)
            span = doc.span(start, start + len(word))
            yield Figure(value=value, category="other", span=span, confidence=1.0, extractor="f.v1")

    eventx.register_extractor("test.figures.v1", assigns="figures")(figures)
    result = _pipeline("test.figures.v1")("un puis deux")
    assert [f.value for f in result.figures] == [1, 2]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2023-11-22", date(2023, 11, 22), id="iso-string"),
        pytest.param(date(2020, 1, 2), date(2020, 1, 2), id="date"),
        pytest.param(None, None, id="none"),
    ],
)
def test_published_accepts_dates_and_iso_strings(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2023-02-30", "yesterday", "22/11/2023", 20231122])
def test_published_rejects_malformed_values_quoting_them(value):
    with pytest.raises(ValueError, match=repr(value).replace("/", ".")):
        parse_published(value)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("Le ministre a rencontré son homologue à Paris pour discuter de la crise.", "fr", id="french"),
        pytest.param("The minister met his counterpart in Paris to discuss the crisis.", "en", id="english"),
        pytest.param("", "fr", id="empty-defaults-to-french"),
    ],
)
def test_language_detection(text, lang):
    assert detect(text) == lang


def test_testing_module_examples_run():
    assert doctest.testmod(eventx.testing).failed == 0
