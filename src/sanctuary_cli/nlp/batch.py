"""Parsing and extracting one batch of article bodies, as a worker process does it.

``iter_analyses`` turns a batch of texts into one result per text, in order: an
``Analysis``, or a ``Failure`` saying why that article could not be analysed.
``parse`` gives one Doc per text however long it is; ``BatchCollector`` frees a
batch's Docs once it is done. The engines (``engine``, ``ray_engine``) run these
in their worker processes.
"""

from __future__ import annotations

import ctypes
import gc
import sys
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

from sanctuary_cli import timing
from sanctuary_cli.extract.model import Analysis

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Texts per nlp.pipe call and per task sent to a worker. Measured on
# en_core_web_sm over 300 Gothamist articles (benchmarks/README.md): 16 to 64
# parse equally fast, spaCy's default of 256 is ~20% slower and holds more
# memory, and 16 keeps every worker busy to the end of a run (a worker left
# with the last big batch finishes alone).
BATCH_SIZE = 16

# Characters per task at most (unless one article is longer): the parse's
# memory grows with the words of a batch, so a run of long articles makes
# smaller batches and the peak stays that of an ordinary one however large
# the corpus. Sixteen Gothamist articles average 44,000 characters, so most
# batches are whole and a heavy one is cut short.
BATCH_CHARS = 48_000

# spaCy refuses texts over nlp.max_length (1,000,000 characters) and the parser's
# memory grows with the text; longer texts are parsed in pieces of at most this
# many characters, cut between paragraphs, and joined back into one Doc.
CHUNK_CHARS = 100_000


@dataclass(frozen=True)
class Failure:
    """An article the NLP could not analyse, and why; the ingest reports it and goes on."""

    reason: str


Result: TypeAlias = Analysis | Failure

# What a worker does with one batch: parse and extract, one result per text, in order.
Work: TypeAlias = "Callable[[Language, list[str]], Iterator[Result]]"


def split_long(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters that join back into it.

    Each cut falls after a paragraph break if the second half of the piece has
    one, else after a line break, a sentence end or a space; a text with no
    whitespace at all is cut hard.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            found = text.rfind(mark, start + limit // 2, end)
            if found != -1:
                cut = found + len(mark)
                break
        if cut <= start:
            cut = end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse(nlp: Language, texts: list[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """One Doc per text, in order, however long the text (see ``CHUNK_CHARS``).

    The pipeline's sanctuary components do not run here: they run on the whole
    Doc, in ``_extract``, whose errors fail one article only.
    """
    from spacy.tokens import Doc

    from sanctuary_cli.extract.components import extractors

    limit = min(CHUNK_CHARS, nlp.max_length)
    pieces = [split_long(text, limit) for text in texts]
    skip = [name for name, _ in extractors(nlp)]
    docs = nlp.pipe((piece for parts in pieces for piece in parts), batch_size=batch_size, disable=skip,
                    component_cfg=_whole_batches(nlp, batch_size))
    for parts in pieces:
        if len(parts) == 1:
            yield next(docs)
        else:
            # The pieces end on whitespace, so joining adds nothing: offsets stay those of the text.
            yield Doc.from_docs([next(docs) for _ in parts], ensure_whitespace=False)


def _whole_batches(nlp: Language, batch_size: int) -> dict[str, dict[str, Any]]:
    """Settings that let the parser and the NER parse each batch in one piece.

    spaCy's transition-based components sort a batch by length and parse it in
    quarters, one step of the transition loop for all the texts of a quarter at
    a time. A batch size four times the real one makes the quarter the whole
    batch: fewer, fuller steps. Measured on 150 Gothamist articles, the parser
    takes 7% and the NER 2% less CPU time, and every parse is the same
    (benchmarks/same_results.py).
    """
    return {name: {"batch_size": 4 * batch_size} for name, proc in nlp.pipeline if hasattr(proc, "moves")}


def iter_analyses(nlp: Language, texts: list[str]) -> Iterator[Result]:
    """Parse and extract one batch, yielding each article's result as soon as it is ready.

    An extractor that raises on one article fails that article only. A text that
    breaks spaCy itself breaks the batched parse, so the rest of the batch is
    then parsed one text at a time to pin the failure on the right article.
    """
    # The results are plain records; the strings the batch added to the
    # vocabulary are freed after it, so a worker's memory stays flat over a
    # long corpus instead of growing with every new word.
    # Except the first batches': inside a memory zone the tokenizer caches
    # nothing and every word new to the vocabulary is made afresh, so the words
    # of a worker's first WARM_BATCHES batches are kept for good. Measured over
    # 300 Gothamist articles: the tokenizer takes 1.06 CPU s keeping one batch's
    # words, 0.77 s keeping eight's, 0.73 s keeping every word; eight batches
    # hold ~20,000 words, a few MB.
    parsed = _WARM.get(nlp, 0)
    if parsed < WARM_BATCHES:
        _WARM[nlp] = parsed + 1
        yield from _analyses(nlp, texts)
        return
    with nlp.memory_zone():
        yield from _analyses(nlp, texts)


WARM_BATCHES = 8

# The batches each pipeline has parsed outside a memory zone.
_WARM: weakref.WeakKeyDictionary[Language, int] = weakref.WeakKeyDictionary()


def _analyses(nlp: Language, texts: list[str]) -> Iterator[Result]:
    done = 0
    try:
        for doc in parse(nlp, texts):
            yield _extract(nlp, doc)
            done += 1
    except Exception:
        for text in texts[done:]:
            try:
                doc = next(parse(nlp, [text]))
            except Exception as exc:
                yield Failure(f"spaCy failed on this text: {type(exc).__name__}: {exc}")
            else:
                yield _extract(nlp, doc)


def warm_up(nlp: Language, text: str) -> None:
    """Parse and extract one text, so that whatever the pipeline loads on first use is loaded,
    with the word frequencies that only a rare name asks for (loaded once, before the workers fork)."""
    from sanctuary_cli.extract.people.personal import common_word

    for doc in parse(nlp, [text]):
        _extract(nlp, doc)
    common_word("the")


def _extract(nlp: Language, doc: Doc) -> Result:
    from sanctuary_cli.extract import pipeline

    try:
        with timing.stage("extract"):
            return pipeline.analyze(doc, nlp)
    except Exception as exc:
        return Failure(f"extraction failed: {type(exc).__name__}: {exc}")


# glibc's malloc settings (mallopt(3)): allocations from M_MMAP_THRESHOLD up get
# a mapping of their own; free memory at the heap's top beyond M_TRIM_THRESHOLD
# goes back to the system, all but M_TOP_PAD of it.
M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_THRESHOLD = -1, -2, -3
MMAP_THRESHOLD = 32 * 1024 * 1024  # the most glibc allows on 64-bit systems
KEPT = 128 * 1024 * 1024


def keep_freed_memory() -> bool:
    """Let glibc's malloc keep some of the memory a batch frees, for the next batch to reuse.

    The parse allocates and frees its arrays anew for every batch (150 to 220 MB
    of them for 16 Gothamist articles). By default malloc gives arrays over a
    few hundred KB a mapping of their own and gives the heap's free top back to
    the system, so every batch faults its memory in again, page by page (1,300
    page faults per article). Here the arrays come from the heap, and 128 MB of
    its free top is kept: the next batch reuses it and faults in only what it
    needs beyond. Measured over 800 Gothamist articles in one worker: page
    faults 855,000 to 225,000; resident size between batches 166-186 MB by
    default, 295 MB here (388 MB, 61,000 faults, keeping all of it). Called in a
    process that will parse, before it loads the model; the processes forked
    from it inherit the settings. Elsewhere than Linux (no glibc), nothing is
    changed. Whether the settings took.
    """
    if not sys.platform.startswith("linux"):
        return False
    # Why ctypes and not a library: mallopt is one C call, and no maintained
    # package wraps it.
    mallopt = getattr(ctypes.CDLL(None), "mallopt", None)  # the C library the interpreter runs on
    if mallopt is None:
        return False
    settings = ((M_MMAP_THRESHOLD, MMAP_THRESHOLD), (M_TRIM_THRESHOLD, KEPT), (M_TOP_PAD, KEPT))
    took = [mallopt(option, value) for option, value in settings]  # every one, even after a refusal
    return all(took)


class BatchCollector:
    """Frees each batch's Docs as soon as the batch is done.

    A Doc that refers to itself (the extractors keep per-Doc indexes in
    ``doc.user_data``) is freed only by Python's cycle collector, whose full
    passes are rare: left to it, a worker holds hundreds of dead Docs (measured:
    ~400 MB instead of ~150 MB). After the first batch, the model and the
    lexicons are loaded and will live as long as the process, so they are
    frozen out of later collections, which then cost a few milliseconds.
    """

    def __init__(self) -> None:
        self._frozen = False

    def after_batch(self) -> None:
        gc.collect()
        if not self._frozen:
            gc.freeze()
            self._frozen = True
