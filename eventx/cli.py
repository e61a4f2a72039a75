"""The `eventx` command: extract from files or a JSONL stream, or print the JSON Schema.

    eventx extract FILE... | -  [--lang fr|en] [--published YYYY-MM-DD] [--config PIPELINE.toml]
                                [--format json|jsonl|table|plover|html] [--output PATH]
                                [--append] [--skip N] [--no-progress]
    eventx render FILE [--lang fr|en] [--published YYYY-MM-DD] [--output PATH]
    eventx schema [--model NAME]

Inputs are read lazily and extracted in batches of `BATCH_SIZE`, and each result is
written as soon as its batch is done, in input order: a JSONL stream of any length
runs in constant memory.

Exit codes: 0 everything extracted, 1 some documents failed (each reported on
stderr, the others still written), 2 usage error.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from eventx.models import Extraction
    from eventx.pipeline import Pipeline

EXIT_OK = 0
"""Every document was extracted."""
EXIT_FAILED = 1
"""Some documents failed; the others were written."""
EXIT_USAGE = 2
"""The command line was wrong; nothing was extracted."""

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
"""File name endings read as one JSON object per line."""
BATCH_SIZE = 32
"""Documents extracted together; at most this many are held in memory at once."""
_CONTEXT_KEYS = ("id", "lang", "published")
_STDIN = "-"
_STDIN_LABEL = "<stdin>"
_UNSAFE_IN_FILE_NAME = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class _Input:
    """One document to extract from, or the reason it could not be read."""

    source: str
    """Where the document comes from: a path, `path:line` or `<stdin>`, for messages."""
    stem: str
    """Base name for a file written about this document: the file's name, the record's id or line."""
    text: object = None
    context: dict[str, Any] = field(default_factory=dict)
    error: tuple[str, str] | None = None
    """(exception type, message) when the document could not even be read."""


_Load = Callable[[], _Input]
"""Reads one document when called, so that skipped documents are never read or parsed."""
_ExtractAll = Callable[[Iterator[tuple[object, dict[str, Any]]]], Iterator["Extraction"]]
"""Turns (text, context) pairs into one result each, lazily and in order."""


def _published(value: str) -> str:
    """An argparse type accepting only ISO dates, so a bad date is a usage error."""
    try:
        date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None
    return value


def _count(value: str) -> int:
    """An argparse type accepting only whole numbers from 0."""
    if not value.isascii() or not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number from 0, got {value!r}")
    return int(value)


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
            "line is such an object, one text otherwise). Documents are read and extracted "
            f"{BATCH_SIZE} at a time and each result is written as soon as it is ready, in input "
            "order, so a stream of any length runs in constant memory."
        ),
    )
    extract.add_argument("files", nargs="+", metavar="FILE", help="text or .jsonl file, or - for standard input")
    extract.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the texts that do not give their own (a JSONL record's `lang` wins); detected "
        "per text when neither does; with --config it must be the configuration's language",
    )
    extract.add_argument(
        "--published", type=_published, metavar="YYYY-MM-DD", help="publication date anchoring relative dates"
    )
    extract.add_argument(
        "--config",
        type=Path,
        metavar="PIPELINE.toml",
        help="build the pipeline (backend, language, model, extractors and their options) from this TOML "
        "file and use it for every document. Its `lang` (\"fr\" when unset) is the language of all "
        "documents: --lang, if given, must be the same, and a JSONL record whose `lang` differs fails",
    )
    extract.add_argument(
        "--format",
        choices=("json", "jsonl", "table", "plover", "html"),
        default="json",
        help="json: one object, or an array for several documents; jsonl: one object per line; "
        "table: for reading; plover: PLOVER event records, one per line; html: the page `eventx render` "
        "writes, for one document, or one page per document into the directory given as --output",
    )
    extract.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar="PATH",
        help="write here instead of standard output (an existing directory with --format html)",
    )
    extract.add_argument(
        "--append",
        action="store_true",
        help="add to the --output file instead of replacing it (not with --format json or html)",
    )
    extract.add_argument(
        "--skip",
        type=_count,
        default=0,
        metavar="N",
        help="skip the first N documents (files and non-blank JSONL lines, in order) without reading them: "
        "to resume an interrupted run, give the number of results already written, with --append",
    )
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


def _reason(exc: Exception) -> str:
    """What went wrong reading or writing a file, without the exception's boilerplate."""
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


def _unreadable(name: str, exc: Exception) -> _Input:
    """A file that could not be read, as a failed document."""
    return _Input(name, Path(name).stem, context={"id": name}, error=(type(exc).__name__, _reason(exc)))


def _text_input(name: str) -> _Input:
    """A text file as one document whose id is its path."""
    try:
        return _Input(name, Path(name).stem, _read_text(Path(name)), {"id": name})
    except (OSError, UnicodeDecodeError) as exc:
        return _unreadable(name, exc)


def _jsonl_input(source: str, stem: str, line: str) -> _Input:
    """One JSONL line as a document, or as a failure saying why it is not one."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return _Input(source, stem, error=("JSONDecodeError", str(exc)))
    if not isinstance(record, dict) or "text" not in record:
        return _Input(source, stem, error=("ValueError", "expected a JSON object with a 'text' field"))
    context = {key: record[key] for key in _CONTEXT_KEYS if record.get(key) is not None}
    if "id" in context:
        context["id"] = stem = str(context["id"])
    return _Input(source, stem, record["text"], context)


def _jsonl_loads(name: str, label: str, lines: Iterable[str], first_line: int = 1) -> Iterator[_Load]:
    """The documents of a JSONL stream, blank lines skipped, each labelled with its line number."""
    for number, line in enumerate(lines, start=first_line):
        if line.strip():
            yield partial(_jsonl_input, f"{name}:{number}", f"{label}-{number}", line)


def _is_jsonl_record(line: str) -> bool:
    """Whether a line is a JSON object with a `text` field, the mark of JSONL input."""
    if not line.lstrip().startswith("{"):
        return False
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return False
    return isinstance(record, dict) and "text" in record


def _stdin_loads(stream: TextIO) -> Iterator[_Load]:
    """Standard input as a JSONL stream when its first line is a record, else as one text."""
    head: list[str] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    if head and _is_jsonl_record(head[-1]):
        yield from _jsonl_loads(_STDIN_LABEL, "stdin", [head[-1]], first_line=len(head))
        yield from _jsonl_loads(_STDIN_LABEL, "stdin", stream, first_line=len(head) + 1)
    else:
        yield partial(_Input, _STDIN_LABEL, "stdin", "".join(head) + stream.read())


def _inputs(names: Sequence[str], stdin: TextIO) -> Iterator[_Load]:
    """Every document named on the command line, in order; each is read only when loaded."""
    for name in names:
        path = Path(name)
        if name == _STDIN:
            yield from _stdin_loads(stdin)
        elif path.suffix.lower() not in JSONL_SUFFIXES:
            yield partial(_text_input, name)
        else:
            try:
                with path.open(encoding="utf-8") as handle:
                    yield from _jsonl_loads(name, path.stem, handle)
            except (OSError, UnicodeDecodeError) as exc:
                yield partial(_unreadable, name, exc)


def _config_pipeline(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Pipeline | None:
    """The pipeline of `--config`, its backend and model checked now; None without the option."""
    if args.config is None:
        return None
    from eventx.pipeline import Pipeline

    try:
        pipeline = Pipeline.from_config(args.config)
        _ = pipeline.backend  # a backend option or model that cannot work is a configuration error
    except (OSError, TypeError, ValueError) as exc:
        prefix = f"{args.config}: "
        parser.error(f"--config {prefix}{_reason(exc).removeprefix(prefix)}")
    if args.lang is not None and args.lang != pipeline.lang:
        parser.error(
            f"--lang {args.lang} contradicts --config {args.config}, whose language is {pipeline.lang!r} "
            "(its `lang`, \"fr\" when unset): give only one, or make them agree"
        )
    return pipeline


def _extract(inputs: Iterable[_Input], extract_all: _ExtractAll) -> Iterator[tuple[_Input, Extraction]]:
    """Each input with its result, in order; unreadable inputs get an error result too."""
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

    for result in extract_all(readable()):
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

    def write(self, item: _Input, result: Any) -> None:
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

    def write(self, item: _Input, result: Any) -> None:
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

    def write(self, item: _Input, result: Any) -> None:
        """Add one document's tables."""
        from rich.markup import escape
        from rich.table import Table
        from rich.text import Text

        header = escape(item.source)
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

    def write(self, item: _Input, result: Any) -> None:
        """Add the records of one result."""
        for record in result.to_plover():
            self.out.write(record.model_dump_json() + "\n")
        self.out.flush()


class _HtmlWriter:
    """Writes the HTML page of the one document read; a failed document writes nothing."""

    def __init__(self, out: TextIO) -> None:
        """Write to `out`."""
        self.out = out

    def write(self, item: _Input, result: Any) -> None:
        """Write the page of the document."""
        from eventx.render import render

        if result.error is None:
            self.out.write(render(result, item.text))  # type: ignore[arg-type]

    def close(self) -> None:
        """Nothing to finish: the page is complete."""


class _HtmlFolderWriter:
    """Writes one HTML page per document into a directory, named after the file, record id or line."""

    def __init__(self, folder: Path) -> None:
        """Write into `folder`, which exists."""
        self.folder = folder
        self.used: set[str] = set()

    def _name(self, stem: str) -> str:
        """A file name made of the stem's safe characters, numbered when an earlier page took it."""
        base = _UNSAFE_IN_FILE_NAME.sub("_", stem).strip("._")[:120] or "document"
        name = base
        for number in itertools.count(2):
            if name not in self.used:
                break
            name = f"{base}-{number}"
        self.used.add(name)
        return f"{name}.html"

    def write(self, item: _Input, result: Any) -> None:
        """Write the page of one document; a failed document gets none."""
        from eventx.render import render

        if result.error is None:
            page = self.folder / self._name(item.stem)
            page.write_text(render(result, item.text), encoding="utf-8")  # type: ignore[arg-type]

    def close(self) -> None:
        """Nothing to finish: every page is complete."""


_WRITERS = {
    "json": _JsonWriter,
    "jsonl": _JsonlWriter,
    "table": _TableWriter,
    "plover": _PloverWriter,
    "html": _HtmlWriter,
}


def _progress(enabled: bool) -> Any:
    """A progress bar on stderr when it is a terminal, a silent stand-in otherwise."""
    if not enabled:
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Documents per second since the start: results come a batch at a time, so a short window would jump."""

        def render(self, task: Task) -> Text:
            """The throughput so far, blank until a document is done."""
            elapsed = task.elapsed
            rate = f"{task.completed / elapsed:.1f} docs/s" if elapsed and task.completed else ""
            return Text(rate, style="progress.data.speed")

    return Progress(
        SpinnerColumn(),
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )


def _known_total(names: Sequence[str], skip: int) -> int | None:
    """How many documents are left after `skip`, when that is known without reading them."""
    if any(name == _STDIN or Path(name).suffix.lower() in JSONL_SUFFIXES for name in names):
        return None
    return max(len(names) - skip, 0)


def _report(source: str, error: Any, progress: Any) -> None:
    """Say on stderr which document failed and why."""
    message = f"eventx: {source}: {error.type}: {error.message}"
    if progress is None:
        print(message, file=sys.stderr, flush=True)
    else:
        progress.console.print(message, markup=False, highlight=False)


def _one_document(inputs: Iterator[_Input], parser: argparse.ArgumentParser) -> Iterator[_Input]:
    """The inputs, after checking (by reading at most two) that there is only one."""
    first = list(itertools.islice(inputs, 2))
    if len(first) > 1:
        parser.error("--format html writes one page per document: give an existing directory as --output")
    return iter(first)


def _check_options(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """Usage errors found in the options alone, before anything is read."""
    if args.files.count(_STDIN) > 1:
        parser.error("standard input (-) can be given only once")
    if args.append and (args.output is None or args.format in ("json", "html")):
        parser.error("--append needs --output and a line-based --format (jsonl, plover or table)")


def _documents(args: argparse.Namespace, parser: argparse.ArgumentParser, *, one_page: bool) -> Iterator[_Input]:
    """The documents to extract, read lazily from the one after `--skip` on.

    For a single HTML page, more than one document is a usage error.
    """
    loads = itertools.islice(_inputs(args.files, sys.stdin), args.skip, None)
    inputs: Iterator[_Input] = (load() for load in loads)
    return _one_document(inputs, parser) if one_page else inputs


def _run_extract(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """The `extract` command: every input extracted and written, failures reported."""
    import eventx

    _check_options(args, parser)
    pipeline = _config_pipeline(args, parser)
    extract_all: _ExtractAll = partial(
        eventx.extract_many,
        lang=args.lang,
        published=args.published,
        pipeline=pipeline,
        batch_size=BATCH_SIZE,
        on_error="report",
    )
    folder = args.output if args.format == "html" and args.output is not None and args.output.is_dir() else None
    inputs = _documents(args, parser, one_page=args.format == "html" and folder is None)
    failed = 0
    show_progress = not args.no_progress and sys.stderr.isatty()
    with ExitStack() as stack:
        target: TextIO | None = None
        if args.output is not None and folder is None:
            try:
                target = stack.enter_context(args.output.open("a" if args.append else "w", encoding="utf-8"))
            except OSError as exc:
                parser.error(f"cannot write {args.output}: {_reason(exc)}")
        progress = stack.enter_context(_progress(show_progress))
        task = progress.add_task("extract", total=_known_total(args.files, args.skip)) if progress is not None else None
        # Standard output is looked up only now: a progress bar routes it above the bar.
        out = sys.stdout if target is None else target
        writer = _HtmlFolderWriter(folder) if folder is not None else _WRITERS[args.format](out)
        for item, result in _extract(inputs, extract_all):
            if result.error is not None:
                failed += 1
                _report(item.source, result.error, progress)
            writer.write(item, result)
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
        parser.error(f"cannot read {args.file}: {_reason(exc)}")
    page = render_page(eventx.extract(text, lang=args.lang, published=args.published), text)
    try:
        if args.output is None:
            sys.stdout.write(page)
        else:
            args.output.write_text(page, encoding="utf-8")
    except OSError as exc:
        parser.error(f"cannot write {args.output}: {_reason(exc)}")
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
