"""Language knowledge, as data, one package per language.

`eventx.lang.fr.meetings` holds the French meeting triggers, `eventx.lang.en.figures`
the English number words and units, and so on; the extractors hold the logic and
read these tables through `data(lang, topic)`.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType

from eventx.errors import UnknownNameError

LANGUAGES: tuple[str, ...] = ("en", "fr")
"""Languages eventx extracts from."""

_WORD = re.compile(r"[^\W\d_]+")


def check_language(lang: object) -> str:
    """`lang` itself when supported; an error listing the supported languages otherwise."""
    if lang not in LANGUAGES:
        raise UnknownNameError("language", lang, LANGUAGES)
    return lang  # type: ignore[return-value]


def data(lang: str, topic: str) -> ModuleType:
    """The data module for one language and topic, e.g. `data("fr", "meetings")`."""
    return importlib.import_module(f"eventx.lang.{check_language(lang)}.{topic}")


def detect(text: str, *, sample: int = 5000) -> str:
    """French or English, by counting each language's function words in the text's start."""
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    scores = {lang: sum(w in data(lang, "function_words").FUNCTION_WORDS for w in words) for lang in LANGUAGES}
    return max(LANGUAGES, key=lambda lang: (scores[lang], lang == "fr"))
