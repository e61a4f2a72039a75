"""The `eventx` command: inputs, output formats, failures, exit codes, progress bar."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eventx
import eventx._api
from eventx.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from eventx.document import Document
from eventx.models import Extraction, Figure
from eventx.schema import render
from eventx.testing import FakeBackend

DIGITS = "tests.cli.digits.v1"


@eventx.register_extractor(DIGITS, assigns="figures")
def _digit_figures(doc: Document, found: object, /) -> object:
    """Every token made of digits as an exact figure: predictable results without a model."""
    for token in doc.tokens:
        if token.text.isascii() and token.text.isdigit():
            yield Figure(
                value=float(token.text),
                category="other",
                span=doc.token_span(token.i, token.i),
                confidence=0.5,
                extractor=DIGITS,
            )


class _Terminal(io.StringIO):
    """A captured stream that says it is a terminal."""

    def isatty(self) -> bool:
        """Pretend to be a terminal."""
        return True


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Route every extraction through a model-free pipeline that finds numbers."""
    pipelines = {
        lang: eventx.Pipeline(lang, backend=FakeBackend(lang), extractors=[DIGITS]) for lang in eventx.LANGUAGES
    }
    monkeypatch.setattr(eventx._api, "get_pipeline", lambda lang, backend="spacy": pipelines[lang])


@pytest.fixture
def stdin(monkeypatch: pytest.MonkeyPatch):
    """Set what the command reads as standard input."""

    def feed(text: str) -> None:
        """Make `text` the content of standard input."""
        monkeypatch.setattr("sys.stdin", io.StringIO(text))

    return feed


def _write(folder: Path, name: str, content: str) -> Path:
    """A UTF-8 file with exactly `content` (line endings untouched)."""
    path = folder / name
    path.write_bytes(content.encode("utf-8"))
    return path


def _jsonl(*records: object) -> str:
    """JSONL text: objects serialised, strings kept as raw lines."""
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def _results(out: str) -> list[Extraction]:
    """The results of JSONL output."""
    return [Extraction.model_validate_json(line) for line in out.splitlines() if line.strip()]


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param([], id="no-command"),
        pytest.param(["extract"], id="no-file"),
        pytest.param(["extract", "a.txt", "--lang", "de"], id="unsupported-lang"),
        pytest.param(["extract", "a.txt", "--published", "2023-13-45"], id="impossible-date"),
        pytest.param(["extract", "a.txt", "--published", "yesterday"], id="not-a-date"),
        pytest.param(["extract", "a.txt", "--format", "xml"], id="unknown-format"),
        pytest.param(["extract", "-", "-"], id="stdin-twice"),
        pytest.param(["extract", "a.txt", "--output", "/nonexistent-dir/out.json"], id="unwritable-output"),
        pytest.param(["frobnicate"], id="unknown-command"),
        pytest.param(["schema", "--model", "nothing"], id="unknown-schema"),
    ],
)
def test_cli_usage_errors_exit_2_with_a_message(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "usage: eventx" in captured.err


@pytest.mark.parametrize("model", ["extraction", "meeting", "span"])
def test_cli_schema_prints_the_model_schema(model: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--model", model]) == EXIT_OK
    assert capsys.readouterr().out == render(model)


def test_cli_schema_defaults_to_the_document_result(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["title"] == "Extraction"


def test_cli_version_names_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"eventx {eventx.__version__}"


@pytest.mark.usefixtures("fake_model")
def test_cli_single_file_gives_one_json_object_with_offsets_into_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Bilan :\r\n12 morts et 40 blessés.\r\n"
    path = _write(tmp_path, "a.txt", text)
    assert main(["extract", str(path), "--lang", "fr", "--published", "2024-01-02"]) == EXIT_OK
    result = Extraction.model_validate_json(capsys.readouterr().out)
    assert (result.id, result.lang, result.published) == (str(path), "fr", "2024-01-02")
    assert [f.value for f in result.figures] == [12, 40]
    assert all(text[f.span.start : f.span.end] == f.span.text for f in result.figures)


@pytest.mark.usefixtures("fake_model")
def test_cli_several_files_give_a_json_array_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [_write(tmp_path, f"{n}.txt", f"Il y a {n} morts.") for n in (3, 1, 2)]
    assert main(["extract", *map(str, paths), "--lang", "fr"]) == EXIT_OK
    results = [Extraction.model_validate(r) for r in json.loads(capsys.readouterr().out)]
    assert [r.id for r in results] == [str(p) for p in paths]
    assert [r.figures[0].value for r in results] == [3, 1, 2]


@pytest.mark.usefixtures("fake_model")
def test_cli_jsonl_file_keeps_ids_and_per_line_context(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(
        tmp_path,
        "docs.jsonl",
        _jsonl(
            {"id": 7, "text": "Il y a 5 morts.", "published": "2023-11-22"},
            "",
            {"text": "There are 9 dead.", "lang": "en"},
        ),
    )
    assert main(["extract", str(path), "--format", "jsonl", "--lang", "fr"]) == EXIT_OK
    first, second = _results(capsys.readouterr().out)
    assert (first.id, first.lang, first.published) == ("7", "fr", "2023-11-22")
    assert (second.id, second.lang) == (None, "en")
    assert second.figures[0].value == 9


@pytest.mark.usefixtures("fake_model")
@pytest.mark.parametrize(
    ("line", "reason"),
    [
        pytest.param("not json", "JSONDecodeError", id="invalid-json"),
        pytest.param('["a list"]', "ValueError: expected a JSON object", id="not-an-object"),
        pytest.param('{"id": "x"}', "ValueError: expected a JSON object", id="no-text"),
        pytest.param('{"text": 12}', "TypeError: text must be str, not int", id="text-not-a-string"),
        pytest.param('{"text": "Il y a 3 morts.", "lang": "de"}', "Unknown language 'de'", id="unsupported-lang"),
        pytest.param('{"text": "Il y a 3 morts.", "published": "soon"}', "'soon'", id="bad-published"),
    ],
)
def test_cli_bad_jsonl_line_is_reported_with_its_line_and_the_rest_written(
    line: str, reason: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "docs.jsonl", _jsonl({"text": "Il y a 1 mort."}, line, {"text": "Il y a 2 morts."}))
    assert main(["extract", str(path), "--format", "jsonl"]) == EXIT_FAILED
    captured = capsys.readouterr()
    first, bad, last = _results(captured.out)
    assert [first.figures[0].value, last.figures[0].value] == [1, 2]
    assert first.error is None and last.error is None and bad.error is not None
    assert captured.err.count("\n") == 1
    assert captured.err.startswith(f"eventx: {path}:2: ")
    assert reason in captured.err


@pytest.mark.usefixtures("fake_model")
def test_cli_missing_file_is_reported_and_the_others_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(tmp_path, "good.txt", "Il y a 4 morts.")
    missing = tmp_path / "missing.txt"
    assert main(["extract", str(missing), str(good), "--format", "jsonl"]) == EXIT_FAILED
    captured = capsys.readouterr()
    failed, result = _results(captured.out)
    assert (failed.id, failed.error.type) == (str(missing), "FileNotFoundError")  # type: ignore[union-attr]
    assert result.figures[0].value == 4
    assert captured.err.startswith(f"eventx: {missing}: FileNotFoundError")


@pytest.mark.usefixtures("fake_model")
def test_cli_file_that_is_not_utf8_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Année 3".encode("latin-1"))
    assert main(["extract", str(path)]) == EXIT_FAILED
    assert "UnicodeDecodeError" in capsys.readouterr().err


@pytest.mark.usefixtures("fake_model")
def test_cli_stdin_plain_text_is_one_document(stdin, capsys: pytest.CaptureFixture[str]) -> None:
    stdin("Bilan\n\n{pas du JSON} 8 morts.\n")
    assert main(["extract", "-", "--lang", "fr"]) == EXIT_OK
    result = Extraction.model_validate_json(capsys.readouterr().out)
    assert result.id is None
    assert [f.value for f in result.figures] == [8]


@pytest.mark.usefixtures("fake_model")
def test_cli_stdin_jsonl_stream_gives_one_result_per_line(stdin, capsys: pytest.CaptureFixture[str]) -> None:
    stdin("\n" + _jsonl({"text": "1 mort", "id": "a"}, {"text": "2 morts", "id": "b"}, {"text": "3 morts"}))
    assert main(["extract", "-", "--format", "jsonl", "--lang", "fr"]) == EXIT_OK
    results = _results(capsys.readouterr().out)
    assert [(r.id, r.figures[0].value) for r in results] == [("a", 1), ("b", 2), (None, 3)]


@pytest.mark.usefixtures("fake_model")
def test_cli_stdin_jsonl_failure_names_its_line(stdin, capsys: pytest.CaptureFixture[str]) -> None:
    stdin(_jsonl({"text": "1 mort"}, "{oops"))
    assert main(["extract", "-", "--format", "jsonl", "--lang", "fr"]) == EXIT_FAILED
    assert capsys.readouterr().err.startswith("eventx: <stdin>:2: JSONDecodeError")


@pytest.mark.usefixtures("fake_model")
def test_cli_empty_jsonl_gives_an_empty_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "empty.jsonl", "\n\n")
    assert main(["extract", str(path)]) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.usefixtures("fake_model")
def test_cli_output_option_writes_the_file_not_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write(tmp_path, "a.txt", "Il y a 6 morts.")
    target = tmp_path / "out.jsonl"
    assert main(["extract", str(source), "--format", "jsonl", "--output", str(target)]) == EXIT_OK
    assert capsys.readouterr().out == ""
    assert _results(target.read_text(encoding="utf-8"))[0].figures[0].value == 6


@pytest.mark.usefixtures("fake_model")
def test_cli_table_format_shows_each_document_and_its_items(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(tmp_path, "good.txt", "Il y a 12 morts.")
    missing = tmp_path / "missing.txt"
    assert main(["extract", str(good), str(missing), "--format", "table", "--lang", "fr"]) == EXIT_FAILED
    out = capsys.readouterr().out
    assert "1 figures" in out
    assert "Figures" in out and "12" in out
    assert f"{missing}  failed: FileNotFoundError" in out


@pytest.mark.usefixtures("fake_model")
@pytest.mark.parametrize(
    ("terminal", "flags", "shown"),
    [
        pytest.param(True, [], True, id="terminal"),
        pytest.param(True, ["--no-progress"], False, id="terminal-no-progress"),
        pytest.param(False, [], False, id="pipe"),
    ],
)
def test_cli_progress_bar_only_on_a_terminal(
    terminal: bool, flags: list[str], shown: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [_write(tmp_path, f"{n}.txt", f"{n} morts") for n in range(3)]
    err = _Terminal() if terminal else io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    monkeypatch.setattr("sys.stdout", io.StringIO())
    assert main(["extract", *map(str, paths), "--format", "jsonl", "--lang", "fr", *flags]) == EXIT_OK
    assert ("extracting" in err.getvalue()) is shown
    if not shown:
        assert err.getvalue() == ""


@pytest.mark.usefixtures("fake_model")
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(st.characters(exclude_categories=("Cs",)), max_size=60), min_size=1, max_size=4))
def test_cli_jsonl_round_trip_keeps_every_text_and_valid_offsets(texts: list[str], stdin) -> None:
    stdin(_jsonl(*({"text": t, "id": k} for k, t in enumerate(texts))))
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdout", out)
        patch.setattr("sys.stderr", io.StringIO())
        assert main(["extract", "-", "--format", "jsonl", "--lang", "fr"]) == EXIT_OK
    results = _results(out.getvalue())
    assert [r.id for r in results] == [str(k) for k in range(len(texts))]
    for text, result in zip(texts, results):
        assert all(text[f.span.start : f.span.end] == f.span.text for f in result.figures)


@pytest.mark.model
def test_cli_extracts_the_seed_with_the_real_model(seed_text: str, capsys: pytest.CaptureFixture[str]) -> None:
    from conftest import SEED

    assert main(["extract", str(SEED), "--published", "2023-11-22"]) == EXIT_OK
    captured = capsys.readouterr()
    result = Extraction.model_validate_json(captured.out)
    assert captured.err == ""
    assert (result.id, result.lang, result.error) == (str(SEED), "fr", None)
    assert result.participants and result.meetings
    spans = [m for p in result.participants for m in p.mentions] + [m.trigger for m in result.meetings]
    assert all(seed_text[s.start : s.end] == s.text for s in spans)
