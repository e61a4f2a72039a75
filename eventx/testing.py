"""Helpers for testing extractors without loading a model.

`make_document` turns hand-written token annotations into the neutral `Document`,
and `FakeBackend` serves such documents to a `Pipeline`, so a custom extractor can
be unit-tested in milliseconds:

    >>> from eventx.testing import make_document
    >>> doc = make_document("Lavrov a rencontré Safadi.", heads=[2, 2, 2, 2, 2],
    ...                     deps=["nsubj", "aux", "root", "obj", "punct"], ents={"Lavrov": "PER"})
    >>> [t.dep for t in doc.tokens]
    ['nsubj', 'aux', 'root', 'obj', 'punct']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from eventx.document import Document, Entity, Sentence, Token

_WORD = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_SENTENCE_END = frozenset(".!?")


def make_document(
    text: str,
    *,
    lang: str = "fr",
    heads: Sequence[int] | None = None,
    deps: Sequence[str] | None = None,
    pos: Sequence[str] | None = None,
    lemmas: Sequence[str] | None = None,
    ents: Mapping[str, str] | None = None,
) -> Document:
    """A neutral document from text and optional per-token annotations.

    Tokens are words and punctuation marks; sentences end after ".", "!" or "?".
    `heads` are token indices (a root points to itself), `ents` maps an exact
    substring of the text to its entity label.
    """
    matches = list(_WORD.finditer(text))
    n = len(matches)
    for name, values in (("heads", heads), ("deps", deps), ("pos", pos), ("lemmas", lemmas)):
        if values is not None and len(values) != n:
            raise ValueError(f"{name} has {len(values)} values for {n} tokens: {[m.group() for m in matches]}")
    sents: list[Sentence] = []
    sent_of: list[int] = []
    first = 0
    for k, m in enumerate(matches):
        sent_of.append(len(sents))
        if m.group() in _SENTENCE_END or k == n - 1:
            sents.append(Sentence(len(sents), first, k + 1, matches[first].start(), m.end()))
            first = k + 1
    entities: list[Entity] = []
    label_at: dict[int, str] = {}
    for surface, label in (ents or {}).items():
        start = text.find(surface)
        if start < 0:
            raise ValueError(f"entity {surface!r} is not in the text")
        members = [k for k, m in enumerate(matches) if m.start() >= start and m.end() <= start + len(surface)]
        entities.append(Entity(label, members[0], members[-1] + 1, start, start + len(surface), surface))
        label_at.update(dict.fromkeys(members, label))
    entities.sort(key=lambda e: e.start)
    tokens = [
        Token(
            i=k,
            text=m.group(),
            start=m.start(),
            end=m.end(),
            lemma=lemmas[k] if lemmas else m.group().lower(),
            pos=pos[k] if pos else ("PUNCT" if not m.group()[0].isalnum() else "X"),
            dep=deps[k] if deps else "dep",
            head=heads[k] if heads else k,
            sent=sent_of[k],
            ent=label_at.get(k, ""),
        )
        for k, m in enumerate(matches)
    ]
    return Document(text=text, lang=lang, tokens=tokens, sents=sents, ents=entities)


class FakeBackend:
    """A backend that returns documents built by a function instead of parsing.

    Pass an instance as `Pipeline(lang, backend=FakeBackend(...))`; by default it
    builds each document with `make_document(text, lang=lang)`.
    """

    name = "fake"

    def __init__(self, lang: str = "fr", *, build: Callable[[str], Document] | None = None) -> None:
        self.lang = lang
        self._build = build or (lambda text: make_document(text, lang=lang))

    def parse_many(self, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Document]:
        """One document per text, in order."""
        return (self._build(text) for text in texts)


__all__ = ["FakeBackend", "make_document"]
