"""Quotes with speakers on the seeds: sanctuary's extractor against textacy's direct_quotations.

Both read the same parse of the same texts and are scored by the same
function (sanctuary_cli.evaluation.quotes.score_quotes) against the gold file.
textacy needs lemmas and coarse part-of-speech tags, so the pipeline here is
the full stock one; sanctuary's extractor reads only tags, dependencies and
entities, which are the same with or without the lemmatizer.

    pip install -e '.[bench]'
    python benchmarks/quotes_vs_textacy.py [--seeds DIR] [--gold FILE] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import spacy
from textacy.extract.triples import direct_quotations

from sanctuary_cli.evaluation.quotes import QuoteScore, score_quotes
from sanctuary_cli.extract.people.people import extract_people
from sanctuary_cli.extract.places.cities import extract_cities
from sanctuary_cli.extract.quotes.quotes import extract_quotes
from sanctuary_cli.nlp.model import model_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parents[1]
Prediction = dict[str, Any]


def sanctuary_quotes(doc: Doc, article: str) -> list[Prediction]:
    """Our extractor, fed the cities and people found in the same article."""
    cities = extract_cities(doc)
    people = extract_people(doc, cities)
    return [
        {"article": article, "quote": q.text, "speaker": q.speaker, "kind": q.kind, "start": q.start, "end": q.end}
        for q in extract_quotes(doc, people, cities)
    ]


def textacy_quotes(doc: Doc, article: str) -> list[Prediction]:
    """textacy's direct quotations; an article it refuses (odd number of quote marks) yields none."""
    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return []
    return [
        {
            "article": article,
            "quote": triple.content.text,
            "speaker": " ".join(token.text for token in triple.speaker),
            "kind": "statement",
            "start": triple.content.start_char,
            "end": triple.content.end_char,
        }
        for triple in triples
    ]


def run(
    extractor: Callable[[Doc, str], list[Prediction]], docs: dict[str, Doc], gold: list[Prediction]
) -> tuple[QuoteScore, float]:
    """Score one extractor over every document; returns the score and the seconds spent extracting."""
    predicted: list[Prediction] = []
    started = time.perf_counter()
    for article, doc in docs.items():
        predicted.extend(extractor(doc, article))
    return score_quotes(gold, predicted), time.perf_counter() - started


def table(scores: dict[str, tuple[QuoteScore, float]]) -> str:
    """The scores side by side, one column per extractor."""
    names = list(scores)
    rows = [("", *names)]
    for label, pick in [
        ("detection precision", lambda s: s.detection.precision),
        ("detection recall", lambda s: s.detection.recall),
        ("detection F1", lambda s: s.detection.f1),
        ("attributed precision", lambda s: s.attributed.precision),
        ("attributed recall", lambda s: s.attributed.recall),
        ("attributed F1", lambda s: s.attributed.f1),
    ]:
        rows.append((label, *(f"{pick(scores[name][0]):.2f}" for name in names)))
    rows.append(("gold quotes found", *(f"{scores[n][0].found}/{scores[n][0].gold}" for n in names)))
    rows.append(("found with right speaker", *(str(scores[n][0].found_with_speaker) for n in names)))
    rows.append(("predictions counted", *(str(scores[n][0].predicted) for n in names)))
    rows.append(("extraction seconds", *(f"{scores[n][1]:.3f}" for n in names)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows)


def details(name: str, score: QuoteScore) -> str:
    """Misses, false positives and wrong speakers of one extractor."""
    lines = [f"\n{name}:"]
    lines += [f"  miss   {m['article']}: {m['quote'][:70]!r} ({m['speaker']})" for m in score.misses]
    lines += [f"  extra  {p['article']}: {p['quote'][:70]!r} ({p['speaker']})" for p in score.false_positives]
    lines += [
        f"  who    {g['article']}: {g['quote'][:50]!r} is {g['speaker']}, not {p['speaker']}"
        for g, p in score.wrong_speakers
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--gold", type=Path, default=ROOT / "data" / "gold" / "quotes.jsonl")
    parser.add_argument("--verbose", action="store_true", help="list misses, false positives, wrong speakers")
    args = parser.parse_args()

    gold = [json.loads(line) for line in args.gold.read_text("utf-8").splitlines() if line.strip()]
    nlp = spacy.load(model_name())
    paths = sorted(args.seeds.glob("*.txt"))
    docs = dict(zip((p.name for p in paths), nlp.pipe(p.read_text("utf-8") for p in paths), strict=True))
    scores = {
        "sanctuary": run(sanctuary_quotes, docs, gold),
        "textacy": run(textacy_quotes, docs, gold),
    }
    print(f"{len(docs)} articles, {sum(g['kind'] in ('statement', 'partial') for g in gold)} gold quotes\n")
    print(table(scores))
    if args.verbose:
        for name, (score, _) in scores.items():
            print(details(name, score))


if __name__ == "__main__":
    main()
