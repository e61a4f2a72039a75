"""Pipelines written as TOML files: what they build, and errors that name the key and the choices."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventx
from eventx import registry
from eventx.document import Document
from eventx.errors import ConfigError, UnknownNameError
from eventx.pipeline import DEFAULT_EXTRACTORS, Pipeline

from conftest import word_document

LONG_WORDS = "words.long.v1"


@pytest.fixture
def long_words(monkeypatch: pytest.MonkeyPatch) -> str:
    """A registered extractor with one option, `min_length`; its name."""
    monkeypatch.setattr(registry, "_registered", {})
    monkeypatch.setattr(registry, "_entry_points_loaded", False)

    @eventx.register_extractor(LONG_WORDS, assigns="figures")
    def extract_long_words(doc: Document, found: object, /, *, min_length: int = 5) -> list[eventx.Figure]:
        """A figure counting the letters of every word of at least `min_length` letters."""
        return [
            eventx.Figure(value=len(t.text), category="other", span=doc.token_span(t.i, t.i), confidence=1.0,
                          extractor=LONG_WORDS)
            for t in doc.tokens
            if len(t.text) >= min_length
        ]

    return LONG_WORDS


def _write(tmp_path: Path, text: str) -> Path:
    """A configuration file holding `text`."""
    path = tmp_path / "pipeline.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("toml", "lang", "backend", "extractors"),
    [
        ('lang = "en"\n', "en", "spacy", list(DEFAULT_EXTRACTORS)),
        ('lang = "fr"\nbackend = "stanza"\nextractors = ["participants.rules.v1", "meetings.rules.v1"]\n',
         "fr", "stanza", ["participants.rules.v1", "meetings.rules.v1"]),
        ('[extractors."figures.rules.v1"]\n[extractors."participants.rules.v1"]\n',
         "fr", "spacy", ["figures.rules.v1", "participants.rules.v1"]),
    ],
    ids=["defaults", "stanza-list", "table-order-kept"],
)
def test_config_file_builds_pipeline(tmp_path: Path, toml: str, lang: str, backend: str, extractors: list[str]) -> None:
    pipeline = Pipeline.from_config(_write(tmp_path, toml))
    assert (pipeline.lang, pipeline.backend_name) == (lang, backend)
    assert [s.name for s in pipeline.extractors] == extractors


@pytest.mark.parametrize(("min_length", "expected"), [(5, ["meeting"]), (3, ["the", "meeting", "ran"])],
                         ids=["option-set", "option-lowered"])
def test_config_options_reach_extractor(tmp_path: Path, long_words: str, min_length: int, expected: list[str]) -> None:
    path = _write(tmp_path, f'lang = "en"\n[extractors."{long_words}"]\nmin_length = {min_length}\n')
    result = Pipeline.from_config(path).run(word_document("the meeting ran on"))
    assert [f.span.text for f in result.figures] == expected
    assert {f.extractor for f in result.figures} == {long_words}


@pytest.mark.parametrize("source", ["path", "str", "mapping"], ids=["path", "str", "mapping"])
def test_config_accepts_path_string_and_mapping(tmp_path: Path, source: str) -> None:
    path = _write(tmp_path, 'lang = "en"\nextractors = ["figures.rules.v1"]\n')
    config = {"path": path, "str": str(path), "mapping": {"lang": "en", "extractors": ["figures.rules.v1"]}}[source]
    pipeline = Pipeline.from_config(config)
    assert (pipeline.lang, [s.name for s in pipeline.extractors]) == ("en", ["figures.rules.v1"])


@pytest.mark.parametrize(
    ("toml", "error", "named", "choices"),
    [
        ('lang = "en"\nextractor = ["figures.rules.v1"]\n', ConfigError, "extractor", ["extractors", "backend"]),
        ('backend = "spacyy"\n', UnknownNameError, "spacyy", ["spacy", "stanza"]),
        ('lang = "de"\n', UnknownNameError, "'de'", ["en", "fr"]),
        ('extractors = ["figures.rules.v2"]\n', UnknownNameError, "figures.rules.v2", list(DEFAULT_EXTRACTORS)),
        ('extractors = "figures.rules.v1"\n', ConfigError, "'extractors'", ["list of extractor names"]),
        ('[extractors]\n"figures.rules.v1" = 3\n', ConfigError, "extractors.figures.rules.v1", ["table of options"]),
        ('backend_options = "fast"\n', ConfigError, "'backend_options'", ["table"]),
        ('model = 3\n', ConfigError, "'model'", ["model name"]),
        ('extractors = ["statements.rules.v1", "participants.rules.v1"]\n', ConfigError, "statements.rules.v1",
         ["mentions"]),
        ('[extractors."figures.rules.v1"]\nmin_value = 2\n', ConfigError, "min_value", ["Valid options: none"]),
        ('lang = "en"\nbackend = spacy\n', ConfigError, "line 2", []),
    ],
    ids=["unknown-key", "unknown-backend", "unknown-lang", "unknown-extractor", "extractors-not-list",
         "options-not-table", "backend-options-not-table", "model-not-string", "requirement-order",
         "unknown-option", "toml-syntax"],
)
def test_config_error_names_key_and_lists_choices(
    tmp_path: Path, toml: str, error: type[Exception], named: str, choices: list[str]
) -> None:
    with pytest.raises(error) as caught:
        Pipeline.from_config(_write(tmp_path, toml))
    message = str(caught.value)
    assert named in message
    for choice in choices:
        assert choice in message


@pytest.mark.parametrize("long_words_option", ["min_lenght"], ids=["misspelt-option"])
def test_config_misspelt_option_lists_valid_options(tmp_path: Path, long_words: str, long_words_option: str) -> None:
    path = _write(tmp_path, f'[extractors."{long_words}"]\n{long_words_option} = 4\n')
    with pytest.raises(ConfigError, match=rf"{long_words_option}.*Valid options: \['min_length'\]"):
        Pipeline.from_config(path)


_KEYS = st.one_of(st.sampled_from(["lang", "backend", "model", "extractors", "backend_options"]), st.text(max_size=8))
_VALUES = st.one_of(
    st.integers(),
    st.text(max_size=8),
    st.lists(st.one_of(st.text(max_size=8), st.integers()), max_size=2),
    st.dictionaries(st.text(max_size=8), st.one_of(st.integers(), st.dictionaries(st.text(max_size=4), st.integers())),
                    max_size=2),
)


@settings(deadline=None)
@given(st.dictionaries(_KEYS, _VALUES, max_size=4))
def test_config_rejects_bad_values_only_with_eventx_errors(config: dict[str, object]) -> None:
    try:
        Pipeline.from_config(config)
    except eventx.EventxError as exc:
        assert str(exc)
