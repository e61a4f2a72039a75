"""Place and country names to ISO codes: babel names, variants, cities and adjectives."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventx.normalize.places import adjective_country, city_country, country_code, country_name, place_country


@pytest.mark.parametrize(
    ("name", "lang", "code"),
    [
        pytest.param("Égypte", "fr", "EG", id="fr-babel-name"),
        pytest.param("Egypte", "fr", "EG", id="fr-accent-folded"),
        pytest.param("l'Arabie Saoudite", "fr", "SA", id="fr-article-and-case"),
        pytest.param("Etats-Unis", "fr", "US", id="fr-variant-without-accent"),
        pytest.param("Royaume-Uni", "fr", "GB", id="fr-united-kingdom"),
        pytest.param("Palestine", "fr", "PS", id="fr-palestine-variant"),
        pytest.param("the United States", "en", "US", id="en-article"),
        pytest.param("U.S.", "en", "US", id="en-abbreviation"),
        pytest.param("Britain", "en", "GB", id="en-variant"),
    ],
)
def test_country_code_of_written_names(name: str, lang: str, code: str) -> None:
    assert country_code(name, lang) == code


@pytest.mark.parametrize(
    ("name", "lang"),
    [pytest.param("Moscou", "fr", id="fr-city-is-not-a-country"), pytest.param("Gaza Strip talks", "en", id="en-not-a-place")],
)
def test_country_code_rejects_other_names(name: str, lang: str) -> None:
    assert country_code(name, lang) is None


@pytest.mark.parametrize(
    ("name", "lang", "code"),
    [
        pytest.param("Moscou", "fr", "RU", id="fr-capital"),
        pytest.param("Riyad", "fr", "SA", id="fr-riyadh"),
        pytest.param("Addis Ababa", "en", "ET", id="en-two-word-city"),
    ],
)
def test_city_country(name: str, lang: str, code: str) -> None:
    assert city_country(name, lang) == code
    assert place_country(name, lang) == code


@pytest.mark.parametrize(
    ("word", "lang", "code"),
    [
        pytest.param("russe", "fr", "RU", id="fr-invariable"),
        pytest.param("syriennes", "fr", "SY", id="fr-feminine-plural"),
        pytest.param("française", "fr", "FR", id="fr-feminine"),
        pytest.param("Slovak", "en", "SK", id="en-adjective"),
        pytest.param("Russians", "en", "RU", id="en-plural-demonym"),
    ],
)
def test_adjective_country(word: str, lang: str, code: str) -> None:
    assert adjective_country(word, lang) == code


@pytest.mark.parametrize(("code", "lang", "name"), [pytest.param("RU", "fr", "Russie", id="fr"), pytest.param("RU", "en", "Russia", id="en")])
def test_country_name_from_babel(code: str, lang: str, name: str) -> None:
    assert country_name(code, lang) == name


@given(text=st.text(max_size=60), lang=st.sampled_from(["fr", "en"]))
def test_lookups_never_raise(text: str, lang: str) -> None:
    for code in (place_country(text, lang), adjective_country(text, lang)):
        assert code is None or (len(code) == 2 and code.isupper())
