"""Speakers: who a statement's speaker reference stands for.

A name is matched to a merged participant; "il"/"he" to the speaker of the statement
just before, unless a person is named in a sentence between them, else the subject
of the nearest sentence before it naming a person, or the first person named there; "ils",
"les participants", "the two leaders" to every participant of the meeting they refer
to (the main meeting reported before them), else to the last group that spoke; a bare
title to the participant holding it (never to the holder of another portfolio), else
to the person who spoke last; "la source", "the statement" to the organisation that
spoke last; a body described without a name ("le parti écologiste", "the party") to
the organisation named before it that it describes.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from eventx.drafts import MeetingDraft, SpeakerRef
from eventx.lang import data
from eventx.models import Meeting, Participant, Statement
from eventx.normalize.names import fold, name_tokens

if TYPE_CHECKING:
    from eventx.resolve import Resolver, _Entity

PRONOUN_WINDOW = 6
"""How many sentences back a pronoun or bare title looks for its antecedent (quotes split sentences)."""

FOLLOW_UP_WINDOW = 2
"""How many sentences back the previous statement's speaker stays the antecedent of a pronoun."""


def resolve_speaker(
    resolver: Resolver,
    ref: SpeakerRef,
    meetings: Sequence[tuple[MeetingDraft, Meeting]],
    previous: Sequence[Statement],
) -> list[Participant]:
    """The participants a speaker reference stands for (empty for an unnamed speaker)."""
    if ref.kind == "description" and ref.mentions:
        return _described(resolver, ref)
    if ref.mentions:
        return [resolver.use(e) for e in dict.fromkeys(resolver.of(m) for m in ref.mentions)]
    if ref.kind == "name":
        return _by_name(resolver, ref)
    if ref.kind == "group" or (ref.kind == "pronoun" and ref.plural):
        return _group(resolver, ref, meetings, previous)
    if ref.kind == "pronoun":
        return _pronoun(resolver, ref, previous)
    if ref.kind == "title":
        return _title(resolver, ref) or _last_person(ref, previous)
    return _source(previous)


def _described(resolver: Resolver, ref: SpeakerRef) -> list[Participant]:
    """A body described without a name: the organisation named just before that is such a body
    ("le parti écologiste" after "Europe Écologie Les Verts"), else the description itself; a plural
    one ("les autorités locales") is then no participant at all."""
    bodies = statement_nouns(resolver.doc.lang, "ORGANIZATION_NOUNS")
    head = next((w for w in name_tokens(ref.span.text) if w in bodies), None)
    antecedent = resolver.named_body_before(ref.span.start, head, PRONOUN_WINDOW)
    if antecedent is not None:
        return [resolver.use(antecedent)]
    if ref.plural:
        return []
    return [resolver.use(e) for e in dict.fromkeys(resolver.of(m) for m in ref.mentions)]


def _by_name(resolver: Resolver, ref: SpeakerRef) -> list[Participant]:
    """The participant whose name, or family name, the reference spells."""
    words = name_tokens(ref.span.text)
    for entity in resolver.entities:
        assert entity.participant is not None
        for name in (entity.participant.name, *entity.participant.aliases):
            known = name_tokens(name)
            if known == words or (words and words[-1:] == known[-1:] and set(words) <= set(known)):
                return [resolver.use(entity)]
    return []


def _group(
    resolver: Resolver, ref: SpeakerRef, meetings: Sequence[tuple[MeetingDraft, Meeting]], previous: Sequence[Statement]
) -> list[Participant]:
    """Every participant of the meeting a group refers to, else the last group that spoke."""
    at = ref.span.start
    earlier = [m for d, m in meetings if d.trigger.start <= at] or [m for _, m in meetings]
    if earlier:
        main = max(earlier, key=lambda m: len(m.participants))
        if len(main.participants) >= 2:
            return list(main.participants)
    sentence = resolver.sentence_of(at)
    for statement in reversed(previous):
        if statement.content.end > at or len(statement.speakers) < 2:
            continue
        if sentence - resolver.sentence_of(statement.content.start) <= PRONOUN_WINDOW:
            return list(statement.speakers)
    return []


def _pronoun(resolver: Resolver, ref: SpeakerRef, previous: Sequence[Statement]) -> list[Participant]:
    """The antecedent of a singular pronoun: the last single speaker nearby, else the nearest person."""
    at = ref.span.start
    sentence = resolver.sentence_of(at)
    nearest = _nearest_person(resolver, at, sentence)
    last = next((s for s in reversed(previous) if s.content.start < at), None)
    if last is not None and len(last.speakers) == 1 and last.speaker_mention is not None:
        spoke_in = resolver.sentence_of(last.speaker_mention.start)
        newer = nearest is not None and spoke_in < nearest[0] < sentence and nearest[2].participant != last.speakers[0]
        if sentence - spoke_in <= FOLLOW_UP_WINDOW and not newer:
            if last.speakers[0].kind == "person" or resolver.doc.lang == "fr":
                return list(last.speakers)
    return [resolver.use(nearest[2])] if nearest is not None else []


def _nearest_person(resolver: Resolver, at: int, sentence: int) -> tuple[int, int, _Entity] | None:
    """The person in the nearest sentence before an offset that a pronoun takes up: (sentence, offset, entity).

    The subject of that sentence comes first, else the person named first ("Autre avocat
    d'Yvan Colonna, Gilles Simeoni a appris ... il confie" is Simeoni). A person brought in
    after the last speaker ("Brown then started speaking. He said") is the antecedent
    rather than that speaker.
    """
    nearest: tuple[bool, int, int, _Entity] | None = None
    for entity in resolver.entities_before(at):
        mentioned = max(m.span.start for m in entity.mentions if m.span.end <= at)
        in_sentence = resolver.sentence_of(mentioned)
        if sentence - in_sentence > PRONOUN_WINDOW or (nearest is not None and in_sentence < nearest[1]):
            break
        participant = entity.participant
        assert participant is not None
        if participant.kind != "person":
            continue
        subject = any(resolver.is_subject(m) for m in entity.mentions if m.span.end <= at and resolver.sentence_of(m.span.start) == in_sentence)
        if nearest is None or (subject, -mentioned) > (nearest[0], -nearest[2]):
            nearest = (subject, in_sentence, mentioned, entity)
    return nearest[1:] if nearest is not None else None


def _title(resolver: Resolver, ref: SpeakerRef) -> list[Participant]:
    """The participant whose role is the title written ("le secrétaire général", "the Secretary")."""
    title = _title_words(resolver.doc.lang, ref.span.text)
    if not title:
        return []
    written = set(name_tokens(ref.span.text))
    portfolio = _portfolio_words(ref.span.text) - title
    holders = []
    exact = []
    for entity in resolver.entities:
        participant = entity.participant
        assert participant is not None
        role = set(name_tokens(participant.role or ""))
        if role and title <= role and not (portfolio and role - title and not portfolio & role):
            holders.append(entity)
            if written <= role:
                exact.append(entity)
    holders = exact or holders
    if not holders:
        return []
    before = [e for e in resolver.entities_before(ref.span.start) if e in holders]
    return [resolver.use(before[0] if before else holders[0])]


def _portfolio_words(written: str) -> frozenset[str]:
    """The capitalised words after the first of a written title, folded: its portfolio or office ("du Redressement productif").

    A holder whose role names another portfolio is not the one a title names.
    """
    words = written.split()[1:]
    return frozenset(w for word in words if word[:1].isupper() for w in name_tokens(word))


def _last_person(ref: SpeakerRef, previous: Sequence[Statement]) -> list[Participant]:
    """The person who last spoke alone: a title nobody is known to hold names the speaker in focus."""
    for statement in reversed(previous):
        if statement.content.start < ref.span.start and len(statement.speakers) == 1 and statement.speakers[0].kind == "person":
            return list(statement.speakers)
    return []


def _title_words(lang: str, written: str) -> frozenset[str]:
    """The title nouns of a written title, folded ("Le neuvième Secrétaire général" gives secretaire, general)."""
    titles = statement_nouns(lang, "TITLE_NOUNS")
    return frozenset(w for w in name_tokens(written) if w in titles)


@cache
def statement_nouns(lang: str, table: str) -> frozenset[str]:
    """A noun table of the language's statement knowledge, folded like names."""
    return frozenset(fold(t) for t in getattr(data(lang, "statements"), table))


def _source(previous: Sequence[Statement]) -> list[Participant]:
    """The organisation or country that last spoke alone ("la source", "the statement")."""
    for statement in reversed(previous):
        if len(statement.speakers) == 1 and statement.speakers[0].kind != "person":
            return list(statement.speakers)
    return []
