"""Resolution: mentions merged into participants, meetings and speakers linked to them.

Runs after the extractors. Mentions of one entity are merged when they share a key,
the same folded name, a person's family name, or an acronym introduced for a
name; speakers written as pronouns, group descriptions, bare titles or "la source"
are resolved to the participants they stand for.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from eventx.acts import code_act
from eventx.document import Document
from eventx.lang import data
from eventx.drafts import MeetingDraft, Mention, StatementDraft
from eventx.extractors.participants import EXTRACTOR as NAMES_EXTRACTOR
from eventx.models import Extraction, Figure, Meeting, Participant, Statement
from eventx.normalize.names import ARTICLES, fold, is_acronym_of, name_tokens
from eventx.speakers import resolve_speaker, statement_nouns

RESOLVER = "resolve.v1"
"""Name recorded as the extractor of participants built by merging mentions."""

ROLE_BODY_WINDOW = 2
"""How many sentences back a role's "du parti" looks for the party it names."""

class _UnionFind:
    """Disjoint sets over mention indices."""

    def __init__(self, n: int) -> None:
        """`n` singleton sets."""
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        """The representative of `a`'s set, halving paths on the way."""
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        """Join the sets of `a` and `b`, the lower index representing both."""
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
        """Offset of the entity's first mention."""
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
        written = name_tokens(m.span.text)
        for form in dict.fromkeys(f for f in (name_tokens(m.name) if m.name else (), written) if f):
            if form in by_name:
                uf.union(by_name[form], k)
            else:
                by_name[form] = k
        words = written or name_tokens(m.name or "")
        if not words:
            continue
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
            if m.kind == "organization":
                heads = {name_tokens(mentions[j].span.text): j for j in long_names if name_tokens(mentions[j].span.text)[0] == words[0]}
                if len(heads) == 1:
                    uf.union(next(iter(heads.values())), k)
    _join_overlapping(mentions, uf)
    groups: dict[int, list[Mention]] = defaultdict(list)
    for k, m in enumerate(mentions):
        groups[uf.find(k)].append(m)
    return list(groups.values())


def _join_overlapping(mentions: Sequence[Mention], uf: _UnionFind) -> None:
    """Join a mention of another extractor to the name-reading one whose span it overlaps: two
    readings of the same name ("Cassis" and "fédéral Cassis") mean one entity."""
    named = sorted((m.span.start, m.span.end, k) for k, m in enumerate(mentions) if m.extractor == NAMES_EXTRACTOR)
    starts = [start for start, _, _ in named]
    for k, m in enumerate(mentions):
        if m.extractor == NAMES_EXTRACTOR:
            continue
        at = bisect_left(starts, m.span.end) - 1
        if at >= 0 and named[at][1] > m.span.start:
            uf.union(named[at][2], k)


def _most_common(values: Iterable[str | None]) -> str | None:
    """The most frequent non-empty value, the first seen on a tie."""
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def _without_title(text: str, titles: frozenset[str]) -> str:
    """A written name without the titles and forms of address opening it ("M. Guterres" gives "Guterres")."""
    words = text.split(" ")
    k = 0
    while k < len(words) - 1 and fold(words[k]) in titles:
        k += 1
    return " ".join(words[k:])


@cache
def _title_words(lang: str) -> frozenset[str]:
    """Folded titles, title openers and forms of address of a language."""
    lex = data(lang, "participants")
    return frozenset(fold(w) for w in (*lex.TITLE_HEADS, *lex.TITLE_PREFIXES, *lex.HONORIFICS))


@cache
def _government_bodies(lang: str) -> frozenset[str]:
    """Folded words naming state bodies ("ministère", "ministry") of a language."""
    return frozenset(fold(w) for w in data(lang, "participants").GOVERNMENT_BODIES)


def _participant(mentions: list[Mention], hosted_in: str | None = None, titles: frozenset[str] = frozenset()) -> Participant:
    """The participant model for one group of mentions.

    `hosted_in` is the country of a meeting the participant hosts: the country of
    a host that nothing else places.
    """
    ordered = sorted(mentions, key=lambda m: m.span.start)
    canonical = next((m.name for m in ordered if m.name), None)
    texts = list(dict.fromkeys(_without_title(m.span.text, titles) for m in ordered))
    name = canonical or max(texts, key=lambda t: (len(name_tokens(t)), len(t)))
    aliases = [t for t in texts if fold(t) != fold(name)]
    aliases = list({fold(a): a for a in reversed(aliases)}.values())[::-1]
    best = max(ordered, key=lambda m: m.confidence)
    spans = sorted({(m.span.start, m.span.end): m.span for m in ordered}.values(), key=lambda s: s.start)
    organization = next((m.organization for m in ordered if m.organization), None)
    return Participant(
        name=name,
        aliases=aliases,
        kind=_most_common(m.kind for m in ordered) or "person",  # type: ignore[arg-type]
        role=_fullest_role([m.role for m in ordered if m.role and m.extractor == NAMES_EXTRACTOR] or [m.role for m in ordered if m.role]),
        country=_most_common(m.country for m in ordered) or (hosted_in if organization is None else None),
        organization=organization,
        mentions=spans,
        confidence=best.confidence,
        extractor=best.extractor if len(ordered) == 1 else RESOLVER,
    )


def _fullest_role(roles: Sequence[str]) -> str | None:
    """The first role given, or a longer one written elsewhere that contains it ("Secretary" gives "Secretary of State");
    roles read by the names extractor come first."""
    if not roles:
        return None
    first = fold(roles[0])
    return max((r for r in roles if first in fold(r)), key=len)


def _host_countries(entity_of: dict[int, _Entity], drafts: Iterable[Any]) -> dict[int, str]:
    """Country of the place of a meeting, for each entity hosting one (by the entity's id)."""
    hosted: dict[int, str] = {}
    for draft in drafts:
        if isinstance(draft, MeetingDraft) and draft.host is not None and draft.location and draft.location.country:
            hosted.setdefault(id(entity_of[id(draft.host)]), draft.location.country)
    return hosted


def _counterpart_countries(entity_of: dict[int, _Entity], drafts: Iterable[Any]) -> dict[int, set[str]]:
    """Countries of the other parties each entity meets, and of the places it visits (by the entity's
    id): an official meeting someone from, or visiting, the document's main country is most likely not from it."""
    facing: dict[int, set[str]] = defaultdict(set)
    for draft in drafts:
        if not isinstance(draft, MeetingDraft):
            continue
        visited = draft.location.country if draft.kind == "visit" and draft.location else None
        for mention in draft.participants:
            others = {m.country for m in draft.participants if m.kind == "person" and m.country and entity_of[id(m)] is not entity_of[id(mention)]}
            if visited and mention is not draft.host:
                others.add(visited)
            facing[id(entity_of[id(mention)])].update(others)
    return facing


def _home_country(mentions: Sequence[Mention]) -> str | None:
    """The country named most often in a document, when no other ties with it; officials
    named with a title and governments or ministries that nothing else places are taken to serve it."""
    counted = Counter(m.country for m in mentions if m.kind == "country" and m.country).most_common(2)
    if not counted or (len(counted) > 1 and counted[1][1] == counted[0][1]):
        return None
    return counted[0][0]


KIND_PRECEDENCE = ("visit", "summit", "conference", "call", "talks", "meeting")
"""Which kind a meeting reported by several triggers takes: a visit and its talks are a visit."""


def _same_meeting(a: Meeting, b: Meeting) -> bool:
    """True when two reports name the same meeting: one's parties within the other's, no clash of date or place."""
    if not (_covered(a, b) or _covered(b, a)):
        return False
    if a.date and b.date and a.date.iso != b.date.iso:
        return False
    return not (a.location and b.location and fold(a.location.name) != fold(b.location.name))


def _covered(a: Meeting, b: Meeting) -> bool:
    """True when every party of `a` takes part in `b`, a country through a person representing it."""
    names = {p.name for p in b.participants}
    countries = {p.country for p in b.participants if p.country}
    return all(p.name in names or (p.kind == "country" and p.country in countries) for p in a.participants)


def _merged(a: Meeting, b: Meeting) -> Meeting:
    """One meeting from two reports of it, the first report's details first."""
    participants = list({p.name: p for p in [*a.participants, *b.participants]}.values())
    return a.model_copy(
        update={
            "kind": min(a.kind, b.kind, key=KIND_PRECEDENCE.index),
            "participants": participants,
            "host": a.host or b.host,
            "date": a.date or b.date,
            "location": a.location or b.location,
            "topic": a.topic or b.topic,
            "confidence": max(a.confidence, b.confidence),
        }
    )


def _with_host(meeting: Meeting) -> Meeting:
    """The meeting with, as host, the one party from the country where it is held, when the others come from elsewhere."""
    where = meeting.location.country if meeting.location else None
    if meeting.host is not None or where is None:
        return meeting
    locals_ = [p for p in meeting.participants if p.country == where and p.kind == "person"]
    visitors = [p for p in meeting.participants if p.country and p.country != where]
    return meeting.model_copy(update={"host": locals_[0]}) if len(locals_) == 1 and visitors else meeting


def merge_meetings(meetings: Sequence[tuple[MeetingDraft, Meeting]]) -> list[tuple[MeetingDraft, Meeting]]:
    """Reports of the same meeting merged into one, in order of first report."""
    merged: list[tuple[MeetingDraft, Meeting]] = []
    for draft, meeting in meetings:
        for k, (first_draft, earlier) in enumerate(merged):
            if _same_meeting(earlier, meeting):
                merged[k] = (first_draft, _merged(earlier, meeting))
                break
        else:
            merged.append((draft, meeting))
    return [(draft, _with_host(meeting)) for draft, meeting in merged]


class Resolver:
    """Links drafts of one document to merged participants."""

    def __init__(self, doc: Document, found: Any) -> None:
        """Cluster every mention of the document and build each entity's participant."""
        self.doc = doc
        self.entities: list[_Entity] = []
        self.entity_of: dict[int, _Entity] = {}
        mentions = _all_mentions(found)
        for group in _cluster(mentions):
            entity = _Entity(group)
            self.entities.append(entity)
            for m in group:
                self.entity_of[id(m)] = entity
        hosted_in = _host_countries(self.entity_of, found.meetings)
        home = _home_country(mentions)
        facing = _counterpart_countries(self.entity_of, found.meetings)
        titles = _title_words(doc.lang)
        bodies = _government_bodies(doc.lang)
        for entity in self.entities:
            kind = _most_common(m.kind for m in entity.mentions)
            titled = any(m.role for m in entity.mentions) and kind == "person"
            governing = kind == "organization" and any(bodies & set(name_tokens(m.span.text)) for m in entity.mentions)
            serves_home = (titled or governing) and home not in facing.get(id(entity), ())
            entity.participant = _participant(entity.mentions, hosted_in.get(id(entity)) or (home if serves_home else None), titles)
        self.entities.sort(key=lambda e: e.first)
        self.used: dict[int, _Entity] = {}
        """Entities that take part in the result, by identity, in order of first use."""
        self._attach_bodies_described_in_roles()

    def _attach_bodies_described_in_roles(self) -> None:
        """A role naming its body by kind only ("porte-parole du parti", "spokesman of the party") gives
        its holder the organisation named just before, the role keeping the title alone; the
        holder then serves that body, not the document's main country."""
        kinds = statement_nouns(self.doc.lang, "BODY_KIND_NOUNS")
        for entity in self.entities:
            participant = entity.participant
            assert participant is not None
            if participant.kind != "person" or not participant.role or participant.organization:
                continue
            words = participant.role.split()
            cut = len(words) - 1
            while cut > 1 and fold(words[cut - 1]) in ARTICLES:
                cut -= 1
            if cut == len(words) - 1 or fold(words[-1]) not in kinds:
                continue
            body = self.named_body_before(entity.first, fold(words[-1]), ROLE_BODY_WINDOW)
            if body is not None and body.participant is not None:
                entity.participant = participant.model_copy(
                    update={
                        "role": " ".join(words[:cut]),
                        "organization": body.participant.name,
                        "country": _most_common(m.country for m in entity.mentions),
                    }
                )

    def named_body_before(self, at: int, head: str | None, window: int) -> _Entity | None:
        """The named organisation nearest before an offset that a description with this head noun may
        stand for: its name holds the noun ("le ministère" for "ministère russe des Affaires
        étrangères"), or the noun is a kind of body any proper name may be ("le parti" for "Europe
        Écologie Les Verts") when that name acts. Only organisations mentioned within `window` sentences count."""
        bodies, kinds = statement_nouns(self.doc.lang, "ORGANIZATION_NOUNS"), statement_nouns(self.doc.lang, "BODY_KIND_NOUNS")
        sentence = self.sentence_of(at)
        for entity in self.entities_before(at):
            mentioned = max(m.span.start for m in entity.mentions if m.span.end <= at)
            if sentence - self.sentence_of(mentioned) > window:
                return None
            participant = entity.participant
            assert participant is not None
            if participant.kind != "organization" or not participant.name[:1].isupper():
                continue
            words = set(name_tokens(participant.name))
            if head in words or (head in kinds and not words & bodies and any(self.is_subject(m) for m in entity.mentions)):
                return entity
        return None

    def is_subject(self, mention: Mention) -> bool:
        """True when a mention is the subject of its clause: the salient entities a description or a
        pronoun takes up act ("Europe Écologie Les Verts faisait part"); the agency quoted to does not."""
        return any(t.dep.startswith("nsubj") for t in self.doc.tokens_between(mention.span.start, mention.span.end))

    def use(self, entity: _Entity) -> Participant:
        """The entity's participant, recorded as taking part in the result."""
        self.used.setdefault(id(entity), entity)
        assert entity.participant is not None
        return entity.participant

    def of(self, mention: Mention) -> _Entity:
        """The entity a mention was merged into."""
        return self.entity_of[id(mention)]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding a character offset (-1 outside any token)."""
        tok = self.doc.token_at(offset)
        return tok.sent if tok is not None else -1

    @cached_property
    def _mentions_by_start(self) -> tuple[list[int], list[tuple[int, int, _Entity]]]:
        """Every mention as (start, end, entity), in text order, with the starts for binary search.

        Mentions starting together are ordered so that walking backwards meets the
        entities in their document order.
        """
        rank = {id(e): k for k, e in enumerate(self.entities)}
        mentions = sorted(
            ((m.span.start, m.span.end, e) for e in self.entities for m in e.mentions),
            key=lambda item: (item[0], -rank[id(item[2])]),
        )
        return [start for start, _, _ in mentions], mentions

    def entities_before(self, offset: int) -> Iterator[_Entity]:
        """Entities mentioned before an offset, the one whose last mention there is nearest first.

        Walks the mentions backwards from the offset, so a caller stopping early pays
        for what it reads, not for the whole document.
        """
        starts, mentions = self._mentions_by_start
        seen: set[int] = set()
        for k in range(bisect_left(starts, offset) - 1, -1, -1):
            _, end, entity = mentions[k]
            if end <= offset and id(entity) not in seen:
                seen.add(id(entity))
                yield entity

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
    meetings = merge_meetings(meetings)
    statements: list[Statement] = []
    for item in sorted(found.statements, key=lambda s: s.content.start):
        if isinstance(item, Statement):
            statements.append(item)
            continue
        speakers = resolve_speaker(resolver, item.speaker, meetings, statements) if item.speaker else []
        act, target = code_act(doc, item.cue, item.content)
        statements.append(
            Statement(
                speakers=speakers,
                speaker_mention=item.speaker.span if item.speaker else None,
                cue=item.cue,
                content=item.content,
                mode=item.mode,
                act=act,
                target=target,
                confidence=item.confidence,
                extractor=item.extractor,
            )
        )
    participants = [e.participant for e in sorted(resolver.used.values(), key=lambda e: e.first) if e.participant]
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


__all__ = ["KIND_PRECEDENCE", "RESOLVER", "Resolver", "merge_meetings", "resolve"]
