"""The stanza backend: stanza pipelines loaded from a local model directory, never downloaded.

Stanza's output is converted once into the neutral `Document`, with the same token
attributes, sentence boundaries, entity labels and character offsets as the spaCy
backend gives, so the extractors run unchanged on it.

Multi-word tokens: when stanza's words spell their token out (English "don't" =
"do" + "n't") each word becomes a neutral token with its own offsets, as spaCy
tokenises it; when they do not (French "du" = "de le", "au" = "à le") the token
stays one neutral token over its written form, as spaCy writes it, carrying the
analysis of its first word ("de", ADP) and the morphology of all its words.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from eventx.backends import join, neutral_label, sanitize, split_text
from eventx.document import Document, Entity, Sentence, Token
from eventx.errors import ModelNotFoundError

MODEL_DIR_VARIABLE = "EVENTX_STANZA_DIR"
"""Environment variable naming the directory that holds the stanza models."""
PROCESSORS: tuple[str, ...] = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
"""Stanza processors used, in order, when the model directory has them; `tokenize` is required."""
PIECE_LENGTH = 100_000
"""Longest line parsed at once; longer lines are cut at sentence breaks."""
_LINE = re.compile(r"[^\n]+")
_loaded: dict[tuple[str, str, str], Any] = {}
_lock = threading.Lock()


def default_model_dir() -> Path:
    """The model directory used when none is given: `EVENTX_STANZA_DIR`, else stanza's own default."""
    configured = os.environ.get(MODEL_DIR_VARIABLE)
    if configured:
        return Path(configured)
    return Path(os.environ.get("STANZA_RESOURCES_DIR", Path.home() / "stanza_resources"))


def _missing(lang: str, model_dir: Path, reason: str) -> ModelNotFoundError:
    """The error for models that are not in `model_dir`, saying how to get them."""
    return ModelNotFoundError(
        f"No stanza models for {lang!r} in {model_dir} ({reason}). eventx never downloads models. "
        f"On a machine with internet run: python -c \"import stanza; stanza.download({lang!r}, "
        f"model_dir='stanza_resources')\", copy that directory to this machine, and pass it as "
        f"backend_options={{'model_dir': ...}} or set {MODEL_DIR_VARIABLE}."
    )


def available_processors(lang: str, model_dir: Path, package: str) -> dict[str, str]:
    """The processors of `PROCESSORS` whose model files are in `model_dir`, with their package.

    Raises ModelNotFoundError when the directory, its resources.json, the language or the
    tokenizer is missing.
    """
    resources_file = model_dir / "resources.json"
    if not resources_file.is_file():
        raise _missing(lang, model_dir, "no resources.json")
    resources = json.loads(resources_file.read_text(encoding="utf-8"))
    lang_resources = resources.get(lang)
    if not isinstance(lang_resources, dict):
        raise _missing(lang, model_dir, f"resources.json has no {lang!r} entry")
    bundle = lang_resources.get("packages", {}).get(package, {})
    found = {}
    for processor in PROCESSORS:
        name = bundle.get(processor) or (package if package in lang_resources.get(processor, {}) else None)
        if isinstance(name, str) and (model_dir / lang / processor / f"{name}.pt").is_file():
            found[processor] = name
    if "tokenize" not in found:
        raise _missing(lang, model_dir, f"no tokenizer of package {package!r}")
    return found


def load_pipeline(lang: str, model_dir: Path, package: str) -> Any:
    """A stanza Pipeline over the local models, loaded once per process; never downloads."""
    key = (lang, str(model_dir), package)
    with _lock:
        if key not in _loaded:
            try:
                import stanza
            except ImportError as exc:
                raise ModelNotFoundError(
                    "The stanza backend needs stanza: pip install 'eventx[stanza]' (on a CPU-only "
                    "machine install torch's CPU build first, see docs/stanza.md)"
                ) from exc
            processors = available_processors(lang, model_dir, package)
            try:
                _loaded[key] = stanza.Pipeline(
                    lang,
                    dir=str(model_dir),
                    processors=processors,
                    download_method=None,
                    logging_level="WARN",
                    use_gpu=False,
                )
            except FileNotFoundError as exc:
                raise _missing(lang, model_dir, f"missing file {exc.filename or exc}") from exc
        return _loaded[key]


def _feats(feats: str | None) -> dict[str, str]:
    """Stanza's 'Key=Value|Key=Value' features as a mapping."""
    pairs = (item.partition("=") for item in (feats or "").split("|") if "=" in item)
    return {k: v for k, _, v in pairs}


def _spells_out(token: Any) -> bool:
    """True when a multi-word token's words, joined, are its written form (case aside)."""
    joined = "".join(w.text for w in token.words)
    return len(joined) == len(token.text) and joined.lower() == token.text.lower()


def _units(sentence: Any) -> Iterator[tuple[int, int, list[Any]]]:
    """(start, end, words) of each neutral token of a stanza sentence, offsets into its text."""
    for token in sentence.tokens:
        words = list(token.words)
        if len(words) == 1 or not _spells_out(token):
            yield token.start_char, token.end_char, words
            continue
        start = token.start_char
        for word in words:
            yield start, start + len(word.text), [word]
            start += len(word.text)


def _dependency(deprel: str | None, *, is_root: bool) -> str:
    """The lower-case label of a token: "root" for the root only, "dep" when stanza gives none."""
    if is_root:
        return "root"
    label = (deprel or "dep").lower()
    return "dep" if label == "root" else label


def _outward(words: list[Any]) -> Any:
    """The word of a neutral token whose head lies outside it (the root word, if any)."""
    inside = {w.id for w in words}
    return next((w for w in words if w.head not in inside), words[0])


def to_document(doc: Any, text: str, lang: str) -> Document:
    """Convert a stanza `Document` of `sanitize(text)` into the neutral document over `text`."""
    tokens: list[Token] = []
    sents: list[Sentence] = []
    for sentence in doc.sentences:
        units = [u for u in _units(sentence) if u[0] is not None and u[1] > u[0]]
        if not units:
            continue
        k, base = len(sents), len(tokens)
        token_of = {w.id: base + n for n, (_, _, words) in enumerate(units) for w in words}
        for n, (start, end, words) in enumerate(units):
            first, outward = words[0], _outward(words)
            head = token_of.get(outward.head, base + n) if outward.head else base + n
            tokens.append(
                Token(
                    i=base + n,
                    text=text[start:end],
                    start=start,
                    end=end,
                    lemma=first.lemma or first.text,
                    pos=first.upos or "X",
                    dep=_dependency(outward.deprel, is_root=head == base + n),
                    head=head,
                    sent=k,
                    morph={key: value for w in reversed(words) for key, value in _feats(w.feats).items()},
                )
            )
        sents.append(Sentence(k, base, len(tokens), tokens[base].start, tokens[-1].end))
    return _with_entities(Document(text=text, lang=lang, tokens=tokens, sents=sents, ents=[]), doc.ents)


def _with_entities(doc: Document, stanza_ents: Sequence[Any]) -> Document:
    """The document with stanza's entities, as token ranges, and each token's entity label."""
    starts = {t.start: t.i for t in doc.tokens}
    ends = {t.end: t.i for t in doc.tokens}
    ents: list[Entity] = []
    labels = [""] * len(doc.tokens)
    for e in stanza_ents:
        first, last = starts.get(e.start_char), ends.get(e.end_char)
        if first is None or last is None or last < first:
            continue
        label = neutral_label(e.type)
        ents.append(Entity(label, first, last + 1, e.start_char, e.end_char, doc.text[e.start_char : e.end_char]))
        labels[first : last + 1] = [label] * (last + 1 - first)
    tokens = [replace(t, ent=labels[t.i]) if labels[t.i] else t for t in doc.tokens]
    return Document(text=doc.text, lang=doc.lang, tokens=tokens, sents=doc.sents, ents=ents)


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-blank line of `text`, long lines cut at sentence breaks.

    Each line is parsed alone so that headlines and datelines are sentences of their
    own, as the spaCy backend makes them.
    """
    for line in _LINE.finditer(text):
        if line.group().strip():
            for start, end in split_text(line.group(), PIECE_LENGTH):
                yield line.start() + start, line.start() + end


class StanzaBackend:
    """Parses text with local stanza models and returns neutral documents."""

    name = "stanza"

    def __init__(self, lang: str, *, model: str | None = None, model_dir: str | Path | None = None) -> None:
        self.lang = lang
        self.package = model or "default"
        """Stanza package name ("default", or e.g. "gsd"), as listed in resources.json."""
        self.model_dir = Path(model_dir) if model_dir is not None else default_model_dir()
        self.processors = available_processors(lang, self.model_dir, self.package)
        """The processors found in the model directory, with their package."""

    @property
    def nlp(self) -> Any:
        """The loaded stanza pipeline (loaded on first use, shared in the process)."""
        return load_pipeline(self.lang, self.model_dir, self.package)

    def parse(self, text: str) -> Document:
        """The neutral document for one text."""
        return next(self.parse_many([text]))

    def parse_many(self, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Document]:
        """Neutral documents for many texts, in order; `batch_size` texts go to stanza at once."""
        nlp = self.nlp
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._parse_batch(nlp, batch)
                batch = []
        if batch:
            yield from self._parse_batch(nlp, batch)

    def _parse_batch(self, nlp: Any, texts: list[str]) -> Iterator[Document]:
        """Parse every line of a batch of texts in one stanza call and join each text back."""
        cuts = [list(_pieces(text)) for text in texts]
        lines = [clean[start:end] for clean, pieces in zip(map(sanitize, texts), cuts) for start, end in pieces]
        parsed = iter(nlp.bulk_process(lines) if lines else [])
        for text, pieces in zip(texts, cuts):
            docs = [(start, to_document(next(parsed), text[start:end], self.lang)) for start, end in pieces]
            yield join(text, self.lang, docs)
