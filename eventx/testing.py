"""Helpers for testing extractors without loading a model.

`make_document` turns hand-written token annotations into the neutral `Document`,
and `FakeBackend` serves such documents to a `Pipeline`, so a custom extractor can
be unit-tested in milliseconds:

    >>> from eventx.testing import make_document
    >>> doc = make_document("Lavrov a rencontré Safadi.", heads=[2, 2, 2, 2, 2],
    ...                     deps=["nsubj", "aux", "root", "obj", "punct"], ents={"Lavrov": "PER"})
    >>> [t.dep for t in doc.tokens]
    ['nsubj', 'aux', 'root', 'obj', 'punct']

The `make_*` builders write expected results by hand, finding every span in the
text so offsets are always right, and `assert_extractions_equal` compares two
results while ignoring confidences and extractor names, failing with a diff:

    >>> text = "Lavrov a rencontré Safadi."
    >>> meeting = make_meeting(text, trigger="a rencontré", participants=["Lavrov", "Safadi"])
    >>> meeting.trigger
    Span(start=7, end=18, text='a rencontré')
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from eventx.document import Document, Entity, Sentence, Token
from eventx.models import (
    Act,
    Extraction,
    Figure,
    FigureCategory,
    Location,
    Meeting,
    MeetingDate,
    MeetingKind,
    Participant,
    ParticipantKind,
    Qualifier,
    Span,
    Statement,
    StatementMode,
)

_WORD = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_SENTENCE_END = frozenset(".!?")
_OPENING_QUOTES = frozenset("«“\"'‘„")
_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f.,]\d+)*")
BUILT_BY = "testing.v1"
"""The extractor name the builders put on hand-made items."""
PROVENANCE_FIELDS = frozenset({"confidence", "extractor"})
"""Fields `assert_extractions_equal` ignores by default."""


def make_document(
    text: str,
    *,
    lang: str = "fr",
    heads: Sequence[int] | None = None,
    deps: Sequence[str] | None = None,
    pos: Sequence[str] | None = None,
    lemmas: Sequence[str] | None = None,
    ents: Mapping[str, str] | None = None,
) -> Document:
    """A neutral document from text and optional per-token annotations.

    Tokens are words and punctuation marks; sentences end after ".", "!" or "?".
    `heads` are token indices (a root points to itself), `ents` maps an exact
    substring of the text to its entity label.
    """
    matches = list(_WORD.finditer(text))
    n = len(matches)
    for name, values in (("heads", heads), ("deps", deps), ("pos", pos), ("lemmas", lemmas)):
        if values is not None and len(values) != n:
            raise ValueError(f"{name} has {len(values)} values for {n} tokens: {[m.group() for m in matches]}")
    sents: list[Sentence] = []
    sent_of: list[int] = []
    first = 0
    for k, m in enumerate(matches):
        sent_of.append(len(sents))
        if m.group() in _SENTENCE_END or k == n - 1:
            sents.append(Sentence(len(sents), first, k + 1, matches[first].start(), m.end()))
            first = k + 1
    entities: list[Entity] = []
    label_at: dict[int, str] = {}
    for surface, label in (ents or {}).items():
        start = text.find(surface)
        if start < 0:
            raise ValueError(f"entity {surface!r} is not in the text")
        members = [k for k, m in enumerate(matches) if m.start() >= start and m.end() <= start + len(surface)]
        entities.append(Entity(label, members[0], members[-1] + 1, start, start + len(surface), surface))
        label_at.update(dict.fromkeys(members, label))
    entities.sort(key=lambda e: e.start)
    tokens = [
        Token(
            i=k,
            text=m.group(),
            start=m.start(),
            end=m.end(),
            lemma=lemmas[k] if lemmas else m.group().lower(),
            pos=pos[k] if pos else ("PUNCT" if not m.group()[0].isalnum() else "X"),
            dep=deps[k] if deps else "dep",
            head=heads[k] if heads else k,
            sent=sent_of[k],
            ent=label_at.get(k, ""),
        )
        for k, m in enumerate(matches)
    ]
    return Document(text=text, lang=lang, tokens=tokens, sents=sents, ents=entities)


class FakeBackend:
    """A backend that returns documents built by a function instead of parsing.

    Pass an instance as `Pipeline(lang, backend=FakeBackend(...))`; by default it
    builds each document with `make_document(text, lang=lang)`.
    """

    name = "fake"

    def __init__(self, lang: str = "fr", *, build: Callable[[str], Document] | None = None) -> None:
        self.lang = lang
        self._build = build or (lambda text: make_document(text, lang=lang))

    def parse_many(self, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Document]:
        """One document per text, in order."""
        return (self._build(text) for text in texts)


def make_span(text: str, part: str, *, occurrence: int = 1) -> Span:
    """The `Span` of the `occurrence`-th appearance (from 1) of `part` in `text`."""
    start = -1
    for _ in range(occurrence):
        start = text.find(part, start + 1)
        if start < 0:
            raise ValueError(f"{part!r} does not occur {occurrence} time(s) in the text")
    return Span(start=start, end=start + len(part), text=part)


def _spans_of(text: str, part: str) -> list[Span]:
    """Every non-overlapping appearance of `part` in `text`, in order."""
    return [Span(start=m.start(), end=m.end(), text=part) for m in re.finditer(re.escape(part), text)]


def _span_or_none(text: str, part: str | Span | None) -> Span | None:
    """A span for `part` (first appearance), the span itself, or None."""
    if part is None or isinstance(part, Span):
        return part
    return make_span(text, part)


def make_participant(
    name: str,
    *,
    text: str | None = None,
    kind: ParticipantKind = "person",
    role: str | None = None,
    country: str | None = None,
    organization: str | None = None,
    aliases: Sequence[str] = (),
    mentions: Sequence[str | Span] | None = None,
    confidence: float = 1.0,
    extractor: str = BUILT_BY,
) -> Participant:
    """A participant; with `text`, its mentions default to every appearance of the name
    and its aliases, and written mentions are located in the text."""
    if mentions is None:
        found = [span for form in (name, *aliases) for span in _spans_of(text, form)] if text is not None else []
        if text is not None and not found:
            raise ValueError(f"neither {name!r} nor its aliases occur in the text")
    else:
        if text is None and any(isinstance(m, str) for m in mentions):
            raise ValueError("mentions given as strings need the text to locate them in")
        found = [m if isinstance(m, Span) else make_span(text, m) for m in mentions]  # type: ignore[arg-type]
    return Participant(
        name=name,
        aliases=list(aliases),
        kind=kind,
        role=role,
        country=country,
        organization=organization,
        mentions=sorted(found, key=lambda span: span.start),
        confidence=confidence,
        extractor=extractor,
    )


def _participant(text: str, who: str | Participant) -> Participant:
    """A participant given by name (located in the text) or already built."""
    return who if isinstance(who, Participant) else make_participant(who, text=text)


def make_meeting(
    text: str,
    *,
    trigger: str | Span,
    participants: Sequence[str | Participant] = (),
    host: str | Participant | None = None,
    kind: MeetingKind = "meeting",
    date: str | None = None,
    date_text: str | None = None,
    location: str | None = None,
    location_country: str | None = None,
    topic: str | None = None,
    confidence: float = 1.0,
    extractor: str = BUILT_BY,
) -> Meeting:
    """A meeting on `text`: the trigger, participant names, date text and place are
    located in the text; the host is added to the participants when missing.

    `date` is the ISO value ("2023-11-21") and `date_text` the expression as written
    (defaults to the ISO value, without a span when it is not in the text).
    """
    people = [_participant(text, who) for who in participants]
    host_participant = None if host is None else _participant(text, host)
    if host_participant is not None and host_participant.name not in {p.name for p in people}:
        people.insert(0, host_participant)
    meeting_date = None
    if date is not None:
        written = date_text or date
        meeting_date = MeetingDate(iso=date, text=written, span=make_span(text, written) if written in text else None)
    meeting_location = None
    if location is not None:
        meeting_location = Location(
            name=location, country=location_country, span=make_span(text, location) if location in text else None
        )
    return Meeting(
        kind=kind,
        trigger=_span_or_none(text, trigger),  # type: ignore[arg-type]
        date=meeting_date,
        location=meeting_location,
        participants=people,
        host=host_participant,
        topic=topic,
        confidence=confidence,
        extractor=extractor,
    )


def make_statement(
    text: str,
    *,
    content: str | Span,
    speaker: str | Span | None = None,
    speakers: Sequence[str | Participant] | None = None,
    cue: str | Span | None = None,
    mode: StatementMode | None = None,
    act: Act = "STATEMENT",
    target: str | Span | None = None,
    confidence: float = 1.0,
    extractor: str = BUILT_BY,
) -> Statement:
    """A statement on `text`: content, speaker as written, cue and target are located in
    the text.

    `speakers` defaults to the participant named by `speaker`; `mode` defaults to
    "direct" when the content opens right after a quotation mark, else "indirect".
    """
    content_span = _span_or_none(text, content)
    speaker_span = _span_or_none(text, speaker)
    if speakers is None:
        speakers = [] if speaker_span is None else [make_participant(speaker_span.text, text=text)]
    if mode is None:
        before = text[: content_span.start].rstrip()[-1:]  # type: ignore[union-attr]
        opens_quote = before in _OPENING_QUOTES or content_span.text[:1] in _OPENING_QUOTES  # type: ignore[union-attr]
        mode = "direct" if opens_quote else "indirect"
    return Statement(
        speakers=[_participant(text, who) for who in speakers],
        speaker_mention=speaker_span,
        cue=_span_or_none(text, cue),
        content=content_span,  # type: ignore[arg-type]
        mode=mode,
        act=act,
        target=_span_or_none(text, target),
        confidence=confidence,
        extractor=extractor,
    )


def _number_value(written: str) -> float:
    """The first number written with digits: spaces group thousands, and so does a comma
    or point followed by exactly three digits; otherwise it marks the decimals."""
    found = _NUMBER.search(written)
    if found is None:
        raise ValueError(f"no digits in {written!r}: give the value")
    number = re.sub(r"[ \u00a0\u202f]", "", found.group())
    whole, separator, decimals = max(number.rpartition(","), number.rpartition("."), key=lambda p: len(p[0]))
    if not separator or len(decimals) == 3:
        return float(re.sub(r"\D", "", number))
    return float(re.sub(r"\D", "", whole) + "." + decimals)


def make_figure(
    text: str,
    *,
    span: str | Span,
    value: float | None = None,
    category: FigureCategory = "people",
    qualifier: Qualifier = "exact",
    unit: str | None = None,
    subject: str | Span | None = None,
    confidence: float = 1.0,
    extractor: str = BUILT_BY,
) -> Figure:
    """A figure on `text`: the number as written and what it counts are located in the
    text; `value` defaults to the number written in digits in the span ("12 000" gives
    12000, "2,5" gives 2.5); give it when the span has a scale word ("2,5 millions")."""
    number_span = _span_or_none(text, span)
    if value is None:
        value = _number_value(number_span.text)  # type: ignore[union-attr]
    return Figure(
        value=value,
        qualifier=qualifier,
        category=category,
        unit=unit,
        subject=_span_or_none(text, subject),
        span=number_span,  # type: ignore[arg-type]
        confidence=confidence,
        extractor=extractor,
    )


def make_extraction(
    *,
    meetings: Sequence[Meeting] = (),
    statements: Sequence[Statement] = (),
    figures: Sequence[Figure] = (),
    participants: Sequence[Participant] | None = None,
    lang: str | None = "fr",
    published: str | None = None,
    id: str | None = None,
) -> Extraction:
    """A whole result; `participants` defaults to everyone named by the meetings and
    statements, each name once, in order of first appearance."""
    if participants is None:
        named = [p for m in meetings for p in m.participants] + [p for s in statements for p in s.speakers]
        first_by_name: dict[str, Participant] = {}
        for person in named:
            first_by_name.setdefault(person.name, person)
        participants = list(first_by_name.values())
    return Extraction(
        lang=lang,
        published=published,
        id=id,
        meetings=list(meetings),
        statements=list(statements),
        figures=list(figures),
        participants=list(participants),
    )


def _without(value: Any, ignored: frozenset[str]) -> Any:
    """A JSON-ready value with the ignored keys removed at every depth."""
    if isinstance(value, dict):
        return {k: _without(v, ignored) for k, v in value.items() if k not in ignored}
    if isinstance(value, list):
        return [_without(v, ignored) for v in value]
    return value


def comparable(result: Extraction, *, ignore: Iterable[str] = PROVENANCE_FIELDS) -> dict[str, Any]:
    """The result as plain data without the ignored fields, for comparisons and diffs."""
    return _without(result.model_dump(mode="json"), frozenset(ignore))


def assert_extractions_equal(
    actual: Extraction, expected: Extraction, *, ignore: Iterable[str] = PROVENANCE_FIELDS
) -> None:
    """Fail with a unified diff unless the two results are equal once `ignore`d fields
    (by default confidences and extractor names) are left out."""
    left, right = comparable(actual, ignore=ignore), comparable(expected, ignore=ignore)
    if left == right:
        return
    diff = difflib.unified_diff(
        json.dumps(right, indent=2, ensure_ascii=False, sort_keys=True).splitlines(),
        json.dumps(left, indent=2, ensure_ascii=False, sort_keys=True).splitlines(),
        fromfile="expected",
        tofile="actual",
        lineterm="",
    )
    raise AssertionError("extractions differ (- expected, + actual):\n" + "\n".join(diff))


__all__ = [
    "BUILT_BY",
    "PROVENANCE_FIELDS",
    "FakeBackend",
    "assert_extractions_equal",
    "comparable",
    "make_document",
    "make_extraction",
    "make_figure",
    "make_meeting",
    "make_participant",
    "make_span",
    "make_statement",
]
