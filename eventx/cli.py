"""The `eventx` command: extract from files or a JSONL stream, or print the JSON Schema.

    eventx extract FILE... | -  [--lang fr|en] [--published YYYY-MM-DD]
                                [--format json|jsonl|table] [--output PATH]
    eventx render FILE [--lang fr|en] [--published YYYY-MM-DD] [--output PATH]
    eventx schema [--model NAME]

Exit codes: 0 everything extracted, 1 some documents failed (each reported on
stderr, the others still written), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

EXIT_OK = 0
"""Every document was extracted."""
EXIT_FAILED = 1
"""Some documents failed; the others were written."""
EXIT_USAGE = 2
"""The command line was wrong; nothing was extracted."""

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
"""File name endings read as one JSON object per line."""
_CONTEXT_KEYS = ("id", "lang", "published")
_STDIN = "-"


@dataclass(frozen=True)
class _Input:
    """One document to extract from, or the reason it could not be read."""

    source: str
    """Where the document comes from: a path, `path:line` or `<stdin>`, for messages."""
    text: object = None
    context: dict[str, Any] = field(default_factory=dict)
    error: tuple[str, str] | None = None
    """(exception type, message) when the document could not even be read."""


def _published(value: str) -> str:
    """An argparse type accepting only ISO dates, so a bad date is a usage error."""
    try:
        date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None
    return value


def _parser() -> argparse.ArgumentParser:
    """The command-line grammar of `eventx`."""
    from eventx import LANGUAGES, __version__
    from eventx.schema import MODELS

    parser = argparse.ArgumentParser(
        prog="eventx",
        description="Meetings, participants, statements and figures from French and English news.",
    )
    parser.add_argument("--version", action="version", version=f"eventx {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract",
        help="extract events from text files or JSONL",
        description=(
            "Extract from text files, from JSONL files (.jsonl: one object per line with `text` and "
            "optional `id`, `lang`, `published`), or from standard input (`-`: JSONL when its first "
            "line is such an object, one text otherwise)."
        ),
    )
    extract.add_argument("files", nargs="+", metavar="FILE", help="text or .jsonl file, or - for standard input")
    extract.add_argument("--lang", choices=LANGUAGES, help="language of the texts (default: detected per text)")
    extract.add_argument(
        "--published", type=_published, metavar="YYYY-MM-DD", help="publication date anchoring relative dates"
    )
    extract.add_argument(
        "--format",
        choices=("json", "jsonl", "table", "plover"),
        default="json",
        help="json: one object, or an array for several documents; jsonl: one object per line; "
        "table: for reading; plover: PLOVER event records, one per line",
    )
    extract.add_argument("--output", "-o", type=Path, metavar="PATH", help="write here instead of standard output")
    extract.add_argument("--no-progress", action="store_true", help="never show the progress bar")

    page = commands.add_parser(
        "render", help="show what is extracted from a text file as one self-contained HTML page"
    )
    page.add_argument("file", type=Path, metavar="FILE", help="text file (UTF-8)")
    page.add_argument("--lang", choices=LANGUAGES, help="language of the text (default: detected)")
    page.add_argument("--published", type=_published, metavar="YYYY-MM-DD", help="publication date anchoring relative dates")
    page.add_argument("--output", "-o", type=Path, metavar="PATH", help="write here instead of standard output")

    schema = commands.add_parser("schema", help="print the JSON Schema of the result")
    schema.add_argument("--model", choices=sorted(MODELS), default="extraction", help="which model (default: %(default)s)")
    return parser


def _read_text(path: Path) -> str:
    """A file's text as UTF-8, line endings kept so offsets match the file's characters."""
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def _jsonl_input(source: str, line: str) -> _Input:
    """One JSONL line as a document, or as a failure saying why it is not one."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return _Input(source, error=("JSONDecodeError", str(exc)))
    if not isinstance(record, dict) or "text" not in record:
        return _Input(source, error=("ValueError", "expected a JSON object with a 'text' field"))
    context = {key: record[key] for key in _CONTEXT_KEYS if record.get(key) is not None}
    if "id" in context:
        context["id"] = str(context["id"])
    return _Input(source, record["text"], context)


def _jsonl_inputs(name: str, lines: Iterable[str], first_line: int = 1) -> Iterator[_Input]:
    """Documents of a JSONL stream, blank lines skipped, each labelled with its line number."""
    for number, line in enumerate(lines, start=first_line):
        if line.strip():
            yield _jsonl_input(f"{name}:{number}", line)


def _is_jsonl_record(line: str) -> bool:
    """Whether a line is a JSON object with a `text` field, the mark of JSONL input."""
    if not line.lstrip().startswith("{"):
        return False
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return False
    return isinstance(record, dict) and "text" in record


def _stdin_inputs(stream: TextIO) -> Iterator[_Input]:
    """Standard input as a JSONL stream when its first line is a record, else as one text."""
    head: list[str] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    if head and _is_jsonl_record(head[-1]):
        yield from _jsonl_inputs("<stdin>", [head[-1]], first_line=len(head))
        yield from _jsonl_inputs("<stdin>", stream, first_line=len(head) + 1)
    else:
        yield _Input("<stdin>", "".join(head) + stream.read())


def _inputs(names: Sequence[str], stdin: TextIO) -> Iterator[_Input]:
    """Every document named on the command line, in order, read lazily."""
    for name in names:
        if name == _STDIN:
            yield from _stdin_inputs(stdin)
            continue
        path = Path(name)
        try:
            if path.suffix.lower() in JSONL_SUFFIXES:
                with path.open(encoding="utf-8") as handle:
                    yield from _jsonl_inputs(name, handle)
            else:
                yield _Input(name, _read_text(path), {"id": name})
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            yield _Input(name, context={"id": name}, error=(type(exc).__name__, reason))


def _extract(inputs: Iterable[_Input], *, lang: str | None, published: str | None) -> Iterator[tuple[_Input, Any]]:
    """Each input with its result, in order; unreadable inputs get an error result too."""
    import eventx
    from eventx.models import ErrorInfo, Extraction

    pending: deque[_Input] = deque()

    def readable() -> Iterator[tuple[object, dict[str, Any]]]:
        """The (text, context) pairs to extract from, every input queued in order."""
        for item in inputs:
            pending.append(item)
            if item.error is None:
                yield item.text, item.context

    def unreadable() -> Iterator[tuple[_Input, Extraction]]:
        """Error results for the unreadable inputs at the head of the queue."""
        while pending and pending[0].error is not None:
            item = pending.popleft()
            error_type, message = item.error  # type: ignore[misc]
            yield item, Extraction(id=item.context.get("id"), error=ErrorInfo(type=error_type, message=message))

    for result in eventx.extract_many(readable(), lang=lang, published=published, on_error="report"):
        yield from unreadable()
        yield pending.popleft(), result
    yield from unreadable()


class _JsonWriter:
    """Writes one JSON object for a single document, an array for several."""

    def __init__(self, out: TextIO) -> None:
        """Write to `out`."""
        self.out = out
        self.held: str | None = None
        self.count = 0

    def write(self, source: str, result: Any) -> None:
        """Add one result; the first is held back until it is known whether a second comes."""
        text = result.model_dump_json(indent=2)
        if self.count == 0:
            self.held = text
        elif self.count == 1:
            self.out.write(f"[\n{self.held},\n{text}")
        else:
            self.out.write(f",\n{text}")
        self.count += 1

    def close(self) -> None:
        """Finish the document."""
        if self.count == 1:
            self.out.write(self.held + "\n")  # type: ignore[operator]
        elif self.count > 1:
            self.out.write("\n]\n")
        else:
            self.out.write("[]\n")


class _JsonlWriter:
    """Writes one compact JSON object per line, as results come."""

    def __init__(self, out: TextIO) -> None:
        """Write to `out`."""
        self.out = out

    def write(self, source: str, result: Any) -> None:
        """Add one result."""
        self.out.write(result.model_dump_json() + "\n")
        self.out.flush()

    def close(self) -> None:
        """Nothing to finish: every line is complete."""


def _number(value: float) -> str:
    """A figure's value without a spurious `.0`."""
    return str(int(value)) if float(value).is_integer() else str(value)


def _clip(text: str, limit: int = 160) -> str:
    """Text shortened to `limit` characters for a table cell, newlines flattened."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _TableWriter:
    """Writes each document's results as tables for people to read."""

    def __init__(self, out: TextIO) -> None:
        """Write to `out`, 140 columns wide unless it is a terminal."""
        from rich.console import Console

        terminal = out.isatty()
        self.console = Console(file=out, width=None if terminal else 140, highlight=False, no_color=not terminal)

    def write(self, source: str, result: Any) -> None:
        """Add one document's tables."""
        from rich.markup import escape
        from rich.table import Table
        from rich.text import Text

        header = escape(source)
        if result.error is not None:
            self.console.print(
                f"[bold]{header}[/bold]  failed: {escape(result.error.type)}: {escape(result.error.message)}",
                soft_wrap=True,
            )
            self.console.print()
            return
        counts = ", ".join(
            f"{len(getattr(result, kind))} {kind}" for kind in ("meetings", "participants", "statements", "figures")
        )
        self.console.print(
            f"[bold]{header}[/bold]  lang={result.lang} published={result.published}  {counts}", soft_wrap=True
        )
        tables = {
            "Meetings": (
                ("kind", "date", "location", "host", "participants", "trigger"),
                [
                    (
                        m.kind,
                        m.date.iso if m.date else "",
                        (f"{m.location.name} ({m.location.country})" if m.location.country else m.location.name)
                        if m.location
                        else "",
                        m.host.name if m.host else "",
                        ", ".join(p.name for p in m.participants),
                        m.trigger.text,
                    )
                    for m in result.meetings
                ],
            ),
            "Participants": (
                ("name", "kind", "role", "country", "organization", "mentions"),
                [
                    (p.name, p.kind, p.role or "", p.country or "", p.organization or "", str(len(p.mentions)))
                    for p in result.participants
                ],
            ),
            "Statements": (
                ("speakers", "mode", "cue", "content"),
                [
                    (
                        ", ".join(p.name for p in s.speakers) or (s.speaker_mention.text if s.speaker_mention else ""),
                        s.mode,
                        s.cue.text if s.cue else "",
                        _clip(s.content.text),
                    )
                    for s in result.statements
                ],
            ),
            "Figures": (
                ("value", "qualifier", "category", "unit", "subject", "as written"),
                [
                    (_number(f.value), f.qualifier, f.category, f.unit or "", f.subject.text if f.subject else "", f.span.text)
                    for f in result.figures
                ],
            ),
        }
        for title, (columns, rows) in tables.items():
            if not rows:
                continue
            table = Table(*columns, title=title, title_justify="left", expand=False)
            for row in rows:
                table.add_row(*(Text(cell) for cell in row))
            self.console.print(table)
        self.console.print()

    def close(self) -> None:
        """Nothing to finish: every table is complete."""


class _PloverWriter(_JsonlWriter):
    """Writes each document's PLOVER event records, one JSON object per line."""

    def write(self, source: str, result: Any) -> None:
        """Add the records of one result."""
        for record in result.to_plover():
            self.out.write(record.model_dump_json() + "\n")
        self.out.flush()


_WRITERS = {"json": _JsonWriter, "jsonl": _JsonlWriter, "table": _TableWriter, "plover": _PloverWriter}


def _progress(enabled: bool) -> Any:
    """A progress bar on stderr when it is a terminal, a silent stand-in otherwise."""
    if not enabled:
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(),
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )


def _known_total(names: Sequence[str]) -> int | None:
    """How many documents the inputs hold, when that is known without reading them."""
    if any(name == _STDIN or Path(name).suffix.lower() in JSONL_SUFFIXES for name in names):
        return None
    return len(names)


def _report(source: str, error: Any, progress: Any) -> None:
    """Say on stderr which document failed and why."""
    message = f"eventx: {source}: {error.type}: {error.message}"
    if progress is None:
        print(message, file=sys.stderr, flush=True)
    else:
        progress.console.print(message, markup=False, highlight=False)


def _run_extract(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """The `extract` command: every input extracted and written, failures reported."""
    if args.files.count(_STDIN) > 1:
        parser.error("standard input (-) can be given only once")
    failed = 0
    show_progress = not args.no_progress and sys.stderr.isatty()
    with ExitStack() as stack:
        if args.output is not None:
            try:
                target = stack.enter_context(args.output.open("w", encoding="utf-8"))
            except OSError as exc:
                parser.error(f"cannot write {args.output}: {exc.strerror or exc}")
        progress = stack.enter_context(_progress(show_progress))
        task = progress.add_task("extract", total=_known_total(args.files)) if progress is not None else None
        # Standard output is looked up only now: a progress bar routes it above the bar.
        out: TextIO = sys.stdout if args.output is None else target
        writer = _WRITERS[args.format](out)
        inputs = _inputs(args.files, sys.stdin)
        for item, result in _extract(inputs, lang=args.lang, published=args.published):
            if result.error is not None:
                failed += 1
                _report(item.source, result.error, progress)
            writer.write(item.source, result)
            if progress is not None:
                progress.advance(task)
        writer.close()
        out.flush()
    return EXIT_FAILED if failed else EXIT_OK


def _run_render(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """The `render` command: one text file extracted and written as an HTML page."""
    import eventx
    from eventx.render import render as render_page

    try:
        text = _read_text(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        parser.error(f"cannot read {args.file}: {exc.strerror if isinstance(exc, OSError) and exc.strerror else exc}")
    page = render_page(eventx.extract(text, lang=args.lang, published=args.published), text)
    try:
        if args.output is None:
            sys.stdout.write(page)
        else:
            args.output.write_text(page, encoding="utf-8")
    except OSError as exc:
        parser.error(f"cannot write {args.output}: {exc.strerror or exc}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `eventx` command; returns the exit code."""
    from eventx.schema import render

    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if args.command == "schema":
            sys.stdout.write(render(args.model))
            return EXIT_OK
        if args.command == "render":
            return _run_render(args, parser)
        return _run_extract(args, parser)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except SystemExit as exit:
        return exit.code if isinstance(exit.code, int) else EXIT_USAGE
