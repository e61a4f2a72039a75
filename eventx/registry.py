"""Versioned names for extractors and backends, filled lazily.

Built-ins are listed here as "module:attribute" strings and imported only when
used, so `import eventx` stays light. Third-party packages add extractors through
the `eventx.extractors` entry-point group or the `register_extractor` decorator.
A released name never changes behaviour; a new behaviour gets a new version.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any, Literal, Protocol

from eventx.errors import PluginWarning, UnknownNameError

Product = Literal["mentions", "meetings", "statements", "figures"]
PRODUCTS: tuple[Product, ...] = ("mentions", "meetings", "statements", "figures")
ENTRY_POINT_GROUP = "eventx.extractors"


class ExtractorFunction(Protocol):
    """An extractor: the document first, what earlier extractors found, options by keyword."""

    def __call__(self, doc: Any, found: Any, /, **options: Any) -> Iterable[Any]: ...


@dataclass(frozen=True)
class ExtractorSpec:
    """A registered extractor with what it reads and what it produces."""

    name: str
    func: ExtractorFunction
    assigns: Product
    """The kind of item it yields."""
    requires: tuple[Product, ...] = ()
    """Kinds of item that an earlier extractor must produce."""


_BUILTIN_EXTRACTORS: dict[str, str] = {
    "participants.rules.v1": "eventx.extractors.participants:PARTICIPANTS_RULES_V1",
    "meetings.rules.v1": "eventx.extractors.meetings:MEETINGS_RULES_V1",
    "statements.rules.v1": "eventx.extractors.statements:STATEMENTS_RULES_V1",
    "figures.rules.v1": "eventx.extractors.figures:FIGURES_RULES_V1",
}

_BUILTIN_BACKENDS: dict[str, str] = {
    "spacy": "eventx.backends.spacy:SpacyBackend",
    "stanza": "eventx.backends.stanza:StanzaBackend",
}

_registered: dict[str, ExtractorSpec] = {}
_entry_points_loaded = False


def register_extractor(
    name: str, *, assigns: Product, requires: Iterable[Product] = ()
) -> Callable[[ExtractorFunction], ExtractorFunction]:
    """Decorator registering a function as an extractor under `name`."""
    spec_requires = tuple(requires)
    for product in (assigns, *spec_requires):
        if product not in PRODUCTS:
            raise UnknownNameError("product", product, PRODUCTS)

    def decorate(func: ExtractorFunction) -> ExtractorFunction:
        _registered[name] = ExtractorSpec(name, func, assigns, spec_requires)
        return func

    return decorate


def _load_entry_points() -> None:
    """Import third-party extractors once; a broken plugin warns instead of failing."""
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = ep.load()
        except Exception as exc:  # a broken plugin must not break eventx
            warnings.warn(f"eventx plugin {ep.name!r} ({ep.value}) failed to load: {exc!r}", PluginWarning, stacklevel=2)
            continue
        if isinstance(loaded, ExtractorSpec):
            _registered.setdefault(loaded.name, loaded)
        elif ep.name not in _registered:
            warnings.warn(
                f"eventx plugin {ep.name!r} ({ep.value}) is neither an ExtractorSpec nor registered "
                "with @register_extractor",
                PluginWarning,
                stacklevel=2,
            )


def _import(target: str) -> Any:
    module, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module), attribute)


def extractor_names() -> list[str]:
    """Every extractor name known: built-in, registered and from entry points."""
    _load_entry_points()
    return sorted({*_BUILTIN_EXTRACTORS, *_registered})


def get_extractor(name: str) -> ExtractorSpec:
    """The extractor registered under `name`; an error listing the known names otherwise."""
    if name in _BUILTIN_EXTRACTORS:
        return _import(_BUILTIN_EXTRACTORS[name])
    _load_entry_points()
    if name in _registered:
        return _registered[name]
    raise UnknownNameError("extractor", name, extractor_names())


def backend_names() -> list[str]:
    """The backends eventx knows."""
    return sorted(_BUILTIN_BACKENDS)


def get_backend_class(name: str) -> type:
    """The backend class registered under `name` (imported only now)."""
    if name not in _BUILTIN_BACKENDS:
        raise UnknownNameError("backend", name, backend_names())
    return _import(_BUILTIN_BACKENDS[name])
