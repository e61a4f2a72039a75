"""Rule-based meetings extractor (French and English)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from eventx.document import Document
from eventx.registry import ExtractorSpec


def extract_meetings(doc: Document, found: Any, /) -> Iterator[Any]:
    """Yield the meetings found in the document."""
    return iter(())


MEETINGS_RULES_V1 = ExtractorSpec("meetings.rules.v1", extract_meetings, assigns="meetings", requires=("mentions",))
