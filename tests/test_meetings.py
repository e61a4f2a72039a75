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


def test_expected_visit_is_a_visit_to_the_place(parse) -> None:
    drafts = _drafts(parse, "Le ministre des Affaires étrangères, Laurent Fabius, est attendu à Alger le 16 juillet.", "fr")
    assert [(d.kind, [m.span.text for m in d.participants], d.location.name if d.location else None) for d in drafts] == [("visit", ["Laurent Fabius"], "Alger")]


def test_trigger_without_subject_takes_the_subject_of_its_controlling_verb(parse) -> None:
    drafts = _drafts(parse, "Gilles Simeoni devait déjeuner avec Antoine Sollacaro.", "fr")
    assert [{m.span.text for m in d.participants} for d in drafts] == [{"Gilles Simeoni", "Antoine Sollacaro"}]


def test_unnamed_officials_take_part_through_their_country(parse) -> None:
    drafts = _drafts(parse, "Vladimir Poutine a rencontré divers responsables israéliens à Jérusalem.", "fr")
    assert [sorted((m.kind, m.country) for m in d.participants) for d in drafts] == [[("country", "IL"), ("person", None)]]


def test_bare_title_stands_for_the_person_given_it(parse) -> None:
    text = "Lien Chan, leader du Kuomintang, est arrivé à Pékin. Le leader du Kuomintang a rencontré le président Hu Jintao."
    drafts = _drafts(parse, text, "fr")
    assert [{m.span.text for m in d.participants} for d in drafts] == [{"Lien Chan", "Hu Jintao"}]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Le président de Taïwan, Chen Shui-bian, a rencontré James Soong.", id="hyphen-inside-a-name"),
        pytest.param("Taïwan : le président Chen Shui-bian a rencontré James Soong.", id="topic-label"),
    ],
)
def test_no_dateline_is_read_where_there_is_none(parse, text: str) -> None:
    assert [d.location for d in _drafts(parse, text, "fr")] == [None]


def test_meeting_reported_again_is_one_meeting_with_every_party(fr_pipeline: eventx.Pipeline) -> None:
    text = (
        "Le Premier ministre Xavier Bettel a participé à un dîner à Bruxelles le 22 février 2018. "
        "Ce dîner a réuni le président Emmanuel Macron et la chancelière Angela Merkel. "
        "Les Pays-Bas et l'Espagne étaient également représentés."
    )
    meetings = fr_pipeline(text).meetings
    assert [(m.date.iso if m.date else None, {p.name for p in m.participants}) for m in meetings] == [
        ("2018-02-22", {"Xavier Bettel", "Emmanuel Macron", "Angela Merkel", "Pays-Bas", "Espagne"})
    ]


def test_talks_during_a_visit_are_the_visit(fr_pipeline: eventx.Pipeline) -> None:
    text = (
        "Le conseiller fédéral Ignazio Cassis a effectué une visite officielle à Paris les 9 et 10 mars 2020. "
        "L'entretien avec son homologue français Jean-Yves Le Drian a porté sur les relations bilatérales."
    )
    meetings = fr_pipeline(text).meetings
    summary = [(m.kind, m.date.iso if m.date else None, m.location.name if m.location else None, m.host.name if m.host else None) for m in meetings]
    assert summary == [("visit", "2020-03-09", "Paris", "Jean-Yves Le Drian")]


def test_host_welcoming_guests_at_home_takes_its_country(en_pipeline: eventx.Pipeline) -> None:
    text = (
        "Today, the Prime Minister, Justin Trudeau, spoke with the President of the United States, Donald J. Trump. "
        "The Prime Minister noted that he looks forward to welcoming President Trump in Charlevoix on June 8, 2018."
    )
    countries = {p.name: p.country for p in en_pipeline(text, published="2018-05-14").participants}
    assert countries["Justin Trudeau"] == "CA"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("Le ministre Sergey Lavrov a tenu une conférence de presse à Moscou.", "fr", id="fr-press-conference"),
        pytest.param("La Suisse et la France entretiennent des relations étroites.", "fr", id="fr-non-reflexive-entretenir"),
        pytest.param("President Joe Biden did not meet Vladimir Putin.", "en", id="en-negated"),
        pytest.param("Panos Panayiotopoulos reçoit la Défense et Kostas Mousouroulis la Marine marchande.", "fr", id="fr-receives-a-thing"),
        pytest.param("President Joe Biden called for a ceasefire in Gaza.", "en", id="en-call-for"),
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


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        pytest.param("James Soong doit se rendre en Chine continentale jeudi et y rencontrer le président Hu Jintao.", "fr", "Chine continentale", id="fr-adjective-after"),
        pytest.param("James Soong will travel to mainland China on Thursday to meet President Hu Jintao.", "en", "mainland China", id="en-adjective-before"),
    ],
)
def test_meeting_place_keeps_the_region_written_with_it(parse, text: str, lang: str, place: str) -> None:
    drafts = _drafts(parse, text, lang)
    assert [(d.location.name, d.location.country) for d in drafts if d.location] == [(place, "CN")]


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        pytest.param("« La paix est loin », a déclaré M. Guterres à ONU Info lors d'un entretien avec Melissa Fleming.", 0, id="said-to-an-outlet"),
        pytest.param("Lors de son entretien avec Sergueï Lavrov, M. Le Drian a rappelé à son homologue la position de la France.", 1, id="said-to-the-other-party"),
    ],
)
def test_talk_noun_framing_words_said_to_the_press_is_an_interview(parse, text: str, meetings: int) -> None:
    assert len(_drafts(parse, text, "fr")) == meetings
