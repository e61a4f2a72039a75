"""Every performance figure of eventx in one run: figure, measured value, target.

    python bench/run.py --all                  # every part, full sizes
    python bench/run.py --all --quick          # every part, smoke sizes
    python bench/run.py throughput linearity   # some parts only
    python bench/run.py memory --curve-docs 10000 --curve-every 1000   # a shorter RSS curve

Parts:
  throughput  extract_many against the bare spaCy model (nlp.pipe), and over two processes
  linearity   documents of 1, 10, 100 and 1,000 kB: time per kB, super-linear steps profiled
  memory      peak RSS with the fr and en pipelines loaded; RSS over a long run; one 5 MB document
  coldstart   a fresh `eventx extract` of a short document against a bare spacy.load + parse
  stanza      the stanza backend beside the spaCy backend on the same texts

Measurements that depend on the whole process (peak memory, cold start) run in
fresh processes; the others share this one. Progress goes to stderr, the table
(or, with --json, the rows) to stdout. Each part is also a script of its own
(bench/throughput.py, linearity.py, memory.py, coldstart.py, stanza_backend.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict

import coldstart
import linearity
import stanza_backend
import throughput
from shared import Row, bench_script, child_rows, table

PARTS = ("throughput", "linearity", "memory", "coldstart", "stanza")
QUICK = {
    "docs": 6, "chars": 300, "batch_size": 3, "sizes": [1, 2, 4], "curve_docs": 30, "curve_every": 10, "mb": 0.01,
    "stanza_docs": 1,
}
"""Option values of the smoke run (--quick): small enough to run in seconds, large enough to use every code path."""


def memory(args: argparse.Namespace) -> list[Row]:
    """The memory rows, each measurement in a fresh process of its own (all in one, and one language, if quick)."""
    options = ["--rows", "--lang", args.lang, "--docs", str(args.curve_docs), "--every", str(args.curve_every),
               "--mb", str(args.mb), "--langs", *(["fr", "en"] if not args.quick else [args.lang])]
    modes = [["pipelines", "curve", "large"]] if args.quick else [["pipelines"], ["curve"], ["large"]]
    return [row for chosen in modes for row in child_rows(bench_script("memory", *chosen, *options))]


RUNNERS: dict[str, Callable[[argparse.Namespace], list[Row]]] = {
    "coldstart": lambda a: coldstart.measure(a.lang, a.repeat, together=a.quick),
    "memory": memory,
    "throughput": lambda a: throughput.measure(a.lang, a.docs, a.batch_size, a.repeat, a.workers, a.chars),
    "linearity": lambda a: linearity.measure(a.lang, sorted(a.sizes), a.repeat, a.profile),
    "stanza": lambda a: stanza_backend.measure(a.lang, a.stanza_docs, a.batch_size, a.repeat,
                                               stanza_backend.model_dir(a.stanza_dir), a.chars),
}
"""How each part runs. Fresh-process parts come first, while this process holds no model."""


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The options, with the smoke run's sizes put in when --quick is given."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("parts", nargs="*", metavar="PART",
                        help=f"parts to run: {', '.join(PARTS)} (default: all)")
    parser.add_argument("--all", action="store_true", help="run every part (the default when none is named)")
    parser.add_argument("--quick", action="store_true", help="smoke run: tiny sizes, every code path")
    parser.add_argument("--lang", default="fr", choices=("fr", "en"), help="language of the texts (default: fr)")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON instead of a table")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes per measurement; the best counts")
    group = parser.add_argument_group("throughput and stanza")
    group.add_argument("--docs", type=int, default=200, help="documents per pass (default: 200)")
    group.add_argument("--batch-size", type=int, default=32, help="batch size (default: 32)")
    group.add_argument("--workers", type=int, default=2, help="n_process of the parallel run (default: 2)")
    group.add_argument("--stanza-docs", type=int, default=20, help="documents for the stanza part (default: 20)")
    group.add_argument("--stanza-dir", help="stanza models (default: EVENTX_STANZA_DIR, else fixtures/stanza/models)")
    group = parser.add_argument_group("linearity")
    group.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100, 1000], metavar="KB",
                       help="document sizes in kB (default: 1 10 100 1000)")
    group.add_argument("--profile", action="store_true", help="profile the last step even if it looks linear")
    group = parser.add_argument_group("memory")
    group.add_argument("--curve-docs", type=int, default=100_000, help="documents of the RSS curve (default: 100,000)")
    group.add_argument("--curve-every", type=int, default=10_000, help="RSS printed every N documents (default: 10,000)")
    group.add_argument("--mb", type=float, default=5.0, help="size of the large document in MB (default: 5)")
    args = parser.parse_args(argv)
    args.chars = None
    unknown = sorted(set(args.parts) - set(PARTS))
    if unknown:
        parser.error(f"unknown part {', '.join(unknown)}; choose from {', '.join(PARTS)}")
    if args.quick:
        for name, value in QUICK.items():
            setattr(args, name, value)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the chosen parts and print every figure they measured."""
    args = parse_args(argv)
    rows: list[Row] = []
    for part, run in RUNNERS.items():
        if part in args.parts or args.all or not args.parts:
            print(f"[{time.strftime('%H:%M:%S')}] {part}...", file=sys.stderr, flush=True)
            rows += run(args)
    if args.json:
        print(json.dumps([asdict(r) | {"verdict": r.verdict} for r in rows], indent=2))
    else:
        print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
