"""Rule-based participants extractor (French and English)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from eventx.document import Document
from eventx.registry import ExtractorSpec


def extract_participants(doc: Document, found: Any, /) -> Iterator[Any]:
    """Yield the mentions found in the document."""
    return iter(())


PARTICIPANTS_RULES_V1 = ExtractorSpec("participants.rules.v1", extract_participants, assigns="mentions", requires=())
