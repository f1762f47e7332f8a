"""Where an article names people: PERSON entities and names written after a title."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from sanctuary_cli.extract.docindex import index
from sanctuary_cli.extract.people.brackets import bracket_inside, bracketed_surnames
from sanctuary_cli.extract.people.brands import hyphened_through, written_as_a_brand
from sanctuary_cli.extract.people.common import MAX_NAME_WORDS, NAME_TAGS, REJECT_ENTS, VERB_TAGS, Mention
from sanctuary_cli.extract.people.edges import trimmed
from sanctuary_cli.extract.people.given import first_name_gender
from sanctuary_cli.extract.people.missed import (
    curly_apostrophe_names,
    given_name_opening,
    mistagged_names,
    named_alone_before,
)
from sanctuary_cli.extract.people.names import PARTICLES, facility_word, name_rules, strip_title
from sanctuary_cli.extract.people.nicknames import jibed_names, nicknamed_names, quoted_given_names
from sanctuary_cli.extract.people.personal import looks_like_name
from sanctuary_cli.extract.people.roles import lexicon, role_form, written_as_title
from sanctuary_cli.extract.people.runon import reread
from sanctuary_cli.extract.places.cities import CityIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_UNOPENED_QUOTE = re.compile(r'^[^"“”]*["”]\s+(?=\S)')  # a nickname's closing quote, its opening one left out
SUFFIX_AFTER = re.compile(r"\.?,?\s(?:Jr|Sr)\.?(?![\w-])")  # ", Jr.", " Sr", "., Jr." after a name


def name_mentions(doc: Doc, cities: CityIndex) -> list[Mention]:
    """PERSON entities, names after a title and names with a nickname inside, in text order, without
    overlaps."""
    found: dict[int, Mention] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            mention = _from_entity(ent, cities)
            if mention is not None:
                found[mention.start] = mention
    starts = sorted(found)  # the mentions kept never overlap: look neighbours up by bisection
    for mention in _titled_names(doc, cities):
        if credit(doc, mention.start, mention.end):
            continue  # "Photo by Dana Orwell": a credit, however the lexicon reads "Photo by"
        # "Chicago Mayor Rahm Emmanuel" where the NER saw only "Emmanuel": the longer name wins
        _put(found, starts, mention, only_inside=True)
    for mention in nicknamed_names(doc):  # 'Ada "Iron Lady" Quillon', read in pieces or with its quotes
        _put(found, starts, mention, only_inside=False)
    for mention in [*quoted_given_names(doc), *jibed_names(doc)]:  # '"Bobby" Quillon', "Carl mad-as-hell Quillon"
        _put(found, starts, mention, only_inside=True)
    for mention in [*bracket_inside(doc), *bracketed_surnames(doc, list(found.values()))]:  # 'Ada [Quillon]'
        _put(found, starts, mention, only_inside=True)
    for mention in _family_names(doc, list(found.values())):  # "Christen Quillon" beside "Jaquavius Quillon"
        _put(found, starts, mention, only_inside=True)
    for mention in mistagged_names(doc, list(found.values())):  # "Brooke Astor's son", tagged an organisation
        if not credit(doc, mention.start, mention.end) and not inside_larger_name(doc, mention.token):
            _put(found, starts, mention, only_inside=True)
    for mention in curly_apostrophe_names(doc):  # "Bill O’Quillon", where the tagger saw "Bill"
        _put(found, starts, mention, only_inside=True)
    for mention in named_alone_before(doc, list(found.values())):  # "Tyvorn Quillon", where it saw "Quillon"
        _put(found, starts, mention, only_inside=True)
    return reread(doc, trimmed(doc, sorted(found.values(), key=lambda m: m.start)))


def _family_names(doc: Doc, found: list[Mention]) -> list[Mention]:
    """The given names written before a surname the article gives a person in full, where the tagger
    saw no name or the surname alone: "Christen Quillon had been on parole", beside "Jaquavius
    Quillon", his son. A given name the tagger reads as a verb or a modal ("Will Quillon run?"), one
    after another capitalised word ("Mary Ann Quillon" read from "Ann"), or a name running on into
    a building's ("Ada Quillon Hall"), a date's ("Last September Quillon") or a credit is none. The
    surname may be a given name too ("Micah Travis" beside the secretary Ada Travis)."""
    text = index(doc).text
    surnames = {m.text.split()[-1] for m in found if " " in m.text and m.text.split()[-1][:1].isupper()}
    surnames -= {s for s in surnames if not s.isalpha()}
    if not surnames:
        return []
    pattern = re.compile(rf"\b(?P<given>[A-Z][a-z]+) (?P<surname>{'|'.join(map(re.escape, sorted(surnames)))})\b")
    names = []
    for match in pattern.finditer(text):
        given, last = index(doc).token_at(match.start("given")), index(doc).token_at(match.start("surname"))
        if given is None or last is None or not given_name_opening(doc, given) or last.tag_ not in NAME_TAGS:
            continue
        if strip_title(match.group(0)) != match.group(0) or inside_larger_name(doc, last.i):
            continue
        if credit(doc, match.start(), match.end()):
            continue  # "Menu by Dana Orwell on Chirpdocs"
        names.append(Mention(match.start(), match.end(), match.group(0), last.i))
    return names


def _put(found: dict[int, Mention], starts: list[int], mention: Mention, *, only_inside: bool) -> None:
    """Keep a mention in place of those it overlaps (``only_inside``: if they all lie inside it)."""
    j = bisect.bisect_left(starts, mention.start)
    k = bisect.bisect_left(starts, mention.end)
    overlapping = [found[at] for at in starts[max(0, j - 1) : k] if found[at].end > mention.start]
    if only_inside and not all(mention.start <= m.start and m.end <= mention.end for m in overlapping):
        return
    for m in overlapping:
        del found[m.start]
        starts.remove(m.start)
    found[mention.start] = mention
    bisect.insort(starts, mention.start)


_TAIL = re.compile(r"[^\w.'’]+$")  # what cannot end a name: spaces, commas, dashes, marks, emoji
_HYPHENED_TAIL = re.compile(r"-([A-Za-z]+)$")


def _entity_name(text: str, start: int) -> tuple[str, int]:
    """An entity's text without what surrounds a name: an opening quotation, a title, a credit's or a
    heading's tail, marks, and a possessive; with where it now starts."""
    closing = _UNOPENED_QUOTE.match(text) if sum(text.count(q) for q in '"“”') % 2 else None
    if closing is not None:  # 'the "Subway Vigilante" Ada Quillon' read from inside the quotation
        text, start = text[closing.end() :], start + closing.end()
    stripped = strip_title(text)
    start += len(text) - len(stripped)
    text = stripped
    # "John Gress/Reuters", "Antonio Perez/Chicago Tribune": the name ends at the slash;
    # a name in a list of headings ends at its line ("Scott Stringer\n\nElection charts")
    text = text.split("/")[0].split("\n")[0]
    text = _TAIL.sub("", text)  # "Ada Quillon!!❤️" in a fan's post: the name ends at its last letter
    # "Ada Quillon-One of the great talents" in a post: a common word after a hyphen is no part of a name
    text = _HYPHENED_TAIL.sub(lambda tail: "" if tail.group(1).casefold() in STOP_WORDS else tail.group(0), text)
    # "Homan's", "Jones'", and the closing quote of 'Ada Q.' (but "Trump Jr." keeps its dot)
    return re.sub(r"(?:['’]s|['’])$", "", text), start


def _from_entity(ent: Span, cities: CityIndex) -> Mention | None:
    """A PERSON entity cleaned: titles, possessives and photo-credit tails removed."""
    text, start = _entity_name(ent.text, ent.start_char)
    if not looks_like_name(text):
        return None
    end = start + len(text)
    whole = index(ent.doc).text  # the doc's text, built once (Doc.text joins every token anew)
    suffix = SUFFIX_AFTER.match(whole, end) if " " in text and text == whole[start:end] else None
    if suffix is not None:  # "Martin Quillon, Jr. spoke": the tagger left the generation's suffix out
        text, end = whole[start : suffix.end()], suffix.end()
    if any(t.tag_ in VERB_TAGS for t in ent if t.idx < end):
        return None  # a headline fragment such as "Defying Trumpism"
    if cities.at(start, end) is not None:
        return None  # "Aurora" tagged PERSON but linked as a city
    last = index(ent.doc).span(start, end)
    token = last.end - 1 if last is not None else ent.end - 1
    if credit(ent.doc, start, end) or inside_larger_name(ent.doc, token) or hyphened_through(whole, end):
        return None  # ... or on into a compound's ("Mar" of "Mar-a-Lago")
    one_word = " " not in text
    if one_word and (possessive_place(whole, end) or written_as_a_brand(text, whole) or epithet(text, whole, end)):
        return None
    if one_word and not _used_as_a_person(ent.doc, token):
        return None
    return Mention(start, end, text, token)


# a line of its own that credits a document or a photo: "Harbor Grill Menu by Dana Orwell on Chirpdocs",
# "Spring Recipes by Dana Orwell", "(Dana Orwell)"
CREDIT_LINE_BEFORE = re.compile(r"(?:^[^.!?\n]*\bby|^\()\s*$", re.IGNORECASE)
# "Dana Orwell/Lakeside Daily" at a line's end or before a bracket's close; not "Ada Stark/Quillon: the
# queen", a name and her other surname
SLASH_CREDIT = re.compile(r"\s*/\s*[A-Z][^:;!?()]{0,40}?(?:\)|\s*$)")
CREDIT_PERSON_NOUNS = frozenset({"photographer", "photographers"})  # credit words that also describe a person
_CREDITED = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"  # a name credited before the last, and its "and"
CREDITED_BEFORE = re.compile(rf"(?:{_CREDITED}, )*{_CREDITED},? (?:and|&) $")
CREDIT_LINE_AFTER = re.compile(r"(?:\s+on\s+[A-Z][\w.]*)?\)?\s*$")


def credit(doc: Doc, start: int, end: int) -> bool:
    """A photo or wire credit: "Dana Orwell/Lakeside Daily", "Dana Orwell / Flickr", "(Photo by Dana Orwell)",
    or a line of its own crediting a document or a photo (see ``CREDIT_LINE_BEFORE``)."""
    text = index(doc).text
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_before, line_after = text[line_start:start], text[end : None if line_end < 0 else line_end]
    if SLASH_CREDIT.match(line_after) or _a_credit_line(text, start, end, line_before, line_after):
        return True
    # (a headline, the text's first line, may end so: "Teen Shot By Dana Orwell"; a bracketed first line is a
    # photo's credit, no headline: "(Dana Orwell)", unless the story names its subject so: the photo's caption)
    first_line_bracketed = line_start == 0 and line_before.startswith("(") and not _named_again(text, start, end)
    if (
        (line_start > 0 or first_line_bracketed)
        and CREDIT_LINE_BEFORE.search(line_before)
        and CREDIT_LINE_AFTER.match(line_after)
    ):
        return line_before.startswith("(") == line_after.rstrip().endswith(")")
    # "reporting by Bram Orwell and Dana Orwell": read past the names credited before (not "photos of" them)
    before = text[max(0, start - 80) : start].rsplit("\n", 1)[-1]
    before = (listed if (listed := CREDITED_BEFORE.sub("", before)).rstrip().endswith("by") else before)[-40:]
    opener = re.search(r"([A-Za-z]+)\s*(by|of|:)?\s*[:(]?\s*$", before)
    if opener is None or opener.group(1).casefold() not in name_rules().credit_before:
        return False
    # "photographer Todd Quillon is showing his work": a word for the person in a sentence, not a credit
    # ("Photographer: Todd Quillon", and "(Photographer Todd Quillon)" opening and ending a line, are)
    if opener.group(1).casefold() not in CREDIT_PERSON_NOUNS or opener.group(2):
        return True
    return bool(re.fullmatch(r"[\s(\[]*", before[: opener.start()])) and not line_after.strip(" .)]")


def _a_credit_line(text: str, start: int, end: int, line_before: str, line_after: str) -> bool:
    """A full name in brackets ending its line, alone there or after a photo's caption ("(Dana Orwell)", "The
    pier at dusk (Dana Orwell)"), or alone on its line, unbracketed, on two lines of the story or more (under
    each of its photos), whose surname the story's prose never writes: the photographer's credit, not a
    caption naming the story's subject. (A name alone on one line is as often one of a list of performers or
    of a cast.)"""
    name = text[start:end]
    bracketed = line_before.rstrip().endswith("(") and line_after.strip() == ")"
    alone = not line_before.strip() and not line_after.strip()
    alone = alone and len(re.findall(rf"^{re.escape(name)}$", text, re.MULTILINE)) > 1
    if not (bracketed or alone) or " " not in name:
        return False
    credit_lines = {name, f"({name})"}
    for match in re.finditer(rf"\b{re.escape(name.split()[-1])}\b", text):
        line_end = text.find("\n", match.end())
        line = text[text.rfind("\n", 0, match.start()) + 1 : None if line_end < 0 else line_end].strip()
        if line not in credit_lines and not line.endswith(f"({name})"):
            return False  # its surname written in the story's prose
    return True


def _named_again(text: str, start: int, end: int) -> bool:
    """Whether the text writes the name at ``start:end`` again after it, and not as a bracketed credit."""
    return re.search(rf"(?<!\(){re.escape(text[start:end])}(?!\))", text[end:]) is not None


def inside_larger_name(doc: Doc, last: int) -> bool:
    """ "the Tessa Lindqvist Bridge": the name runs on into a street's, building's or work's."""
    following = last + 1
    if following < len(doc) and doc[following].text in {"'s", "’s"}:
        return False  # "Lindqvist's Bridge" is hers
    if following + 1 < len(doc) and doc[following].text in {"'", "’"} and doc[last].text.endswith("in"):
        following += 1  # "Glimmin' Donuts": a g dropped, and the name runs on
    return following < len(doc) and doc[following].text[:1].isupper() and facility_word(doc[following].text)


YEAR = re.compile(r"1[89]\d\d|20\d\d")
_POSSESSIVE_NEXT = re.compile(r"['’]s\s+([A-Z][a-z]+)")


def possessive_place(text: str, end: int) -> bool:
    """Whether a one-word name ending at ``end`` is written with "'s" before a place's word:
    "Randall's Island", "Tessel's Landing", "Orrin's Point" name a place, not Randall."""
    following = _POSSESSIVE_NEXT.match(text, end)
    return following is not None and following.group(1) in name_rules().place_words_also_surnames


_DROPPED_G_BEFORE_A_NAME = re.compile(r"['’][ \t]+[A-Z]")


def epithet(word: str, text: str, end: int) -> bool:
    """Whether a one-word name is a word of "-in'" right before a name: "Smokin' Joe Quillon" is Joe
    Quillon's epithet, its apostrophe a dropped "g" the tagger reads as a possessive's."""
    return word.endswith("in") and _DROPPED_G_BEFORE_A_NAME.match(text, end) is not None


def named_after_a_plural_title(text: str, word: str) -> bool:
    """Whether the text writes a one-word name after a plural title ("the Governors Ball", "the
    Senators Cup"): the word is that event's or body's, and "Gov Ball" elsewhere titles nobody."""
    at = text.find(f"s {word}")
    while at >= 0:
        opening = re.search(r"([A-Z][a-z]+)$", text[max(0, at - 20) : at])
        runs_on = text[at + len(word) + 2 :][:1].isalpha()
        if opening is not None and role_form(opening.group(1)) is not None and not runs_on:
            return True
        at = text.find(f"s {word}", at + 1)
    return False


def _used_as_a_person(doc: Doc, token: int) -> bool:
    """Whether a one-word name is used as a person's: not "on Chirpr", "at Vossberg" (a platform,
    a place), "the Comets" (a team), "the Chirpr account" (a word modifying a noun)."""
    word = doc[token]
    before = doc[token - 1] if token > 0 else None
    possessive = token + 1 < len(doc) and doc[token + 1].text in {"'s", "’s", "'"}
    if before is not None and before.lower_ in name_rules().platform_before and before.text.islower():
        return possessive  # "at Vossberg's request" is a person's
    if before is not None and before.lower_ == "the" and not possessive:
        return False  # "the Comets", "the Vossbergs"
    if before is not None and before.like_num and not YEAR.fullmatch(before.text):
        return False  # "50 Shades", "30 Harbors": a title after a number (but "in 2012 Quillon won")
    if word.tag_ == "NNPS":
        return False
    return not (word.dep_ == "compound" and word.head.i > word.i and word.head.text[:1].islower())


def _titled_names(doc: Doc, cities: CityIndex) -> list[Mention]:
    """Names written right after a title: "Mayor Garcetti", "Chicago Mayor Rahm Emmanuel"."""
    found = []
    for match in titles_in(doc, lexicon().anywhere, index(doc).text, 0):
        if not match.group()[:1].isupper() and " " not in match.group():
            continue  # "the mayor said": a lone lower-case role noun titles nobody
        first = token_at(doc, match.end())
        if first is None:
            continue
        tokens = name_tokens(doc, first)
        if not tokens:
            continue
        while len(tokens) > 1 and (tokens[0].text in lexicon().honorifics or role_form(tokens[0].text)):
            tokens = tokens[1:]  # "Commissioner Sir John Stevens", "Justice Director Elizabeth Glazer"
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        text = index(doc).text[start:end]
        if _same_organisation(doc, match.start(), tokens[-1].i) and first_name_gender(tokens[0].text) is None:
            continue  # "the Bureau of Justice Statistics", but "Queens DA Richard Brown" is a person
        if looks_like_name(text) and cities.at(start, end) is None:
            found.append(Mention(start, end, text, tokens[-1].i))
    return found


def _written_as_title(doc: Doc, char: int, form: str) -> bool:
    """A role form at this offset as written: sentence-cased forms only where a sentence opens."""
    token = token_at(doc, char)
    return written_as_title(index(doc).text, char, form, token is not None and bool(token.is_sent_start))


def _same_organisation(doc: Doc, title_char: int, name_token: int) -> bool:
    """Whether the title and the name lie inside one ORG (or other non-person) entity."""
    ent = index(doc).entity(index(doc).token_index(title_char))
    if ent is None or ent.label_ in {"PERSON", "GPE", "NORP"}:
        return False
    return ent.start <= name_token < ent.end


def token_at(doc: Doc, char: int) -> Token | None:
    """The first token starting at or after a character offset (skipping spaces)."""
    return index(doc).token_at(char)


def name_tokens(doc: Doc, first: Token) -> list[Token]:
    """The run of proper-noun tokens starting at ``first`` that can be a name."""
    tokens: list[Token] = []
    i = first.i
    while i < len(doc) and len(tokens) < MAX_NAME_WORDS:
        token = doc[i]
        is_name_word = token.tag_ in NAME_TAGS and token.text[:1].isupper()
        is_particle = token.lower_ in PARTICLES and i + 1 < len(doc) and doc[i + 1].tag_ == "NNP"
        if not (is_name_word or is_particle) or token.ent_type_ in REJECT_ENTS:
            break
        if token.text in lexicon().not_name_words:
            break
        tokens.append(token)
        i += 1
    while tokens and tokens[-1].lower_ in PARTICLES:
        tokens.pop()
    return tokens


def titles_in(doc: Doc, pattern: re.Pattern[str], text: str, offset: int) -> Iterator[re.Match[str]]:
    """Role forms in a stretch of the text (starting at ``offset``), as written: where a
    sentence-cased form is refused, the shorter form inside it is tried."""
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        if _written_as_title(doc, offset + match.start(), match.group().strip()):
            yield match
            pos = max(match.end(), match.start() + 1)
        else:
            pos = match.start() + 1
