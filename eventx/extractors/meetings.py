"""Rule-based meetings extractor (French and English).

A meeting is reported by a trigger verb ("a rencontré", "met with", "hosted")
or noun ("une réunion", "the summit", "sa visite"); its kind comes from the
trigger. Participants are the named mentions under the trigger's subject,
object, "avec/with/between" complements and, for a noun, its "de/of"
complements and the subject of the verb that carries it ("a tenu une réunion",
"held talks"). Names that only say whom a person represents ("d'Egypte", "de
l'OCI") are left out. The host is the subject of a hosting verb or the agent of
a passive one. Date and place are the expressions linked to the trigger: in its
clause first, then in its sentence, then the document's dateline.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from eventx.document import Document, Token
from eventx.drafts import MeetingDraft, Mention
from eventx.lang import data
from eventx.models import Location, MeetingDate
from eventx.normalize.dates import DateMention, find_dates
from eventx.normalize.names import fold, is_acronym_of, name_tokens
from eventx.normalize.places import place_country
from eventx.registry import ExtractorSpec

EXTRACTOR = "meetings.rules.v1"
DATELINE_TOKENS = 60
"""How far into a document (in tokens) a dateline ("Ottawa (Ontario) –") may stand, after a headline."""
DATELINE_PLACE_GAP = 6
"""Most tokens between a dateline's place and its dash."""
_DATELINE_DASHES = frozenset({"-", "–", "—", "--"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_OBJECTS = frozenset({"obj", "dobj", "iobj"})
_AGENTS = frozenset({"obl:agent", "agent"})
_PLACE_LABELS = frozenset({"LOC", "ORG", "MISC", "PER"})


@dataclass(frozen=True)
class _Context:
    """What every trigger of one document is read against."""

    doc: Document
    lex: ModuleType
    mention_at: dict[int, Mention]
    """Mentions by the index of their first token."""
    dates: Sequence[tuple[int, DateMention]]
    """Date expressions with the index of their first token."""
    dateline: Location | None


def _trigger_kind(doc: Document, tok: Token, lex: ModuleType) -> str | None:
    """The kind of meeting a token reports, or None when it is no trigger."""
    lemma = tok.lemma.lower()
    if tok.pos == "VERB" and lemma in lex.TRIGGER_VERBS:
        if lemma in lex.REFLEXIVE_TRIGGERS and not any(c.lower in lex.REFLEXIVE_WORDS for c in doc.children(tok.i)):
            return None
        return lex.TRIGGER_VERBS[lemma]
    if tok.pos in ("NOUN", "PROPN") and (lemma in lex.TRIGGER_NOUNS or tok.lower in lex.TRIGGER_NOUNS):
        following = doc.tokens[tok.i + 1 : tok.i + 3]
        if any(t.lower in lex.NOT_MEETING_NEXT for t in following):
            return None
        preceding = doc.tokens[tok.i - 1] if tok.i else None
        if preceding is not None and preceding.lower in lex.NOT_MEETING_NEXT:
            return None
        return lex.TRIGGER_NOUNS.get(lemma) or lex.TRIGGER_NOUNS[tok.lower]
    return None


def _case_word(doc: Document, i: int) -> str:
    """The preposition introducing token `i` ("avec" for "avec les ministres"), or ''."""
    tok = doc.tokens[i]
    if tok.dep == "pobj":
        return doc.tokens[tok.head].lower
    return next((c.lower for c in doc.children(i) if c.dep in ("case", "mark")), "")


def _arguments(doc: Document, i: int) -> Iterator[tuple[str, int]]:
    """Dependents of token `i` as (relation, token): subject, object, agent, or the preposition word."""
    for child in doc.children(i):
        if child.dep in _SUBJECTS:
            yield ("passive" if child.dep != "nsubj" else "subject"), child.i
        elif child.dep in _OBJECTS:
            yield "object", child.i
        elif child.dep in _AGENTS:
            objects = [c.i for c in doc.children(child.i) if c.dep == "pobj"] or [child.i]
            yield "agent", objects[0]
        elif child.dep == "prep":
            for obj in doc.children(child.i):
                if obj.dep in ("pobj", "pcomp"):
                    yield child.lower, obj.i
        elif child.dep in ("compound", "poss"):
            yield "modifier", child.i
        elif child.dep.startswith(("obl", "nmod")):
            yield _case_word(doc, child.i), child.i


_LIST_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "ADP", "CCONJ", "NUM"})
_LIST_PUNCTUATION = frozenset({",", "(", ")", "-"})


def _list_end(ctx: _Context, hi: int) -> int:
    """Last token of a list of names that the parser cut short ("A d'Egypte, B, ainsi que C")."""
    tokens = ctx.doc.tokens
    sent = tokens[hi].sent
    k = hi + 1
    while k < len(tokens) and tokens[k].sent == sent:
        tok = tokens[k]
        boundary = tok.lower in ctx.lex.PLACE_WORDS or tok.lower in ctx.lex.TOPIC_WORDS
        listed = tok.pos in _LIST_POS or tok.text in _LIST_PUNCTUATION or tok.dep == "fixed" or tok.lower in ctx.lex.LIST_LINKS
        if boundary or not listed:
            break
        k += 1
    while k - 1 > hi and tokens[k - 1].pos in ("PUNCT", "CCONJ", "ADP", "DET"):
        k -= 1
    return k - 1


def _mentions_in(ctx: _Context, lo: int, hi: int) -> list[Mention]:
    """Mentions whose first token lies between tokens `lo` and `hi`, places after "à/in" left out."""
    tokens = ctx.doc.tokens
    return [
        ctx.mention_at[k]
        for k in range(lo, hi + 1)
        if k in ctx.mention_at and not (ctx.mention_at[k].kind == "country" and _after_place_word(ctx, k))
    ]


def _after_place_word(ctx: _Context, k: int) -> bool:
    """True when the token before `k` (past an article) is a place preposition ("en Russie")."""
    j = k - 1
    while j >= 0 and ctx.doc.tokens[j].pos == "DET":
        j -= 1
    return j >= 0 and ctx.doc.tokens[j].lower in ctx.lex.PLACE_WORDS


def _mentions_under(ctx: _Context, i: int, *, extend: bool = False) -> list[Mention]:
    """Mentions in the subtree of token `i`, and in the list it opens when `extend`."""
    lo, hi = ctx.doc.subtree(i)
    return _mentions_in(ctx, lo, _list_end(ctx, hi) if extend else hi)


def _with_complements(ctx: _Context, head: int) -> list[Mention]:
    """Mentions after "avec/with/between" anywhere in a verb's own clause, however the parser attached them."""
    doc = ctx.doc
    lo, hi = doc.subtree(head)
    found: list[Mention] = []
    for k in range(lo, hi + 1):
        tok = doc.tokens[k]
        if tok.lower in ctx.lex.WITH_WORDS and tok.pos == "ADP" and tok.lower not in ctx.lex.PLACE_WORDS and _same_clause(doc, tok.head, head):
            found.extend(_mentions_under(ctx, tok.head if tok.head > k else k + 1, extend=True))
    return found


def _inviters(ctx: _Context, clause: int) -> list[Mention]:
    """Mentions under an invitation in the clause ("sur invitation du Premier ministre, Charles Michel")."""
    doc = ctx.doc
    lo, hi = doc.subtree(clause)
    return [
        m
        for k in range(lo, hi + 1)
        if doc.tokens[k].lemma.lower() in ctx.lex.INVITATION_WORDS and _same_clause(doc, k, clause)
        for m in _mentions_under(ctx, k, extend=True)
        if m.kind == "person"
    ]


def _same_clause(doc: Document, i: int, clause: int) -> bool:
    """True when token `i` hangs under `clause` without crossing another verb."""
    while i != clause:
        tok = doc.tokens[i]
        if tok.head == i or (tok.pos == "VERB" and i != clause):
            return False
        i = tok.head
    return True


def _noun_complements(ctx: _Context, tok: Token) -> list[Mention]:
    """Mentions in a trigger noun's complements, up to its topic ("sommet de la Ligue arabe et de l'OCI sur ...")."""
    _, hi = ctx.doc.subtree(tok.i)
    end = tok.i + 1
    while end <= hi and ctx.doc.tokens[end].lower not in ctx.lex.TOPIC_WORDS and ctx.doc.tokens[end].pos not in ("VERB", "AUX"):
        end += 1
    return _mentions_in(ctx, tok.i + 1, end - 1)


def _antecedent(ctx: _Context, i: int) -> list[Mention]:
    """The person a pronoun stands for: the first person named in the nearest sentence before it."""
    tokens = ctx.doc.tokens
    sent = tokens[i].sent
    for k in range(i - 1, -1, -1):
        if sent - tokens[k].sent > 2:
            break
        mention = ctx.mention_at.get(k)
        if mention is None or mention.kind != "person":
            continue
        persons = [ctx.mention_at[j] for j in range(ctx.doc.sents[tokens[k].sent].start_token, k + 1) if j in ctx.mention_at and ctx.mention_at[j].kind == "person"]
        return [next((m for m in persons if _is_subject(ctx.doc, m)), persons[0])]
    return []


def _is_subject(doc: Document, mention: Mention) -> bool:
    """True when a mention is its clause's subject, or in apposition to it ("le président russe, Vladimir Poutine")."""
    tok = doc.token_at(mention.span.start)
    if tok is None:
        return False
    if tok.dep in ("appos", "flat:name", "compound") and tok.head != tok.i:
        tok = doc.tokens[tok.head]
    return tok.dep.startswith("nsubj")


def _without_attributes(mentions: list[Mention]) -> list[Mention]:
    """Mentions left once those that only say whom a person represents are removed."""
    persons = [m for m in mentions if m.kind == "person"]
    countries = {m.country for m in persons if m.country}
    organizations = [m.organization for m in persons if m.organization]

    def represented(m: Mention) -> bool:
        """True when the mention is the country or organisation of a person in the list."""
        if m.kind == "country":
            return m.country in countries
        if m.kind == "organization":
            return any(name_tokens(m.span.text) == name_tokens(o) or is_acronym_of(m.span.text, o) or (m.key and m.key == fold(o)) for o in organizations)
        return False

    return list(dict.fromkeys(m for m in mentions if not represented(m)))


def _clause_head(doc: Document, tok: Token, lex: ModuleType) -> tuple[Token, bool]:
    """The verb a trigger noun depends on, and whether it carries the noun ("a tenu une réunion")."""
    if tok.pos == "VERB":
        return tok, True
    head = doc.tokens[tok.head]
    if head.pos in ("VERB", "AUX") and tok.head != tok.i:
        carried = head.lemma.lower() in lex.SUPPORT_VERBS or (tok.dep in _OBJECTS and head.lemma.lower() in lex.TRIGGER_VERBS)
        return head, carried
    k = tok
    while k.head != k.i and doc.tokens[k.head].pos not in ("VERB", "AUX"):
        k = doc.tokens[k.head]
    return doc.tokens[k.head], False


def _denied(doc: Document, i: int, lex: ModuleType) -> bool:
    """True when the trigger's verb is negated."""
    return any(c.lower in lex.NEGATIONS for c in doc.children(i))


def _nearest_date(ctx: _Context, tok: Token, clause: Token) -> DateMention | None:
    """The date expression linked to a trigger: in its clause, then its sentence, then before it."""
    lo, hi = ctx.doc.subtree(clause.i)
    in_sentence = [(abs(k - tok.i), d) for k, d in ctx.dates if ctx.doc.tokens[k].sent == tok.sent and d.iso]
    in_clause = [(dist, d) for dist, d in in_sentence if lo <= ctx.doc.token_at(d.start).i <= hi]  # type: ignore[union-attr]
    for group in (in_clause, in_sentence):
        if group:
            return min(group, key=lambda pair: pair[0])[1]
    return None


def _place_of(ctx: _Context, i: int) -> Location | None:
    """A place written under token `i` (or starting there), with its country, when one is known."""
    doc = ctx.doc
    lo, hi = doc.subtree(i)
    entities = [e for e in doc.ents if e.start_token == i] + list(doc.entities_between(doc.tokens[lo].start, doc.tokens[hi].end))
    for ent in entities:
        if ent.label not in _PLACE_LABELS:
            continue
        first = ent.start_token
        while first < ent.end_token - 1 and (doc.tokens[first].pos in ("DET", "ADP") or doc.tokens[first].lower in ("l'", "l’")):
            first += 1
        span = doc.token_span(first, ent.end_token - 1)
        code = place_country(span.text, doc.lang)
        if code or ent.label == "LOC":
            return Location(name=span.text, country=code, span=span)
    return None


def _place_starting(ctx: _Context, k: int, limit: int) -> Location | None:
    """A place whose name starts at token `k`, past an article."""
    doc = ctx.doc
    while k < limit and doc.tokens[k].pos == "DET":
        k += 1
    if k >= limit:
        return None
    return next(
        (_place_of(ctx, ent.start_token) for ent in doc.entities_between(doc.tokens[k].start, doc.tokens[limit - 1].end) if ent.start_token == k),
        None,
    )


def _location(ctx: _Context, tok: Token, clause: Token) -> Location | None:
    """The place a meeting is held: a place complement of the trigger or its verb, then of the sentence."""
    found: list[Location] = []
    for head in dict.fromkeys((tok.i, clause.i)):
        for relation, arg in _arguments(ctx.doc, head):
            if relation in ctx.lex.PLACE_WORDS and (place := _place_of(ctx, arg)):
                found.append(place)
    sentence = ctx.doc.sents[tok.sent]
    for k in range(sentence.start_token, sentence.end_token):
        t = ctx.doc.tokens[k]
        if k > tok.i and (t.lower in ctx.lex.TOPIC_WORDS or (t.pos == "VERB" and k != clause.i)):
            break
        if t.lower in ctx.lex.PLACE_WORDS and t.pos == "ADP" and (place := _place_starting(ctx, k + 1, sentence.end_token)):
            found.append(place)
    return next((place for place in found if place.country), found[0] if found else None)


def _topic(ctx: _Context, tok: Token, clause: Token) -> str | None:
    """What the meeting was about: an "on/sur" complement, or the object of "discussed/évoqué"."""
    doc = ctx.doc
    for head in dict.fromkeys((tok.i, clause.i)):
        for relation, arg in _arguments(doc, head):
            if relation in ctx.lex.TOPIC_WORDS:
                lo, hi = doc.subtree(arg)
                return doc.token_span(lo, hi).text.strip()
    lo, hi = doc.subtree(tok.i)
    for k in range(tok.i + 1, hi + 1):
        t = doc.tokens[k]
        if t.lower in ctx.lex.TOPIC_WORDS and t.pos == "ADP" and t.head != t.i:
            first, last = doc.subtree(t.head)
            return doc.token_span(k + 1, last).text.strip() if last > k else None
    sentence = doc.sents[tok.sent]
    for k in range(sentence.start_token, sentence.end_token):
        t = doc.tokens[k]
        if t.pos == "VERB" and t.lemma.lower() in ctx.lex.TOPIC_VERBS:
            for relation, arg in _arguments(doc, k):
                if relation == "object" or relation in ctx.lex.TOPIC_WORDS or relation in ("de", "d'", "of"):
                    lo, hi = doc.subtree(arg)
                    return doc.token_span(lo, hi).text.strip()
    return None


def _kind(ctx: _Context, kind: str, tok: Token, clause: Token) -> str:
    """The trigger's kind, made `call` when the clause says the talk was by phone or video."""
    lo, hi = ctx.doc.subtree(clause.i)
    window = ctx.doc.tokens[max(lo, tok.i - 3) : min(hi, tok.i + 4) + 1]
    return "call" if any(t.lemma.lower() in ctx.lex.CALL_MARKERS or t.lower in ctx.lex.CALL_MARKERS for t in window) else kind


def _draft(ctx: _Context, tok: Token, kind: str) -> MeetingDraft | None:
    """The meeting reported by one trigger, or None when no named party takes part."""
    doc, lex = ctx.doc, ctx.lex
    clause, carries = _clause_head(doc, tok, lex)
    if _denied(doc, clause.i, lex):
        return None
    participants: list[Mention] = []
    host: list[Mention] = []
    heads = [tok.i] + ([clause.i] if carries and clause.i != tok.i else [])
    if tok.pos != "VERB":
        heads.extend(c.i for c in doc.children(tok.i) if c.dep.startswith("acl") and c.pos == "VERB")
    location = _location(ctx, tok, clause)
    for head in heads:
        for relation, arg in _arguments(doc, head):
            if arg == tok.i:
                continue
            found = _mentions_under(ctx, arg, extend=relation in lex.WITH_WORDS or relation == "object")
            if not found and doc.tokens[arg].lower in lex.PERSONAL_PRONOUNS:
                found = _antecedent(ctx, arg)
            if not found:
                continue
            if relation == "subject":
                participants.extend(found)
                if doc.tokens[head].lemma.lower() in lex.HOST_VERBS:
                    host.extend(m for m in found if m.kind != "country" or not location)
                elif doc.tokens[head].lemma.lower() in lex.HOLD_VERBS and location is not None:
                    host.extend(m for m in found if m.country in (None, location.country))
            elif relation == "agent" or (relation in lex.AGENT_WORDS and doc.tokens[head].pos == "VERB"):
                participants.extend(found)
                if doc.tokens[head].lemma.lower() in lex.HOST_VERBS:
                    host.extend(found)
            elif relation in ("passive", "object", "modifier") or relation in lex.WITH_WORDS:
                participants.extend(found)
    if tok.pos != "VERB":
        participants.extend(_noun_complements(ctx, tok))
    for head in heads:
        participants.extend(_with_complements(ctx, head))
    if location is not None and location.span is not None:
        participants = [m for m in participants if m.span.start != location.span.start]
    invited_by = _inviters(ctx, clause.i)
    participants.extend(invited_by)
    host.extend(invited_by)
    participants = _without_attributes(participants)
    kind = _kind(ctx, kind, tok, clause)
    if kind == "visit" and any(m.kind == "person" for m in participants):
        visited = [m for m in participants if m.kind == "country"]
        participants = [m for m in participants if m.kind != "country"]
        if location is None and visited:
            location = Location(name=visited[0].span.text, country=visited[0].country, span=visited[0].span)
    if not participants:
        return None
    hosts = [m for m in participants if m in host]
    date_mention = _nearest_date(ctx, tok, clause)
    date = None
    if date_mention is not None and date_mention.iso:
        date = MeetingDate(iso=date_mention.iso, text=date_mention.text, span=doc.span(date_mention.start, date_mention.end))
    return MeetingDraft(
        kind=kind,  # type: ignore[arg-type]
        trigger=doc.token_span(tok.i, tok.i),
        confidence=0.75 if len(participants) > 1 else 0.6,
        extractor=EXTRACTOR,
        participants=tuple(participants),
        host=hosts[0] if len(hosts) == 1 else None,
        date=date,
        location=location or ctx.dateline,
        topic=_topic(ctx, tok, clause),
    )


def _dateline(doc: Document) -> Location | None:
    """The place of a dateline opening the document ("Ottawa (Ontario) –", "GENEVA —")."""
    dash = next((t.i for t in doc.tokens[:DATELINE_TOKENS] if t.text in _DATELINE_DASHES or t.text[:1] in _DATELINE_DASHES), None)
    places = [e for e in doc.ents if e.start_token < DATELINE_TOKENS and place_country(e.text, doc.lang)]
    if dash is not None:
        places = [e for e in places if dash - DATELINE_PLACE_GAP <= e.start_token < dash]
    elif not places or places[0].start_token != 0:
        return None
    if not places:
        return None
    span = doc.span(places[0].start, places[0].end)
    return Location(name=span.text, country=place_country(span.text, doc.lang), span=span)


def _context(doc: Document, found: Any) -> _Context:
    """Mentions, dates and dateline of one document, indexed for the triggers."""
    mention_at: dict[int, Mention] = {}
    for mention in found.mentions:
        if isinstance(mention, Mention) and (tok := doc.token_at(mention.span.start)) is not None:
            mention_at.setdefault(tok.i, mention)
    dates = []
    for d in find_dates(doc.text, doc.lang, doc.published):
        tok = doc.token_at(d.start)
        if tok is not None:
            dates.append((tok.i, d))
    return _Context(doc, data(doc.lang, "meetings"), mention_at, dates, _dateline(doc))


def extract_meetings(doc: Document, found: Any, /) -> Iterator[MeetingDraft]:
    """Yield a draft for every meeting trigger with at least one named participant."""
    ctx = _context(doc, found)
    latest: dict[str, MeetingDraft] = {}
    for tok in doc.tokens:
        kind = _trigger_kind(doc, tok, ctx.lex)
        if kind is None:
            continue
        draft = _draft(ctx, tok, kind)
        if latest and _refers_back(doc, tok, ctx.lex):
            previous = latest.get(kind) or latest[next(reversed(latest))]
            draft = _continued(previous, draft, doc.token_span(tok.i, tok.i))
        if draft is not None:
            latest.pop(draft.kind, None)
            latest[draft.kind] = draft
            yield draft


def _refers_back(doc: Document, tok: Token, lex: ModuleType) -> bool:
    """True for a trigger noun with a demonstrative ("Ce dîner", "This meeting"): a meeting already reported."""
    return tok.pos != "VERB" and any(c.dep == "det" and c.lower in lex.DEMONSTRATIVES for c in doc.children(tok.i))


def _continued(previous: MeetingDraft, draft: MeetingDraft | None, trigger: Any) -> MeetingDraft:
    """The earlier meeting, with what a later sentence referring back to it adds."""
    if draft is None:
        return MeetingDraft(**{**previous.__dict__, "trigger": trigger})
    participants = tuple(dict.fromkeys((*previous.participants, *draft.participants)))
    return MeetingDraft(
        kind=previous.kind,
        trigger=trigger,
        confidence=max(previous.confidence, draft.confidence),
        extractor=EXTRACTOR,
        participants=participants,
        host=previous.host or draft.host,
        date=previous.date or draft.date,
        location=previous.location or draft.location,
        topic=previous.topic or draft.topic,
    )


MEETINGS_RULES_V1 = ExtractorSpec("meetings.rules.v1", extract_meetings, assigns="meetings", requires=("mentions",))
