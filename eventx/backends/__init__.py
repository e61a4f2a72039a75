"""Backends: turn text into the neutral `Document`. Each is imported only when chosen.

What every backend shares lives here: a same-length copy of the text that models
can read (`sanitize`), the cutting of a text into paragraph pieces that are parsed
on their own (`pieces`), and the joining of the parsed pieces into one document
whose offsets point into the whole text (`join`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from eventx.document import ENTITY_LABELS, Document, Entity, Sentence, Token

LONGEST_RUN = 64
"""Whitespace-free runs longer than this are broken up in the copy given to a model.

A tokenizer that peels punctuation off both ends of a "word" one mark at a time
takes time quadratic in the word's length; no real word is this long.
"""
RUN_STEP = 32
"""Within a broken-up run, every `RUN_STEP`-th character is read as a space."""

ENTITY_LABEL_MAP: dict[str, str] = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "MISC": "MISC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "PRODUCT": "MISC",
}
"""Entity labels of the backends' models (spaCy's, and stanza's WikiNER, CoNLL-03 and
OntoNotes) onto the neutral label set; numeric labels (DATE, CARDINAL...) keep their names."""


def neutral_label(label: str) -> str:
    """A model's entity label in the neutral label set; labels it does not know become MISC."""
    mapped = ENTITY_LABEL_MAP.get(label, label)
    return mapped if mapped in ENTITY_LABELS else "MISC"


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_RUN = re.compile(rf"\S{{{LONGEST_RUN + 1},}}")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_CUT_POINTS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\n"),
    re.compile(r"(?<=[.!?;。！？])\s"),
    re.compile(r"\s"),
)
"""Where an overlong paragraph may be cut, best first: line ends, sentence ends, any space."""


def _blank_every_step(match: re.Match[str]) -> str:
    """The run with every `RUN_STEP`-th character replaced by a space."""
    run = list(match.group())
    run[RUN_STEP::RUN_STEP] = " " * len(run[RUN_STEP::RUN_STEP])
    return "".join(run)


def sanitize(text: str) -> str:
    """A same-length copy of `text` that statistical models read safely and in linear time.

    Lone surrogates become U+FFFD and whitespace-free runs longer than `LONGEST_RUN`
    are broken by spaces. Offsets into the copy are offsets into the original, and
    token texts are always read from the original, so results point into the text
    the user passed.
    """
    return _LONG_RUN.sub(_blank_every_step, _LONE_SURROGATE.sub("\ufffd", text))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """`(start, end)` moved inwards past leading and trailing whitespace."""
    chunk = text[start:end]
    return start + len(chunk) - len(chunk.lstrip()), start + len(chunk.rstrip())


def _cut(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """`text[start:end]` in pieces of at most `limit` characters, cut at the best break.

    The cut is looked for in the second half of each window, so every character is
    scanned a bounded number of times; a run without any break is cut hard.
    """
    while end - start > limit:
        window_end = start + limit
        cut = window_end
        for pattern in _CUT_POINTS:
            last = None
            for last in pattern.finditer(text, start + limit // 2, window_end):
                pass
            if last is not None:
                cut = last.end()
                break
        yield start, cut
        start = cut
    yield start, end


def split_text(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """Cut `text` into (start, end) pieces of at most `limit` characters, at the best breaks."""
    if text:
        yield from _cut(text, 0, len(text), limit)


def pieces(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) of every paragraph of `text`, trimmed, each at most `limit` characters.

    Paragraphs are separated by blank lines. Parsing each one on its own keeps a
    paragraph's analysis independent of what comes before or after it, and keeps
    memory bounded on long inputs. Paragraphs longer than `limit` are cut at line,
    sentence or word breaks. Whitespace-only text has no pieces.
    """
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        yield from _pieces_of(text, start, brk.start(), limit)
        start = brk.end()
    yield from _pieces_of(text, start, len(text), limit)


def _pieces_of(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """The trimmed pieces of one paragraph; none when it is blank."""
    start, end = _trimmed(text, start, end)
    if start < end:
        for piece_start, piece_end in _cut(text, start, end, limit):
            piece_start, piece_end = _trimmed(text, piece_start, piece_end)
            if piece_start < piece_end:
                yield piece_start, piece_end


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


def join(text: str, lang: str, parsed: list[tuple[int, Document]]) -> Document:
    """One document over `text` from documents parsed on pieces starting at given offsets."""
    tokens: list[Token] = []
    sents: list[Sentence] = []
    ents: list[Entity] = []
    for char_offset, piece in parsed:
        moved = shift(piece, char_offset, len(tokens), len(sents))
        tokens.extend(moved.tokens)
        sents.extend(moved.sents)
        ents.extend(moved.ents)
    return Document(text=text, lang=lang, tokens=tokens, sents=sents, ents=ents)
