"""`extract` and `extract_many`: thin functions over cached `Pipeline` objects."""

from __future__ import annotations

import itertools
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from typing import Any, Literal

from eventx.lang import check_language, detect
from eventx.models import ErrorInfo, Extraction
from eventx.pipeline import Pipeline, check_text, parse_published

OnError = Literal["raise", "report"]
_pipelines: dict[tuple[str, str], Pipeline] = {}
_pipelines_lock = threading.Lock()


def get_pipeline(lang: str, backend: str = "spacy") -> Pipeline:
    """The default pipeline for a language and backend, built once per process."""
    key = (check_language(lang), backend)
    with _pipelines_lock:
        if key not in _pipelines:
            _pipelines[key] = Pipeline(lang, backend=backend)
        return _pipelines[key]


def extract(
    text: str,
    *,
    lang: str | None = None,
    published: date | str | None = None,
    backend: str = "spacy",
) -> Extraction:
    """Meetings, participants, statements and figures of one news text.

    `lang` is "fr", "en" or None to detect it; `published` (a date or "YYYY-MM-DD")
    anchors relative dates such as "hier" or "last Monday".
    """
    check_text(text)
    published_date = parse_published(published)
    if lang is not None:
        check_language(lang)
    if not text.strip():
        return Extraction(lang=lang, published=published_date and published_date.isoformat())
    return get_pipeline(lang or detect(text), backend)(text, published=published_date)


def _normalise(item: object, defaults: Mapping[str, Any]) -> tuple[object, dict[str, Any]]:
    """A (text, context) pair from a bare text or a pair, the call's options as defaults."""
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Mapping):
        text, context = item
        return text, {**defaults, **{k: v for k, v in context.items() if v is not None}}
    return item, dict(defaults)


def _extract_one(text: object, context: Mapping[str, Any]) -> Extraction:
    result = extract(text, lang=context.get("lang"), published=context.get("published"), backend=context["backend"])  # type: ignore[arg-type]
    doc_id = context.get("id")
    return result.model_copy(update={"id": None if doc_id is None else str(doc_id)})


def _failure(exc: BaseException, context: Mapping[str, Any]) -> Extraction:
    doc_id = context.get("id")
    return Extraction(
        id=None if doc_id is None else str(doc_id),
        error=ErrorInfo(type=type(exc).__name__, message=str(exc)),
    )


def _run_batch(batch: list[tuple[object, dict[str, Any]]], on_error: OnError) -> list[Extraction]:
    """Results for one batch, in order; texts of one language share one pipeline pass."""
    results: list[Extraction | None] = [None] * len(batch)
    groups: dict[tuple[str, str], list[int]] = {}
    for k, (text, context) in enumerate(batch):
        try:
            check_text(text)
            parse_published(context.get("published"))
            lang = context.get("lang")
            lang = check_language(lang) if lang is not None else detect(text)  # type: ignore[arg-type]
            if not text.strip():  # type: ignore[union-attr]
                results[k] = _extract_one(text, context)
                continue
        except Exception as exc:
            if on_error == "raise":
                raise
            results[k] = _failure(exc, context)
            continue
        context["lang"] = lang
        groups.setdefault((lang, context["backend"]), []).append(k)
    for (lang, backend), members in groups.items():
        pipeline = get_pipeline(lang, backend)
        items = [(batch[k][0], batch[k][1]) for k in members]
        try:
            outputs = list(pipeline.pipe(items, batch_size=len(items)))  # type: ignore[arg-type]
        except Exception:
            if on_error == "raise":
                raise
            outputs = []
            for text, context in items:
                try:
                    outputs.append(pipeline(text, published=context.get("published")))  # type: ignore[arg-type]
                except Exception as exc:
                    outputs.append(_failure(exc, context))
        for k, output in zip(members, outputs):
            doc_id = batch[k][1].get("id")
            results[k] = output if output.error else output.model_copy(update={"id": None if doc_id is None else str(doc_id)})
    return [r for r in results if r is not None]


def extract_many(
    texts: Iterable[object],
    *,
    lang: str | None = None,
    published: date | str | None = None,
    backend: str = "spacy",
    n_process: int = 1,
    batch_size: int = 32,
    on_error: OnError = "raise",
) -> Iterator[Extraction]:
    """Extract from many texts, yielding one result per input, in input order.

    Each input is a text or a (text, context) pair whose context may give `id`,
    `lang` and `published`. With `on_error="report"` a bad input yields a result
    whose `error` says what went wrong, and the others go on.
    """
    if on_error not in ("raise", "report"):
        raise ValueError(f"on_error must be 'raise' or 'report', got {on_error!r}")
    if lang is not None:
        check_language(lang)
    if n_process < 1 or batch_size < 1:
        raise ValueError(f"n_process and batch_size must be at least 1, got {n_process} and {batch_size}")
    defaults = {"lang": lang, "published": published, "backend": backend}
    items = (_normalise(item, defaults) for item in texts)
    batches = iter(lambda: list(itertools.islice(items, batch_size)), [])
    if n_process == 1:
        for batch in batches:
            yield from _run_batch(batch, on_error)
        return
    with ProcessPoolExecutor(max_workers=n_process) as pool:
        window: deque[Future[list[Extraction]]] = deque()
        for batch in batches:
            window.append(pool.submit(_run_batch, batch, on_error))
            if len(window) > 2 * n_process:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
