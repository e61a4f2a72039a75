"""The public functions answer every bad input as the contract says, and batches lose nothing."""

from __future__ import annotations

import itertools
import threading
from datetime import date, datetime

import pytest

import eventx

GOOD_FR = "Le 21 novembre, Sergueï Lavrov a rencontré Ayman Safadi à Moscou. « Nous voulons la paix », a déclaré Lavrov."
GOOD_EN = "On Monday, Antony Blinken met Wang Yi in Beijing. \"We talked frankly,\" Blinken said."


@pytest.mark.parametrize(
    ("text", "type_name"),
    [
        ("Lavrov a rencontré Safadi.".encode(), "bytes"),
        (bytearray(b"abc"), "bytearray"),
        (None, "NoneType"),
        (42, "int"),
        (3.5, "float"),
        (["Lavrov a rencontré Safadi."], "list"),
        (("a", "b", "c"), "tuple"),
    ],
    ids=["bytes", "bytearray", "none", "int", "float", "list", "tuple"],
)
def test_extract_rejects_non_str_naming_the_type(text: object, type_name: str) -> None:
    with pytest.raises(TypeError, match=rf"\b{type_name}\b"):
        eventx.extract(text)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["de", "FR", "", "french", 1], ids=["de", "upper-case", "empty", "word", "int"])
def test_extract_rejects_unsupported_language_listing_the_supported_ones(lang: object) -> None:
    with pytest.raises(ValueError) as raised:
        eventx.extract(GOOD_FR, lang=lang)  # type: ignore[arg-type]
    assert all(supported in str(raised.value) for supported in eventx.LANGUAGES)
    assert repr(lang) in str(raised.value)


@pytest.mark.parametrize(
    "published",
    ["2023-02-30", "2023-13-01", "yesterday", "21/11/2023", "", 20231121, 2023.5],
    ids=["impossible-day", "impossible-month", "word", "french-order", "empty", "int", "float"],
)
def test_extract_rejects_malformed_published_quoting_it(published: object) -> None:
    with pytest.raises(ValueError) as raised:
        eventx.extract(GOOD_FR, published=published)  # type: ignore[arg-type]
    assert repr(published) in str(raised.value)


@pytest.mark.parametrize(
    ("published", "iso"),
    [(date(2023, 11, 22), "2023-11-22"), (datetime(2023, 11, 22, 18, 30), "2023-11-22"), ("2024-02-29", "2024-02-29")],
    ids=["date", "datetime", "leap-day"],
)
def test_extract_accepts_valid_published(published: object, iso: str) -> None:
    assert eventx.extract("   ", published=published).published == iso  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["", " ", "\n\n\t\r\n", "\u00a0\u3000\u2009", "\n" * 10_000],
    ids=["empty", "space", "newlines-tabs", "unicode-spaces", "ten-thousand-newlines"],
)
@pytest.mark.parametrize("lang", [None, "fr", "en"], ids=["detected", "fr", "en"])
def test_extract_of_blank_text_is_empty(text: str, lang: str | None) -> None:
    result = eventx.extract(text, lang=lang)
    assert (result.meetings, result.participants, result.statements, result.figures, result.error) == ([], [], [], [], None)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"on_error": "ignore"}, "on_error"),
        ({"n_process": 0}, "n_process"),
        ({"batch_size": 0}, "batch_size"),
        ({"lang": "de"}, "en, fr"),
    ],
    ids=["on-error", "n-process", "batch-size", "lang"],
)
def test_extract_many_rejects_bad_options_before_any_input(options: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        eventx.extract_many(["x"], **options)


BAD_INPUTS = [
    (b"bytes", "TypeError", "bytes"),
    (None, "TypeError", "NoneType"),
    (7, "TypeError", "int"),
    (threading.Lock(), "TypeError", "lock"),
    (("Lavrov a parlé.", {"published": "2023-02-30"}), "UnknownNameError|ValueError", "2023-02-30"),
    (("Lavrov a parlé.", {"lang": "de"}), "UnknownNameError", "en, fr"),
]
"""Inputs `extract_many` must report, with the error type and a part of its message."""


def test_extract_many_reports_bad_inputs_without_a_model() -> None:
    texts = [item for item, _, _ in BAD_INPUTS] + ["", ("  ", {"id": 3})]
    results = list(eventx.extract_many(texts, on_error="report", batch_size=4))
    assert len(results) == len(texts)
    for result, (_, type_names, fragment) in zip(results, BAD_INPUTS):
        assert result.error is not None and result.error.type in type_names.split("|")
        assert fragment in result.error.message
    assert [r.error for r in results[-2:]] == [None, None]
    assert results[-1].id == "3"


def test_extract_many_raises_the_first_bad_input_after_the_results_before_it() -> None:
    results = eventx.extract_many(["", ("  ", {"id": "b"}), None, ""], on_error="raise", batch_size=10)
    assert [r.id for r in itertools.islice(results, 2)] == [None, "b"]
    with pytest.raises(TypeError, match="NoneType"):
        next(results)


def _mixed_batch() -> list[object]:
    """Good French and English documents with bad ones in the middle, some with ids."""
    return [
        (GOOD_FR, {"id": "fr-1", "published": "2023-11-22"}),
        b"bytes in the middle",
        (GOOD_EN, {"id": "en-1", "lang": "en"}),
        None,
        ("Lavrov a parlé.", {"id": "bad-date", "published": "2023-02-30"}),
        "   ",
        threading.Lock(),
        GOOD_FR,
        (GOOD_EN, {"lang": "de"}),
        (GOOD_EN, {"id": 9}),
    ]


@pytest.mark.model
@pytest.mark.parametrize("n_process", [1, 2], ids=["in-process", "two-processes"])
def test_extract_many_reports_bad_documents_and_matches_extract(n_process: int) -> None:
    batch = _mixed_batch()
    results = list(eventx.extract_many(batch, on_error="report", n_process=n_process, batch_size=3))
    assert len(results) == len(batch)
    failed = [k for k, r in enumerate(results) if r.error is not None]
    assert failed == [1, 3, 4, 6, 8]
    assert [results[k].id for k in (0, 2, 4, 9)] == ["fr-1", "en-1", "bad-date", "9"]
    for k in set(range(len(batch))) - set(failed):
        text, context = batch[k] if isinstance(batch[k], tuple) else (batch[k], {})
        alone = eventx.extract(text, lang=context.get("lang"), published=context.get("published"))
        assert results[k] == alone.model_copy(update={"id": results[k].id})


@pytest.mark.model
def test_extract_many_keeps_input_order_across_batches_and_languages() -> None:
    texts = [(GOOD_FR if k % 3 else GOOD_EN, {"id": k}) for k in range(11)]
    results = list(eventx.extract_many(texts, batch_size=4))
    assert [r.id for r in results] == [str(k) for k in range(11)]
    assert [r.lang for r in results] == ["en" if k % 3 == 0 else "fr" for k in range(11)]


def test_extract_many_rejects_a_language_contradicting_the_pipeline() -> None:
    with pytest.raises(ValueError, match="pipeline's language 'fr'"):
        eventx.extract_many(["x"], lang="en", pipeline=eventx.Pipeline("fr"))


@pytest.mark.model
@pytest.mark.parametrize("n_process", [1, 2], ids=["in-process", "two-processes"])
def test_extract_many_runs_every_document_through_the_given_pipeline(n_process: int) -> None:
    figures_only = eventx.Pipeline("fr", extractors=["figures.rules.v1"])
    texts = [(GOOD_FR, {"id": "a"}), (GOOD_FR, {"id": "b", "lang": "en"}), (GOOD_FR, {"id": "c", "lang": "fr"})]
    results = list(eventx.extract_many(texts, pipeline=figures_only, n_process=n_process, on_error="report"))
    assert [r.id for r in results] == ["a", "b", "c"]
    assert results[1].error is not None and "differs from the pipeline's 'fr'" in results[1].error.message
    expected = figures_only(GOOD_FR)
    for result in (results[0], results[2]):
        assert result.model_copy(update={"id": None}) == expected
        assert not result.meetings and not result.statements
