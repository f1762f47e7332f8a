"""Fetching pages, feeds and sitemaps politely.

Every request carries a user agent that names the tool, honours the host's
robots.txt (its Crawl-delay too), waits ``delay`` seconds after the previous
request to the same host, gives up after ``timeout`` seconds, and reads no
more than ``max_bytes``. A timeout, a dropped connection, a 429 or a 5xx is
tried again, after a pause that grows; a refused connection, an unknown host
or another 4xx is final. Whatever goes wrong is a ``FetchError`` with a
one-line reason.
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urlsplit

import httpx

from sanctuary_cli.corpus.sources import FetchSettings

PAGE_TYPES = ("text/html", "application/xhtml+xml")
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_CRAWL_DELAY = 30.0  # a robots.txt asking for more is obeyed up to this


def _user_agent() -> str:
    try:
        own = version("sanctuary-cli")
    except PackageNotFoundError:
        own = "dev"
    return f"sanctuary-cli/{own} (news corpus analyzer; honours robots.txt)"


class FetchError(Exception):
    """A URL that could not be fetched; the message is the one-line reason."""


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    content_type: str  # the media type, lower case, without parameters
    charset: str | None  # as the Content-Type header declares it
    data: bytes


class Fetcher:
    """One HTTP client for a run: connections, robots.txt rules and per-host timing are shared."""

    def __init__(
        self, settings: FetchSettings | None = None, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self.settings = settings or FetchSettings()
        self._sleep = sleep
        self._client = httpx.Client(
            headers={"User-Agent": _user_agent(), "Accept-Encoding": "gzip, deflate"},
            timeout=self.settings.timeout,
            follow_redirects=True,
            max_redirects=5,
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last: dict[str, float] = {}

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def page(self, url: str) -> Fetched:
        """An HTML page; anything else is refused by its content type before its body is read."""
        return self.get(url, PAGE_TYPES)

    def get(self, url: str, types: tuple[str, ...] | None = None) -> Fetched:
        """The body at ``url``; ``types``, when given, are the media types accepted."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError("not an http(s) URL")
        if self.settings.robots and not self._allowed(url):
            raise FetchError("disallowed by the site's robots.txt")
        attempt = 0
        while True:
            try:
                return self._get_once(url, types)
            except _Transient as exc:
                if attempt >= self.settings.retries:
                    raise FetchError(str(exc)) from None
                self._sleep(exc.retry_after or self.settings.backoff * 2**attempt)
                attempt += 1

    def _get_once(self, url: str, types: tuple[str, ...] | None) -> Fetched:
        self._wait_turn(url)
        try:
            with self._client.stream("GET", url) as response:
                _check_status(response)
                content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                if types is not None and content_type and content_type not in types:
                    raise FetchError(f"not an HTML page (content type {content_type})")
                data = self._read(response)
                return Fetched(url, str(response.url), content_type, response.charset_encoding, data)
        except httpx.TimeoutException:
            raise _Transient(f"timed out after {self.settings.timeout:g} s") from None
        except httpx.TooManyRedirects:
            raise FetchError("too many redirects") from None
        except (httpx.ConnectError, httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise FetchError(f"unreachable: {_reason(exc)}") from None
        except httpx.TransportError as exc:  # the connection dropped mid-way
            raise _Transient(f"connection failed: {_reason(exc)}") from None
        finally:
            self._last[_host(url)] = time.monotonic()

    def _read(self, response: httpx.Response) -> bytes:
        limit = self.settings.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(f"page is {int(declared):,} bytes, over the limit of {limit:,} (see --max-bytes)")
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > limit:
                raise FetchError(f"page is over the limit of {limit:,} bytes (see --max-bytes)")
        return bytes(body)

    def _wait_turn(self, url: str) -> None:
        host = _host(url)
        delay = self.settings.delay
        rules = self._robots.get(host)
        if rules is not None and (asked := rules.crawl_delay(_user_agent())) is not None:
            delay = max(delay, min(float(asked), MAX_CRAWL_DELAY))
        last = self._last.get(host)
        if last is not None and (wait := last + delay - time.monotonic()) > 0:
            self._sleep(wait)

    def _allowed(self, url: str) -> bool:
        host = _host(url)
        if host not in self._robots:
            self._robots[host] = self._fetch_robots(host)
        rules = self._robots[host]
        return rules is None or rules.can_fetch(_user_agent(), url)

    def _fetch_robots(self, host: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's rules; None (everything allowed) when it has no robots.txt or it cannot be read."""
        rules = urllib.robotparser.RobotFileParser(f"{host}/robots.txt")
        try:
            fetched = self._get_once(f"{host}/robots.txt", None)
        except _Transient:
            return None
        except FetchError as exc:
            if isinstance(exc, _Status) and exc.status in (401, 403):
                rules.parse(["User-agent: *", "Disallow: /"])  # a site that hides its rules allows nothing
                return rules
            return None
        rules.parse(fetched.data.decode("utf-8", "replace").splitlines())
        return rules


class _Transient(FetchError):
    """A failure worth another try."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class _Status(FetchError):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


def _check_status(response: httpx.Response) -> None:
    if response.status_code < 400:
        return
    reason = f"HTTP {response.status_code} {response.reason_phrase}".strip()
    if response.status_code in RETRY_STATUS:
        after = response.headers.get("retry-after", "")
        raise _Transient(reason, float(after) if after.isdigit() and int(after) <= 60 else None)
    raise _Status(response.status_code, reason)


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _reason(exc: Exception) -> str:
    """The operating system's words for a network failure, on one line."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text.split("] ", 1)[-1] if text.startswith("[Errno") else text
