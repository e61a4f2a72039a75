"""`render(result, text)`: one self-contained HTML page showing an extraction on its text.

The article is cut into segments at every span boundary; each segment lists in
`data-ev` the pieces of evidence covering it (a participant's mentions, a
meeting's trigger, date and place, a statement's cue, speaker and content, a
figure and what it counts), and carries one class per kind so each kind has its
own colour. A side panel lists meetings, statements grouped by speaker, figures
and participants; hovering or clicking an entry lights its evidence in the text,
and an address such as `page.html#statement-2` (or `meeting-0`, `figure-1`,
`participant-3`) opens the page with that entry pinned.

The page loads nothing: styles and script are inline and a Content-Security-Policy
allows only those two blocks, by hash. Everything taken from the text or the
result is HTML-escaped, so text such as `<script>alert(1)</script>` is shown, never run.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from eventx.models import Extraction, Participant, Span

KINDS: dict[str, str] = {
    "mention": "participant mention",
    "trigger": "meeting trigger",
    "when": "meeting date",
    "where": "meeting place",
    "speaker": "speaker",
    "cue": "speech cue",
    "content": "statement content",
    "figure": "figure",
    "counted": "what a figure counts",
}
"""Evidence kinds, as CSS class suffixes, with the legend shown for each."""

_STYLE = """
:root { font-family: system-ui, sans-serif; color: #1d1d1f; background: #fafafa; }
body { margin: 0; display: flex; gap: 1.5rem; padding: 1.5rem; }
main { flex: 3; min-width: 0; }
aside { flex: 2; min-width: 18rem; max-height: calc(100vh - 3rem); overflow-y: auto; position: sticky; top: 1.5rem; }
h1 { font-size: 1.1rem; margin: 0 0 .5rem; }
h2 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
h3 { font-size: .9rem; margin: .8rem 0 .3rem; }
#text { white-space: pre-wrap; line-height: 1.7; background: #fff; padding: 1rem 1.25rem; border: 1px solid #ddd; border-radius: 6px; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0 1rem; font-size: .8rem; }
.legend span { padding: 0 .35rem; border-radius: 3px; }
.meta { color: #555; font-size: .85rem; }
ul { list-style: none; padding-left: 0; margin: 0; }
ul ul { padding-left: 1rem; }
li.item { padding: .3rem .45rem; margin: .2rem 0; border-radius: 4px; border: 1px solid #e3e3e3; background: #fff; cursor: pointer; font-size: .88rem; }
li.item:focus { outline: 2px solid #4a4a4a; }
li.item.active { border-color: #222; background: #f1f1f1; }
.label { color: #666; }
.k-content { background: #fff3b0; }
.k-counted { background: #dff5d8; }
.k-speaker { background: #b9ece1; }
.k-mention { background: #cfe2ff; }
.k-cue { background: #e4d2ff; }
.k-figure { background: #a9dfa0; }
.k-trigger { background: #ffc9a8; }
.k-when, .k-where { text-decoration: underline dotted 2px; }
.k-content.k-mention, .k-content.k-figure, .k-content.k-cue, .k-content.k-speaker { box-shadow: inset 0 -3px #e2c200; }
.seg { border-radius: 2px; }
.seg.lit { outline: 2px solid #d40000; outline-offset: 0; }
"""

_SCRIPT = """
(function () {
  "use strict";
  var bySegment = new Map();
  var segments = Array.prototype.slice.call(document.querySelectorAll("#text .seg"));
  segments.forEach(function (seg) {
    seg.dataset.ev.split(" ").forEach(function (id) {
      if (!bySegment.has(id)) { bySegment.set(id, []); }
      bySegment.get(id).push(seg);
    });
  });
  var items = Array.prototype.slice.call(document.querySelectorAll("aside .item"));
  var hovered = null;
  var pinned = null;
  function evidence(item) { return item.dataset.ev ? item.dataset.ev.split(" ") : []; }
  function refresh() {
    segments.forEach(function (seg) { seg.classList.remove("lit"); });
    items.forEach(function (item) { item.classList.remove("active"); });
    [hovered, pinned].forEach(function (item) {
      if (!item) { return; }
      item.classList.add("active");
      evidence(item).forEach(function (id) {
        (bySegment.get(id) || []).forEach(function (seg) { seg.classList.add("lit"); });
      });
    });
  }
  function pin(item) {
    pinned = pinned === item ? null : item;
    refresh();
    if (pinned) {
      var first = evidence(item).map(function (id) { return (bySegment.get(id) || [])[0]; }).filter(Boolean)[0];
      if (first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); }
    }
  }
  items.forEach(function (item) {
    item.addEventListener("mouseover", function (event) { event.stopPropagation(); hovered = item; refresh(); });
    item.addEventListener("mouseout", function (event) { event.stopPropagation(); hovered = null; refresh(); });
    item.addEventListener("click", function (event) { event.stopPropagation(); pin(item); });
    item.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); event.stopPropagation(); pin(item); }
    });
  });
  segments.forEach(function (seg) {
    seg.addEventListener("click", function () {
      var ids = seg.dataset.ev.split(" ");
      var match = items.filter(function (item) {
        return evidence(item).some(function (id) { return ids.indexOf(id) >= 0; });
      }).pop();
      if (match) { pin(match); match.scrollIntoView({ block: "nearest" }); }
    });
  });
  function pinFromAddress() {
    var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target && items.indexOf(target) >= 0) { pinned = null; pin(target); }
  }
  window.addEventListener("hashchange", pinFromAddress);
  pinFromAddress();
}());
"""


def _digest(source: str) -> str:
    """The CSP source expression allowing exactly this inline block."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


_POLICY = (
    f"default-src 'none'; style-src {_digest(_STYLE)}; script-src {_digest(_SCRIPT)}; "
    "base-uri 'none'; form-action 'none'"
)


@dataclass(frozen=True)
class _Evidence:
    """One highlighted stretch of text: its evidence id and its kind."""

    id: str
    kind: str
    start: int
    end: int


def _escape(value: object) -> str:
    """Text as HTML, carriage returns kept as references so the DOM text equals the input."""
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


def _check(span: Span, text: str, what: str) -> Span:
    """The span itself when it points into `text`; a ValueError naming the item otherwise."""
    if span.end > len(text) or span.start > span.end or text[span.start : span.end] != span.text:
        raise ValueError(
            f"{what} span {span.start}:{span.end} {span.text!r} does not match the text given to render: "
            "pass the exact text the result was extracted from"
        )
    return span


class _Page:
    """Assigns evidence ids to the result's items and writes the HTML around them."""

    def __init__(self, result: Extraction, text: str) -> None:
        """Index the result's participants first, so their ids follow the result's order."""
        self.result = result
        self.text = text
        self.people: list[Participant] = []
        self.person_index: dict[tuple[str, str], int] = {}
        self.evidence: list[_Evidence] = []
        self.seen: set[_Evidence] = set()
        for participant in self._all_participants():
            self._person_id(participant)

    def _all_participants(self) -> Iterator[Participant]:
        """Every participant the result names, the top-level list first."""
        yield from self.result.participants
        for meeting in self.result.meetings:
            yield from meeting.participants
            if meeting.host is not None:
                yield meeting.host
        for statement in self.result.statements:
            yield from statement.speakers

    def _person_id(self, participant: Participant) -> str:
        """The evidence id of a participant (one per name and kind), its mentions recorded."""
        key = (participant.name, participant.kind)
        if key not in self.person_index:
            self.person_index[key] = len(self.people)
            self.people.append(participant)
        person_id = f"p{self.person_index[key]}"
        for k, mention in enumerate(participant.mentions):
            self._add(person_id, "mention", mention, f"mention {k} of {participant.name!r}")
        return person_id

    def _add(self, evidence_id: str, kind: str, span: Span | None, what: str) -> list[str]:
        """Record a span as evidence once; the id in a list when there is a span, else nothing."""
        if span is None or _check(span, self.text, what).start == span.end:
            return []
        item = _Evidence(evidence_id, kind, span.start, span.end)
        if item not in self.seen:
            self.seen.add(item)
            self.evidence.append(item)
        return [evidence_id]

    def article(self) -> str:
        """The text cut at every evidence boundary, covered segments wrapped and tagged."""
        cuts = sorted({0, len(self.text), *(e.start for e in self.evidence), *(e.end for e in self.evidence)})
        starts: dict[int, list[_Evidence]] = {}
        for item in self.evidence:
            starts.setdefault(item.start, []).append(item)
        open_items: list[_Evidence] = []
        parts: list[str] = []
        for start, end in zip(cuts, cuts[1:]):
            open_items = [e for e in open_items if e.end > start] + starts.get(start, [])
            piece = _escape(self.text[start:end])
            if not open_items:
                parts.append(piece)
                continue
            ids = " ".join(dict.fromkeys(e.id for e in open_items))
            kinds = " ".join(f"k-{kind}" for kind in dict.fromkeys(e.kind for e in open_items))
            parts.append(f'<span class="seg {kinds}" data-ev="{ids}" data-start="{start}" data-end="{end}">{piece}</span>')
        return "".join(parts)

    def meetings(self) -> str:
        """The meetings panel: kind, trigger, date, place, participants, host."""
        entries = []
        for k, meeting in enumerate(self.result.meetings):
            ids = self._add(f"m{k}", "trigger", meeting.trigger, f"meeting {k} trigger")
            ids += self._add(f"m{k}d", "when", meeting.date and meeting.date.span, f"meeting {k} date")
            ids += self._add(f"m{k}l", "where", meeting.location and meeting.location.span, f"meeting {k} place")
            people = [(self._person_id(p), p) for p in meeting.participants]
            rows = [_row("date", meeting.date and f"{meeting.date.iso} ({meeting.date.text})")]
            if meeting.location is not None:
                country = f" ({meeting.location.country})" if meeting.location.country else ""
                rows.append(_row("place", meeting.location.name + country))
            if meeting.host is not None:
                rows.append(_row("host", meeting.host.name))
            if meeting.topic:
                rows.append(_row("topic", meeting.topic))
            participants = "".join(_item([pid], _escape(p.name)) for pid, p in people)
            body = (
                f"<strong>{_escape(meeting.kind)}</strong> · “{_escape(meeting.trigger.text)}”"
                f"{''.join(rows)}<div class=\"label\">participants</div><ul>{participants}</ul>"
            )
            entries.append(_item(ids + [pid for pid, _ in people], body, f"meeting-{k}"))
        return _section("Meetings", "meetings", entries)

    def statements(self) -> str:
        """The statements panel, grouped by speaker in order of first appearance."""
        groups: dict[str, list[str]] = {}
        for k, statement in enumerate(self.result.statements):
            ids = self._add(f"s{k}t", "content", statement.content, f"statement {k} content")
            ids += self._add(f"s{k}c", "cue", statement.cue, f"statement {k} cue")
            ids += self._add(f"s{k}k", "speaker", statement.speaker_mention, f"statement {k} speaker")
            ids += [self._person_id(p) for p in statement.speakers]
            speaker = ", ".join(p.name for p in statement.speakers) or (
                statement.speaker_mention.text if statement.speaker_mention else "Unattributed"
            )
            cue = f" · “{_escape(statement.cue.text)}”" if statement.cue else ""
            body = (
                f'<span class="label">{_escape(statement.mode)} · {_escape(statement.act)}{cue}</span>'
                f"<div>{_escape(_clip(statement.content.text))}</div>"
            )
            groups.setdefault(speaker, []).append(_item(ids, body, f"statement-{k}"))
        blocks = [f"<h3>{_escape(speaker)}</h3><ul>{''.join(items)}</ul>" for speaker, items in groups.items()]
        return _block("Statements", "statements", len(self.result.statements), "".join(blocks))

    def figures(self) -> str:
        """The figures panel: value, qualifier, unit, category and what is counted."""
        entries = []
        for k, figure in enumerate(self.result.figures):
            ids = self._add(f"f{k}", "figure", figure.span, f"figure {k}")
            ids += self._add(f"f{k}s", "counted", figure.subject, f"figure {k} subject")
            value = int(figure.value) if float(figure.value).is_integer() else figure.value
            unit = f" {figure.unit}" if figure.unit else ""
            qualifier = "" if figure.qualifier == "exact" else f"{figure.qualifier} "
            counted = f" of {figure.subject.text}" if figure.subject else ""
            body = (
                f"<strong>{_escape(qualifier)}{_escape(f'{value:,}')}{_escape(unit)}</strong>"
                f"{_escape(counted)} <span class=\"label\">{_escape(figure.category)} · “{_escape(figure.span.text)}”</span>"
            )
            entries.append(_item(ids, body, f"figure-{k}"))
        return _section("Figures", "figures", entries)

    def participants(self) -> str:
        """The participants panel: every participant with kind, role and country."""
        entries = []
        for k, person in enumerate(self.people):
            details = ", ".join(filter(None, (person.kind, person.role, person.country, person.organization)))
            body = f"<strong>{_escape(person.name)}</strong> <span class=\"label\">{_escape(details)}</span>"
            entries.append(_item([f"p{k}"], body, f"participant-{k}"))
        return _section("Participants", "participants", entries)

    def html(self) -> str:
        """The whole page."""
        panels = self.meetings() + self.statements() + self.figures() + self.participants()
        article = self.article()
        result = self.result
        first_line = next((line.strip() for line in self.text.splitlines() if line.strip()), "")
        legend = "".join(f'<span class="k-{kind}">{_escape(label)}</span>' for kind, label in KINDS.items())
        meta = f"lang {result.lang or '?'} · published {result.published or 'unknown'}"
        return (
            "<!DOCTYPE html>\n"
            '<html lang="' + _escape(result.lang or "und") + '"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>eventx · {_escape(_clip(first_line, 80))}</title><style>{_STYLE}</style></head>"
            f'<body><main><h1>{_escape(_clip(first_line, 120))}</h1><div class="meta">{_escape(meta)}</div>'
            f'<div class="legend">{legend}</div><article id="text">{article}</article></main>'
            f"<aside>{panels}</aside><script>{_SCRIPT}</script></body></html>\n"
        )


def _clip(text: str, limit: int = 240) -> str:
    """Text on one line, shortened to `limit` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _row(label: str, value: str | None) -> str:
    """A labelled line of a panel entry, or nothing when there is no value."""
    return f'<div><span class="label">{label}</span> {_escape(value)}</div>' if value else ""


def _item(ids: Iterable[str], body: str, anchor: str | None = None) -> str:
    """A focusable panel entry lighting the given evidence ids; `anchor` makes it linkable."""
    evidence = " ".join(dict.fromkeys(ids))
    element_id = f' id="{anchor}"' if anchor else ""
    return f'<li class="item"{element_id} tabindex="0" data-ev="{evidence}">{body}</li>'


def _section(title: str, anchor: str, entries: list[str]) -> str:
    """A panel section listing entries."""
    return _block(title, anchor, len(entries), f"<ul>{''.join(entries)}</ul>")


def _block(title: str, anchor: str, count: int, body: str) -> str:
    """A panel section with its title and count; says so when it is empty."""
    content = body if count else '<p class="label">none found</p>'
    return f'<section id="{anchor}"><h2>{title} ({count})</h2>{content}</section>'


def render(result: Extraction, text: str) -> str:
    """One self-contained HTML page showing `result` highlighted on `text`.

    `text` must be the exact text the result was extracted from; a span that does
    not match it raises ValueError. The page needs no network and runs no script
    but its own.
    """
    return _Page(result, text).html()


__all__ = ["KINDS", "render"]
