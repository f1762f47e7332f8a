"""A user's own corrections of people and places, applied when a table is read.

The file is ``sanctuary.toml`` beside the store, or the one ``--config`` names::

    [people]
    merge = [["Michael Bloomberg", "Air Bloomberg"]]   # one person, named as the first
    split = ["Beck"]                                   # rows written so become a person of their own
    rename = { "Barak Obama" = "Barack Obama" }        # another canonical name

    [places]
    "Long Beach" = "Long Beach, NY"                    # this name always means this place

Names compare without regard to case or accents. Nothing is re-ingested: the
``people`` and ``cities`` tables apply the file on the next query.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sanctuary_cli.errors import ConfigError

CONFIG_NAME = "sanctuary.toml"


@dataclass(frozen=True)
class Overrides:
    """What the file says."""

    merge: tuple[tuple[str, ...], ...] = ()
    split: frozenset[str] = frozenset()  # folded names
    rename: dict[str, str] = field(default_factory=dict)  # folded old name -> new name
    places: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded place name -> (city, state)

    def __bool__(self) -> bool:
        return bool(self.merge or self.split or self.rename or self.places)


def fold(text: str) -> str:
    """Case, accents and spacing folded, for comparing names a user typed."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def config_path(store: Path, explicit: Path | None) -> Path | None:
    """The overrides file to apply: the one named, else ``sanctuary.toml`` beside the store if there is one."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"no overrides file at {explicit}")
        return explicit
    beside = store.parent / CONFIG_NAME
    return beside if beside.is_file() else None


def load(path: Path | None) -> Overrides:
    """Read and check an overrides file (none: no overrides)."""
    if path is None:
        return Overrides()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
    unknown = set(data) - {"people", "places"}
    if unknown:
        raise ConfigError(f"{path}: unknown section {sorted(unknown)[0]!r} (use [people] and [places])")
    return Overrides(
        merge=tuple(tuple(_strings(group, path, "people.merge entry")) for group in _list(data, "merge", path)),
        split=frozenset(fold(n) for n in _strings(_list(data, "split", path), path, "people.split")),
        rename={fold(old): str(new) for old, new in _table(data.get("people", {}).get("rename", {}), path).items()},
        places={fold(name): _place(where, path) for name, where in _table(data.get("places", {}), path).items()},
    )


def _list(data: dict[str, Any], name: str, path: Path) -> list[Any]:
    value = data.get("people", {}).get(name, [])
    if not isinstance(value, list):
        raise ConfigError(f"{path}: people.{name} must be a list")
    return value


def _strings(values: Any, path: Path, what: str) -> list[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise ConfigError(f"{path}: {what} must be a list of names")
    return list(values)


def _table(value: Any, path: Path) -> dict[str, Any]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ConfigError(f"{path}: expected a table of names, e.g. \"Old Name\" = \"New Name\"")
    return value


def _place(where: str, path: Path) -> tuple[str, str]:
    city, _, state = where.rpartition(",")
    state = state.strip().upper()
    if not city.strip() or len(state) != 2 or not state.isalpha():
        raise ConfigError(f"{path}: a place is written \"City, ST\" (two-letter state), not {where!r}")
    return city.strip(), state


def regroup(rows: Iterable[dict[str, Any]], names: dict[str, str], overrides: Overrides) -> dict[str, str]:
    """Apply splits, merges and renames to people rows (each with ``pid`` and ``name``), in place.
    ``names`` maps each pid to its canonical name; the names after the changes are returned."""
    rows = list(rows)
    names = dict(names)
    for row in rows:
        if fold(row["name"]) in overrides.split:
            row["pid"] = "split:" + fold(row["name"])
            names[row["pid"]] = row["name"]
    by_name: dict[str, set[str]] = {}
    for row in rows:
        by_name.setdefault(fold(row["name"]), set()).add(row["pid"])
    for pid, name in names.items():
        by_name.setdefault(fold(name), set()).add(pid)
    target: dict[str, str] = {}
    for group in overrides.merge:
        pids = sorted({pid for name in group for pid in by_name.get(fold(name), set())})
        if not pids:
            continue
        into = "merge:" + fold(group[0])
        names[into] = group[0]
        target.update(dict.fromkeys(pids, into))
    for row in rows:
        row["pid"] = target.get(row["pid"], row["pid"])
    for pid, name in list(names.items()):
        if fold(name) in overrides.rename:
            names[pid] = overrides.rename[fold(name)]
    return names


def pin_place(city: str, state: str, overrides: Overrides) -> tuple[str, str]:
    """The place a city row is, once the user's pins are applied."""
    return overrides.places.get(fold(city), (city, state))
