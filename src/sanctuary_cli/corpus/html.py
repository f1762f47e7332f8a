"""Article text and metadata from an HTML page.

The standard library's ``html.parser`` is enough here: we need the text of
block elements and a few ``<meta>`` tags, not a readability engine, and it
never executes or fetches anything a page refers to.
"""

from __future__ import annotations

from html.parser import HTMLParser

# Elements whose text is never article text.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
                      "form", "button", "iframe", "figcaption", "select", "head"})
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "li", "blockquote", "h1", "h2", "h3", "h4",
                     "h5", "h6", "br", "tr", "pre", "ul", "ol", "table", "figure", "dd", "dt"})
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col"})
_META = {
    "og:title": "title",
    "twitter:title": "title",
    "og:site_name": "source",
    "article:published_time": "date",
    "date": "date",
    "pubdate": "date",
    "author": "author",
    "article:author": "author",
    "og:url": "url",
}


class _ArticleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.skip_depth = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            values = {k: v for k, v in attrs if v is not None}
            key = (values.get("property") or values.get("name") or "").lower()
            if key in _META and values.get("content"):
                self.meta.setdefault(_META[key], values["content"].strip())
            return
        if tag == "title":
            self.in_title = True
        if tag in _SKIPPED and tag not in _VOID:
            self.skip_depth += 1
        if tag == "h1":
            self.in_h1 = True
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIPPED and self.skip_depth:
            self.skip_depth -= 1
        if tag == "h1":
            self.in_h1 = False
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1_parts.append(data)
        self.parts.append(data)


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """The visible article text, one paragraph a line, and the page's metadata."""
    parser = _ArticleParser()
    parser.feed(defuse_stray_brackets(html))
    parser.close()
    paragraphs = (" ".join(chunk.split()) for chunk in "".join(parser.parts).split("\n\n"))
    text = "\n\n".join(p for p in paragraphs if p)
    meta = dict(parser.meta)
    heading = " ".join("".join(parser.h1_parts).split()) or " ".join("".join(parser.title_parts).split())
    if heading:
        meta.setdefault("title", heading)
    return text, meta


def defuse_stray_brackets(html: str) -> str:
    """Escape every ``<`` that cannot open a tag, so parsing stays linear.

    ``html.parser`` rescans from a tag opener to the end of the input when the
    tag never closes, so text such as ``<a<a<a...`` takes quadratic time (a
    minute for 400 KB). A ``<`` with another ``<`` before the next ``>``, or no
    ``>`` after it at all, is not a tag in any page a browser would render as
    intended; it becomes ``&lt;``, which the parser reads back as the character.
    Comments are kept whole because they may hold a ``<`` of their own.
    """
    out: list[str] = []
    i = 0
    next_gt = -1  # the position of the next ">" at or after i, cached: each is searched for once
    while (lt := html.find("<", i)) >= 0:
        out.append(html[i:lt])
        if html.startswith("<!--", lt):
            close = html.find("-->", lt + 4)
            if close < 0:  # an unclosed comment hides the rest of the page, as in a browser
                return "".join(out)
            out.append(html[lt:close + 3])
            i = close + 3
            continue
        if next_gt != len(html) and next_gt <= lt:
            found = html.find(">", lt + 1)
            next_gt = found if found >= 0 else len(html)
        next_lt = html.find("<", lt + 1, next_gt)
        if next_gt == len(html) or next_lt >= 0:
            out.append("&lt;")
            i = lt + 1
        else:
            out.append(html[lt:next_gt + 1])
            i = next_gt + 1
    out.append(html[i:])
    return "".join(out)
