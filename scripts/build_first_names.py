"""Build src/sanctuary_cli/resources/first_names.tsv: given names with the gender they mostly belong to.

Source: the US Census Bureau's 1990 frequency lists of male and female first
names (a US government work, public domain), as shipped in the ``names``
package 0.3.0 (MIT; ``pip install names==0.3.0``), used at build time only.

A name one gender accounts for at least ``CLEAR_SHARE`` of gets that gender;
a name shared more evenly ("Jordan", "Casey") gets ``-``, so the people
extractor leaves its gender open unless a pronoun or title settles it, and
still knows it for a given name (a two-word name that holds no given name at
all, "Twin Peaks", is more likely a work's or a thing's).

Run: ``.venv/bin/python scripts/build_first_names.py [OUT_FILE]``
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

CLEAR_SHARE = 0.9
OUT = Path(__file__).resolve().parents[1] / "src" / "sanctuary_cli" / "resources" / "first_names.tsv"
HEADER = (
    "# _source: US Census Bureau 1990 first-name frequency lists (public domain), via the names package "
    "0.3.0 (MIT); built by scripts/build_first_names.py; gender m or f where one holds at least {share:.0%} "
    "of the name, else -\n"
)


def frequencies(filename: str) -> dict[str, float]:
    """Name -> percent of people bearing it, from a Census ``dist.*`` file (of men, of women, or of surnames)."""
    text = resources.files("names").joinpath(filename).read_text(encoding="ascii")
    table = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 2:
            table[fields[0].capitalize()] = float(fields[1])
    return table


def main(out: Path = OUT) -> None:
    """Write the list to ``out`` (the package's resource by default)."""
    male = frequencies("dist.male.first")
    female = frequencies("dist.female.first")
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= CLEAR_SHARE * (m + f):
            rows.append(f"{name}\tm\n")
        elif f >= CLEAR_SHARE * (m + f):
            rows.append(f"{name}\tf\n")
        else:
            rows.append(f"{name}\t-\n")
    out.write_text(HEADER.format(share=CLEAR_SHARE) + "name\tgender\n" + "".join(rows), encoding="utf-8")
    print(f"{len(rows)} first names")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
