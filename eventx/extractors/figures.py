"""Rule-based figures extractor (French and English)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from eventx.document import Document
from eventx.registry import ExtractorSpec


def extract_figures(doc: Document, found: Any, /) -> Iterator[Any]:
    """Yield the figures found in the document."""
    return iter(())


FIGURES_RULES_V1 = ExtractorSpec("figures.rules.v1", extract_figures, assigns="figures", requires=())
