"""What an ingest says it did: the articles stored, unchanged, duplicated or failed, the words read,
and, when nothing was read, what the paths held instead.

An ingest of a folder holding only "tessel-notes.docx" and "quillon.pdf" stores nothing, and says why:
"no article read: 2 files (1 .docx, 1 .pdf), none of a type sanctuary reads (...)", not a bare zero.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sanctuary_cli.records import IngestSummary

if TYPE_CHECKING:
    from sanctuary_cli.ingest import IngestReport


def summarise(report: IngestReport, store: Path, paths: list[str | Path], seconds: float) -> IngestSummary:
    """The summary of an ingest's report; when nothing was read, what the paths held."""
    from dataclasses import asdict

    nothing = not (report.stored or report.skipped or report.duplicates)
    return IngestSummary(
        store=str(store),
        stored=[asdict(s) for s in report.stored],
        unchanged=report.skipped,
        duplicates=report.duplicates,
        failed=sum(1 for p in report.problems if p.fatal),
        warnings=sum(1 for p in report.problems if not p.fatal),
        words=sum(s.words for s in report.stored),
        seconds=round(seconds, 2),
        problems=[str(p) for p in report.problems],
        found=_what_was_there(paths) if nothing else None,
    )


def _what_was_there(paths: list[str | Path], most: int = 10_000) -> str:
    """Why no article was read from ``paths``: empty folders, files of other types, or nothing there."""
    from collections import Counter

    from sanctuary_cli.corpus.loader import SUFFIXES
    from sanctuary_cli.corpus.sources import is_url

    kinds: Counter[str] = Counter()
    missing = 0
    for raw in paths:
        if isinstance(raw, str) and is_url(raw):
            continue
        path = Path(raw)
        if not path.exists():
            missing += 1
        elif path.is_file():
            kinds[path.suffix.lower() or "(none)"] += 1
        else:
            for count, child in enumerate(path.rglob("*")):
                if count >= most:
                    break
                if child.is_file():
                    kinds[child.suffix.lower() or "(none)"] += 1
    readable = " ".join(sorted(SUFFIXES))
    if not kinds:
        return "no article read: " + ("the paths do not exist" if missing else "no files there (empty folder)")
    found = ", ".join(f"{n} {kind}" for kind, n in kinds.most_common(5))
    files = sum(kinds.values())
    if not any(kind in SUFFIXES for kind in kinds):
        return f"no article read: {_files(files)} ({found}), none of a type sanctuary reads ({readable})"
    return f"no article read from {_files(files)} ({found}): every one failed (see above)"


def _files(count: int) -> str:
    return f"{count} file" if count == 1 else f"{count} files"
