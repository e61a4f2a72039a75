"""Resolution: mentions merged into participants, meetings and speakers linked to them.

Runs after the extractors. Mentions of one entity are merged when they share a key,
the same folded name, a person's family name, or an acronym introduced for a
name; speakers written as pronouns, group descriptions, bare titles or "la source"
are resolved to the participants they stand for.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventx.document import Document
from eventx.drafts import MeetingDraft, Mention, StatementDraft
from eventx.models import Extraction, Figure, Meeting, Participant, Statement
from eventx.normalize.names import fold, is_acronym_of, name_tokens
from eventx.speakers import resolve_speaker

RESOLVER = "resolve.v1"
"""Name recorded as the extractor of participants built by merging mentions."""

class _UnionFind:
    """Disjoint sets over mention indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(eq=False)
class _Entity:
    """One real-world participant: its merged mentions and the model built from them."""

    mentions: list[Mention] = field(default_factory=list)
    participant: Participant | None = None

    @property
    def first(self) -> int:
        return min(m.span.start for m in self.mentions)


def _all_mentions(found: Any) -> list[Mention]:
    """Every mention: named by the participants extractor, in meetings, or as speakers."""
    mentions: list[Mention] = [m for m in found.mentions if isinstance(m, Mention)]
    for meeting in found.meetings:
        if isinstance(meeting, MeetingDraft):
            mentions.extend(meeting.participants)
            if meeting.host is not None:
                mentions.append(meeting.host)
    for statement in found.statements:
        if isinstance(statement, StatementDraft) and statement.speaker is not None:
            mentions.extend(statement.speaker.mentions)
    return mentions


def _cluster(mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Group mentions of the same entity; indexed so the cost stays near-linear."""
    uf = _UnionFind(len(mentions))
    by_key: dict[str, int] = {}
    by_name: dict[tuple[str, ...], int] = {}
    by_family: dict[str, list[int]] = defaultdict(list)
    long_names: list[int] = []
    for k, m in enumerate(mentions):
        identities = [f"key:{m.key}"] if m.key else []
        if m.kind == "country" and m.country:
            identities.append(f"country:{m.country}")
        for ident in identities:
            if ident in by_key:
                uf.union(by_key[ident], k)
            else:
                by_key[ident] = k
        words = name_tokens(m.name or m.span.text)
        if not words:
            continue
        if words in by_name:
            uf.union(by_name[words], k)
        else:
            by_name[words] = k
        if m.kind == "person" and len(words) >= 2:
            by_family[words[-1]].append(k)
        if m.kind == "organization" and len(words) >= 2:
            long_names.append(k)
    for words, k in by_name.items():
        m = mentions[k]
        if m.kind == "person":
            for j in by_family.get(words[-1], ()):
                if set(words) <= set(name_tokens(mentions[j].span.text)):
                    uf.union(j, k)
        elif len(words) == 1:
            for j in long_names:
                if is_acronym_of(m.span.text, mentions[j].span.text):
                    uf.union(j, k)
    groups: dict[int, list[Mention]] = defaultdict(list)
    for k, m in enumerate(mentions):
        groups[uf.find(k)].append(m)
    return list(groups.values())


def _most_common(values: Iterable[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def _participant(mentions: list[Mention]) -> Participant:
    """The participant model for one group of mentions."""
    ordered = sorted(mentions, key=lambda m: m.span.start)
    canonical = next((m.name for m in ordered if m.name), None)
    texts = list(dict.fromkeys(m.span.text for m in ordered))
    name = canonical or max(texts, key=lambda t: (len(name_tokens(t)), len(t)))
    aliases = [t for t in texts if fold(t) != fold(name)]
    aliases = list({fold(a): a for a in reversed(aliases)}.values())[::-1]
    best = max(ordered, key=lambda m: m.confidence)
    spans = sorted({(m.span.start, m.span.end): m.span for m in ordered}.values(), key=lambda s: s.start)
    return Participant(
        name=name,
        aliases=aliases,
        kind=_most_common(m.kind for m in ordered) or "person",  # type: ignore[arg-type]
        role=next((m.role for m in ordered if m.role), None),
        country=_most_common(m.country for m in ordered),
        organization=next((m.organization for m in ordered if m.organization), None),
        mentions=spans,
        confidence=best.confidence,
        extractor=best.extractor if len(ordered) == 1 else RESOLVER,
    )


class Resolver:
    """Links drafts of one document to merged participants."""

    def __init__(self, doc: Document, found: Any) -> None:
        self.doc = doc
        self.entities: list[_Entity] = []
        self.entity_of: dict[int, _Entity] = {}
        for group in _cluster(_all_mentions(found)):
            entity = _Entity(group)
            entity.participant = _participant(group)
            self.entities.append(entity)
            for m in group:
                self.entity_of[id(m)] = entity
        self.entities.sort(key=lambda e: e.first)
        self.used: list[_Entity] = []

    def use(self, entity: _Entity) -> Participant:
        """The entity's participant, recorded as taking part in the result."""
        if entity not in self.used:
            self.used.append(entity)
        assert entity.participant is not None
        return entity.participant

    def of(self, mention: Mention) -> _Entity:
        """The entity a mention was merged into."""
        return self.entity_of[id(mention)]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding a character offset (-1 outside any token)."""
        tok = self.doc.token_at(offset)
        return tok.sent if tok is not None else -1

    def entities_before(self, offset: int) -> list[_Entity]:
        """Entities mentioned before an offset, nearest last mention first."""
        last_before = {
            id(e): max((m.span.start for m in e.mentions if m.span.end <= offset), default=-1) for e in self.entities
        }
        before = [e for e in self.entities if last_before[id(e)] >= 0]
        return sorted(before, key=lambda e: -last_before[id(e)])

    def meeting(self, draft: MeetingDraft) -> Meeting | None:
        """The meeting with merged participants; none when no named party takes part."""
        entities = list(dict.fromkeys(self.of(m) for m in draft.participants))
        host = self.of(draft.host) if draft.host is not None else None
        if host is not None and host not in entities:
            entities.insert(0, host)
        if not entities:
            return None
        return Meeting(
            kind=draft.kind,
            trigger=draft.trigger,
            date=draft.date,
            location=draft.location,
            participants=[self.use(e) for e in entities],
            host=self.use(host) if host is not None else None,
            topic=draft.topic,
            confidence=draft.confidence,
            extractor=draft.extractor,
        )


def resolve(doc: Document, found: Any, *, id: str | None = None) -> Extraction:
    """The document's `Extraction` from the drafts and items the extractors produced."""
    resolver = Resolver(doc, found)
    meetings: list[tuple[MeetingDraft, Meeting]] = []
    finished_meetings: list[Meeting] = []
    for item in found.meetings:
        if isinstance(item, Meeting):
            finished_meetings.append(item)
        elif isinstance(item, MeetingDraft) and (meeting := resolver.meeting(item)) is not None:
            meetings.append((item, meeting))
    statements: list[Statement] = []
    for item in sorted(found.statements, key=lambda s: s.content.start):
        if isinstance(item, Statement):
            statements.append(item)
            continue
        speakers = resolve_speaker(resolver, item.speaker, meetings, statements) if item.speaker else []
        statements.append(
            Statement(
                speakers=speakers,
                speaker_mention=item.speaker.span if item.speaker else None,
                cue=item.cue,
                content=item.content,
                mode=item.mode,
                confidence=item.confidence,
                extractor=item.extractor,
            )
        )
    participants = [e.participant for e in sorted(resolver.used, key=lambda e: e.first) if e.participant]
    figures = [f for f in found.figures if isinstance(f, Figure)]
    return Extraction(
        lang=doc.lang,
        published=doc.published.isoformat() if doc.published else None,
        id=id,
        meetings=[m for _, m in meetings] + finished_meetings,
        participants=participants,
        statements=statements,
        figures=sorted(figures, key=lambda f: f.span.start),
    )


__all__ = ["RESOLVER", "Resolver", "resolve"]
