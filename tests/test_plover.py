"""PLOVER export of statements and meetings, on hand-built results (no model)."""

from __future__ import annotations

import pytest

from eventx.models import Extraction, Meeting, Participant, Span, Statement

TEXT = "Hungarian and Romanian officials condemned Russia. Lavrov met Safadi and Shoukri in Moscow."


def _span(surface: str) -> Span:
    start = TEXT.index(surface)
    return Span(start=start, end=start + len(surface), text=surface)


def _person(name: str, country: str, role: str | None = "foreign minister") -> Participant:
    return Participant(name=name, kind="person", country=country, role=role, mentions=[_span(name)], confidence=0.9, extractor="t.v1")


LAVROV, SAFADI, SHOUKRI = _person("Lavrov", "RU"), _person("Safadi", "JO"), _person("Shoukri", "EG", role=None)


def _meeting(kind: str, participants: list[Participant], host: Participant | None = None) -> Meeting:
    return Meeting(kind=kind, trigger=_span("met"), participants=participants, host=host, confidence=0.8, extractor="t.v1")


def _result(**lists) -> Extraction:
    return Extraction(lang="en", published="2024-03-01", id="d1", **lists)


def test_compound_written_speaker_gives_one_record_per_country():
    statement = Statement(
        speaker_mention=_span("Hungarian and Romanian officials"),
        cue=_span("condemned"),
        content=_span("Russia"),
        mode="indirect",
        act="DISAPPROVE",
        target=_span("Russia"),
        confidence=0.7,
        extractor="t.v1",
    )
    records = _result(statements=[statement]).to_plover()
    assert [(r.event, r.source.country, r.target.country if r.target else None) for r in records] == [
        ("DISAPPROVE", "HU", "RU"),
        ("DISAPPROVE", "RO", "RU"),
    ]
    assert all(r.source.sector == "GOV" and r.date == "2024-03-01" and r.language == "en" for r in records)
    assert all(TEXT[r.start : r.end] == r.eventText for r in records)


@pytest.mark.parametrize(
    ("kind", "participants", "host", "mode", "pairs"),
    [
        pytest.param("visit", [LAVROV, SAFADI], LAVROV, "visit", [("Safadi", "Lavrov")], id="visit-to-host"),
        pytest.param("call", [LAVROV, SAFADI], None, "phone", [("Lavrov", "Safadi")], id="phone-call"),
        pytest.param("meeting", [LAVROV, SAFADI], LAVROV, "host", [("Safadi", "Lavrov")], id="hosted-meeting"),
        pytest.param(
            "meeting", [LAVROV, SAFADI, SHOUKRI], None, "multilateral",
            [("Lavrov", None), ("Safadi", None), ("Shoukri", None)], id="three-parties",
        ),
    ],
)
def test_meetings_become_consult_records_with_plover_mode(kind, participants, host, mode, pairs):
    records = _result(meetings=[_meeting(kind, participants, host)]).to_plover()
    assert {r.event for r in records} == {"CONSULT"}
    assert {r.mode for r in records} == {mode}
    assert [(r.source.text, r.target.text if r.target else None) for r in records] == pairs


def test_records_have_unique_ids_and_round_trip_as_json():
    from eventx.plover import PloverRecord

    statement = Statement(speakers=[LAVROV], content=_span("Russia"), mode="indirect", confidence=0.7, extractor="t.v1")
    records = _result(statements=[statement], meetings=[_meeting("meeting", [LAVROV, SAFADI])]).to_plover()
    assert len({r.id for r in records}) == len(records) == 2
    assert [PloverRecord.model_validate_json(r.model_dump_json()) for r in records] == records
