"""Rule-based statements extractor (French and English).

Three sources of statements, each read from the parse and the language's lexicon:

- reported speech: a speech or cognition cue ("a souligné", "said", "called for",
  "mettre l'accent sur") whose complement is the content and whose subject is the
  speaker; a cue in an incise ("…, précise la source") attributes the clause before it;
- source phrases: "selon X", "d'après X", "according to X" attribute the rest of
  their sentence to X;
- direct quotes: text between quotation marks, attributed by a cue next to it
  (before, after, or an inverted incise inside it), or continuing the quote of
  the statement just before.

Speakers are emitted as `SpeakerRef`s: named speakers carry their mentions, other
references (pronouns, groups, titles, sources) are resolved later by
`eventx.speakers`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import product
from operator import attrgetter
from types import ModuleType
from typing import Any

from eventx.document import Document, Entity, Token
from eventx.drafts import Mention, SpeakerRef, StatementDraft
from eventx.lang import data
from eventx.models import Span, StatementMode
from eventx.normalize.places import adjective_country, country_code
from eventx.registry import ExtractorSpec

EXTRACTOR = "statements.rules.v1"

QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›", '"': '"'}
"""Opening quotation marks and the mark that closes each."""

_CLOSERS = frozenset(QUOTE_PAIRS.values())
_OPENER = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")
"""Any opening quotation mark: the quote scan jumps from one to the next."""
_SENTENCE_END = frozenset(".!?")
_BOUNDARY_MARKS = _SENTENCE_END | _CLOSERS
"""Marks after which a sentence may end: full stops, and closing quotation marks after one."""
_TOKEN_START = attrgetter("start")
"""A token's start offset, to find tokens by offset with a binary search."""
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "obj", "dobj", "obl:arg", "iobj", "attr", "oprd"})
_COMPLEMENT_DEPS = _CONTENT_DEPS | {"prep"}
"""Dependents of a cue that may hold what it reports."""
_PHRASE_CONTENT_DEPS = _CONTENT_DEPS | {"nmod", "pobj", "prep", "acl"}
"""Dependents of a phrasal cue's noun that may hold what the cue reports ("faire part [de …]")."""
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})
"""Parts of speech a cue can have: verbs, and nouns or adjectives the tagger gave to a verb form."""
_TAIL_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "prep", "xcomp", "ccomp", "obj", "dobj", "iobj", "dative", "npadvmod"})
_SUBJECT_DEPS = frozenset({"nsubj"})
_ADVERBIAL_DEPS = frozenset({"obl:mod", "npadvmod", "advcl"})
"""Adverbials that, set off by a comma after the content and followed by nothing else it reports, are left out of it."""
_EMBEDDED_CUE_DEPS = frozenset({"advcl", "acl", "conj"})
_OBJECT_DEPS = frozenset({"obj", "dobj", "iobj", "dative"})
_INVERTED_DEPS = frozenset({"nsubj", "obj", "dobj", "expl:subj", "nsubj:pass"})
_NAME_LINK_DEPS = frozenset({"appos", "conj", "flat", "flat:name", "compound", "nmod"})
_PASS_TO_HEAD_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "parataxis", "pcomp", "prep"})
_RELATIVE_DEPS = frozenset({"acl:relcl", "relcl"})
_CLAUSE_DEPS = frozenset({"acl:relcl", "relcl", "acl", "parataxis", "advcl"})
_ENTITY_KINDS = {"PER": "person", "ORG": "organization", "MISC": "organization", "LOC": "country"}
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_RELATIVE_PRONOUNS = frozenset({"qui", "who", "which", "that", "lequel", "laquelle"})
_MIN_QUOTE_WORDS = 3
_MAX_SENTENCE_TOKENS = 150
_MAX_QUOTE_CHARS = 3000
_CONTINUATION_SENTENCES = 2
_PHRASE_OBJECT_REACH = 8
_POSTPOSED_SUBJECT_REACH = 6
_HEADLINE_NAME_TOKENS = 6
_COLON_GAP_CHARS = 4
_COORDINATION_REACH = 4
_CUE_AFTER_QUOTE_CHARS = 200
_CUE_BEFORE_QUOTE_CHARS = 400


@dataclass(frozen=True)
class _Quote:
    """A quoted passage: its marks and the text between them."""

    open: int
    start: int
    end: int
    close: int
    """Offset just after the closing mark (the end of the paragraph when unclosed)."""


@cache
def _lexicon(lang: str) -> ModuleType:
    """The statements data of one language."""
    return data(lang, "statements")


@cache
def _cue_words(lang: str) -> frozenset[str]:
    """Every lemma a cue can have: speech verbs, phrasal cues and cues that need an object."""
    lex = _lexicon(lang)
    return frozenset(lex.SPEECH_VERBS) | frozenset(lex.CUE_PHRASES) | frozenset(lex.OBJECT_CUES)


@cache
def _inflected_cues(lang: str) -> dict[str, str]:
    """Inflected forms of the cue lemmas mapped to the lemma, as the language's verb endings give them.

    Where two endings give a form, the one listed first wins ("stressed" → "stress"
    only when "stresse" is no cue), so reading a form is one dictionary lookup.
    """
    forms: dict[str, str] = {}
    for ending, replacement in reversed(_lexicon(lang).VERB_ENDINGS):
        for lemma in _cue_words(lang):
            if lemma.endswith(replacement):
                forms[lemma[: len(lemma) - len(replacement)] + ending] = lemma
    return forms


@cache
def _phrase_prefixes(phrases: frozenset[str]) -> frozenset[str]:
    """Every beginning of the phrases, with either apostrophe: a token no phrase starts with is rejected in one lookup."""
    straight = {phrase.replace("’", "'") for phrase in phrases}
    return frozenset(variant for phrase in straight for k in range(1, len(phrase) + 1) for variant in _apostrophe_variants(phrase[:k]))


def _apostrophe_variants(text: str) -> Iterator[str]:
    """The text with each of its straight apostrophes written either way ("d'" and "d’")."""
    parts = text.split("'")
    for marks in product("'’", repeat=len(parts) - 1):
        yield parts[0] + "".join(mark + part for mark, part in zip(marks, parts[1:]))


def _quotes(text: str) -> list[_Quote]:
    """Quoted passages, paired inside each paragraph; an unclosed mark runs to its paragraph's end."""
    quotes: list[_Quote] = []
    offset = 0
    for paragraph in text.split("\n"):
        k = 0
        while (found := _OPENER.search(paragraph, k)) is not None:
            k = found.start()
            mark = paragraph[k]
            closer = QUOTE_PAIRS[mark]
            if mark == '"' and k + 1 < len(paragraph) and paragraph[k + 1].isspace() and k > 0 and not paragraph[k - 1].isspace():
                k += 1
                continue
            close = paragraph.find(closer, k + 1)
            if close < 0 and mark == closer and k > 0 and not (paragraph[k - 1].isspace() or paragraph[k - 1] in ":("):
                k += 1
                continue
            end = close if close >= 0 else len(paragraph)
            if end - k <= _MAX_QUOTE_CHARS:
                quotes.append(_Quote(offset + k, offset + k + 1, offset + end, offset + min(end + 1, len(paragraph))))
            k = end + 1
        offset += len(paragraph) + 1
    return [_trimmed(text, q) for q in quotes if text[q.start : q.end].strip()]


def _trimmed(text: str, quote: _Quote) -> _Quote:
    """The quote with the spaces just inside its marks left out."""
    start, end = quote.start, quote.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return _Quote(quote.open, start, end, quote.close)


class _Reader:
    """The document with the lookups every rule needs."""

    def __init__(self, doc: Document) -> None:
        """Read the document's lexicon and pair its quotation marks once."""
        self.doc = doc
        self.lex = _lexicon(doc.lang)
        self.quotes = _quotes(doc.text)
        self._quote_opens = [q.open for q in self.quotes]
        self._quote_starts = [q.start for q in self.quotes]
        self._inflected_cues = _inflected_cues(doc.lang)
        self._children: dict[int, list[Token]] = {}
        self._cue_lemmas: dict[int, str] = {}

    def quotes_starting_between(self, first: int, last: int) -> list[_Quote]:
        """The quotes whose words start between two offsets, both included."""
        return self.quotes[bisect_left(self._quote_starts, first) : bisect_right(self._quote_starts, last)]

    def quote_at(self, offset: int) -> _Quote | None:
        """The quote whose marks enclose an offset."""
        k = bisect_right(self._quote_opens, offset) - 1
        if k >= 0 and self.quotes[k].open <= offset < self.quotes[k].close:
            return self.quotes[k]
        return None

    def ents_within(self, lo: int, hi: int) -> list[Entity]:
        """The entities lying inside tokens lo..hi, in text order."""
        if hi < lo:
            return []
        return list(self.doc.entities_between(self.tok(lo).start, self.tok(hi).end))

    def tok(self, i: int) -> Token:
        """Token by index."""
        return self.doc.tokens[i]

    def children(self, t: Token) -> list[Token]:
        """Syntactic dependents of a token, looked up once per token (callers never change the list)."""
        children = self._children.get(t.i)
        if children is None:
            children = self._children[t.i] = self.doc.children(t.i)
        return children

    def is_cue(self, t: Token) -> bool:
        """True for a speech or cognition cue verb (alone or with the noun or particle it needs)."""
        return self._cues[t.i]

    @cached_property
    def _cues(self) -> list[bool]:
        """Whether each token is a cue, decided once: the rules ask about the same tokens again and again."""
        words, inflected = _cue_words(self.doc.lang), self._inflected_cues
        return [
            t.pos in _CUE_POS and (t.lower in inflected or t.lemma.lower() in words) and self._reads_as_cue(t)
            for t in self.doc.tokens
        ]

    @cached_property
    def candidates(self) -> list[Token]:
        """The tokens that are cues or may open a source phrase, in text order: no other token starts a statement."""
        openers = _phrase_prefixes(self.lex.SOURCE_PREPOSITIONS) | _phrase_prefixes(self.lex.OPINION_PREPOSITIONS)
        return [t for t, cue in zip(self.doc.tokens, self._cues) if cue or t.lower in openers]

    @cached_property
    def possible_cuts(self) -> list[int]:
        """Indices of the tokens where a content may end: commas and colons, words opening a participle clause, and cues."""
        cut_words = self.lex.GERUND_MARKERS | {",", ":"}
        return [
            t.i for t, cue in zip(self.doc.tokens, self._cues)
            if t.lower in cut_words or t.pos == "PRON" and t.dep != "nsubj" or cue
        ]

    def _reads_as_cue(self, t: Token) -> bool:
        """True for a token whose lemma may be a cue's when its part of speech and dependents make it one."""
        if t.pos not in ("VERB", "AUX") and not (t.pos == "NOUN" and t.dep == "root") and not self._verbal(t):
            return False
        lemma = self.cue_lemma(t)
        if lemma in self.lex.SPEECH_VERBS:
            return t.pos != "AUX"
        needed = self.lex.CUE_PHRASES.get(lemma)
        if needed and any(c.lemma.lower() in needed or c.lower in needed for c in self.children(t)):
            return True
        if needed and self.adjacent_phrase_word(t, needed) is not None:
            return True
        objects = self.lex.OBJECT_CUES.get(lemma)
        return bool(objects) and any(c.dep in _OBJECT_DEPS and c.lemma.lower() in objects for c in self.children(t))

    def adjacent_phrase_word(self, t: Token, needed: frozenset[str]) -> Token | None:
        """The word a phrasal cue needs right after it, whatever the parser hung it on ("fait part", "called for")."""
        for j in range(t.i + 1, min(t.i + 3, len(self.doc.tokens))):
            word = self.tok(j)
            if word.lower in needed or word.lemma.lower() in needed:
                return word
            if word.pos != "DET":
                return None
        return None

    def cue_lemma(self, t: Token) -> str:
        """The lemma of a possible cue; for a verb the tagger mislemmatised or took for a noun, the cue its ending gives.

        Participles and present forms are often tagged NOUN or ADJ or given a wrong lemma
        ("se sont félicités" → "félicité", "raconte" → "racont", "reconnait" → "reconner").
        Read once per token: the rules ask it about the same cue several times.
        """
        lemma = self._cue_lemmas.get(t.i)
        if lemma is None:
            lemma = t.lemma.lower()
            if t.pos != "AUX" and lemma not in self.lex.SPEECH_VERBS and (t.pos == "VERB" or self._verbal(t)):
                lemma = self._inflected_cues.get(t.lower, lemma)
            self._cue_lemmas[t.i] = lemma
        return lemma

    def _verbal(self, t: Token) -> bool:
        """True for a noun or adjective used as a verb: the root or a clause with a subject, or after an auxiliary."""
        if t.pos not in ("NOUN", "ADJ"):
            return False
        children = self.children(t)
        if any(c.dep == "cop" or c.pos == "DET" for c in children):
            return False
        with_auxiliary = any(c.i < t.i and (c.dep.startswith("aux") or c.dep == "expl:comp") for c in children)
        return with_auxiliary or (t.dep == "root" and any(c.dep in _SUBJECT_DEPS for c in children))

    def unsaid(self, t: Token) -> bool:
        """True when the cue reports nothing said: negated ("n'a pas dit", "did not say"), still to come ("dira",
        "will consider") or only the aim of an act ("les voyages pour plaider la cause du pays")."""
        if t.morph.get("Tense") == "Fut" or (t.morph.get("VerbForm") == "Inf" and any(c.lower in self.lex.PURPOSE_MARKERS for c in self.children(t) if c.dep in ("mark", "case"))):
            return True
        if any(c.lower in self.lex.NEGATIONS or c.dep == "neg" or c.lower in self.lex.FUTURE_AUXILIARIES for c in self.children(t)):
            return True
        shared = self.children(self.tok(t.head)) if t.dep == "conj" else []
        return any(c.dep.startswith("aux") and c.lower in self.lex.FUTURE_AUXILIARIES for c in shared)

    def sentence_bounds(self, t: Token) -> tuple[int, int]:
        """First and last token of the sentence holding a token, by its punctuation and paragraphs.

        The parser's sentences are not used: it cuts sentences at quotation marks.
        """
        ends = self._sentence_ends
        k = bisect_left(ends, t.i)
        first = ends[k - 1] + 1 if k else 0
        return max(first, t.i - _MAX_SENTENCE_TOKENS), min(ends[k], t.i + _MAX_SENTENCE_TOKENS)

    @cached_property
    def _sentence_ends(self) -> list[int]:
        """Indices of the last token of each sentence, in text order (the document's last token among them).

        A sentence ends at a paragraph break, at a full stop outside quotes, or at a
        closing mark right after a full stop.
        """
        tokens = self.doc.tokens
        ends = {t.i for t in tokens if t.text in _BOUNDARY_MARKS and self._closes_sentence(t)}
        ends.update(self._paragraph_ends())
        ends.add(len(tokens) - 1)
        return sorted(ends)

    def _closes_sentence(self, mark: Token) -> bool:
        """True for a full stop outside quotes, or a closing quotation mark right after a full stop."""
        if mark.text in _SENTENCE_END:
            return self.quote_at(mark.start) is None
        return mark.i > 0 and self.tok(mark.i - 1).text in _SENTENCE_END

    def _paragraph_ends(self) -> Iterator[int]:
        """Indices of the tokens followed by a line break before the next token."""
        tokens, text = self.doc.tokens, self.doc.text
        offset = text.find("\n")
        while offset >= 0:
            k = bisect_right(tokens, offset, key=_TOKEN_START) - 1
            if 0 <= k < len(tokens) - 1 and tokens[k].end <= offset:
                yield k
            offset = text.find("\n", offset + 1)


def extract_statements(doc: Document, found: Any, /, *, min_quote_words: int = _MIN_QUOTE_WORDS) -> Iterator[StatementDraft]:
    """Yield the statements of the document: reported speech, source phrases and direct quotes."""
    if not doc.tokens:
        return
    reader = _Reader(doc)
    drafts: list[StatementDraft] = []
    used_quotes: set[_Quote] = set()
    for t in reader.candidates:
        if reader.is_cue(t) and not reader.unsaid(t):
            drafts.extend(_reported(reader, t, used_quotes))
        elif t.pos in ("ADP", "VERB") or t.dep in ("case", "prep"):
            draft = _source_phrase(reader, t, used_quotes)
            if draft is not None:
                drafts.append(draft)
    drafts = _without_overlaps(drafts)
    drafts.extend(_direct_quotes(reader, _Found(drafts), used_quotes, min_quote_words))
    yield from sorted(drafts, key=lambda d: d.content.start)


class _Found:
    """Statements found so far, indexed by content start and by cue start.

    Each new candidate is compared only with the contents that can reach it and the
    statements of its own cue, not with every statement of the document.
    """

    def __init__(self, drafts: Sequence[StatementDraft] = ()) -> None:
        self.drafts: list[StatementDraft] = []
        self._starts: list[int] = []
        self._contents: list[Span] = []
        self._longest = 0
        self._by_cue: dict[int, list[StatementDraft]] = {}
        for draft in drafts:
            self.add(draft)

    def add(self, draft: StatementDraft) -> None:
        """Record a statement."""
        content = draft.content
        self.drafts.append(draft)
        at = bisect_right(self._starts, content.start)
        self._starts.insert(at, content.start)
        self._contents.insert(at, content)
        self._longest = max(self._longest, content.end - content.start)
        if draft.cue is not None:
            self._by_cue.setdefault(draft.cue.start, []).append(draft)

    def overlap(self, span: Span) -> float:
        """The largest share of `span` or of a found content covered by the other."""
        reach = range(bisect_left(self._starts, span.start - self._longest), bisect_left(self._starts, span.end))
        return max((_overlap(span, self._contents[k]) for k in reach), default=0.0)

    def with_cue_at(self, start: int) -> list[StatementDraft]:
        """The statements whose cue starts at a character offset, in the order found."""
        return self._by_cue.get(start, [])


def _without_overlaps(drafts: list[StatementDraft]) -> list[StatementDraft]:
    """Drop an incise or source statement whose content repeats a statement already found."""
    kept = _Found()
    for draft in sorted(drafts, key=lambda d: -d.confidence):
        if kept.overlap(draft.content) <= 0.5:
            kept.add(draft)
    return kept.drafts


def _overlap(a: Span, b: Span) -> float:
    """Share of the shorter span covered by the other."""
    inter = min(a.end, b.end) - max(a.start, b.start)
    return inter / max(1, min(a.end - a.start, b.end - b.start)) if inter > 0 else 0.0


def _reported(reader: _Reader, cue: Token, used_quotes: set[_Quote]) -> Iterator[StatementDraft]:
    """The statement a cue verb introduces, direct when its complement is a quote."""
    doc = reader.doc
    inside = reader.quote_at(cue.start)
    if inside is not None and not _inverted_incise(reader, cue):
        return
    lex = reader.lex
    if inside is not None:
        speaker = _speaker(reader, cue)
        if speaker is not None and inside not in used_quotes:
            used_quotes.add(inside)
            content = doc.span(inside.start, inside.end)
            yield StatementDraft(content, "direct", 0.75, EXTRACTOR, cue=_cue_span(reader, cue), speaker=speaker)
        return
    if reader.tok(max(_verb_group_start(reader, cue) - 1, 0)).text in _CLOSERS:
        return
    complement = _complement(reader, cue)
    if complement is None:
        return
    first, last = complement
    if reader.cue_lemma(cue) in lex.POSITION_VERBS and not _states_position(reader, first, last):
        return
    speaker = _speaker(reader, cue)
    if speaker is None:
        return
    content, mode = _quoted(reader, doc.token_span(first, last), used_quotes)
    if not content.text.strip():
        return
    confidence = 0.8 if speaker.kind == "name" else 0.7
    yield StatementDraft(content, mode, confidence, EXTRACTOR, cue=_cue_span(reader, cue), speaker=speaker)


def _quoted(reader: _Reader, content: Span, used_quotes: set[_Quote]) -> tuple[Span, StatementMode]:
    """The content itself when it is one quote (its words, mode direct); quotes inside it are used up."""
    quote = reader.quote_at(content.start) or reader.quote_at(max(content.start - 2, 0))
    mode: StatementMode = "indirect"
    if quote is not None and quote.end >= content.end - 2 and quote.start <= content.start + 2 and quote not in used_quotes:
        content = reader.doc.span(quote.start, quote.end)
        mode = "direct"
    for q in reader.quotes_starting_between(content.start, content.end + 2):
        if q.end <= content.end + 2 or (mode == "direct" and q.start == content.start):
            used_quotes.add(q)
    return content, mode


def _inverted_incise(reader: _Reader, cue: Token) -> bool:
    """True for an inverted incise inside a quote ("…, a-t-il déploré. …")."""
    return any(c.dep in _INVERTED_DEPS and c.text.startswith("-") for c in reader.children(cue))


def _complement(reader: _Reader, cue: Token) -> tuple[int, int] | None:
    """First and last token of what the cue reports, or None when it reports nothing."""
    lex = reader.lex
    children = reader.children(cue)
    needed = lex.CUE_PHRASES.get(reader.cue_lemma(cue), frozenset())
    phrase_nouns = {c.i for c in children if (c.lemma.lower() in needed or c.lower in needed)}
    adjacent = reader.adjacent_phrase_word(cue, needed) if needed else None
    if adjacent is not None and adjacent.head != cue.i and adjacent.pos in ("NOUN", "PROPN"):
        found = _phrase_object(reader, cue, adjacent)
        if found is not None:
            return found
    inverted_subjects = {c.i for c in children if c.dep in _INVERTED_DEPS and c.i > cue.i and _inverted_subject(reader, cue, c)}
    if inverted_subjects:
        return _incise_content(reader, cue)
    addressed = reader.cue_lemma(cue) in lex.ADDRESSEE_VERBS
    right = [
        c for c in children
        if c.i > cue.i and c.i not in phrase_nouns and c.dep in _COMPLEMENT_DEPS and not reader.is_cue(c)
        and not (addressed and c.dep in _OBJECT_DEPS) and not (c.dep == "obl:arg" and c.pos in ("PROPN", "PRON"))
    ]
    right += _prepositional_complements(reader, cue, children)
    right += [c for c in children if c.i > cue.i and c.dep == "advcl" and any(g.dep == "mark" and g.lower in needed for g in reader.children(c))]
    right = [c for c in right if c.dep != "prep" or c.lower in needed or c.lemma.lower() in needed or _introduces(reader, cue, c)] or [
        c for c in children if c.dep == "prep" and c.i in phrase_nouns and c.i > cue.i
    ]
    if cue.lemma.lower() in needed or not right:
        right = right or [g for c in children if c.i in phrase_nouns for g in reader.children(c) if g.i > c.i and g.dep in _PHRASE_CONTENT_DEPS]
    if right:
        clauses = [c for c in right if c.dep == "ccomp"]
        start_tok = min(clauses or right, key=lambda c: c.i)
        lo, hi = reader.doc.subtree(start_tok.i)
        set_off = hi
        for c in children:
            extends = c.dep in _TAIL_DEPS or (c.dep == "conj" and c.pos not in ("VERB", "AUX"))
            if c.i > start_tok.i and extends and not reader.is_cue(c):
                c_lo, c_hi = reader.doc.subtree(c.i)
                after_comma = reader.tok(c_lo - 1).text == ","
                adverbial = c.dep in _ADVERBIAL_DEPS and reader.tok(c_lo).lower not in reader.lex.COMPLEMENT_PREPOSITIONS
                if c_lo > hi and (adverbial and after_comma or set_off > hi and not after_comma):
                    set_off = max(set_off, c_hi)
                else:
                    hi = max(hi, set_off, c_hi)
        lo = max(lo, cue.i + 1)
        if start_tok.pos in ("NOUN", "PROPN") and start_tok.dep in _OBJECT_DEPS:
            hi = _coordinated_tail(reader, lo, hi)
        return _clean_range(reader, lo, hi)
    nouns = sorted(i for i in phrase_nouns if i > cue.i)
    return (_phrase_object(reader, cue, reader.tok(nouns[0])) if nouns else None) or _incise_content(reader, cue)


def _coordinated_tail(reader: _Reader, lo: int, hi: int) -> int:
    """The end of a nominal content with the nouns coordinated to it that the parser hung elsewhere ("a condamné X, la Y et Z")."""
    doc = reader.doc
    k = hi + 1
    if k + 1 >= len(doc.tokens) or reader.tok(k).text != ",":
        return hi
    for j in range(k + 1, min(k + _COORDINATION_REACH, len(doc.tokens))):
        t = reader.tok(j)
        if t.dep == "conj" and t.pos in ("NOUN", "PROPN") and not lo <= t.head <= hi and doc.subtree(j)[0] in (k, k + 1):
            return doc.subtree(j)[1]
        if t.pos not in ("DET", "ADJ", "PUNCT"):
            return hi
    return hi


def _phrase_object(reader: _Reader, cue: Token, noun: Token) -> tuple[int, int] | None:
    """What a phrasal cue reports when the parser hung it elsewhere: from the preposition its noun takes ("fait part [de …]")."""
    allowed = reader.lex.PREPOSITIONAL_CUES.get(noun.lemma.lower())
    if not allowed:
        return None
    _, last = reader.sentence_bounds(cue)
    for j in range(noun.i + 1, min(last, noun.i + _PHRASE_OBJECT_REACH) + 1):
        t = reader.tok(j)
        if t.text in _SENTENCE_END or t.text == ";":
            return None
        if t.lower in allowed:
            top = t
            while not top.is_root and top.head != cue.i and top.head > cue.i:
                top = reader.tok(top.head)
            return _clean_range(reader, j, max(j, min(last, reader.doc.subtree(top.i)[1])))
    return None


def _introduces(reader: _Reader, cue: Token, preposition: Token) -> bool:
    """True when a preposition introduces the content of a prepositional cue ("insisted on")."""
    return preposition.lower in reader.lex.PREPOSITIONAL_CUES.get(reader.cue_lemma(cue), frozenset())


def _prepositional_complements(reader: _Reader, cue: Token, children: Sequence[Token]) -> list[Token]:
    """Prepositional phrases a cue takes as content ("a appelé [au rejet]"), whatever label the parser gave."""
    allowed = reader.lex.PREPOSITIONAL_CUES.get(reader.cue_lemma(cue))
    if not allowed:
        return []
    return [
        c for c in children
        if c.i > cue.i and c.dep.startswith("obl") and c.pos == "NOUN"
        and any(g.dep == "case" and g.lower in allowed for g in reader.children(c))
    ]


def _incise_content(reader: _Reader, cue: Token) -> tuple[int, int] | None:
    """The clause before an incise cue ("…, précise la source"; "…, he said"), if the cue is one."""
    doc = reader.doc
    if _perfect_participle(reader, cue):
        return None
    first, _ = reader.sentence_bounds(cue)
    k = _verb_group_start(reader, cue) - 1
    before = reader.tok(k)
    subject_after = any(c.dep in _INVERTED_DEPS and c.i > cue.i for c in reader.children(cue))
    subject_before = [c for c in reader.children(cue) if c.dep in _SUBJECT_DEPS and c.i < cue.i]
    if before.text != "," or k <= first:
        left_ccomp = [c for c in reader.children(cue) if c.dep == "ccomp" and c.i < cue.i]
        if not left_ccomp:
            return None
        return _clean_range(reader, *doc.subtree(left_ccomp[0].i))
    if subject_before and not subject_after:
        if not (reader.tok(subject_before[0].i - 1).text == "," and subject_before[0].i - 1 > first):
            return None
        k = subject_before[0].i - 1
    lo = first
    for j in range(k - 1, first - 1, -1):
        if reader.tok(j).text in (":", ";"):
            lo = j + 1
            break
    if reader.tok(k - 1).text in _CLOSERS or not any(t.morph.get("VerbForm") == "Fin" for t in doc.tokens[lo:k]):
        return None
    return _clean_range(reader, lo, k - 1)


def _clean_range(reader: _Reader, lo: int, hi: int) -> tuple[int, int] | None:
    """A token range without leading subordinator or punctuation, trailing punctuation or incise."""
    lex = reader.lex
    while lo <= hi and (reader.tok(lo).pos == "PUNCT" and reader.tok(lo).text not in QUOTE_PAIRS or reader.tok(lo).lower in lex.SUBORDINATORS):
        lo += 1
    stops = reader.possible_cuts
    for j in stops[bisect_right(stops, lo) : bisect_right(stops, hi)]:
        t = reader.tok(j)
        if t.text in (",", ":") and j < hi and (_cue_follows(reader, j + 1, hi) or _participle_follows(reader, j + 1)):
            hi = j - 1
            break
        if t.text == ":" and j < hi and reader.tok(j + 1).text in QUOTE_PAIRS:
            hi = j - 1
            break
        if j < hi and (t.lower in lex.GERUND_MARKERS or t.pos == "PRON" and t.dep != "nsubj") and _is_present_participle(reader.tok(j + 1)):
            hi = j - 1
            break
        if reader.is_cue(t) and t.dep in _EMBEDDED_CUE_DEPS and lo < t.head <= hi:
            cut = _verb_group_start(reader, t)
            while cut > lo and reader.tok(cut - 1).dep in ("mark", "case"):
                cut -= 1
            hi = cut - 1
            break
    while hi >= lo and (reader.tok(hi).pos == "PUNCT" and reader.tok(hi).text not in _CLOSERS or reader.tok(hi).text in ("(", "«", "“")):
        hi -= 1
    if hi < lo:
        return None
    return lo, hi


def _cue_follows(reader: _Reader, k: int, hi: int) -> bool:
    """True when a cue starts a new clause at token `k` (after its auxiliaries, clitics or "en")."""
    for j in range(k, min(k + 4, hi + 1)):
        t = reader.tok(j)
        if reader.is_cue(t):
            return True
        function_word = t.pos in ("ADP", "ADV", "AUX", "SCONJ", "PART") or t.dep.startswith(("aux", "expl", "mark"))
        if not (function_word or t.lower in reader.lex.SUBJECT_PRONOUNS):
            return False
    return False


def _is_present_participle(t: Token) -> bool:
    """True for a present participle or gerund verb ("voyant", "soulignant")."""
    form = t.morph.get("VerbForm")
    return t.pos == "VERB" and (form == "Ger" or form == "Part" and t.morph.get("Tense") == "Pres")


def _participle_follows(reader: _Reader, k: int) -> bool:
    """True when a present participle or gerund clause starts at token `k` ("…, y voyant un signe")."""
    for j in range(k, min(k + 3, len(reader.doc.tokens))):
        t = reader.tok(j)
        if t.pos == "VERB":
            return t.morph.get("VerbForm") == "Ger" or (t.morph.get("VerbForm") == "Part" and t.morph.get("Tense") == "Pres")
        if t.pos not in ("PRON", "ADP", "ADV"):
            return False
    return False


def _states_position(reader: _Reader, first: int, last: int) -> bool:
    """True when a topic verb's object states a position ("la nécessité de", "the importance of")."""
    return any(reader.tok(j).lemma.lower() in reader.lex.POSITION_NOUNS for j in range(first, min(first + 4, last + 1)))


def _cue_span(reader: _Reader, cue: Token) -> Span:
    """The cue as written: its auxiliaries and the noun or particle it needs ("ont mis l'accent sur")."""
    lo = hi = cue.i
    needed = reader.lex.CUE_PHRASES.get(reader.cue_lemma(cue), frozenset())
    for c in reader.children(cue):
        if (c.dep.startswith("aux") and c.i < cue.i and c.i >= cue.i - 4) or (c.dep == "expl:comp" and c.i == cue.i - 1):
            lo = min(lo, c.i)
        if (c.lemma.lower() in needed or c.lower in needed) and c.i > cue.i:
            hi = max(hi, c.i)
            hi = max([hi] + [g.i for g in reader.children(c) if g.dep in ("case", "prep") and g.i > c.i and g.i <= c.i + 2])
    adjacent = reader.adjacent_phrase_word(cue, needed) if needed else None
    if adjacent is not None:
        hi = max(hi, adjacent.i)
    return reader.doc.token_span(lo, hi)


def _speaker(reader: _Reader, cue: Token, depth: int = 0) -> SpeakerRef | None:
    """Who utters what the cue reports, from its subject, inverted subject or governing clause."""
    children = reader.children(cue)
    children = [c for c in children if not c.text.startswith("-") or c.lower in reader.lex.SUBJECT_PRONOUNS]
    subject = next((c for c in children if c.dep in _SUBJECT_DEPS and c.i < cue.i), None) or next(
        (c for c in children if c.dep == "expl:subj" and c.i < cue.i and c.lower in reader.lex.SUBJECT_PRONOUNS), None
    )
    if subject is None:
        subject = next((c for c in children if c.i > cue.i and c.text.startswith("-") and c.lower in reader.lex.SUBJECT_PRONOUNS), None)
    if subject is None:
        subject = next((c for c in children if c.dep in _INVERTED_DEPS and c.i > cue.i and _inverted_subject(reader, cue, c)), None)
    if subject is None:
        subject = next((c for c in children if c.dep in _SUBJECT_DEPS), None)
    if subject is None:
        subject = _fronted_subject(reader, cue, children)
    if subject is None:
        subject = _postposed_subject(reader, cue)
    if subject is not None and subject.lower in _RELATIVE_PRONOUNS and cue.dep in _RELATIVE_DEPS:
        return _relative_antecedent(reader, reader.tok(cue.head))
    if subject is None:
        governing = _speaker(reader, reader.tok(cue.head), depth + 1) if cue.dep in _PASS_TO_HEAD_DEPS and not cue.is_root and depth < 3 else None
        return governing or _absolute_subject(reader, cue)
    return _speaker_ref(reader, subject)


def _perfect_participle(reader: _Reader, cue: Token) -> bool:
    """True for a cue in the perfect participle ("ayant estimé", "having said"), which opens a clause and never closes an incise."""
    return any(c.dep.startswith("aux") and c.i < cue.i and c.morph.get("VerbForm") in ("Part", "Ger") for c in reader.children(cue))


def _absolute_subject(reader: _Reader, cue: Token) -> SpeakerRef | None:
    """The name just before a perfect participle cue set off by a comma ("…, le Premier ministre, Frank Hsieh, ayant estimé que")."""
    if not _perfect_participle(reader, cue):
        return None
    k = _verb_group_start(reader, cue) - 1
    if k < 1 or reader.tok(k).text != ",":
        return None
    return _entity_ending_at(reader, k)


def _entity_ending_at(reader: _Reader, end_token: int) -> SpeakerRef | None:
    """A named speaker whose entity ends just before a token (a comma closing an apposition or incise)."""
    named = next((e for e in reader.doc.ents if e.end_token == end_token and e.label in _ENTITY_KINDS), None)
    if named is None:
        return None
    span = _entity_span(reader, named)
    return SpeakerRef(span, "name", mentions=(Mention(span, _ENTITY_KINDS[named.label], 0.6, EXTRACTOR),))  # type: ignore[arg-type]


def _fronted_subject(reader: _Reader, cue: Token, children: Sequence[Token]) -> Token | None:
    """The subject the parser gave to a participle set off before the cue ("X, arrivée deuxième, a refusé")."""
    for c in children:
        if c.i < cue.i and c.dep in ("advcl", "acl"):
            subject = next((g for g in reader.children(c) if g.dep in _SUBJECT_DEPS and g.i < c.i), None)
            if subject is not None and subject.lower not in _RELATIVE_PRONOUNS and reader.quote_at(subject.start) is None:
                return subject
    return None


def _postposed_subject(reader: _Reader, cue: Token) -> Token | None:
    """The named subject after a cue that follows a quote ("« … » déclare à l'AFP Jean Dupont")."""
    k = _verb_group_start(reader, cue) - 1
    if k < 0 or reader.tok(k).text not in _CLOSERS:
        return None
    _, last = reader.sentence_bounds(cue)
    for j in range(cue.i + 1, min(last, cue.i + _POSTPOSED_SUBJECT_REACH) + 1):
        t = reader.tok(j)
        if t.text in QUOTE_PAIRS or t.text in _SENTENCE_END or t.pos in ("VERB", "SCONJ"):
            return None
        if t.ent == "PER" and not (j > 0 and reader.tok(j - 1).ent == "PER") and reader.tok(j - 1).pos != "ADP":
            return t
    return None


def _relative_antecedent(reader: _Reader, head: Token) -> SpeakerRef | None:
    """The speaker a relative clause hangs on; for an apposition naming nobody, the name it follows ("X, le successeur de Y, qui a dit")."""
    speaker = _speaker_ref(reader, head)
    if speaker is not None or head.dep != "appos":
        return speaker
    k = reader.doc.subtree(head.i)[0] - 1
    if k < 0 or reader.tok(k).text != ",":
        return None
    return _entity_ending_at(reader, k)


def _inverted_subject(reader: _Reader, cue: Token, candidate: Token) -> bool:
    """True when a nominal after the cue is its inverted subject: an incise cue ending its clause."""
    if candidate.text.startswith("-"):
        return True
    if candidate.pos not in _NOMINAL or candidate.lower in reader.lex.FIRST_PERSON:
        return False
    if any(c.dep in _SUBJECT_DEPS and c.i < cue.i for c in reader.children(cue)):
        return False
    _, hi = reader.doc.subtree(candidate.i)
    nxt = reader.tok(hi + 1) if hi + 1 < len(reader.doc.tokens) else None
    if not (nxt is None or nxt.pos == "PUNCT"):
        return False
    k = _verb_group_start(reader, cue) - 1
    return k >= 0 and reader.tok(k).text in (",", *_CLOSERS)


def _verb_group_start(reader: _Reader, cue: Token) -> int:
    """Index of the first token of the cue's verb group (auxiliaries, clitics and adverbs before it)."""
    k = cue.i
    while k > 0 and (reader.tok(k - 1).dep.startswith(("aux", "expl")) or reader.tok(k - 1).pos in ("AUX", "ADV", "PART")):
        k -= 1
    return k


def _speaker_ref(reader: _Reader, head: Token) -> SpeakerRef | None:
    """A speaker reference from the head of the subject phrase, or None for vague speakers."""
    lex = reader.lex
    doc = reader.doc
    lo, hi = _phrase_range(reader, head)
    span = doc.token_span(lo, hi)
    lower = head.lower
    if head.pos == "PRON" or lower in lex.SUBJECT_PRONOUNS:
        if lower in lex.SUBJECT_PRONOUNS:
            plural, _ = lex.SUBJECT_PRONOUNS[lower]
            return SpeakerRef(doc.span(head.start + head.text.startswith("-"), head.end), "pronoun", plural=plural)
        if head.lower in lex.FIRST_PERSON:
            return None
        if head.morph.get("Number") == "Plur" and head.lemma.lower() not in _RELATIVE_PRONOUNS:
            return SpeakerRef(span, "group", plural=True)
        return None
    mentions = _name_mentions(reader, head, lo, hi)
    if mentions:
        return SpeakerRef(span, "name", plural=len(mentions) > 1, mentions=tuple(mentions))
    lemma = head.lemma.lower()
    dets = [c.lower for c in reader.children(head) if c.dep in ("det", "det:poss", "poss")]
    plural = head.morph.get("Number") == "Plur" or head.pos == "NUM"
    named = _named_by(reader, head)
    if named is not None:
        return SpeakerRef(span, "name", mentions=(named,))
    if head.lemma.lower() in lex.ANAPHORIC_HEADS or head.lower in lex.ANAPHORIC_HEADS:
        return SpeakerRef(span, "pronoun", plural=head.morph.get("Number") == "Plur")
    if any(d in lex.INDEFINITE_DETERMINERS for d in dets) and lemma not in lex.SOURCE_NOUNS:
        return None
    if lemma in lex.SOURCE_NOUNS:
        author = _source_author(reader, head)
        if author is not None:
            return _organization_ref(reader, span, author)
        if plural and (not dets or any(d in lex.INDEFINITE_DETERMINERS for d in dets)):
            return None
        return SpeakerRef(span, "description")
    if lemma in lex.ORGANIZATION_NOUNS and not plural or lemma in lex.ORGANIZATION_NOUNS and dets:
        return _organization_ref(reader, span, _described_organization(reader, head))
    if plural and (lemma in lex.GROUP_NOUNS or lower in lex.GROUP_NOUNS or lemma in lex.TITLE_NOUNS):
        return SpeakerRef(span, "group", plural=True)
    if lemma in lex.TITLE_NOUNS or lower in lex.TITLE_NOUNS:
        return SpeakerRef(span, "title")
    return None


def _named_by(reader: _Reader, head: Token) -> Mention | None:
    """The name a description is given by a naming participle ("a group called the Movement for …")."""
    for c in reader.children(head):
        if c.dep in ("acl", "amod") and c.lemma.lower() in reader.lex.NAMING_VERBS:
            lo, hi = reader.doc.subtree(c.i)
            named = next((e for e in reader.ents_within(lo, hi) if e.label in _ENTITY_KINDS), None)
            if named is not None:
                return Mention(_entity_span(reader, named), _ENTITY_KINDS[named.label], 0.6, EXTRACTOR)  # type: ignore[arg-type]
    return None


def _phrase_range(reader: _Reader, head: Token) -> tuple[int, int]:
    """The subject phrase without the clauses hanging on it (relative clauses, incises)."""
    lo, hi = head.i, head.i
    for c in reader.children(head):
        if c.dep in _CLAUSE_DEPS or c.pos == "VERB":
            continue
        c_lo, c_hi = reader.doc.subtree(c.i)
        lo, hi = min(lo, c_lo), max(hi, c_hi)
    while hi > lo and reader.tok(hi).pos == "PUNCT":
        hi -= 1
    while lo < hi and reader.tok(lo).pos == "PUNCT":
        lo += 1
    return lo, hi


def _name_mentions(reader: _Reader, head: Token, lo: int, hi: int) -> list[Mention]:
    """Named speakers in the subject phrase: people first, else organisations or places."""
    doc = reader.doc
    spine = _spine(reader, head)
    ents = [e for e in reader.ents_within(lo, hi) if e.label in _ENTITY_KINDS]
    ents = [e for e in ents if any(e.start_token <= i < e.end_token for i in spine)]
    people = [e for e in ents if e.label == "PER"]
    lex = reader.lex
    if people:
        chosen = people
    elif head.pos == "PROPN" or any(e.start_token <= head.i < e.end_token for e in ents):
        chosen = [e for e in ents if e.start_token <= head.i < e.end_token and not (head.lemma.lower() in lex.TITLE_NOUNS and e.label == "ORG" and head.pos == "NOUN")]
        if not chosen and head.pos == "PROPN" and head.text[:1].isupper() and head.lemma.lower() not in lex.TITLE_NOUNS and head.lower not in lex.TITLE_NOUNS:
            lo_name = hi_name = head.i
            for c in reader.children(head):
                if c.dep in ("flat", "flat:name", "compound") and c.pos == "PROPN":
                    lo_name, hi_name = min(lo_name, c.i), max(hi_name, c.i)
            return [Mention(doc.token_span(lo_name, hi_name), "person", 0.5, EXTRACTOR)]
    else:
        chosen = [e for e in ents if reader.tok(e.start_token).dep in ("appos", "conj") or reader.tok(e.end_token - 1).dep in ("appos", "conj")]
    chosen = [e for e in chosen if not _only_title_words(reader, e)]
    role = _role(reader, head) if people else None
    return [
        Mention(_entity_span(reader, e), _ENTITY_KINDS[e.label], 0.7, EXTRACTOR, role=role if e.label == "PER" else None)  # type: ignore[arg-type]
        for e in chosen
    ]


def _entity_span(reader: _Reader, entity: Entity) -> Span:
    """An entity's text without the determiner some models include ("the Saudi Interior Ministry")."""
    first = entity.start_token
    while first < entity.end_token - 1 and reader.tok(first).pos == "DET":
        first += 1
    return reader.doc.token_span(first, entity.end_token - 1)


def _only_title_words(reader: _Reader, entity: Entity) -> bool:
    """True for an "entity" that is only a title ("Secrétaire général"), which names nobody."""
    words = [t for t in reader.doc.tokens[entity.start_token : entity.end_token] if t.pos not in ("DET", "ADP", "PUNCT")]
    titles = reader.lex.TITLE_NOUNS
    return all(t.lower in titles or t.lemma.lower() in titles for t in words)


def _spine(reader: _Reader, head: Token) -> set[int]:
    """Tokens linked to the head of a phrase as its name, apposition or coordination."""
    spine = {head.i}
    stack = [head]
    while stack:
        t = stack.pop()
        for c in reader.children(t):
            if c.dep in _NAME_LINK_DEPS and c.i not in spine:
                if c.dep == "nmod" and c.pos != "PROPN" and not c.ent:
                    continue
                lemma = t.lemma.lower()
                if c.dep == "nmod" and lemma not in reader.lex.TITLE_NOUNS and lemma not in reader.lex.SOURCE_NOUNS and t.pos != "PROPN":
                    continue
                spine.add(c.i)
                stack.append(c)
    return spine


def _role(reader: _Reader, head: Token) -> str | None:
    """The title written before a person's name in the subject ("le ministre des Affaires étrangères")."""
    if head.lemma.lower() not in reader.lex.TITLE_NOUNS and head.lower not in reader.lex.TITLE_NOUNS:
        return None
    hi = head.i
    for c in reader.children(head):
        if c.i > head.i and c.dep in ("nmod", "amod", "compound") and not (c.ent == "PER"):
            hi = max(hi, reader.doc.subtree(c.i)[1])
    return reader.doc.token_span(head.i, hi).text


def _source_author(reader: _Reader, head: Token) -> Mention | None:
    """The organisation or person who issued a written source ("un communiqué du ministère")."""
    for c in reader.children(head):
        if c.dep in ("nmod", "prep", "poss", "compound", "amod") and c.i != head.i:
            target = c
            if c.dep == "prep":
                target = next((g for g in reader.children(c) if g.dep == "pobj"), None)
                if target is None:
                    continue
            ent = next((e for e in reader.doc.ents if e.start_token <= target.i < e.end_token and e.label in _ENTITY_KINDS), None)
            if ent is not None:
                return Mention(_entity_span(reader, ent), _ENTITY_KINDS[ent.label], 0.6, EXTRACTOR)  # type: ignore[arg-type]
            if target.lemma.lower() in reader.lex.ORGANIZATION_NOUNS:
                return _described_organization(reader, target)
    return None


def _described_organization(reader: _Reader, head: Token) -> Mention:
    """An organisation named by description ("le ministère russe des Affaires étrangères")."""
    lo, hi = _phrase_range(reader, head)
    while lo < head.i and (reader.tok(lo).dep in ("det", "det:poss", "case") or reader.tok(lo).pos in ("DET", "ADP")):
        lo += 1
    return Mention(reader.doc.token_span(lo, hi), "organization", 0.5, EXTRACTOR)


def _organization_ref(reader: _Reader, span: Span, author: Mention) -> SpeakerRef:
    """A speaker written as an organisation: by its name, or by a description with no name and no
    country in it ("le parti écologiste", "les autorités locales"), which stands for a body named
    before, or for none."""
    lang = reader.doc.lang
    words = reader.doc.tokens_between(author.span.start, author.span.end)
    if author.kind != "organization" or any(t.text[:1].isupper() or adjective_country(t.text, lang) or country_code(t.text, lang) for t in words):
        return SpeakerRef(span, "name", mentions=(author,))
    plural = any(t.morph.get("Number") == "Plur" and t.lemma.lower() in reader.lex.ORGANIZATION_NOUNS for t in words)
    return SpeakerRef(span, "description", plural=plural, mentions=(author,))


def _source_phrase(reader: _Reader, t: Token, used_quotes: set[_Quote]) -> StatementDraft | None:
    """A statement attributed by "selon X", "d'après X", "according to X" or a leading "Pour X,"."""
    lex = reader.lex
    phrase_end = _phrase_match(reader, t, lex.SOURCE_PREPOSITIONS)
    opinion = phrase_end is None
    if opinion:
        phrase_end = _phrase_match(reader, t, lex.OPINION_PREPOSITIONS)
    if phrase_end is None:
        return None
    first, last = reader.sentence_bounds(t)
    if opinion and not (t.i == first or reader.tok(t.i - 1).text == ":"):
        return None
    if reader.quote_at(t.start) is not None:
        return None
    head = _object_head(reader, t.i, phrase_end)
    if head is None:
        return None
    lo, hi = _phrase_range(reader, head)
    lo = phrase_end + 1
    speaker = _speaker_ref(reader, head) or _named_source(reader, head, lo, hi)
    if speaker is None or (opinion and speaker.kind not in ("name", "pronoun")):
        return None
    if opinion and (hi + 1 > last or reader.tok(hi + 1).text != ","):
        return None
    speaker = SpeakerRef(reader.doc.token_span(lo, hi), speaker.kind, speaker.plural, speaker.mentions)
    left = (first, t.i - 1)
    right = (hi + 1, last)
    candidates = [r for r in (_clean_range(reader, *left) if left[1] >= left[0] else None, _clean_range(reader, *right) if right[1] >= right[0] else None) if r]
    if not candidates:
        return None
    content_lo, content_hi = max(candidates, key=lambda r: r[1] - r[0])
    if content_hi - content_lo < 2:
        return None
    content, mode = _quoted(reader, reader.doc.token_span(content_lo, content_hi), used_quotes)
    return StatementDraft(content, mode, 0.75, EXTRACTOR, cue=reader.doc.token_span(t.i, phrase_end), speaker=speaker)


def _named_source(reader: _Reader, head: Token, lo: int, hi: int) -> SpeakerRef | None:
    """A source phrase that names its source anywhere inside ("selon la chaîne BFM TV")."""
    dets = {c.lower for c in reader.children(head) if c.dep in ("det", "det:poss", "poss")}
    if dets & reader.lex.INDEFINITE_DETERMINERS:
        return None
    ents = [e for e in reader.ents_within(lo, hi) if e.label in _ENTITY_KINDS]
    if not ents:
        return None
    mentions = tuple(Mention(_entity_span(reader, e), _ENTITY_KINDS[e.label], 0.6, EXTRACTOR) for e in ents[:1])  # type: ignore[arg-type]
    return SpeakerRef(reader.doc.token_span(lo, hi), "name", mentions=mentions)


def _phrase_match(reader: _Reader, t: Token, phrases: frozenset[str]) -> int | None:
    """Index of the last token of a source phrase starting at `t`, if one does."""
    if t.lower not in _phrase_prefixes(phrases):
        return None
    text = t.lower
    k = t.i
    for _ in range(3):
        if text in phrases:
            return k
        if k + 1 >= len(reader.doc.tokens):
            return None
        nxt = reader.tok(k + 1)
        text = text + ("" if text.endswith(("'", "’")) else " ") + nxt.lower
        text = text.replace("’", "'")
        k += 1
    return None


def _object_head(reader: _Reader, start: int, phrase_end: int) -> Token | None:
    """The nominal whose phrase follows a source phrase ("selon [un communiqué du ministère]")."""
    best: Token | None = None
    limit = min(len(reader.doc.tokens), phrase_end + 8)
    for j in range(phrase_end + 1, limit):
        c = reader.tok(j)
        if c.pos not in _NOMINAL:
            continue
        lo, _ = reader.doc.subtree(j)
        if start <= lo <= phrase_end + 1 and (best is None or reader.doc.subtree(j)[1] > reader.doc.subtree(best.i)[1]):
            best = c
    return best


def _direct_quotes(reader: _Reader, found: _Found, used: set[_Quote], min_words: int) -> Iterator[StatementDraft]:
    """Statements for quotes not yet attributed: by a cue next to them, or continuing the last speaker.

    Each statement yielded joins `found`, so later quotes are compared with it too.
    """
    for draft in _quote_drafts(reader, found, used, min_words):
        found.add(draft)
        yield draft


def _quote_drafts(reader: _Reader, found: _Found, used: set[_Quote], min_words: int) -> Iterator[StatementDraft]:
    """The statements of `_direct_quotes`, before they join the ones found."""
    doc = reader.doc
    known = deque(sorted(found.drafts, key=lambda d: d.content.start))
    previous: StatementDraft | None = None
    for quote in reader.quotes:
        while known and known[0].content.start < quote.start:
            previous = known.popleft()
        if quote in used:
            continue
        quoted = doc.span(quote.start, quote.end)
        if found.overlap(quoted) > 0.5:
            continue
        inner = doc.tokens_between(quote.start, quote.end)
        words = [t for t in inner if t.pos != "PUNCT"]
        if len(words) < min_words:
            continue
        cue = _adjacent_cue(reader, quote)
        if cue is not None and _continues_clause(reader, cue, quote, found):
            continue
        if cue is not None:
            speaker = _speaker(reader, cue)
            if speaker is not None:
                opening = _sentence_opening_quote(reader, quote, cue)
                start = quote.start
                if opening is not None and opening not in used and not found.overlap(doc.span(opening.start, opening.end)) > 0:
                    start = opening.start
                    used.add(opening)
                draft = StatementDraft(doc.span(start, quote.end), "direct", 0.75, EXTRACTOR, cue=_cue_span(reader, cue), speaker=speaker)
                previous = draft
                used.add(quote)
                yield draft
                continue
        headline = _headline_attribution(reader, quote)
        if headline is not None:
            speaker, colon = headline
            previous = StatementDraft(doc.span(quote.start, quote.end), "direct", 0.6, EXTRACTOR, cue=colon, speaker=speaker)
            used.add(quote)
            yield previous
            continue
        if previous is not None and previous.speaker is not None and _starts_sentence(reader, quote) and words[0].text[:1].isupper():
            last_token = doc.token_at(previous.content.end - 1)
            window = _CONTINUATION_SENTENCES if previous.mode == "direct" else 1
            if last_token is not None and words[0].sent - last_token.sent <= window:
                draft = StatementDraft(doc.span(quote.start, quote.end), "direct", 0.5, EXTRACTOR, speaker=previous.speaker)
                previous = draft
                used.add(quote)
                yield draft


def _sentence_opening_quote(reader: _Reader, quote: _Quote, cue: Token) -> _Quote | None:
    """An earlier quote opening the sentence whose cue comes after both quotes ("« A », la question est « B », affirme-t-il")."""
    if cue.start < quote.close:
        return None
    first, _ = reader.sentence_bounds(cue)
    while first < cue.i and reader.tok(first).pos == "PUNCT" and reader.tok(first).text not in QUOTE_PAIRS:
        first += 1
    opening = reader.quote_at(reader.tok(first).start)
    if opening is None or opening == quote or opening.open != reader.tok(first).start or opening.close > quote.open:
        return None
    return opening


def _adjacent_cue(reader: _Reader, quote: _Quote) -> Token | None:
    """A cue attributing a quote: after it in its sentence, inverted inside it, or before it up to the sentence start."""
    doc = reader.doc
    inner = doc.tokens_between(quote.start, quote.end)
    for t in inner:
        if reader.is_cue(t) and _inverted_incise(reader, t):
            return t
    after = doc.tokens_between(quote.close, quote.close + _CUE_AFTER_QUOTE_CHARS)
    for t in after[:8]:
        if t.text in _SENTENCE_END or reader.quote_at(t.start) is not None or "\n" in doc.text[quote.close : t.start]:
            break
        if reader.is_cue(t) and not reader.unsaid(t):
            return t
        if t.pos == "VERB":
            break
    before = doc.tokens_between(max(0, quote.open - _CUE_BEFORE_QUOTE_CHARS), quote.open)
    for t in reversed(before[-25:]):
        if t.text in _SENTENCE_END or t.text in _CLOSERS or "\n" in doc.text[t.end : quote.open]:
            break
        if reader.is_cue(t) and not reader.unsaid(t):
            return t
    return None


def _continues_clause(reader: _Reader, cue: Token, quote: _Quote, found: _Found) -> bool:
    """True when a quote ends the reported clause its cue already gave ("ont décrit X comme « … »"): not a statement of its own."""
    for draft in found.with_cue_at(_cue_span(reader, cue).start):
        if draft.content.end <= quote.open:
            between = reader.doc.text[draft.content.end : quote.open]
            return not any(mark in between for mark in ":;.!?\n")
    return False


def _headline_attribution(reader: _Reader, quote: _Quote) -> tuple[SpeakerRef, Span] | None:
    """The name and colon that open a headline or line before its quote ("Barack Obama : « … »")."""
    doc = reader.doc
    before = doc.tokens_between(max(0, quote.open - _COLON_GAP_CHARS), quote.open)
    if not before or before[-1].text != ":":
        return None
    colon = before[-1]
    first, _ = reader.sentence_bounds(colon)
    if colon.i - first > _HEADLINE_NAME_TOKENS or colon.i == first:
        return None
    named = [e for e in reader.ents_within(first, colon.i - 1) if e.label in ("PER", "ORG")]
    if len(named) != 1 or any(t.pos == "VERB" for t in doc.tokens[first : colon.i]):
        return None
    name = _entity_span(reader, named[0])
    speaker = SpeakerRef(doc.token_span(first, colon.i - 1), "name", mentions=(Mention(name, _ENTITY_KINDS[named[0].label], 0.6, EXTRACTOR),))  # type: ignore[arg-type]
    return speaker, doc.token_span(colon.i, colon.i)


def _starts_sentence(reader: _Reader, quote: _Quote) -> bool:
    """True when a quote opens its sentence or paragraph."""
    before = reader.doc.text[: quote.open].rstrip(" \t\u00a0\u202f")
    return not before or before[-1] in ".!?:\n" or before[-1] in _CLOSERS


STATEMENTS_RULES_V1 = ExtractorSpec("statements.rules.v1", extract_statements, assigns="statements", requires=("mentions", "meetings"))
