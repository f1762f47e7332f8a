"""What to read from the web, and how politely: plain settings, with no network library imported."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

PAGE_MAX_BYTES = 4 * 1024 * 1024  # the HTML of a news article is rarely a tenth of this


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


@dataclass
class WebSources:
    urls: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    since: date | None = None  # feed and sitemap items dated before this are left out
    limit: int | None = None  # new items read from each feed or sitemap, at most

    def __bool__(self) -> bool:
        return bool(self.urls or self.feeds or self.sitemaps)


@dataclass
class FetchSettings:
    timeout: float = 20.0  # seconds for each connect, read or write
    max_bytes: int = PAGE_MAX_BYTES
    delay: float = 1.0  # seconds between two requests to the same host
    retries: int = 2  # further tries after a transient failure
    backoff: float = 2.0  # seconds before the first retry; doubled each time
    robots: bool = True
