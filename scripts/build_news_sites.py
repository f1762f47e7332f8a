"""Build src/sanctuary_cli/resources/news_sites.tsv: the names news websites go by in their web addresses.

Source: the lists of news sites shipped in the ``newspaper4k`` package 0.9.6 (MIT), files
``newspaper/resources/misc/popular_sources.txt`` and ``google_sources.txt``, read from its wheel
(``pip download --no-deps newspaper4k==0.9.6``) at build time only. A site's name is its address
without a leading "www." (or "m.", "blogs.", "news.") and without its top-level domain: "gawker.com"
gives "gawker", "www.telegraph.co.uk" "telegraph". Names of fewer than ``MIN_LETTERS`` letters, or
with other characters than letters, are left out ("nbc4i", "ktla"... are seldom written as names).

Run: ``.venv/bin/python scripts/build_news_sites.py WHEEL [OUT_FILE]``
"""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

MIN_LETTERS = 4
LISTS = ("newspaper/resources/misc/popular_sources.txt", "newspaper/resources/misc/google_sources.txt")
LEADING = re.compile(r"^(?:(?:www\d?|m|mobile|blogs?|news|edition)\.)+")
SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac"})  # "telegraph.co.uk", "smh.com.au"
OUT = Path(__file__).resolve().parents[1] / "src" / "sanctuary_cli" / "resources" / "news_sites.tsv"
HEADER = (
    "# _source: the news sites listed by the newspaper4k package 0.9.6 (MIT; resources/misc/popular_sources.txt "
    "and google_sources.txt); built by scripts/build_news_sites.py; each site's name as its web address writes it "
    "(gawker.com: gawker)\n"
)


def site_name(address: str) -> str | None:
    """The name a site's address gives it ("www.gawker.com" -> "gawker"), or None."""
    labels = LEADING.sub("", address.strip().lower()).split(".")
    if len(labels) == 3 and labels[1] in SECOND_LEVEL:
        labels = [labels[0], labels[2]]
    if len(labels) != 2 or not labels[0].isalpha() or len(labels[0]) < MIN_LETTERS:
        return None
    return labels[0]


def main(wheel: Path, out: Path = OUT) -> None:
    """Write the names to ``out`` (the package's resource by default)."""
    names: set[str] = set()
    with zipfile.ZipFile(wheel) as archive:
        for member in LISTS:
            for line in archive.read(member).decode("utf-8").splitlines():
                name = site_name(line)
                if name is not None:
                    names.add(name)
    out.write_text(HEADER + "name\n" + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{len(names)} site names")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else OUT)
