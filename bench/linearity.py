"""Does extraction cost grow linearly with the length of a document?

    python bench/linearity.py --lang fr --sizes 1 10 100 1000 [--profile]

Extracts one document of each size (in kB of 1,000 characters, built from the dev
articles joined by paragraph breaks) and prints the time per kB: the CPU time of
this process, which a machine busy with other work disturbs far less than the wall
clock (eventx and spaCy extract a document on one thread). A step where the
time per kB grows by more than `SUPERLINEAR` is flagged and profiled: both
documents of the step are extracted again under cProfile, and the functions whose
own time grows faster than the document are named, worst first, with what their
time would have been had they grown linearly.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from shared import ROOT, Row, long_text, table

PART = "linearity"
SUPERLINEAR = 1.3
"""A step whose time per kB grows by more than this factor is flagged as super-linear."""
SHOWN = 5
"""Functions printed for each profiled step."""
_COVERED_KB = 200
"""Text covered by the repeated runs of a document, in kB: small ones run many times, best run kept."""


@dataclass(frozen=True)
class Culprit:
    """A function whose own time grows faster than the document across one step."""

    where: str
    small_s: float
    large_s: float
    linear_s: float

    @property
    def excess_s(self) -> float:
        """Own time at the larger size beyond what linear growth from the smaller size gives."""
        return self.large_s - self.linear_s


def _extract(text: str, lang: str) -> None:
    """Extract from one text with the default pipeline."""
    import eventx

    eventx.extract(text, lang=lang)


def _timed(text: str, lang: str, repeat: int) -> float:
    """Best CPU time of `repeat` extractions of `text`."""
    best = float("inf")
    for _ in range(max(repeat, 1)):
        start = time.process_time()
        _extract(text, lang)
        best = min(best, time.process_time() - start)
    return best


def _own_times(text: str, lang: str) -> dict[str, float]:
    """Own (exclusive) time of every function while extracting `text`, keyed by 'file:line(name)'."""
    profiler = cProfile.Profile()
    profiler.runcall(_extract, text, lang)
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    return {_where(key): own for key, (_, _, own, _, _) in stats.items()}


def _where(key: tuple[str, int, str]) -> str:
    """A short name for a profiled function: path relative to the project or to site-packages."""
    filename, line, name = key
    path = Path(filename)
    if path.is_relative_to(ROOT / ".venv"):
        parts = path.parts
        path = Path(*parts[parts.index("site-packages") + 1 :]) if "site-packages" in parts else path
    elif path.is_relative_to(ROOT):
        path = path.relative_to(ROOT)
    return f"{path}:{line}({name})" if line else name


def culprits(lang: str, small_kb: int, large_kb: int) -> list[Culprit]:
    """Functions whose own time grows faster than the document from `small_kb` to `large_kb`, worst first."""
    growth = large_kb / small_kb
    small = _own_times(long_text(lang, small_kb * 1000), lang)
    large = _own_times(long_text(lang, large_kb * 1000), lang)
    found = [Culprit(where, small.get(where, 0.0), own, small.get(where, 0.0) * growth) for where, own in large.items()]
    return sorted((c for c in found if c.excess_s > 0), key=lambda c: c.excess_s, reverse=True)


def measure(lang: str, sizes: list[int], repeat: int, profile: bool) -> list[Row]:
    """Time per kB for each size, one row per step saying whether it stays linear, and the culprits of any that does not."""
    _extract(long_text(lang, 2000), lang)
    # Small documents take a few milliseconds: time enough runs of each to cover
    # _COVERED_KB of text, so neither the clock's noise nor a first run with cold
    # caches decides; documents longer than that run once.
    seconds = {kb: _timed(long_text(lang, kb * 1000), lang, max(repeat, _COVERED_KB // kb)) for kb in sizes}
    rows = [Row(PART, f"{kb:,} kB document", f"{1000 * seconds[kb] / kb:.1f} ms/kB ({seconds[kb]:.2f} s CPU)") for kb in sizes]
    flagged = []
    for small, large in zip(sizes, sizes[1:]):
        step = (seconds[large] / large) / (seconds[small] / small)
        rows.append(Row(PART, f"time per kB, {small:,} -> {large:,} kB", f"x{step:.2f}", f"<= x{SUPERLINEAR}",
                        step <= SUPERLINEAR))
        if step > SUPERLINEAR:
            flagged.append((small, large))
    if profile and not flagged and len(sizes) > 1:
        flagged.append((sizes[-2], sizes[-1]))
    for small, large in flagged:
        found = culprits(lang, small, large)
        print(f"profile {small:,} -> {large:,} kB: own time at {large:,} kB, and what linear growth would give",
              file=sys.stderr)
        for c in found[:SHOWN]:
            print(f"  {c.large_s:8.2f} s  (linear {c.linear_s:6.2f} s)  {c.where}", file=sys.stderr)
        top = found[0] if found else None
        rows.append(Row(PART, f"fastest-growing function, {small:,} -> {large:,} kB",
                        f"{top.where} +{top.excess_s:.2f} s" if top else "none"))
    return rows


def main() -> None:
    """Command-line entry point: print the linearity rows."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100, 1000], metavar="KB")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--profile", action="store_true", help="profile the last step even if it looks linear")
    args = parser.parse_args()
    print(table(measure(args.lang, sorted(args.sizes), args.repeat, args.profile)))


if __name__ == "__main__":
    main()
