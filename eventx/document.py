"""The neutral annotated document that every extractor reads.

A backend (spaCy, stanza, or a test double) converts its own output once into
these plain objects; extractors never see a backend's types. All offsets are
character offsets into the text the user passed.
"""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from eventx.models import Span

ENTITY_LABELS = frozenset(
    {"PER", "ORG", "LOC", "MISC", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
)
"""The one entity label set backends map their labels onto."""


@dataclass(frozen=True, slots=True)
class Token:
    """One word with its analysis."""

    i: int
    """Position in the document's token sequence."""
    text: str
    start: int
    end: int
    lemma: str
    pos: str
    """Universal POS tag (NOUN, VERB, PROPN, ...)."""
    dep: str
    """Universal dependency label, lower case (nsubj, obj, obl:arg, ...)."""
    head: int
    """Index of the syntactic head; a root points to itself."""
    sent: int
    """Index of the sentence holding the token."""
    morph: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    """Morphological features (Gender, Number, Tense, VerbForm, ...)."""
    ent: str = ""
    """Neutral entity label of the entity covering the token, or ''."""
    lower: str = field(init=False, repr=False, compare=False)
    """The text in lower case, computed once: extractors compare it to their lexicons all the time."""

    def __post_init__(self) -> None:
        """Share one string per distinct word: a long document repeats its words a million times."""
        object.__setattr__(self, "text", sys.intern(self.text))
        object.__setattr__(self, "lower", sys.intern(self.text.lower()))

    @property
    def is_root(self) -> bool:
        """True for the root of its sentence."""
        return self.head == self.i


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a range of tokens [start_token, end_token)."""

    i: int
    start_token: int
    end_token: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity as a range of tokens [start_token, end_token)."""

    label: str
    start_token: int
    end_token: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Document:
    """Text plus its tokens, sentences and entities; the input of every extractor."""

    text: str
    lang: str
    tokens: Sequence[Token]
    sents: Sequence[Sentence]
    ents: Sequence[Entity]
    published: date | None = None

    def __post_init__(self) -> None:
        unknown = {e.label for e in self.ents} - ENTITY_LABELS
        if unknown:
            raise ValueError(f"Entity labels {sorted(unknown)} are not in {sorted(ENTITY_LABELS)}")

    @cached_property
    def _token_starts(self) -> list[int]:
        """Start offsets of the tokens, for bisecting."""
        return [t.start for t in self.tokens]

    @cached_property
    def _child_tokens(self) -> list[list[Token]]:
        """The dependents of every token as tokens, built once: extractors ask for them all the time."""
        children: list[list[Token]] = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i:
                children[tok.head].append(tok)
        return children

    @cached_property
    def _subtrees(self) -> tuple[list[int], list[int]]:
        """First and last token of every token's subtree, in one pass from the leaves up: each
        token, once final, widens its head's bounds."""
        order = [tok for tok in self.tokens if tok.head == tok.i]
        for tok in order:
            order.extend(self._child_tokens[tok.i])
        first = list(range(len(self.tokens)))
        last = first.copy()
        for tok in reversed(order):
            if first[tok.i] < first[tok.head]:
                first[tok.head] = first[tok.i]
            if last[tok.i] > last[tok.head]:
                last[tok.head] = last[tok.i]
        return first, last

    def span(self, start: int, end: int) -> Span:
        """A `Span` of the text between two character offsets."""
        return Span(start=start, end=end, text=self.text[start:end])

    def token_span(self, first: int, last: int) -> Span:
        """A `Span` from the start of token `first` to the end of token `last` (inclusive)."""
        return self.span(self.tokens[first].start, self.tokens[last].end)

    def children(self, i: int) -> list[Token]:
        """Syntactic dependents of token `i`, in text order."""
        return list(self._child_tokens[i])

    def subtree(self, i: int) -> tuple[int, int]:
        """First and last token index of the subtree under token `i`."""
        first, last = self._subtrees
        return first[i], last[i]

    def sentence_tokens(self, sent: Sentence) -> Sequence[Token]:
        """The tokens of one sentence."""
        return self.tokens[sent.start_token : sent.end_token]

    def tokens_between(self, start: int, end: int) -> Sequence[Token]:
        """Tokens that start inside the character range [start, end)."""
        starts = self._token_starts
        return self.tokens[bisect_left(starts, start) : bisect_left(starts, end)]

    def token_at(self, offset: int) -> Token | None:
        """The token covering a character offset, if any."""
        k = bisect_right(self._token_starts, offset) - 1
        if k >= 0 and self.tokens[k].start <= offset < self.tokens[k].end:
            return self.tokens[k]
        return None

    @cached_property
    def _ents_by_start(self) -> tuple[list[int], list[Entity]]:
        """Entities in text order, with their start offsets for binary search."""
        ordered = sorted(self.ents, key=lambda e: (e.start, e.end))
        return [e.start for e in ordered], ordered

    @cached_property
    def _ents_by_first_token(self) -> dict[int, list[Entity]]:
        """Entities grouped by their first token."""
        grouped: dict[int, list[Entity]] = {}
        for e in self.ents:
            grouped.setdefault(e.start_token, []).append(e)
        return grouped

    def entities_between(self, start: int, end: int) -> Iterator[Entity]:
        """Entities lying entirely inside the character range [start, end), in text order."""
        starts, ordered = self._ents_by_start
        for k in range(bisect_left(starts, start), bisect_left(starts, end)):
            if ordered[k].end <= end:
                yield ordered[k]

    def entities_starting_at(self, i: int) -> list[Entity]:
        """Entities whose first token is token `i`."""
        return self._ents_by_first_token.get(i, [])
