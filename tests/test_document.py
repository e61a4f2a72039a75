"""The Document helpers: dependents and subtrees read from the heads, whatever the tree's shape."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventx.document import Document, Sentence, Token


@st.composite
def _trees(draw: st.DrawFn) -> list[int]:
    """Heads of a random dependency tree, projective or not: each token hangs on one placed before it in a random order."""
    size = draw(st.integers(min_value=1, max_value=30))
    order = draw(st.permutations(range(size)))
    heads = [0] * size
    heads[order[0]] = order[0]
    for k in range(1, size):
        heads[order[k]] = order[draw(st.integers(min_value=0, max_value=k - 1))]
    return heads


def _document(heads: list[int]) -> Document:
    """A one-sentence document of one-letter words with the given heads."""
    text = " ".join("w" * len(heads))
    tokens = [Token(i=i, text="w", start=2 * i, end=2 * i + 1, lemma="w", pos="X", dep="dep", head=h, sent=0) for i, h in enumerate(heads)]
    return Document(text, "en", tokens, [Sentence(0, 0, len(tokens), 0, len(text))], [])


def _descendants(heads: list[int], i: int) -> set[int]:
    """Token `i` and every token whose chain of heads reaches it."""
    found = {i}
    for j in range(len(heads)):
        k = j
        while k != i and heads[k] != k:
            k = heads[k]
        if k == i:
            found.add(j)
    return found


@given(heads=_trees())
def test_subtree_spans_every_descendant(heads: list[int]) -> None:
    doc = _document(heads)
    for i in range(len(heads)):
        below = _descendants(heads, i)
        assert doc.subtree(i) == (min(below), max(below))


@given(heads=_trees())
def test_children_are_the_dependents_in_text_order(heads: list[int]) -> None:
    doc = _document(heads)
    for i in range(len(heads)):
        assert [t.i for t in doc.children(i)] == [j for j, h in enumerate(heads) if h == i and j != i]
