"""Throughput, peak memory and cold start of eventx against the bare spaCy pipeline it runs on.

    python bench/run.py            # the dev texts of one language, repeated to 200 documents
    python bench/run.py --quick    # a smoke run: 20 documents
    python bench/run.py --lang en --docs 400 --json

Both sides get the same texts in the same process: `eventx.extract_many` (the
default pipeline: parsing, extractors, resolution) and the bare spaCy model that
eventx loads for that language, run with `nlp.pipe` and all its default
components. Peak memory (RSS) and cold start (interpreter start, imports, model
load and the first document) are measured in a fresh process for each side.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "fixtures" / "dev"
SIDES = ("bare", "eventx")
_READY = "ready"


@dataclass(frozen=True)
class Corpus:
    """The benchmark texts: the dev documents of one language, repeated to a count."""

    lang: str
    texts: list[str]
    published: list[str | None]
    distinct: int

    @property
    def chars(self) -> int:
        """Characters in all the texts."""
        return sum(map(len, self.texts))


@dataclass(frozen=True)
class Timing:
    """Throughput of one side over the whole corpus."""

    seconds: float
    docs_per_s: float
    chars_per_s: float


@dataclass(frozen=True)
class Fresh:
    """What a fresh process of one side costs: time to the first result, and peak memory."""

    cold_start_s: float
    peak_rss_mb: float


def load_corpus(lang: str, docs: int) -> Corpus:
    """The dev texts of `lang` from fixtures/dev, cycled until there are `docs` of them."""
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.json"))]
    records = [r for r in records if r["lang"] == lang]
    if not records:
        raise SystemExit(f"no {lang} documents in {DEV}")
    chosen = [records[k % len(records)] for k in range(max(docs, len(records)))]
    return Corpus(lang, [r["text"] for r in chosen], [r.get("published") for r in chosen], len(records))


def model_name(lang: str) -> str:
    """The spaCy model package eventx's default backend loads for `lang`."""
    from eventx.backends.spacy import resolve_model

    return resolve_model(lang)


def _peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_runner(corpus: Corpus, batch_size: int) -> Callable[[list[str]], int]:
    """A function parsing texts with the bare spaCy model, all default components on."""
    import spacy

    nlp = spacy.load(model_name(corpus.lang))

    def run(texts: list[str]) -> int:
        """Parse the texts; how many were parsed."""
        return sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))

    return run


def eventx_runner(corpus: Corpus, batch_size: int) -> Callable[[list[str]], int]:
    """A function extracting from texts with `eventx.extract_many`, counting failures as errors."""
    import eventx

    published = dict(zip(corpus.texts, corpus.published))

    def run(texts: list[str]) -> int:
        """Extract from the texts; how many results came back."""
        items = [(text, {"published": published.get(text)}) for text in texts]
        results = list(eventx.extract_many(items, lang=corpus.lang, batch_size=batch_size, on_error="report"))
        failed = [r.error for r in results if r.error is not None]
        if failed:
            raise SystemExit(f"{len(failed)} documents failed, first: {failed[0]}")
        return len(results)

    return run


RUNNERS: dict[str, Callable[[Corpus, int], Callable[[list[str]], int]]] = {
    "bare": bare_runner,
    "eventx": eventx_runner,
}


def time_sides(runners: dict[str, Callable[[list[str]], int]], corpus: Corpus, repeat: int) -> dict[str, Timing]:
    """Best of `repeat` timed passes over the whole corpus per side, the sides taking turns."""
    best = dict.fromkeys(runners, float("inf"))
    for _ in range(repeat):
        for side, run in runners.items():
            gc.collect()
            start = time.perf_counter()
            done = run(corpus.texts)
            best[side] = min(best[side], time.perf_counter() - start)
            if done != len(corpus.texts):
                raise SystemExit(f"{side} returned {done} results for {len(corpus.texts)} texts")
    return {side: Timing(s, len(corpus.texts) / s, corpus.chars / s) for side, s in best.items()}


def child(side: str, lang: str, docs: int, batch_size: int) -> None:
    """In a fresh process: load and run the first document, say so, then the whole corpus."""
    corpus = load_corpus(lang, docs)
    run = RUNNERS[side](corpus, batch_size)
    run(corpus.texts[:1])
    print(_READY, flush=True)
    run(corpus.texts)
    print(json.dumps({"peak_rss_mb": _peak_rss_mb()}), flush=True)


def fresh(side: str, lang: str, docs: int, batch_size: int) -> Fresh:
    """Cold start and peak memory of one side, measured on a new interpreter."""
    command = [sys.executable, __file__, "--child", side, "--lang", lang, "--docs", str(docs)]
    command += ["--batch-size", str(batch_size)]
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        first = proc.stdout.readline().strip()
        cold = time.perf_counter() - start
        last = proc.stdout.read()
    if proc.returncode != 0 or first != _READY:
        raise SystemExit(f"the {side} child process failed (exit {proc.returncode})")
    return Fresh(cold, json.loads(last)["peak_rss_mb"])


def report(corpus: Corpus, model: str, batch_size: int, timings: dict[str, Timing], fresh_runs: dict[str, Fresh]) -> str:
    """The results as a small text table."""
    names = {"bare": f"bare {model} (nlp.pipe)", "eventx": "eventx.extract_many"}
    lines = [
        f"{len(corpus.texts)} {corpus.lang} documents ({corpus.distinct} distinct dev texts), "
        f"{corpus.chars:,} characters, batch size {batch_size}",
        "",
        f"{'':34} {'docs/s':>9} {'chars/s':>11} {'peak RSS':>10} {'cold start':>11}",
    ]
    for side in SIDES:
        t, f = timings[side], fresh_runs[side]
        lines.append(
            f"{names[side]:34} {t.docs_per_s:9.1f} {t.chars_per_s:11,.0f} {f.peak_rss_mb:8.0f} MB {f.cold_start_s:9.1f} s"
        )
    ratio = timings["eventx"].docs_per_s / timings["bare"].docs_per_s
    lines += ["", f"throughput ratio eventx / bare: {ratio:.2f}x"]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("fr", "en"), default="fr", help="dev texts of this language (default: fr)")
    parser.add_argument("--docs", type=int, default=200, help="documents per pass (default: 200)")
    parser.add_argument("--batch-size", type=int, default=32, help="batch size of both sides (default: 32)")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes per side; the best counts")
    parser.add_argument("--quick", action="store_true", help="smoke run: 20 documents, one pass")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--child", choices=SIDES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    docs = 20 if args.quick else args.docs
    if args.child:
        child(args.child, args.lang, docs, args.batch_size)
        return 0

    corpus = load_corpus(args.lang, docs)
    model = model_name(args.lang)
    runners = {side: RUNNERS[side](corpus, args.batch_size) for side in SIDES}
    for run in runners.values():
        run(corpus.texts[: corpus.distinct])
    timings = time_sides(runners, corpus, max(args.repeat, 1))
    fresh_runs = {side: fresh(side, args.lang, docs, args.batch_size) for side in SIDES}
    if args.json:
        numbers: dict[str, Any] = {
            "lang": corpus.lang,
            "docs": len(corpus.texts),
            "chars": corpus.chars,
            "model": model,
            "ratio": timings["eventx"].docs_per_s / timings["bare"].docs_per_s,
            **{side: {**asdict(timings[side]), **asdict(fresh_runs[side])} for side in SIDES},
        }
        print(json.dumps(numbers, indent=2))
    else:
        print(report(corpus, model, args.batch_size, timings, fresh_runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
