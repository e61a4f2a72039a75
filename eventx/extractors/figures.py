"""Rule-based figures extractor (French and English).

Amounts come from `eventx.normalize.numbers.find_amounts` on the raw text; this
module decides which of them are figures (not dates, years, durations, ages,
ordinals, labels or parties already named), reads the hedge around each, finds
the noun phrase it counts in the parse, and the category from that noun, its
modifiers or the verb that governs it (shared along coordination). Ranges give
two figures, at_least and at_most.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

from eventx.document import Document, Token
from eventx.lang import data
from eventx.models import Figure, Span
from eventx.normalize.numbers import Amount, find_amounts
from eventx.registry import ExtractorSpec

if TYPE_CHECKING:
    from eventx.pipeline import Findings

NAME = "figures.rules.v1"

_NOUNS = frozenset({"NOUN", "PROPN"})
_NOUN_MODIFIERS = frozenset({"amod", "compound", "flat", "flat:name", "nmod"})
_NUMBER_LINKS = frozenset({"nummod", "det", "amod", "compound", "quantmod", "nmod", "nummod:gov", "npadvmod"})
_ARGUMENT_LINKS = frozenset(
    {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj", "obl", "obl:arg", "obl:agent", "attr", "appos",
     "pobj", "root", "xcomp"}
)
_CLAUSE_LINKS = frozenset({"acl", "acl:relcl", "relcl", "amod", "advcl"})
_PLACE_OR_BODY = frozenset({"LOC", "ORG"})
_TIME_ENTITIES = frozenset({"DATE", "TIME", "ORDINAL"})
_GOVERNOR_ARGUMENTS = frozenset({"obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass", "xcomp", "acomp", "conj", "prt"})
_CASUALTIES = frozenset({"deaths", "injuries", "displaced", "detained"})
_YEARS = range(1000, 2101)
_ELLIPSIS_GAP = 5
"""Most tokens between an amount and a later bare number counting the same ("303 grands électeurs, soit 33 de plus")."""


@dataclass(frozen=True, slots=True)
class _Candidate:
    """An amount taken as a figure, with its tokens and what the parse says it counts."""

    amount: Amount
    first: Token
    last: Token
    noun: Token | None
    subject: Span | None
    category: str
    qualifier: str
    confidence: float
    partners: frozenset[int] | None
    """For "un"/"one": the coordinated numbers of which one must be a figure for this one to count."""


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """One language's figure tables, with the hedge patterns compiled."""

    table: ModuleType
    hedge_before: re.Pattern[str]
    hedge_after: re.Pattern[str]
    partitive_whole: re.Pattern[str]
    not_after: frozenset[str]
    counted_nouns: frozenset[str]
    category_nouns: frozenset[str]


def _phrases(phrases: Any) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


@cache
def _lexicon(lang: str) -> _Lexicon:
    """The figure tables of a language and the hedge patterns built from them, once."""
    table = data(lang, "figures")
    before = re.compile(rf"(?<![\w'’])(?:{_phrases(table.HEDGES)})\s*$", re.IGNORECASE)
    after = re.compile(rf"\s*(?:{_phrases(table.POST_HEDGES)})(?!\w)", re.IGNORECASE)
    partitive = re.compile(
        rf"(?:\d|(?<!\w)(?:{_phrases(table.ONE_WORDS)}))\s+(?:{_phrases(table.PARTITIVE_LINKS)})\s*$", re.IGNORECASE
    )
    not_after = table.LABEL_WORDS | table.MONTHS | table.AGE_WORDS
    category_nouns = frozenset().union(*table.CATEGORY_NOUNS.values())
    return _Lexicon(table, before, after, partitive, not_after, table.PEOPLE_NOUNS | category_nouns, category_nouns)


def _words(text: str) -> str:
    """Lower-cased text with runs of whitespace made single spaces."""
    return " ".join(text.lower().split())


def _neighbours(doc: Document, amount: Amount) -> tuple[Token, Token] | None:
    """First and last token of an amount, or None when it does not line up with tokens."""
    first = doc.token_at(amount.start)
    last = doc.token_at(amount.end - 1)
    if first is None or last is None:
        return None
    return first, last


def _token(doc: Document, i: int) -> Token | None:
    """The token at index i, or None outside the document."""
    return doc.tokens[i] if 0 <= i < len(doc.tokens) else None


def _is_year(amount: Amount, next_token: Token | None, lex: _Lexicon) -> bool:
    """A bare four-digit number in the range of years, not followed by what it would count."""
    if amount.in_words or amount.grouped or amount.kind != "count" or not amount.value.is_integer():
        return False
    if int(amount.value) not in _YEARS:
        return False
    return not (next_token is not None and _forms(next_token) & lex.counted_nouns)


def _excluded(doc: Document, amount: Amount, first: Token, last: Token, lex: _Lexicon) -> bool:
    """Whether the amount is a date, year, time, duration, age, label, size or party already named."""
    table = lex.table
    before = _token(doc, first.i - 1)
    after = _token(doc, last.i + 1)
    number = doc.token_at(amount.number_start) or first
    if amount.kind == "count" and amount.value == 0:
        return True
    if before is not None and _words(before.text) in lex.not_after:
        return True
    if after is not None and _words(after.text) in table.MONTHS:
        return True
    if amount.kind in {"percent", "money"}:
        return False
    if after is not None and (_words(after.text) in table.TIME_WORDS or after.lemma.lower() in table.TIME_WORDS):
        return True
    if number.ent in _TIME_ENTITIES:
        return True
    if amount.in_words and number.text[:1].isupper() and _glued(doc, before, number) and before.text[:1].isalpha():
        return True
    if before is not None and _words(before.text) in table.TIME_WORDS and _is_number(_token(doc, before.i - 1)):
        return True
    if before is not None and _words(before.text) in table.SINGULAR_ARTICLES:
        return True
    if _is_date_pair(doc, last, lex):
        return True
    if lex.partitive_whole.search(doc.text, max(0, amount.start - 30), amount.start):
        return True
    if before is not None and before.pos == "PROPN" and _glued(doc, before, first):
        return True
    if _is_year(amount, after, lex):
        return True
    return before is not None and _words(before.text) in table.DEFINITE_WORDS and amount.value <= 3


def _is_date_pair(doc: Document, last: Token, lex: _Lexicon) -> bool:
    """The first day of a pair of days ("les 9 et 10 mars", "du 9 au 10 mars")."""
    link, day, month = (_token(doc, last.i + k) for k in (1, 2, 3))
    return (
        link is not None
        and _words(link.text) in lex.table.DATE_LINKS
        and _is_number(day)
        and month is not None
        and _words(month.text) in lex.table.MONTHS
    )


def _glued(doc: Document, before: Token | None, tok: Token) -> bool:
    """Whether a token follows another in the same sentence with one space between ("résolution 1559")."""
    return before is not None and before.sent == tok.sent and doc.text[before.end : tok.start] == " "


def _is_number(tok: Token | None) -> bool:
    """Whether a token is a number."""
    return tok is not None and (tok.pos == "NUM" or tok.text.isdigit())


def _counted_noun(doc: Document, first: Token, last: Token, lex: _Lexicon) -> Token | None:
    """The noun the amount counts: its syntactic head after it, or the noun right after it."""
    inside = range(first.i, last.i + 1)
    for i in inside:
        tok = doc.tokens[i]
        head = doc.tokens[tok.head]
        if head.i not in inside and head.i > last.i and head.pos in _NOUNS and tok.dep in _NUMBER_LINKS:
            if head.sent == first.sent and head.i - last.i <= 4:
                return head
    j = last.i + 1
    while j < len(doc.tokens) and _words(doc.tokens[j].text) in lex.table.SCALE_LINKS | {"-"}:
        j += 1
    while j < len(doc.tokens) and j - last.i <= 2 and doc.tokens[j].pos == "ADJ":
        if _forms(doc.tokens[j]) & lex.counted_nouns:
            break
        j += 1
    nxt = _token(doc, j)
    if nxt is not None and nxt.sent == first.sent and (nxt.pos in _NOUNS or _forms(nxt) & lex.counted_nouns):
        return nxt
    return None


def _is_name_after_number(doc: Document, noun: Token, last: Token, lex: _Lexicon) -> bool:
    """A singular proper name right after a number: a name holding it ("10 Downing Street", "7 Eleven")."""
    following = doc.tokens[last.i + 1]
    return all(
        tok.pos == "PROPN" and not tok.text.lower().endswith("s") and not _forms(tok) & lex.counted_nouns
        for tok in (noun, following)
    )


def _has_complement(doc: Document, noun: Token) -> bool:
    """Whether a noun is made specific by a complement ("membres du personnel", "crew members")."""
    return any(
        (c.i > noun.i and (c.dep.startswith("nmod") or c.dep == "prep")) or c.dep == "compound"
        for c in doc.children(noun.i)
    )


def _subject_span(doc: Document, noun: Token, last: Token) -> Span:
    """The counted noun phrase: the noun with its modifiers between the number and it, and adjectives after."""
    start = noun.i
    while start - 1 > last.i and doc.tokens[start - 1].pos in {"ADJ", "NOUN", "PROPN"}:
        start -= 1
    end = noun.i
    while end + 1 < len(doc.tokens):
        nxt = doc.tokens[end + 1]
        if nxt.head == noun.i and nxt.dep in _NOUN_MODIFIERS and nxt.pos in {"ADJ", "PROPN", "NOUN"}:
            end += 1
        else:
            break
    return doc.token_span(start, end)


def _cue_category(words: set[str], lex: _Lexicon, *, nouns_only: bool = False) -> str | None:
    """The category named by any of the words, nouns first ("morts") then verbs ("tuer")."""
    for category, cues in lex.table.CATEGORY_NOUNS.items():
        if words & cues:
            return category
    if nouns_only:
        return None
    for category, cues in lex.table.CATEGORY_LEMMAS.items():
        if words & cues:
            return category
    return None


def _forms(tok: Token) -> set[str]:
    """The lower-cased text and lemma of a token."""
    return {tok.lower, tok.lemma.lower()}


def _governor(doc: Document, tok: Token) -> Token | None:
    """The verb or predicate whose argument the token is, following coordination to the first conjunct."""
    tok = doc.tokens[_conj_root(doc, tok)]
    if tok.is_root:
        return None
    head = doc.tokens[tok.head]
    if tok.dep == "pobj" and not head.is_root:
        head = doc.tokens[head.head]
    if tok.dep in _ARGUMENT_LINKS or tok.dep.startswith(("nsubj", "obj", "obl")):
        return head
    return None


def _category(doc: Document, amount: Amount, anchor: Token, noun: Token | None, lex: _Lexicon) -> tuple[str, bool]:
    """The figure's category and whether a cue gave it (rather than a default)."""
    if amount.kind == "percent":
        return "percentage", True
    if amount.kind == "money":
        return "money", True
    if amount.kind == "measure":
        return "other", True
    if noun is not None:
        found = _cue_category(_forms(noun) | _compounds(doc, noun), lex, nouns_only=True)
        if found:
            return found, True
    person = noun is None or bool(_noun_forms(doc, noun) & lex.table.PEOPLE_NOUNS) or _is_people_name(doc, noun)
    if person:
        found = _casualty_context(doc, noun or anchor, lex)
        if found:
            return found, True
    return ("people", True) if noun is not None and person else ("other", False)


def _noun_forms(doc: Document, noun: Token) -> set[str]:
    """The forms of a noun, with the word after a hyphen the tokenizer split off ("vices-ministres")."""
    forms = _forms(noun)
    hyphen, second = _token(doc, noun.i + 1), _token(doc, noun.i + 2)
    if hyphen is not None and second is not None and hyphen.text == "-" and second.start == hyphen.end == noun.end + 1:
        forms |= _forms(second) | {doc.text[noun.start : second.end].lower()}
    return forms


def _casualty_context(doc: Document, base: Token, lex: _Lexicon) -> str | None:
    """The category a count of people gets from its context: clauses on it, the noun or verb governing it."""
    words: set[str] = set()
    for child in doc.children(base.i):
        if child.dep in _CLAUSE_LINKS or child.dep in _NOUN_MODIFIERS:
            found = _verb_object_category(doc, child, lex)
            if found:
                return found
            words |= _forms(child)
    head = doc.tokens[base.head]
    if base.dep.startswith("nmod") or head.dep == "prep":
        words |= _forms(doc.tokens[head.head] if head.dep == "prep" else head)
    found = _cue_category(words, lex)
    if found:
        return found
    governor = _governor(doc, base)
    if governor is None:
        return None
    found = _verb_object_category(doc, governor, lex)
    if found:
        return found
    around: set[str] = set()
    for child in doc.children(governor.i):
        if child.dep in _GOVERNOR_ARGUMENTS:
            around |= _forms(child)
    return _cue_category(_forms(governor), lex) or _cue_category(around - _forms(base), lex)


def _verb_object_category(doc: Document, verb: Token, lex: _Lexicon) -> str | None:
    """The category a verb and one of its arguments give together ("a coûté la vie", "left their homes")."""
    for child in doc.children(verb.i):
        if child.dep not in _GOVERNOR_ARGUMENTS:
            continue
        objects = _forms(child) | _compounds(doc, child)
        for (verb_word, object_word), category in lex.table.CATEGORY_VERB_OBJECTS.items():
            if verb_word in _forms(verb) | _forms(child) and object_word in objects:
                return category
    return None


def _compounds(doc: Document, tok: Token) -> set[str]:
    """Lower-cased forms of a token's compound and adjective modifiers ("death" in "death toll")."""
    words: set[str] = set()
    for child in doc.children(tok.i):
        if child.dep in {"compound", "amod", "nmod"}:
            words |= _forms(child)
    return words


def _is_people_name(doc: Document, noun: Token) -> bool:
    """A capitalised plural right after its number, not a place or body: a people ("12 000 Palestiniens")."""
    before = _token(doc, noun.i - 1)
    return (
        noun.text[:1].isupper()
        and noun.ent not in _PLACE_OR_BODY
        and noun.text[-1:].lower() == "s"
        and _is_number(before)
    )


def _qualifier(doc: Document, amount: Amount, lex: _Lexicon) -> str:
    """The hedge written just before or just after the amount, exact when none."""
    window = doc.text[max(0, amount.start - 40) : amount.start]
    match = lex.hedge_before.search(window)
    if match:
        return lex.table.HEDGES[_words(match.group(0))]
    match = lex.hedge_after.match(doc.text, amount.end, min(len(doc.text), amount.end + 20))
    if match:
        return lex.table.POST_HEDGES[_words(match.group(0))]
    return "exact"


def _list_partners(doc: Document, first: Token, noun: Token | None, lex: _Lexicon) -> frozenset[int]:
    """Numbers coordinated with the amount's noun ("7 vices-ministres et un porte-parole"): what makes "un" a count."""
    base = noun or first
    related = [c for c in doc.children(base.i) if c.dep == "conj"]
    if base.dep == "conj":
        head = doc.tokens[base.head]
        related += [head, *(c for c in doc.children(head.i) if c.dep == "conj" and c.i != base.i)]
    return frozenset(
        c.i
        for t in related
        if not _forms(t) & lex.table.TIME_WORDS
        for c in [t, *doc.children(t.i)]
        if c.pos == "NUM"
    )


def _candidate(doc: Document, amount: Amount, lex: _Lexicon) -> _Candidate | None:
    """The amount as a figure with its noun, category and hedge, or None when it is not a figure."""
    ends = _neighbours(doc, amount)
    if ends is None:
        return None
    first, last = ends
    if _excluded(doc, amount, first, last, lex):
        return None
    anchor = next(
        (doc.tokens[i] for i in range(first.i, last.i + 1) if not first.i <= doc.tokens[i].head <= last.i),
        last,
    )
    noun = _counted_noun(doc, first, last, lex) if amount.kind == "count" else None
    if noun is not None and _forms(noun) & lex.table.NOT_COUNTED and not _has_complement(doc, noun):
        return None
    if noun is not None and _is_name_after_number(doc, noun, last, lex):
        return None
    category, cued = _category(doc, amount, anchor, noun, lex)
    partners: frozenset[int] | None = None
    if _words(doc.text[amount.number_start : amount.number_end]) in lex.table.ONE_WORDS:
        casualty = category in _CASUALTIES and noun is not None and _forms(noun) & lex.counted_nouns
        if lex.table.ONE_WORDS_ARE_ARTICLES or not casualty:
            partners = _list_partners(doc, first, noun, lex)
            if not partners:
                return None
    subject = _subject_span(doc, noun, last) if noun is not None else None
    confidence = 0.9 if cued else 0.7
    qualifier = _qualifier(doc, amount, lex)
    return _Candidate(amount, first, last, noun, subject, category, qualifier, confidence, partners)


def _link(doc: Document, left: _Candidate, right: _Candidate) -> str:
    """The words between two amounts, normalised."""
    return _words(doc.text[left.amount.end : right.amount.start])


def _range_opened(doc: Document, left: _Candidate, right: _Candidate, lex: _Lexicon) -> bool:
    """Whether two amounts of one sentence form a range ("entre 200 et 300", "40 to 50")."""
    if left.first.sent != right.first.sent:
        return False
    if left.amount.value >= right.amount.value:
        return False
    link = _link(doc, left, right)
    if link in lex.table.RANGE_LINKS:
        return True
    before = _words(doc.text[max(0, left.amount.start - 12) : left.amount.start]).split()
    opener = before[-1] if before else ""
    return link in lex.table.RANGE_OPENERS.get(opener, frozenset())


def _resolve_pairs(doc: Document, candidates: list[_Candidate], lex: _Lexicon) -> Iterator[_Candidate]:
    """Candidates with ranges ("entre 200 et 300", "40 to 50") made at_least and at_most."""
    skip = False
    for k, cand in enumerate(candidates):
        if skip:
            skip = False
            continue
        nxt = candidates[k + 1] if k + 1 < len(candidates) else None
        if nxt is None or nxt.first.sent != cand.first.sent:
            yield cand
            continue
        if _range_opened(doc, cand, nxt, lex):
            low = cand
            if cand.noun is None:
                amount = replace(cand.amount, kind=nxt.amount.kind, unit=nxt.amount.unit)
                low = replace(cand, noun=nxt.noun, subject=nxt.subject, category=nxt.category, amount=amount)
            yield replace(low, qualifier="at_least" if low.qualifier == "exact" else low.qualifier)
            yield replace(nxt, qualifier="at_most" if nxt.qualifier == "exact" else nxt.qualifier)
            skip = True
            continue
        yield cand


def _share_subjects(candidates: Iterator[_Candidate]) -> Iterator[_Candidate]:
    """Bare numbers take what the previous amount of their sentence counts ("33 de plus", "contre 1,2 milliard")."""
    previous: _Candidate | None = None
    for cand in candidates:
        if (
            cand.noun is None
            and cand.amount.kind == "count"
            and previous is not None
            and previous.noun is not None
            and previous.amount.kind == "count"
            and previous.first.sent == cand.first.sent
            and cand.first.i - max(previous.noun.i, previous.last.i) <= _ELLIPSIS_GAP
        ):
            cand = replace(cand, noun=previous.noun, subject=previous.subject, category=previous.category)
        elif (
            cand.noun is None
            and cand.amount.kind == "count"
            and previous is not None
            and previous.amount.kind in {"money", "percent"}
            and previous.first.sent == cand.first.sent
            and cand.first.i - previous.last.i <= _ELLIPSIS_GAP
        ):
            amount = replace(cand.amount, kind=previous.amount.kind, unit=previous.amount.unit)
            cand = replace(cand, amount=amount, category=previous.category)
        previous = cand
        yield cand


def _share_coordinated(doc: Document, candidates: list[_Candidate], lex: _Lexicon) -> list[_Candidate]:
    """Coordinated counts share a casualty category their verb gives ("one kidnapper and six soldiers were killed")."""
    groups: dict[int, str] = {}
    roots = []
    for cand in candidates:
        root = _conj_root(doc, cand.noun) if cand.noun is not None and cand.amount.kind == "count" else None
        roots.append(root)
        if root is not None and cand.category in _CASUALTIES and not _forms(cand.noun) & lex.category_nouns:
            groups.setdefault(root, cand.category)
    return [
        replace(cand, category=groups[root]) if root in groups and cand.category in {"people", "other"} else cand
        for cand, root in zip(candidates, roots, strict=True)
    ]


def _conj_root(doc: Document, tok: Token) -> int:
    """The first conjunct of the coordination holding a token (the token itself when not coordinated)."""
    for _ in range(50):
        if tok.dep != "conj" or tok.is_root:
            break
        tok = doc.tokens[tok.head]
    return tok.i


def extract_figures(doc: Document, found: Findings, /) -> Iterator[Figure]:
    """Yield the figures of the document: value, hedge, category, unit and what is counted."""
    lex = _lexicon(doc.lang)
    candidates = [c for a in find_amounts(doc.text, doc.lang) if (c := _candidate(doc, a, lex)) is not None]
    counted = {i for c in candidates if c.partners is None for i in range(c.first.i, c.last.i + 1)}
    candidates = [c for c in candidates if c.partners is None or c.partners & counted]
    for cand in _share_coordinated(doc, list(_share_subjects(_resolve_pairs(doc, candidates, lex))), lex):
        amount = cand.amount
        yield Figure(
            value=amount.value,
            qualifier=cand.qualifier,
            category=cand.category,
            unit=amount.unit,
            subject=cand.subject,
            span=doc.span(amount.start, amount.end),
            confidence=cand.confidence,
            extractor=NAME,
        )


FIGURES_RULES_V1 = ExtractorSpec(NAME, extract_figures, assigns="figures", requires=())
