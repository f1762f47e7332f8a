"""How much of an HTML page's article body the loader keeps, and how much else it lets in.

Scores body extraction the way the public article-extraction-benchmark does:
each text is cut into word tokens (``\\w+``), tokens into overlapping shingles
of four, and the shingles of the extracted text are matched against those of
the reference body (as multisets). Precision and recall are averaged over the
pages; F1 is computed from the two averages.

A folder holds either ``NAME.html`` (or ``.htm``) beside ``NAME.txt``, its
reference body, as in ``tests/fixtures/pages``; or the public benchmark's
layout, ``html/NAME.html.gz`` with ``ground-truth.json`` (``articleBody``).

    python benchmarks/html_extraction.py [FOLDER] [--variants]

Systems: ``sanctuary loader`` is what ``sanctuary ingest`` hands the NLP for
the page (the loader's body text); ``trafilatura defaults`` is
``trafilatura.extract(html)`` as a user would call it. ``--variants`` adds
trafilatura with comments off and precision or recall favoured, which is how
the loader's settings were chosen.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import trafilatura

from sanctuary_cli.corpus.loader import SourceArticle, load_file

_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def score(reference: str, extracted: str) -> tuple[float, float]:
    """Shingle precision and recall of one extraction (an empty one has precision 1 only if the reference is empty)."""
    truth, found = shingles(reference), shingles(extracted)
    tp = sum((truth & found).values())
    fp = sum((found - truth).values())
    fn = sum((truth - found).values())
    precision = tp / (tp + fp) if tp + fp else float(fn == 0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def pages(folder: Path) -> Iterator[tuple[str, bytes, str]]:
    """(name, raw HTML, reference body) for each page in the folder."""
    truth_file = folder / "ground-truth.json"
    if truth_file.exists():
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        for name in sorted(truth):
            page = folder / "html" / f"{name}.html.gz"
            if page.exists():
                yield name, gzip.decompress(page.read_bytes()), truth[name].get("articleBody") or ""
        return
    for page in sorted(folder.iterdir()):
        reference = page.with_suffix(".txt")
        if page.suffix.lower() in (".html", ".htm") and reference.exists():
            yield page.stem, page.read_bytes(), reference.read_text(encoding="utf-8")


def loader_body(raw: bytes) -> str:
    """The body text the loader keeps for a page saved on disk."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_bytes(raw)
        bodies = [item.body.text for item in load_file(path) if isinstance(item, SourceArticle)]
    return bodies[0] if bodies else ""


def _trafilatura(**settings: bool) -> Callable[[bytes], str]:
    def run(raw: bytes) -> str:
        return trafilatura.extract(raw, **settings) or ""

    return run


def systems(variants: bool) -> dict[str, Callable[[bytes], str]]:
    chosen: dict[str, Callable[[bytes], str]] = {
        "sanctuary loader": loader_body,
        "trafilatura defaults": _trafilatura(),
    }
    if variants:
        chosen["trafilatura, no comments"] = _trafilatura(include_comments=False)
        chosen["trafilatura, no comments, precision"] = _trafilatura(include_comments=False, favor_precision=True)
        chosen["trafilatura, no comments, recall"] = _trafilatura(include_comments=False, favor_recall=True)
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("tests/fixtures/pages"))
    parser.add_argument("--variants", action="store_true", help="also score trafilatura's other settings")
    parser.add_argument("--per-page", action="store_true", help="print each page's scores too")
    args = parser.parse_args(argv)
    found = list(pages(args.folder))
    if not found:
        print(f"no pages with reference bodies in {args.folder}", file=sys.stderr)
        return 2
    print(f"{len(found)} pages in {args.folder}; token-shingle ({SHINGLE}) precision, recall, F1")
    print(f"{'system':40} {'precision':>9} {'recall':>7} {'F1':>6}")
    for label, extract in systems(args.variants).items():
        scores = []
        for name, raw, reference in found:
            precision, recall = score(reference, extract(raw))
            scores.append((precision, recall))
            if args.per_page:
                print(f"  {name:38} {precision:9.3f} {recall:7.3f}")
        precision = sum(p for p, _ in scores) / len(scores)
        recall = sum(r for _, r in scores) / len(scores)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{label:40} {precision:9.3f} {recall:7.3f} {f1:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
