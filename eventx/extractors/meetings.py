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
from functools import cache, cached_property
from types import ModuleType
from typing import Any

from eventx.document import Document, Token
from eventx.drafts import MeetingDraft, Mention
from eventx.lang import data
from eventx.models import Location, MeetingDate
from eventx.normalize.dates import DateMention, find_dates
from eventx.normalize.names import fold, is_acronym_of, name_tokens
from eventx.normalize.places import adjective_country, country_name, place_country
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
    dateline_date: DateMention | None
    """The date opening a dateline ("16 octobre 2012. -"), for meetings with no date of their own."""

    @cached_property
    def dates_by_sentence(self) -> dict[int, list[tuple[int, DateMention]]]:
        """The date expressions of each sentence, in document order."""
        grouped: dict[int, list[tuple[int, DateMention]]] = {}
        for k, d in self.dates:
            grouped.setdefault(self.doc.tokens[k].sent, []).append((k, d))
        return grouped


@cache
def _trigger_words(lex: ModuleType) -> frozenset[str]:
    """Every lemma or word that may report a meeting: other tokens are passed over without a closer look."""
    return frozenset({*lex.TRIGGER_VERBS, *lex.EXPECTED_VISIT_VERBS, *lex.TRIGGER_NOUNS})


def _trigger_kind(doc: Document, tok: Token, lex: ModuleType) -> str | None:
    """The kind of meeting a token reports, or None when it is no trigger."""
    lemma = tok.lemma.lower()
    if tok.i + 1 < len(doc.tokens) and doc.tokens[tok.i + 1].lower in lex.NOT_MEETING_AFTER.get(lemma, ()):
        return None
    if tok.pos == "VERB" and lemma in lex.TRIGGER_VERBS:
        if lemma in lex.REFLEXIVE_TRIGGERS and not any(c.lower in lex.REFLEXIVE_WORDS for c in doc.children(tok.i)):
            return None
        return lex.TRIGGER_VERBS[lemma]
    if tok.pos == "VERB" and lemma in lex.EXPECTED_VISIT_VERBS and _is_passive(doc, tok, lex) and _has_place_complement(doc, tok, lex):
        return "visit"
    if tok.pos in ("NOUN", "PROPN") and (lemma in lex.TRIGGER_NOUNS or tok.lower in lex.TRIGGER_NOUNS):
        following = doc.tokens[tok.i + 1 : tok.i + 3]
        if any(t.lower in lex.NOT_MEETING_NEXT for t in following):
            return None
        preceding = doc.tokens[tok.i - 1] if tok.i else None
        if preceding is not None and preceding.lower in lex.NOT_MEETING_NEXT:
            return None
        if _is_interview(doc, tok, lex):
            return None
        return lex.TRIGGER_NOUNS.get(lemma) or lex.TRIGGER_NOUNS[tok.lower]
    return None


def _is_interview(doc: Document, tok: Token, lex: ModuleType) -> bool:
    """True for a talk noun framing words said to a news outlet ("a déclaré M. Guterres à ONU Info lors
    d'un entretien avec ..."): an interview, not a meeting. Said to a person, it stays a meeting."""
    if tok.lemma.lower() not in lex.INTERVIEW_NOUNS and tok.lower not in lex.INTERVIEW_NOUNS:
        return False
    verb = doc.tokens[tok.head]
    if verb.pos == "ADV":
        verb = doc.tokens[verb.head]
    if verb.lemma.lower() not in data(doc.lang, "statements").SPEECH_VERBS:
        return False
    return any(c.ent == "ORG" and _case_word(doc, c.i) in lex.OUTLET_CASES for c in doc.children(verb.i))


def _is_passive(doc: Document, tok: Token, lex: ModuleType) -> bool:
    """True for a verb in the passive voice ("est attendu", "were represented")."""
    participle = tok.morph.get("VerbForm") == "Part"
    return any(
        c.dep in ("nsubj:pass", "nsubjpass", "aux:pass", "auxpass") or (participle and c.dep.startswith("aux") and c.lemma.lower() in lex.PASSIVE_AUXILIARIES)
        for c in doc.children(tok.i)
    )


def _has_place_complement(doc: Document, tok: Token, lex: ModuleType) -> bool:
    """True when a verb has a named place complement ("attendu à Alger", "expected in Moscow")."""
    for child in doc.children(tok.i):
        if child.dep == "prep" and child.lower in lex.PLACE_WORDS:
            if any(c.pos == "PROPN" for c in doc.children(child.i)):
                return True
        elif child.pos == "PROPN" and _case_word(doc, child.i) in lex.PLACE_WORDS:
            return True
    return False


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
    in_sentence = [(abs(k - tok.i), d) for k, d in ctx.dates_by_sentence.get(tok.sent, ()) if d.iso]
    in_clause = [(dist, d) for dist, d in in_sentence if lo <= ctx.doc.token_at(d.start).i <= hi]  # type: ignore[union-attr]
    for group in (in_clause, in_sentence):
        if group:
            return min(group, key=lambda pair: pair[0])[1]
    return None


def _place_of(ctx: _Context, i: int) -> Location | None:
    """A place written under token `i` (or starting there), with its country, when one is known."""
    doc = ctx.doc
    lo, hi = doc.subtree(i)
    entities = doc.entities_starting_at(i) + list(doc.entities_between(doc.tokens[lo].start, doc.tokens[hi].end))
    places: list[Location] = []
    for ent in entities:
        if ent.label not in _PLACE_LABELS:
            continue
        first = ent.start_token
        while first < ent.end_token - 1 and (doc.tokens[first].pos in ("DET", "ADP") or doc.tokens[first].lower in ("l'", "l’")):
            first += 1
        last = ent.end_token - 1
        while last + 1 < len(doc.tokens) and doc.tokens[last + 1].start == doc.tokens[last].end and (doc.tokens[last + 1].text == "-" or doc.tokens[last].text == "-"):
            last += 1
        named = doc.token_span(first, ent.end_token - 1)
        first, last = _with_region_qualifier(ctx, first, last)
        span = doc.token_span(first, last)
        code = place_country(span.text, doc.lang) or place_country(named.text, doc.lang)
        if code or ent.label == "LOC":
            places.append(Location(name=span.text, country=code, span=span))
    return next((place for place in places if place.country), places[0] if places else None)


def _with_region_qualifier(ctx: _Context, first: int, last: int) -> tuple[int, int]:
    """A place's tokens widened to a region adjective written beside it ("Chine continentale",
    "mainland China"): the most specific place is the region, not the whole country."""
    tokens, qualifiers = ctx.doc.tokens, ctx.lex.REGION_QUALIFIERS
    if last + 1 < len(tokens) and tokens[last + 1].lower in qualifiers:
        last += 1
    if first > 0 and tokens[first - 1].lower in qualifiers:
        first -= 1
    return first, last


def _place_starting(ctx: _Context, k: int, limit: int) -> Location | None:
    """A place whose name starts at token `k`, past an article or a region adjective ("to mainland China")."""
    doc = ctx.doc
    while k < limit and (doc.tokens[k].pos == "DET" or doc.tokens[k].lower in ctx.lex.REGION_QUALIFIERS):
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


def _is_party(ctx: _Context, i: int) -> bool:
    """True when an object can be a party met or received: a name, pronoun, title or meeting,
    not a thing ("reçoit la Défense", "met difficulties")."""
    tok = ctx.doc.tokens[i]
    titles = data(ctx.doc.lang, "participants").TITLE_HEADS
    return (
        tok.pos in ("PROPN", "PRON")
        or i in ctx.mention_at
        or tok.lemma.lower() in titles
        or tok.lower in titles
        or tok.lemma.lower() in ctx.lex.TRIGGER_NOUNS
        or tok.lemma.lower() in ctx.lex.GROUP_NOUNS
    )


_TITLE_REFERENCE_SENTENCES = 5
"""How many sentences back a bare title ("Le leader du Kuomintang") may refer to a person given that title."""


def _titled_antecedent(ctx: _Context, i: int, found: list[Mention]) -> list[Mention]:
    """The person a bare title stands for ("Le leader du Kuomintang avait rencontré"): the nearest person
    named before with the same title, and the same organisation or country when the title names one."""
    doc = ctx.doc
    tok = doc.tokens[i]
    titles = data(doc.lang, "participants").TITLE_HEADS
    head = tok.lemma.lower() if tok.lemma.lower() in titles else tok.lower
    if head not in titles:
        return []
    owners = {fold(m.span.text) for m in found} | {m.country for m in found if m.country}
    for k in range(i - 1, -1, -1):
        if tok.sent - doc.tokens[k].sent > _TITLE_REFERENCE_SENTENCES:
            break
        mention = ctx.mention_at.get(k)
        if mention is None or mention.kind != "person" or not mention.role or head not in fold(mention.role).split():
            continue
        if not owners or owners & {fold(mention.organization or ""), mention.country}:
            return [mention]
    return []


def _represented_countries(ctx: _Context, i: int) -> list[Mention]:
    """The countries of unnamed officials taking part ("divers responsables israéliens", "Turkish officials"),
    which stand for them: one mention per country adjective of a title or group noun."""
    doc = ctx.doc
    tok = doc.tokens[i]
    titles = data(doc.lang, "participants").TITLE_HEADS
    if not (tok.lemma.lower() in titles or tok.lower in titles or tok.lemma.lower() in ctx.lex.GROUP_NOUNS):
        return []
    return [
        Mention(doc.token_span(c.i, c.i), "country", 0.5, EXTRACTOR, country=code, name=country_name(code, doc.lang))
        for c in doc.children(i)
        if c.dep in ("amod", "compound") and (code := adjective_country(c.text, doc.lang))
    ]


def _controller_subjects(doc: Document, tok: Token) -> list[int]:
    """Subjects of the verb that controls a trigger without its own ("il devait déjeuner avec",
    "he looks forward to welcoming", "Poutine, après avoir rencontré ..., s'est entretenu")."""
    k = tok
    for _ in range(3):
        non_finite = k.morph.get("VerbForm") in ("Inf", "Part", "Ger")
        if non_finite and k.dep.startswith("acl") and any(c.dep == "mark" for c in doc.children(k.i)):
            return [k.head]
        clause_of_head = k.dep in ("xcomp", "pcomp", "conj") or (non_finite and k.dep.startswith("advcl"))
        if k.head == k.i or not (clause_of_head or k.pos == "ADP" or doc.tokens[k.head].pos == "ADP"):
            return []
        k = doc.tokens[k.head]
        subjects = [c for c in doc.children(k.i) if c.dep in ("nsubj", "nsubj:pass")]
        if subjects and subjects[0].morph.get("PronType") == "Rel" and k.dep.startswith("acl"):
            return [k.head]
        if subjects:
            return [c.i for c in subjects]
    return []


def _draft(ctx: _Context, tok: Token, kind: str) -> MeetingDraft | None:
    """The meeting reported by one trigger (without parties when none is named), or None when it is denied or no meeting."""
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
    if tok.pos == "VERB" and any(relation == "object" and not _is_party(ctx, arg) for relation, arg in _arguments(doc, tok.i)):
        return None
    arguments = [(head, relation, arg) for head in heads for relation, arg in _arguments(doc, head)]
    if tok.pos == "VERB" and not any(relation in ("subject", "passive") for _, relation, _ in arguments):
        arguments.extend((tok.i, "subject", arg) for arg in _controller_subjects(doc, tok))
    for head, relation, arg in arguments:
        if arg == tok.i:
            continue
        found = _mentions_under(ctx, arg, extend=relation in lex.WITH_WORDS or relation == "object")
        if not found and doc.tokens[arg].lower in lex.PERSONAL_PRONOUNS:
            found = _antecedent(ctx, arg)
        if not found or all(m.kind != "person" for m in found):
            found = _titled_antecedent(ctx, arg, found) or found
        if not found and (relation == "object" or relation in lex.WITH_WORDS):
            found = _represented_countries(ctx, arg)
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
        where = location.span
        participants = [m for m in participants if m.span.end <= where.start or m.span.start >= where.end]
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
    hosts = [m for m in participants if m in host]
    date_mention = _nearest_date(ctx, tok, clause) or ctx.dateline_date
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
    """The place of a dateline opening the document ("Ottawa (Ontario) –", "GENEVA —"), not a topic
    label ("Taïwan : ...")."""
    dash = next((t.i for t in doc.tokens[:DATELINE_TOKENS] if t.text[:1] in _DATELINE_DASHES and doc.text[t.start - 1 : t.start].isspace()), None)
    places = [e for e in doc.ents if e.start_token < DATELINE_TOKENS and place_country(e.text, doc.lang)]
    if dash is not None:
        places = [e for e in places if dash - DATELINE_PLACE_GAP <= e.start_token < dash]
    elif not places or places[0].start_token != 0 or doc.tokens[min(places[0].end_token, len(doc.tokens) - 1)].text == ":":
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
    return _Context(doc, data(doc.lang, "meetings"), mention_at, dates, _dateline(doc), _dateline_date(doc, dates))


def _dateline_date(doc: Document, dates: Sequence[tuple[int, DateMention]]) -> DateMention | None:
    """The first date of the document when a dateline dash follows it closely ("16 octobre 2012. -")."""
    for k, mention in dates:
        if k >= DATELINE_TOKENS:
            break
        end = doc.token_at(mention.end - 1)
        if mention.iso and end is not None and any(t.text in _DATELINE_DASHES for t in doc.tokens[end.i + 1 : end.i + 3]):
            return mention
    return None


def extract_meetings(doc: Document, found: Any, /) -> Iterator[MeetingDraft]:
    """Yield a draft for every meeting trigger with at least one named participant; later reports
    of a meeting already drafted ("Ce dîner a réuni", "the meeting", "X also attended") extend it."""
    ctx = _context(doc, found)
    latest: dict[str, MeetingDraft] = {}
    by_trigger: dict[int, MeetingDraft] = {}
    words = _trigger_words(ctx.lex)
    kinds = [_trigger_kind(doc, tok, ctx.lex) if tok.lower in words or tok.lemma.lower() in words else None for tok in doc.tokens]
    triggered_sentences = {tok.sent for tok, kind in zip(doc.tokens, kinds) if kind is not None}
    for tok, kind in zip(doc.tokens, kinds):
        if kind is None:
            if latest and tok.sent not in triggered_sentences and (joined := _joining(ctx, tok)):
                previous = latest[next(reversed(latest))]
                if _sentences_apart(doc, previous, tok) <= _REFERENCE_SENTENCES:
                    trigger = doc.token_span(tok.i, tok.i)
                    draft = _continued(previous, _bare(previous, joined, trigger), trigger)
                    latest[draft.kind] = draft
                    yield draft
            continue
        draft = _draft(ctx, tok, kind)
        previous = _reported_before(ctx, tok, draft, latest, by_trigger)
        if previous is not None:
            draft = _continued(previous, draft, doc.token_span(tok.i, tok.i))
        if draft is not None and draft.participants:
            by_trigger[tok.i] = draft
            latest.pop(draft.kind, None)
            latest[draft.kind] = draft
            yield draft


_REFERENCE_SENTENCES = 2
"""How many sentences back a definite trigger ("the meeting", "l'entretien") or a joining party may refer."""


def _sentences_apart(doc: Document, draft: MeetingDraft, tok: Token) -> int:
    """How many sentences lie between a draft's trigger and a token."""
    first = doc.token_at(draft.trigger.start)
    return tok.sent - first.sent if first is not None else len(doc.sents)


def _reported_before(
    ctx: _Context, tok: Token, draft: MeetingDraft | None, latest: dict[str, MeetingDraft], by_trigger: dict[int, MeetingDraft]
) -> MeetingDraft | None:
    """The meeting already drafted that a trigger reports again: the meeting noun a verb has as subject
    ("Ce dîner a réuni"), or the latest meeting for a demonstrative or a definite noun naming at most one party."""
    doc = ctx.doc
    if tok.pos == "VERB":
        return next(
            (by_trigger[c.i] for c in doc.children(tok.i) if c.i in by_trigger and (c.dep in _SUBJECTS or (c.dep.startswith("obl") and not _case_word(doc, c.i)))),
            None,
        )
    if not latest:
        return None
    previous = latest.get(_trigger_kind(doc, tok, ctx.lex) or "") or latest[next(reversed(latest))]
    if _refers_back(doc, tok, ctx.lex):
        return previous
    definite = tok.pos == "NOUN" and tok.text.islower() and any(c.dep == "det" and c.lower in ctx.lex.DEFINITE_ARTICLES for c in doc.children(tok.i))
    if not definite or _sentences_apart(doc, previous, tok) > _REFERENCE_SENTENCES:
        return None
    known = {fold(m.span.text) for m in previous.participants}
    new_parties = [] if draft is None else [m for m in draft.participants if fold(m.span.text) not in known]
    return previous if not new_parties or (previous.kind == "visit" and len(new_parties) == 1 and len(draft.participants) == 1) else None


def _joining(ctx: _Context, tok: Token) -> list[Mention]:
    """Parties a sentence without trigger says took part in a meeting ("X also attended", "Les Pays-Bas
    étaient également représentés"): the subjects of a joining verb, or the whole list opening its sentence."""
    doc, lex = ctx.doc, ctx.lex
    lemma = tok.lemma.lower()
    if tok.pos != "VERB" or lemma not in lex.JOIN_VERBS or (lemma in lex.PASSIVE_JOIN_VERBS and not _is_passive(doc, tok, lex)):
        return []
    start = doc.sents[tok.sent].start_token
    end = tok.i - 1
    while end > start and doc.tokens[end].pos in ("AUX", "ADV"):
        end -= 1
    if end > start and all(t.pos in _LIST_POS or t.text in _LIST_PUNCTUATION or t.lower in lex.LIST_LINKS for t in doc.tokens[start : end + 1]):
        return _mentions_in(ctx, start, end)
    return [m for c in doc.children(tok.i) if c.dep in _SUBJECTS for m in _mentions_under(ctx, c.i, extend=True)]


def _bare(previous: MeetingDraft, participants: list[Mention], trigger: Any) -> MeetingDraft:
    """A draft holding only parties that joined an earlier meeting."""
    return MeetingDraft(kind=previous.kind, trigger=trigger, confidence=previous.confidence, extractor=EXTRACTOR, participants=tuple(participants))


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
