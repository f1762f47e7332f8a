"""Quoted passages found by their quotation marks, before any parsing.

News text mixes straight and curly marks, and often has one mark too many or
too few. The rules here are the ones print journalism follows:

* a curly mark says which way it faces; a straight mark faces the way its
  neighbours say (space before it: it opens; space or punctuation after: it closes);
* a quote never runs past its paragraph unless the next paragraph opens with
  a new opening mark: that is how a quotation spanning several paragraphs is
  written, and it is one quotation;
* a stray mark spoils only its own paragraph: one article with an odd number
  of marks still yields every other quote.

The scan is one pass over the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING_MARKS = "“«"
CLOSING_MARKS = "”»"
STRAIGHT_MARKS = '"＂'
ALL_MARKS = OPENING_MARKS + CLOSING_MARKS + STRAIGHT_MARKS
# Two single marks standing in for a double one, as some typesetting writes them.
DOUBLED_OPENING = ("‘‘", "``")
DOUBLED_CLOSING = ("’’",)
DOUBLED_STRAIGHT = ("''",)
DOUBLED_MARKS = DOUBLED_OPENING + DOUBLED_CLOSING + DOUBLED_STRAIGHT
_MARK_RE = re.compile("|".join([*map(re.escape, DOUBLED_MARKS), f"[{ALL_MARKS}]"]))
_LINE_RE = re.compile(r"[^\n]+")

# Characters after which a straight mark opens a quote, and before which it closes one.
_OPENS_AFTER = "([{—–-/"
_CLOSES_BEFORE = ".,;:!?)]}—–-…"


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation: the quoted words, marks excluded.

    ``parts`` holds one (start, end) pair per paragraph the quotation runs
    through. ``opening``/``closing`` are the offsets of the first opening and
    the last closing mark, or None where a mark was missing; a span missing
    one is ``loose``: it is only a quotation if an attribution is found. A mark
    may be two characters ("’’" for "”"); ``closing`` is then its last one.
    """

    parts: tuple[tuple[int, int], ...]
    opening: int | None
    closing: int | None

    @property
    def start(self) -> int:
        """Offset of the first quoted character."""
        return self.parts[0][0]

    @property
    def end(self) -> int:
        """Offset just past the last quoted character."""
        return self.parts[-1][1]

    @property
    def loose(self) -> bool:
        """Whether a mark was missing at either end."""
        return self.opening is None or self.closing is None

    @property
    def before(self) -> int:
        """Where the text before the quotation ends (its opening mark)."""
        return self.start if self.opening is None else self.opening

    @property
    def after(self) -> int:
        """Where the text after the quotation starts, past its closing mark (``closing`` is its last character)."""
        return self.end if self.closing is None else self.closing + 1

    def text_of(self, text: str) -> str:
        """The quoted words, paragraphs joined by a space."""
        return " ".join(text[start:end] for start, end in self.parts)


@dataclass
class _Segment:
    """A quoted stretch within one paragraph, before paragraphs are joined."""

    start: int
    end: int
    opening: int | None  # offset of the opening mark, None when it runs from the paragraph start
    closing: int | None  # offset of the closing mark, None when it runs to the paragraph end


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted passage in ``text``, in order of appearance."""
    spans: list[QuoteSpan] = []
    pending: list[_Segment] = []  # a quotation left open at the end of a paragraph
    for line in _LINE_RE.finditer(text):
        segments = _line_segments(text, line.start(), line.end())
        if pending and not _continues(text, line.start(), segments):
            spans.append(_span(pending))
            pending = []
        for segment in segments:
            # A segment left open runs on into the next one: a reopened paragraph.
            pending.append(segment)
            if segment.closing is not None:
                spans.append(_span(pending))
                pending = []
    if pending:
        spans.append(_span(pending))
    return spans


def _span(segments: list[_Segment]) -> QuoteSpan:
    """One quotation made of the segments of consecutive paragraphs."""
    return QuoteSpan(
        parts=tuple((segment.start, segment.end) for segment in segments),
        opening=segments[0].opening,
        closing=segments[-1].closing,
    )


def _continues(text: str, line_start: int, segments: list[_Segment]) -> bool:
    """Whether a paragraph carries on the quotation left open before it.

    It does when it opens with a quotation mark (the convention), or when its
    first mark closes a quotation it never opened (the reopening mark was
    left out).
    """
    if not segments:
        return False
    first = segments[0]
    if first.opening is None:
        return True
    return text[line_start : first.opening].strip() == ""


def _line_segments(text: str, line_start: int, line_end: int) -> list[_Segment]:
    """The quoted stretches of one paragraph, pairing its marks by direction."""
    segments: list[_Segment] = []
    open_at: int | None = None
    words_from = 0  # where the open quotation's words begin (past its opening mark)
    inner_end = line_start  # the end of a quotation nested in the open one, whose marks are its words
    for match in _MARK_RE.finditer(text, line_start, line_end):
        position, last = match.start(), match.end() - 1  # first and last character of the mark
        if position < inner_end:
            continue
        if _is_opening(text, match.group(), position, last, line_start, line_end, open_at is not None):
            if open_at is not None and (nested := _nested_end(text, match.end(), line_start, line_end, open_at)):
                inner_end = nested  # "He wrote: "Fans of "Settle Down" shirts came."": one quotation
                continue
            if open_at is not None and _ends_sentence_before(text, position, words_from):
                # "…it approaches. "These plans …": paragraphs run together, each reopening
                # the quotation; the quotation goes on.
                segments.append(_trimmed(text, words_from, position, opening=open_at, closing=None))
            # Otherwise a second opening mark while one is open: the earlier one was stray.
            open_at, words_from = position, match.end()
        elif open_at is not None:
            segments.append(_trimmed(text, words_from, position, opening=open_at, closing=last))
            open_at = None
        elif not segments:
            # A closing mark with no opening mark before it in this paragraph:
            # either a quotation continuing from the paragraph before, or one
            # whose opening mark was left out.
            segments.append(_trimmed(text, line_start, position, opening=None, closing=last))
    if open_at is not None:
        segments.append(_trimmed(text, words_from, line_end, opening=open_at, closing=None))
    return [segment for segment in segments if segment.end > segment.start]


def _nested_end(text: str, start: int, line_start: int, line_end: int, outer: int) -> int | None:
    """Where a quotation opened inside an open one ends, if it is nested rather than the outer mark stray.

    A second opening mark while a quotation is open is nested when two closing
    marks follow it (its own, then the outer one), or when its own closing mark
    is the last of the paragraph and the outer mark opened the paragraph: a
    paragraph starting with a quotation mark is a quotation, not a stray mark.
    Returns the offset past the nested quotation's closing mark.
    """
    following = list(_MARK_RE.finditer(text, start, line_end))[:2]
    closings = 0
    for match in following:
        if _is_opening(text, match.group(), match.start(), match.end() - 1, line_start, line_end, True):
            break
        closings += 1
    if closings == 0:
        return None
    if closings == 2 or (len(following) == 1 and text[line_start:outer].strip() == ""):
        return following[0].end()
    return None


def _ends_sentence_before(text: str, position: int, start: int) -> bool:
    """Whether the open quotation's words end with a finished sentence just before ``position``."""
    before = text[start:position].rstrip()
    return len(before) > 1 and before[-1] in ".?!…"


def _is_opening(text: str, mark: str, position: int, last: int, line_start: int, line_end: int, is_open: bool) -> bool:
    """Whether the mark spanning ``position``..``last`` opens a quotation."""
    before = text[position - 1] if position > line_start else " "
    after = text[last + 1] if last + 1 < line_end else " "
    space_before = before.isspace() or before in _OPENS_AFTER or before in OPENING_MARKS
    space_after = after.isspace() or after in _CLOSES_BEFORE or after in CLOSING_MARKS
    if mark in OPENING_MARKS or mark in DOUBLED_OPENING:
        # A curly mark set the wrong way round ("Apparently not,“ he said, "called it “vile“ in")
        # closes the open quotation when it follows a word or punctuation and a space follows it.
        return not (is_open and space_after and not space_before)
    if mark in CLOSING_MARKS or mark in DOUBLED_CLOSING:
        # ... and one the other way round ( ”get close) opens a quotation before a word.
        return not is_open and before.isspace() and after.isalnum()
    if space_before and not space_after:
        return True
    if space_after and not space_before:
        return False
    return not is_open


def _trimmed(text: str, start: int, end: int, *, opening: int | None, closing: int | None) -> _Segment:
    """A segment with surrounding whitespace left out."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return _Segment(start, end, opening, closing)
