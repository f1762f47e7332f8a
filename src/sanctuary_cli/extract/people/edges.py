"""Where a name starts and ends: a question's verb before it, a role pair, a family.

The tagger reads words next to a name into it, or stops inside it:

- "Luckily Quillon was no chemist": a sentence's adverb read into the name after it is no part of it.
- "Will Quillon ever come back?": a question opens with an auxiliary or modal verb, which the
  tagger reads into the name after it. The name is the rest, where the verb is no given name, or
  where the article writes the rest alone elsewhere and the two words together only there ("Will"
  is a given name too: a story of "Will Tessel" writes his name more than once).
- "Orrin-as-Quillon": a cast's pairing of an actor and the part played, hyphened with "as";
  the person named is the actor, the first.
- "the Quillons": a plural of a surname the article gives a person names the family, not one
  person: it is no mention of anyone; nor is "all eight Bobby Quillons", a plural of a full name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from sanctuary_cli.extract.docindex import index
from sanctuary_cli.extract.people.common import Mention
from sanctuary_cli.extract.people.given import known_given_name
from sanctuary_cli.extract.people.personal import word_frequency

if TYPE_CHECKING:
    from spacy.tokens import Doc

# auxiliary and modal verbs an English question opens with ("Will Quillon run?", "Did Quillon know?")
AUXILIARIES = frozenset(
    {"will", "would", "can", "could", "should", "shall", "did", "does", "do", "is", "was", "has", "have", "had"}
    | {"must", "might", "may", "are", "were"}
)
ADVERB_FREQUENCY = 3.5  # Zipf frequency (wordfreq) of an English adverb: "luckily" 3.9; "Dilly" 2.6, "Vitaly" 2.7
_ROLE_PAIR = re.compile(r"-as-", re.IGNORECASE)  # "Orrin-as-Quillon": an actor as the part played
_SENTENCE_END = re.compile(r"[.!?](?=[\"”'’)\]]*(?:\s|$))|\n")  # a stop, maybe inside a closing quote


def trimmed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with a question's opening verb and a role pair's second name taken off, and a
    family's plural dropped (see the module's note)."""
    text = index(doc).text
    surnames = {m.text.split()[-1] for m in mentions}
    out: list[Mention] = []
    for mention in mentions:
        if family_plural(mention.text, text, mention.start, surnames) or a_names_plural(mention.text, text):
            continue
        cut = None if mention.nickname else (
            _role_pair(mention.text) or _question_verb(mention, text) or _leading_adverb(doc, mention)
        )
        if cut is not None:
            mention = _narrowed(doc, mention, cut)
        out.append(mention)
    return out


def _role_pair(name: str) -> tuple[int, int] | None:
    """ "Orrin-as-Quillon": the actor's name, before "-as-"."""
    match = _ROLE_PAIR.search(name)
    if match is None or match.start() == 0:
        return None
    return 0, match.start()


def _question_verb(mention: Mention, text: str) -> tuple[int, int] | None:
    """ "Will Quillon ever return?": the name after an auxiliary that opens a question, or None."""
    first, _, rest = mention.text.partition(" ")
    if not rest or not question_verb(first, text, mention.start):
        return None
    if known_given_name(first) and (not _written_alone(rest, text, first) or text.count(mention.text) > 1):
        return None  # "Will Tessel ever return?" in a story that writes "Will Tessel" as his name
    return len(first) + 1, len(mention.text)


def _leading_adverb(doc: Doc, mention: Mention) -> tuple[int, int] | None:
    """ "Luckily Quillon was no chemist": a sentence's adverb the tagger read into the name, or None. The word
    must be tagged an adverb, end in "-ly", be no given name and be a word English writes (``ADVERB_FREQUENCY``):
    the tagger calls "de" of "de Blasio" and the nickname "Dilly" adverbs too."""
    first, _, rest = mention.text.partition(" ")
    span = index(doc).span(mention.start, mention.end)
    if not rest or span is None or len(span) < 2 or span[0].text != first or span[0].tag_ != "RB":
        return None
    if not (first.isalpha() and first.endswith("ly")) or known_given_name(first):
        return None
    return (len(first) + 1, len(mention.text)) if word_frequency(first) >= ADVERB_FREQUENCY else None


def question_verb(word: str, text: str, start: int) -> bool:
    """Whether ``word``, written at ``start``, is an auxiliary or modal verb opening a question."""
    return word.casefold() in AUXILIARIES and _opens_a_question(text, start)


def _opens_a_question(text: str, start: int) -> bool:
    """Whether a sentence, or a question joined to one by "and" or "or" ("What will Ada sing, and
    will Bram join her?"), opens at ``start`` (after a stop, a line's start or a quotation mark)
    and ends with a question mark."""
    before = text[:start].rstrip(" \"“'‘(")
    if before and not re.search(r"(?:[.!?:]|\n|,\s+(?:and|or))$", before):
        return False
    end = _SENTENCE_END.search(text, start)
    return end is not None and end.group() == "?"


def _written_alone(name: str, text: str, before: str) -> bool:
    """Whether the text writes ``name`` somewhere without ``before`` right ahead of it."""
    return re.search(rf"(?<!{re.escape(before)} )\b{re.escape(name)}\b", text) is not None


def family_plural(name: str, text: str, start: int, surnames: set[str]) -> bool:
    """Whether a one-word name is a surname's plural after "the" ("the Quillons", "the Quillons'"),
    the surname one the article gives a person: a family, no one person."""
    if " " in name or len(name) < 4 or not name.endswith("s") or name[:-1] not in surnames:
        return False
    return re.search(r"\b[Tt]he\s+$", text[max(0, start - 8) : start]) is not None


def a_names_plural(name: str, text: str) -> bool:
    """ "All eight Bobby Quillons", "two Don Quillons are shown": the plural of a full name whose
    surname the text writes in the singular after a given name ("Bobby Quillon", "Sally Quillon") is
    its actors or look-alikes, no one person."""
    words = name.split()
    if len(words) < 2 or not words[-1].endswith("s") or len(words[-1]) < 4:
        return False
    singular = words[-1][:-1]  # "QUILLONS" in a heading: "Quillon" in the text
    if known_given_name(singular):
        return False  # "Serena Williams" beside "Prince William"
    return re.search(rf"\b[A-Z][a-z]+ (?i:{re.escape(singular)})\b(?!['’]?s\b)", text) is not None


def _narrowed(doc: Doc, mention: Mention, cut: tuple[int, int]) -> Mention:
    """The mention narrowed to ``cut`` (offsets inside it), its last token found again."""
    start = mention.start + cut[0]
    end = start + len(index(doc).text[start : mention.start + cut[1]].rstrip(" -"))
    span = index(doc).span(start, end)
    token = span.end - 1 if span is not None else mention.token
    return replace(mention, start=start, end=end, text=index(doc).text[start:end], token=token)
