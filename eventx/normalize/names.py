"""Comparable forms of names: accents, case, punctuation and articles removed."""

from __future__ import annotations

import re
from functools import lru_cache
import unicodedata

ARTICLES = frozenset({"le", "la", "les", "l", "the", "de", "du", "des", "d", "of", "et", "and"})
"""Words ignored when names are compared ("la Russie" = "Russie", "l'OCI" = "OCI")."""

_PUNCTUATION = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents, punctuation as spaces, spaces collapsed (cached: names recur)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", bare)).strip()


@lru_cache(maxsize=65536)
def name_tokens(text: str) -> tuple[str, ...]:
    """The folded words of a name, articles left out (cached: names are compared again and again)."""
    return tuple(w for w in fold(text).split() if w not in ARTICLES)


def initials(text: str) -> frozenset[str]:
    """Initials a name may be abbreviated by, folded: of its significant words ("Organisation de la
    coopération islamique" → "oci"), or of its capitalised words ("Europe Écologie Les Verts" → "eelv")."""
    capitals = fold("".join(w[0] for w in text.split() if w[:1].isupper())).replace(" ", "")
    return frozenset({"".join(w[0] for w in name_tokens(text)), capitals})


@lru_cache(maxsize=65536)
def is_acronym_of(short: str, long: str) -> bool:
    """True when `short` is written in capitals and spells the initials of `long` (cached: every
    short name is tried against every long one)."""
    letters = short.replace(".", "")
    return (
        2 <= len(letters) <= 8
        and letters.isupper()
        and len(name_tokens(long)) >= 2
        and fold(letters).replace(" ", "") in initials(long)
    )
