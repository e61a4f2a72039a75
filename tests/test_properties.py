"""Properties of `extract` on arbitrary text and on news-like text built from the dev articles.

The number of examples per property comes from the EVENTX_HYPOTHESIS_EXAMPLES
environment variable: small by default so the suite stays fast, larger in CI
and in thorough runs (e.g. EVENTX_HYPOTHESIS_EXAMPLES=500).
"""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import eventx
from conftest import load_gold
from test_robustness import assert_offsets_valid, spans_of

EXAMPLES = int(os.environ.get("EVENTX_HYPOTHESIS_EXAMPLES", "10"))
"""Examples per property: small by default, raised by CI and thorough runs."""

PROPERTY_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=EXAMPLES <= 10,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)

_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+")
_NUMBER = re.compile(r"\d+")
ARTICLES = {lang: [doc["text"] for doc in load_gold(lang)] for lang in eventx.LANGUAGES}
NAMES = {
    lang: sorted({p["name"] for doc in load_gold(lang) for p in doc.get("participants", []) if p.get("name")})
    for lang in eventx.LANGUAGES
}
NOISE = ["\x00", "\ud83d", "<br/>", "&nbsp;", "&amp;", "\r\n", "\u200b", "😀", "👨\u200d👩\u200d👧", "« ", ' "', "\n\n", "…", "\u0301", "ي", "中"]
"""What scraped pages leave in a text: control characters, markup, broken emoji, stray quotes."""

odd_characters = st.characters(codec=None, categories=None) | st.sampled_from("\n\r\t «»\"'“”.,;:!?-0123456789")
arbitrary_text = st.text(odd_characters, max_size=400) | st.text(st.characters(categories=["Cs"]), max_size=5)


@st.composite
def news_like(draw: st.DrawFn, lang: str) -> str:
    """A text from the dev articles: sentences shuffled and thinned, noise inserted, numbers and names changed."""
    article = draw(st.sampled_from(ARTICLES[lang]))
    sentences = _SENTENCE_END.split(article)
    kept = draw(st.lists(st.sampled_from(sentences), min_size=1, max_size=12))
    text = " ".join(kept) if draw(st.booleans()) else "\n\n".join(kept)
    for name in draw(st.lists(st.sampled_from(NAMES[lang]), max_size=3, unique=True)):
        text = text.replace(name, draw(st.sampled_from(NAMES[lang])))
    text = _NUMBER.sub(lambda m: str(draw(st.integers(0, 10**7))) if draw(st.booleans()) else m.group(), text)
    for noise in draw(st.lists(st.sampled_from(NOISE), max_size=6)):
        position = draw(st.integers(0, len(text)))
        text = text[:position] + noise + text[position:]
    return text


any_news = st.sampled_from(eventx.LANGUAGES).flatmap(lambda lang: st.tuples(st.just(lang), news_like(lang)))


@pytest.mark.model
@PROPERTY_SETTINGS
@given(text=arbitrary_text, lang=st.sampled_from(eventx.LANGUAGES))
@example(text="!" * 3_000, lang="fr")
@example(text="\ud800\udc00\udfff", lang="en")
@example(text="\n" * 5_000, lang="fr")
def test_arbitrary_text_never_raises_and_offsets_hold(text: str, lang: str) -> None:
    result = eventx.extract(text, lang=lang)
    assert_offsets_valid(text, result)
    assert eventx.Extraction.model_validate_json(result.model_dump_json()) == result


@pytest.mark.model
@PROPERTY_SETTINGS
@given(article=any_news)
def test_news_like_text_is_deterministic_valid_and_round_trips(article: tuple[str, str]) -> None:
    lang, text = article
    result = eventx.extract(text, lang=lang, published="2023-11-22")
    assert_offsets_valid(text, result)
    assert eventx.extract(text, lang=lang, published="2023-11-22") == result
    assert eventx.Extraction.model_validate_json(result.model_dump_json()) == result


def _located(result: eventx.Extraction) -> set[tuple[str, int, int]]:
    """What a result found, as (kind, start, end) of every span, kind from where the span sits."""
    kinds = {
        "meeting": result.meetings,
        "statement": result.statements,
        "figure": result.figures,
        "participant": result.participants,
    }
    return {(kind, span.start, span.end) for kind, items in kinds.items() for span in spans_of(items)}


@pytest.mark.model
@PROPERTY_SETTINGS
@given(article=any_news, other=st.integers(0, 100))
def test_appending_an_unrelated_article_keeps_what_was_found(article: tuple[str, str], other: int) -> None:
    lang, text = article
    appended = ARTICLES[lang][other % len(ARTICLES[lang])]
    alone = eventx.extract(text, lang=lang, published="2023-11-22")
    together = eventx.extract(f"{text}\n\n{appended}", lang=lang, published="2023-11-22")
    assert _located(alone) <= _located(together)


@pytest.mark.model
def test_lone_surrogate_inside_a_span_round_trips_through_json() -> None:
    text = "Samaras, Chr\ud83distos Staïkouras, nommé vice-ministre, a déclaré : « Nous restons dans l'euro. »"
    result = eventx.extract(text, lang="fr")
    assert any("\ud83d" in span.text for span in spans_of(result))
    assert eventx.Extraction.model_validate_json(result.model_dump_json()) == result


_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


@given(text=st.text(alphabet=st.characters(codec=None), max_size=40).filter(lambda t: not _SURROGATE_PAIR.search(t)))
@example(text="\ud800")
@example(text="a\udfff\ud83d")
def test_any_span_text_round_trips_through_json_text_and_bytes(text: str) -> None:
    """Lone surrogates survive; a high one right before a low one would read back as the pair's character."""
    span = eventx.models.Span(start=0, end=len(text), text=text)
    written = span.model_dump_json()
    assert eventx.models.Span.model_validate_json(written) == span
    assert eventx.models.Span.model_validate_json(written.encode("utf-8")) == span
