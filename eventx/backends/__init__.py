"""Backends: turn text into the neutral `Document`. Each is imported only when chosen."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from eventx.document import Document, Entity, Sentence, Token

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_LINE_OR_SENTENCE_BREAK = re.compile(r"\n|(?<=[.!?;])\s")


def sanitize(text: str) -> str:
    """A same-length copy that statistical models can read: lone surrogates become U+FFFD.

    Offsets into the copy are offsets into the original, so results always point into
    the text the user passed.
    """
    return _LONE_SURROGATE.sub("\ufffd", text)


def split_text(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """Cut `text` into (start, end) pieces of at most `limit` characters.

    Cuts fall on paragraph breaks where possible, then on line or sentence ends, and
    only as a last resort inside a run of text with no break at all.
    """
    start = 0
    n = len(text)
    while n - start > limit:
        window_end = start + limit
        cut = None
        for pattern in (_PARAGRAPH_BREAK, _LINE_OR_SENTENCE_BREAK):
            last = None
            for m in pattern.finditer(text, start + limit // 2, window_end):
                last = m
            if last is not None:
                cut = last.end()
                break
        if cut is None or cut <= start:
            cut = window_end
        yield start, cut
        start = cut
    if start < n:
        yield start, n


def shift(doc: Document, char_offset: int, token_offset: int, sent_offset: int) -> Document:
    """The same annotations moved by offsets, to sit inside a larger document."""

    def moved_token(t: Token) -> Token:
        return replace(
            t,
            i=t.i + token_offset,
            start=t.start + char_offset,
            end=t.end + char_offset,
            head=t.head + token_offset,
            sent=t.sent + sent_offset,
        )

    return Document(
        text=doc.text,
        lang=doc.lang,
        tokens=[moved_token(t) for t in doc.tokens],
        sents=[
            Sentence(s.i + sent_offset, s.start_token + token_offset, s.end_token + token_offset,
                     s.start + char_offset, s.end + char_offset)
            for s in doc.sents
        ],
        ents=[
            Entity(e.label, e.start_token + token_offset, e.end_token + token_offset,
                   e.start + char_offset, e.end + char_offset, e.text)
            for e in doc.ents
        ],
    )


def join(text: str, lang: str, pieces: list[tuple[int, Document]]) -> Document:
    """One document over `text` from documents parsed on pieces starting at given offsets."""
    tokens: list[Token] = []
    sents: list[Sentence] = []
    ents: list[Entity] = []
    for char_offset, piece in pieces:
        moved = shift(piece, char_offset, len(tokens), len(sents))
        tokens.extend(moved.tokens)
        sents.extend(moved.sents)
        ents.extend(moved.ents)
    return Document(text=text, lang=lang, tokens=tokens, sents=sents, ents=ents)
