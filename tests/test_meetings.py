"""The meetings extractor on real parses, and the seed article end to end."""

from __future__ import annotations

import pytest

import eventx
from eventx.drafts import MeetingDraft
from eventx.extractors.meetings import MEETINGS_RULES_V1, extract_meetings
from eventx.extractors.participants import extract_participants
from eventx.pipeline import Findings

pytestmark = pytest.mark.model

SEED_MINISTERS = {
    "Sergey Lavrov": "RU",
    "Faisal bin Farhan Al Saud": "SA",
    "Sameh Shoukri": "EG",
    "Retno Marsudi": "ID",
    "Ayman Safadi": "JO",
    "Riyad al-Maliki": "PS",
}


@pytest.fixture(scope="module")
def seed_result(fr_pipeline: eventx.Pipeline, seed_text: str) -> eventx.Extraction:
    """The seed article extracted once, with no publication date."""
    return fr_pipeline(seed_text)


def _drafts(parse, text: str, lang: str) -> list[MeetingDraft]:
    """Meeting drafts of a text, after its mentions."""
    doc = parse(text, lang)
    found = Findings()
    found.mentions.extend(extract_participants(doc, found))
    return list(extract_meetings(doc, found))


def test_seed_has_the_moscow_meeting_and_the_riyadh_summit(seed_result: eventx.Extraction) -> None:
    summary = sorted((m.kind, m.date.iso if m.date else None, m.location.name if m.location else None) for m in seed_result.meetings)
    assert summary == [("meeting", "--11-21", "Moscou"), ("summit", "--11-11", "Riyad")]


def test_seed_moscow_meeting_has_seven_participants_hosted_by_lavrov(seed_result: eventx.Extraction) -> None:
    moscow = next(m for m in seed_result.meetings if m.kind == "meeting")
    assert {p.name for p in moscow.participants} == {*SEED_MINISTERS, "Hissein Brahim Taha"}
    assert moscow.host is not None and moscow.host.name == "Sergey Lavrov"
    assert moscow.location is not None and moscow.location.country == "RU"


def test_seed_riyadh_summit_gathers_arab_league_and_oic(seed_result: eventx.Extraction) -> None:
    summit = next(m for m in seed_result.meetings if m.kind == "summit")
    assert {p.name for p in summit.participants} == {"Ligue arabe", "Organisation de la coopération islamique"}
    assert summit.location is not None and summit.location.country == "SA"


def test_seed_ministers_have_role_and_country(seed_result: eventx.Extraction) -> None:
    people = {p.name: p for p in seed_result.participants if p.kind == "person"}
    assert {name: (people[name].role, people[name].country) for name in SEED_MINISTERS} == {
        name: ("ministre des Affaires étrangères", code) for name, code in SEED_MINISTERS.items()
    }


def test_seed_oic_secretary_general_represents_the_oic(seed_result: eventx.Extraction) -> None:
    taha = next(p for p in seed_result.participants if p.name == "Hissein Brahim Taha")
    assert (taha.role, taha.organization) == ("secrétaire général", "Organisation de la coopération islamique")
    oic = next(p for p in seed_result.participants if p.name == "Organisation de la coopération islamique")
    assert oic.aliases == ["OCI"]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "names"),
    [
        pytest.param(
            "Le président Emmanuel Macron s'est entretenu avec la chancelière Angela Merkel à Berlin.",
            "fr", "talks", {"Emmanuel Macron", "Angela Merkel"}, id="fr-reflexive-verb-with-avec",
        ),
        pytest.param(
            "Prime Minister Justin Trudeau spoke by phone with President Emmanuel Macron.",
            "en", "call", {"Justin Trudeau", "Emmanuel Macron"}, id="en-call-by-phone",
        ),
        pytest.param(
            "Secretary Antony Blinken met with Foreign Minister Yair Lapid in Washington.",
            "en", "meeting", {"Antony Blinken", "Yair Lapid"}, id="en-met-with",
        ),
    ],
)
def test_trigger_gives_kind_and_participants(parse, text: str, lang: str, kind: str, names: set[str]) -> None:
    drafts = _drafts(parse, text, lang)
    assert [(d.kind, {m.span.text for m in d.participants}) for d in drafts] == [(kind, names)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("Le ministre Sergey Lavrov a tenu une conférence de presse à Moscou.", "fr", id="fr-press-conference"),
        pytest.param("La Suisse et la France entretiennent des relations étroites.", "fr", id="fr-non-reflexive-entretenir"),
        pytest.param("President Joe Biden did not meet Vladimir Putin.", "en", id="en-negated"),
    ],
)
def test_non_meetings_are_not_reported(parse, text: str, lang: str) -> None:
    assert _drafts(parse, text, lang) == []


@pytest.mark.parametrize(
    ("published", "iso"),
    [pytest.param("2018-05-16", "2018-05-14", id="weekday-resolved-against-published"), pytest.param(None, None, id="weekday-unknown-without-published")],
)
def test_meeting_date_is_resolved_against_published(en_pipeline: eventx.Pipeline, published: str | None, iso: str | None) -> None:
    result = en_pipeline("On Monday, Prime Minister Justin Trudeau met with President Emmanuel Macron in Ottawa.", published=published)
    assert [(m.date.iso if m.date else None, m.location.country if m.location else None) for m in result.meetings] == [(iso, "CA")]


def test_drafts_carry_valid_spans_and_provenance(parse, seed_text: str) -> None:
    for draft in _drafts(parse, seed_text, "fr"):
        assert seed_text[draft.trigger.start : draft.trigger.end] == draft.trigger.text
        assert draft.extractor == MEETINGS_RULES_V1.name
        assert 0.0 <= draft.confidence <= 1.0
