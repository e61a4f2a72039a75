"""`extract` and `extract_many`: thin functions over cached `Pipeline` objects."""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from eventx.document import Document
from eventx.lang import check_language, detect
from eventx.models import ErrorInfo, Extraction
from eventx.pipeline import Pipeline, check_text, parse_published

OnError = Literal["raise", "report"]
_WARM_UP_TEXT = "Warm-up."
"""A text extracted once to load a pipeline's model and lexicons."""
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


@dataclass(frozen=True, slots=True)
class _Job:
    """One checked document, ready for a pipeline; it pickles (a pipeline pickles without its model)."""

    text: str
    lang: str
    published: date | None
    backend: str
    id: str | None
    pipeline: Pipeline | None = None
    """The caller's pipeline, or None for the default one of `lang` and `backend`."""

    def runner(self) -> Pipeline:
        """The pipeline this document goes through."""
        return self.pipeline or get_pipeline(self.lang, self.backend)


@dataclass(frozen=True, slots=True)
class _Failed:
    """A document that could not be processed, with the exception that says why."""

    error: BaseException
    id: str | None


_Slot = Extraction | _Job | _Failed
"""What one input becomes once checked: a finished result, a job to run, or a failure."""


def _failure(exc: BaseException, doc_id: str | None) -> Extraction:
    """The result reported for a document that failed: empty lists and the error."""
    return Extraction(id=doc_id, error=ErrorInfo(type=type(exc).__name__, message=str(exc)))


def _prepare(item: object, defaults: Mapping[str, Any]) -> _Slot:
    """Check one input of `extract_many` in the calling process.

    An input is a text or a (text, context) pair; the context's `id`, `lang` and
    `published` override the call's options. Bad inputs become failures here, so
    nothing unpicklable or malformed ever reaches a worker process.
    """
    text, context = item, defaults
    doc_id: str | None = None
    try:
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Mapping):
            text, extra = item
            context = {**defaults, **{k: v for k, v in extra.items() if v is not None}}
            doc_id = None if context.get("id") is None else str(context["id"])
        check_text(text)
        published = parse_published(context.get("published"))
        lang = context.get("lang")
        pipeline: Pipeline | None = context.get("pipeline")
        if lang is not None:
            check_language(lang)
        if pipeline is not None:
            if lang not in (None, pipeline.lang):
                raise ValueError(f"the document's lang {lang!r} differs from the pipeline's {pipeline.lang!r}")
            lang = pipeline.lang
        if not text.strip():  # type: ignore[union-attr]
            return extract(text, lang=lang, published=published).model_copy(update={"id": doc_id})  # type: ignore[arg-type]
        return _Job(text, lang or detect(text), published, context["backend"], doc_id, pipeline)  # type: ignore[arg-type]
    except Exception as exc:
        return _Failed(exc, doc_id)


_Parsed = list[tuple[Pipeline, list[int], "list[Document] | Exception"]]
"""A batch's jobs grouped by pipeline: job positions and their parsed documents, or why the pass failed."""


def _parse_jobs(jobs: list[_Job]) -> _Parsed:
    """Parse checked jobs; jobs going through one pipeline share one backend pass."""
    groups: dict[Pipeline, list[int]] = {}
    for k, job in enumerate(jobs):
        groups.setdefault(job.runner(), []).append(k)
    parsed: _Parsed = []
    for pipeline, members in groups.items():
        try:
            docs: list[Document] | Exception = list(
                pipeline.backend.parse_many([jobs[k].text for k in members], batch_size=len(members))
            )
        except Exception as exc:
            docs = exc
        parsed.append((pipeline, members, docs))
    return parsed


def _extract_parsed(jobs: list[_Job], parsed: _Parsed, on_error: OnError) -> list[Extraction]:
    """Results for parsed jobs, in order.

    If a shared pass failed, its documents are redone one by one so that only the
    bad one fails (and, with `on_error="report"`, is reported) and the rest go on.
    """
    results: list[Extraction | None] = [None] * len(jobs)
    for pipeline, members, docs in parsed:
        if isinstance(docs, Exception):
            if on_error == "raise":
                raise docs
            outputs = [_run_alone(pipeline, jobs[k]) for k in members]
        else:
            outputs = [_run_parsed(pipeline, doc, jobs[k], on_error) for k, doc in zip(members, docs)]
        for k, output in zip(members, outputs):
            results[k] = output
    return [r for r in results if r is not None]


def _run_jobs(jobs: list[_Job], on_error: OnError) -> list[Extraction]:
    """Results for checked jobs, in order: parsed, then extracted."""
    return _extract_parsed(jobs, _parse_jobs(jobs), on_error)


def _run_parsed(pipeline: Pipeline, doc: Document, job: _Job, on_error: OnError) -> Extraction:
    """The extractors' result on one parsed job, or (when reported) its failure."""
    try:
        return pipeline.run(doc, published=job.published, id=job.id)
    except Exception as exc:
        if on_error == "raise":
            raise
        return _failure(exc, job.id)


def _run_alone(pipeline: Pipeline, job: _Job) -> Extraction:
    """The result of one job, or its failure."""
    try:
        return pipeline(job.text, published=job.published, id=job.id)
    except Exception as exc:
        return _failure(exc, job.id)


def _finish(slots: list[_Slot], outputs: Iterator[Extraction], on_error: OnError) -> Iterator[Extraction]:
    """The results of a checked batch in input order, job outputs taken in turn.

    With `on_error="raise"` the first failure is raised once every result before
    it has been yielded.
    """
    for slot in slots:
        if isinstance(slot, _Job):
            yield next(outputs)
        elif isinstance(slot, _Failed):
            if on_error == "raise":
                raise slot.error
            yield _failure(slot.error, slot.id)
        else:
            yield slot


def extract_many(
    texts: Iterable[object],
    *,
    lang: str | None = None,
    published: date | str | None = None,
    backend: str = "spacy",
    pipeline: Pipeline | None = None,
    n_process: int = 1,
    batch_size: int = 32,
    on_error: OnError = "raise",
) -> Iterator[Extraction]:
    """Extract from many texts, yielding one result per input, in input order.

    Each input is a text or a (text, context) pair whose context may give `id`,
    `lang` and `published`. With `on_error="report"` a bad input yields a result
    whose `error` says what went wrong, and the others go on; with `"raise"` the
    first bad input raises after the results before it. `pipeline` sends every
    input through that pipeline (a configured one, say) instead of the default one
    of its language; an input asking for another language fails. `n_process` > 1 spreads
    batches over worker processes; inputs are checked here first, and a batch
    whose worker dies is reported document by document. Options are checked now,
    before the first input is read.
    """
    if on_error not in ("raise", "report"):
        raise ValueError(f"on_error must be 'raise' or 'report', got {on_error!r}")
    if lang is not None:
        check_language(lang)
    if pipeline is not None and lang not in (None, pipeline.lang):
        raise ValueError(f"lang {lang!r} differs from the pipeline's language {pipeline.lang!r}")
    if n_process < 1 or batch_size < 1:
        raise ValueError(f"n_process and batch_size must be at least 1, got {n_process} and {batch_size}")
    defaults = {"lang": lang, "published": published, "backend": backend, "pipeline": pipeline}
    return _generate((_prepare(item, defaults) for item in texts), n_process, batch_size, on_error)


def _generate(slots: Iterator[_Slot], n_process: int, batch_size: int, on_error: OnError) -> Iterator[Extraction]:
    """The results of checked inputs, batch by batch, in this process or in a pool."""
    batches = iter(lambda: list(itertools.islice(slots, batch_size)), [])
    if n_process == 1:
        for batch in batches:
            jobs = [slot for slot in batch if isinstance(slot, _Job)]
            yield from _finish(batch, iter(_run_jobs(jobs, on_error)), on_error)
        return
    first = next(batches, None)
    if first is None:
        return
    _load_in_parent([slot for slot in first if isinstance(slot, _Job)])
    with ProcessPoolExecutor(max_workers=n_process) as pool:
        window: deque[tuple[list[_Slot], list[tuple[list[_Job], Future[list[Extraction]]]]]] = deque()
        for batch in itertools.chain([first], batches):
            jobs = [slot for slot in batch if isinstance(slot, _Job)]
            window.append((batch, [(part, pool.submit(_run_jobs, part, on_error)) for part in _shares(jobs, n_process)]))
            if len(window) > 2:
                yield from _collect(*window.popleft(), on_error)
        while window:
            yield from _collect(*window.popleft(), on_error)


def _shares(jobs: list[_Job], n: int) -> list[list[_Job]]:
    """A batch cut into at most `n` consecutive parts of about equal text length, one per worker.

    Every worker gets a share of every batch, so none sits idle while another
    finishes the last batch alone.
    """
    total = sum(len(job.text) for job in jobs)
    parts: list[list[_Job]] = [[]]
    done = 0
    for job in jobs:
        if parts[-1] and done >= total * len(parts) / n:
            parts.append([])
        parts[-1].append(job)
        done += len(job.text)
    return [part for part in parts if part]


def _load_in_parent(jobs: list[_Job]) -> None:
    """Load the pipelines of the first batch before the worker processes start.

    Where processes are forked (Linux), every worker then inherits the loaded
    models instead of spending seconds loading its own. A pipeline that cannot load
    is left alone here: each of its documents reports the error in the workers.
    """
    loaded: set[tuple[str, str, int]] = set()
    for job in jobs:
        key = (job.lang, job.backend, id(job.pipeline))
        if key not in loaded:
            loaded.add(key)
            with contextlib.suppress(Exception):
                job.runner()(_WARM_UP_TEXT)


def _collect(
    batch: list[_Slot], parts: list[tuple[list[_Job], Future[list[Extraction]]]], on_error: OnError
) -> Iterator[Extraction]:
    """The results of a batch sent to the workers in parts; if a worker failed, each job of its part reports it."""
    outputs: list[Extraction] = []
    for jobs, future in parts:
        try:
            outputs.extend(future.result())
        except Exception as exc:
            if on_error == "raise":
                raise
            outputs.extend(_failure(exc, job.id) for job in jobs)
    yield from _finish(batch, iter(outputs), on_error)
