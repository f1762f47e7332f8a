"""A news site on 127.0.0.1 for the tests: saved pages, a feed, a sitemap and every way a fetch fails.

Nothing the tests fetch leaves the machine. Each route is (status, content type,
body); anything else is a 404. The server counts the requests it answers.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "fixtures" / "pages"
HTML = "text/html; charset=utf-8"


@dataclass
class Site:
    base: str
    routes: dict[str, tuple[int, str, bytes]]
    hits: Counter[str] = field(default_factory=Counter)
    agents: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


def page_bytes(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def rss(base: str, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{path}</title><link>{base}{path}</link><pubDate>{date}</pubDate></item>" for path, date in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Local news</title>'
        f"<link>{base}/</link>{entries}</channel></rss>"
    ).encode()


def sitemap(base: str, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(f"<url><loc>{base}{path}</loc><lastmod>{date}</lastmod></url>" for path, date in items)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
    ).encode()


def default_routes(base: str) -> dict[str, tuple[int, str, bytes]]:
    return {
        "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n"),
        "/news/council.html": (200, HTML, page_bytes("council-detainers.html")),
        "/news/sheriff.html": (200, HTML, page_bytes("county-sheriff.html")),
        # The server does not say which encoding; the page's <meta> does (windows-1252).
        "/news/shelter.html": (200, "text/html", page_bytes("radio-shelter.html")),
        "/private/memo.html": (200, HTML, page_bytes("council-detainers.html")),
        "/big.html": (200, HTML, b"<html><body><p>" + b"The council met again. " * 230_000 + b"</p></body></html>"),
        "/report.pdf": (200, "application/pdf", b"%PDF-1.4 not a page"),
        "/feed.xml": (200, "application/rss+xml", rss(base, [
            ("/news/sheriff.html", "Tue, 03 Dec 2024 02:45:00 GMT"),
            ("/news/council.html", "Wed, 20 Nov 2024 11:12:00 GMT"),
        ])),
        "/broken-feed.xml": (200, "application/rss+xml", b"<rss><channel><item><link>x</link></channel>"),
        "/sitemap.xml": (200, "application/xml", sitemap(base, [
            ("/news/council.html", "2024-11-20"),
            ("/news/shelter.html", "2025-03-03"),
        ])),
    }


@contextmanager
def serve(routes: dict[str, tuple[int, str, bytes]] | None = None) -> Iterator[Site]:
    """A site on a free port of 127.0.0.1 for the length of the block."""
    site = Site("", {})

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.hits[self.path] += 1
            site.agents.append(self.headers.get("User-Agent", ""))
            status, content_type, body = site.routes.get(self.path, (404, "text/html", b"<h1>Not found</h1>"))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(ConnectionError):  # the client stopped reading (a page over its cap)
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    site.routes = default_routes(site.base) if routes is None else routes
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/news.html"
