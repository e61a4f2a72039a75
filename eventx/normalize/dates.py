"""Date expressions found in text and resolved to ISO dates.

Month and weekday names come from babel in the document's language, relative
words ("hier", "yesterday") from the language's `meetings` data. dateparser
resolves each expression with the publication date as its reference; when no
publication date is known, a day and month without a year give `--MM-DD`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

import dateparser
from babel.dates import get_day_names, get_month_names

from eventx.lang import data


@dataclass(frozen=True)
class DateMention:
    """A date expression as written, with its offsets and resolved ISO form."""

    start: int
    end: int
    text: str
    iso: str | None


def _alternatives(words: list[str]) -> str:
    """A regex alternation of words, longest first so that none is cut short."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_DAY = r"(?:1er|\d{1,2})(?:st|nd|rd|th)?"


def _range_words(lang: str) -> str:
    """The alternation of words joining the days of a multi-day date ("9 et 10 mars")."""
    return _alternatives(sorted(data(lang, "meetings").DAY_RANGE_WORDS))


@cache
def _second_day(lang: str) -> re.Pattern[str]:
    """The second day of a multi-day date with what joins it to the first, dropped before parsing."""
    return re.compile(rf"(?<=\d)(?:er|st|nd|rd|th)?\s?(?:{_range_words(lang)})\s?{_DAY}(?=\s)", re.IGNORECASE)


@cache
def _pattern(lang: str) -> re.Pattern[str]:
    """The date-expression pattern for one language."""
    month_names = [m.lower() for m in get_month_names("wide", locale=lang).values()]
    day_names = [d.lower() for d in get_day_names("wide", locale=lang).values()]
    relative_words = sorted(data(lang, "meetings").RELATIVE_DATES)
    months, days, relative = _alternatives(month_names), _alternatives(day_names), _alternatives(relative_words)
    first_letters = re.escape("".join(sorted({w[0].lower() for w in (*month_names, *day_names, *relative_words)})))
    year = r"(?:,?\s(?:19|20)\d\d)"
    weekday = rf"(?:(?:{days}),?\s)"
    return re.compile(
        # The lookahead only lets through the characters an expression can start with, which
        # spares trying every alternative at every word boundary.
        rf"\b(?=[\d{first_letters}])(?:{weekday}?(?:{_DAY}\s?(?:{_range_words(lang)})\s?)?{_DAY}\s(?:{months}){year}?"
        rf"|{weekday}?(?:{months})\s{_DAY}\b{year}?"
        rf"|(?:{months}){year}"
        + (rf"|(?-i:{months})" if data(lang, "meetings").MONTH_ALONE_IS_DATE else "")
        + rf"|(?:{relative})"
        rf"|(?:{days}))\b",
        re.IGNORECASE,
    )


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:er|st|nd|rd|th)?\b")


def _parse(text: str, lang: str, base: datetime, prefer: str) -> datetime | None:
    """dateparser on one expression, relative to `base`."""
    return dateparser.parse(
        text.replace("1er", "1"),
        languages=[lang],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False},
    )


@lru_cache(maxsize=4096)
def resolve_date(text: str, lang: str, published: date | None) -> str | None:
    """ISO form of a date expression: `YYYY-MM-DD`, `YYYY-MM`, `--MM-DD`, or None when unknown.

    A month named alone, written in lower case as French writes it ("le sommet de novembre"),
    is taken in the year of publication.

    Cached: dateparser costs milliseconds per call, and news repeats its expressions
    ("lundi", "on Monday") under the same publication date.
    """
    month = _month_numbers(lang).get(text.strip().casefold())
    if month is not None:
        return f"{published.year:04d}-{month:02d}" if published else None
    has_year = bool(_YEAR.search(text))
    has_day = bool(_DAY_NUMBER.search(_YEAR.sub("", text)))
    if has_day or has_year:
        base = datetime(published.year, published.month, published.day) if published else datetime(2000, 1, 1)
        parsed = _parse(text, lang, base, "current_period")
        if parsed is None:
            return None
        if not has_day:
            return f"{parsed.year:04d}-{parsed.month:02d}"
        if not has_year and published is None:
            return f"--{parsed.month:02d}-{parsed.day:02d}"
        return parsed.date().isoformat()
    if published is None:
        return None
    base = datetime(published.year, published.month, published.day)
    parsed = _parse(text, lang, base, "past")
    if parsed is None:
        return None
    if parsed.date() == published - timedelta(days=7):
        return published.isoformat()
    return parsed.date().isoformat()


@cache
def _month_numbers(lang: str) -> dict[str, int]:
    """Folded month names of a language to their numbers, from babel."""
    return {name.casefold(): number for number, name in get_month_names("wide", locale=lang).items()}


@cache
def _calendar_words(lang: str) -> frozenset[str]:
    """Folded month and weekday names of a language, from babel."""
    names = [*get_month_names("wide", locale=lang).values(), *get_day_names("wide", locale=lang).values()]
    return frozenset(n.casefold() for n in names)


def is_calendar_word(word: str, lang: str) -> bool:
    """True for a month or weekday name ("November", "lundi"), which the tagger sometimes takes for a name."""
    return word.strip().casefold() in _calendar_words(lang)


def contains_date(text: str, lang: str) -> bool:
    """True when a text holds a date expression, without resolving it."""
    return _pattern(lang).search(text) is not None


def find_dates(text: str, lang: str, published: date | None) -> list[DateMention]:
    """Every date expression in a text, in order, resolved against `published`."""
    return [
        DateMention(m.start(), m.end(), m.group(), resolve_date(_second_day(lang).sub("", m.group(), count=1), lang, published))
        for m in _pattern(lang).finditer(text)
    ]


__all__ = ["DateMention", "contains_date", "find_dates", "is_calendar_word", "resolve_date"]
