"""CPU time of the parse for each pipeline and batch size, on the same texts.

CPU seconds of this process (not wall time), so that other work on the
machine disturbs the comparison less. Each setting runs twice, interleaved;
both runs are shown.

    python benchmarks/batch_size.py [CORPUS.jsonl] [--articles 300] [--sizes 256,64,32,16,8]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

# As in the ingest's workers: one BLAS thread (see nlp/engine.py). Set before numpy loads.
for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import spacy  # noqa: E402
from sample import add_sample_arguments, write_sample  # noqa: E402

from sanctuary_cli.corpus.loader import SourceArticle, load  # noqa: E402
from sanctuary_cli.extract.components import extractors  # noqa: E402
from sanctuary_cli.nlp.model import load_model, model_name  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_sample_arguments(parser)
    parser.add_argument("--sizes", default="256,64,32,16,8")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        sample = write_sample(args.corpus, args.articles, args.seed, Path(tmp) / "sample.jsonl")
        texts = [a.body.text for a in load([sample]) if isinstance(a, SourceArticle)]
    words = sum(len(text.split()) for text in texts)
    full, pruned = spacy.load(model_name()), load_model()
    for name, _ in extractors(pruned):  # the parse alone
        pruned.disable_pipe(name)
    for nlp in (full, pruned):  # warm up: first calls allocate
        for _ in nlp.pipe(texts[:20]):
            pass

    settings = [("every component", full, 256)] + [
        ("no lemmatizer/attribute_ruler", pruned, int(size)) for size in args.sizes.split(",")
    ]
    results: dict[tuple[str, int], list[float]] = {}
    for _ in range(2):
        for label, nlp, size in settings:
            start = time.process_time()
            for _ in nlp.pipe(texts, batch_size=size):
                pass
            results.setdefault((label, size), []).append(time.process_time() - start)

    print(f"{len(texts)} articles, {words:,} words\n")
    print(f"{'pipeline':32} {'batch':>5}  {'CPU s (two runs)':>17}  words/CPU s")
    for (label, size), seconds in results.items():
        runs = " ".join(f"{s:7.2f}" for s in seconds)
        print(f"{label:32} {size:5}  {runs:>17}  {words / min(seconds):9,.0f}")


if __name__ == "__main__":
    main()
