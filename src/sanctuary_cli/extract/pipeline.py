"""One article's Doc in, everything the extractors find out.

The extractors run as the spaCy components of ``extract.components``; this is
the one place the ingest calls them from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract import components
from sanctuary_cli.extract.model import Analysis

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def analyze(doc: Doc, nlp: Language | None = None) -> Analysis:
    """Run the sanctuary components over one parsed article and collect what they wrote.

    With ``nlp``, the pipeline's own sanctuary components run first, in its
    order: the ingest parses with them switched off (see ``nlp.engine.parse``)
    so that a text parsed in pieces is analysed whole. Whatever the pipeline
    lacks is then computed the way the components compute a missing input.
    """
    if nlp is not None:
        for _, component in components.extractors(nlp):
            component(doc)
    return components.analysis(doc)
