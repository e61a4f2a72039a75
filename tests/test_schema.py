"""JSON Schema of the results: generated from the models, stored in schemas/, never drifting."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventx
from eventx.models import Extraction, Figure, Meeting, MeetingDate, Participant, Span, Statement
from eventx.schema import MODELS, json_schema, main, render, stale, write

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"


@functools.cache
def _validator(name: str) -> jsonschema.protocols.Validator:
    """A validator for one generated schema, itself checked against its metaschema."""
    schema = json_schema(name)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def _properties(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(model, field, field schema) for the model itself and every model in its $defs."""
    models = [schema, *schema.get("$defs", {}).values()]
    return [(m["title"], field, prop) for m in models for field, prop in m.get("properties", {}).items()]


def test_stored_schemas_match_the_models() -> None:
    assert stale(SCHEMAS) == [], "schemas/ is out of date: run `python -m eventx.schema --write`"


@pytest.mark.parametrize("name", sorted(MODELS))
def test_stored_schema_is_valid_json_schema(name: str) -> None:
    stored = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(stored).check_schema(stored)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_every_schema_field_is_documented(name: str) -> None:
    undocumented = [f"{model}.{field}" for model, field, prop in _properties(json_schema(name)) if not prop.get("description")]
    assert undocumented == []


@pytest.mark.parametrize("name", sorted(MODELS))
def test_schema_forbids_unknown_fields(name: str) -> None:
    schema = json_schema(name)
    models = [schema, *schema.get("$defs", {}).values()]
    assert all(m.get("additionalProperties") is False for m in models if m.get("type") == "object")


@pytest.mark.parametrize("name", sorted(MODELS))
def test_scorer_fields_are_in_the_schema(name: str) -> None:
    fields = {
        "span": {"start", "end", "text"},
        "participant": {"name", "aliases", "kind", "role", "country", "organization", "mentions", "confidence", "extractor"},
        "meeting": {"kind", "date", "location", "participants", "host", "topic", "trigger", "confidence", "extractor"},
        "statement": {"speakers", "speaker_mention", "cue", "content", "mode", "confidence", "extractor"},
        "figure": {"value", "qualifier", "category", "unit", "subject", "span", "confidence", "extractor"},
        "extraction": {"meetings", "participants", "statements", "figures", "error"},
        "plover-record": {"id", "date", "event", "mode", "source", "target", "eventText", "start", "end", "confidence", "language"},
    }[name]
    assert fields <= set(json_schema(name)["properties"])


def test_check_command_detects_drift_and_write_repairs_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--write", "--dir", str(tmp_path)]) == 0
    assert main(["--check", "--dir", str(tmp_path)]) == 0
    (tmp_path / "span.schema.json").write_text("{}\n", encoding="utf-8")
    (tmp_path / "retired.schema.json").write_text("{}\n", encoding="utf-8")
    assert main(["--check", "--dir", str(tmp_path)]) == 1
    assert "span.schema.json" in capsys.readouterr().err
    assert main(["--write", "--dir", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{name}.schema.json" for name in MODELS)
    assert main(["--check", "--dir", str(tmp_path)]) == 0


def test_write_leaves_current_files_untouched(tmp_path: Path) -> None:
    write(tmp_path)
    assert write(tmp_path) == []


def test_unknown_schema_name_lists_the_known_ones() -> None:
    with pytest.raises(ValueError, match="Available: extraction, figure"):
        json_schema("meetings")


def test_schema_module_prints_the_result_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert capsys.readouterr().out == render("extraction")


_TEXT = "Le 21 novembre, Sergey Lavrov a rencontré Ayman Safadi à Moscou."
_offsets = st.tuples(st.integers(0, len(_TEXT)), st.integers(0, len(_TEXT))).map(sorted)
_spans = _offsets.map(lambda se: Span(start=se[0], end=se[1], text=_TEXT[se[0] : se[1]]))
_confidence = st.floats(0, 1)
_names = st.text(min_size=1, max_size=20)
_participants = st.builds(
    Participant,
    name=_names,
    aliases=st.lists(_names, max_size=2),
    kind=st.sampled_from(["person", "organization", "country"]),
    role=st.none() | _names,
    country=st.none() | st.sampled_from(["RU", "FR", "PS"]),
    organization=st.none() | _names,
    mentions=st.lists(_spans, max_size=2),
    confidence=_confidence,
    extractor=st.just("participants.rules.v1"),
)
_meetings = st.builds(
    Meeting,
    kind=st.sampled_from(["meeting", "summit", "visit", "call", "talks", "conference"]),
    trigger=_spans,
    date=st.none() | st.builds(MeetingDate, iso=st.sampled_from(["2023-11-21", "--11-21"]), text=_names),
    participants=st.lists(_participants, max_size=2),
    host=st.none() | _participants,
    topic=st.none() | _names,
    confidence=_confidence,
    extractor=st.just("meetings.rules.v1"),
)
_statements = st.builds(
    Statement,
    speakers=st.lists(_participants, max_size=2),
    speaker_mention=st.none() | _spans,
    cue=st.none() | _spans,
    content=_spans,
    mode=st.sampled_from(["direct", "indirect"]),
    confidence=_confidence,
    extractor=st.just("statements.rules.v1"),
)
_figures = st.builds(
    Figure,
    value=st.floats(allow_nan=False, allow_infinity=False),
    qualifier=st.sampled_from(["exact", "approx", "more_than", "less_than", "at_least", "at_most"]),
    category=st.sampled_from(["deaths", "injuries", "displaced", "detained", "people", "money", "percentage", "other"]),
    unit=st.none() | st.sampled_from(["EUR", "%", "km"]),
    subject=st.none() | _spans,
    span=_spans,
    confidence=_confidence,
    extractor=st.just("figures.rules.v1"),
)
_extractions = st.builds(
    Extraction,
    lang=st.sampled_from(["fr", "en"]),
    published=st.none() | st.just("2023-11-22"),
    id=st.none() | _names,
    meetings=st.lists(_meetings, max_size=2),
    participants=st.lists(_participants, max_size=2),
    statements=st.lists(_statements, max_size=2),
    figures=st.lists(_figures, max_size=2),
)


@settings(max_examples=40, deadline=None)
@given(result=_extractions)
def test_any_result_serialises_to_a_document_the_schema_accepts(result: Extraction) -> None:
    dumped = json.loads(result.model_dump_json())
    _validator("extraction").validate(dumped)
    assert Extraction.model_validate(dumped) == result


@pytest.mark.parametrize(
    "document",
    [
        pytest.param({"meetings": [], "surprise": 1}, id="unknown-field"),
        pytest.param({"figures": [{"value": 1}]}, id="figure-missing-fields"),
        pytest.param({"participants": [{"name": "X", "kind": "alien", "confidence": 1, "extractor": "x"}]}, id="bad-kind"),
    ],
)
def test_schema_rejects_what_the_models_reject(document: dict[str, Any]) -> None:
    assert not _validator("extraction").is_valid(document)
    with pytest.raises(ValueError):
        Extraction.model_validate(document)


@pytest.mark.model
def test_real_seed_result_validates_against_the_stored_schema(seed_text: str, fr_pipeline: eventx.Pipeline) -> None:
    stored = json.loads((SCHEMAS / "extraction.schema.json").read_text(encoding="utf-8"))
    result = fr_pipeline(seed_text, published="2023-11-22")
    jsonschema.validate(json.loads(result.model_dump_json()), stored)
