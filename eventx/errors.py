"""The exception tree.

    Exception
    ├── ValueError
    │   └── EventxError ............. any error raised by eventx about its input or setup
    │       ├── UnknownNameError .... an extractor, backend, language or product name not known
    │       ├── ConfigError ......... a pipeline configuration that cannot work
    │       └── ModelNotFoundError .. a statistical model that is not installed
    └── Warning
        └── PluginWarning ........... a third-party extractor that failed to load

`TypeError` is raised, unwrapped, for text that is not a `str`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class EventxError(ValueError):
    """Base class of the errors eventx raises about its input or set-up."""


class UnknownNameError(EventxError):
    """A name that no registry knows; the message lists the known ones."""

    def __init__(self, what: str, name: object, known: Iterable[str]) -> None:
        self.name = name
        self.known = sorted(known)
        close = difflib.get_close_matches(str(name), self.known, n=3) if isinstance(name, str) else []
        hint = f" Did you mean {' or '.join(map(repr, close))}?" if close else ""
        super().__init__(f"Unknown {what} {name!r}.{hint} Available: {', '.join(self.known)}")


class ConfigError(EventxError):
    """A pipeline configuration that cannot work (bad key, missing producer, bad file)."""


class ModelNotFoundError(EventxError):
    """A statistical model that is not installed; the message says how to install it."""


class PluginWarning(UserWarning):
    """A third-party extractor that could not be loaded."""
