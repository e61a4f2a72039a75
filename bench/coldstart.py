"""Cold start: a fresh `eventx extract` of one short document against a bare `spacy.load` and parse.

    python bench/coldstart.py --lang fr [--repeat 3]

Each side runs in a new interpreter, timed from launch to exit (wall time, and the
CPU time the kernel accounts to it, which other work on the machine disturbs far
less; the target is judged on CPU time): the `eventx`
command on a short text file (the opening of a dev article), and a bare script
that loads the same spaCy model and parses the same text. A third fresh process
runs the steps of `eventx extract` one by one and takes the CPU time of each, to
say where the time goes: interpreter start, `import eventx`, `import spacy` (with
torch, which thinc imports whenever it is installed), loading the model with
eventx's set-up, the first parse, and the extractors and resolution run for the
first time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from shared import Finished, Row, bench_script, long_text, run_fresh, run_fresh_together, table

PART = "cold start"
RATIO_TARGET = 1.1
"""A fresh `eventx extract` may cost at most this multiple of a bare load and parse."""
SHORT_DOCUMENT = 500
"""Characters in the short document."""
_BARE = "import sys, spacy; nlp = spacy.load(sys.argv[1]); nlp(open(sys.argv[2], encoding='utf-8').read())"
_STAGES = (
    ("import eventx", "  import eventx"),
    ("import torch", "  import torch (thinc imports it)"),
    ("import spacy", "  import spacy, torch aside"),
    ("load", "  spacy.load + eventx set-up"),
    ("parse", "  first parse"),
    ("extract", "  extractors + resolution, first run"),
)


def eventx_command() -> list[str]:
    """The `eventx` console script next to this interpreter, else `python -m eventx`."""
    script = Path(sys.executable).with_name("eventx")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "eventx"]


def stages(lang: str, path: str) -> dict[str, float]:
    """Run the steps of `eventx extract` on the file one by one in this fresh process; CPU seconds per step."""
    import importlib.util

    times: dict[str, float] = {}
    clock = time.process_time()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.process_time()
        times[stage], clock = now - clock, now

    import eventx.cli  # noqa: F401  (the command's own imports)

    lap("import eventx")
    if importlib.util.find_spec("torch") is not None:
        import torch  # noqa: F401  (thinc imports it with spacy; timed apart to show its share)
    lap("import torch")
    import spacy  # noqa: F401

    lap("import spacy")
    from eventx._api import get_pipeline

    pipeline = get_pipeline(lang)
    pipeline.backend.nlp
    lap("load")
    doc = pipeline.backend.parse(Path(path).read_text(encoding="utf-8"))
    lap("parse")
    pipeline.run(doc).model_dump_json()
    lap("extract")
    return times


def measure(lang: str, repeat: int, *, together: bool = False) -> list[Row]:
    """The cold-start rows: both sides' wall time and peak memory, their ratio, and the breakdown.

    `together` starts the three fresh processes at once, once each: a smoke run's
    shortcut whose times mean nothing.
    """
    from throughput import model_name

    model = model_name(lang)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "short.txt")
        Path(path).write_text(long_text(lang, SHORT_DOCUMENT), encoding="utf-8")
        bare_command = [sys.executable, "-c", _BARE, model, path]
        cli_command = [*eventx_command(), "extract", "--lang", lang, path, "--output", os.devnull]
        steps_command = bench_script("coldstart", "--stages", lang, path)
        if together:
            bare, cli, steps = run_fresh_together([bare_command, cli_command, steps_command])
        else:
            runs = max(repeat, 1)
            bare = min((run_fresh(bare_command) for _ in range(runs)), key=lambda f: f.cpu_seconds)
            cli = min((run_fresh(cli_command) for _ in range(runs)), key=lambda f: f.cpu_seconds)
            steps = run_fresh(steps_command)
    times = json.loads(steps.stdout)
    ratio = cli.cpu_seconds / bare.cpu_seconds

    def cost(run: Finished) -> str:
        return f"{run.seconds:.1f} s wall, {run.cpu_seconds:.1f} s CPU, {run.peak_rss_mb:.0f} MB"

    rows = [
        Row(PART, f"bare spacy.load({model}) + parse, fresh process", cost(bare)),
        Row(PART, f"eventx extract --lang {lang}, one {SHORT_DOCUMENT}-char doc", cost(cli)),
        Row(PART, "eventx extract / bare (CPU time)", f"{ratio:.2f}x", f"<= {RATIO_TARGET}x", ratio <= RATIO_TARGET),
        Row(PART, "eventx extract / bare (wall time)", f"{cli.seconds / bare.seconds:.2f}x"),
        Row(PART, "where the CPU time goes (eventx extract's steps)", f"{steps.cpu_seconds:.2f} s CPU"),
        Row(PART, "  interpreter start and exit", f"{steps.cpu_seconds - sum(times.values()):.2f} s"),
    ]
    rows += [Row(PART, label, f"{times[stage]:.2f} s") for stage, label in _STAGES]
    return rows


def main() -> None:
    """Command-line entry point: print the cold-start rows (or, in a child, the step times)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    parser.add_argument("--repeat", type=int, default=1, help="fresh runs per side; the fastest counts")
    parser.add_argument("--stages", nargs=2, metavar=("LANG", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stages:
        print(json.dumps(stages(*args.stages)))
        return
    print(table(measure(args.lang, args.repeat)))


if __name__ == "__main__":
    main()
