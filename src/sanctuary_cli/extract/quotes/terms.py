"""Quoted words that are not speech: names, titles and coined terms.

"Face the Nation", Operation "Aurora", so-called "sanctuary cities".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.lexicon import cue_lexicon

if TYPE_CHECKING:
    from sanctuary_cli.extract.docindex import DocIndex
    from sanctuary_cli.extract.quotes.marks import QuoteSpan

WORD_RE = re.compile(r"[^\W_][\w'’.-]*")
# Headlines and titles quoted in full run this long.
MAX_TITLE_WORDS = 16
_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "with", "or", "vs", "de"})
# A sentence ending on a word of three or more letters, then another sentence.
_SENTENCE_BREAK = re.compile(r"[a-z]{3}[.?!] +[A-Z]")
_TERM_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "FAC", "GPE"})


def is_named(index: DocIndex, span: QuoteSpan, text: str) -> bool:
    """A quoted name, title or coined term: "Face the Nation", so-called "sanctuary cities"."""
    if _is_title(text) and (not has_verb(index, span) or _is_headline_cased(text)):
        return True
    tokens = index.tokens_between(span.start, span.end)
    if tokens:
        ent = index.entity(tokens.start)
        if ent is not None and ent.label_ in _TERM_LABELS and ent.start <= tokens.start and ent.end >= tokens.stop - 1:
            return True
    before = index.text[max(0, span.before - 40) : span.before].lower().rstrip(" ,:")
    return any(before.endswith(marker) for marker in cue_lexicon().naming_markers)


def _is_title(text: str) -> bool:
    """Words capitalised like a title or name: "Face the Nation", "Operation Aurora", "Trump-proofing".

    Sentences are not a title: "Like Oakland. Or Ferguson," is two of them, each
    opening on a capital (an abbreviation's dot, "Mr. Smith Goes", ends none).
    """
    words = WORD_RE.findall(text)
    if not words or len(words) > MAX_TITLE_WORDS or _SENTENCE_BREAK.search(text):
        return False
    if not all(word[0].isupper() or word.lower() in _SMALL_WORDS for word in words) or not words[0][0].isupper():
        return False
    # One capitalised word is a title only when it is coined ("Trump-proofing"); "No." is speech.
    return len(words) > 1 or "-" in words[0]


def _is_headline_cased(text: str) -> bool:
    """Every word capitalised, small words too ("Like To Get To Know You"): a title even with a verb."""
    words = WORD_RE.findall(text)
    return (
        len(words) >= 3 and all(word[0].isupper() for word in words) and any(w.lower() in _SMALL_WORDS for w in words)
    )


def has_verb(index: DocIndex, span: QuoteSpan) -> bool:
    """Whether the quoted words hold a verb (a clause, not a title)."""
    doc = index.doc
    return any(doc[i].tag_.startswith("VB") or doc[i].tag_ == "MD" for i in index.tokens_between(span.start, span.end))
