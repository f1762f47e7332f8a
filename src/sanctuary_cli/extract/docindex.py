"""Per-document lookups the people and city extractors make again and again.

spaCy rebuilds ``Doc.text`` from its tokens on every access, and answers "which
token holds this character", "which entity holds this token" and "where does
this sentence end" by scanning the document (``Doc.has_annotation`` scans every
token). Asked once per mention, that makes an extractor quadratic in the length
of the article. This index answers them in
constant or logarithmic time; it is built once per ``Doc`` and forgotten with it.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class DocIndex:
    """Token offsets, sentence bounds and entities of one ``Doc``, by token index."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token anew on each access
        self.starts = [token.idx for token in doc]
        self.has_sentences = len(doc) > 0 and doc.has_annotation("SENT_START")
        self.sentence_start = [0] * len(doc)
        self.sentence_end = [len(doc)] * len(doc)
        self.sentence_chars: list[int] = []  # character offset where each sentence starts
        if self.has_sentences:
            for sent in doc.sents:
                self.sentence_chars.append(sent.start_char)
                for i in range(sent.start, sent.end):
                    self.sentence_start[i] = sent.start
                    self.sentence_end[i] = sent.end
        self.ents: tuple[Span, ...] = tuple(doc.ents)
        self._entity: list[Span | None] = [None] * len(doc)
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self._entity[i] = ent

    def token_index(self, char: int) -> int:
        """Index of the token holding (or last starting before) a character offset."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def token_at(self, char: int) -> Token | None:
        """The first non-space token starting at or after a character offset."""
        i = bisect.bisect_left(self.starts, char)
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        return self.doc[i] if i < len(self.doc) else None

    def span(self, start: int, end: int) -> Span | None:
        """The tokens covering the characters ``[start, end)``, widened to whole tokens."""
        if not self.starts or end <= start:
            return None
        first, last = self.token_index(start), self.token_index(end - 1)
        return self.doc[first : last + 1]

    def entity(self, i: int) -> Span | None:
        """The entity token ``i`` belongs to."""
        return self._entity[i] if 0 <= i < len(self._entity) else None


_KEY = "sanctuary_cli.docindex"


def index(doc: Doc) -> DocIndex:
    """The index of a Doc, built on first use and kept on the Doc itself.

    It lives in ``doc.user_data`` so it goes when the Doc goes: the index
    refers to its Doc, and a cache outside the Doc would keep both alive.
    """
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = DocIndex(doc)
    return found
