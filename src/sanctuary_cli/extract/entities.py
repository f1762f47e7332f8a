"""Named-entity mentions worth keeping."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.model import EntityRecord

if TYPE_CHECKING:
    from spacy.tokens import Doc

KEPT_LABELS = frozenset({"GPE", "PERSON", "ORG", "NORP", "DATE"})


def extract_entities(doc: Doc) -> list[EntityRecord]:
    """The GPE, PERSON, ORG, NORP and DATE mentions, with character offsets."""
    return [
        EntityRecord(ent.label_, ent.text, ent.start_char, ent.end_char)
        for ent in doc.ents
        if ent.label_ in KEPT_LABELS
    ]
