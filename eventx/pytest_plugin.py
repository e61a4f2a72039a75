"""pytest fixtures for projects that test their own use of eventx.

Installed with eventx and loaded by pytest automatically (entry point `pytest11`):

- `eventx_pipeline`: a real `eventx.Pipeline`, built once per test session, for the
  language given by `--eventx-lang` or the `eventx_lang` ini option (default "fr");
- `eventx_pipelines`: a function giving the session's pipeline for any language;
- `assert_extractions_equal`: `eventx.testing.assert_extractions_equal`, comparing
  two results without confidences and extractor names and failing with a diff.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventx.models import Extraction
from eventx.pipeline import Pipeline
from eventx.testing import assert_extractions_equal as _assert_extractions_equal

_LANG_OPTION = "eventx_lang"


def pytest_addoption(parser: pytest.Parser) -> None:
    """Declare the language option, on the command line and in ini files."""
    parser.addoption("--eventx-lang", dest=_LANG_OPTION, default=None, help="language of the eventx_pipeline fixture")
    parser.addini(_LANG_OPTION, "language of the eventx_pipeline fixture (default: fr)", default="fr")


@pytest.fixture(scope="session")
def eventx_pipelines() -> Callable[[str], Pipeline]:
    """A function returning the session's default pipeline for a language, built once."""
    built: dict[str, Pipeline] = {}

    def pipeline_for(lang: str) -> Pipeline:
        """The pipeline for `lang`, built on first request."""
        if lang not in built:
            built[lang] = Pipeline(lang)
        return built[lang]

    return pipeline_for


@pytest.fixture(scope="session")
def eventx_pipeline(request: pytest.FixtureRequest, eventx_pipelines: Callable[[str], Pipeline]) -> Pipeline:
    """The default pipeline for the configured language, its model loaded once per session."""
    lang = request.config.getoption(_LANG_OPTION) or request.config.getini(_LANG_OPTION)
    return eventx_pipelines(lang)


@pytest.fixture
def assert_extractions_equal() -> Callable[[Extraction, Extraction], None]:
    """Compare an actual and an expected result, ignoring confidences and extractor names."""
    return _assert_extractions_equal
