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
import eventx.pipeline
from eventx.cli import BATCH_SIZE, EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from eventx.document import Document
from eventx.models import Extraction, Figure
from eventx.render import render as render_page
from eventx.schema import render
from eventx.testing import FakeBackend

DIGITS = "tests.cli.digits.v1"
FAKE_CONFIG = f'lang = "fr"\nbackend = "fake"\n[extractors."{DIGITS}"]\n'
"""A pipeline file on the model-free backend with the digits extractor; its options may follow."""
HOSTILE = "Bilan : 5 morts <script>alert(document.domain)</script> & 7 blessés."


@eventx.register_extractor(DIGITS, assigns="figures")
def _digit_figures(doc: Document, found: object, /, *, at_least: int = 0) -> object:
    """Every token made of digits, from `at_least` on, as an exact figure: predictable results without a model."""
    for token in doc.tokens:
        if token.text.isascii() and token.text.isdigit() and int(token.text) >= at_least:
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


class _ModelFreeBackend(FakeBackend):
    """The fake backend as a configuration file names it: it takes the `model` every backend is given."""

    def __init__(self, lang: str, *, model: str | None = None) -> None:
        """A fake backend for `lang`; there is no model to load."""
        super().__init__(lang)


@pytest.fixture
def fake_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let configuration files name `backend = "fake"`, which parses without a model."""
    known = eventx.pipeline.get_backend_class
    monkeypatch.setattr(
        eventx.pipeline, "get_backend_class", lambda name: _ModelFreeBackend if name == "fake" else known(name)
    )


@pytest.fixture(params=["default", "config"])
def pipeline_args(request: pytest.FixtureRequest, tmp_path: Path) -> list[str]:
    """Arguments choosing the default pipeline (model-free) or one built from a configuration file."""
    if request.param == "default":
        request.getfixturevalue("fake_model")
        return ["--lang", "fr"]
    request.getfixturevalue("fake_backend")
    return ["--config", str(_write(tmp_path, "pipeline.toml", FAKE_CONFIG))]


class _CountingStdin(io.StringIO):
    """Standard input that counts the lines read from it."""

    def __init__(self, text: str) -> None:
        """Serve `text`."""
        super().__init__(text)
        self.lines_read = 0

    def __next__(self) -> str:
        """The next line, counted."""
        line = super().__next__()
        self.lines_read += 1
        return line


class _FirstWriteWitness(io.StringIO):
    """Standard output noting how many input lines had been read when it was first written to."""

    def __init__(self, stdin: _CountingStdin) -> None:
        """Watch `stdin`."""
        super().__init__()
        self.stdin = stdin
        self.lines_read_at_first_write: int | None = None

    def write(self, text: str) -> int:
        """Write, noting the input read so far the first time."""
        if self.lines_read_at_first_write is None:
            self.lines_read_at_first_write = self.stdin.lines_read
        return super().write(text)


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
        pytest.param(["extract", "a.txt", "--skip", "-1"], id="negative-skip"),
        pytest.param(["extract", "a.txt", "--skip", "many"], id="skip-not-a-number"),
        pytest.param(["extract", "a.txt", "--append"], id="append-without-output"),
        pytest.param(["extract", "a.txt", "--append", "--output", "out.json"], id="append-to-a-json-array"),
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
    assert ("docs/s" in err.getvalue()) is shown
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


@pytest.mark.usefixtures("fake_backend")
@pytest.mark.parametrize(
    ("options", "expected"),
    [
        pytest.param("", [[3, 12], [40]], id="extractor-defaults"),
        pytest.param("at_least = 10\n", [[12], [40]], id="extractor-option-set"),
    ],
)
def test_cli_config_pipeline_extracts_every_document_with_its_options(
    options: str, expected: list[list[int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _write(tmp_path, "pipeline.toml", FAKE_CONFIG + options)
    docs = _write(tmp_path, "docs.jsonl", _jsonl({"id": "a", "text": "3 morts, 12 blessés"}, {"text": "40 blessés"}))
    argv = ["extract", str(docs), "--config", str(config), "--format", "jsonl", "--published", "2024-01-02"]
    assert main(argv) == EXIT_OK
    results = _results(capsys.readouterr().out)
    assert [[f.value for f in r.figures] for r in results] == expected
    assert [(r.id, r.lang, r.published) for r in results] == [("a", "fr", "2024-01-02"), (None, "fr", "2024-01-02")]
    assert {f.extractor for r in results for f in r.figures} == {DIGITS}


@pytest.mark.usefixtures("fake_backend")
@pytest.mark.parametrize(
    ("toml", "message"),
    [
        pytest.param(None, "No such file or directory", id="missing-file"),
        pytest.param('lang = "fr"\nbackend = fake\n', "Invalid value (at line 2, column 11)", id="toml-syntax"),
        pytest.param('extractor = ["figures.rules.v1"]\n', "Unknown configuration keys ['extractor']. Valid keys: [",
                     id="unknown-key"),
        pytest.param("lang = 2\n", "Configuration key 'lang' must be a language code", id="wrong-type"),
        pytest.param('lang = "de"\n', "Unknown language 'de'. Available: en, fr", id="unknown-language"),
        pytest.param('backend = "spacey"\n', "Unknown backend 'spacey'. Did you mean 'spacy'?", id="unknown-backend"),
        pytest.param(f'backend = "fake"\nextractors = ["{DIGITS[:-4]}"]\n',
                     f"Unknown extractor '{DIGITS[:-4]}'. Did you mean '{DIGITS}'?", id="unknown-extractor"),
        pytest.param(FAKE_CONFIG + "at_most = 3\n",
                     f"Extractor '{DIGITS}' takes no options ['at_most']. Valid options: ['at_least']",
                     id="unknown-option"),
        pytest.param('model = "xx_no_such_model"\n', "No spaCy model for 'fr' is installed (tried: xx_no_such_model)",
                     id="model-not-installed"),
    ],
)
def test_cli_bad_config_is_a_usage_error_naming_the_file_and_the_fault(
    toml: str | None, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "pipeline.toml" if toml is None else _write(tmp_path, "pipeline.toml", toml)
    source = _write(tmp_path, "a.txt", "3 morts")
    assert main(["extract", str(source), "--config", str(config)]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"--config {config}: {message}" in captured.err


@pytest.mark.usefixtures("fake_backend")
@pytest.mark.parametrize(
    ("lang_key", "flags", "code"),
    [
        pytest.param('lang = "en"\n', [], EXIT_OK, id="config-alone"),
        pytest.param('lang = "en"\n', ["--lang", "en"], EXIT_OK, id="flag-agrees"),
        pytest.param('lang = "en"\n', ["--lang", "fr"], EXIT_USAGE, id="flag-contradicts"),
        pytest.param("", ["--lang", "en"], EXIT_USAGE, id="flag-contradicts-unset-french"),
    ],
)
def test_cli_config_language_rules_over_lang_flag_and_a_contradiction_is_a_usage_error(
    lang_key: str, flags: list[str], code: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _write(tmp_path, "pipeline.toml", lang_key + f'backend = "fake"\nextractors = ["{DIGITS}"]\n')
    source = _write(tmp_path, "a.txt", "9 dead")
    assert main(["extract", str(source), "--config", str(config), *flags]) == code
    captured = capsys.readouterr()
    if code == EXIT_OK:
        assert Extraction.model_validate_json(captured.out).lang == "en"
    else:
        assert captured.out == ""
        assert f"contradicts --config {config}" in captured.err


@pytest.mark.usefixtures("fake_backend")
def test_cli_config_record_in_another_language_fails_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _write(tmp_path, "pipeline.toml", FAKE_CONFIG)
    records = [{"text": "1 mort"}, {"text": "2 dead", "lang": "en"}, {"text": "3 morts", "lang": "fr"}]
    docs = _write(tmp_path, "docs.jsonl", _jsonl(*records))
    assert main(["extract", str(docs), "--config", str(config), "--format", "jsonl"]) == EXIT_FAILED
    captured = capsys.readouterr()
    first, other, last = _results(captured.out)
    assert [first.figures[0].value, last.figures[0].value] == [1, 3]
    assert other.error is not None and not other.figures
    reason = "ValueError: the document's lang 'en' differs from the pipeline's 'fr'"
    assert captured.err == f"eventx: {docs}:2: {reason}\n"


@pytest.mark.usefixtures("fake_model")
@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("a.txt", HOSTILE, id="text-file"),
        pytest.param("one.jsonl", _jsonl({"id": "a.txt", "text": HOSTILE}), id="one-jsonl-record"),
    ],
)
@pytest.mark.parametrize("to_file", [False, True], ids=["stdout", "output-file"])
def test_cli_html_format_writes_the_rendered_page_of_one_document_with_the_text_escaped(
    name: str, content: str, to_file: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(tmp_path, name, content)
    target = tmp_path / "page.html"
    output = ["--output", str(target)] if to_file else []
    assert main(["extract", str(source), "--format", "html", "--lang", "fr", *output]) == EXIT_OK
    page = target.read_text(encoding="utf-8") if to_file else capsys.readouterr().out
    doc_id = "a.txt" if name == "one.jsonl" else str(source)
    result = eventx.extract(HOSTILE, lang="fr").model_copy(update={"id": doc_id})
    assert page == render_page(result, HOSTILE)
    assert "<script>alert(" not in page
    assert "&lt;script&gt;alert(document.domain)&lt;/script&gt;" in page


@pytest.mark.usefixtures("fake_model")
def test_cli_html_format_writes_one_page_per_document_into_a_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text_file = _write(tmp_path, "a.txt", HOSTILE)
    records = [{"id": "r/1", "text": "1 <b>mort</b>"}, "", {"text": "3 morts"}, {"id": "../a", "text": "4 morts"}]
    docs = _write(tmp_path, "docs.jsonl", _jsonl(*records, "oops"))
    folder = tmp_path / "pages"
    folder.mkdir()
    assert main(["extract", str(text_file), str(docs), "--format", "html", "--output", str(folder)]) == EXIT_FAILED
    expected = {
        "a.html": (str(text_file), HOSTILE),
        "r_1.html": ("r/1", "1 <b>mort</b>"),
        "docs-3.html": (None, "3 morts"),
        "a-2.html": ("../a", "4 morts"),
    }
    assert sorted(page.name for page in folder.iterdir()) == sorted(expected)
    for page_name, (doc_id, text) in expected.items():
        result = eventx.extract(text).model_copy(update={"id": doc_id})
        assert (folder / page_name).read_text(encoding="utf-8") == render_page(result, text)
    assert "&lt;b&gt;mort&lt;/b&gt;" in (folder / "r_1.html").read_text(encoding="utf-8")
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"eventx: {docs}:5: JSONDecodeError")


@pytest.mark.usefixtures("fake_model")
@pytest.mark.parametrize(
    ("names", "stdin_text"),
    [
        pytest.param(["a.txt", "b.txt"], "", id="two-files"),
        pytest.param(["two.jsonl"], "", id="jsonl-file"),
        pytest.param(["-"], _jsonl({"text": "1 mort"}, {"text": "2 morts"}), id="jsonl-stream"),
    ],
)
@pytest.mark.parametrize("to_file", [False, True], ids=["stdout", "output-file"])
def test_cli_html_format_refuses_several_documents_without_a_directory(
    names: list[str], stdin_text: str, to_file: bool, tmp_path: Path, stdin, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a.txt", "b.txt"):
        _write(tmp_path, name, "1 mort")
    _write(tmp_path, "two.jsonl", _jsonl({"text": "1 mort"}, {"text": "2 morts"}))
    stdin(stdin_text)
    target = tmp_path / "page.html"
    paths = [name if name == "-" else str(tmp_path / name) for name in names]
    output = ["--output", str(target)] if to_file else []
    assert main(["extract", *paths, "--format", "html", *output]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == "" and not target.exists()
    assert "give an existing directory as --output" in captured.err


@pytest.mark.usefixtures("fake_model")
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(count=st.integers(min_value=0, max_value=6), skip=st.integers(min_value=0, max_value=8))
def test_cli_skip_leaves_out_the_first_records_blank_lines_not_counted(count: int, skip: int, tmp_path: Path) -> None:
    records = [record for k in range(count) for record in ("", {"id": k, "text": f"{k} morts"})]
    docs = _write(tmp_path, "docs.jsonl", _jsonl(*records))
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdout", out)
        assert main(["extract", str(docs), "--format", "jsonl", "--lang", "fr", "--skip", str(skip)]) == EXIT_OK
    assert [r.id for r in _results(out.getvalue())] == [str(k) for k in range(count)][skip:]


@pytest.mark.usefixtures("fake_model")
def test_cli_skipped_files_are_not_even_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(tmp_path, "good.txt", "2 morts")
    assert main(["extract", str(tmp_path / "missing.txt"), str(good), "--skip", "1", "--format", "jsonl"]) == EXIT_OK
    captured = capsys.readouterr()
    assert [r.id for r in _results(captured.out)] == [str(good)]
    assert captured.err == ""


@pytest.mark.usefixtures("fake_model")
@pytest.mark.parametrize("done", [0, 2, 5], ids=["nothing-done", "interrupted", "all-done"])
def test_cli_resume_with_skip_and_append_gives_the_uninterrupted_output(done: int, tmp_path: Path) -> None:
    docs = _write(tmp_path, "docs.jsonl", _jsonl(*({"id": k, "text": f"{k} morts"} for k in range(5))))
    command = ["extract", str(docs), "--format", "jsonl", "--lang", "fr", "--output"]
    whole = tmp_path / "whole.jsonl"
    assert main([*command, str(whole)]) == EXIT_OK
    resumed = _write(tmp_path, "resumed.jsonl", "".join(whole.read_text(encoding="utf-8").splitlines(True)[:done]))
    assert main([*command, str(resumed), "--skip", str(done), "--append"]) == EXIT_OK
    assert resumed.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


def test_cli_stream_longer_than_batches_keeps_order_and_reports_each_failure(
    pipeline_args: list[str], stdin, capsys: pytest.CaptureFixture[str]
) -> None:
    count = 3 * BATCH_SIZE + 5
    bad = {40: "not json", 70: {"text": 5}}
    stdin(_jsonl(*(bad.get(k, {"id": k, "text": f"{k} morts"}) for k in range(1, count + 1))))
    assert main(["extract", "-", "--format", "jsonl", *pipeline_args]) == EXIT_FAILED
    captured = capsys.readouterr()
    results = _results(captured.out)
    assert len(results) == count
    assert [r.error is not None for r in results] == [k in bad for k in range(1, count + 1)]
    assert [r.figures[0].value for r in results if r.error is None] == [k for k in range(1, count + 1) if k not in bad]
    reported = [line.split(": ")[1] for line in captured.err.splitlines()]
    assert reported == ["<stdin>:40", "<stdin>:70"]


def test_cli_stream_writes_the_first_results_before_reading_the_whole_input(
    pipeline_args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    count = 4 * BATCH_SIZE
    source = _CountingStdin(_jsonl(*({"id": k, "text": f"{k} morts"} for k in range(count))))
    out = _FirstWriteWitness(source)
    monkeypatch.setattr("sys.stdin", source)
    monkeypatch.setattr("sys.stdout", out)
    assert main(["extract", "-", "--format", "jsonl", *pipeline_args]) == EXIT_OK
    assert out.lines_read_at_first_write is not None
    assert out.lines_read_at_first_write <= BATCH_SIZE < count == source.lines_read
    assert len(_results(out.getvalue())) == count


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


@pytest.mark.model
@pytest.mark.parametrize(
    "extractors",
    [["participants.rules.v1", "meetings.rules.v1"], ["participants.rules.v1", "figures.rules.v1"]],
    ids=["meetings-only", "figures-only"],
)
def test_cli_config_with_the_real_model_runs_only_the_configured_extractors(
    extractors: list[str], seed_text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from conftest import SEED

    toml = f'lang = "fr"\nbackend = "spacy"\nextractors = {json.dumps(extractors)}\n'
    config = _write(tmp_path, "pipeline.toml", toml)
    assert main(["extract", str(SEED), "--config", str(config), "--published", "2023-11-22"]) == EXIT_OK
    result = Extraction.model_validate_json(capsys.readouterr().out)
    assert (result.id, result.lang, result.error) == (str(SEED), "fr", None)
    assert not result.statements
    assert bool(result.meetings) is ("meetings.rules.v1" in extractors)
    assert bool(result.figures) is ("figures.rules.v1" in extractors)
    assert all(seed_text[f.span.start : f.span.end] == f.span.text for f in result.figures)


@pytest.mark.model
def test_cli_jsonl_text_with_a_lone_surrogate_escape_is_written_back_escaped(stdin, capsys) -> None:
    stdin('{"text": "Lavrov a déclaré : « Nous \\ud800 restons. »", "id": "odd"}\n')
    assert main(["extract", "-", "--format", "jsonl", "--lang", "fr"]) == EXIT_OK
    written = capsys.readouterr().out
    assert "\\ud800" in written
    (result,) = _results(written)
    assert any("\ud800" in statement.content.text for statement in result.statements)
