"""The article links of an RSS or Atom feed and of a sitemap, with the dates they give.

trafilatura's ``feeds`` and ``sitemaps`` modules find links too, but give no
item dates (``--since`` needs them), sort the links (a feed's order is newest
first) and cannot tell a malformed feed from an empty one. So the XML is read
here with lxml, with entity expansion, DTDs and network access off: a feed is
untrusted input.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

import lxml.etree

from sanctuary_cli.corpus.dates import parse_day

_XML = lxml.etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True,
    remove_pis=True,
)


class FeedError(ValueError):
    """A feed or sitemap that cannot be read, with a one-line reason."""


@dataclass(frozen=True)
class Item:
    """One article link, with the date the feed or sitemap gives it."""

    url: str
    date: date | None = None


@dataclass(frozen=True)
class Sitemap:
    """What one sitemap lists: articles, or (in a sitemap index) more sitemaps."""

    items: list[Item]
    sitemaps: list[str]


def feed_items(data: bytes, base: str) -> list[Item]:
    """The articles an RSS 2.0, RSS 1.0 (RDF) or Atom feed lists, in its order."""
    root = _root(data, "feed")
    kind = _local(root)
    if kind == "rss":
        entries = [el for channel in _children(root, "channel") for el in _children(channel, "item")]
    elif kind == "RDF":
        entries = _children(root, "item")
    elif kind == "feed":
        entries = _children(root, "entry")
    else:
        raise FeedError(f"not an RSS or Atom feed (its root element is <{kind}>)")
    items = []
    for entry in entries:
        link = _atom_link(entry) if kind == "feed" else _text(entry, "link") or _permalink(entry)
        if link and (url := _absolute(link, base)):
            items.append(Item(url, _date(entry, "pubDate", "published", "date", "issued", "updated", "modified")))
    return _unique(items)


def sitemap_items(data: bytes, base: str) -> Sitemap:
    """The pages a sitemap lists (newest first when it dates them), or the sitemaps an index lists."""
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, limit=max(len(data) * 50, 1 << 20))
    root = _root(data, "sitemap")
    kind = _local(root)
    if kind == "sitemapindex":
        nested = [_absolute(_text(el, "loc") or "", base) for el in _children(root, "sitemap")]
        return Sitemap([], [url for url in nested if url])
    if kind != "urlset":
        raise FeedError(f"not a sitemap (its root element is <{kind}>)")
    items = []
    for entry in _children(root, "url"):
        url = _absolute(_text(entry, "loc") or "", base)
        if url:
            # A news sitemap dates each article; a plain one gives the page's last change.
            items.append(Item(url, _date(entry, "publication_date", "lastmod")))
    items = _unique(items)
    items.sort(key=lambda item: item.date or date.min, reverse=True)
    return Sitemap(items, [])


def _root(data: bytes, what: str) -> lxml.etree._Element:
    if not data.strip():
        raise FeedError(f"malformed {what}: empty document")
    try:
        root = lxml.etree.fromstring(data, parser=_XML)
    except lxml.etree.XMLSyntaxError as exc:
        message = str(exc.msg).split(", line ")[0].rstrip(".")
        raise FeedError(f"malformed {what}: {message} (line {exc.lineno})") from None
    if root is None:
        raise FeedError(f"malformed {what}: no root element")
    return root


def _gunzip(data: bytes, limit: int) -> bytes:
    """A gzipped sitemap, refused if it unpacks past ``limit`` bytes."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit)
    except zlib.error as exc:
        raise FeedError(f"malformed sitemap: cannot decompress ({exc})") from None
    if inflater.unconsumed_tail:
        raise FeedError(f"sitemap unpacks to over {limit:,} bytes")
    return out


def _local(el: lxml.etree._Element) -> str:
    return lxml.etree.QName(el).localname if isinstance(el.tag, str) else ""


def _children(el: lxml.etree._Element, name: str) -> list[lxml.etree._Element]:
    return [child for child in el if _local(child) == name]


def _text(el: lxml.etree._Element, *names: str) -> str | None:
    """The text of the first child (or grandchild) with one of these names."""
    for name in names:
        for child in el.iter():
            if child is not el and _local(child) == name and (child.text or "").strip():
                return str(child.text).strip()
    return None


def _permalink(entry: lxml.etree._Element) -> str | None:
    """An RSS item's <guid> when it is a link (isPermaLink defaults to true)."""
    for guid in _children(entry, "guid"):
        if guid.get("isPermaLink", "true").lower() == "true" and guid.text:
            return str(guid.text).strip()
    return None


def _atom_link(entry: lxml.etree._Element) -> str | None:
    for link in _children(entry, "link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link.get("href"))
    return None


def _date(entry: lxml.etree._Element, *names: str) -> date | None:
    value = _text(entry, *names)
    return parse_day(value) if value else None


def _absolute(link: str, base: str) -> str | None:
    """The link made absolute; None unless it is http(s)."""
    url = urljoin(base, link.strip())
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _unique(items: list[Item]) -> list[Item]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.url not in seen:
            seen.add(item.url)
            out.append(item)
    return out
