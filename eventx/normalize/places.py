"""Place and country names to ISO 3166-1 alpha-2 codes.

Country names come from babel in the document's language; each language's
`countries` data adds variants, adjectives and cities. Lookups fold accents,
case and leading articles, so "Egypte", "l'Égypte" and "EGYPTE" agree.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from babel import Locale

from eventx.lang import data
from eventx.normalize.names import fold

_ARTICLE = re.compile(r"^(?:l'|l’|le |la |les |the )", re.IGNORECASE)
_ALPHA2 = re.compile(r"^[A-Z]{2}$")
_DISCARDED = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ"})


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """The folded form a name is looked up by, leading article removed (cached: names recur)."""
    return fold(_ARTICLE.sub("", name.strip()))


@cache
def _countries(lang: str) -> dict[str, str]:
    """Folded country names (babel's, in `lang`, plus the language's variants) to codes."""
    table = {
        _key(name): code
        for code, name in Locale.parse(lang).territories.items()
        if _ALPHA2.match(code) and code not in _DISCARDED
    }
    table.update({_key(name): code for name, code in data(lang, "countries").VARIANTS.items()})
    return table


@cache
def _cities(lang: str) -> dict[str, str]:
    """Folded city names of the language's table to their country codes."""
    return {_key(name): code for name, code in data(lang, "countries").CITIES.items()}


@cache
def _adjectives(lang: str) -> dict[str, str]:
    """Folded country adjectives and demonyms to codes."""
    return {fold(word): code for word, code in data(lang, "countries").ADJECTIVES.items()}


def country_code(name: str, lang: str) -> str | None:
    """ISO code of a country named as written ("Egypte", "les États-Unis"), or None."""
    return _countries(lang).get(_key(name))


def city_country(name: str, lang: str) -> str | None:
    """ISO code of the country of a listed city ("Moscou" gives "RU"), or None."""
    return _cities(lang).get(_key(name))


def place_country(name: str, lang: str) -> str | None:
    """ISO code of the country a place is, or lies in, when known."""
    return country_code(name, lang) or city_country(name, lang)


def country_name(code: str, lang: str) -> str | None:
    """The country's name in `lang`, from babel ("RU" gives "Russie" in French)."""
    return Locale.parse(lang).territories.get(code)


@lru_cache(maxsize=65536)
def adjective_country(word: str, lang: str) -> str | None:
    """ISO code of the country a country adjective or demonym refers to ("syriennes" gives "SY");
    cached, as every capitalised word and title complement is tried."""
    table = _adjectives(lang)
    folded = fold(word).replace(" ", "")
    spaced = fold(word)
    if spaced in table:
        return table[spaced]
    for ending, replacement in data(lang, "countries").INFLECTION_ENDINGS:
        if spaced.endswith(ending):
            stem = spaced[: len(spaced) - len(ending)] + replacement
            if stem in table:
                return table[stem]
    return table.get(folded)


__all__ = ["adjective_country", "city_country", "country_code", "country_name", "place_country"]
