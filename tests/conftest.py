"""Shared fixtures: one real pipeline per language for the session, gold fixtures, parsed documents."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import eventx
from eventx.document import Document, Sentence, Token

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
DEV = FIXTURES / "dev"
SEED = ROOT / "seeds" / "000_df9f62428ddfad93.txt"


def load_gold(lang: str | None = None) -> list[dict]:
    """The annotated documents shipped in fixtures/dev, optionally of one language."""
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.json"))]
    return [d for d in docs if lang is None or d["lang"] == lang]


def word_document(text: str, lang: str = "en") -> Document:
    """A one-sentence document with one token per run of non-space characters and no analysis."""
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    tokens = [
        Token(i=i, text=text[s:e], start=s, end=e, lemma=text[s:e], pos="X", dep="dep", head=0, sent=0)
        for i, (s, e) in enumerate(spans)
    ]
    return Document(text, lang, tokens, [Sentence(0, 0, len(tokens), spans[0][0], spans[-1][1])], [])


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The article the library was designed from."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def fr_pipeline() -> eventx.Pipeline:
    """The default French pipeline, its model loaded once."""
    return eventx.Pipeline("fr")


@pytest.fixture(scope="session")
def en_pipeline() -> eventx.Pipeline:
    """The default English pipeline, its model loaded once."""
    return eventx.Pipeline("en")


@pytest.fixture(scope="session")
def parse(fr_pipeline: eventx.Pipeline, en_pipeline: eventx.Pipeline):
    """Parse a text into the neutral document with the real backend of its language."""
    backends = {"fr": fr_pipeline.backend, "en": en_pipeline.backend}

    def parse(text: str, lang: str = "fr") -> Document:
        return backends[lang].parse(text)

    return parse
