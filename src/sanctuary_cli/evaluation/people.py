"""Scoring predicted people and officials against gold rows.

Gold rows (``data/gold/people.jsonl``) are officials with ``role`` and
``jurisdiction``, and people who are not officials (``"official": false``).
Predicted rows carry ``name``, ``aliases``, ``role``, ``jurisdiction`` and
``official``; they may be one row per person or one per person and article.

- A gold person is *found* by a predicted row sharing a full name form with it
  (the name or any alias, compared by :mod:`.normalise`, so "JB Pritzker" finds
  "J.B. Pritzker"), or, failing that, by a surname-only row ("Garcetti" finds
  "Eric Garcetti").
- A gold official is *right* when a found row is marked official with the
  same role ("Gov." is "Governor"; "Deputy Mayor" is not "Mayor"; a gold row
  may list other wordings of its role under ``role_aliases``) and the right
  jurisdiction ("New York City", "Illinois", "United States"; "Ill." and "IL"
  count as Illinois).
- Precision is over the predicted officials (rows grouped by person); a row
  marked official that is a gold non-official, unknown to the gold, or wrong
  in role or jurisdiction counts against it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sanctuary_cli.evaluation.normalise import is_full, name_key, place_key, role_key, suffix, surname


@dataclass(frozen=True)
class PersonMiss:
    """A gold official not scored right, and why."""

    name: str
    reason: str  # "not found", "not marked official", "role ...", "jurisdiction ..."


@dataclass(frozen=True)
class PeopleScore:
    """Precision, recall and F1 of officials, with what went wrong."""

    precision: float
    recall: float
    f1: float
    right: int  # gold officials found with role and jurisdiction right
    gold_officials: int
    predicted_officials: int
    roles_right: int
    jurisdictions_right: int
    misses: tuple[PersonMiss, ...]
    non_officials_marked: tuple[str, ...]  # gold non-officials predicted as officials
    unexpected_officials: tuple[str, ...]  # predicted officials the gold does not know


def _forms(row: Mapping[str, Any]) -> list[str]:
    names = [row.get("name"), *(row.get("aliases") or [])]
    return [str(n) for n in names if n]


def _full_keys(row: Mapping[str, Any]) -> set[str]:
    return {name_key(f) for f in _forms(row) if is_full(f)}


def _finds(predicted: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """Whether a predicted row names the gold person."""
    if _full_keys(predicted) & _full_keys(gold):
        return True
    # A surname-only prediction ("Garcetti") finds the gold full name with that surname.
    name = str(predicted.get("name", ""))
    gold_name = str(gold.get("name", ""))
    return not is_full(name) and (surname(name), suffix(name)) == (surname(gold_name), suffix(gold_name))


def role_matches(gold: str | None, predicted: str | None, aliases: Iterable[str] = ()) -> bool:
    """The same role, abbreviations spelled out: "Gov." is "Governor", "Deputy Mayor" is not "Mayor"."""
    if not gold or not predicted:
        return False
    return role_key(predicted) in {role_key(gold), *(role_key(a) for a in aliases)}


def jurisdiction_matches(gold: str | None, predicted: str | None) -> bool:
    """Same place, however written."""
    if not gold or not predicted:
        return False
    return place_key(gold) == place_key(predicted)


def _person_of(row: Mapping[str, Any]) -> str:
    return name_key(str(row.get("name", "")))


def score_people(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> PeopleScore:
    """Score predicted people rows against gold people rows (see the module docstring)."""
    officials = [g for g in gold if g.get("official", True)]
    others = [g for g in gold if not g.get("official", True)]
    misses, right_people, roles = _judge_officials(officials, predicted)
    right = places = len(officials) - len(misses)
    marked = tuple(
        str(g["name"]) for g in others if any(p.get("official") and _finds(p, g) for p in predicted)
    )
    predicted_officials = {_person_of(p): p for p in predicted if p.get("official")}
    unexpected = tuple(
        str(p["name"])
        for p in predicted_officials.values()
        if not any(_finds(p, g) for g in gold)
    )
    wrong = sum(1 for key in predicted_officials if key not in right_people)
    precision = right / (right + wrong) if right + wrong else 0.0
    recall = right / len(officials) if officials else 0.0
    return PeopleScore(
        precision=precision,
        recall=recall,
        f1=2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        right=right,
        gold_officials=len(officials),
        predicted_officials=len(predicted_officials),
        roles_right=roles,
        jurisdictions_right=places,
        misses=tuple(misses),
        non_officials_marked=marked,
        unexpected_officials=unexpected,
    )


def _judge_officials(
    officials: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> tuple[list[PersonMiss], set[str], int]:
    """The misses, the predicted people that scored a gold official right, and the roles right."""
    misses: list[PersonMiss] = []
    right_people: set[str] = set()
    roles = 0
    for person in officials:
        found = [p for p in predicted if _finds(p, person)]
        miss = _judge(person, found)
        roles += miss is None or not miss.reason.startswith(("not", "role"))
        if miss is None:
            right_people.update(_person_of(p) for p in found if _row_right(person, p))
        else:
            misses.append(miss)
    return misses, right_people, roles


def _row_right(gold: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
    return bool(
        row.get("official")
        and role_matches(gold.get("role"), row.get("role"), gold.get("role_aliases") or ())
        and jurisdiction_matches(gold.get("jurisdiction"), row.get("jurisdiction"))
    )


def _judge(gold: Mapping[str, Any], found: Iterable[Mapping[str, Any]]) -> PersonMiss | None:
    """None when some found row is right; else the nearest miss."""
    rows = list(found)
    name = str(gold["name"])
    if not rows:
        return PersonMiss(name, "not found")
    if any(_row_right(gold, r) for r in rows):
        return None
    official = [r for r in rows if r.get("official")]
    if not official:
        return PersonMiss(name, "not marked official")
    with_role = [r for r in official if role_matches(gold.get("role"), r.get("role"), gold.get("role_aliases") or ())]
    if not with_role:
        got = sorted({str(r.get("role")) for r in official})
        return PersonMiss(name, f"role {gold.get('role')!r}, got {', '.join(got)}")
    got = sorted({str(r.get("jurisdiction")) for r in with_role})
    return PersonMiss(name, f"jurisdiction {gold.get('jurisdiction')!r}, got {', '.join(got)}")
