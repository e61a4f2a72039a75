"""Resolution: mentions merged into participants, meetings merged and given hosts (no model)."""

from __future__ import annotations

import re

import pytest

from eventx.document import Document, Sentence, Token
from eventx.drafts import MeetingDraft, Mention
from eventx.models import Location, MeetingDate
from eventx.pipeline import Findings
from eventx.normalize.names import is_acronym_of
from eventx.resolve import resolve

TEXT = (
    "Sergey Lavrov a reçu Ayman Safadi à Moscou . M. Lavrov et Safadi ont parlé . "
    "L' Organisation de la coopération islamique ( OCI ) et l' OCI . La Russie et Moscou ."
)


def _document(text: str) -> Document:
    """A one-sentence document with a token per whitespace-separated word."""
    tokens = [
        Token(i=i, text=m.group(), start=m.start(), end=m.end(), lemma=m.group().lower(), pos="X", dep="dep", head=i, sent=0)
        for i, m in enumerate(re.finditer(r"\S+", text))
    ]
    return Document(text, "fr", tokens, [Sentence(0, 0, len(tokens), 0, len(text))], [])


DOC = _document(TEXT)


def _mention(written: str, kind: str = "person", occurrence: int = 0, **attributes: str) -> Mention:
    """A mention of the `occurrence`-th place `written` stands in the text."""
    starts = [m.start() for m in re.finditer(re.escape(written), TEXT)]
    start = starts[occurrence]
    return Mention(DOC.span(start, start + len(written)), kind, 0.8, "test.v1", **attributes)  # type: ignore[arg-type]


def _meeting(*participants: Mention, host: Mention | None = None, date: str | None = None, place: str | None = None, country: str | None = None) -> MeetingDraft:
    """A meeting draft over the given mentions."""
    return MeetingDraft(
        kind="meeting",
        trigger=DOC.span(0, 6),
        confidence=0.7,
        extractor="test.v1",
        participants=participants,
        host=host,
        date=MeetingDate(iso=date, text=date) if date else None,
        location=Location(name=place, country=country) if place else None,
    )


def _resolve(mentions: list[Mention], meetings: list[MeetingDraft]):
    """The extraction resolved from hand-made findings."""
    found = Findings()
    found.mentions.extend(mentions)
    found.meetings.extend(meetings)
    return resolve(DOC, found)


@pytest.mark.parametrize(
    ("forms", "name"),
    [
        pytest.param([("Sergey Lavrov", 0), ("Lavrov", 1)], "Sergey Lavrov", id="family-name-joins-full-name"),
        pytest.param([("Ayman Safadi", 0), ("Safadi", 1)], "Ayman Safadi", id="second-person"),
    ],
)
def test_person_mentions_merge_under_fullest_name(forms: list[tuple[str, int]], name: str) -> None:
    mentions = [_mention(text, occurrence=k) for text, k in forms]
    result = _resolve(mentions, [_meeting(*mentions)])
    assert [p.name for p in result.participants] == [name]
    assert len(result.participants[0].mentions) == len(forms)


def test_acronym_joins_the_name_it_abbreviates() -> None:
    full = _mention("Organisation de la coopération islamique", "organization")
    short = _mention("OCI", "organization", occurrence=1)
    result = _resolve([full, short], [_meeting(full, short)])
    assert [(p.name, p.aliases) for p in result.participants] == [("Organisation de la coopération islamique", ["OCI"])]


def test_city_standing_for_a_country_joins_it_under_the_country_name() -> None:
    country = _mention("Russie", "country", country="RU")
    city = _mention("Moscou", "country", occurrence=1, country="RU", name="Russie")
    result = _resolve([country, city], [_meeting(country, city)])
    assert [(p.name, p.aliases) for p in result.participants] == [("Russie", ["Moscou"])]


def test_only_parties_of_meetings_become_participants() -> None:
    lavrov, safadi = _mention("Sergey Lavrov"), _mention("Ayman Safadi")
    bystander = _mention("Organisation de la coopération islamique", "organization")
    result = _resolve([lavrov, safadi, bystander], [_meeting(lavrov, safadi)])
    assert {p.name for p in result.participants} == {"Sergey Lavrov", "Ayman Safadi"}


def test_host_without_country_takes_the_country_of_the_meeting_place() -> None:
    lavrov, safadi = _mention("Sergey Lavrov"), _mention("Ayman Safadi", country="JO")
    result = _resolve([lavrov, safadi], [_meeting(lavrov, safadi, host=lavrov, place="Moscou", country="RU")])
    countries = {p.name: p.country for p in result.participants}
    assert countries == {"Sergey Lavrov": "RU", "Ayman Safadi": "JO"}


@pytest.mark.parametrize(
    ("second_date", "expected_meetings"),
    [
        pytest.param(None, 1, id="same-parties-no-date-merge"),
        pytest.param("--11-21", 1, id="same-parties-same-date-merge"),
        pytest.param("--11-11", 2, id="different-dates-stay-apart"),
    ],
)
def test_reports_of_one_meeting_are_merged(second_date: str | None, expected_meetings: int) -> None:
    lavrov, safadi = _mention("Sergey Lavrov"), _mention("Ayman Safadi")
    lavrov_again, safadi_again = _mention("Lavrov", occurrence=1), _mention("Safadi", occurrence=1)
    first = _meeting(lavrov, safadi, date="--11-21")
    second = _meeting(lavrov_again, safadi_again, date=second_date)
    result = _resolve([lavrov, safadi, lavrov_again, safadi_again], [first, second])
    assert len(result.meetings) == expected_meetings
    assert result.meetings[0].date is not None and result.meetings[0].date.iso == "--11-21"


def test_host_is_inferred_from_the_meeting_place() -> None:
    lavrov, safadi = _mention("Sergey Lavrov", country="RU"), _mention("Ayman Safadi", country="JO")
    result = _resolve([lavrov, safadi], [_meeting(lavrov, safadi, place="Moscou", country="RU")])
    assert result.meetings[0].host is not None and result.meetings[0].host.name == "Sergey Lavrov"


def test_meeting_without_named_party_is_dropped() -> None:
    assert _resolve([], [_meeting()]).meetings == []


def test_fullest_role_written_for_a_person_is_kept() -> None:
    short = _mention("Lavrov", occurrence=1, role="ministre")
    full = _mention("Sergey Lavrov", role="ministre des Affaires étrangères")
    result = _resolve([short, full], [_meeting(full, short)])
    assert [p.role for p in result.participants] == ["ministre des Affaires étrangères"]


def test_mentions_overlapping_a_name_join_its_participant() -> None:
    name = Mention(DOC.span(0, 13), "person", 0.8, "participants.rules.v1")
    reading = Mention(DOC.span(7, 13), "organization", 0.5, "statements.rules.v1")
    result = _resolve([name], [_meeting(name, reading)])
    assert [(p.name, p.kind) for p in result.participants] == [("Sergey Lavrov", "person")]


def test_official_meeting_someone_from_the_main_country_is_not_given_it() -> None:
    russia, moscow = _mention("Russie", "country", country="RU"), _mention("Moscou", "country", country="RU")
    lavrov, safadi = _mention("Sergey Lavrov", country="RU"), _mention("Ayman Safadi", role="ministre")
    result = _resolve([russia, moscow, lavrov, safadi], [_meeting(lavrov, safadi)])
    assert {p.name: p.country for p in result.participants} == {"Sergey Lavrov": "RU", "Ayman Safadi": None}


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        pytest.param("OCI", "Organisation de la coopération islamique", True, id="significant-words"),
        pytest.param("EELV", "Europe Écologie Les Verts", True, id="capitalised-words-with-an-article"),
        pytest.param("UE", "Union européenne", True, id="lower-case-adjective"),
        pytest.param("ONU", "Organisation mondiale du commerce", False, id="other-initials"),
        pytest.param("Eelv", "Europe Écologie Les Verts", False, id="not-in-capitals"),
    ],
)
def test_acronym_spells_the_initials_of_the_name(short: str, long: str, expected: bool) -> None:
    assert is_acronym_of(short, long) is expected
