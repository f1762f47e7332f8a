"""Where an article's analysis time goes: the parse, component by component, and each extractor.

Parses a random sample of a JSONL corpus with the pipeline the ingest loads,
then runs every extractor over the parsed docs in the order analyze() does,
timing each. Extraction should stay small beside the parse.

    python benchmarks/profile_extractors.py [CORPUS.jsonl] [--articles 300] [--seed 0]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections import defaultdict
from pathlib import Path

# As in the ingest's workers: one BLAS thread (see nlp/engine.py). Set before numpy loads.
for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

from sample import add_sample_arguments, write_sample  # noqa: E402

from sanctuary_cli.corpus.loader import SourceArticle, load  # noqa: E402
from sanctuary_cli.extract.components import Extractor  # noqa: E402
from sanctuary_cli.extract.entities import extract_entities  # noqa: E402
from sanctuary_cli.extract.people.people import extract_people  # noqa: E402
from sanctuary_cli.extract.places.cities import extract_cities  # noqa: E402
from sanctuary_cli.extract.quotes.quotes import extract_quotes  # noqa: E402
from sanctuary_cli.extract.stance.evidence import extract_evidence  # noqa: E402
from sanctuary_cli.nlp.engine import BATCH_SIZE  # noqa: E402
from sanctuary_cli.nlp.model import load_model  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_sample_arguments(parser)
    args = parser.parse_args()

    texts = sample_bodies(args.corpus, args.articles, args.seed)
    words = sum(len(text.split()) for text in texts)
    nlp = load_model()
    seconds: dict[str, float] = defaultdict(float)

    # The parse, one component at a time over the whole sample, as nlp.pipe runs them.
    start = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    seconds["tokenizer"] = time.perf_counter() - start
    for name, component in nlp.pipeline:
        if isinstance(component, Extractor):
            continue  # timed extractor by extractor below
        start = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=BATCH_SIZE))  # type: ignore[attr-defined]
        seconds[name] = time.perf_counter() - start
    parse_total = sum(seconds.values())

    slowest: list[tuple[float, int, int]] = []
    for doc in docs:
        began = time.perf_counter()
        start = time.perf_counter()
        cities = extract_cities(doc)
        seconds["extract_cities"] += time.perf_counter() - start
        start = time.perf_counter()
        people = extract_people(doc, cities)
        seconds["extract_people"] += time.perf_counter() - start
        start = time.perf_counter()
        quotes = extract_quotes(doc, people, cities)
        seconds["extract_quotes"] += time.perf_counter() - start
        start = time.perf_counter()
        extract_evidence(doc, cities, people, quotes)
        seconds["extract_evidence"] += time.perf_counter() - start
        start = time.perf_counter()
        extract_entities(doc)
        seconds["extract_entities"] += time.perf_counter() - start
        slowest.append((time.perf_counter() - began, len(slowest), len(doc.text)))

    extract_total = sum(seconds.values()) - parse_total
    print(f"{len(texts)} articles, {words:,} words; pipeline: {', '.join(nlp.pipe_names)}\n")
    print(f"{'stage':20} {'seconds':>8} {'share':>6}  ms/article")
    for name, value in seconds.items():
        share = value / (parse_total + extract_total)
        print(f"{name:20} {value:8.2f} {share:6.1%}  {1000 * value / len(texts):8.1f}")
    print(f"{'parse':20} {parse_total:8.2f}")
    print(f"{'extraction':20} {extract_total:8.2f}  ({extract_total / parse_total:.1%} of the parse)")
    slowest.sort(reverse=True)
    print("\nslowest articles to extract:")
    for value, number, chars in slowest[:3]:
        print(f"  {1000 * value:7.1f} ms  {chars:6} characters  (article {number + 1} of the sample)")


def sample_bodies(corpus: Path, size: int, seed: int) -> list[str]:
    """The cleaned bodies of a reproducible random sample of the corpus's records."""
    with tempfile.TemporaryDirectory() as tmp:
        sample = write_sample(corpus, size, seed, Path(tmp) / "sample.jsonl")
        return [a.body.text for a in load([sample]) if isinstance(a, SourceArticle)]


if __name__ == "__main__":
    main()
