"""The participants extractor on real parses: names without titles, roles, countries, organisations."""

from __future__ import annotations

import pytest

from eventx.drafts import Mention
from eventx.extractors.participants import PARTICIPANTS_RULES_V1, extract_participants
from eventx.pipeline import Findings

pytestmark = pytest.mark.model


def _persons(parse, text: str, lang: str) -> dict[str, Mention]:
    """Person mentions of a text by written name."""
    doc = parse(text, lang)
    return {m.span.text: m for m in extract_participants(doc, Findings()) if m.kind == "person"}


@pytest.mark.parametrize(
    ("text", "lang", "name", "role", "country"),
    [
        pytest.param(
            "Le 21 novembre, le ministre des Affaires étrangères Sergey Lavrov a tenu une réunion à Moscou.",
            "fr", "Sergey Lavrov", "ministre des Affaires étrangères", None, id="fr-title-before-name",
        ),
        pytest.param(
            "Le président syrien Bachar al-Assad a reçu l'envoyé de l'ONU à Damas.",
            "fr", "Bachar al-Assad", "président", "SY", id="fr-country-adjective-left-out-of-role",
        ),
        pytest.param(
            "Il a rencontré Jean-Yves Le Drian, ministre de l'Europe et des Affaires étrangères, à Paris.",
            "fr", "Jean-Yves Le Drian", "ministre de l'Europe et des Affaires étrangères", None, id="fr-apposition-after-name",
        ),
        pytest.param(
            "Slovak Foreign Minister Rastislav Káčer met his Czech counterpart in Prague.",
            "en", "Rastislav Káčer", "Foreign Minister", "SK", id="en-adjective-prefix-and-title",
        ),
        pytest.param(
            "Secretary of State Antony J. Blinken met in Berlin with German Foreign Minister Annalena Baerbock.",
            "en", "Antony J. Blinken", "Secretary of State", "US", id="en-given-name-left-out-by-the-tagger",
        ),
        pytest.param(
            "The Secretary-General met with the President of South Africa, H.E. Mr. Jacob Zuma, in Addis Ababa today.",
            "en", "Jacob Zuma", "President", "ZA", id="en-title-of-country-before-honorifics",
        ),
        pytest.param(
            "Secretary Blinken met today with Israeli Foreign Minister and Alternate Prime Minister Yair Lapid.",
            "en", "Yair Lapid", "Foreign Minister and Alternate Prime Minister", "IL", id="en-two-titles-joined",
        ),
        pytest.param(
            "Le conseiller fédéral Ignazio Cassis a effectué une visite officielle à Paris.",
            "fr", "Ignazio Cassis", "conseiller fédéral", "CH", id="fr-title-only-one-state-gives",
        ),
        pytest.param(
            "Le président de la République de Chine (Taïwan), Chen Shui-bian, a annoncé qu'il souhaitait ouvrir le dialogue.",
            "fr", "Chen Shui-bian", "président", "TW", id="fr-country-with-parenthesised-alias",
        ),
        pytest.param(
            "Autre avocat d'Yvan Colonna, Gilles Simeoni a appris ce décès au volant de sa voiture.",
            "fr", "Gilles Simeoni", "avocat", None, id="fr-title-held-for-another-person",
        ),
        pytest.param(
            "Le ministre du Redressement productif a déclaré dimanche que le nucléaire avait un avenir. Arnaud Montebourg reconnaît qu'il faut le rééquilibrer.",
            "fr", "Arnaud Montebourg", "ministre du Redressement productif", None, id="fr-title-in-the-sentence-before",
        ),
    ],
)
def test_role_and_country_read_next_to_the_name(parse, text: str, lang: str, name: str, role: str, country: str | None) -> None:
    person = _persons(parse, text, lang)[name]
    assert (person.role, person.country) == (role, country)


def test_listed_names_take_their_group_title_and_own_country(parse, seed_text: str) -> None:
    persons = _persons(parse, seed_text, "fr")
    listed = {"Faisal bin Farhan Al Saud": "SA", "Sameh Shoukri": "EG", "Retno Marsudi": "ID", "Ayman Safadi": "JO", "Riyad al-Maliki": "PS"}
    assert {name: (persons[name].role, persons[name].country) for name in listed} == {
        name: ("ministre des Affaires étrangères", code) for name, code in listed.items()
    }


def test_organisation_of_a_titled_person_and_acronym_share_a_key(parse, seed_text: str) -> None:
    doc = parse(seed_text, "fr")
    mentions = list(extract_participants(doc, Findings()))
    taha = next(m for m in mentions if m.span.text == "Hissein Brahim Taha")
    assert (taha.role, taha.organization) == ("secrétaire général", "Organisation de la coopération islamique")
    keyed = {m.span.text for m in mentions if m.key is not None}
    assert {"Organisation de la coopération islamique", "OCI"} <= keyed


@pytest.mark.parametrize(
    ("text", "lang", "name", "role", "organization"),
    [
        pytest.param(
            "It quoted Joint Council for the Welfare of Immigrants campaigner Caitlin Boswell, who criticised the plan.",
            "en", "Caitlin Boswell", "campaigner", "Joint Council for the Welfare of Immigrants", id="en-organisation-before-title",
        ),
        pytest.param(
            "After the leak, CEO of the Refugee Council Enver Solomon told Sky News the process must be well thought out.",
            "en", "Enver Solomon", "CEO", "Refugee Council", id="en-organisation-after-of",
        ),
        pytest.param(
            "Pour Jérémie Zimmermann, ce vote est une victoire. Le porte-parole du collectif la Quadrature du Net se félicite du débat.",
            "fr", "Jérémie Zimmermann", "porte-parole du collectif", "Quadrature du Net", id="fr-organisation-named-after-a-common-noun",
        ),
    ],
)
def test_organisation_represented_is_read_with_the_title(parse, text: str, lang: str, name: str, role: str, organization: str) -> None:
    person = _persons(parse, text, lang)[name]
    assert (person.role, person.organization) == (role, organization)


@pytest.mark.parametrize(
    ("text", "lang", "name", "country"),
    [
        pytest.param("According to the Saudi Interior Ministry, 345 pilgrims were killed.", "en", "Saudi Interior Ministry", "SA", id="en-ministry-with-adjective"),
        pytest.param("Le ministère russe des Affaires étrangères a démenti ces informations.", "fr", "ministère russe des Affaires étrangères", "RU", id="fr-ministry-with-adjective"),
    ],
)
def test_state_bodies_are_organisations_of_their_country(parse, text: str, lang: str, name: str, country: str) -> None:
    doc = parse(text, lang)
    bodies = [(m.span.text, m.kind, m.country) for m in extract_participants(doc, Findings()) if m.kind == "organization"]
    assert bodies == [(name, "organization", country)]


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        pytest.param("Le ministre des Affaires étrangères Sergey Lavrov est arrivé.", "fr", "ministre des Affaires", id="fr-title-is-no-organisation"),
        pytest.param("Ayman Safadi de Jordanie et Sameh Shoukri d'Egypte sont arrivés.", "fr", "Ayman Safadi de Jordanie", id="fr-country-cut-from-name"),
        pytest.param("Selwyn had left pamphlets near the office attacked in November, 2004.", "en", "November", id="en-month-is-no-name"),
    ],
)
def test_tagger_errors_are_repaired(parse, text: str, lang: str, absent: str) -> None:
    doc = parse(text, lang)
    written = {m.span.text for m in extract_participants(doc, Findings())}
    assert absent not in written


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("De son côté, la Moscou promet de travailler avec les pays arabes.", "fr", id="fr-city-as-speaker"),
        pytest.param("Moscow said it would keep working with Arab states.", "en", id="en-city-as-speaker"),
    ],
)
def test_acting_capital_stands_for_its_country(parse, text: str, lang: str) -> None:
    doc = parse(text, lang)
    countries = [m for m in extract_participants(doc, Findings()) if m.kind == "country"]
    assert [(m.country, m.name is not None) for m in countries] == [("RU", True)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_mention_has_valid_span_and_provenance(parse, seed_text: str, lang: str) -> None:
    doc = parse(seed_text, lang)
    for mention in extract_participants(doc, Findings()):
        assert doc.text[mention.span.start : mention.span.end] == mention.span.text
        assert 0.0 <= mention.confidence <= 1.0
        assert mention.extractor == PARTICIPANTS_RULES_V1.name


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        pytest.param(
            "Europe Écologie Les Verts a fait part de son étonnement. Le PS a signé un accord avec EELV.",
            "fr", "Europe Écologie Les Verts", id="fr-split-name-abbreviated-later",
        ),
    ],
)
def test_name_cut_apart_by_the_tagger_is_joined_when_abbreviated(parse, text: str, lang: str, name: str) -> None:
    doc = parse(text, lang)
    written = {m.span.text for m in extract_participants(doc, Findings()) if m.kind == "organization"}
    assert name in written


@pytest.mark.parametrize(
    ("text", "lang", "person", "role", "body"),
    [
        pytest.param(
            "Europe Écologie Les Verts a dénoncé ces propos. « Nous sommes surpris », déclare Jean-Philippe Magnen, le porte-parole du parti. "
            "Le PS a signé un accord avec EELV.",
            "fr", "Jean-Philippe Magnen", "porte-parole", "Europe Écologie Les Verts", id="fr-porte-parole-du-parti",
        ),
        pytest.param(
            "The Green Party criticised the plan on Monday. \"We are surprised,\" said John Smith, the spokesman of the party.",
            "en", "John Smith", "spokesman", "Green Party", id="en-spokesman-of-the-party",
        ),
    ],
)
def test_role_naming_its_body_by_kind_takes_the_body_named_before(fr_pipeline, en_pipeline, text: str, lang: str, person: str, role: str, body: str) -> None:
    result = {"fr": fr_pipeline, "en": en_pipeline}[lang](text)
    holder = next(p for p in result.participants if p.name == person)
    assert (holder.role, holder.organization) == (role, body)
