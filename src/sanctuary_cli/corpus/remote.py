"""Articles from URLs, RSS/Atom feeds and sitemaps, streamed like files.

Each page is fetched once per run and only if the store does not hold it yet,
so running the same feed again reads only its new items: a cron line keeps a
store current. A URL that fails is one ``Problem`` and the run goes on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import date
from urllib.parse import unquote, urlsplit

from sanctuary_cli.corpus.encoding import declared_charset, decode
from sanctuary_cli.corpus.feeds import FeedError, Item, feed_items, sitemap_items
from sanctuary_cli.corpus.loader import Problem, SourceArticle, from_html
from sanctuary_cli.corpus.sources import WebSources
from sanctuary_cli.corpus.web import Fetcher, FetchError

MAX_SITEMAPS = 50  # sitemaps read from one index, nested ones included


def load_web(
    sources: WebSources,
    fetcher: Fetcher,
    known: Callable[[str], bool],
    on_known: Callable[[str], None],
) -> Iterator[SourceArticle | Problem]:
    """The articles of every URL, feed and sitemap; a URL ``known`` says is stored is passed to ``on_known``."""
    seen: set[str] = set()  # each URL is read, or counted as stored, once a run

    def first_time_known(url: str) -> bool:
        """Whether the store holds the page; False too for a URL met before in this run (nothing to do)."""
        if url in seen:
            return True
        seen.add(url)
        if known(url):
            on_known(url)
            return True
        return False

    def pages(urls: list[str]) -> Iterator[SourceArticle | Problem]:
        for url in urls:
            if not first_time_known(url):
                yield from _page(fetcher, url)

    yield from pages(sources.urls)
    for feed in sources.feeds:
        try:
            fetched = fetcher.get(feed)
            items = feed_items(fetched.data, fetched.final_url)
        except (FetchError, FeedError) as exc:
            yield Problem(feed, str(exc))
            continue
        yield from _pages(fetcher, _select(items, sources, first_time_known))
    for sitemap in sources.sitemaps:
        found: list[Item] = []
        for item in _sitemap(fetcher, sitemap):
            if isinstance(item, Problem):
                yield item
            else:
                found.append(item)
        found.sort(key=lambda item: item.date or date.min, reverse=True)
        yield from _pages(fetcher, _select(found, sources, first_time_known))


def _select(items: list[Item], sources: WebSources, done: Callable[[str], bool]) -> list[str]:
    """The items to fetch: dated on or after --since, not ``done`` already, at most --limit of them."""
    chosen: list[str] = []
    for item in items:
        if sources.since is not None and item.date is not None and item.date < sources.since:
            continue
        if sources.limit is not None and len(chosen) >= sources.limit:
            break
        if not done(item.url):
            chosen.append(item.url)
    return chosen


def _pages(fetcher: Fetcher, urls: list[str]) -> Iterator[SourceArticle | Problem]:
    for url in urls:
        yield from _page(fetcher, url)


def _sitemap(fetcher: Fetcher, url: str) -> Iterator[Item | Problem]:
    """The pages a sitemap lists, following a sitemap index (and the indexes it lists) up to MAX_SITEMAPS."""
    queue, read = [url], 0
    while queue and read < MAX_SITEMAPS:
        current = queue.pop(0)
        read += 1
        try:
            fetched = fetcher.get(current)
            sitemap = sitemap_items(fetched.data, fetched.final_url)
        except (FetchError, FeedError) as exc:
            yield Problem(current, str(exc))
            continue
        yield from sitemap.items
        queue.extend(sitemap.sitemaps)


def page_name(url: str) -> str:
    """What a page is called where a file would show its name: the last part of its path, else its host."""
    parts = urlsplit(url)
    return unquote(parts.path.rstrip("/").rsplit("/", 1)[-1]) or parts.netloc


def _page(fetcher: Fetcher, url: str) -> Iterator[SourceArticle | Problem]:
    try:
        fetched = fetcher.page(url)
    except FetchError as exc:
        yield Problem(url, str(exc))
        return
    text, warning = decode(fetched.data, fetched.charset or declared_charset(fetched.data))
    raw_hash = hashlib.sha256(fetched.data).hexdigest()
    article = from_html(page_name(url), url, text.removeprefix("\ufeff"), url=fetched.final_url, raw_hash=raw_hash)
    if isinstance(article, SourceArticle) and warning is not None:
        article.warning = warning
        yield Problem(url, warning, fatal=False)
    yield article
