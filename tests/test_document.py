"""The Document helpers: dependents and subtrees read from the heads, whatever the tree's shape."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventx.document import Document, Entity, Sentence, Token


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


@st.composite
def _entity_documents(draw: st.DrawFn) -> Document:
    """A document of one-letter words with random, possibly unordered, non-overlapping entities."""
    size = draw(st.integers(min_value=1, max_value=30))
    doc = _document(list(range(size)))
    cuts = sorted(draw(st.sets(st.integers(min_value=0, max_value=size), max_size=12)))
    ranges = [(a, b) for a, b in zip(cuts, cuts[1:]) if draw(st.booleans())]
    ents = [Entity("PER", a, b, doc.tokens[a].start, doc.tokens[b - 1].end, doc.text[doc.tokens[a].start : doc.tokens[b - 1].end]) for a, b in ranges]
    return Document(doc.text, doc.lang, doc.tokens, doc.sents, draw(st.permutations(ents)))


@given(doc=_entity_documents(), start=st.integers(min_value=-2, max_value=70), width=st.integers(min_value=0, max_value=70))
def test_entities_between_and_starting_at_match_a_full_scan(doc: Document, start: int, width: int) -> None:
    end = start + width
    inside = sorted((e for e in doc.ents if e.start >= start and e.end <= end), key=lambda e: e.start)
    assert list(doc.entities_between(start, end)) == inside
    for token in doc.tokens:
        assert doc.entities_starting_at(token.i) == [e for e in doc.ents if e.start_token == token.i]
