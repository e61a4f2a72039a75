"""Rule-based participants extractor (French and English).

Every named person, organisation and country is yielded as a `Mention`, its
title left out of the span. Rules repair what statistical NER gets wrong where
the words show it: a title read as part of a name or as an organisation, a
person's span swallowing "de Jordanie", a person labelled as a place. A
person's role, country and organisation are read from the title phrase next to
the name ("le ministre russe des Affaires étrangères Sergey Lavrov", "Jean-Yves
Le Drian, ministre de l'Europe", "Slovak Foreign Minister"), from "d'Egypte" or
"of Jordan" after it, and from the group a listed name belongs to ("les
ministres des Affaires étrangères, dont A, B et C").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from eventx.document import Document, Token
from eventx.drafts import Mention
from eventx.lang import data
from eventx.normalize.dates import contains_date, is_calendar_word
from eventx.normalize.names import fold, initials
from eventx.normalize.places import adjective_country, city_country, country_code, country_name
from eventx.registry import ExtractorSpec

EXTRACTOR = "participants.rules.v1"
NAME_LABELS = frozenset({"PER", "ORG", "LOC", "MISC"})
ROLE_SEARCH_WINDOW = 30
"""How many tokens before a name the start of its title phrase may lie."""
MAX_COUNTRY_TOKENS = 5
"""Longest country name, in tokens, looked for after "de"/"of"."""
_GAP_PUNCTUATION = frozenset({",", ":", "-", "–", "—"})
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", "»", "\"", "”"})
_CLAUSE_BREAKS = frozenset({".", ";", "!", "?", "«", "»", "\"", "“", "”"})


@dataclass(frozen=True)
class Attributes:
    """What a title phrase or its neighbourhood says about a name."""

    role: str | None = None
    country: str | None = None
    organization: str | None = None
    end: int = 0
    """Index of the token just past the phrase."""


@dataclass(frozen=True)
class _Candidate:
    """A name found among the entities, before its attributes are read."""

    first: int
    last: int
    kind: str
    role: str | None = None
    country: str | None = None


_MAX_LEFT_OUT_NAMES = 2
"""How many given names before a person entity may belong to it."""


class _Reader:
    """Reads names and their attributes in one document."""

    def __init__(self, doc: Document) -> None:
        """Index the document's entities and load its language's vocabulary."""
        self.doc = doc
        self.lang = doc.lang
        self.lex: ModuleType = data(doc.lang, "participants")
        self.tokens = doc.tokens
        self.entity_start: dict[int, int] = {}
        for ent in doc.ents:
            if ent.label in NAME_LABELS:
                self.entity_start[ent.start_token] = ent.end_token
                if ent.end_token - ent.start_token > 1 and doc.tokens[ent.start_token].pos == "DET":
                    self.entity_start.setdefault(ent.start_token + 1, ent.end_token)
        self.person_starts: set[int] = set()
        self._persons_per_sentence: Counter[int] | None = None

    def is_title_head(self, tok: Token) -> bool:
        """True for a noun heading a title ("ministre", "Minister")."""
        return tok.lower in self.lex.TITLE_HEADS or tok.lemma.lower() in self.lex.TITLE_HEADS

    def is_title_word(self, tok: Token) -> bool:
        """True for a title head or a word opening a title."""
        return self.is_title_head(tok) or tok.lower in self.lex.TITLE_PREFIXES or tok.lower in self.lex.DROPPED_PREFIXES

    def is_capitalized(self, i: int) -> bool:
        """True for a token starting with a capital letter."""
        text = self.tokens[i].text
        return bool(text) and text[0].isupper()

    def country_at(self, i: int, limit: int) -> tuple[str, int] | None:
        """A country named from token `i` (longest match), with the index just past it."""
        last_possible = min(limit, i + MAX_COUNTRY_TOKENS, len(self.tokens))
        for j in range(last_possible, i, -1):
            if self.tokens[j - 1].pos == "PUNCT":
                continue
            code = country_code(self.doc.text[self.tokens[i].start : self.tokens[j - 1].end], self.lang)
            if code:
                return code, j
        return None

    def organization_at(self, i: int, limit: int) -> tuple[str, int] | None:
        """An organisation named from token `i`, with the index just past it (and its acronym)."""
        tok = self.tokens[i]
        if tok.lower in self.lex.TITLE_PREFIXES or self.is_title_head(tok):
            return None
        end = self.entity_start.get(i)
        looks_like_org = tok.lemma.lower() in self.lex.ORG_HEADS or tok.lower in self.lex.ORG_HEADS
        is_acronym = len(tok.text) >= 2 and tok.text.isupper() and tok.text.isalpha()
        if end is None:
            if not (looks_like_org or is_acronym) or not self.is_capitalized(i):
                return None
            end = i + 1
            while end < limit and self.tokens[end].pos in ("PROPN", "NOUN", "ADJ", "ADP", "DET") and self.tokens[end].text not in _GAP_PUNCTUATION:
                if end in self.person_starts:
                    break
                end += 1
            while end > i + 1 and self.tokens[end - 1].pos in ("ADP", "DET"):
                end -= 1
        elif not (looks_like_org or is_acronym or self.doc.ents and self._label_at(i) == "ORG"):
            return None
        name = self.doc.text[tok.start : self.tokens[end - 1].end]
        return name, self._past_acronym(end, limit)

    def _label_at(self, i: int) -> str:
        """Entity label of the entity starting at token `i`."""
        return next((e.label for e in self.doc.ents if e.start_token == i or (e.start_token == i - 1 and self.tokens[i - 1].pos == "DET")), "")

    def _past_acronym(self, end: int, limit: int) -> int:
        """Index past a parenthesised acronym following a name ("(OCI)"), or `end`."""
        if end + 2 < min(limit + 1, len(self.tokens)) and self.tokens[end].text == "(" and self.tokens[end + 2].text == ")":
            return end + 3
        return end

    def _skip_determiners(self, k: int, limit: int) -> int:
        """Index of the first token from `k` that is not a determiner."""
        while k < limit and (self.tokens[k].pos == "DET" or self.tokens[k].lower in ("l'", "l’")):
            k += 1
        return k

    def title_phrase(self, head: int, limit: int) -> Attributes | None:
        """The title headed by token `head`, read forward up to token `limit`."""
        toks, lex = self.tokens, self.lex
        start = head
        while start > 0 and toks[start - 1].sent == toks[head].sent and toks[start - 1].lower in lex.TITLE_PREFIXES:
            start -= 1
        kept = [k for k in range(start, head + 1) if toks[k].lower not in lex.DROPPED_PREFIXES]
        country: str | None = None
        organization: str | None = None
        complements = 0
        j = head + 1
        while j < limit and j not in self.person_starts:
            tok = toks[j]
            if tok.lower in lex.COORDINATORS and (joined := self._joined_title(j + 1, limit)) is not None:
                kept.extend(range(j, joined + 1))
                j, complements = joined + 1, 0
                continue
            code = adjective_country(tok.text, self.lang) if tok.pos in ("ADJ", "NOUN", "PROPN") else None
            if code and country is None:
                country, j = code, j + 1
                continue
            if tok.lower in lex.ORIGIN_WORDS or tok.lower in lex.TITLE_LINKS:
                k = self._skip_determiners(j + 1, limit)
                if tok.lower not in lex.ORIGIN_WORDS and k < limit and toks[k].lower in lex.ORIGIN_WORDS:
                    k = self._skip_determiners(k + 1, limit)
                if k >= limit or k in self.person_starts:
                    break
                if tok.lower in lex.ORIGIN_WORDS and (found := self.country_at(k, limit)):
                    country, j = found[0], found[1]
                    break
                if tok.lower in lex.ORIGIN_WORDS and (code := adjective_country(toks[k].text, self.lang)):
                    country, j = code, self._end_of_phrase(k, limit)
                    break
                if tok.lower in lex.ORIGIN_WORDS and (org := self.organization_at(k, limit)):
                    organization, j = org[0], org[1]
                    break
                if tok.lower in lex.ORIGIN_WORDS and toks[k].pos == "NOUN" and not self.is_capitalized(k):
                    named = self._skip_determiners(k + 1, limit)
                    past = self._past_name_complements(self.entity_start.get(named), limit)
                    if past is not None and past <= limit and self._label_at(named) in ("ORG", "MISC") and country_code(self._text(named, past - 1), self.lang) is None:
                        kept.extend(range(j, k + 1))
                        organization, j = self._text(named, past - 1), past
                        break
                linked = tok.lower not in lex.ORIGIN_WORDS
                if toks[k].pos not in ("NOUN", "PROPN", "ADJ") or (complements and not linked and not self.is_capitalized(k)):
                    break
                complements += 1
                kept.extend(range(j, k + 1))
                j = k + 1
                continue
            if tok.pos == "ADJ" or (tok.pos in ("NOUN", "PROPN") and not self.is_capitalized(j) and complements) or (self.is_title_head(tok) and not complements):
                kept.append(j)
                j += 1
                continue
            break
        while kept and (toks[kept[-1]].pos in ("ADP", "DET", "CCONJ") or toks[kept[-1]].lower in lex.TITLE_LINKS):
            kept.pop()
        if not kept:
            return None
        return Attributes(self._role_text(kept, head), country, organization, j)

    def _joined_title(self, k: int, limit: int) -> int | None:
        """Index of the head of a second title starting at token `k` ("Alternate Prime Minister" after "and"), or None."""
        while k < limit and k not in self.person_starts and self.tokens[k].lower in self.lex.TITLE_PREFIXES:
            k += 1
        if k >= limit or k in self.person_starts or not self.is_title_head(self.tokens[k]):
            return None
        while k + 1 < limit and k + 1 not in self.person_starts and self.is_title_head(self.tokens[k + 1]):
            k += 1
        return k

    def _past_name_complements(self, end: int | None, limit: int) -> int | None:
        """Index past a name's "de/of" complements the tagger left out ("Quadrature" + "du Net")."""
        while end is not None and end + 1 < limit and self.tokens[end].lower in self.lex.ORIGIN_WORDS and self.tokens[end + 1].pos in ("PROPN", "NOUN") and self.is_capitalized(end + 1) and end + 1 not in self.person_starts:
            end += 2
        return end

    def _end_of_phrase(self, k: int, limit: int) -> int:
        """Index past the nouns and adjectives following token `k` ("Russian parliament")."""
        k += 1
        while k < limit and k not in self.person_starts and self.tokens[k].pos in ("NOUN", "PROPN", "ADJ"):
            k += 1
        return k

    def _role_text(self, kept: list[int], head: int) -> str:
        """The role as written from kept tokens, a plural head given in the singular."""
        parts: list[str] = []
        previous: Token | None = None
        for k in kept:
            tok = self.tokens[k]
            word = tok.text
            if k == head and tok.morph.get("Number") == "Plur" and tok.lemma:
                word = tok.lemma if tok.text[0].islower() else tok.lemma[:1].upper() + tok.lemma[1:]
            if previous is not None and (tok.start > previous.end or k != previous.i + 1):
                parts.append(" ")
            parts.append(word)
            previous = tok
        return "".join(parts)

    def country_before(self, first: int) -> str | None:
        """Country from an adjective, a country name or a possessive just before a title ("Slovak", "Sweden's")."""
        k = first - 1
        if k >= 0 and self.tokens[k].lower in ("'s", "’s") and k >= 1:
            k -= 1
            while k >= 0 and self.tokens[k].sent == self.tokens[first].sent:
                found = self.country_at(k, first - 1)
                if found and found[1] == first - 1:
                    return found[0]
                k -= 1
                if first - 1 - k > MAX_COUNTRY_TOKENS:
                    break
            return None
        if k >= 0:
            found = self.country_at(k, first)
            if found:
                return found[0]
            return adjective_country(self.tokens[k].text, self.lang)
        return None

    def _gap_ok(self, end: int, name_first: int) -> bool:
        """True when only punctuation or forms of address separate a title from a name."""
        gap = self.tokens[end:name_first]
        if gap and gap[0].text == "(":
            closing = next((k for k, t in enumerate(gap[:MAX_COUNTRY_TOKENS]) if t.text == ")"), None)
            gap = gap[closing + 1 :] if closing is not None else gap
        return len(gap) <= 4 and all(t.text in _GAP_PUNCTUATION or t.lower in self.lex.HONORIFICS or t.pos == "DET" for t in gap)

    def title_beside(self, first: int) -> Attributes | None:
        """The title of a sentence next to the name's that is about an unnamed official ("Le ministre du
        Redressement productif a déclaré ... Arnaud Montebourg reconnaît"), when each sentence names one person at most."""
        sent = self.tokens[first].sent
        if self._persons_in(sent) != 1:
            return None
        for other in (sent - 1, sent + 1):
            if 0 <= other < len(self.doc.sents) and (phrase := self._title_subject(other)) is not None:
                return phrase
        return None

    def _persons_in(self, sent: int) -> int:
        """How many persons are named in a sentence (counted once per document)."""
        if self._persons_per_sentence is None:
            self._persons_per_sentence = Counter(self.tokens[k].sent for k in self.person_starts)
        return self._persons_per_sentence[sent]

    def _title_subject(self, sent: int) -> Attributes | None:
        """The title phrase opening a sentence as its subject ("Le porte-parole du collectif ..."), when the sentence names no person."""
        sentence = self.doc.sents[sent]
        if self._persons_in(sent):
            return None
        k = sentence.start_token
        if k >= sentence.end_token or self.tokens[k].pos != "DET":
            return None
        k += 1
        while k < sentence.end_token and self.tokens[k].lower in self.lex.TITLE_PREFIXES:
            k += 1
        if k >= sentence.end_token or not self.is_title_head(self.tokens[k]) or not self.tokens[k].dep.startswith("nsubj"):
            return None
        phrase = self.title_phrase(k, sentence.end_token)
        return self._with_country_before(phrase, k) if phrase else None

    def _owned(self, j: int) -> bool:
        """True when the name starting at token `j` follows "de"/"of" (the person a title is held for)."""
        k = j - 1
        while k >= 0 and self.tokens[k].pos == "DET":
            k -= 1
        return k >= 0 and self.tokens[k].lower in self.lex.ORIGIN_WORDS

    def _possessor_gap_ok(self, end: int, name_first: int) -> bool:
        """True when a title's person complement and a comma separate it from the name ("avocat d'Yvan
        Colonna, Gilles Simeoni", "spokesman of Vladimir Putin, Dmitry Peskov")."""
        if end >= name_first - 2 or self.tokens[end].lower not in self.lex.ORIGIN_WORDS or self.tokens[name_first - 1].text != ",":
            return False
        owner = self._skip_determiners(end + 1, name_first)
        return owner in self.person_starts and all(t.pos == "PROPN" or t.text == "-" for t in self.tokens[owner : name_first - 1])

    def _loose_gap_ok(self, end: int, name_first: int) -> bool:
        """True when a title's further complements separate it from the name, without verb, comma or other name."""
        gap = self.tokens[end:name_first]
        return all(t.pos not in ("VERB", "AUX") and t.text != "," and t.i not in self.person_starts for t in gap)

    def role_before(self, first: int) -> Attributes | None:
        """The title phrase ending just before the name starting at token `first`."""
        sent = self._sentence_before(first)
        found: Attributes | None = None
        for j in range(first - 1, max(-1, first - 1 - ROLE_SEARCH_WINDOW), -1):
            tok = self.tokens[j]
            if tok.sent != sent or tok.text in _CLAUSE_BREAKS or tok.pos in ("VERB", "AUX") or (j in self.person_starts and not self._owned(j)):
                break
            if found is None and (tok.lower in self.lex.COUNTERPART_WORDS or tok.lemma.lower() in self.lex.COUNTERPART_WORDS):
                phrase = self.title_phrase(j, first)
                if phrase is not None and self._gap_ok(phrase.end, first):
                    return Attributes(None, phrase.country or self.country_before(j), None, phrase.end)
            if self.is_title_head(tok):
                head = self._leftmost_head(j)
                phrase = self.title_phrase(head, first)
                if phrase is None or (found is not None and phrase.end != found.end):
                    continue
                if found is not None or self._gap_ok(phrase.end, first) or self._possessor_gap_ok(phrase.end, first) or (phrase.organization and self._loose_gap_ok(phrase.end, first)):
                    found = self._with_country_before(phrase, head)
        return found

    def _sentence_before(self, first: int) -> int:
        """The sentence a title before token `first` must lie in: the previous one when the parser split
        a sentence in the middle (no end punctuation nor line break between)."""
        sent = self.tokens[first].sent
        if first == 0 or self.tokens[first - 1].sent == sent:
            return sent
        before = self.tokens[first - 1]
        if before.text[-1:] in _SENTENCE_ENDS or "\n" in self.doc.text[before.end : self.tokens[first].start]:
            return sent
        return before.sent

    def _leftmost_head(self, j: int) -> int:
        """The first of adjacent title heads ("secrétaire" in "secrétaire général")."""
        while j > 0 and self.tokens[j - 1].sent == self.tokens[j].sent and self.is_title_head(self.tokens[j - 1]):
            j -= 1
        return j

    def _with_country_before(self, phrase: Attributes, head: int) -> Attributes:
        """The phrase with a country read before its first word when it has none."""
        if phrase.country:
            return phrase
        start = head
        while start > 0 and (self.tokens[start - 1].lower in self.lex.TITLE_PREFIXES or self.tokens[start - 1].lower in self.lex.DROPPED_PREFIXES):
            start -= 1
        code = self.country_before(start)
        organization = phrase.organization or (None if code else self.organization_before(start))
        return Attributes(phrase.role, code, organization, phrase.end) if code or organization else phrase

    def organization_before(self, first: int) -> str | None:
        """An organisation named just before a title ("Refugee Council campaigner"), not a country."""
        links = (self.lex.ORIGIN_WORDS | self.lex.TITLE_LINKS) - self.lex.COORDINATORS
        sent = self.tokens[first].sent
        k = first
        while k > 0 and first - k < ROLE_SEARCH_WINDOW and self.tokens[k - 1].sent == sent and (k - 1) not in self.person_starts:
            before = self.tokens[k - 1]
            if not ((self.is_capitalized(k - 1) and before.pos in ("PROPN", "NOUN", "ADJ")) or before.lower in links or before.pos == "DET"):
                break
            k -= 1
        while k < first and not self.is_capitalized(k):
            k += 1
        if k >= first or self._label_at(k) != "ORG":
            return None
        text = self._text(k, first - 1)
        return text if country_code(text, self.lang) is None and not is_calendar_word(text, self.lang) else None

    def role_after(self, last: int) -> Attributes | None:
        """The title phrase in apposition after the name ending at token `last` (", ministre de ...")."""
        k = last + 1
        if k >= len(self.tokens) or self.tokens[k].text != ",":
            return None
        sent = self.tokens[last].sent
        k = self._skip_determiners(k + 1, len(self.tokens))
        for j in range(k, min(k + 4, len(self.tokens))):
            tok = self.tokens[j]
            if tok.sent != sent or j in self.person_starts:
                return None
            if self.is_title_head(tok):
                phrase = self.title_phrase(j, self._sentence_end(sent))
                return self._with_country_before(phrase, j) if phrase else None
            if not (tok.lower in self.lex.TITLE_PREFIXES or tok.lower in self.lex.DROPPED_PREFIXES or adjective_country(tok.text, self.lang) or tok.lower in ("'s", "’s") or tok.pos == "PROPN"):
                return None
        return None

    def _sentence_end(self, sent: int) -> int:
        """Index just past the last token of a sentence."""
        return self.doc.sents[sent].end_token

    def origin_after(self, last: int) -> Attributes | None:
        """Country or organisation written after a name ("d'Egypte", "of Jordan", "(Russie)")."""
        k = last + 1
        if k >= len(self.tokens):
            return None
        limit = self._sentence_end(self.tokens[last].sent)
        tok = self.tokens[k]
        if tok.lower in self.lex.ORIGIN_WORDS:
            at = self._skip_determiners(k + 1, limit)
            if at < limit and (found := self.country_at(at, limit)):
                return Attributes(country=found[0], end=found[1])
            if at < limit and (org := self.organization_at(at, limit)):
                return Attributes(organization=org[0], end=org[1])
        if tok.text == "(" and (found := self.country_at(k + 1, limit)) and found[1] < limit and self.tokens[found[1]].text == ")":
            return Attributes(country=found[0], end=found[1] + 1)
        return None

    def group_role(self, first: int) -> Attributes | None:
        """The title of the group a listed name belongs to ("les ministres ..., dont A, B et C")."""
        sent = self.tokens[first].sent
        j = first - 1
        while j >= 0 and self.tokens[j].sent == sent and first - j <= 60:
            tok = self.tokens[j]
            if tok.lower in self.lex.LIST_MARKERS:
                return self._title_ending_near(j)
            if tok.pos in ("VERB", "AUX") or tok.text in _CLAUSE_BREAKS:
                return None
            j -= 1
        return None

    def _title_ending_near(self, marker: int) -> Attributes | None:
        """The title phrase closest before a list marker, in the same sentence."""
        sent = self.tokens[marker].sent
        for j in range(marker - 1, max(-1, marker - 1 - ROLE_SEARCH_WINDOW), -1):
            tok = self.tokens[j]
            if tok.sent != sent or tok.pos in ("VERB", "AUX"):
                return None
            if self.is_title_head(tok):
                phrase = self.title_phrase(self._leftmost_head(j), marker)
                return Attributes(phrase.role, None, None, phrase.end) if phrase else None
        return None

    def _title_led(self, first: int, last: int) -> tuple[int, str | None, str | None]:
        """Index where the name starts inside an entity that opens with a title, the role and its country."""
        k = first
        while k <= last and (self.tokens[k].lower in self.lex.HONORIFICS or self.tokens[k].pos in ("DET", "ADP") or self.tokens[k].lower in ("l'", "l’")):
            k += 1
        if k > last or not self.is_title_word(self.tokens[k]):
            return k, None, None
        head = k
        while head <= last and not self.is_title_head(self.tokens[head]):
            head += 1
        if head > last:
            return k, None, None
        phrase = self.title_phrase(head, last + 1)
        if phrase is None:
            return last + 1, None, None
        return phrase.end, phrase.role, phrase.country

    def candidates(self) -> Iterator[_Candidate]:
        """Names among the entities, repaired where the words show the tagger was wrong."""
        for ent in self.doc.ents:
            if ent.label not in NAME_LABELS:
                continue
            last = ent.end_token - 1
            possessive = next((k for k in range(ent.start_token + 1, ent.end_token) if self.tokens[k].lower in ("'s", "’s")), None)
            if possessive is not None:
                last = possessive - 1
            first, role, country = self._title_led(ent.start_token, last)
            while last > first and self.tokens[last].pos == "PUNCT":
                last -= 1
            while last - 1 > first and is_calendar_word(self.tokens[last].text, self.lang) and self.tokens[last - 1].lower in self.lex.ORIGIN_WORDS:
                last -= 2
            if first > last or not self._may_be_name(first, last):
                continue
            kind = {"PER": "person", "ORG": "organization"}.get(ent.label, "place")
            if kind == "organization" and first > 0 and adjective_country(self.tokens[first - 1].text, self.lang) and _government_country(self, first - 1, last):
                first -= 1
            for k in range(first + 1, last):
                if self.tokens[k].lower in self.lex.ORIGIN_WORDS and (found := self.country_at(self._skip_determiners(k + 1, last + 1), last + 1)) and found[1] == last + 1:
                    if k - first >= 2 and self.is_capitalized(first) and country_code(self._text(first, k - 1), self.lang) is None and ent.label != "ORG":
                        yield _Candidate(self._skip_determiners(k + 1, last + 1), last, "place")
                        kind, country, last = "person", found[0], k - 1
                    break
            if kind == "place" and (role or self._after_title_or_honorific(first)) and _place_code(self, first, last) is None:
                kind = "person"
            if kind == "person" and not role and _place_code(self, first, last):
                kind = "place"
            if kind != "person" and role:
                kind = "person"
            if kind == "person":
                first = self._given_names_before(first)
            yield _Candidate(first, last, kind, role, country)

    def _given_names_before(self, first: int) -> int:
        """The start of a person's name moved over given names the tagger left out ("Antony J. Blinken")."""
        k = first
        while k > 0 and first - k < _MAX_LEFT_OUT_NAMES:
            before = self.tokens[k - 1]
            if not (
                before.pos == "PROPN"
                and before.ent in ("", "PER")
                and before.sent == self.tokens[first].sent
                and self.is_capitalized(k - 1)
                and not self.is_title_word(before)
                and before.lower not in self.lex.HONORIFICS
            ):
                break
            k -= 1
        return k

    def _may_be_name(self, first: int, last: int) -> bool:
        """False for spans that cannot be a participant's name: no capital, a date, a document's title."""
        words = self.tokens[first : last + 1]
        if not (self.is_capitalized(first) or _government_country(self, first, last)) or all(self.is_title_word(t) or t.lower in self.lex.HONORIFICS for t in words):
            return False
        if any(t.lemma.lower() in self.lex.DOCUMENT_HEADS or t.lower in self.lex.DOCUMENT_HEADS for t in words):
            return False
        if all(is_calendar_word(t.text, self.lang) or not any(ch.isalpha() for ch in t.text) for t in words) and not self._after_title_or_honorific(first):
            return False
        return not contains_date(self._text(first, last), self.lang)

    def _after_title_or_honorific(self, first: int) -> bool:
        """True when the token before a name is a form of address or a title head."""
        k = first - 1
        return k >= 0 and (self.tokens[k].lower in self.lex.HONORIFICS or self.is_title_head(self.tokens[k]))

    def _text(self, first: int, last: int) -> str:
        """The text from token `first` to token `last` inclusive."""
        return self.doc.text[self.tokens[first].start : self.tokens[last].end]


def _family_names_as_persons(reader: _Reader, candidates: list[_Candidate]) -> list[_Candidate]:
    """One-word candidates that are the family name of a person named in full elsewhere, made persons
    ("Boswell" tagged ORG) and given back the particle the tagger cut off ("Le" of "Le Drian")."""
    persons = [c for c in candidates if c.kind == "person" and c.last > c.first]
    family = {fold(reader.tokens[c.last].text) for c in persons}
    particled = {(fold(reader.tokens[c.last - 1].text), fold(reader.tokens[c.last].text)) for c in persons if c.last - c.first >= 2}
    repaired: list[_Candidate] = []
    for c in candidates:
        word = fold(reader.tokens[c.first].text)
        if c.first == c.last and c.first > 0 and (fold(reader.tokens[c.first - 1].text), word) in particled and reader.is_capitalized(c.first - 1):
            c = _Candidate(c.first - 1, c.last, "person", c.role, c.country)
        elif c.kind != "person" and c.first == c.last and word in family and _place_code(reader, c.first, c.last) is None:
            c = _Candidate(c.first, c.last, "person", c.role, c.country)
        repaired.append(c)
    return repaired


def _joined_by_acronym(reader: _Reader, candidates: list[_Candidate]) -> list[_Candidate]:
    """Neighbouring organisation names the tagger cut apart ("Europe Écologie" + "Les Verts"), joined
    back when the document abbreviates the whole by its capitals ("EELV")."""
    tokens = reader.tokens
    acronyms = {fold(t.text) for t in tokens if 2 <= len(t.text) <= 8 and t.text.isalpha() and t.text.isupper()}
    joined: list[_Candidate] = []
    for c in candidates:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev.kind == c.kind == "organization"
            and prev.last < c.first
            and all(tokens[k].pos == "DET" and reader.is_capitalized(k) for k in range(prev.last + 1, c.first))
            and initials(reader._text(prev.first, c.last)) & acronyms
        ):
            joined[-1] = _Candidate(prev.first, c.last, "organization")
            continue
        joined.append(c)
    return joined


def _government_bodies(reader: _Reader, taken: set[int]) -> Iterator[_Candidate]:
    """State bodies the tagger missed, named with a country adjective ("Saudi Interior Ministry",
    "le ministère russe des Affaires étrangères")."""
    tokens, lex = reader.tokens, reader.lex
    for tok in tokens:
        if tok.i in taken or not (tok.lower in lex.GOVERNMENT_BODIES or tok.lemma.lower() in lex.GOVERNMENT_BODIES):
            continue
        first = tok.i
        while first > 0 and first - 1 not in taken and tokens[first - 1].sent == tok.sent and tokens[first - 1].pos in ("PROPN", "NOUN", "ADJ") and reader.is_capitalized(first - 1):
            first -= 1
        last = tok.i
        if last + 1 < len(tokens) and adjective_country(tokens[last + 1].text, reader.lang):
            last += 1
            if last + 1 < len(tokens) and tokens[last + 1].lower in lex.ORIGIN_WORDS:
                end = reader._skip_determiners(last + 2, len(tokens))
                if end < len(tokens) and reader.is_capitalized(end) and end not in taken:
                    last = end
                    while last + 1 < len(tokens) and last + 1 not in taken and tokens[last + 1].pos == "ADJ":
                        last += 1
        if _government_country(reader, first, last) and any(reader.is_capitalized(k) and tokens[k].pos != "ADJ" for k in range(tok.i, last + 1)):
            taken.update(range(first, last + 1))
            yield _Candidate(first, last, "organization")


def _place_code(reader: _Reader, first: int, last: int) -> str | None:
    """Country code of a country or listed city written from token `first` to `last`."""
    text = reader._text(first, last)
    return country_code(text, reader.lang) or city_country(text, reader.lang)


def _is_acting(doc: Document, first: int, last: int) -> bool:
    """True when a name is the subject of a verb ("Moscou promet", "the Kremlin said")."""
    for k in range(first, last + 1):
        tok = doc.tokens[k]
        if tok.dep.startswith("nsubj") and doc.tokens[tok.head].pos in ("VERB", "AUX"):
            return True
    return False


def _government_country(reader: _Reader, first: int, last: int) -> str | None:
    """Country of a state body named with a country adjective ("ministère russe", "Saudi Interior Ministry")."""
    words = reader.tokens[first : last + 1]
    if not any(t.lemma.lower() in reader.lex.GOVERNMENT_BODIES or t.lower in reader.lex.GOVERNMENT_BODIES for t in words):
        return None
    return next((code for t in words if (code := adjective_country(t.text, reader.lang))), None)


def extract_participants(doc: Document, found: Any, /) -> Iterator[Mention]:
    """Yield a mention for every named person, organisation and country in the document."""
    reader = _Reader(doc)
    candidates = _joined_by_acronym(reader, _family_names_as_persons(reader, list(reader.candidates())))
    named = [c for c in candidates if c.kind != "place" or _place_code(reader, c.first, c.last)]
    candidates.extend(_government_bodies(reader, {k for c in named for k in range(c.first, c.last + 1)}))
    reader.person_starts = {c.first for c in candidates if c.kind == "person"}
    acronym_keys: dict[int, str] = {}
    for c in candidates:
        if c.kind == "organization" and reader._past_acronym(c.last + 1, len(doc.tokens)) != c.last + 1:
            acronym_keys[c.first] = acronym_keys[c.last + 2] = fold(reader._text(c.first, c.last))
    for c in candidates:
        span = doc.token_span(c.first, c.last)
        if c.kind == "person":
            yield _person(reader, c, span)
        elif c.kind == "organization":
            code = country_code(span.text, doc.lang)
            if code:
                yield Mention(span, "country", 0.7, EXTRACTOR, country=code)
                continue
            yield Mention(span, "organization", 0.75, EXTRACTOR, country=_government_country(reader, c.first, c.last), key=acronym_keys.get(c.first))
        elif code := country_code(span.text, doc.lang):
            yield Mention(span, "country", 0.8, EXTRACTOR, country=code)
        elif (code := city_country(span.text, doc.lang)) and _is_acting(doc, c.first, c.last):
            yield Mention(span, "country", 0.6, EXTRACTOR, country=code, name=country_name(code, doc.lang))


def _person(reader: _Reader, candidate: _Candidate, span: Any) -> Mention:
    """The mention of a person with the role, country and organisation written around the name; a title
    after the name still gives the organisation of one titled before it ("le conseiller fédéral X, chef du DFAE")."""
    before = reader.role_before(candidate.first)
    after = reader.role_after(candidate.last)
    titled = before is not None or candidate.role is not None
    origin = reader.origin_after(candidate.last)
    group = reader.group_role(candidate.first) if not (titled or after) else None
    beside = reader.title_beside(candidate.first) if not (titled or after or group) else None
    sources = [a for a in (before, None if titled else after, origin, group, beside) if a is not None]
    role = candidate.role or next((a.role for a in sources if a.role), None)
    country = candidate.country or next((a.country for a in sources if a.country), None) or (role and reader.lex.ROLE_COUNTRIES.get(role.lower()))
    organization = next((a.organization for a in (*sources, after) if a is not None and a.organization), None)
    confidence = 0.9 if role else 0.8
    return Mention(span, "person", confidence, EXTRACTOR, role=role, country=country, organization=organization)


PARTICIPANTS_RULES_V1 = ExtractorSpec("participants.rules.v1", extract_participants, assigns="mentions", requires=())
