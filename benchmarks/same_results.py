"""The ingest extracts exactly what the sanctuary components do in the stock pipeline.

Analyses the same texts twice: with the stock pipeline (every component,
spaCy's default batch size) plus the four ``sanctuary_*`` components added by
``nlp.add_pipe``, as anyone would, reading ``doc._``; and as the ingest does
(``iter_analyses`` over the pipeline it loads: no lemmatizer or attribute
ruler, sanctuary's batch size, the components run on each whole Doc). Counts
the articles whose analyses differ. Default texts: the seeds and a random
sample of the Gothamist corpus. The ingest side goes the way an NLP worker goes: the model warmed up
as the model server warms it, then batch by batch through ``iter_analyses``, in the order the ingest
sends them.

    python benchmarks/same_results.py [CORPUS.jsonl] [--articles 300] [--seed 0]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import spacy
from sample import add_sample_arguments, write_sample

from sanctuary_cli.corpus.loader import SourceArticle, load
from sanctuary_cli.extract.components import COMPONENTS, analysis
from sanctuary_cli.nlp.batch import warm_up
from sanctuary_cli.nlp.engine import BATCH_SIZE, iter_analyses
from sanctuary_cli.nlp.model import load_model, model_name
from sanctuary_cli.nlp.server import WARM_UP

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_sample_arguments(parser)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        sample = write_sample(args.corpus, args.articles, args.seed, Path(tmp) / "sample.jsonl")
        texts = [a.body.text for a in load([SEEDS, sample]) if isinstance(a, SourceArticle)]

    full = spacy.load(model_name())
    for factory in COMPONENTS:
        full.add_pipe(factory)
    pruned = load_model()
    warm_up(pruned, WARM_UP)
    stock = [analysis(doc) for doc in full.pipe(texts)]
    ours = [result for start in range(0, len(texts), BATCH_SIZE)
            for result in iter_analyses(pruned, texts[start:start + BATCH_SIZE])]
    differ = [i for i, (a, b) in enumerate(zip(stock, ours, strict=True)) if a != b]
    print(f"full pipeline: {', '.join(full.pipe_names)}")
    print(f"ingest pipeline: {', '.join(pruned.pipe_names)}, batches of {BATCH_SIZE}")
    print(f"{len(texts)} articles ({len(texts) - args.articles} seeds), "
          f"{len(differ)} with different analyses")
    for i in differ[:5]:
        print(f"  differs: article {i + 1} ({len(texts[i])} characters)")


if __name__ == "__main__":
    main()
