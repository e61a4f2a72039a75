"""What extractors hand to the resolution step before participants are merged.

Extractors see one document at a time and cannot know that "Lavrov", "M. Lavrov"
and "Sergey Lavrov" are one person, nor who "Ils" stands for. They emit these
drafts; `eventx.resolve` merges the mentions into participants and links
meetings and statements to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from eventx.models import Location, MeetingDate, MeetingKind, ParticipantKind, Span, StatementMode

SpeakerKind = Literal["name", "pronoun", "group", "title", "description"]
"""How a speaker is written: a name, a pronoun ("il", "they"), a group ("les
participants"), a bare title ("le ministre"), or another description ("la source")."""


@dataclass(frozen=True)
class Mention:
    """One place where a person, organisation or country is named."""

    span: Span
    """The name as written, without title ("Sergey Lavrov", "OCI", "Moscou")."""
    kind: ParticipantKind
    confidence: float
    extractor: str
    role: str | None = None
    """Title given next to this mention, as written."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of the state represented."""
    organization: str | None = None
    """Organisation represented, when not a state."""
    key: str | None = None
    """Identity known to the extractor (a country code for "Moscou", the full name for an
    acronym); mentions with the same key are the same participant."""
    name: str | None = None
    """Canonical name when the written form is a metonym or short form ("Russie" for
    "Moscou"); the participant is then named by it."""


@dataclass(frozen=True)
class MeetingDraft:
    """A meeting whose participants are still mentions."""

    kind: MeetingKind
    trigger: Span
    confidence: float
    extractor: str
    participants: tuple[Mention, ...] = ()
    host: Mention | None = None
    date: MeetingDate | None = None
    location: Location | None = None
    topic: str | None = None


@dataclass(frozen=True)
class SpeakerRef:
    """Who speaks, as written, before it is resolved to participants."""

    span: Span
    kind: SpeakerKind
    plural: bool = False
    """True for "ils", "they", "les participants", "the two leaders"."""
    mentions: tuple[Mention, ...] = field(default=())
    """Mentions the extractor already knows the speaker is (names, coordinated names)."""


@dataclass(frozen=True)
class StatementDraft:
    """A statement whose speaker is still a reference."""

    content: Span
    mode: StatementMode
    confidence: float
    extractor: str
    cue: Span | None = None
    speaker: SpeakerRef | None = None
