"""Amounts out of text: numbers with their scale, per cent sign, currency or unit, with offsets.

`find_amounts` scans raw text (not tokens, so "12 000" with a space, a no-break
space or a narrow no-break space is one number) with one regular expression per
language, built once from the tables in `eventx.lang.<lang>.figures`: digits with
the language's grouping and decimals, number words read by text2num, scale words
("2,5 millions", "$1.2 billion"), per cent and currency before or after.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

from text_to_num import text2num

from eventx.lang import data

AmountKind = Literal["count", "percent", "money", "measure"]


@dataclass(frozen=True, slots=True)
class Amount:
    """A number found in text, with what is written around it."""

    start: int
    """Offset of the amount's first character (currency sign included)."""
    end: int
    """Offset just past its last character (scale, per cent or unit included)."""
    value: float
    """The value, scale applied ("2,5 millions" gives 2500000)."""
    kind: AmountKind
    """A plain count, a percentage, a sum of money or a measure."""
    unit: str | None
    """"%", an ISO 4217 code, or a unit of measure; none for a plain count."""
    number_start: int
    """Offset of the number itself, without sign, scale or unit."""
    number_end: int
    """Offset just past the number itself."""
    in_words: bool
    """Whether the number is written in words ("douze") rather than digits."""
    grouped: bool
    """Whether the digits are written in groups of three ("12 000", "12,000")."""


@dataclass(frozen=True, slots=True)
class _Grammar:
    """One language's compiled amount pattern and the tables to read its groups."""

    pattern: re.Pattern[str]
    grouped: re.Pattern[str]
    lang: str
    decimal: str
    scales: dict[str, float]
    currencies: dict[str, str]
    units: dict[str, str]
    one_words: frozenset[str]
    articles: frozenset[str]


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces matching any whitespace."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in p.split()) for p in ordered)


def _first_characters(phrases: Iterable[str]) -> str:
    """The characters the phrases start with, escaped for a character class."""
    return "".join(re.escape(c) for c in sorted({p.lstrip()[:1] for p in phrases} - {""}))


def _boundary(alternation: str) -> str:
    """An alternation that cannot end inside a word."""
    return rf"(?:{alternation})(?<!\s)(?:(?<=\W)|(?!\w))"


@cache
def _grammar(lang: str) -> _Grammar:
    """The compiled amount grammar of a language, built once from its data module."""
    lex = data(lang, "figures")
    group = "[" + "".join(re.escape(s) for s in sorted(lex.GROUP_SEPARATORS)) + "]"
    decimal = re.escape(lex.DECIMAL_SEPARATOR)
    loose_decimal = "[.,]" if lex.DECIMAL_SEPARATOR == "," else decimal
    grouped = rf"\d{{1,3}}(?:{group}\d{{3}}(?!\d))+(?:{decimal}\d+)?"
    scales = {k.lower(): v for k, v in lex.SCALES.items()}
    glued = _alternation([*scales, *(k.lower() for k in lex.UNITS)])
    digits = (
        rf"(?<![\w/:])(?<!\d[.,-])(?<![^\W\d]-)(?:{grouped}|\d+(?:{loose_decimal}\d+)?)"
        rf"(?:(?=(?:{glued})(?!\w))|(?![\w\u00b2/:]|-\w|[.,]\d))"
    )
    word_scales = [s for s in scales if len(s) > 3]
    words = _alternation([*lex.NUMBER_WORDS, *lex.ONE_WORDS, *word_scales])
    joiners = _alternation(lex.NUMBER_JOINERS)
    articles = frozenset(lex.ARTICLE_ONE)
    article = rf"(?:(?:{_alternation(articles)})\s+(?=(?:{_alternation(word_scales)})\b))?" if articles else ""
    number_words = (
        rf"(?<![\w-]){article}(?:{words})(?:[\s-]+(?:(?:{joiners})[\s-]+)?(?:{words}))*(?![\w-])"
    )
    currencies = {k.lower(): v for k, v in {**lex.CURRENCY_SYMBOLS, **lex.CURRENCY_WORDS}.items()}
    codes = sorted(set(currencies.values()))
    code = rf"(?-i:{'|'.join(codes)})(?![A-Za-z])"
    before = rf"(?:(?P<cur_before>{_alternation(lex.CURRENCY_SYMBOLS)}|{code})\s?)?"
    link = _alternation(lex.SCALE_LINKS)
    after = (
        rf"(?:\s*(?P<percent>{_boundary(_alternation(lex.PERCENT_WORDS))})"
        rf"|\s*(?:(?:{link})\s*)?(?P<cur_after>{_boundary(_alternation(currencies))}|{code})"
        rf"|\s*(?P<unit>{_boundary(_alternation(k.lower() for k in lex.UNITS))}))?"
    )
    scale = rf"(?:\s*(?P<scale>{_boundary(_alternation(scales))}))?"
    # What an amount can start with, checked first: most places in a text are passed over at once.
    start = (
        rf"(?=[\d{_first_characters(lex.CURRENCY_SYMBOLS)}]|(?-i:[{_first_characters(codes)}])"
        rf"|(?<![\w-])[{_first_characters([*lex.NUMBER_WORDS, *lex.ONE_WORDS, *word_scales, *articles])}])"
    )
    pattern = rf"{start}{before}(?:(?P<digits>{digits}){scale}|(?P<words>{number_words})){after}"
    return _Grammar(
        pattern=re.compile(pattern, re.IGNORECASE),
        grouped=re.compile(grouped),
        lang=lang,
        decimal=lex.DECIMAL_SEPARATOR,
        scales=scales,
        currencies=currencies,
        units={k.lower(): v for k, v in lex.UNITS.items()},
        one_words=frozenset(lex.ONE_WORDS),
        articles=articles,
    )


def read_digits(text: str, lang: str) -> float:
    """The value of digits written the language's way ("12 000", "12.000", "2,5", "1,234.5")."""
    grammar = _grammar(lang)
    if grammar.grouped.fullmatch(text):
        whole, _, decimals = text.rpartition(grammar.decimal) if grammar.decimal in text else (text, "", "")
        return float(re.sub(r"\D", "", whole) + ("." + decimals if decimals else ""))
    return float(text.replace(",", "."))


def read_words(text: str, lang: str) -> float | None:
    """The value of a number in words ("vingt-trois", "a hundred"), or None when it is not one number."""
    grammar = _grammar(lang)
    first, _, rest = text.partition(" ")
    if first.lower() in grammar.articles:
        text = f"{next(iter(sorted(grammar.one_words)))} {rest}"
    words = re.sub(r"\s+", " ", text.lower())
    if words in grammar.scales and grammar.scales[words] > 1e3:
        return None
    try:
        return float(text2num(words, lang))
    except ValueError:
        pass
    rest, _, scale = words.rpartition(" ")
    if rest and scale in grammar.scales:
        value = read_words(rest, lang)
        return None if value is None else value * grammar.scales[scale]
    return None


def _unit_of(match: re.Match[str], grammar: _Grammar) -> tuple[AmountKind, str | None]:
    """The kind of an amount and its unit, from the groups around the number."""
    currency = match.group("cur_before") or match.group("cur_after")
    if match.group("percent"):
        return "percent", "%"
    if currency:
        key = re.sub(r"\s+", " ", currency.lower())
        return "money", grammar.currencies.get(key, currency.upper())
    if match.group("unit"):
        return "measure", grammar.units[re.sub(r"\s+", " ", match.group("unit").lower())]
    return "count", None


def find_amounts(text: str, lang: str) -> Iterator[Amount]:
    """Every amount in the text, in order, with its value, kind, unit and offsets."""
    grammar = _grammar(lang)
    for match in grammar.pattern.finditer(text):
        digits = match.group("digits")
        if digits is not None:
            value = read_digits(digits, lang)
            scale = match.group("scale")
            if scale:
                value *= grammar.scales[re.sub(r"\s+", " ", scale.lower())]
            number = "digits"
        else:
            words_value = read_words(match.group("words"), lang)
            if words_value is None:
                continue
            value, number = words_value, "words"
        kind, unit = _unit_of(match, grammar)
        yield Amount(
            start=match.start(),
            end=match.end(),
            value=value,
            kind=kind,
            unit=unit,
            number_start=match.start(number),
            number_end=match.end(number),
            in_words=number == "words",
            grouped=digits is not None and bool(grammar.grouped.fullmatch(digits)),
        )


__all__ = ["Amount", "find_amounts", "read_digits", "read_words"]
