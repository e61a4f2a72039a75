"""Event coding: what a statement does, as one of PLOVER's verbal categories.

The category comes from the cue verb ("condemned" → DISAPPROVE), a phrasal cue
("called for", "appelé à" → DEMAND), or the noun a light verb expresses
("expressed support" → SUPPORT). A neutral cue ("said") takes the category of the
main verb of what was said ("said it rejected the plan" → REJECT). Negation turns
an agreement into a rejection and any other act into a plain statement, and a
warning is a threat only when it announces consequences.
"""

from __future__ import annotations

from eventx.document import Document, Token
from eventx.lang import data
from eventx.models import Act, Span

_OBJECT_DEPS = frozenset({"obj", "dobj"})
_PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})
_CASE_DEPS = frozenset({"prep", "prt", "case", "mark", "obl:arg", "obl", "obl:mod"})
_NEGATION_DEPS = frozenset({"neg", "advmod"})


def _cue_verb(doc: Document, cue: Span) -> Token | None:
    """The verb that carries a cue: its first verb, else the head of its tokens."""
    tokens = list(doc.tokens_between(cue.start, cue.end))
    verbs = [t for t in tokens if t.pos == "VERB"]
    if verbs:
        return verbs[0]
    heads = [t for t in tokens if not cue.start <= doc.tokens[t.head].start < cue.end or t.is_root]
    return heads[0] if heads else None


def _main_verb(doc: Document, content: Span) -> Token | None:
    """The highest verb inside a span of content."""
    tokens = list(doc.tokens_between(content.start, content.end))
    inside = {t.i for t in tokens}
    for tok in tokens:
        if tok.pos in ("VERB", "AUX") and (tok.is_root or tok.head not in inside):
            return tok
    return next((t for t in tokens if t.pos == "VERB"), None)


def _is_negated(doc: Document, verb: Token, negations: frozenset[str]) -> bool:
    """True when the verb, or the auxiliary before it, carries a negation."""
    around = [*doc.children(verb.i)]
    if not verb.is_root:
        head = doc.tokens[verb.head]
        if head.pos == "AUX" or head.lemma in ("faire", "do"):
            around.extend(doc.children(head.i))
    return any(t.lower in negations and (t.dep in _NEGATION_DEPS or t.pos in ("PART", "ADV")) for t in around)


def _lexical_act(doc: Document, verb: Token) -> Act | None:
    """The category a verb gives by itself, with its particle or its expressed noun."""
    lexicon = data(doc.lang, "acts")
    dependents = doc.children(verb.i)
    for child in dependents:
        words = [child.lower, *(g.lower for g in doc.children(child.i) if g.dep in _CASE_DEPS)]
        for word in words:
            phrase_act = lexicon.ACT_BY_PHRASE.get((verb.lemma.lower(), word))
            if phrase_act:
                return phrase_act
    if verb.lemma.lower() in lexicon.LIGHT_VERBS:
        for child in dependents:
            if child.dep in _OBJECT_DEPS and child.lemma.lower() in lexicon.ACT_BY_OBJECT:
                return lexicon.ACT_BY_OBJECT[child.lemma.lower()]
    return lexicon.ACT_BY_LEMMA.get(verb.lemma.lower())


def _announces_consequences(doc: Document, verb: Token, content: Span) -> bool:
    """True when a warning's complement names consequences or a condition."""
    words = data(doc.lang, "acts").CONSEQUENCE_WORDS
    lo, hi = doc.subtree(verb.i)
    start, end = min(doc.tokens[lo].start, content.start), max(doc.tokens[hi].end, content.end)
    return any(t.lower in words or t.lemma.lower() in words for t in doc.tokens_between(start, end))


def _act_of_verb(doc: Document, verb: Token, content: Span) -> Act | None:
    """The category of one verb, negation and conditional threats taken into account."""
    lexicon = data(doc.lang, "acts")
    act = _lexical_act(doc, verb)
    if act == "THREATEN" and verb.lemma.lower() in lexicon.CONDITIONAL_THREATS:
        act = "THREATEN" if _announces_consequences(doc, verb, content) else None
    if act and _is_negated(doc, verb, lexicon.NEGATIONS):
        return "REJECT" if act == "AGREE" else "STATEMENT"
    return act


def _complement(doc: Document, noun: Token) -> Token | None:
    """The prepositional complement of a noun ("support for the talks" → "talks")."""
    for child in doc.children(noun.i):
        if child.dep == "prep":
            objects = [g for g in doc.children(child.i) if g.dep == "pobj"]
            if objects:
                return objects[0]
        if child.dep in ("nmod", "obl", "obl:arg") and child.i > noun.i:
            return child
    return None


def _target(doc: Document, verb: Token) -> Span | None:
    """Who the act is aimed at: the passive subject, the object, or the object of "on"/"à"."""
    dependents = doc.children(verb.i)
    chosen = next((c for c in dependents if c.dep in _PASSIVE_SUBJECT_DEPS), None)
    chosen = chosen or next((c for c in dependents if c.dep in _OBJECT_DEPS and c.pos in ("NOUN", "PROPN", "PRON")), None)
    if chosen is None:
        for child in dependents:
            objects = [g for g in doc.children(child.i) if g.dep == "pobj"]
            if child.dep == "prep" and objects:
                chosen = objects[0]
                break
    if chosen is None:
        clause = next((c for c in dependents if c.dep == "xcomp"), None)
        return _target(doc, clause) if clause is not None else None
    lexicon = data(doc.lang, "acts")
    if verb.lemma.lower() in lexicon.LIGHT_VERBS and chosen.lemma.lower() in lexicon.ACT_BY_OBJECT:
        chosen = _complement(doc, chosen)
        if chosen is None:
            return None
    entity = next((e for e in doc.ents if e.start <= chosen.start < e.end and e.label in ("PER", "ORG", "LOC", "MISC")), None)
    if entity is not None:
        return doc.span(entity.start, entity.end)
    first = min([chosen.i, *(doc.subtree(c.i)[0] for c in doc.children(chosen.i) if c.i < chosen.i)])
    return doc.token_span(first, chosen.i)


def code_act(doc: Document, cue: Span | None, content: Span) -> tuple[Act, Span | None]:
    """The PLOVER category of a statement and what it is aimed at.

    The cue decides when it carries a category; a neutral or missing cue leaves it to
    the main verb of the content.
    """
    verb = _cue_verb(doc, cue) if cue is not None else None
    act = _act_of_verb(doc, verb, content) if verb is not None else None
    if act is None:
        verb = _main_verb(doc, content)
        act = _act_of_verb(doc, verb, content) if verb is not None else None
    if verb is None or act is None or act == "STATEMENT":
        return "STATEMENT", None
    return act, _target(doc, verb)
