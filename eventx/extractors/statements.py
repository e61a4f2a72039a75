"""Rule-based statements extractor (French and English)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from eventx.document import Document
from eventx.registry import ExtractorSpec


def extract_statements(doc: Document, found: Any, /) -> Iterator[Any]:
    """Yield the statements found in the document."""
    return iter(())


STATEMENTS_RULES_V1 = ExtractorSpec("statements.rules.v1", extract_statements, assigns="statements", requires=("mentions", "meetings"))
