"""Build src/sanctuary_cli/resources/given_name_diminutives.tsv: given names and their diminutives.

Source: the ``nicknames`` package 1.0.1 (a hand-curated dataset of English given names and
their nicknames by Carlton Northern and Nick Crews, Apache-2.0; ``pip install nicknames==1.0.1``),
used at build time only. A pair is kept where the two names are not of different genders by
``first_names.tsv`` ("Aaron" and "Erin" are listed as a pair, but a man's and a woman's name) and
the diminutive has three letters or more. The file complements ``given_name_forms.tsv``, the
short forms written for sanctuary: a diminutive there says that "Tish Quillon" and "Letitia
Quillon" may be one person, as "Mike" and "Michael" do.

Run: ``.venv/bin/python scripts/build_given_name_forms.py [OUT_FILE]``
"""

from __future__ import annotations

import csv
import io
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

MIN_LETTERS = 3
RESOURCES = Path(__file__).resolve().parents[1] / "src" / "sanctuary_cli" / "resources"
OUT = RESOURCES / "given_name_diminutives.tsv"
HEADER = (
    "# _source: the nicknames package 1.0.1 (Carlton Northern, Nick Crews; Apache-2.0), built by "
    "scripts/build_given_name_forms.py: pairs of names of no different genders by first_names.tsv, "
    "diminutives of {letters} letters or more. Lower case; forms separated by commas. Example of our own: "
    "\"Tish Quillon\" at the rally is the \"Letitia Quillon\" of the council's minutes.\n"
)


def genders() -> dict[str, str]:
    """Given name (lower case) -> m, f or - from the shipped ``first_names.tsv``."""
    found = {}
    for line in (RESOURCES / "first_names.tsv").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) == 2 and not line.startswith("#"):
            found[fields[0].casefold()] = fields[1]
    return found


def main(out: Path = OUT) -> None:
    """Write the list to ``out`` (the package's resource by default)."""
    text = resources.files("nicknames").joinpath("names.csv").read_text(encoding="utf-8")
    gender = genders()
    forms: dict[str, set[str]] = defaultdict(set)
    for row in csv.DictReader(io.StringIO(text)):
        name, short = row["name1"].strip().casefold(), row["name2"].strip().casefold()
        if row["relationship"] != "has_nickname" or len(short) < MIN_LETTERS or name == short:
            continue
        if {gender.get(name), gender.get(short)} >= {"m", "f"}:
            continue  # "aaron" and "erin": a man's and a woman's name
        forms[name].add(short)
    rows = [f"{name}\t{','.join(sorted(forms[name]))}\n" for name in sorted(forms)]
    out.write_text(HEADER.format(letters=MIN_LETTERS) + "name\tforms\n" + "".join(rows), encoding="utf-8")
    print(f"{len(rows)} given names with diminutives")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
