"""Speakers: who a statement's speaker reference stands for.

A name is matched to a merged participant; "il"/"he" to the nearest person before it;
"ils", "les participants", "the two leaders" to every participant of the meeting
they follow; a bare title to the participant holding it; "la source" to the
organisation that spoke last.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventx.drafts import MeetingDraft, SpeakerRef
from eventx.models import Meeting, Participant, Statement
from eventx.normalize.names import name_tokens

if TYPE_CHECKING:
    from eventx.resolve import Resolver

PRONOUN_WINDOW = 3
"""How many sentences back a pronoun or bare title looks for its antecedent."""


def resolve_speaker(
    resolver: Resolver,
    ref: SpeakerRef,
    meetings: Sequence[tuple[MeetingDraft, Meeting]],
    previous: Sequence[Statement],
) -> list[Participant]:
    """The participants a speaker reference stands for (empty for an unnamed speaker)."""
    if ref.mentions:
        return [resolver.use(e) for e in dict.fromkeys(resolver.of(m) for m in ref.mentions)]
    at = ref.span.start
    if ref.kind == "name":
        words = name_tokens(ref.span.text)
        for entity in resolver.entities:
            assert entity.participant is not None
            names = [entity.participant.name, *entity.participant.aliases]
            if any(name_tokens(n) == words or (words and words[-1:] == name_tokens(n)[-1:] and set(words) <= set(name_tokens(n))) for n in names):
                return [resolver.use(entity)]
        return []
    if ref.kind == "group" or (ref.kind == "pronoun" and ref.plural):
        earlier = [m for d, m in meetings if d.trigger.start <= at] or [m for _, m in meetings]
        if earlier:
            return list(earlier[-1].participants)
        return []
    sentence = resolver.sentence_of(at)
    for entity in resolver.entities_before(at):
        last = max(m.span.start for m in entity.mentions if m.span.end <= at)
        if sentence - resolver.sentence_of(last) > PRONOUN_WINDOW:
            break
        participant = entity.participant
        assert participant is not None
        if ref.kind == "pronoun" and participant.kind == "person":
            return [resolver.use(entity)]
        if ref.kind == "title" and participant.role and _same_title(participant.role, ref.span.text):
            return [resolver.use(entity)]
    if ref.kind == "description":
        for statement in reversed(previous):
            if statement.speakers and statement.speakers[0].kind != "person":
                return list(statement.speakers)
    return []


def _same_title(role: str, written: str) -> bool:
    """True when a bare title ("le ministre") names the role a participant holds."""
    title = set(name_tokens(written))
    return bool(title) and title <= set(name_tokens(role))
