"""Per-document lookups the extractors make again and again.

spaCy rebuilds ``Doc.text`` from its tokens on every access, and answers "which
token holds this character", "which entity holds this token" and "where does
this sentence end" by scanning the document (``Doc.has_annotation`` scans every
token). Asked once per mention or quotation, that makes an extractor quadratic
in the length of the article. This index answers them in constant or
logarithmic time; it is built once per ``Doc`` and forgotten with it. The
quotation extractor also records here where the quoted words lie, so that
"is this offset inside a quotation" is one bisection.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from functools import cached_property
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
        self.quote_starts: list[int] = []
        self.quote_ends: list[int] = []
        self._matched: dict[int, dict[int, int]] = {}

    def token_index(self, char: int) -> int:
        """Index of the token holding (or last starting before) a character offset."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def token_at(self, char: int) -> Token | None:
        """The first non-space token starting at or after a character offset (see ``token_index``)."""
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

    def tokens_between(self, start: int, end: int) -> range:
        """Indices of the tokens that begin in the characters ``[start, end)``."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))

    @cached_property
    def lower_words(self) -> list[str]:
        """Every token's lower-cased text, in order (read once for the rules that look for words in a span)."""
        return [token.lower_ for token in self.doc]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """The first token of each sentence, in order."""
        return [sent.start for sent in self.doc.sents] if self.has_sentences else [0]

    def sentence_of(self, i: int) -> int:
        """The number of the sentence holding token ``i``."""
        return max(bisect.bisect_right(self.sentence_starts, i) - 1, 0)

    def sentence_bounds(self, sentence: int) -> tuple[int, int]:
        """The token range ``[start, end)`` of a sentence, by its number."""
        start = self.sentence_starts[sentence]
        following = sentence + 1
        end = self.sentence_starts[following] if following < len(self.sentence_starts) else len(self.doc)
        return start, end

    @cached_property
    def paragraph_starts(self) -> list[int]:
        """The character offset at which each paragraph (line) begins."""
        return [0] + [i + 1 for i, char in enumerate(self.text) if char == "\n"]

    def paragraph_of(self, char: int) -> int:
        """The number of the paragraph (line) holding a character."""
        return bisect.bisect_right(self.paragraph_starts, char) - 1

    def matched(self, matcher: Callable[[Doc], list[tuple[int, int, int]]]) -> dict[int, int]:
        """Where a spaCy ``Matcher`` or ``PhraseMatcher`` matches: first token -> end, the longest at each start.

        Run once per matcher and document, however often it is asked.
        """
        found = self._matched.get(id(matcher))
        if found is None:
            found = {}
            for _, start, end in matcher(self.doc):
                found[start] = max(end, found.get(start, 0))
            self._matched[id(matcher)] = found
        return found

    def mark_quotes(self, quoted: Iterable[tuple[int, int]]) -> None:
        """Record the character ranges of quoted words, for ``in_quote``."""
        merged = sorted(quoted)
        self.quote_starts = [start for start, _ in merged]
        self.quote_ends = [end for _, end in merged]

    def in_quote(self, char: int) -> bool:
        """Whether a character lies inside quoted words (as marked by ``mark_quotes``)."""
        i = bisect.bisect_right(self.quote_starts, char) - 1
        return i >= 0 and char < self.quote_ends[i]


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
