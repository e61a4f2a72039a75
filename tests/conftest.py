"""Shared fixtures: one real pipeline per language for the session, gold fixtures, parsed documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import eventx
from eventx.document import Document

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
DEV = FIXTURES / "dev"
SEED = ROOT / "seeds" / "000_df9f62428ddfad93.txt"


def load_gold(lang: str | None = None) -> list[dict]:
    """The annotated documents shipped in fixtures/dev, optionally of one language."""
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.json"))]
    return [d for d in docs if lang is None or d["lang"] == lang]


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
