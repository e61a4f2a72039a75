"""Date expressions: found with their offsets, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventx.normalize.dates import contains_date, find_dates, is_calendar_word, resolve_date

PUBLISHED = date(2018, 5, 14)  # a Monday


@pytest.mark.parametrize(
    ("text", "lang", "published", "iso"),
    [
        pytest.param("le 21 novembre", "fr", None, "--11-21", id="fr-day-month-no-year-unknown"),
        pytest.param("21 novembre", "fr", date(2023, 11, 22), "2023-11-21", id="fr-day-month-year-from-published"),
        pytest.param("1er mars 2012", "fr", None, "2012-03-01", id="fr-first-of-month"),
        pytest.param("novembre 2017", "fr", None, "2017-11", id="fr-month-year"),
        pytest.param("hier", "fr", PUBLISHED, "2018-05-13", id="fr-yesterday"),
        pytest.param("aujourd'hui", "fr", PUBLISHED, "2018-05-14", id="fr-today"),
        pytest.param("lundi", "fr", PUBLISHED, "2018-05-14", id="fr-weekday-of-publication"),
        pytest.param("vendredi", "fr", PUBLISHED, "2018-05-11", id="fr-weekday-before"),
        pytest.param("June 8", "en", PUBLISHED, "2018-06-08", id="en-month-day-same-year"),
        pytest.param("21 June 2010", "en", None, "2010-06-21", id="en-full-date"),
        pytest.param("yesterday", "en", PUBLISHED, "2018-05-13", id="en-yesterday"),
        pytest.param("Sunday", "en", PUBLISHED, "2018-05-13", id="en-weekday"),
        pytest.param("novembre", "fr", PUBLISHED, "2018-11", id="fr-month-alone-in-year-of-publication"),
    ],
)
def test_resolve_date_against_published(text: str, lang: str, published: date | None, iso: str) -> None:
    assert resolve_date(text, lang, published) == iso


@pytest.mark.parametrize(
    ("text", "lang"),
    [pytest.param("hier", "fr", id="fr-relative"), pytest.param("Monday", "en", id="en-weekday")],
)
def test_relative_date_without_published_is_unknown(text: str, lang: str) -> None:
    assert resolve_date(text, lang, None) is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param("Le 21 novembre, Lavrov a reçu ses homologues.", "fr", ["21 novembre"], id="fr-leading-date"),
        pytest.param("On Monday, June 8, 2018 they met. We may go.", "en", ["Monday, June 8, 2018"], id="en-modal-may-is-no-month"),
    ],
)
def test_find_dates_returns_expressions_as_written(text: str, lang: str, expected: list[str]) -> None:
    assert [d.text for d in find_dates(text, lang, PUBLISHED)] == expected


@given(text=st.text(max_size=200), lang=st.sampled_from(["fr", "en"]))
def test_find_dates_offsets_always_match_text(text: str, lang: str) -> None:
    for found in find_dates(text, lang, PUBLISHED):
        assert text[found.start : found.end] == found.text


@given(
    text=st.lists(st.sampled_from(["le", "9", "1er", "et", "mars", "2020", "Mars", "lundi", "hier", "June", "8th", "x", ",", " "]), max_size=12).map(" ".join),
    lang=st.sampled_from(["fr", "en"]),
)
def test_contains_date_agrees_with_find_dates(text: str, lang: str) -> None:
    assert contains_date(text, lang) == bool(find_dates(text, lang, None))


@pytest.mark.parametrize(
    ("text", "lang", "written", "iso"),
    [
        pytest.param("une visite à Paris les 9 et 10 mars 2020.", "fr", "9 et 10 mars 2020", "2020-03-09", id="fr-two-days"),
        pytest.param("They met on 8 and 9 June 2019 in Rome.", "en", "8 and 9 June 2019", "2019-06-08", id="en-two-days"),
    ],
)
def test_multi_day_dates_are_dated_by_their_first_day(text: str, lang: str, written: str, iso: str) -> None:
    assert [(d.text, d.iso) for d in find_dates(text, lang, None)] == [(written, iso)]


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        pytest.param("November", "en", True, id="en-month"),
        pytest.param("lundi", "fr", True, id="fr-weekday"),
        pytest.param("Merkel", "en", False, id="en-name"),
    ],
)
def test_calendar_words_are_recognised(word: str, lang: str, expected: bool) -> None:
    assert is_calendar_word(word, lang) is expected
