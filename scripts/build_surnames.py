"""Build src/sanctuary_cli/resources/surnames.tsv: the surnames common in the US.

Source: the US Census Bureau's 1990 frequency list of surnames (a US government
work, public domain), as shipped in the ``names`` package 0.3.0 (MIT; ``pip
install names==0.3.0``), used at build time only. A surname borne by at least
``LEAST_PERCENT`` percent of people (about the 3,000 most common) is kept: a
town's name that is also such a surname ("Adams", "Thompson") after a word no
name list holds is more likely a person's ("Ansel Adams") than an event's.

Run: ``.venv/bin/python scripts/build_surnames.py [OUT_FILE]``
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_first_names import frequencies  # the Census lists, read one way (this folder is on the path when run)

LEAST_PERCENT = 0.004
OUT = Path(__file__).resolve().parents[1] / "src" / "sanctuary_cli" / "resources" / "surnames.tsv"
HEADER = (
    "# _source: US Census Bureau 1990 surname frequency list (public domain), via the names package 0.3.0 "
    "(MIT); built by scripts/build_surnames.py; the surnames at least {least}% of people bore, with that percent\n"
)


def main(out: Path = OUT) -> None:
    """Write the list to ``out`` (the package's resource by default)."""
    rows = [
        f"{name}\t{percent:.3f}\n" for name, percent in frequencies("dist.all.last").items() if percent >= LEAST_PERCENT
    ]
    out.write_text(HEADER.format(least=LEAST_PERCENT) + "name\tpercent\n" + "".join(rows), encoding="utf-8")
    print(f"{len(rows)} surnames")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
