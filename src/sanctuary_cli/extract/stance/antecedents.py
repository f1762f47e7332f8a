"""What an act is aimed at when its sentence does not say: "the program" or "it" named before.

News names a bill, a law or a programme once in full ("the 287(g) program",
"an anti-sanctuary bill") and then only by its head noun: "the sheriff
applied to join the program", "the council urged a veto". When a cue's own
words name no target, its definite head noun (or, for an act whose object
goes without saying, the nouns it implies: a veto is of a bill) is looked
up in the text before it: the nearest mention of that noun whose words name
a target is what the act is aimed at. Only a bare definite noun ("the
program", "its agreement") points back; "a new program" or "the school
lunch program" is a thing of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sanctuary_cli.extract.stance.lexicon import Cue, StanceLexicon
from sanctuary_cli.extract.stance.targets import classify

if TYPE_CHECKING:
    from spacy.tokens import Token

LOOKBACK = 500  # tokens read back for the noun's full mention (a few paragraphs)
MODIFIER_REACH = 40  # characters before a mention of the noun read for what kind it is
DEFINITE = frozenset({"the", "this", "that", "its", "their", "his", "her"})
BARE_ARCS = frozenset({"compound", "amod", "nmod", "nummod", "acl", "relcl", "prep"})


def _bare_definite(token: Token, nouns: frozenset[str]) -> bool:
    """Whether the token is "the program", "its agreement": a known head noun with a definite
    determiner or owner and nothing else that names it."""
    if token.lower_ not in nouns:
        return False
    children = list(token.children)
    definite = any(child.dep_ in {"det", "poss"} and child.lower_ in DEFINITE for child in children)
    return definite and not any(child.dep_ in BARE_ARCS for child in children)


def _pointing_nouns(cue: Cue, trigger: Token, governed: Iterable[int], lexicon: StanceLexicon) -> list[str]:
    """The nouns whose earlier mention the act is aimed at: a bare definite noun among its
    governed words, else the nouns a cue implies when it has no object ("urged a veto")."""
    doc = trigger.doc
    for i in governed:
        if i != trigger.i and _bare_definite(doc[i], lexicon.antecedent_nouns):
            return [doc[i].lower_]
    if cue.implied and not any(child.dep_ in {"dobj", "prep"} for child in trigger.children):
        return list(cue.implied)
    return []


def antecedent_words(cue: Cue, trigger: Token, governed: Iterable[int], lexicon: StanceLexicon) -> str:
    """The words of the earlier mention the act points back to ("the 287(g) program"), or ""."""
    nouns = _pointing_nouns(cue, trigger, governed, lexicon)
    if not nouns:
        return ""
    doc = trigger.doc
    sentence = trigger.sent.start
    before = doc[max(0, sentence - LOOKBACK) : sentence].text
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(noun) for noun in nouns) + r")s?\b", re.IGNORECASE)
    for match in reversed(list(pattern.finditer(before))):
        words = before[max(0, match.start() - MODIFIER_REACH) : match.end()]
        if classify(words, lexicon) is not None:
            return words
    return ""
