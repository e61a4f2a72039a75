"""Result types: what `eventx.extract` returns, as frozen pydantic models.

Every extracted item points back into the user's text through `Span` offsets
(`text[span.start:span.end] == span.text`) and says which extractor produced it
and how confident it is.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import PydanticSerializationError

ParticipantKind = Literal["person", "organization", "country"]
MeetingKind = Literal["meeting", "summit", "visit", "call", "talks", "conference"]
StatementMode = Literal["direct", "indirect"]
Qualifier = Literal["exact", "approx", "more_than", "less_than", "at_least", "at_most"]
Act = Literal["AGREE", "DEMAND", "REJECT", "DISAPPROVE", "THREATEN", "SUPPORT", "STATEMENT"]
"""PLOVER's verbal event categories; STATEMENT for a neutral assertion."""
FigureCategory = Literal[
    "deaths", "injuries", "displaced", "detained", "people", "money", "percentage", "other"
]


_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class _Model(BaseModel):
    """Shared configuration: immutable, no unknown fields, docstrings as descriptions.

    Spans copy the user's text, which may hold lone surrogates (from a JSON escape,
    say). UTF-8 cannot carry them, so pydantic's JSON refuses them; these models
    then write them as JSON `\\uXXXX` escapes and read such escapes back, so every
    result survives a JSON round trip.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    def model_dump_json(self, *, indent: int | None = None, **options: Any) -> str:  # type: ignore[override]
        """JSON text of the model, as pydantic writes it; lone surrogates become escapes."""
        try:
            return super().model_dump_json(indent=indent, **options)
        except PydanticSerializationError:
            data = self.model_dump(mode="json", **options)
            separators = (",", ":") if indent is None else (",", ": ")
            text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
            return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **options: Any) -> Any:  # type: ignore[override]
        """The model read from JSON text, escaped lone surrogates included."""
        try:
            return super().model_validate_json(json_data, **options)
        except ValidationError:
            text = json_data if isinstance(json_data, str) else bytes(json_data).decode("utf-8", "replace")
            if not _SURROGATE_ESCAPE.search(text):
                raise
            return cls.model_validate(json.loads(text), **options)


class Span(_Model):
    """A stretch of the input text, by character offsets."""

    start: int = Field(ge=0)
    """Offset of the first character, into the text given to `extract`."""
    end: int = Field(ge=0)
    """Offset just past the last character."""
    text: str
    """The characters between `start` and `end`, exactly as in the input."""


class _Item(_Model):
    """Provenance carried by every extracted item."""

    confidence: float = Field(ge=0.0, le=1.0)
    """How sure the extractor is, from 0 (guess) to 1 (certain)."""
    extractor: str
    """Registered name of the extractor that produced the item, e.g. `meetings.rules.v1`."""


class Participant(_Item):
    """A named person, organisation or country that meets or speaks."""

    name: str
    """Fullest form of the name found in the text, without titles."""
    aliases: list[str] = []
    """Other written forms: family name alone, acronym, metonym ("Moscou" for Russia)."""
    kind: ParticipantKind
    """Whether the participant is a person, an organisation or a country."""
    role: str | None = None
    """Title as written near the name, without its country or organisation."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of the state the participant represents."""
    organization: str | None = None
    """Organisation a person represents, when it is not a state."""
    mentions: list[Span] = []
    """Every place in the text where the participant is named."""


class MeetingDate(_Model):
    """When a meeting took place, as written and resolved."""

    iso: str
    """ISO date `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `--MM-DD` when the year is unknown."""
    text: str
    """The date expression as written."""
    span: Span | None = None
    """Where the date expression stands in the text."""


class Location(_Model):
    """Where a meeting took place."""

    name: str
    """Place name as written."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of the place's country."""
    span: Span | None = None
    """Where the place name stands in the text."""


class Meeting(_Item):
    """Two or more parties meeting or talking: in person, by phone, at a summit."""

    kind: MeetingKind
    """Meeting, summit, visit, call, talks or conference, from the trigger."""
    trigger: Span
    """The word or phrase that reports the meeting ("a rencontré", "summit")."""
    date: MeetingDate | None = None
    """When it took place, resolved against the publication date."""
    location: Location | None = None
    """Where it took place."""
    participants: list[Participant] = []
    """Everyone who took part, host included."""
    host: Participant | None = None
    """The party that hosts or receives, if the text says so."""
    topic: str | None = None
    """What the meeting was about, as written."""


class Statement(_Item):
    """A claim, position, call or commitment attributed to a speaker."""

    speakers: list[Participant] = []
    """Participants who speak: one, or all members of a group speaker ("Ils")."""
    speaker_mention: Span | None = None
    """The speaker as written ("Lavrov", "Ils", "le ministère")."""
    cue: Span | None = None
    """The speech verb or cue ("a déclaré", "selon"); none for a bare quotation."""
    content: Span
    """What was said, as written."""
    mode: StatementMode
    """`direct` for quoted words, `indirect` for reported speech."""
    act: Act = "STATEMENT"
    """What the statement does, as a PLOVER category: AGREE, DEMAND, REJECT, DISAPPROVE,
    THREATEN, SUPPORT, or STATEMENT for a neutral assertion."""
    target: Span | None = None
    """Who or what the act is aimed at ("condemned Israel", "urged the parties to")."""


class Figure(_Item):
    """A number that counts or measures something in the world."""

    value: float
    """The number, normalised ("12 000" gives 12000, "2,5 millions" 2500000)."""
    qualifier: Qualifier = "exact"
    """Hedge on the value: exact, approx, more_than, less_than, at_least, at_most."""
    category: FigureCategory
    """What kind of thing is counted."""
    unit: str | None = None
    """ISO 4217 currency code, `%`, or a unit of measure; none for counts."""
    subject: Span | None = None
    """The noun phrase counted ("Palestiniens")."""
    span: Span
    """The number as written, with its scale word and unit."""


class ErrorInfo(_Model):
    """Why a document could not be processed in a batch."""

    type: str
    """Exception class name."""
    message: str
    """Exception message."""


class Extraction(_Model):
    """Everything extracted from one document."""

    lang: str | None = None
    """Language the document was processed as."""
    published: str | None = None
    """Publication date used to resolve relative dates, ISO format."""
    id: str | None = None
    """Identifier the caller gave the document, if any."""
    meetings: list[Meeting] = []
    """Meetings reported in the document."""
    participants: list[Participant] = []
    """Everyone who meets or speaks, each entity once with all its mentions."""
    statements: list[Statement] = []
    """Quoted and reported statements."""
    figures: list[Figure] = []
    """Numbers with what they count."""
    error: ErrorInfo | None = None
    """Set only by `extract_many(..., on_error="report")` for a document that failed."""

    def to_plover(self) -> list[Any]:
        """PLOVER-style event records (`eventx.plover.PloverRecord`) for this extraction."""
        from eventx.plover import to_plover

        return to_plover(self)
