"""eventx: meetings, participants, statements and figures from French and English news.

    >>> import eventx
    >>> result = eventx.extract("Le 21 novembre, Sergey Lavrov a rencontré Ayman Safadi à Moscou.")
    >>> [p.name for p in result.meetings[0].participants]
    ['Sergey Lavrov', 'Ayman Safadi']

Models load on first use; `import eventx` imports neither spaCy nor stanza.
"""

from __future__ import annotations

from eventx._api import extract, extract_many
from eventx.errors import ConfigError, EventxError, ModelNotFoundError, PluginWarning, UnknownNameError
from eventx.lang import LANGUAGES
from eventx.models import ErrorInfo, Extraction, Figure, Location, Meeting, MeetingDate, Participant, Span, Statement
from eventx.pipeline import Pipeline
from eventx.registry import ExtractorSpec, extractor_names, register_extractor
from eventx.render import render

__version__ = "0.1.0"

__all__ = [
    "LANGUAGES",
    "ConfigError",
    "ErrorInfo",
    "EventxError",
    "Extraction",
    "ExtractorSpec",
    "Figure",
    "Location",
    "Meeting",
    "MeetingDate",
    "ModelNotFoundError",
    "Participant",
    "Pipeline",
    "PluginWarning",
    "Span",
    "Statement",
    "UnknownNameError",
    "extract",
    "extract_many",
    "extractor_names",
    "register_extractor",
    "render",
]
