"""Build src/sanctuary_cli/resources/given_name_diminutives.tsv: given names and their diminutives.

Source: the ``nicknames`` package 1.0.1 (a hand-curated dataset of English given names and
their nicknames by Carlton Northern and Nick Crews, Apache-2.0; ``pip install nicknames==1.0.1``),
used at build time only. A pair is kept where the two names are not of different genders by
``first_names.tsv`` ("Aaron" and "Erin" are listed as a pair, but a man's and a woman's name), the
diminutive has three letters or more, and the diminutive is seldom a given name in its own right:
fewer than ``RARE_PERCENT`` of people in the US Census Bureau's 1990 first-name lists (public
domain, via the ``names`` package 0.3.0) bear it. "Ron" (of "Aaron" in the dataset) or "Bill" (of
"Robert") is the name of many people, so "Ron Quillon" and "Aaron Quillon" may well be two; "Tish"
is borne by few, so "Tish Quillon" is a Letitia. Common short forms ("Mike", "Bill") are listed by
hand in ``given_name_forms.tsv``. The file complements ``given_name_forms.tsv``, the
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
RARE_PERCENT = 0.01  # a diminutive borne by fewer than this percent of men and of women is seldom a name of its own
RESOURCES = Path(__file__).resolve().parents[1] / "src" / "sanctuary_cli" / "resources"
OUT = RESOURCES / "given_name_diminutives.tsv"
HEADER = (
    "# _source: the nicknames package 1.0.1 (Carlton Northern, Nick Crews; Apache-2.0), built by "
    "scripts/build_given_name_forms.py: pairs of names of no different genders by first_names.tsv, "
    "diminutives of {letters} letters or more borne by fewer than {rare}% of people in the US Census Bureau's "
    "1990 first-name lists (public domain, via the names package 0.3.0). Lower case; forms separated by commas. "
    "Example of our own: "
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


def census_percent() -> dict[str, float]:
    """Given name (lower case) -> the larger of its percents among men and among women in 1990."""
    found: dict[str, float] = {}
    for filename in ("dist.male.first", "dist.female.first"):
        for line in resources.files("names").joinpath(filename).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) >= 2:
                found[fields[0].casefold()] = max(found.get(fields[0].casefold(), 0.0), float(fields[1]))
    return found


def main(out: Path = OUT) -> None:
    """Write the list to ``out`` (the package's resource by default)."""
    text = resources.files("nicknames").joinpath("names.csv").read_text(encoding="utf-8")
    gender = genders()
    percent = census_percent()
    forms: dict[str, set[str]] = defaultdict(set)
    for row in csv.DictReader(io.StringIO(text)):
        name, short = row["name1"].strip().casefold(), row["name2"].strip().casefold()
        if row["relationship"] != "has_nickname" or len(short) < MIN_LETTERS or name == short:
            continue
        if percent.get(short, 0.0) >= RARE_PERCENT:
            continue  # "ron", "bill": many people's own given name
        if {gender.get(name), gender.get(short)} >= {"m", "f"}:
            continue  # "aaron" and "erin": a man's and a woman's name
        forms[name].add(short)
    rows = [f"{name}\t{','.join(sorted(forms[name]))}\n" for name in sorted(forms)]
    header = HEADER.format(letters=MIN_LETTERS, rare=RARE_PERCENT)
    out.write_text(header + "name\tforms\n" + "".join(rows), encoding="utf-8")
    print(f"{len(rows)} given names with diminutives")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
