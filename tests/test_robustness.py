"""Any Unicode string, any size: no exception, offsets into the text the user passed, linear time."""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
import socket
import time
from collections.abc import Callable, Iterator

import pytest
from pydantic import BaseModel

import eventx
import eventx.backends.spacy as spacy_backend
from eventx.backends import LONGEST_RUN, pieces, sanitize
from eventx.models import Span
from conftest import load_gold


def spans_of(value: object) -> Iterator[Span]:
    """Every `Span` anywhere inside a result."""
    if isinstance(value, Span):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from spans_of(getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from spans_of(item)


def assert_offsets_valid(text: str, result: eventx.Extraction) -> None:
    """Every span of the result points at its own text inside `text`."""
    for span in spans_of(result):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text


FR = load_gold("fr")[0]["text"]
EN = load_gold("en")[0]["text"]

ODD_TEXTS: dict[str, Callable[[str], str]] = {
    "control-characters": lambda a: a.replace(" ", " \x01\x07\x1b ").replace(".", ".\x0c\x7f\x85"),
    "nul": lambda a: a.replace(" ", "\x00 ", 40),
    "lone-surrogates": lambda a: a.replace("e", "e\ud800", 30).replace("a", "\udfffa", 30),
    "combining-marks": lambda a: a.replace("e", "e\u0301\u0327").replace("o", "o\u0308"),
    "emoji-sequences": lambda a: a.replace(". ", ". 👨\u200d👩\u200d👧\u200d👦 🇫🇷🏳️\u200d🌈 👍🏽 "),
    "arabic-and-chinese": lambda a: "التقى الرئيس ماكرون بنظيره في باريس.\n会议在北京举行，双方讨论了合作。\n" + a,
    "right-to-left-marks": lambda a: a.replace(" ", " \u200f\u202e ", 30),
    "html": lambda a: "<html><body><p>" + a.replace(". ", ".</p>\n<p>&nbsp;&eacute;&#233;&#x27;<b>") + "</p><script>var x=1;</script>",
    "crlf": lambda a: a.replace("\n", "\r\n"),
    "zero-width": lambda a: a.replace(" ", "\u200b \ufeff"),
    "run-without-space": lambda a: a + " " + "x" * 100_000 + " " + a,
    "run-of-punctuation": lambda a: a + "!" * 3_000 + a,
    "many-newlines": lambda a: "\n" * 30_000 + a + "\n" * 30_000,
    "many-quote-marks": lambda a: a + " " + '" « » “ ” '.join(["'"] * 5_000) + a,
    "unbalanced-quotes": lambda a: "« " + a.replace("»", "").replace("”", "") + ' "',
}
"""Article transformations covering what scraped news throws at a library."""


@pytest.mark.model
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("transform", list(ODD_TEXTS.values()), ids=list(ODD_TEXTS))
def test_odd_text_extracts_with_valid_offsets(transform: Callable[[str], str], lang: str) -> None:
    text = transform(FR if lang == "fr" else EN)
    assert_offsets_valid(text, eventx.extract(text, lang=lang))


@pytest.mark.model
def test_document_beyond_the_model_limit_is_parsed_in_pieces(fr_pipeline: eventx.Pipeline) -> None:
    padding = "\n" + " " * 1_000_000 + "\n"
    text = FR + padding + FR
    assert len(text) > fr_pipeline.backend.nlp.max_length
    doc = fr_pipeline.backend.parse(text)
    second = [t for t in doc.tokens if t.start >= len(FR) + len(padding)]
    assert len(second) * 2 == len(doc.tokens)
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)
    result = eventx.extract(text, lang="fr")
    assert_offsets_valid(text, result)
    assert any(span.start > 1_000_000 for span in spans_of(result))


@pytest.mark.model
def test_long_paragraph_is_cut_at_sentence_breaks(fr_pipeline: eventx.Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(FR.split())
    monkeypatch.setattr(spacy_backend, "PIECE_LENGTH", 1_000)
    doc = fr_pipeline.backend.parse(text)
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)
    assert [t.i for t in doc.tokens] == list(range(len(doc.tokens)))
    assert all(0 <= t.head < len(doc.tokens) and doc.sents[t.sent].start <= t.start for t in doc.tokens)
    assert [s.start for s in doc.sents] == sorted(s.start for s in doc.sents)
    assert_offsets_valid(text, eventx.extract(text, lang="fr"))


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("Un.\n\nDeux. Trois.\n\n\n  Quatre", 100),
        ("Phrase une. Phrase deux. Phrase trois. " * 50, 100),
        ("x" * 1_000, 64),
        ("ligne\n" * 300, 50),
        ("   \n\n \t ", 10),
    ],
    ids=["paragraphs", "sentences", "no-break", "lines", "blank"],
)
def test_pieces_are_trimmed_ordered_and_within_the_limit(text: str, limit: int) -> None:
    cuts = list(pieces(text, limit))
    assert all(0 < end - start <= limit for start, end in cuts)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(cuts, cuts[1:]))
    assert all(not text[start].isspace() and not text[end - 1].isspace() for start, end in cuts)
    covered = {k for start, end in cuts for k in range(start, end)}
    assert all(k in covered for k, char in enumerate(text) if not char.isspace())


@pytest.mark.parametrize(
    "text",
    ["a\ud800b", "x" * 500, "!" * 200 + " fin", "\udfff" * 3, "é" * (LONGEST_RUN + 1)],
    ids=["surrogate", "long-run", "punctuation-run", "surrogates-only", "just-over-the-limit"],
)
def test_sanitize_keeps_length_and_breaks_only_long_runs(text: str) -> None:
    clean = sanitize(text)
    assert len(clean) == len(text)
    assert "\ud800" not in clean and "\udfff" not in clean
    assert all(len(run) <= LONGEST_RUN for run in clean.split())


@pytest.mark.model
@pytest.mark.parametrize("mark", ["!", '"', "«", "👍", "’", ")"], ids=["bang", "quote", "guillemet", "emoji", "apostrophe", "paren"])
def test_tokenizing_a_run_of_marks_grows_linearly(fr_pipeline: eventx.Pipeline, mark: str) -> None:
    tokenizer = fr_pipeline.backend.nlp.tokenizer
    small, large = _best_time(lambda: tokenizer(sanitize(mark * 1_000))), _best_time(lambda: tokenizer(sanitize(mark * 8_000)))
    assert large < 30 * small


def _best_time(run: Callable[[], object], repeat: int = 3) -> float:
    """The shortest of a few CPU-time measures of `run`, garbage collection paused.

    CPU time of this thread, not wall-clock time, so other processes on the machine
    do not make a large input look slower than it is.
    """
    times = []
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.thread_time()
            run()
            times.append(time.thread_time() - start)
    finally:
        gc.enable()
    return max(min(times), 2e-5)


def _patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Every compiled regular expression held at module level anywhere in eventx."""
    for info in pkgutil.walk_packages(eventx.__path__, "eventx."):
        if info.name.endswith(("stanza", ".dask", ".cli", "__main__")):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                yield f"{info.name}.{name}", value
            elif isinstance(value, tuple):
                for k, item in enumerate(value):
                    if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                        yield f"{info.name}.{name}[{k}]", item


_ADVERSARIAL_UNITS = ("a", "A", "1", " ", "\n", ".", ",", "'", "’", '"', "«", "-", "é", "a ", "A.", "1 ", "1,", "a-", "\n ", ". ")
"""What the repetitions of ordinary patterns match: letters, digits, spaces, marks and their pairs."""


@pytest.mark.parametrize(
    ("name", "pattern"),
    [pytest.param(name, pattern, id=name) for name, pattern in _patterns()],
)
def test_regular_expression_runs_in_linear_time_on_long_runs(name: str, pattern: re.Pattern[str]) -> None:
    for unit in _ADVERSARIAL_UNITS:
        small, large = (unit * (n // len(unit)) + "\x00" for n in (2_000, 16_000))
        ratio = _best_time(lambda: sum(1 for _ in pattern.finditer(large))) / _best_time(
            lambda: sum(1 for _ in pattern.finditer(small))
        )
        assert ratio < 30, f"{name} on a run of {unit!r}: 8 times the input took {ratio:.0f} times as long"


@pytest.mark.model
def test_extraction_needs_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for text in (FR, EN):
        assert_offsets_valid(text, eventx.extract(text, published="2023-11-22"))
