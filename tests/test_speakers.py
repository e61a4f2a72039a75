"""Speaker references resolved to participants: names, pronouns, groups, titles and sources."""

from __future__ import annotations

import pytest

from eventx.document import Document
from eventx.drafts import MeetingDraft, Mention, SpeakerRef
from eventx.models import Meeting, Statement
from eventx.pipeline import Findings
from eventx.resolve import Resolver
from eventx.speakers import resolve_speaker
from eventx.testing import make_document

TEXT = (
    "Sergey Lavrov a reçu Ayman Safadi à Moscou. "
    "Le ministère russe a publié un communiqué. "
    "Le secrétaire général Hissein Taha a rencontré Retno Marsudi. "
    "Les participants ont souligné la nécessité d'une trêve. "
    "Il a ajouté que la trêve est urgente. "
    "Le secrétaire général a salué la réunion. "
    "Ils ont approuvé un calendrier, précise la source. "
    "Taha a conclu."
)


def _mention(doc: Document, text: str, kind: str = "person", *, role: str | None = None, nth: int = 0) -> Mention:
    """A mention of the `nth` occurrence of `text` in the document."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    return Mention(doc.span(start, start + len(text)), kind, 0.9, "test", role=role)  # type: ignore[arg-type]


def _ref(doc: Document, text: str, kind: str, *, plural: bool = False) -> SpeakerRef:
    """A speaker reference on the first occurrence of `text`."""
    start = doc.text.index(text)
    return SpeakerRef(doc.span(start, start + len(text)), kind, plural=plural)  # type: ignore[arg-type]


@pytest.fixture
def world() -> tuple[Document, Resolver, list[tuple[MeetingDraft, Meeting]]]:
    """The document, its resolver and its two meetings (Moscow with two parties, then a bigger one)."""
    doc = make_document(TEXT)
    lavrov, safadi = _mention(doc, "Sergey Lavrov"), _mention(doc, "Ayman Safadi")
    ministry = _mention(doc, "ministère russe", "organization")
    taha = _mention(doc, "Hissein Taha", role="secrétaire général")
    marsudi = _mention(doc, "Retno Marsudi")
    first = MeetingDraft("meeting", _mention(doc, "reçu").span, 0.9, "test", participants=(lavrov, safadi), host=lavrov)
    second = MeetingDraft("meeting", _mention(doc, "rencontré").span, 0.9, "test", participants=(taha, marsudi, lavrov, safadi))
    found = Findings(mentions=[lavrov, safadi, ministry, taha, marsudi], meetings=[first, second])
    resolver = Resolver(doc, found)
    meetings = [(draft, meeting) for draft in (first, second) if (meeting := resolver.meeting(draft)) is not None]
    return doc, resolver, meetings


def _statement(doc: Document, resolver: Resolver, content: str, speaker: str) -> Statement:
    """A resolved statement by the participant named `speaker`."""
    start = doc.text.index(content)
    entity = next(e for e in resolver.entities if e.participant is not None and e.participant.name == speaker)
    return Statement(
        speakers=[resolver.use(entity)],
        content=doc.span(start, start + len(content)),
        mode="indirect",
        confidence=0.8,
        extractor="test",
        speaker_mention=doc.span(start, start + 1),
    )


@pytest.mark.parametrize(
    ("written", "kind", "plural"),
    [
        pytest.param("Les participants", "group", True, id="group-description"),
        pytest.param("Ils", "pronoun", True, id="plural-pronoun"),
    ],
)
def test_speakers_group_resolves_to_the_main_meeting_before_it(world, written, kind, plural) -> None:
    doc, resolver, meetings = world
    names = {p.name for p in resolve_speaker(resolver, _ref(doc, written, kind, plural=plural), meetings, [])}
    assert names == {"Sergey Lavrov", "Ayman Safadi", "Hissein Taha", "Retno Marsudi"}


def test_speakers_plural_pronoun_without_meeting_takes_the_last_group(world) -> None:
    doc, resolver, _ = world
    start = doc.text.index("Les participants")
    group = Statement(
        speakers=[p for e in resolver.entities if (p := e.participant) is not None and p.kind == "person"][:2],
        content=doc.span(start, start + 16),
        mode="indirect",
        confidence=0.8,
        extractor="test",
    )
    resolved = resolve_speaker(resolver, _ref(doc, "Ils", "pronoun", plural=True), [], [group])
    assert [p.name for p in resolved] == [p.name for p in group.speakers]


def test_speakers_singular_pronoun_follows_the_last_single_speaker(world) -> None:
    doc, resolver, meetings = world
    previous = [_statement(doc, resolver, "la nécessité d'une trêve", "Retno Marsudi")]
    resolved = resolve_speaker(resolver, _ref(doc, "Il a", "pronoun"), meetings, previous)
    assert [p.name for p in resolved] == ["Retno Marsudi"]


def test_speakers_singular_pronoun_prefers_the_first_person_of_the_nearest_sentence(world) -> None:
    doc, resolver, meetings = world
    resolved = resolve_speaker(resolver, _ref(doc, "Il a", "pronoun"), meetings, [])
    assert [p.name for p in resolved] == ["Hissein Taha"]


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        pytest.param(
            "Sergey Lavrov a dit que la paix est proche. Ayman Safadi a pris la parole. Il a ajouté que la trêve est urgente.",
            "Il a",
            "Ayman Safadi",
            id="person-introduced-after-the-speaker",
        ),
        pytest.param(
            "Sergey Lavrov a dit que la paix est proche. Devant Ayman Safadi, il a ajouté que la trêve est urgente.",
            "il a",
            "Sergey Lavrov",
            id="person-in-the-pronoun-sentence-keeps-the-speaker",
        ),
    ],
)
def test_speakers_singular_pronoun_prefers_a_person_named_after_the_last_speaker(text, pronoun, expected) -> None:
    doc = make_document(text)
    resolver = Resolver(doc, Findings(mentions=[_mention(doc, "Sergey Lavrov"), _mention(doc, "Ayman Safadi")]))
    previous = [_statement(doc, resolver, "la paix est proche", "Sergey Lavrov")]
    resolved = resolve_speaker(resolver, _ref(doc, pronoun, "pronoun"), [], previous)
    assert [p.name for p in resolved] == [expected]


def test_speakers_bare_title_resolves_to_its_holder(world) -> None:
    doc, resolver, meetings = world
    start = doc.text.index("Le secrétaire général a salué")
    ref = SpeakerRef(doc.span(start, start + len("Le secrétaire général")), "title")
    assert [p.name for p in resolve_speaker(resolver, ref, meetings, [])] == ["Hissein Taha"]


def test_speakers_title_nobody_holds_stays_unresolved() -> None:
    doc = make_document(TEXT)
    resolver = Resolver(doc, Findings(mentions=[_mention(doc, "Hissein Taha"), _mention(doc, "Retno Marsudi")]))
    ref = _ref(doc, "Le secrétaire général a salué", "title")
    assert resolve_speaker(resolver, ref, [], []) == []


def test_speakers_title_nobody_holds_falls_back_to_the_last_person_speaking() -> None:
    doc = make_document(TEXT)
    resolver = Resolver(doc, Findings(mentions=[_mention(doc, "Hissein Taha"), _mention(doc, "Retno Marsudi")]))
    previous = [_statement(doc, resolver, "la trêve est urgente", "Retno Marsudi")]
    ref = _ref(doc, "Le secrétaire général a salué", "title")
    assert [p.name for p in resolve_speaker(resolver, ref, [], previous)] == ["Retno Marsudi"]


@pytest.mark.parametrize(
    ("holder_role", "expected"),
    [
        pytest.param("ministre de l'Intérieur", [], id="other-portfolio-is-not-the-holder"),
        pytest.param("ministre du Redressement productif", ["Manuel Valls"], id="same-portfolio-is-the-holder"),
        pytest.param("ministre", ["Manuel Valls"], id="bare-role-may-be-the-holder"),
    ],
)
def test_speakers_title_with_a_portfolio_names_only_its_holder(holder_role, expected) -> None:
    doc = make_document("Manuel Valls a parlé. Le ministre du Redressement productif a déclaré que le parc est solide.")
    resolver = Resolver(doc, Findings(mentions=[_mention(doc, "Manuel Valls", role=holder_role)]))
    ref = _ref(doc, "Le ministre du Redressement productif", "title")
    assert [p.name for p in resolve_speaker(resolver, ref, [], [])] == expected


def test_speakers_la_source_is_the_organisation_that_spoke_last(world) -> None:
    doc, resolver, meetings = world
    previous = [
        _statement(doc, resolver, "un communiqué", "ministère russe"),
        _statement(doc, resolver, "la nécessité d'une trêve", "Retno Marsudi"),
    ]
    resolved = resolve_speaker(resolver, _ref(doc, "la source", "description"), meetings, previous)
    assert [p.name for p in resolved] == ["ministère russe"]


def test_speakers_family_name_resolves_to_the_full_name(world) -> None:
    doc, resolver, meetings = world
    ref = _ref(doc, "Taha a conclu", "name")
    ref = SpeakerRef(doc.span(ref.span.start, ref.span.start + len("Taha")), "name")
    assert [p.name for p in resolve_speaker(resolver, ref, meetings, [])] == ["Hissein Taha"]


def test_speakers_known_mentions_are_used_directly(world) -> None:
    doc, resolver, meetings = world
    lavrov = _mention(doc, "Sergey Lavrov")
    found = Findings(mentions=[lavrov])
    own = Resolver(doc, found)
    ref = SpeakerRef(lavrov.span, "name", mentions=(lavrov,))
    assert [p.name for p in resolve_speaker(own, ref, [], [])] == ["Sergey Lavrov"]
