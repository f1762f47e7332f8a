"""Scoring the store against a folder of gold files (quotes, people, cities, stance)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sanctuary_cli.errors import SanctuaryError
from sanctuary_cli.evaluation.cities import CitiesScore, score_cities
from sanctuary_cli.evaluation.people import PeopleScore, score_people
from sanctuary_cli.evaluation.quotes import QuoteScore, score_quotes
from sanctuary_cli.evaluation.sources import SourceScore, is_source_gold, score_sources, source_problems
from sanctuary_cli.evaluation.stance import StanceScore, article_ids, score_stance, score_stance_set
from sanctuary_cli.store import queries
from sanctuary_cli.store.stances import article_place_stances, stances

DEFAULT_GOLD = Path("data") / "gold"
# The gold files a folder may hold; "gold" is a stance set's per-(article, place) file.
GOLD_FILES = ("quotes", "people", "cities", "stance", "gold")


@dataclass
class Evaluation:
    quotes: QuoteScore | None
    people: PeopleScore | None
    cities: CitiesScore | None
    stance: StanceScore | None
    sources: SourceScore | None = None  # quotes against gold naming each source as written (PolNeAR)


def read_jsonl(path: Path) -> list[dict[str, Any]] | None:
    """The rows of a gold file, or None when the folder has no such file."""
    if not path.exists():
        return None
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SanctuaryError(f"{path}:{number}: malformed JSON in gold file ({exc.msg})") from exc
    return rows


def evaluate(conn: sqlite3.Connection, gold_dir: Path) -> Evaluation:
    """Score what the store holds against every gold file the folder has."""
    if not gold_dir.is_dir():
        raise SanctuaryError(f"no gold folder at {gold_dir}")
    gold = {name: read_jsonl(gold_dir / f"{name}.jsonl") for name in GOLD_FILES}
    if all(rows is None for rows in gold.values()):
        raise SanctuaryError(f"{gold_dir} holds none of {', '.join(f'{name}.jsonl' for name in GOLD_FILES)}")
    sources = None
    if gold["quotes"] is not None and is_source_gold(gold["quotes"]):
        sources, gold["quotes"] = score_sources(gold["quotes"], queries.quotes(conn)), None
    return Evaluation(
        quotes=score_quotes(gold["quotes"], queries.quotes(conn)) if gold["quotes"] is not None else None,
        people=score_people(gold["people"], queries.people(conn)) if gold["people"] is not None else None,
        cities=score_cities(gold["cities"], _cities_with_articles(conn)) if gold["cities"] is not None else None,
        stance=_score_stance(conn, gold_dir, gold),
        sources=sources,
    )


def _score_stance(conn: sqlite3.Connection, gold_dir: Path, gold: dict[str, Any]) -> StanceScore | None:
    """The seeds' ``stance.jsonl``, or a stance set's per-article ``gold.jsonl``."""
    if gold["gold"] is not None:
        manifest = read_jsonl(gold_dir / "manifest.jsonl")
        places = read_jsonl(gold_dir / "gold_cities.jsonl")
        if manifest is None or places is None:
            raise SanctuaryError(f"{gold_dir}/gold.jsonl needs manifest.jsonl and gold_cities.jsonl beside it")
        predicted = article_place_stances(conn)
        ids = article_ids(manifest, {row["article"] for row in predicted})
        lines = [{**row, "article": ids[row["article"]]} for row in predicted if row["article"] in ids]
        return score_stance_set(gold["gold"], places, stances(conn), lines)
    if gold["stance"] is not None:
        return score_stance(gold["stance"], stances(conn))
    return None


def _cities_with_articles(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT c.city, c.state, group_concat(a.path, '\n') AS paths FROM cities c"
        " JOIN articles a ON a.id = c.article_id GROUP BY c.city, c.state"
    )
    return [{"city": r["city"], "state": r["state"], "articles": r["paths"].split("\n")} for r in rows]


def summary_rows(result: Evaluation) -> list[dict[str, Any]]:
    """One row per measure: precision, recall, F1 and what they count."""
    rows: list[dict[str, Any]] = []
    if result.quotes is not None:
        q = result.quotes
        rows.append(_row("quotes detected", q.detection.precision, q.detection.recall, q.detection.f1,
                         f"{q.found}/{q.gold} gold found, {q.predicted} predicted"))
        rows.append(_row("quotes attributed", q.attributed.precision, q.attributed.recall, q.attributed.f1,
                         f"{q.found_with_speaker}/{q.gold} with the right speaker"))
    if result.sources is not None:
        rows += source_rows(result.sources)
    if result.people is not None:
        p = result.people
        rows.append(_row("officials", p.precision, p.recall, p.f1,
                         f"{p.right}/{p.gold_officials} with role and jurisdiction right; "
                         f"{len(p.non_officials_marked)} non-officials marked official"))
    if result.cities is not None:
        c = result.cities
        rows.append(_row("cities", c.precision, c.recall, c.f1,
                         f"{c.right}/{c.gold_cities} with the right state; "
                         f"{len(c.states_or_countries)} states or countries listed as cities"))
    if result.stance is not None:
        rows += stance_rows(result.stance)
    return rows


def source_rows(s: SourceScore) -> list[dict[str, Any]]:
    """Detection, and the two speaker measures, against source-span gold."""
    return [
        _row("quotes detected", s.precision, s.recall, s.f1,
             f"{s.found}/{s.gold} gold found, {s.predicted} predicted"),
        _row("proper-name sources, right speaker", s.proper_share, s.proper_share, s.proper_share,
             f"{s.proper_right}/{s.proper} found with the right speaker"),
        _row("speaker precision where named", s.speaker_precision, s.speaker_precision, s.speaker_precision,
             f"{s.given_right}/{s.given} right"),
    ]


def stance_rows(s: StanceScore) -> list[dict[str, Any]]:
    """Stance figures, each beside what answering the majority label everywhere would score."""
    rows = []
    for level, tally in s.places.items():
        if level != "all" and s.lines is None:
            continue  # the seeds: all places together; a stance set: together, then cities and counties apart
        name = "stance" if s.lines is None else "stance: places (cities and counties)"
        if level != "all":
            name = f"stance: {level} places"
        rows.append(_row(name, tally.accuracy, tally.accuracy, tally.accuracy,
                         f"{tally.right}/{tally.total} right; majority label "
                         f"'{tally.baseline_label}' {tally.baseline_accuracy:.2f}"))
    if s.lines is not None:
        t = s.lines
        rows.append(_row("stance: per (article, place)", t.accuracy, t.accuracy, t.accuracy,
                         f"{t.right}/{t.total} right, coverage {s.coverage or 0:.2f}; majority label "
                         f"'{t.baseline_label}' {t.baseline_accuracy:.2f}"))
        rows.append(_row("stance: false stances", None, None, None,
                         f"{s.false_stances} of {s.none_lines} 'none' lines given a stance; "
                         f"majority label {s.none_lines}"))
    return rows


def confusion_rows(result: Evaluation) -> list[dict[str, Any]]:
    """The stance confusion matrix, one row per gold label (empty without a stance set)."""
    if result.stance is None or not result.stance.confusion:
        return []
    labels = ("resist", "cooperate", "mixed", "unclear")
    return [{"gold": gold, **{label: counts.get(label, 0) for label in labels}}
            for gold, counts in result.stance.confusion.items()]


def _row(measure: str, precision: float | None, recall: float | None, f1: float | None,
         detail: str) -> dict[str, Any]:
    def rounded(value: float | None) -> float | None:
        return None if value is None else round(value, 3)

    return {"measure": measure, "precision": rounded(precision), "recall": rounded(recall),
            "f1": rounded(f1), "detail": detail}


def problem_rows(result: Evaluation) -> list[dict[str, Any]]:
    """Every miss and false positive, for --verbose."""
    rows: list[dict[str, Any]] = []
    if result.sources is not None:
        rows += source_problems(result.sources)
    if result.quotes is not None:
        for gold in result.quotes.misses:
            rows.append({"area": "quote missed", "article": gold.get("article"), "item": gold.get("quote"),
                         "expected": gold.get("speaker"), "got": None})
        for pred in result.quotes.false_positives:
            rows.append({"area": "quote extra", "article": pred.get("article"), "item": pred.get("quote"),
                         "expected": None, "got": pred.get("speaker")})
        for gold, pred in result.quotes.wrong_speakers:
            rows.append({"area": "quote speaker", "article": gold.get("article"), "item": gold.get("quote"),
                         "expected": gold.get("speaker"), "got": pred.get("speaker")})
    if result.people is not None:
        for miss in result.people.misses:
            rows.append({"area": "official", "article": None, "item": miss.name, "expected": None,
                         "got": miss.reason})
        for name in result.people.non_officials_marked:
            rows.append({"area": "not an official", "article": None, "item": name, "expected": "not official",
                         "got": "official"})
    if result.cities is not None:
        for label, items in (("city missed", result.cities.missing), ("city wrong state", result.cities.wrong_state),
                             ("not a city", result.cities.states_or_countries)):
            rows += [{"area": label, "article": None, "item": item, "expected": None, "got": None} for item in items]
    if result.stance is not None:
        for city in (*result.stance.cities, *result.stance.line_results):
            if not city.right:
                item = city.city if city.level == "city" else f"{city.city} ({city.level})"
                rows.append({"area": "stance", "article": city.article, "item": item, "expected": city.gold,
                             "got": city.predicted})
    return rows
