"""Extraction over a Dask bag or dataframe, and the per-partition functions behind it.

`extract_bag` and `extract_frame` build lazy Dask collections; nothing runs until
`.compute()` (or `.to_parquet(...)`, `.to_textfiles(...)`). Each worker process loads
a language's pipeline on its first document of that language and reuses it for
every later partition, through the same per-process cache as `eventx.extract`.
A bad document never fails the job: it comes back as a result whose `error` says
what went wrong, in its place, as `eventx.extract_many(..., on_error="report")`
reports it.

The partition functions `extract_records` (an iterable of texts in, a list of
dicts out) and `extract_items` (a pandas frame in, a frame of items out) need
pandas but not Dask, so the same code runs in any engine that hands a Python
function a partition: Spark's `mapInPandas` and `mapPartitions`, Ray, a plain
`multiprocessing` pool. This module never imports Dask: it calls the methods of
the collections it is given.

An items frame holds, for every document in input order, one `document` row (its
language and any error), then one row per meeting, participant, statement and
figure, with the document id, the item's offsets and the full item as JSON.
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

import pandas as pd

from eventx._api import extract_many
from eventx.lang import check_language
from eventx.models import Extraction, Span
from eventx.pipeline import parse_published

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

ITEM_KINDS: tuple[str, ...] = ("document", "meeting", "participant", "statement", "figure")
"""Values of the `kind` column of an items frame, in the order rows come for one document."""

ITEM_DTYPES: dict[str, str] = {
    "id": "string",
    "kind": "string",
    "n": "int64",
    "start": "Int64",
    "end": "Int64",
    "text": "string",
    "confidence": "float64",
    "extractor": "string",
    "lang": "string",
    "error": "string",
    "data": "string",
}
"""Columns of an items frame and their pandas dtypes.

`id` is the document id; `kind` one of `ITEM_KINDS`; `n` the item's rank among the
document's items of its kind; `start`, `end` and `text` the item's main span (a
meeting's trigger, a participant's first mention, a statement's content, a figure's
number), empty on `document` rows; `confidence` and `extractor` the item's
provenance; `lang` and `error` ("TypeError: text must be str, not NoneType") are set
on `document` rows; `data` is the item as JSON (on `document` rows: `lang`,
`published`, `id` and `error`).
"""

ITEMS_SPARK_SCHEMA = (
    "id string, kind string, n long, start long, end long, text string, "
    "confidence double, extractor string, lang string, error string, data string"
)
"""The items frame as a Spark DDL schema, for `DataFrame.mapInPandas`."""

_SPAN_FIELDS: dict[str, str] = {"meeting": "trigger", "statement": "content", "figure": "span"}
"""The field holding the main span of each item kind but participants."""

_extraction_lock = threading.Lock()
"""One extraction at a time per process: a worker's threads share one spaCy pipeline."""


def _check_options(lang: str | None, published: date | str | None, batch_size: int) -> None:
    """Reject bad call-wide options now, on the client, before any task is sent."""
    if lang is not None:
        check_language(lang)
    parse_published(published)
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")


def _extract(
    items: Iterable[object], lang: str | None, published: date | str | None, backend: str, batch_size: int
) -> list[Extraction]:
    """Results for one partition, in order, bad documents reported in their place."""
    with _extraction_lock:
        return list(
            extract_many(
                items, lang=lang, published=published, backend=backend, batch_size=batch_size, on_error="report"
            )
        )


def extract_records(
    items: Iterable[object],
    *,
    lang: str | None = None,
    published: date | str | None = None,
    backend: str = "spacy",
    batch_size: int = 32,
) -> list[dict[str, Any]]:
    """One partition of texts or (text, context) pairs to one JSON-ready dict per input, in order.

    Takes the same inputs and options as `eventx.extract_many`; each dict is
    `Extraction.model_dump(mode="json")`, with `error` set for a bad input.
    """
    return [result.model_dump(mode="json") for result in _extract(items, lang, published, backend, batch_size)]


def extract_bag(
    bag: dask.bag.Bag,
    *,
    lang: str | None = None,
    published: date | str | None = None,
    backend: str = "spacy",
    batch_size: int = 32,
) -> dask.bag.Bag:
    """A bag of result dicts, one per text or (text, context) pair of `bag`, in the same order.

    `lang` and `published` apply to every input whose context does not give its
    own; `batch_size` is how many texts a worker parses in one spaCy batch.
    """
    _check_options(lang, published, batch_size)
    return bag.map_partitions(
        extract_records, lang=lang, published=published, backend=backend, batch_size=batch_size
    )


def _cell(value: object) -> object:
    """A cell's value, or None when pandas marks it missing (None, NaN, NaT, NA)."""
    return None if pd.api.types.is_scalar(value) and pd.isna(value) else value


def _document_row(result: Extraction) -> dict[str, Any]:
    """The `document` row of one result: its language, publication date and error."""
    error = result.error and f"{result.error.type}: {result.error.message}"
    head = result.model_dump(mode="json", include={"lang", "published", "id", "error"})
    data = json.dumps(head, ensure_ascii=False)
    return {"id": result.id, "kind": "document", "n": 0, "lang": result.lang, "error": error, "data": data}


def _main_span(kind: str, item: Any) -> Span | None:
    """The span an item row points at: a participant's first mention, or the kind's main field."""
    if kind == "participant":
        return item.mentions[0] if item.mentions else None
    return getattr(item, _SPAN_FIELDS[kind])


def _item_rows(result: Extraction) -> list[dict[str, Any]]:
    """One row per meeting, participant, statement and figure of one result, in that order."""
    rows = []
    for kind in ITEM_KINDS[1:]:
        for n, item in enumerate(getattr(result, f"{kind}s")):
            span = _main_span(kind, item)
            rows.append(
                {
                    "id": result.id,
                    "kind": kind,
                    "n": n,
                    "start": span and span.start,
                    "end": span and span.end,
                    "text": span and span.text,
                    "confidence": item.confidence,
                    "extractor": item.extractor,
                    "data": json.dumps(item.model_dump(mode="json"), ensure_ascii=False),
                }
            )
    return rows


def items_frame(results: Iterable[Extraction]) -> pd.DataFrame:
    """The items frame of some results: a `document` row, then its items, for each result in order."""
    rows = [row for result in results for row in (_document_row(result), *_item_rows(result))]
    return pd.DataFrame.from_records(rows, columns=list(ITEM_DTYPES)).astype(ITEM_DTYPES)


def extract_items(
    frame: pd.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    lang_column: str | None = None,
    published_column: str | None = None,
    lang: str | None = None,
    published: date | str | None = None,
    backend: str = "spacy",
    batch_size: int = 32,
) -> pd.DataFrame:
    """One pandas partition of documents to its items frame (see `ITEM_DTYPES`), in row order.

    Document ids come from `id_column`, or from the frame's index when it is None.
    A row's `lang_column` and `published_column` values, when present and not
    missing, override the call-wide `lang` and `published`.
    """
    ids = frame[id_column] if id_column is not None else frame.index
    langs = frame[lang_column] if lang_column is not None else itertools.repeat(None)
    dates = frame[published_column] if published_column is not None else itertools.repeat(None)
    items = [
        (_cell(text), {"id": _cell(doc_id), "lang": _cell(doc_lang), "published": _cell(doc_date)})
        for text, doc_id, doc_lang, doc_date in zip(frame[text_column], ids, langs, dates)
    ]
    return items_frame(_extract(items, lang, published, backend, batch_size))


def extract_frame(
    df: dask.dataframe.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    lang_column: str | None = None,
    published_column: str | None = None,
    lang: str | None = None,
    published: date | str | None = None,
    backend: str = "spacy",
    batch_size: int = 32,
) -> dask.dataframe.DataFrame:
    """A Dask dataframe of items (see `ITEM_DTYPES`) from a Dask dataframe of documents.

    Partitions keep their order and every document keeps its `document` row, so
    nothing is lost: a bad document's row carries its error and it has no items.
    """
    _check_options(lang, published, batch_size)
    named = {
        "text_column": text_column,
        "id_column": id_column,
        "lang_column": lang_column,
        "published_column": published_column,
    }
    missing = {option: column for option, column in named.items() if column is not None and column not in df.columns}
    if missing:
        raise KeyError(f"Columns not in the dataframe: {missing}. Columns: {list(df.columns)}")
    return df.map_partitions(
        extract_items,
        **named,
        lang=lang,
        published=published,
        backend=backend,
        batch_size=batch_size,
        meta=items_frame([]),
        align_dataframes=False,
    )


__all__ = [
    "ITEMS_SPARK_SCHEMA",
    "ITEM_DTYPES",
    "ITEM_KINDS",
    "extract_bag",
    "extract_frame",
    "extract_items",
    "extract_records",
    "items_frame",
]
