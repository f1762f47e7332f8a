"""Boilerplate removal and metadata from plain article text.

Scraped news carries page furniture around the article: navigation ("Skip to
content"), comment prompts, newsletter promotions, copyright lines, photo
captions and credits, author bios. These rules drop such lines and read the
title, outlet, byline and date that the text itself states. The body keeps a
map back to the stored text so every offset found in it can be cited.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from sanctuary_cli.corpus.dates import date_in_line, header_footer_date

# Lines that are page furniture wherever they appear (whole line, case-insensitive).
_FURNITURE = re.compile(
    r"""^(?:
        skip\ to\ (?:main\ )?content | comments? | comment\ on\ this\ article.* | read\ (?:also|more)\s*:?
      | latest | advertisement | related(?:\ (?:articles?|stories|coverage))?\s*:?
      | after\ newsletter\ promotion
      | (?:sign\ up|subscribe)\b.*\bnewsletters?\b.* | share\ (?:this|on)\b.* | follow\ us\b.*
      | listen\ to\ (?:this\ )?article.* | \d+\s+min(?:ute)?s?\ read | click\ here\b.*
      | supported\ by | (?:image|photo|video)\ (?:caption|source|credit)s?\s*:?.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)\s*(?:(?P<year>(?:19|20)\d\d)\b)?\s*(?P<rest>.*)$", re.I)
_RIGHTS = re.compile(r"\ball rights reserved\b", re.I)
# A photo credit ending a caption: "John Gress/Reuters", "(AP Photo/David Zalubowski)",
# "| AP", "Getty Images", "Photo: Jane Doe".
_AGENCIES = (
    r"(?:Reuters|AP|AFP|Getty(?:\ Images)?|EPA|Bloomberg|Shutterstock|Alamy|Sipa|Pool|NurPhoto"
    r"|ZUMA(?:\ Press)?|PA)"
)
_CREDIT = re.compile(
    rf"""(?:
        \((?:AP|AFP|Reuters)\ Photo/[^)]*\)\s*$
      | \b[A-Z][\w.'-]+(?:\ [A-Z][\w.'-]+){{0,3}}\s?/\s?{_AGENCIES}\b[^.]{{0,40}}$
      | \|\s*{_AGENCIES}\s*$
      | \b(?:Getty\ Images|Shutterstock|Alamy\ Stock\ Photo)\s*$
      | ^(?:photo|image|credit)s?\s*(?:by)?\s*:\s*\S.{{0,60}}$
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_BIO = re.compile(
    r"^(?P<name>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}) "
    r"(?:(?:also |occasionally |regularly |frequently )?writes\b[^.]{0,60}?\b(?:for|at) (?:the )?"
    r"(?P<outlet>[A-Z][^.,]+)"
    r"|is an? (?:[\w-]+ ){0,3}(?:reporter|writer|correspondent|editor|journalist|contributor)\b"
    r"(?: (?:for|at) "
    r"(?P<outlet2>[A-Z][^.,]+))?)"
)
_BYLINE = re.compile(r"^(?:by|written by)\s+(?P<name>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})\b", re.I)
# Ledes that open on the outlet or a dateline: "(NewsNation) —", "CHICAGO –", "CHICAGO (AP) —".
_DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][A-Z .,'-]{2,40}?)\s*)?(?:\((?P<outlet>[A-Z][\w .&'-]{1,40})\)\s*)?"
    r"[—–-]{1,2}\s+(?=\S)"
)
_DATE_LINE = re.compile(
    r"^(?:published|posted|updated|first published)(?:\s+on)?\s*:?\s*(?P<date>.{6,40}?)\s*$", re.I
)
_MAX_CAPTION_CHARS = 400  # a caption with its credit is a line or two, never a paragraph
_HEADLINE_SCAN = 8  # headlines sit in the first few lines
_MAX_HEADLINE_WORDS = 25
_LONG_PARAGRAPH_WORDS = 30  # the first paragraph this long is the article itself
_REPEATED_LINE_WORDS = 6  # a repeat of a line this long is a scraping artefact, not emphasis
_CLOSING_MARKS = "\"'”’»"  # what may close a sentence after its stop: "… is "dead.""
_MAX_QUOTED_HEADLINE_WORDS = 16  # a headline ending in a quoted "…!" or "…?" is shorter


@dataclass
class Body:
    """The article text the NLP reads, with a map back to the stored text."""

    text: str
    # (offset in body, offset in stored text) where each kept run starts
    anchors: list[tuple[int, int]] = field(default_factory=list)

    def to_stored(self, offset: int) -> int:
        """Map an offset in the body to the same character in the stored text."""
        if not self.anchors:
            return offset
        i = bisect.bisect_right(self.anchors, (offset, float("inf"))) - 1
        body_start, stored_start = self.anchors[max(i, 0)]
        return stored_start + offset - body_start


@dataclass
class Metadata:
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    date: str | None = None


def is_furniture(line: str) -> bool:
    """Whether one stripped line is page furniture rather than article text."""
    if not line:
        return False
    return bool(
        _FURNITURE.match(line) or _COPYRIGHT.match(line) or _RIGHTS.search(line) or _is_caption(line)
    )


def _is_caption(line: str) -> bool:
    # The length bound also keeps the credit pattern linear: on a long run of
    # capitalised tokens without spaces ("Aa.Aa.Aa...") it backtracks from every
    # word boundary, which is quadratic in the line's length.
    return len(line) <= _MAX_CAPTION_CHARS and len(line.split()) <= 40 and bool(_CREDIT.search(line))


def clean(text: str) -> tuple[Body, Metadata]:
    """Drop boilerplate lines and read the metadata the text states."""
    meta = Metadata()
    copyright_year: str | None = None
    lines = text.splitlines(keepends=True)
    stripped = [line.strip() for line in lines]
    drop = [False] * len(lines)
    for i, line in enumerate(stripped):
        if is_furniture(line):
            drop[i] = True
            copyright_year = copyright_year or _read_furniture(line, meta)
            _drop_image_title(stripped, i, drop)
        elif (bio := _BIO.match(line)) is not None:
            drop[i] = True
            meta.byline = meta.byline or bio.group("name")
            meta.outlet = meta.outlet or _clean_name(bio.group("outlet") or bio.group("outlet2"))
            _drop_names_above(stripped, i, bio.group("name"), drop)
        elif (by := _BYLINE.match(line)) is not None and len(line.split()) <= 8:
            drop[i] = True
            meta.byline = meta.byline or by.group("name")
        elif (dated := _DATE_LINE.match(line)) is not None:
            drop[i] = True
            meta.date = meta.date or date_in_line(dated.group("date"))
    _drop_repeats(stripped, drop)
    # The headline is the title, not article prose: run into the lede it
    # would read as that sentence's subject.
    headline = _headline(stripped, drop)
    if headline is not None:
        drop[headline] = True
    body = _assemble(lines, drop)
    _read_lede(body.text, meta)
    # A date line above or below the story; failing that, the year of a copyright line.
    meta.date = meta.date or header_footer_date(stripped) or copyright_year
    meta.title = stripped[headline] if headline is not None else _first_sentence(body.text)
    return body, meta


def _drop_image_title(lines: list[str], i: int, drop: list[bool]) -> None:
    """An image's title sits on the line right above its caption."""
    prev = _previous_nonblank(lines, i)
    if _is_caption(lines[i]) and prev is not None and len(lines[prev].split()) <= 6:
        drop[prev] = True


def _drop_names_above(lines: list[str], i: int, name: str, drop: list[bool]) -> None:
    """The author's name often stands on its own lines (up to three) just above the bio."""
    names_above = 0
    for j in range(i - 1, -1, -1):
        if not lines[j]:
            continue
        if names_above == 3 or not _same_name(lines[j], name):
            break
        drop[j] = True
        names_above += 1


def _read_furniture(line: str, meta: Metadata) -> str | None:
    """The outlet a copyright line names, kept in ``meta``; the year it gives, returned."""
    copyright_ = _COPYRIGHT.match(line)
    if copyright_ is None:
        return None
    holder = _RIGHTS.split(copyright_.group("rest"))[0].strip(" .,")
    if holder and meta.outlet is None and len(holder.split()) <= 6:
        meta.outlet = _clean_name(holder)
    year: str | None = copyright_.group("year")
    return year


def _clean_name(name: str | None) -> str | None:
    if name is None:
        return None
    name = re.sub(r"\s+", " ", name).strip(" .,;:")
    return name or None


def _same_name(line: str, name: str) -> bool:
    """'Patrick J. Foote' above a bio that says 'Patrick Foote writes ...'."""
    words, target = line.replace(".", "").split(), name.replace(".", "").split()
    return bool(words) and len(words) <= 4 and words[0] == target[0] and words[-1] == target[-1]


def _previous_nonblank(lines: list[str], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if lines[j]:
            return j
    return None


def _drop_repeats(lines: list[str], drop: list[bool]) -> None:
    """A line met again is shown once: scraped pages double headings and standfirsts.

    Short lines repeat only when adjacent (a heading doubled); a line of a
    few words or more is page furniture wherever its second copy stands.
    """
    seen: set[str] = set()
    prev: int | None = None
    for i, line in enumerate(lines):
        if not line or drop[i]:
            continue
        long_line = len(line.split()) >= _REPEATED_LINE_WORDS
        if (prev is not None and lines[prev] == line) or (long_line and line in seen):
            drop[i] = True
        if long_line:
            seen.add(line)
        prev = i


def _assemble(lines: list[str], drop: list[bool]) -> Body:
    parts: list[str] = []
    anchors: list[tuple[int, int]] = []
    body_len = stored = 0
    previous_kept = False
    for line, dropped in zip(lines, drop, strict=True):
        if not dropped:
            if not previous_kept:
                anchors.append((body_len, stored))
            parts.append(line)
            body_len += len(line)
        previous_kept = not dropped
        stored += len(line)
    text = "".join(parts)
    # Trailing blank lines left by dropped furniture are not article text.
    return Body(text.rstrip(), anchors)


def _paragraphs(body: str, count: int = 5) -> list[str]:
    """The first few paragraphs of eight words or more."""
    return [p.strip() for p in body.split("\n") if len(p.split()) >= 8][:count]


def _lede(body: str) -> str:
    """The opening paragraph: the one with a dateline if any, else the first."""
    paragraphs = _paragraphs(body)
    dated = [p for p in paragraphs if _DATELINE.match(p)]
    return (dated or paragraphs or [""])[0]


def _read_lede(body: str, meta: Metadata) -> None:
    dateline = _DATELINE.match(_lede(body))
    if dateline and dateline.group("outlet") and meta.outlet is None:
        meta.outlet = _clean_name(dateline.group("outlet"))


def _headline(lines: list[str], drop: list[bool]) -> int | None:
    """The first short line without closing punctuation before the article proper."""
    seen = 0
    for i, (line, dropped) in enumerate(zip(lines, drop, strict=True)):
        if not line or dropped:
            continue
        words = len(line.split())
        if words >= _LONG_PARAGRAPH_WORDS or seen >= _HEADLINE_SCAN:
            return None
        seen += 1
        if 4 <= words <= _MAX_HEADLINE_WORDS and not _ends_sentence(line):
            return i
    return None


def _ends_sentence(line: str) -> bool:
    """Whether a line ends like a sentence, its stop inside a closing quotation mark too.

    "Mayor Baker said the plan is "dead."" is article prose, however short; a
    headline ends on a word or a closing mark. A quoted question, exclamation
    or trailing ellipsis ends a headline ("Fans to the band: "Come back!"",
    "'My years with the band…'") unless the line runs longer than headlines do.
    """
    if line.endswith((".", ",", ";", ":")):
        return True
    if not line.endswith(tuple(_CLOSING_MARKS)):
        return False
    inner = line.rstrip(_CLOSING_MARKS)
    if inner.endswith(("!", "?", "…", "...")):
        return len(line.split()) > _MAX_QUOTED_HEADLINE_WORDS
    return inner.endswith((".", ",", ";", ":"))


def _first_sentence(body: str, limit: int = 160) -> str | None:
    """A title for an article that states none: its lede's first sentence."""
    lede = _lede(body)
    if not lede:
        return None
    lede = _DATELINE.sub("", lede, count=1)
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", lede, maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rsplit(" ", 1)[0] + "…"
