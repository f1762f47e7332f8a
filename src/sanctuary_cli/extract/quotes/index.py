"""Lookups over one parsed article, built once so each quote costs a few bisects.

Quote attribution keeps asking the same questions: which token sits at this
character, which sentence and paragraph is it in, is this offset inside a
quotation, which entity covers this token. Scanning the Doc for each answer
would make extraction quadratic in the article's length; these sorted offset
lists answer in logarithmic time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class DocIndex:
    """Offsets of the tokens, sentences, paragraphs, entities and quotations of one Doc."""

    def __init__(self, doc: Doc, quoted: Iterable[tuple[int, int]]) -> None:
        self.doc = doc
        self.text: str = doc.text
        self.token_starts: list[int] = [token.idx for token in doc]
        self.sentence_starts: list[int] = [sent.start for sent in doc.sents] if len(doc) else []
        self.paragraph_starts: list[int] = [0] + [i + 1 for i, char in enumerate(self.text) if char == "\n"]
        self.entity_of: dict[int, Span] = {token_i: ent for ent in doc.ents for token_i in range(ent.start, ent.end)}
        # "according to" sources, found once so that each quotation only looks up its sentence.
        self.according_to: list[int] = [
            token.i
            for token in doc
            if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"
        ]
        merged = sorted(quoted)
        self.quote_starts: list[int] = [start for start, _ in merged]
        self.quote_ends: list[int] = [end for _, end in merged]

    def token_at(self, char: int) -> int:
        """The index of the token covering ``char`` (or the last one before it)."""
        return max(bisect_right(self.token_starts, char) - 1, 0)

    def tokens_between(self, start: int, end: int) -> range:
        """Indices of the tokens that begin in [start, end)."""
        return range(bisect_left(self.token_starts, start), bisect_left(self.token_starts, end))

    def sentence_of(self, token_i: int) -> int:
        """The index of the sentence holding a token."""
        return max(bisect_right(self.sentence_starts, token_i) - 1, 0)

    def sentence_bounds(self, sentence: int) -> tuple[int, int]:
        """The token range [start, end) of a sentence."""
        start = self.sentence_starts[sentence]
        nxt = sentence + 1
        end = self.sentence_starts[nxt] if nxt < len(self.sentence_starts) else len(self.doc)
        return start, end

    def according_to_between(self, start: int, end: int) -> list[int]:
        """Indices of the "according" tokens (of "according to") in the token range [start, end)."""
        return self.according_to[bisect_left(self.according_to, start) : bisect_left(self.according_to, end)]

    def paragraph_of(self, char: int) -> int:
        """The index of the paragraph (line) holding a character."""
        return bisect_right(self.paragraph_starts, char) - 1

    def in_quote(self, char: int) -> bool:
        """Whether a character lies inside a quotation's words."""
        i = bisect_right(self.quote_starts, char) - 1
        return i >= 0 and char < self.quote_ends[i]

    def entity(self, token: Token) -> Span | None:
        """The named entity a token belongs to, if any."""
        return self.entity_of.get(token.i)
