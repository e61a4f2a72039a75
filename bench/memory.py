"""Memory of eventx over a long run and on one very large document.

    python bench/memory.py curve --docs 10000 --every 500   # RSS after every 500 documents
    python bench/memory.py large --mb 5                     # peak RSS for one 5 MB document

`curve` feeds news-like documents built from the dev articles, each with words
never seen before (new names), through `extract_many` in one process and prints
the resident memory and the size of spaCy's string store as it goes; it should
stay flat. `large` extracts from one document of the given size, built from the
dev articles, and prints the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time
from collections.abc import Iterator
from pathlib import Path

import eventx
from eventx._api import get_pipeline

DEV = Path(__file__).resolve().parent.parent / "fixtures" / "dev"


def _rss_mb() -> float:
    """Current resident memory of this process, in MB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def _articles(lang: str) -> list[str]:
    """The dev article texts of one language."""
    return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(DEV.glob(f"{lang}-*.json"))]


def _fresh_documents(lang: str, count: int, seed: int = 0) -> Iterator[str]:
    """Dev articles, each with made-up names inserted so that every document brings new words."""
    rng = random.Random(seed)
    articles = _articles(lang)
    for k in range(count):
        names = " ".join(f"{''.join(rng.choices('bcdfghjklmnprstvz', k=3))}{k}ovic".capitalize() for _ in range(20))
        yield f"{names} a rencontré {names}.\n\n{articles[k % len(articles)][:1500]}"


def curve(lang: str, docs: int, every: int) -> None:
    """Print RSS and string-store size every `every` documents."""
    vocab = get_pipeline(lang).backend.nlp.vocab
    start = time.perf_counter()
    for k, _ in enumerate(eventx.extract_many(_fresh_documents(lang, docs), lang=lang), start=1):
        if k % every == 0 or k == 1:
            print(f"{k:>6} docs  rss {_rss_mb():7.1f} MB  strings {len(vocab.strings):>8}  {time.perf_counter() - start:7.1f} s", flush=True)


def large(lang: str, megabytes: float) -> None:
    """Extract from one document of about `megabytes` MB and print the peak RSS."""
    articles = _articles(lang)
    parts, size, k = [], 0, 0
    while size < megabytes * 1_000_000:
        parts.append(articles[k % len(articles)])
        size += len(parts[-1]) + 2
        k += 1
    text = "\n\n".join(parts)
    get_pipeline(lang).backend.nlp  # the model's own memory is not part of the document's cost
    before = _rss_mb()
    start = time.perf_counter()
    result = eventx.extract(text, lang=lang)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(text):,} characters in {time.perf_counter() - start:.0f} s: rss before {before:.0f} MB, "
          f"peak {peak:.0f} MB; {len(result.participants)} participants, {len(result.statements)} statements")


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("curve", "large"))
    parser.add_argument("--lang", default="fr", choices=eventx.LANGUAGES)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=500)
    parser.add_argument("--mb", type=float, default=5.0)
    args = parser.parse_args()
    if args.mode == "curve":
        curve(args.lang, args.docs, args.every)
    else:
        large(args.lang, args.mb)


if __name__ == "__main__":
    main()
