"""Memory of eventx: both pipelines loaded, a long run of documents, and one very large document.

    python bench/memory.py pipelines                          # peak RSS with the fr and en pipelines loaded
    python bench/memory.py curve --docs 100000 --every 10000  # RSS every 10,000 documents
    python bench/memory.py large --mb 5                       # peak RSS for one 5 MB document

Several modes may run in one process, in the order given (the smoke run does so);
for figures that mean something give each its own process, since peak memory is a
property of the whole process.
`curve` feeds short news-like documents through `extract_many` in one process, each
opening with names never seen before, so that every document brings new words to
spaCy's string store; it prints the resident memory and the size of the string
store as it goes, and the memory should stay flat. `large` extracts from one
document of the given size, built from the dev articles, and prints the peak
resident memory while extracting it.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterator

from shared import Row, articles, hand_back, long_text, peak_rss_mb, reset_peak, rss_mb, table

PART = "memory"
PIPELINES_TARGET_MB = 1024
"""Peak RSS allowed with the French and English pipelines loaded, and growth allowed for one document."""
FLAT = 0.05
"""A curve is flat when its peak over the second half of the run exceeds its peak over the first
half by at most this share of the first reading: the pipeline reloads that bound spaCy's string
store make memory rise and fall, but never climb."""
LONG_RUN = 100_000
"""Documents one process must be able to extract with flat memory: the curve's default length."""
_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def pipelines(langs: tuple[str, ...] = ("fr", "en")) -> list[Row]:
    """Peak RSS of this process once the default pipelines of `langs` are loaded and have run once."""
    import eventx

    start = rss_mb()
    import spacy  # noqa: F401  (what the import alone costs is part of the figure)

    imported = rss_mb()
    for lang in langs:
        eventx.extract(articles(lang)[0].text, lang=lang)
    peak = peak_rss_mb()
    torch = " (thinc imports torch)" if "torch" in sys.modules else ""
    return [
        Row(PART, f"peak RSS, {'+'.join(langs)} pipelines loaded", f"{peak:.0f} MB",
            f"< {PIPELINES_TARGET_MB} MB", peak < PIPELINES_TARGET_MB),
        Row(PART, f"  of which import spacy{torch}", f"{imported - start:.0f} MB"),
    ]


def _name(serial: int) -> str:
    """A made-up capitalised word, different for every serial number."""
    syllables = []
    while True:
        serial, digit = divmod(serial, len(_SYLLABLES))
        syllables.append(_SYLLABLES[digit])
        if serial == 0:
            break
    return "".join(syllables).capitalize() + "ski"


def fresh_documents(lang: str, count: int) -> Iterator[str]:
    """Short documents: names never seen before, then a sentence of a dev article of `lang`."""
    sentences = [s for a in articles(lang) for s in _SENTENCE_END.split(a.text) if 40 <= len(s) <= 300]
    for k in range(count):
        first, second, third = (_name(3 * k + j) for j in range(3))
        yield f"{first} {second}, {third}. {sentences[k % len(sentences)]}"


def curve(lang: str, docs: int, every: int) -> list[Row]:
    """Print RSS and string-store size every `every` documents; rows for the first and last reading and
    for the peaks of each half of the run, sampled ten times as often as printed so that the saw-tooth of
    the pipeline reloads shows its tops in both halves."""
    import eventx
    from eventx._api import get_pipeline

    def strings() -> int:
        return len(get_pipeline(lang).backend.nlp.vocab.strings)

    eventx.extract(articles(lang)[0].text, lang=lang)
    readings: list[tuple[int, float]] = []
    samples: list[tuple[int, float]] = []
    sample_every = max(every // 10, 1)
    start = time.perf_counter()
    for k, _ in enumerate(eventx.extract_many(fresh_documents(lang, docs), lang=lang), start=1):
        if k % sample_every == 0 or k == docs:
            samples.append((k, rss_mb()))
        if k % every == 0 or k == docs:
            readings.append(samples[-1])
            elapsed = time.perf_counter() - start
            print(f"curve {k:>7,} docs  rss {readings[-1][1]:7.1f} MB  strings {strings():>9,}  "
                  f"{elapsed:7.1f} s  {k / elapsed:6.1f} docs/s", flush=True)
    (first_k, first), (last_k, last) = readings[0], readings[-1]
    settled = [sample for sample in samples if sample[0] >= first_k]
    half = max(len(settled) // 2, 1)
    early = max(rss for _, rss in settled[:half])
    late = max(rss for _, rss in settled[half:] or settled[-1:])
    return [
        Row(PART, f"RSS after {first_k:,} / {last_k:,} short {lang} docs", f"{first:.0f} / {last:.0f} MB"),
        Row(PART, "peak RSS, first / second half of the run", f"{early:.0f} / {late:.0f} MB",
            f"flat (+<= {FLAT:.0%} = {FLAT * first:.0f} MB)", late <= early + FLAT * first),
    ]


def large(lang: str, megabytes: float) -> list[Row]:
    """Extract from one document of about `megabytes` MB; row with the peak RSS while doing it."""
    import eventx

    text = long_text(lang, int(megabytes * 1_000_000))
    eventx.extract(articles(lang)[0].text, lang=lang)  # the pipeline's own memory is not the document's cost
    before = rss_mb()
    reset_peak()
    start = time.perf_counter()
    result = eventx.extract(text, lang=lang)
    seconds = time.perf_counter() - start
    peak = peak_rss_mb()
    print(f"large: {len(text):,} characters in {seconds:.0f} s, {len(result.participants)} participants, "
          f"{len(result.statements)} statements, {len(result.figures)} figures", flush=True)
    return [
        Row(PART, f"peak RSS, one {megabytes:g} MB {lang} document", f"{peak:.0f} MB (+{peak - before:.0f} MB)",
            f"bounded: +{PIPELINES_TARGET_MB} MB", peak - before <= PIPELINES_TARGET_MB),
        Row(PART, f"  time for the {megabytes:g} MB document", f"{seconds:.0f} s ({len(text) / seconds:,.0f} chars/s)"),
    ]


def main() -> None:
    """Command-line entry point: run one measurement and print its rows."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("modes", nargs="+", choices=("pipelines", "curve", "large"), metavar="MODE",
                        help="pipelines, curve or large")
    parser.add_argument("--lang", default="fr", choices=("fr", "en"), help="curve and large: language (default: fr)")
    parser.add_argument("--langs", nargs="+", default=["fr", "en"], choices=("fr", "en"),
                        help="pipelines: languages loaded (default: fr en)")
    parser.add_argument("--docs", type=int, default=LONG_RUN, help=f"curve: documents (default: {LONG_RUN:,})")
    parser.add_argument("--every", type=int, default=10_000, help="curve: print every this many (default: 10,000)")
    parser.add_argument("--mb", type=float, default=5.0, help="large: size of the document in MB (default: 5)")
    parser.add_argument("--rows", action="store_true", help="hand the rows back to bench/run.py")
    args = parser.parse_args()
    measurements = {
        "pipelines": lambda: pipelines(tuple(args.langs)),
        "curve": lambda: curve(args.lang, args.docs, args.every),
        "large": lambda: large(args.lang, args.mb),
    }
    rows = [row for mode in args.modes for row in measurements[mode]()]
    if args.rows:
        hand_back(rows)
    else:
        print(table(rows))


if __name__ == "__main__":
    main()
