"""What every part of the benchmark shares: the texts, memory readings, result rows and fresh processes."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
DEV = ROOT / "fixtures" / "dev"
STANZA_MODELS = ROOT / "fixtures" / "stanza" / "models"
ROW_PREFIX = "ROW "
"""Marks the lines by which a child process hands its rows back."""


@dataclass(frozen=True)
class Row:
    """One figure of the benchmark: what was measured, against which target, and whether it is met.

    `met` is None when the figure has no numeric target (it is reported, not judged).
    """

    part: str
    figure: str
    measured: str
    target: str = ""
    met: bool | None = None

    @property
    def verdict(self) -> str:
        """'ok', 'MISSED' or '' for a figure without a target."""
        return "" if self.met is None else ("ok" if self.met else "MISSED")


@dataclass(frozen=True)
class Article:
    """One annotated dev article: its text and publication date."""

    text: str
    published: str | None


def articles(lang: str) -> list[Article]:
    """The dev articles of one language, in file order."""
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEV.glob(f"{lang}-*.json"))]
    if not records:
        raise SystemExit(f"no {lang} documents in {DEV}")
    return [Article(r["text"], r.get("published")) for r in records]


def corpus(lang: str, docs: int, chars: int | None = None) -> list[Article]:
    """`docs` dev articles of `lang` (at least one), cycling through them in file order.

    With `chars`, each text is cut to its first `chars` characters.
    """
    found = [Article(a.text[:chars], a.published) for a in articles(lang)] if chars else articles(lang)
    return [found[k % len(found)] for k in range(max(docs, 1))]


def long_text(lang: str, chars: int) -> str:
    """One text of exactly `chars` characters: the dev articles of `lang` joined by paragraph breaks, cycled.

    The cut falls on a space where one is near, so that no word is broken.
    """
    found = articles(lang)
    parts, size, k = [], 0, 0
    while size < chars:
        parts.append(found[k % len(found)].text.strip())
        size += len(parts[-1]) + 2
        k += 1
    text = "\n\n".join(parts)
    space = text.rfind(" ", max(chars - 200, 0), chars)
    return text[: space if space > 0 else chars].ljust(chars)


def rss_mb() -> float:
    """Current resident memory of this process, in MiB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def peak_rss_mb() -> float:
    """Peak resident memory of this process, in MiB, since it started or since `reset_peak`."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> bool:
    """Start the peak-memory reading afresh from the current memory (Linux); False if not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")
        return True
    except OSError:
        return False


@dataclass(frozen=True)
class Finished:
    """A fresh process that ran to its end: wall time, CPU time, peak memory and what it printed."""

    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    stdout: str


def _launch(command: list[str]) -> tuple[subprocess.Popen[str], float]:
    """Start `command` in a new process, its output piped back; the process and its start time."""
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT), time.perf_counter()


def _finish(proc: subprocess.Popen[str], start: float, *, echo: bool = False) -> Finished:
    """Wait for a launched process; its wall and CPU time, its own peak RSS (from the kernel, `wait4`), its output.

    With `echo`, the lines it prints that are not rows are shown on stderr as they come.
    """
    assert proc.stdout is not None
    lines = []
    with proc.stdout:
        for line in proc.stdout:
            lines.append(line)
            if echo and not line.startswith(ROW_PREFIX):
                print(line, end="", file=sys.stderr, flush=True)
    stdout = "".join(lines)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, proc.args))} failed with exit code {proc.returncode}")  # type: ignore[arg-type]
    return Finished(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stdout)


def run_fresh(command: list[str], *, echo: bool = False) -> Finished:
    """Run `command` in a new process: wall time from launch to exit, the peak RSS of the whole process.

    With `echo`, what it prints (rows aside) is shown on stderr as it comes.
    """
    return _finish(*_launch(command), echo=echo)


def run_fresh_together(commands: list[list[str]]) -> list[Finished]:
    """Run commands in new processes all at once (a smoke run's shortcut: their times are not comparable)."""
    launched = [_launch(command) for command in commands]
    return [_finish(*started) for started in launched]


def bench_script(name: str, *args: str) -> list[str]:
    """The command that runs bench/<name>.py with `args` under this interpreter."""
    return [sys.executable, str(BENCH / f"{name}.py"), *args]


def child_rows(command: list[str]) -> list[Row]:
    """Run a bench script in a fresh process and collect the rows it hands back; its other output goes to stderr."""
    finished = run_fresh(command, echo=True)
    return [Row(**json.loads(line[len(ROW_PREFIX) :])) for line in finished.stdout.splitlines()
            if line.startswith(ROW_PREFIX)]


def hand_back(rows: list[Row]) -> None:
    """Print rows so that `child_rows` in the parent process reads them back."""
    for row in rows:
        print(ROW_PREFIX + json.dumps(asdict(row)), flush=True)


def table(rows: list[Row]) -> str:
    """The rows as a text table: figure, measured, target, verdict, grouped by part."""
    width = max([len(r.figure) for r in rows] + [6])
    measured = max([len(r.measured) for r in rows] + [8])
    lines = [f"{'figure':{width}}  {'measured':>{measured}}  {'target':22} verdict", "-" * (width + measured + 34)]
    part = None
    for r in rows:
        if part is not None and r.part != part:
            lines.append("")
        part = r.part
        lines.append(f"{r.figure:{width}}  {r.measured:>{measured}}  {r.target:22} {r.verdict}".rstrip())
    return "\n".join(lines)
