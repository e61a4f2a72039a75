"""Reading amounts: digits, grouping, decimals, scale words, number words, per cent and currency."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from eventx.normalize.numbers import find_amounts, read_digits, read_words

TABLES = Path(__file__).resolve().parent.parent / "fixtures" / "recognizers-text"

OUT_OF_NEWS_SCOPE = re.compile(
    r"""
    - | minus | negative                # negative numbers and spaced hyphens ("fifty - two")
    | dozen | douzaine | \bdzs\b | \bdozs\b   # dozens: vague amounts, not figures
    | virgule | \bpoint\b | nought | naught  # decimals spoken aloud
    | \d\s*(?:k|g|m|mm|mil|b|bln|tln)\b       # abbreviated scales of spreadsheets and chat
    | lakh | crore                          # Indian scales
    | ^[.,]\d                               # decimals without their integer part
    | \d,\d{1,2}(?!\d)                       # English decimal comma ("1,3"), digit lists ("22,24")
    | trillion\s+\w                          # trillions with a remainder
    | ^\d+\s+cent$                          # "322 cent": a count of hundreds
    | cents? | centimes? | pence | penny      # sums in coins
    | dollars?\s+\S | \d\s+and\s+[a-z]+$    # dollars and cents in one sum
    | pourcentage | percentage | ^per\s?cents?\s+of   # "percentage of twenty": per cent before the number
    | \d元                                  # a CJK sign glued to the digits, not written in French or English news
    | mark | markka | florins | guilders | pesetas | \bfrancs?$  # currencies gone with the euro
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""Table cases beyond news figures, which the tests leave out.

News figures are non-negative amounts written in full ("12 000", "2,5 millions",
"vingt-trois", "$1.2 billion", "15 %"); the tables also cover speech ("two hundred
point five"), chat and spreadsheet shorthand ("10k", "2mil"), Indian scales,
dozens (vague amounts, not figures) and fractions and powers.
"""

CODE_INPUT = re.compile(r"\d\.\d+\.\d|[A-Za-z]-\d|\d,\d\d,\d|nought", re.IGNORECASE)
"""Inputs that are codes or spoken digit strings ("192.168.1.2", "SCP-173", "22,24,26", "three-nought-four")."""

CURRENCY_CODES = {
    "Dollar": "USD",
    "United States dollar": "USD",
    "Euro": "EUR",
    "British pound": "GBP",
    "Pound": "GBP",
    "Japanese yen": "JPY",
    "Chinese yuan": "CNY",
    "Swiss franc": "CHF",
    "Canadian dollar": "CAD",
    "Australian dollar": "AUD",
}
"""Recognizers-Text names of the currencies news mostly reports, and their ISO codes; other currencies are out of scope."""


def _table_cases(name: str, lang: str, subtypes: frozenset[str] | None) -> list:
    """The supported, in-scope results of one Recognizers-Text table, as pytest params."""
    params = []
    for k, case in enumerate(json.loads((TABLES / f"{name}.json").read_text(encoding="utf-8"))):
        if any(key.startswith("NotSupported") for key in case):
            continue
        for result in case["Results"]:
            resolution = result["Resolution"]
            if subtypes is not None and resolution.get("subtype") not in subtypes:
                continue
            if resolution.get("value") is None or OUT_OF_NEWS_SCOPE.search(result["Text"]):
                continue
            if CODE_INPUT.search(case["Input"]):
                continue
            value = float(str(resolution["value"]).rstrip("%").replace(",", "."))
            unit = CURRENCY_CODES.get(resolution.get("unit", ""))
            if "unit" in resolution and unit is None:
                continue
            params.append(pytest.param(case["Input"], lang, result["Text"], value, unit, id=f"{name}-{k}-{result['Text']}"))
    return params


NUMBER_CASES = [
    *_table_cases("Number_French_NumberModel", "fr", frozenset({"integer", "decimal"})),
    *_table_cases("Number_English_NumberModel", "en", frozenset({"integer", "decimal"})),
]
PERCENT_CASES = [
    *_table_cases("Number_French_PercentModel", "fr", None),
    *_table_cases("Number_English_PercentModel", "en", None),
]
CURRENCY_CASES = [
    *_table_cases("NumberWithUnit_French_CurrencyModel", "fr", None),
    *_table_cases("NumberWithUnit_English_CurrencyModel", "en", None),
]


def _amount_written(text: str, lang: str, written: str):
    """The amount found in `text` whose number, or whole amount, is `written` (case and spacing aside)."""
    wanted = " ".join(written.lower().split())
    for amount in find_amounts(text, lang):
        spans = (text[amount.start : amount.end], text[amount.number_start : amount.number_end])
        if any(" ".join(s.lower().split()) == wanted for s in spans):
            return amount
    return None


@pytest.mark.parametrize(("text", "lang", "written", "value", "unit"), NUMBER_CASES)
def test_reads_numbers_of_recognizers_tables(text: str, lang: str, written: str, value: float, unit: str | None) -> None:
    """Integers and decimals of the tables, in digits or words, are found where written with their value."""
    amount = _amount_written(text, lang, written)
    assert amount is not None
    assert amount.value == pytest.approx(value)


@pytest.mark.parametrize(("text", "lang", "written", "value", "unit"), PERCENT_CASES)
def test_reads_percentages_of_recognizers_tables(
    text: str, lang: str, written: str, value: float, unit: str | None
) -> None:
    """Percentages of the tables ("15 %", "15 pour cent", "15 percent") are percentages with their value."""
    amount = _amount_written(text, lang, written)
    assert amount is not None
    assert (amount.kind, amount.unit, amount.value) == ("percent", "%", pytest.approx(value))


@pytest.mark.parametrize(("text", "lang", "written", "value", "unit"), CURRENCY_CASES)
def test_reads_currency_of_recognizers_tables(text: str, lang: str, written: str, value: float, unit: str | None) -> None:
    """Sums of the tables are money with their value, and the ISO code where the currency is a common one."""
    amount = _amount_written(text, lang, written)
    assert amount is not None
    assert amount.kind == "money"
    assert amount.value == pytest.approx(value)
    if unit is not None:
        assert amount.unit == unit


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        pytest.param("12 000", "fr", 12000, id="fr-space"),
        pytest.param("12\u00a0000", "fr", 12000, id="fr-no-break-space"),
        pytest.param("12\u202f000", "fr", 12000, id="fr-narrow-no-break-space"),
        pytest.param("12.000", "fr", 12000, id="fr-dot-grouping"),
        pytest.param("2,5", "fr", 2.5, id="fr-decimal-comma"),
        pytest.param("1 234 567,89", "fr", 1234567.89, id="fr-grouped-decimal"),
        pytest.param("12,000", "en", 12000, id="en-comma-grouping"),
        pytest.param("12 000", "en", 12000, id="en-space-grouping"),
        pytest.param("1.5", "en", 1.5, id="en-decimal-point"),
        pytest.param("1,234,567.5", "en", 1234567.5, id="en-grouped-decimal"),
    ],
)
def test_reads_digits_with_grouping_and_decimals(text: str, lang: str, value: float) -> None:
    """Digits read the language's way: groups of three joined, decimals after the decimal separator."""
    assert read_digits(text, lang) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        pytest.param("douze", "fr", 12, id="fr-douze"),
        pytest.param("vingt-trois", "fr", 23, id="fr-vingt-trois"),
        pytest.param("mille quatre cents", "fr", 1400, id="fr-mille-quatre-cents"),
        pytest.param("vingt et un", "fr", 21, id="fr-vingt-et-un"),
        pytest.param("un billion", "fr", 1e12, id="fr-billion-is-10e12"),
        pytest.param("a hundred", "en", 100, id="en-a-hundred"),
        pytest.param("thirty-nine", "en", 39, id="en-thirty-nine"),
        pytest.param("one hundred and five", "en", 105, id="en-hundred-and-five"),
        pytest.param("one trillion", "en", 1e12, id="en-trillion"),
    ],
)
def test_reads_number_words(text: str, lang: str, value: float) -> None:
    """Numbers written in words are read whole."""
    assert read_words(text, lang) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lang", "written", "value", "kind", "unit"),
    [
        pytest.param("2,5 millions de personnes", "fr", "2,5 millions", 2.5e6, "count", None, id="fr-millions"),
        pytest.param("1,2 milliard d'euros", "fr", "1,2 milliard d'euros", 1.2e9, "money", "EUR", id="fr-milliard-euros"),
        pytest.param("quelque 400 000 réfugiés", "fr", "400 000", 4e5, "count", None, id="fr-quelque"),
        pytest.param("10 000 francs CFA", "fr", "10 000 francs CFA", 1e4, "money", "XOF", id="fr-francs-cfa"),
        pytest.param("ils versent 50 € chacun", "fr", "50 €", 50, "money", "EUR", id="fr-euro-sign-after"),
        pytest.param("15 % des voix", "fr", "15 %", 15, "percent", "%", id="fr-percent-sign"),
        pytest.param("15 pour cent des voix", "fr", "15 pour cent", 15, "percent", "%", id="fr-pour-cent"),
        pytest.param("des vents à 125 km/h", "fr", "125 km/h", 125, "measure", "km/h", id="fr-speed"),
        pytest.param("a $1.2 billion loan", "en", "$1.2 billion", 1.2e9, "money", "USD", id="en-dollar-billion"),
        pytest.param("a 3 bn budget", "en", "3 bn", 3e9, "count", None, id="en-bn"),
        pytest.param("a $1.2bn loan", "en", "$1.2bn", 1.2e9, "money", "USD", id="en-glued-scale"),
        pytest.param("la course de 10km", "fr", "10km", 10, "measure", "km", id="fr-glued-unit"),
        pytest.param("USD 5 million in aid", "en", "USD 5 million", 5e6, "money", "USD", id="en-code-before"),
        pytest.param("€20 million", "en", "€20 million", 2e7, "money", "EUR", id="en-euro-sign-before"),
        pytest.param("15 percent of voters", "en", "15 percent", 15, "percent", "%", id="en-percent"),
    ],
)
def test_finds_amounts_with_scale_currency_and_unit(
    text: str, lang: str, written: str, value: float, kind: str, unit: str | None
) -> None:
    """Scale words, per cent, currencies and units around a number belong to its amount."""
    (amount,) = find_amounts(text, lang)
    assert text[amount.start : amount.end] == written
    assert (amount.value, amount.kind, amount.unit) == (pytest.approx(value), kind, unit)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("COVID-19", "en", id="code-after-hyphen"),
        pytest.param("le G7 et le G20", "fr", id="name-with-digits"),
        pytest.param("its 9254th meeting", "en", id="ordinal-en"),
        pytest.param("la 80e session", "fr", id="ordinal-fr"),
        pytest.param("Communiqué du 10.03.2020", "fr", id="dotted-date"),
        pytest.param("CS/11600", "fr", id="document-symbol"),
        pytest.param("à 14h30", "fr", id="time-fr"),
        pytest.param("at 10:30", "en", id="time-en"),
        pytest.param("a five-year plan", "en", id="compound-adjective"),
        pytest.param("des milliers de personnes", "fr", id="vague-thousands"),
    ],
)
def test_leaves_codes_ordinals_and_times(text: str, lang: str) -> None:
    """Digits inside codes, names, ordinals, dates and times, and vague plurals, are no amounts."""
    assert list(find_amounts(text, lang)) == []


@given(st.integers(min_value=1000, max_value=10**12), st.sampled_from([" ", "\u00a0", "\u202f", "."]))
def test_french_grouping_round_trips(number: int, separator: str) -> None:
    """Any integer written with French grouping reads back as itself."""
    written = f"{number:,}".replace(",", separator)
    (amount,) = find_amounts(f"soit {written} personnes", "fr")
    assert amount.value == number


@given(st.integers(min_value=1000, max_value=10**12))
def test_english_grouping_round_trips(number: int) -> None:
    """Any integer written with English comma grouping reads back as itself."""
    (amount,) = find_amounts(f"some {number:,} people", "en")
    assert amount.value == number


@given(st.text(), st.sampled_from(["fr", "en"]))
@example("12 000 000 000 000 000 000 000 000", "fr")
@example("$ % € 1,,,2...3", "en")
def test_amounts_never_raise_and_stay_inside_the_text(text: str, lang: str) -> None:
    """On any text, amounts are ordered, non-empty and inside the text, with the number inside the amount."""
    previous_end = 0
    for amount in find_amounts(text, lang):
        assert previous_end <= amount.start <= amount.number_start < amount.number_end <= amount.end <= len(text)
        previous_end = amount.end
