"""The HTML view: the page as written, and as a real headless Chromium loads it."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventx
from eventx.cli import EXIT_OK, EXIT_USAGE, main
from eventx.models import Extraction, Participant, Span
from eventx.render import KINDS, render
from eventx.testing import make_extraction, make_figure, make_meeting, make_participant, make_statement

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "img" / "seed.png"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--enable-logging=stderr",
    "--v=0",
    "--window-size=1400,1000",
)
HOSTILE = (
    'Lavrov a dit « <img src=x onerror="document.body.dataset.pwned=1"> » à <b id="safadi">Safadi</b> '
    "le 21 novembre à <script>document.title='pwned'</script> Moscou, 12 000 <i>personnes</i>."
)


@dataclass
class Page:
    """What a parsed page shows: the article's text, its highlighted segments, its tags."""

    text: str = ""
    segments: list[tuple[int, int, set[str], set[str]]] = field(default_factory=list)
    """(start, end, classes, evidence ids) of every highlighted segment of the article."""
    article_tags: list[str] = field(default_factory=list)
    """Every tag inside the article, highlighted segments included."""
    scripts: int = 0
    handler_attributes: list[str] = field(default_factory=list)
    """Attributes anywhere in the page that would run script (`on...`)."""
    anchors: set[str] = field(default_factory=set)

    def covered(self, kind: str | None = None, *, lit: bool = False) -> set[int]:
        """Character offsets inside segments of one kind, or inside lit segments."""
        return {
            offset
            for start, end, classes, _ in self.segments
            if (kind is None or f"k-{kind}" in classes) and (not lit or "lit" in classes)
            for offset in range(start, end)
        }


class _PageParser(HTMLParser):
    """Reads a page into a `Page`, counting offsets through the article's text."""

    def __init__(self) -> None:
        """Start outside the article, with an empty page."""
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.depth = 0
        self.open_segment: tuple[int, set[str], set[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Note script tags and handlers; inside the article, open segments."""
        attributes = dict(attrs)
        self.page.handler_attributes += [name for name, _ in attrs if name.startswith("on")]
        if tag == "script":
            self.page.scripts += 1
        if "id" in attributes and tag == "li":
            self.page.anchors.add(attributes["id"] or "")
        if self.depth:
            self.depth += 1
            self.page.article_tags.append(tag)
            if "seg" in (attributes.get("class") or "").split():
                classes = set((attributes.get("class") or "").split())
                self.open_segment = (len(self.page.text), classes, set((attributes.get("data-ev") or "").split()))
        elif tag == "article" and attributes.get("id") == "text":
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        """Close the open segment, or leave the article."""
        if not self.depth:
            return
        self.depth -= 1
        if self.open_segment is not None:
            start, classes, ids = self.open_segment
            self.page.segments.append((start, len(self.page.text), classes, ids))
            self.open_segment = None

    def handle_data(self, data: str) -> None:
        """Add the article's text, advancing the offsets."""
        if self.depth:
            self.page.text += data


def parse_page(markup: str) -> Page:
    """The `Page` a markup shows."""
    parser = _PageParser()
    parser.feed(markup)
    parser.close()
    return parser.page


def offsets(spans: Iterator[Span | None]) -> set[int]:
    """Character offsets covered by some spans."""
    return {k for span in spans if span is not None for k in range(span.start, span.end)}


def all_participants(result: Extraction) -> Iterator[Participant]:
    """Every participant the result names, wherever it is named."""
    yield from result.participants
    for meeting in result.meetings:
        yield from meeting.participants
        yield from [meeting.host] if meeting.host else []
    for statement in result.statements:
        yield from statement.speakers


def expected_coverage(result: Extraction) -> dict[str, set[int]]:
    """For each evidence kind, the offsets the result says it covers."""
    return {
        "mention": offsets(m for p in all_participants(result) for m in p.mentions),
        "trigger": offsets(m.trigger for m in result.meetings),
        "when": offsets(m.date.span for m in result.meetings if m.date),
        "where": offsets(m.location.span for m in result.meetings if m.location),
        "speaker": offsets(s.speaker_mention for s in result.statements),
        "cue": offsets(s.cue for s in result.statements),
        "content": offsets(s.content for s in result.statements),
        "figure": offsets(f.span for f in result.figures),
        "counted": offsets(f.subject for f in result.figures),
    }


def expected_lit(result: Extraction, anchor: str) -> set[int]:
    """The offsets an entry of the side panel should light when pinned."""
    kind, _, number = anchor.partition("-")
    k = int(number)
    if kind == "meeting":
        meeting = result.meetings[k]
        places = [meeting.trigger, meeting.date and meeting.date.span, meeting.location and meeting.location.span]
        return offsets(iter(places)) | offsets(m for p in meeting.participants for m in p.mentions)
    if kind == "statement":
        statement = result.statements[k]
        spans = [statement.content, statement.cue, statement.speaker_mention]
        return offsets(iter(spans)) | offsets(m for p in statement.speakers for m in p.mentions)
    if kind == "figure":
        return offsets(iter([result.figures[k].span, result.figures[k].subject]))
    return offsets(iter(result.participants[k].mentions))


def hostile_result() -> Extraction:
    """A hand-built result whose every span holds markup."""
    text = HOSTILE
    lavrov = make_participant("Lavrov", text=text)
    safadi = make_participant("Safadi", text=text)
    return make_extraction(
        meetings=[
            make_meeting(
                text, trigger="à", participants=[lavrov, safadi], date="2023-11-21", date_text="21 novembre",
                location="<script>document.title='pwned'</script> Moscou",
            )
        ],
        statements=[
            make_statement(
                text, content='<img src=x onerror="document.body.dataset.pwned=1">', speaker="Lavrov", cue="a dit",
                speakers=[lavrov],
            )
        ],
        figures=[make_figure(text, span="12 000", subject="<i>personnes</i>")],
        participants=[lavrov, safadi],
    )


@dataclass(frozen=True)
class Loaded:
    """What Chromium shows after loading a page: the DOM and the console messages."""

    dom: str
    console: list[str]


@pytest.fixture(scope="session")
def chromium() -> Callable[..., Loaded]:
    """Load a page in headless Chromium, with a fresh profile, as its DOM and console lines."""
    binary = shutil.which("chromium")
    if binary is None:
        pytest.fail("the chromium browser is required: apt-get install -y chromium")

    def load(page: Path, *, anchor: str = "", screenshot: Path | None = None) -> Loaded:
        """Load `page` (opened at `anchor`), dumping its DOM or writing a screenshot."""
        with tempfile.TemporaryDirectory() as profile:
            action = [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
            url = page.resolve().as_uri() + (f"#{anchor}" if anchor else "")
            done = subprocess.run(
                [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *action, url],
                capture_output=True,
                text=True,
                timeout=180,
                check=True,
            )
        return Loaded(done.stdout, [line for line in done.stderr.splitlines() if ":CONSOLE" in line])

    return load


@pytest.fixture(scope="module")
def seed_result(fr_pipeline: eventx.Pipeline, seed_text: str) -> Extraction:
    """Whatever the French pipeline currently extracts from the seed article."""
    return fr_pipeline(seed_text)


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory, seed_result: Extraction, seed_text: str) -> Path:
    """The seed article's page, written to a file."""
    path = tmp_path_factory.mktemp("render") / "seed.html"
    path.write_text(render(seed_result, seed_text), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "result"),
    [
        pytest.param(HOSTILE, hostile_result(), id="markup-in-every-span"),
        pytest.param("Le 21 novembre, Lavrov a rencontré Safadi.", Extraction(lang="fr"), id="empty-result"),
    ],
)
def test_render_highlights_exactly_the_result_spans(text: str, result: Extraction) -> None:
    page = parse_page(render(result, text))
    assert page.text == text
    assert {kind: page.covered(kind) for kind in KINDS} == expected_coverage(result)


@given(st.text(st.characters(exclude_categories=("Cs",)), min_size=1), st.data())
@settings(max_examples=60)
def test_render_keeps_any_text_and_span_exact(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1), label="start")
    end = data.draw(st.integers(start + 1, len(text)), label="end")
    result = make_extraction(statements=[make_statement(text, content=Span(start=start, end=end, text=text[start:end]))])
    page = parse_page(render(result, text))
    assert page.text == text
    assert page.covered("content") == set(range(start, end))
    assert page.scripts == 1


@pytest.mark.parametrize(
    "span",
    [pytest.param(Span(start=0, end=6, text="Safadi"), id="text-differs"), pytest.param(Span(start=3, end=90, text="x"), id="past-the-end")],
)
def test_render_refuses_a_result_of_another_text(span: Span) -> None:
    result = make_extraction(statements=[make_statement("Lavrov a parlé.", content=span)])
    with pytest.raises(ValueError, match="does not match the text"):
        render(result, "Lavrov a parlé.")


@pytest.mark.parametrize(
    "markup",
    [
        pytest.param('<!DOCTYPE html><p>x</p><script>missingFunction();</script>', id="uncaught-error"),
        pytest.param('<!DOCTYPE html><p>x</p><script>console.error("boom");</script>', id="console-error"),
    ],
)
def test_browser_harness_sees_console_errors(chromium: Callable[..., Loaded], tmp_path: Path, markup: str) -> None:
    page = tmp_path / "broken.html"
    page.write_text(markup, encoding="utf-8")
    assert chromium(page).console


@pytest.mark.model
def test_seed_page_loads_without_console_messages_and_highlights_the_result(
    chromium: Callable[..., Loaded], seed_page: Path, seed_result: Extraction, seed_text: str
) -> None:
    loaded = chromium(seed_page)
    assert loaded.console == []
    page = parse_page(loaded.dom)
    assert page.text == seed_text
    assert {kind: page.covered(kind) for kind in KINDS} == expected_coverage(seed_result)
    assert page.covered(lit=True) == set()


@pytest.mark.model
def test_seed_page_lights_the_evidence_of_a_pinned_entry(
    chromium: Callable[..., Loaded], seed_page: Path, seed_result: Extraction
) -> None:
    anchors = sorted(parse_page(seed_page.read_text(encoding="utf-8")).anchors)
    assert len(anchors) >= len(seed_result.participants)
    for anchor in [a for a in anchors if a.endswith("-0")]:
        loaded = chromium(seed_page, anchor=anchor)
        assert loaded.console == []
        assert parse_page(loaded.dom).covered(lit=True) == expected_lit(seed_result, anchor), anchor


@pytest.mark.parametrize(
    ("text", "result"),
    [
        pytest.param(HOSTILE, hostile_result(), id="markup-in-every-span"),
        pytest.param("<script>alert(1)</script>", Extraction(lang="en"), id="bare-script"),
    ],
)
def test_page_runs_no_script_from_the_text(
    chromium: Callable[..., Loaded], tmp_path: Path, text: str, result: Extraction
) -> None:
    path = tmp_path / "hostile.html"
    path.write_text(render(result, text), encoding="utf-8")
    loaded = chromium(path)
    page = parse_page(loaded.dom)
    assert loaded.console == []
    assert page.text == text
    assert page.scripts == 1
    assert page.handler_attributes == []
    assert set(page.article_tags) <= {"span"}
    assert "data-pwned" not in loaded.dom
    assert "<title>pwned</title>" not in loaded.dom


@pytest.mark.model
def test_seed_screenshot_is_written_for_the_docs(chromium: Callable[..., Loaded], seed_page: Path) -> None:
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    loaded = chromium(seed_page, screenshot=SCREENSHOT)
    assert loaded.console == []
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.model
def test_eventx_extract_result_renders_for_a_hostile_text() -> None:
    text = "<script>alert(1)</script> Le ministre Sergey Lavrov a rencontré Ayman Safadi à Moscou."
    page = parse_page(render(eventx.extract(text, lang="fr"), text))
    assert page.text == text
    assert page.scripts == 1


@pytest.mark.model
def test_render_command_writes_the_page_of_a_file(tmp_path: Path, seed_text: str) -> None:
    source, output = tmp_path / "article.txt", tmp_path / "article.html"
    source.write_text(seed_text, encoding="utf-8")
    assert main(["render", str(source), "--lang", "fr", "--published", "2023-11-22", "-o", str(output)]) == EXIT_OK
    result = eventx.extract(seed_text, lang="fr", published="2023-11-22")
    assert output.read_text(encoding="utf-8") == render(result, seed_text)


def test_render_command_refuses_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(tmp_path / "missing.txt")]) == EXIT_USAGE
    assert "missing.txt" in capsys.readouterr().err
