"""Fetching, feeds and sitemaps against a site on 127.0.0.1: no NLP, nothing fetched from outside."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from sanctuary_cli.corpus.feeds import FeedError, Item, feed_items, sitemap_items
from sanctuary_cli.corpus.loader import Problem, SourceArticle
from sanctuary_cli.corpus.remote import load_web
from sanctuary_cli.corpus.sources import FetchSettings, WebSources
from sanctuary_cli.corpus.web import Fetcher, FetchError
from tests.local_site import HTML, closed_port_url, page_bytes, serve

FAST = FetchSettings(delay=0, backoff=0, timeout=5)


def fetcher(**changes: object) -> Fetcher:
    settings = FetchSettings(**{**vars(FAST), **changes})  # type: ignore[arg-type]
    return Fetcher(settings)


def read(sources: WebSources, stored: set[str] | None = None) -> tuple[list[SourceArticle], list[str], list[str]]:
    """Articles, problem lines and the URLs skipped as already stored."""
    skipped: list[str] = []
    with fetcher() as client:
        items = list(load_web(sources, client, lambda url: url in (stored or set()), skipped.append))
    articles = [i for i in items if isinstance(i, SourceArticle)]
    return articles, [str(i) for i in items if isinstance(i, Problem)], skipped


def test_a_page_is_stored_with_its_metadata_and_the_hash_of_its_html() -> None:
    with serve() as site:
        [article], problems, _ = read(WebSources(urls=[site.url("/news/council.html")]))
    assert problems == []
    assert article.title == "Harbor City council limits jail holds for ICE after months of debate"
    assert (article.outlet, article.byline, article.date) == ("The Harbor Ledger", "Priya Natarajan", "2024-11-20")
    assert article.url == "https://harborledger.example/news/2024/11/council-limits-jail-holds-ice"
    assert article.source == site.url("/news/council.html")
    assert article.path == "council.html"  # where a file would show its name
    assert article.raw_hash == hashlib.sha256(page_bytes("council-detainers.html")).hexdigest()
    assert "\n\nThe Harbor City Council voted 9-4 on Tuesday night" in article.text
    assert not article.body.text.startswith(article.title)  # the headline is the title, not the lede
    for furniture in ("Subscribe for $1", "Sign up for our free newsletter", "Ferry fares", "harborwatcher"):
        assert furniture not in article.text


def test_a_cp1252_page_without_a_charset_header_is_read_by_its_meta_declaration() -> None:
    with serve() as site:
        [article], problems, _ = read(WebSources(urls=[site.url("/news/shelter.html")]))
    assert problems == []
    assert "“They are afraid to come for a meal" in article.text
    assert "Lucía Fernández" in article.text
    assert article.date == "2025-03-03"  # only the text states it


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing.html", "HTTP 404 Not Found"),
        ("/report.pdf", "not an HTML page (content type application/pdf)"),
        ("/private/memo.html", "disallowed by the site's robots.txt"),
        ("/big.html", "page is 5,290,033 bytes, over the limit of 4,194,304 (see --max-bytes)"),
    ],
)
def test_each_failed_fetch_is_one_line_and_the_run_goes_on(path: str, reason: str) -> None:
    with serve() as site:
        articles, problems, _ = read(WebSources(urls=[site.url(path), site.url("/news/sheriff.html")]))
    assert problems == [f"{site.url(path)}: {reason}"]
    assert [a.source for a in articles] == [site.url("/news/sheriff.html")]


def test_a_page_over_the_cap_without_a_length_is_cut_off_while_reading() -> None:
    with serve() as site, fetcher(max_bytes=1000) as client:
        client._client.headers["Accept-Encoding"] = "identity"
        site.routes["/chunked.html"] = (200, HTML, b"<p>" + b"x" * 5000)
        with pytest.raises(FetchError, match=r"^page is 5,003 bytes, over the limit of 1,000"):
            client.page(site.url("/chunked.html"))


def test_an_unreachable_host_is_one_line() -> None:
    url = closed_port_url()
    _, problems, _ = read(WebSources(urls=[url]))
    assert problems == [f"{url}: unreachable: Connection refused"]


def test_a_server_error_is_tried_again_then_reported() -> None:
    with serve() as site:
        site.routes["/flaky.html"] = (503, HTML, b"busy")
        with fetcher(retries=2) as client, pytest.raises(FetchError, match=r"^HTTP 503 Service Unavailable$"):
            client.page(site.url("/flaky.html"))
        assert site.hits["/flaky.html"] == 3


def test_requests_to_one_host_wait_for_the_delay_and_name_the_tool() -> None:
    waits: list[float] = []
    with serve() as site:
        client = Fetcher(FetchSettings(delay=0.5), sleep=waits.append)
        client.page(site.url("/news/council.html"))
        client.page(site.url("/news/sheriff.html"))
        client.close()
    assert len(waits) == 2 and all(0 < w <= 0.5 for w in waits)  # after robots.txt, after the first page
    assert all(agent.startswith("sanctuary-cli/") for agent in site.agents)


def test_a_feed_gives_its_articles_and_a_second_run_only_new_ones() -> None:
    with serve() as site:
        feed = site.url("/feed.xml")
        articles, problems, skipped = read(WebSources(feeds=[feed]))
        assert problems == []
        assert [a.source for a in articles] == [site.url("/news/sheriff.html"), site.url("/news/council.html")]
        again, _, skipped = read(WebSources(feeds=[feed]), stored={a.source for a in articles})
    assert again == [] and len(skipped) == 2


def test_since_and_limit_choose_among_feed_and_sitemap_items() -> None:
    with serve() as site:
        recent, _, _ = read(WebSources(feeds=[site.url("/feed.xml")], since=date(2024, 12, 1)))
        assert [a.source for a in recent] == [site.url("/news/sheriff.html")]
        newest, _, _ = read(WebSources(sitemaps=[site.url("/sitemap.xml")], limit=1))
        assert [a.source for a in newest] == [site.url("/news/shelter.html")]  # the sitemap's newest page


def test_a_malformed_feed_is_one_line() -> None:
    with serve() as site:
        articles, problems, _ = read(WebSources(feeds=[site.url("/broken-feed.xml")]))
    assert articles == []
    [line] = problems
    assert line.startswith(f"{site.url('/broken-feed.xml')}: malformed feed: ")


def test_rss_atom_and_rdf_links_with_their_dates() -> None:
    rss = b"""<rss version="2.0"><channel><item><link>/a</link><pubDate>Thu, 21 Nov 2024 15:00:00 GMT</pubDate></item>
        <item><guid>https://news.example/b</guid></item><item><guid isPermaLink="false">id-3</guid></item>
        <item><link>javascript:alert(1)</link></item></channel></rss>"""
    assert feed_items(rss, "https://news.example/feed") == [
        Item("https://news.example/a", date(2024, 11, 21)), Item("https://news.example/b")
    ]
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="https://n.example/x"/>
        <link rel="replies" href="https://n.example/x#c"/><published>2025-01-02T08:00:00Z</published></entry></feed>"""
    assert feed_items(atom, "https://n.example/") == [Item("https://n.example/x", date(2025, 1, 2))]
    rdf = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
        xmlns:dc="http://purl.org/dc/elements/1.1/"><item><link>https://r.example/1</link><dc:date>2023-05-06</dc:date>
        </item></rdf:RDF>"""
    assert feed_items(rdf, "https://r.example/") == [Item("https://r.example/1", date(2023, 5, 6))]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "malformed feed: empty document"),
        (b"<html><body>not a feed</body></html>", "not an RSS or Atom feed (its root element is <html>)"),
        (b'<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><rss>&b;</rss>', None),
    ],
)
def test_feeds_that_are_not_feeds(data: bytes, reason: str | None) -> None:
    if reason is None:  # entities are never expanded: a "billion laughs" feed is just an empty one
        assert feed_items(data, "https://x.example/") == []
        return
    with pytest.raises(FeedError, match=f"^{reason.replace('(', '[(]').replace(')', '[)]')}$"):
        feed_items(data, "https://x.example/")


def test_a_sitemap_index_and_a_gzipped_sitemap() -> None:
    import gzip

    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>/news-1.xml.gz</loc></sitemap></sitemapindex>"""
    assert sitemap_items(index, "https://s.example/sitemap.xml").sitemaps == ["https://s.example/news-1.xml.gz"]
    news = gzip.compress(b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>https://s.example/old</loc><lastmod>2020-01-01</lastmod></url>
        <url><loc>https://s.example/new</loc><news:news><news:publication_date>2024-06-01</news:publication_date>
        </news:news></url></urlset>""")
    assert sitemap_items(news, "https://s.example/").items == [
        Item("https://s.example/new", date(2024, 6, 1)), Item("https://s.example/old", date(2020, 1, 1))
    ]
    with pytest.raises(FeedError, match="unpacks to over"):
        sitemap_items(gzip.compress(b"<urlset>" + b" " * 3_000_000 + b"</urlset>"), "https://s.example/")
