"""Throughput of `eventx.extract_many` against the bare spaCy pipeline it builds on, and over two processes.

    python bench/throughput.py --lang fr --docs 200

All sides get the same texts (the dev articles of one language, cycled to a count)
in the same process and take turns, the best of `--repeat` passes counting:
the bare model eventx loads for that language run with `nlp.pipe` and all its
default components; `extract_many` in this process; `extract_many` with
`n_process` worker processes.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable

from shared import Article, Row, corpus, table

PART = "throughput"
BARE_RATIO_TARGET = 0.9
"""extract_many must keep this share of the bare pipeline's throughput."""
PARALLEL_SPEEDUP_TARGET = 1.7
"""extract_many over two processes must reach this multiple of its one-process throughput."""


def model_name(lang: str) -> str:
    """The spaCy model package eventx's default backend loads for `lang`."""
    from eventx.backends.spacy import resolve_model

    return resolve_model(lang)


def bare_runner(lang: str, batch_size: int) -> Callable[[list[Article]], int]:
    """A function parsing texts with the bare spaCy model, all its default components on."""
    import spacy

    nlp = spacy.load(model_name(lang))

    def run(texts: list[Article]) -> int:
        """Parse the texts; how many were parsed."""
        return sum(1 for _ in nlp.pipe((a.text for a in texts), batch_size=batch_size))

    return run


def eventx_runner(
    lang: str, batch_size: int, n_process: int = 1, backend: str = "spacy"
) -> Callable[[list[Article]], int]:
    """A function extracting from texts with `eventx.extract_many`; any failed document stops the bench."""
    import eventx

    def run(texts: list[Article]) -> int:
        """Extract from the texts; how many results came back."""
        items = [(a.text, {"published": a.published}) for a in texts]
        results = list(
            eventx.extract_many(
                items, lang=lang, backend=backend, batch_size=batch_size, n_process=n_process, on_error="report"
            )
        )
        failed = [r.error for r in results if r.error is not None]
        if failed:
            raise SystemExit(f"{len(failed)} documents failed, first: {failed[0]}")
        return len(results)

    return run


def best_times(runners: dict[str, Callable[[list[Article]], int]], texts: list[Article], repeat: int) -> dict[str, float]:
    """Best wall time of `repeat` passes over all texts per runner, the runners taking turns."""
    best = dict.fromkeys(runners, float("inf"))
    for _ in range(max(repeat, 1)):
        for name, run in runners.items():
            gc.collect()
            start = time.perf_counter()
            done = run(texts)
            best[name] = min(best[name], time.perf_counter() - start)
            if done != len(texts):
                raise SystemExit(f"{name} returned {done} results for {len(texts)} texts")
    return best


def measure(lang: str, docs: int, batch_size: int, repeat: int, workers: int, chars: int | None = None) -> list[Row]:
    """The throughput rows: bare pipeline, extract_many in one and in `workers` processes, and the ratios.

    `chars`, if given, cuts every text to that length (for smoke runs).
    """
    texts = corpus(lang, docs, chars)
    total = sum(len(a.text) for a in texts)
    model = model_name(lang)
    runners = {
        "bare": bare_runner(lang, batch_size),
        "one": eventx_runner(lang, batch_size),
        "many": eventx_runner(lang, batch_size, n_process=workers),
    }
    warm = texts[: len({a.text for a in texts})]
    runners["bare"](warm)
    runners["one"](warm)
    best = best_times(runners, texts, repeat)
    rate = {name: len(texts) / seconds for name, seconds in best.items()}

    def speed(name: str) -> str:
        return f"{rate[name]:.1f} docs/s, {total / best[name]:,.0f} chars/s"

    ratio, speedup = rate["one"] / rate["bare"], rate["many"] / rate["one"]
    where = f"{len(texts)} {lang} docs, {total:,} chars, batch {batch_size}"
    return [
        Row(PART, f"bare {model} nlp.pipe ({where})", speed("bare")),
        Row(PART, "extract_many, 1 process", speed("one")),
        Row(PART, "extract_many / bare nlp.pipe", f"{ratio:.2f}x", f">= {BARE_RATIO_TARGET}x", ratio >= BARE_RATIO_TARGET),
        Row(PART, f"extract_many, n_process={workers}", speed("many")),
        Row(PART, f"n_process={workers} / 1 process", f"{speedup:.2f}x", f">= {PARALLEL_SPEEDUP_TARGET}x",
            speedup >= PARALLEL_SPEEDUP_TARGET),
    ]


def main() -> None:
    """Command-line entry point: print the throughput rows."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    print(table(measure(args.lang, args.docs, args.batch_size, args.repeat, args.workers)))


if __name__ == "__main__":
    main()
