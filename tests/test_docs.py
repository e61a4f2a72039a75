"""The documentation's Python examples run, and print what the pages say they print."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_FENCE = re.compile(r"^```(\w*)\s*$")
_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def python_blocks(markdown: str) -> str:
    """The page's ```python blocks, every other line blanked so line numbers still match."""
    lines = markdown.splitlines()
    kept = [""] * len(lines)
    language: str | None = None
    for number, line in enumerate(lines):
        fence = _FENCE.match(line)
        if fence:
            language = fence.group(1) if language is None else None
        elif language == "python":
            kept[number] = line
    return "\n".join(kept) + "\n"


def _doctest(page: Path) -> doctest.DocTest:
    """The page's examples as one doctest, sharing names from block to block."""
    source = python_blocks(page.read_text(encoding="utf-8"))
    return doctest.DocTestParser().get_doctest(source, {}, page.name, str(page), 0)


PAGES = [page for page in sorted((ROOT / "docs").glob("*.md")) if _doctest(page).examples]
"""Documentation pages with interactive (`>>>`) examples."""


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        pytest.param("```python\n>>> 1\n1\n```\n", "\n>>> 1\n1\n\n", id="python-block"),
        pytest.param("```console\n$ ls\n```\n```python\n>>> 2\n```\n", "\n\n\n\n>>> 2\n\n", id="other-block-blanked"),
        pytest.param("text\n>>> 3\n", "\n\n", id="prose-ignored"),
    ],
)
def test_python_blocks_keep_only_python_lines_in_place(markdown: str, expected: str) -> None:
    assert python_blocks(markdown) == expected


def test_usage_page_has_examples() -> None:
    assert "usage.md" in [page.name for page in PAGES]


@pytest.mark.model
@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_page_examples_print_what_the_page_shows(page: Path) -> None:
    test = _doctest(page)
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=_FLAGS)
    outcome = runner.run(test, out=report.append, clear_globs=True)
    assert outcome.attempted > 0
    assert outcome.failed == 0, "".join(report)
