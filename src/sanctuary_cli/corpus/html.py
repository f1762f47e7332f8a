"""Article text and metadata from an HTML page, through trafilatura.

trafilatura finds the article's main text (dropping menus, related links,
captions, share bars, footers and comments) and reads its metadata: title,
author, date (through htmldate), site name, canonical URL and language. What
it does not do is done here: parsing any page, fragment or not, into one
document tree; htmldate's search of the page's text for a date when its
markup states none; and a plain-text fallback for a page too short for the
main extractor. The text returned is what the store keeps, so every offset
the NLP finds points into it.

Settings, measured with ``python benchmarks/html_extraction.py --variants`` on
the saved pages in ``tests/fixtures/pages`` (token-shingle F1 of the body):
comments off is the one setting that changes the score there (trafilatura's
defaults 0.934, comments off 0.945; through this loader, with menus pruned
and the line cleaning of ``clean.py`` after it, 0.958). Favouring precision
or recall scored the same as the balanced mode on those pages, so the
balanced mode is kept: it is also the mode behind trafilatura's published
score on the public article-extraction benchmark. Tables are kept (budgets
and vote counts are news too).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import lxml.etree
import lxml.html
import trafilatura
from htmldate import find_date
from trafilatura.metadata import extract_metadata

# The libraries log what they discard at WARNING and ERROR; a user of the CLI
# hears about a page through the loader's own one-line problem instead.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

FAVOR_PRECISION = False
FAVOR_RECALL = False
# Elements whose text is never article text and that trafilatura keeps on a
# page with no article container: "enable JavaScript" notices, site menus.
_PRUNE = ["//noscript", "//nav"]

_PARSER = lxml.html.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, collect_ids=False
)


class PageTooLong(ValueError):
    """A page with more visible text than any article; extracting it would take minutes."""

    def __init__(self, chars: int) -> None:
        super().__init__(f"{chars:,} characters of text")
        self.chars = chars


class PageTooLarge(ValueError):
    """A page of more elements than any news page has (trafilatura's time grows faster than their number)."""


# A heavy news page, comments and all, has a few thousand elements; 100,000 <span>s take trafilatura 20 s.
MAX_ELEMENTS = 50_000


# Text nodes a reader sees: not inside script, style or template elements.
_VISIBLE_TEXT = lxml.etree.XPath(
    "//text()[not(ancestor::script or ancestor::style or ancestor::template or ancestor::noscript)]"
)


@dataclass(frozen=True)
class Page:
    """The text and metadata of one HTML page."""

    text: str  # paragraphs separated by a blank line
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD)
    sitename: str | None = None
    url: str | None = None
    language: str | None = None


# Characters XML forbids. lxml parses a page holding them, but refuses them in
# any text set afterwards, as trafilatura and htmldate do when they rewrite the
# tree ("<script></script>\f"): they become spaces first.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def parse(html: str) -> lxml.html.HtmlElement | None:
    """The page as one document tree (a fragment gets its <html> and <body>), or None if empty."""
    try:
        return lxml.html.document_fromstring(_NOT_XML.sub(" ", html).encode("utf-8", "replace"), parser=_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return None


def extract(html: str, url: str | None = None, max_chars: int | None = None) -> Page:
    """The article text and metadata of an HTML page.

    Raises ``PageTooLong`` when the page's visible text passes ``max_chars``,
    ``PageTooLarge`` when it has over MAX_ELEMENTS elements: trafilatura's time
    grows faster than the page (a 10 MB run of text takes minutes), and no
    article page is that big.
    """
    tree = parse(html)
    if tree is None:
        return Page(text="")
    if max_chars is not None and (chars := sum(map(len, _VISIBLE_TEXT(tree)))) > max_chars:
        raise PageTooLong(chars)
    if (elements := sum(1 for _ in tree.iter())) > MAX_ELEMENTS:
        raise PageTooLarge(f"page has {elements:,} HTML elements, over the limit of {MAX_ELEMENTS:,}")
    # Dates from the markup only (meta tags, JSON-LD, <time>, the URL): fast and precise.
    meta = extract_metadata(tree, default_url=url, extensive=False)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        favor_precision=FAVOR_PRECISION,
        favor_recall=FAVOR_RECALL,
        include_comments=False,
        include_tables=True,
        prune_xpath=_PRUNE,
    )
    text = getattr(document, "text", None) or ""
    date = meta.date or _any_date(tree, url)
    if not text.strip():
        # Too little text for the main extractor (a page of one paragraph): its plain reading.
        _, text, _ = trafilatura.baseline(tree)
    return Page(
        text=_paragraphs(text),
        title=meta.title or None,
        author=meta.author or None,
        date=date,
        sitename=meta.sitename or None,
        url=meta.url or url,
        language=meta.language or getattr(document, "language", None),
    )


def _any_date(tree: lxml.html.HtmlElement, url: str | None) -> str | None:
    """htmldate's wider search, through the page's text, when its markup states no date."""
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    found = find_date(tree, url=url, original_date=True, extensive_search=True, max_date=today)
    return found if isinstance(found, str) else None


def _paragraphs(text: str) -> str:
    """One paragraph a line becomes a blank line between paragraphs, as in the plain-text articles."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)
