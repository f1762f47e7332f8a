"""Publication dates as articles write them, read into ISO 8601.

A date counts only where news puts the article's own date: the dateline or
byline lines above the story and the lines below it ("Published 3:14 PM EST,
Thu November 21, 2024", "Nov. 21, 2024", "2024-11-21"). A date inside the
story ("on Jan. 20, 2025 the order took effect") is an event, not the article's
date, so paragraphs are never searched. The words are read by dateparser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# The written forms of a full date: "Nov. 21, 2024", "21 November 2024", "2024-11-21", "11/21/2024".
_WRITTEN_DATE = re.compile(
    rf"""\b(?:
        {_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d
      | \d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\.?,?\s+(?:19|20)\d\d
      | (?:19|20)\d\d-[01]\d-[0-3]\d
      | [01]?\d/[0-3]?\d/(?:19|20)\d\d
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Already ISO 8601: a year, a month, a day, or a day with its time ("2004-06-15T07:02"), kept as given.
_ISO = re.compile(r"^(?:19|20)\d\d(?:-[01]\d(?:-[0-3]\d(?:[T ][0-2]\d:[0-5]\d\S*)?)?)?$")
# A header or footer line is short: a dateline, byline or "Published ..." line, not a paragraph.
MAX_LINE_WORDS = 20
HEADER_LINES = 6
FOOTER_LINES = 3


# The same forms, each part captured, to read a date without dateparser (whose
# import and set-up cost more than reading every date of a few hundred articles).
_PARTS = re.compile(
    rf"""^(?:
        (?P<month1>{_MONTHS})\.?\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year1>(?:19|20)\d\d)
      | (?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTHS})\.?,?\s+(?P<year2>(?:19|20)\d\d)
      | (?P<year3>(?:19|20)\d\d)-(?P<month3>[01]\d)-(?P<day3>[0-3]\d)
      | (?P<month4>[01]?\d)/(?P<day4>[0-3]?\d)/(?P<year4>(?:19|20)\d\d)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_MONTH_NUMBERS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def date_in_line(line: str) -> str | None:
    """The first full date written in one line, as YYYY-MM-DD."""
    for found in _WRITTEN_DATE.finditer(line):
        parsed = _read_parts(found.group(0)) or _parse(found.group(0))
        if parsed is not None:
            return parsed.isoformat()
    return None


def _read_parts(text: str) -> date | None:
    """A date in one of the forms of ``_WRITTEN_DATE`` (month first when in figures), or None."""
    found = _PARTS.match(text)
    if found is None:
        return None
    parts = {name[:-1]: value for name, value in found.groupdict().items() if value is not None}
    month = parts["month"]
    number = int(month) if month.isdigit() else _MONTH_NUMBERS[month[:3].lower()]
    try:
        return date(int(parts["year"]), number, int(parts["day"]))
    except ValueError:
        return None  # "Feb. 30, 2024", "13/01/2024": for dateparser to judge


def header_footer_date(lines: Sequence[str]) -> str | None:
    """The date stated in the short lines above the story, else in those below it.

    The header ends at the first paragraph longer than a dateline; the footer is
    the last few short lines after the last such paragraph.
    """
    short = [len(line.split()) <= MAX_LINE_WORDS for line in lines]
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    header: list[int] = []
    for i in nonblank:
        if not short[i] or len(header) == HEADER_LINES:
            break
        header.append(i)
    footer: list[int] = []
    for i in reversed(nonblank):
        if not short[i] or len(footer) == FOOTER_LINES or i in header:
            break
        footer.append(i)
    for i in header + footer:
        found = date_in_line(lines[i])
        if found is not None:
            return found
    return None


def normalise(value: str) -> str:
    """A date field as YYYY-MM-DD when it can be read as one; ISO 8601 and unreadable ones as given."""
    value = value.strip()
    if _ISO.match(value):
        return value
    parsed = _parse(value) if len(value) <= 80 else None
    return parsed.isoformat() if parsed is not None else value


def parse_day(value: str) -> date | None:
    """A date given by a user or a feed ("2024-11-21", "Thu, 21 Nov 2024 10:00 GMT"), or None."""
    return _parse(value.strip()) if value.strip() and len(value) <= 80 else None


@lru_cache(maxsize=4096)
def _parse(text: str) -> date | None:
    import dateparser  # imported on first use: query commands never read dates from text

    settings: Any = {"DATE_ORDER": "MDY", "STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        parsed: datetime | None = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed is not None else None
