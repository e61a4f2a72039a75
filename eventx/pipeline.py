"""`Pipeline`: backend, then extractors in order, then resolution into results."""

from __future__ import annotations

import inspect
import tomllib
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from eventx.document import Document
from eventx.errors import ConfigError
from eventx.lang import check_language
from eventx.models import Extraction
from eventx.registry import PRODUCTS, ExtractorSpec, get_backend_class, get_extractor

DEFAULT_EXTRACTORS: tuple[str, ...] = (
    "participants.rules.v1",
    "meetings.rules.v1",
    "statements.rules.v1",
    "figures.rules.v1",
)


_CONFIG_TYPES: dict[str, tuple[type | tuple[type, ...], str]] = {
    "lang": (str, "a language code"),
    "backend": (str, "a backend name"),
    "model": (str, "a model name"),
    "extractors": ((list, Mapping), "a list of extractor names or a table of extractor option tables"),
    "backend_options": (Mapping, "a table"),
}
"""What each configuration key holds, for error messages naming the key."""


def _check_options(spec: ExtractorSpec, options: Mapping[str, Any]) -> None:
    """A ConfigError naming options the extractor does not take, with the ones it takes."""
    params = inspect.signature(spec.func).parameters.values()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return
    valid = sorted(p.name for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY)
    unknown = sorted(set(options) - set(valid))
    if unknown:
        raise ConfigError(f"Extractor {spec.name!r} takes no options {unknown}. Valid options: {valid or 'none'}")


@dataclass
class Findings:
    """What the extractors have produced so far for one document, by kind."""

    mentions: list[Any] = field(default_factory=list)
    meetings: list[Any] = field(default_factory=list)
    statements: list[Any] = field(default_factory=list)
    figures: list[Any] = field(default_factory=list)


def parse_published(published: object) -> date | None:
    """A publication date from a `date`, a `datetime` or an ISO string ("2023-11-22")."""
    if published is None or isinstance(published, date):
        return published.date() if isinstance(published, datetime) else published
    if isinstance(published, str):
        try:
            return datetime.fromisoformat(published.strip()).date()
        except ValueError:
            pass
    raise ValueError(f"published must be a date or an ISO 'YYYY-MM-DD' string, got {published!r}")


def check_text(text: object) -> str:
    """`text` itself when it is a `str`; a TypeError naming what was received otherwise."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return text


class Pipeline:
    """A reusable extraction pipeline for one language and backend.

    Built from extractor names; each extractor's requirements are checked now,
    when the pipeline is built, not halfway through a document. `backend` is a
    registered name ("spacy", "stanza") or an object with a `parse_many` method.
    """

    def __init__(
        self,
        lang: str = "fr",
        *,
        backend: str | Any = "spacy",
        extractors: Sequence[str] | None = None,
        model: str | None = None,
        options: Mapping[str, Mapping[str, Any]] | None = None,
        backend_options: Mapping[str, Any] | None = None,
    ) -> None:
        self.lang = check_language(lang)
        self._backend: Any = None if isinstance(backend, str) else backend
        self._backend_given = not isinstance(backend, str)
        self.backend_name = backend if isinstance(backend, str) else getattr(backend, "name", type(backend).__name__)
        self._backend_class = get_backend_class(backend) if isinstance(backend, str) else type(backend)
        self.model = model
        self.backend_options = dict(backend_options or {})
        names = list(DEFAULT_EXTRACTORS if extractors is None else extractors)
        self.extractors: list[ExtractorSpec] = [get_extractor(name) for name in names]
        self.options = {name: dict(opts) for name, opts in (options or {}).items()}
        unknown = set(self.options) - set(names)
        if unknown:
            raise ConfigError(f"Options given for extractors not in the pipeline: {sorted(unknown)}. Pipeline: {names}")
        for spec in self.extractors:
            _check_options(spec, self.options.get(spec.name, {}))
        self._check_order()

    def _check_order(self) -> None:
        produced: set[str] = set()
        for spec in self.extractors:
            missing = [r for r in spec.requires if r not in produced]
            if missing:
                raise ConfigError(
                    f"Extractor {spec.name!r} requires {missing}, which no earlier extractor produces. "
                    f"Order: {[s.name for s in self.extractors]}"
                )
            produced.add(spec.assigns)

    @classmethod
    def from_config(cls, config: str | Path | Mapping[str, Any]) -> Pipeline:
        """A pipeline from a TOML file or a mapping with `lang`, `backend`, `model`, `extractors`.

        `extractors` is a list of names, or a table of names to option tables (kept in order).
        """
        if isinstance(config, (str, Path)):
            path = Path(config)
            try:
                config = tomllib.loads(path.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"{path}: {exc}") from exc
        allowed = {"lang", "backend", "model", "extractors", "backend_options"}
        unknown = set(config) - allowed
        if unknown:
            raise ConfigError(f"Unknown configuration keys {sorted(unknown)}. Valid keys: {sorted(allowed)}")
        for key, expected in _CONFIG_TYPES.items():
            if key in config and not isinstance(config[key], expected[0]):
                raise ConfigError(f"Configuration key {key!r} must be {expected[1]}, not {config[key]!r}")
        extractors = config.get("extractors")
        options: dict[str, Mapping[str, Any]] = {}
        if isinstance(extractors, Mapping):
            for name, opts in extractors.items():
                if not isinstance(opts, Mapping):
                    raise ConfigError(f"Configuration key 'extractors.{name}' must be a table of options, not {opts!r}")
            options = {name: opts for name, opts in extractors.items() if opts}
            extractors = list(extractors)
        return cls(
            config.get("lang", "fr"),
            backend=config.get("backend", "spacy"),
            extractors=extractors,
            model=config.get("model"),
            options=options,
            backend_options=config.get("backend_options"),
        )

    def __getstate__(self) -> dict[str, Any]:
        """The pipeline's settings; a backend it loaded by name is left out and loaded again where needed."""
        return self.__dict__ if self._backend_given else {**self.__dict__, "_backend": None}

    @property
    def backend(self) -> Any:
        """The backend, created (and its model loaded) on first use."""
        if self._backend is None:
            self._backend = self._backend_class(self.lang, model=self.model, **self.backend_options)
        return self._backend

    def __call__(self, text: str, *, published: date | str | None = None, id: str | None = None) -> Extraction:
        """Extract everything from one text."""
        return next(self.pipe([(text, {"published": published, "id": id})]))

    def pipe(self, items: Iterable[tuple[str, Mapping[str, Any]]], *, batch_size: int = 32) -> Iterator[Extraction]:
        """Extract from (text, context) pairs, in order; context may hold `published` and `id`."""
        prepared = ((check_text(text), parse_published(ctx.get("published")), ctx.get("id")) for text, ctx in items)
        pending: deque[tuple[date | None, str | None]] = deque()

        def texts() -> Iterator[str]:
            for text, published, doc_id in prepared:
                pending.append((published, doc_id))
                yield text

        for doc in self.backend.parse_many(texts(), batch_size=batch_size):
            published, doc_id = pending.popleft()
            yield self.run(doc, published=published, id=doc_id)

    def run(self, doc: Document, *, published: date | None = None, id: str | None = None) -> Extraction:
        """Run the extractors and the resolution on a parsed document."""
        from eventx.resolve import resolve

        if published is not None:
            doc = Document(doc.text, doc.lang, doc.tokens, doc.sents, doc.ents, published)
        found = Findings()
        if doc.text.strip():
            for spec in self.extractors:
                produced = getattr(found, spec.assigns)
                produced.extend(spec.func(doc, found, **self.options.get(spec.name, {})))
        return resolve(doc, found, id=id)


__all__ = ["DEFAULT_EXTRACTORS", "PRODUCTS", "Findings", "Pipeline", "check_text", "parse_published"]
