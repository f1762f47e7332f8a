"""The extractors as spaCy pipeline components, for sanctuary's ingest and anyone's pipeline.

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("sanctuary_quotes")
    doc = nlp(text)
    doc._.quotes  # [QuoteRecord(...), ...]

========================  =================================  =============================
factory                   writes                             reads
========================  =================================  =============================
``sanctuary_places``      ``doc._.places``: ``CityRecord``   the parse and the entities
``sanctuary_people``      ``doc._.people``: ``PersonRecord``  places
``sanctuary_quotes``      ``doc._.quotes``: ``QuoteRecord``   people, places
``sanctuary_stance``      ``doc._.claims``: ``EvidenceRecord``  places, people, quotes
========================  =================================  =============================

Each attribute is ``None`` until its component has run. A component whose
input is missing computes it first and writes it too, so any one of them can be
added alone and in any order, and no extractor runs twice on one Doc. They need
a pipeline that tags, parses and finds entities (``en_core_web_sm`` and up) and
raise ``MissingAnnotationError`` on a Doc without them.

The records survive ``Doc.to_bytes``, ``DocBin`` and ``nlp.pipe(n_process=...)``:
they are registered with spaCy's serialiser. The components hold no state and
take no settings, so a pipeline with them saves with ``nlp.to_disk`` and loads
with ``spacy.load`` wherever this package is installed: the factories are registered when this module is imported, and
the package declares them under the ``spacy_factories`` entry point, which
spaCy reads on its own. The extractors themselves are imported on a component's
first call, so registering costs a pipeline that never uses them nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from sanctuary_cli import timing
from sanctuary_cli.errors import SanctuaryError

if TYPE_CHECKING:
    from sanctuary_cli.extract.model import Analysis, CityRecord, EvidenceRecord, PersonRecord, QuoteRecord

# Factory name -> the Doc attribute it writes, in the order the ingest runs them.
COMPONENTS = {
    "sanctuary_places": "places",
    "sanctuary_people": "people",
    "sanctuary_quotes": "quotes",
    "sanctuary_stance": "claims",
}

# What the extractors read from the Doc, in the form spaCy's pipe analysis checks.
REQUIRES = ["token.tag", "token.dep", "token.head", "doc.sents", "doc.ents"]

# Doc.has_annotation names of the same, and what a user would add to get each.
_ANNOTATIONS = {"TAG": "a tagger", "DEP": "a parser", "ENT_IOB": "an entity recognizer"}


class MissingAnnotationError(SanctuaryError, ValueError):
    """A sanctuary component got a Doc that was not tagged, parsed and NER-tagged."""


def _register_extensions() -> None:
    for attribute in COMPONENTS.values():
        if not Doc.has_extension(attribute):
            Doc.set_extension(attribute, default=None)


def _check(doc: Doc) -> None:
    missing = [what for name, what in _ANNOTATIONS.items() if not doc.has_annotation(name)]
    if missing:
        raise MissingAnnotationError(
            f"sanctuary's components need {', '.join(missing)} to run before them; "
            "add them to a trained English pipeline such as en_core_web_sm, after its parser and ner"
        )


def _stored(doc: Doc, attribute: str) -> Any:
    """What a component wrote, as a list (a Doc read back from a DocBin holds a tuple), or None."""
    found = doc._.get(attribute)
    if isinstance(found, tuple):
        found = list(found)
        doc._.set(attribute, found)
    return found


def places(doc: Doc) -> list[CityRecord]:
    """The US cities the article speaks of (``doc._.places``), found now if not yet."""
    found: list[CityRecord] | None = _stored(doc, "places")
    if found is None:
        from sanctuary_cli.extract.places.cities import extract_cities

        _check(doc)
        found = doc._.places = extract_cities(doc)
    return found


def people(doc: Doc) -> list[PersonRecord]:
    """The people of the article (``doc._.people``), found now if not yet."""
    found: list[PersonRecord] | None = _stored(doc, "people")
    if found is None:
        from sanctuary_cli.extract.people.people import extract_people

        cities = places(doc)
        found = doc._.people = extract_people(doc, cities)
    return found


def quotes(doc: Doc) -> list[QuoteRecord]:
    """The quotations with their speakers (``doc._.quotes``), found now if not yet."""
    found: list[QuoteRecord] | None = _stored(doc, "quotes")
    if found is None:
        from sanctuary_cli.extract.people import link_speakers
        from sanctuary_cli.extract.quotes.quotes import extract_quotes

        cities = places(doc)
        speakers = people(doc)
        found = extract_quotes(doc, speakers, cities)
        link_speakers(found, speakers)
        doc._.quotes = found
    return found


def claims(doc: Doc) -> list[EvidenceRecord]:
    """Evidence of where each city stands on federal enforcement (``doc._.claims``), found now if not yet."""
    found: list[EvidenceRecord] | None = _stored(doc, "claims")
    if found is None:
        from sanctuary_cli.extract.stance.evidence import extract_evidence

        cities = places(doc)
        speakers = people(doc)
        said = quotes(doc)
        found = doc._.claims = extract_evidence(doc, cities, speakers, said)
    return found


def analysis(doc: Doc) -> Analysis:
    """Everything the components wrote on ``doc``, running any that have not run, as one record."""
    from sanctuary_cli.extract.entities import extract_entities
    from sanctuary_cli.extract.model import Analysis

    evidence = claims(doc)
    return Analysis(
        entities=extract_entities(doc),
        cities=places(doc),
        people=people(doc),
        quotes=quotes(doc),
        evidence=evidence,
    )


class Extractor:
    """One sanctuary component: calls its extractor on each Doc and returns the Doc."""

    def __init__(self, name: str, attribute: str) -> None:
        self.name = name
        self.attribute = attribute
        self._extract = _EXTRACTORS[attribute]
        self._stage = f"component: {name}"

    def __call__(self, doc: Doc) -> Doc:
        with timing.stage(self._stage):  # a no-op unless an ingest is being timed
            self._extract(doc)
        return doc

    def __repr__(self) -> str:
        return f"<{self.name}: doc._.{self.attribute}>"


def extractors(nlp: Language) -> list[tuple[str, Extractor]]:
    """The sanctuary components of a pipeline, by name, in its order."""
    return [(name, pipe) for name, pipe in nlp.pipeline if isinstance(pipe, Extractor)]


def add_to(nlp: Language) -> Language:
    """Add every sanctuary component the pipeline lacks, at its end, in the order of ``COMPONENTS``."""
    present = set(nlp.pipe_factories.values())
    for factory in COMPONENTS:
        if factory not in present:
            nlp.add_pipe(factory)
    return nlp


_EXTRACTORS: dict[str, Callable[[Doc], object]] = {
    "places": places, "people": people, "quotes": quotes, "claims": claims,
}


def _factory(factory: str) -> Callable[[Language, str], Extractor]:
    """Register one component; it may write the attributes before its own, when they are missing."""
    attributes = list(COMPONENTS.values())
    attribute = COMPONENTS[factory]
    writes = [f"doc._.{a}" for a in attributes[: attributes.index(attribute) + 1]]

    def make(nlp: Language, name: str) -> Extractor:
        return Extractor(name, attribute)

    make.__name__ = make.__qualname__ = f"make_{attribute}"
    make.__doc__ = f"The {factory} component: writes ``doc._.{attribute}``."
    registered: Callable[[Language, str], Extractor] = Language.factory(
        factory, assigns=writes, requires=REQUIRES, retokenizes=False
    )(make)
    return registered


# --- Docs that carry the components' output serialise (Doc.to_bytes, DocBin, nlp.pipe(n_process=2)) --

_RECORD_TAG = "sanctuary_record"


def _record_types() -> dict[str, type]:
    from sanctuary_cli.extract import model

    return {cls.__name__: cls for cls in (model.CityRecord, model.PersonRecord, model.QuoteRecord,
                                          model.EvidenceRecord, model.EntityRecord)}


def _encode(obj: object, chain: Callable[[object], object] | None = None) -> object:
    """A record as a tagged map for msgpack; the shared per-Doc index as nothing (it is rebuilt on use)."""
    from sanctuary_cli.extract.docindex import DocIndex

    if isinstance(obj, DocIndex):
        return None
    name = type(obj).__name__
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type) and _record_types().get(name) is type(obj):
        return {_RECORD_TAG: name, "fields": {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}}
    return obj if chain is None else chain(obj)


def _decode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """The record a tagged map stands for (offset pairs back to tuples); any other map as it is."""
    if isinstance(obj, dict) and _RECORD_TAG in obj and set(obj) == {_RECORD_TAG, "fields"}:
        # msgpack gives sequences back as lists or tuples (DocBin): a record's are lists, of pairs or strings.
        values = {
            key: [tuple(v) if isinstance(v, list | tuple) else v for v in value]
            if isinstance(value, list | tuple) else value
            for key, value in obj["fields"].items()
        }
        return _record_types()[obj[_RECORD_TAG]](**values)
    return obj if chain is None else chain(obj)


_register_extensions()
srsly.msgpack_encoders.register("sanctuary_records", func=_encode)
srsly.msgpack_decoders.register("sanctuary_records", func=_decode)
make_places = _factory("sanctuary_places")
make_people = _factory("sanctuary_people")
make_quotes = _factory("sanctuary_quotes")
make_stance = _factory("sanctuary_stance")
