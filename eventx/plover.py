"""Export to PLOVER-style event records, the format of political-science event data.

Each statement gives one record per speaking actor (its act as the event, the
speaker as source, what the act aims at as target); each meeting gives CONSULT
records from every participant to the others' side, with PLOVER's mode
(`visit`, `host`, `phone`, `multilateral`).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field

from eventx.lang import data
from eventx.models import Act, Extraction, Meeting, Participant, Span, Statement, _Model
from eventx.normalize.names import fold

PloverEvent = Literal["AGREE", "DEMAND", "REJECT", "DISAPPROVE", "THREATEN", "SUPPORT", "STATEMENT", "CONSULT"]
PloverMode = Literal["visit", "host", "phone", "third-party", "multilateral"]
Sector = Literal["GOV", "IGO", "MIL"]

_COORDINATION = re.compile(r",\s*|(?<!\s)\s+(?:and|et|&)\s+")


class PloverActor(_Model):
    """One side of an event: who acts or is acted upon."""

    text: str
    """The actor as written, or its participant name."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of the actor's state."""
    sector: Sector | None = None
    """GOV, IGO or MIL when the role or name says it."""


class PloverRecord(_Model):
    """One coded event."""

    id: str
    """Document id (or "doc") and the record's number in the document."""
    date: str | None = None
    """ISO date of the event: the meeting's date, else the publication date."""
    event: PloverEvent
    """PLOVER category."""
    mode: PloverMode | None = None
    """How a CONSULT took place."""
    source: PloverActor
    """Who acts: the speaker, or a meeting participant."""
    target: PloverActor | None = None
    """Who the act is aimed at."""
    eventText: str  # noqa: N815  (PLOVER's field name)
    """The evidence: the statement's content or the meeting's trigger."""
    start: int = Field(ge=0)
    """Offset of the evidence's start in the document."""
    end: int = Field(ge=0)
    """Offset of the evidence's end in the document."""
    confidence: float = Field(ge=0.0, le=1.0)
    """Confidence of the item the record comes from."""
    language: str | None = None
    """Language of the document."""


def _sector(words: str, lang: str) -> Sector | None:
    """The sector a role or name points to, if any."""
    folded = set(fold(words).split())
    for sector, terms in data(lang, "acts").SECTORS.items():
        if folded & {fold(t) for t in terms}:
            return sector  # type: ignore[return-value]
    return None


def _actor(participant: Participant, lang: str) -> PloverActor:
    sector = _sector(f"{participant.role or ''} {participant.name}", lang)
    if sector is None and participant.kind == "country":
        sector = "GOV"
    return PloverActor(text=participant.name, country=participant.country, sector=sector)


def _written_actors(span: Span, lang: str) -> list[PloverActor]:
    """Actors named in a written description; coordinated demonyms give one actor each.

    "Hungarian and Romanian officials" gives a Hungarian and a Romanian actor.
    """
    from eventx.normalize.places import adjective_country, place_country  # babel: loaded only when exporting

    words = span.text.split()
    parts = _COORDINATION.split(span.text)
    countries = [adjective_country(p.split()[0], lang) for p in parts if p.split()]
    if len(parts) > 1 and all(countries):
        noun = words[-1]
        return [PloverActor(text=f"{p.split()[0]} {noun}", country=c, sector=_sector(noun, lang)) for p, c in zip(parts, countries)]
    country = place_country(span.text, lang) or next((c for w in words if (c := adjective_country(w, lang))), None)
    return [PloverActor(text=span.text, country=country, sector=_sector(span.text, lang))]


def _statement_records(statement: Statement, lang: str) -> list[tuple[Act, PloverActor, PloverActor | None]]:
    sources = [_actor(p, lang) for p in statement.speakers]
    if not sources and statement.speaker_mention is not None:
        sources = _written_actors(statement.speaker_mention, lang)
    targets = _written_actors(statement.target, lang) if statement.target is not None else [None]
    return [(statement.act, source, target) for source in sources for target in targets]


def _mode(meeting: Meeting) -> PloverMode | None:
    if meeting.kind == "call":
        return "phone"
    if meeting.kind == "visit":
        return "visit"
    if meeting.kind in ("summit", "conference") or len(meeting.participants) > 2:
        return "multilateral"
    return "host" if meeting.host is not None else None


def _consultations(meeting: Meeting) -> list[tuple[Participant, Participant | None]]:
    """(source, target) pairs of a meeting: visitors to their host, a pair to each other,
    each member of a larger meeting on its own."""
    host = meeting.host
    if host is not None:
        return [(p, host) for p in meeting.participants if p != host]
    if len(meeting.participants) == 2:
        return [(meeting.participants[0], meeting.participants[1])]
    return [(p, None) for p in meeting.participants]


def to_plover(result: Extraction) -> list[PloverRecord]:
    """PLOVER-style records for the statements and meetings of one extraction."""
    lang = result.lang or "en"
    records: list[PloverRecord] = []

    def add(event: PloverEvent, source: PloverActor, target: PloverActor | None, evidence: Span,
            confidence: float, date: str | None, mode: PloverMode | None = None) -> None:
        records.append(
            PloverRecord(
                id=f"{result.id or 'doc'}-{len(records) + 1}",
                date=date or result.published,
                event=event,
                mode=mode,
                source=source,
                target=target,
                eventText=evidence.text,
                start=evidence.start,
                end=evidence.end,
                confidence=confidence,
                language=result.lang,
            )
        )

    for statement in result.statements:
        for act, source, target in _statement_records(statement, lang):
            add(act, source, target, statement.content, statement.confidence, None)
    for meeting in result.meetings:
        date = meeting.date.iso if meeting.date and not meeting.date.iso.startswith("--") else None
        for source, target in _consultations(meeting):
            add("CONSULT", _actor(source, lang), target and _actor(target, lang), meeting.trigger,
                meeting.confidence, date, _mode(meeting))
    return records
