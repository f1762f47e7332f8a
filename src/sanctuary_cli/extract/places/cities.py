"""US cities an article speaks of, linked to the gazetteer.

A city is named in news in a few ways: as a place the NER tags GPE
("in Chicago"), through its institutions ("Chicago police", "Denver's mayor",
"the Philadelphia Police Department"), with its state ("Aurora, Colo."), or
after "the city of". Each mention is looked up in the gazetteer; when several
places share the name, the article decides: its state given after a comma, a
state named in the same sentence or the article, and other cities it names
nearby ("Aurora" next to Denver is Aurora, Colorado). States and countries are
never cities; "New York" and "Washington" are the city unless the wording
points at the state ("New York State", "the governor of Washington").

A name that is part of something else is not a city: a street or building
("Lexington Avenue"), a team ("the Sacramento Kings"), a work's title ("A
Behanding in Spokane"), a product ("a Baldwin piano"), a person ("Brandon, 7,"),
a neighbourhood placed in a borough ("Wakefield in the Bronx"), a list of
counties (``context``). A name the article shows, in one mention, to be a
neighbourhood, a street, a capital's government or a county is that in its
bare mentions too (``senses``). What the article says about places is read in
``article``; which namesake a name means is decided in ``linking``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from sanctuary_cli.extract import docindex
from sanctuary_cli.extract.model import CityRecord
from sanctuary_cli.extract.people import roles
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.article import (
    POSSESSIVES,
    Article,
    Mention,
    cues,
    ends_with_any,
    is_city_state_name,
    mark_trips,
    read_article,
    sentence_index,
    starts_with_any,
    strip_span,
)
from sanctuary_cli.extract.places.context import (
    dated_title,
    in_title_of_a_work,
    listed_as_counties_or_streets,
    listed_with_counties,
    listed_with_other_things,
    names_a_product,
    names_a_team,
    names_a_work,
    played_as_a_team,
    street_by_direction,
    street_corner,
    used_as_a_person,
)
from sanctuary_cli.extract.places.index import CityIndex, city_at
from sanctuary_cli.extract.places.linking import link, listed_city, placed_by_the_article
from sanctuary_cli.extract.places.senses import (
    bare_street,
    capitals_as_governments,
    in_a_section,
    names_a_street,
    the_county_of_the_name,
)

__all__ = ["CityIndex", "city_at", "extract_cities", "is_city_state_name"]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from sanctuary_cli.extract.places.gazetteer import Place

NAME_TAGS = frozenset({"NNP", "NNPS"})
DETERMINERS = frozenset({"a", "an", "his", "her", "their", "its", "our", "my", "your"})
APPOSITIVE_WORDS = 5  # "a largely working-class river town": words read after "a" for the city noun
APPOSITIVE_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "HYPH", "NN", "NNP", "VBN", "VBG", "CD"})
MAX_NAME_TOKENS = 5  # "Washington , D.C." / "Rancho Santa Margarita" and the like


def extract_cities(doc: Doc) -> list[CityRecord]:
    """The US cities the article names, each with its mentions, in order of first mention."""
    if len(doc) == 0:
        return []
    sentence_of = sentence_index(doc)
    article = read_article(doc, sentence_of)
    found = _find_mentions(doc, sentence_of)
    mark_trips(doc, found)
    mentions = _city_mentions(doc, found, article)
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_key[mention.key].append(mention)

    linked = link(by_key, article)
    governments = capitals_as_governments(doc, by_key)
    records: dict[tuple[str, str], CityRecord] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        place = linked.get(mention.key)
        if place is None or (mention.key in governments and not (mention.cued or mention.qualifier)):
            continue
        record = records.setdefault(
            (place.name, place.state),
            CityRecord(city=place.name, state=place.state, population=place.population),
        )
        span = doc[mention.start : mention.end]
        record.mentions.append((span.start_char, span.end_char))
    _mark_loose(records, by_key, linked, article)
    return list(records.values())


def _city_mentions(doc: Doc, found: list[Mention], article: Article) -> list[Mention]:
    """The mentions that may be of a city: none of a name the article places in a part of a city, nor the
    bare ones of a name it writes as a street's (one sense per article: "Fulton and Utica Avenues ...
    traffic across Fulton"), nor any its words show to be something else."""
    neighbourhoods = {m.key for m in found if in_a_section(doc, m)}
    venues = {m.key for m in found if m.called_a_venue}  # "Macon, a Southern diner ... Macon opens at noon"
    repeated = {k for k, n in Counter(m.key for m in found).items() if n > 1}
    streets = {m.key for m in found if m.key in repeated and names_a_street(doc, m)}
    return [
        m
        for m in found
        if m.key not in neighbourhoods
        and not (m.key in streets and bare_street(m))
        and not (m.key in venues and m.qualifier is None)
        and _acceptable(doc, m, article)
    ]


def _mark_loose(
    records: dict[tuple[str, str], CityRecord], by_key: dict[str, list[Mention]], linked: dict[str, Place],
    article: Article,
) -> None:
    """Give each city that nothing in the article placed the name it was read from (see
    :func:`placed_by_the_article`); a city placed under any of its names is placed."""
    places = list(linked.values())
    loose: dict[tuple[str, str], str] = {}
    placed: set[tuple[str, str]] = set()
    for name_key in sorted(linked):
        place = linked[name_key]
        where = (place.name, place.state)
        if placed_by_the_article(place, by_key[name_key], article, places):
            placed.add(where)
        else:
            loose.setdefault(where, name_key)
    for where, name_key in loose.items():
        if where in records and where not in placed:
            records[where].loose_name = name_key


def _find_mentions(doc: Doc, sentence_of: list[int]) -> list[Mention]:
    """Every longest token run whose text is a gazetteer name or alias, and every small town written with
    its state."""
    names = gazetteer.places_by_name()
    aliases = gazetteer.city_aliases()
    words = [t.text for t in doc]
    found: list[Mention] = []
    listed_at = -1  # where the next city of a list begins ("Boston, New York and Chicago")
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        match = None
        for size in range(min(MAX_NAME_TOKENS, len(doc) - i) if gazetteer.may_start_a_name(words[i]) else 0, 0, -1):
            span = doc[i : i + size]
            if span[-1].is_punct and size > 1:
                continue
            name_key = gazetteer.key(span.text)
            if name_key in names or name_key in aliases:
                match = Mention(i, i + size, name_key, sentence_of[i])
                break
        if match is None:
            match = _town_with_its_state(doc, words, i, sentence_of)
        if match is None:
            i += 1
            continue
        _describe(doc, match)
        match.listed = match.start == listed_at
        # "Seattle, Washington": one place; "Boston, New York and Chicago": three
        if _state_is_next_in_list(doc, match, found[-1] if found else None):
            match.qualifier, match.qualifier_end, match.lists_on = None, match.end, True
            listed_at = i = match.end + 1
        else:
            i = match.qualifier_end
        found.append(match)
    return found


def _state_is_next_in_list(doc: Doc, mention: Mention, previous: Mention | None) -> bool:
    """Whether the state spelled after the name is the next city of a list the name is in: the list
    goes on after it ("Boston, New York and Chicago") or the name follows another with a comma
    ("Chicago, Dallas, New York.")."""
    if mention.qualifier is None or not mention.qualifier_spelled:
        return False
    goes_on = _lists_on(doc, mention.qualifier_end)
    after_another = (previous is not None and previous.qualifier_end + 1 == mention.start
                     and doc[previous.qualifier_end].text == ",")
    return (goes_on or after_another) and listed_city(mention.qualifier, mention.key, goes_on)


def _lists_on(doc: Doc, i: int) -> bool:
    """Whether a list of names goes on at token i: ", and Chicago", "or Miami", ", Denver"."""
    j = i
    while j < min(i + 2, len(doc)) and doc[j].text in {",", "and", "or"}:
        j += 1
    return i < j < len(doc) and doc[j].text[:1].isupper()


def _town_with_its_state(doc: Doc, words: list[str], start: int, sentence_of: list[int]) -> Mention | None:
    """A small town the text writes with its state ("a pep rally in Waverly, N.Y."): too small a place
    for its bare name to be read as a city, it is one with the state after it."""
    for end in range(start + 1, min(start + MAX_NAME_TOKENS, len(words) - 1)):
        if not words[end - 1][:1].isupper():
            return None
        if words[end] == ",":
            qualifier = _qualifier(doc, end)
            if qualifier is None:
                return None
            name_key = gazetteer.key(" ".join(words[start:end]))
            return Mention(start, end, name_key, sentence_of[start]) if gazetteer.town(name_key, qualifier[0]) else None
    return None


def _describe(doc: Doc, mention: Mention) -> None:
    """Fill in what the words around a mention say about it."""
    span = doc[mention.start : mention.end]
    _describe_qualifier(doc, mention)
    ent = _entity_of(span)
    mention.tagged = _tagged_as_place(ent, mention) or _a_city_abbreviation(span.text)
    words = _words_after(doc, mention)
    before = [t.lower_ for t in doc[max(0, mention.start - 3) : mention.start]]
    if before and before[-1] == "the":
        before = before[:-1]
    _describe_cues(mention, ent, words, before)
    mention.called_a_city = _called_a(doc, mention, cues().city_nouns)
    mention.called_a_venue = not mention.called_a_city and _called_a(doc, mention, cues().venue_nouns)
    mention.cued = mention.cued or mention.called_a_city  # "Los Alamitos, a small city in Orange County"
    label = ent.label_ if ent is not None else ""
    mention.attributive = not mention.cued and _describes_a_thing(doc, mention, before)
    mention.weak = (
        label in {"", "PERSON", "NORP", "LOC", "FAC"}
        and bool(before)
        and before[-1] in cues().locative_before
        and all(t.tag_ == "NNP" for t in span)
    )


def _words_after(doc: Doc, mention: Mention) -> list[str]:
    """The four words after the name, past its state and that state's comma ("Eugene, Oregon, city
    council") and past a possessive ("Denver's mayor"), lower-cased."""
    end = mention.qualifier_end
    if mention.qualifier is not None:
        end += end < len(doc) and doc[end].text == ","
    words = [t.lower_ for t in doc[end : end + 4]]
    if words and words[0] in POSSESSIVES:
        words = words[1:]
    return words


def _called_a(doc: Doc, mention: Mention, nouns: frozenset[str]) -> bool:
    """An appositive that calls the name one of the nouns: a city or town ("Pinole, a small city in Contra
    Costa County", "Milford, an old mill town on the river"), or a venue ("Macon, a cosy Southern diner")."""
    i = mention.qualifier_end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an"}:
        return False
    for token in doc[i + 2 : i + 2 + APPOSITIVE_WORDS]:
        if token.lower_ in nouns:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            # ("Brandon, a town council member": a person described by a noun the city noun modifies)
            return token.is_lower and (after is None or after.tag_ not in {"NN", "NNS", "NNP", "NNPS"})
        if token.tag_ not in APPOSITIVE_TAGS:
            return False
    return False


def _describe_qualifier(doc: Doc, mention: Mention) -> None:
    """The state written after the name, and whether it was spelled as a name a city shares."""
    qualifier = _qualifier(doc, mention.end)
    if qualifier is None:
        mention.qualifier_end = mention.end
        return
    mention.qualifier, mention.qualifier_end = qualifier
    written = doc[mention.end + 1 : qualifier[1]].text
    mention.qualifier_spelled = gazetteer.is_state_name(written) or gazetteer.key(written) in gazetteer.city_aliases()


def _describe_cues(mention: Mention, ent: Span | None, words: list[str], before: list[str]) -> None:
    """Whether an institution or "city of" shows the name is a city, and whether the cue only fits any place."""
    mention.cued = starts_with_any(words, cues().institutions_after) or ends_with_any(before, cues().city_before)
    if ent is not None and ent.label_ in {"ORG", "FAC"}:
        # "the Philadelphia Police Department" but not "the Chicago Tribune"
        mention.cued = mention.cued and strip_span(ent).start == mention.start
    if mention.key in gazetteer.city_institutions():
        mention.cued = True  # "NYPD" is New York City's police, whatever the NER says
        return
    institution = next((p for p in cues().institutions_after if tuple(words[: len(p)]) == p), None)
    mention.cued_as_a_place = mention.cued and institution in cues().unplaced_after


def _describes_a_thing(doc: Doc, mention: Mention, before: list[str]) -> bool:
    """ "a Mount Sinai surgeon", "his Georgetown home": a determiner, the name, then a common noun."""
    if not before or before[-1] not in DETERMINERS or mention.end >= len(doc):
        return False
    after = doc[mention.end]
    return after.is_lower and after.tag_ in {"NN", "NNS", "JJ"}


def _tagged_as_place(ent: Span | None, mention: Mention) -> bool:
    """Whether the NER tagged exactly this name as a GPE."""
    if ent is None or ent.label_ != "GPE":
        return False
    core = strip_span(ent)
    core_end = core.end
    if mention.qualifier is not None and core_end > mention.end:
        core_end = mention.end  # "Aurora, Colo." tagged as one entity
    if core.start == mention.start and core_end < mention.end and "," in ent.doc[core_end : mention.end].text:
        return True  # "Washington, D.C.": a name that carries its state, tagged in two pieces
    return core.start == mention.start and core_end == mention.end


def _a_city_abbreviation(text: str) -> bool:
    """A city's abbreviation of three capitals or more ("NYC", "N.Y.C.", "NOLA"): a city however the
    parser tags it ("guides for NYC, Boston and Austin", where it took NYC for a company)."""
    letters = text.replace(".", "")
    spelled = len(letters) >= 3 and letters.isalpha() and letters.isupper()
    return spelled and gazetteer.key(text) in gazetteer.city_aliases()


def _entity_of(span: Span) -> Span | None:
    """The entity the span's first token belongs to."""
    return docindex.index(span.doc).entity(span.start)


def _qualifier(doc: Doc, end: int) -> tuple[str, int] | None:
    """The state in ", Colo." / ", Colorado" right after a name: its code and where it ends."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    for size in (3, 2, 1):
        if end + 1 + size > len(doc):
            continue
        words = doc[end + 1 : end + 1 + size]
        code = gazetteer.state_code(words.text)
        if code is None and end + 1 + size < len(doc) and doc[end + 1 + size].text.startswith("."):
            code = gazetteer.state_code(words.text + ".")  # "Waverly, N.Y.. Officers": "N.Y" and ".."
        if code is not None and words[0].text[:1].isupper():
            return code, end + 1 + size
    return None


# --- deciding -------------------------------------------------------------------------


def _acceptable(doc: Doc, mention: Mention, article: Article) -> bool:
    """Whether the mention speaks of a place that may be a city."""
    text = doc[mention.start : mention.end].text
    if gazetteer.is_country(text) or _part_of_other_words(doc, mention, article):
        return False
    if gazetteer.is_state_name(text) and (not is_city_state_name(text) or _reads_as_state(doc, mention)):
        return False  # a state is never a city; "New York" and "Washington" may be either
    if _names_something_else(doc, mention, article):
        return False
    if the_county_of_the_name(mention, article):
        return False  # "Santa Clara County sued ... lawyers for Santa Clara said": the county
    return mention.tagged or mention.cued or mention.qualifier is not None or mention.weak


def _part_of_other_words(doc: Doc, mention: Mention, article: Article) -> bool:
    """Whether the name is a word of a person's name, a common word, or part of a longer name, a thing's,
    a street's or a building's."""
    if mention.key in article.person_words and mention.qualifier is None and not mention.cued:
        return True  # "Jackson" where the article names Andrew Jackson
    if _common_word(doc, mention, article):
        return True  # "Union officials spoke ... union members cheered": the word, not Union, N.J.
    if _inside_longer_name(doc, mention, mention.cued):
        return True  # "Madison Avenue", "the Washington Post", "Kamasi Washington"
    if _after_the(doc, mention) or _after_an(doc, mention):
        return True  # "break out the Corona", "the Prospect Heights house", "the Union government", "a Corona"
    if ends_with_any(_words_before(doc, mention), cues().not_city_before):
        return True  # "the neighborhood of Prospect Heights"
    # ("Lexington Av-53 St": a station named by its two streets, the street word joined to the next)
    after = [t.lower_.split("-")[0] or t.lower_ for t in doc[mention.end : mention.end + 2]]
    return starts_with_any(after, cues().not_city_after)  # "Lexington avenue", "the Brooklyn bridge"


def _after_an(doc: Doc, mention: Mention) -> bool:
    """ "pop open a Corona", "he drove a Tacoma": "a" or "an" right before a bare one-word name makes it a thing
    (with a noun or adjective after it, "a Tacoma native", "a Newark federal court", it only describes one:
    see ``attributive``)."""
    if mention.start == 0 or doc[mention.start - 1].lower_ not in {"a", "an"} or mention.end - mention.start > 1:
        return False
    if mention.cued or mention.qualifier is not None:
        return False  # "a Fort Lee, NJ heroin mill"
    after = doc[mention.end] if mention.end < len(doc) else None
    return after is None or (after.tag_ not in {"NN", "NNS", "NNP", "NNPS", "JJ", "HYPH", "VBG"} and after.text != ",")


def _after_the(doc: Doc, mention: Mention) -> bool:
    """A name after "the" that is no city's: neither an alias ("the District of Columbia" is still the
    capital) nor cued as a city (see :func:`_cued_as_a_city`)."""
    if mention.start == 0 or doc[mention.start - 1].lower_ != "the":
        return False
    return mention.key not in gazetteer.city_aliases() and not _cued_as_a_city(doc, mention)


def _cued_as_a_city(doc: Doc, mention: Mention) -> bool:
    """After "the", a cue counts only where the NER sees a name: "the Chicago police" but not "the Union
    government" (the Civil War's)."""
    if not mention.cued:
        return False
    return mention.key in gazetteer.city_institutions() or _entity_of(doc[mention.start : mention.end]) is not None


def _common_word(doc: Doc, mention: Mention, article: Article) -> bool:
    """A one-word name the NER does not tag as a place, which the article also writes in lower case."""
    if mention.tagged or mention.qualifier is not None or mention.end - mention.start != 1:
        return False
    return doc[mention.start].lower_ in article.common_words


def _names_something_else(doc: Doc, mention: Mention, article: Article) -> bool:
    """A street corner, a person, a team, a work, a product, a federal department or a storm that bears the
    place's name."""
    start, end = mention.start, mention.end
    if street_corner(doc, start, end) or in_title_of_a_work(doc, start, end) or street_by_direction(doc, start):
        return True
    listed = not mention.cued and listed_with_other_things(doc[end - 1])  # ("NYPD, FDNY and PSD": agencies)
    if mention.qualifier is None and (used_as_a_person(doc, start, end) or listed):
        return True  # (a state written after it says it is the place: "Montclair, NJ and Hoboken, NJ")
    if names_a_team(doc, end, cues().team_after) or names_a_product(doc, end, cues().product_after):
        return True
    if names_a_work(doc, start, cues().work_before) or listed_as_counties_or_streets(doc, end):
        return True
    if listed_with_counties(doc, start, end) or dated_title(doc, start, end):
        return True  # "Broome; Chenango; Oneida": counties; "Down and Out in Tacoma (1986)": a film
    if mention.qualifier is None and played_as_a_team(doc, end, cues().match_verbs, cues().match_words):
        return True  # "the Red Bulls beat Tulsa", "the game against Omaha"
    if mention.key in cues().federal_departments and end < len(doc) and doc[end].lower_ == "department":
        return True  # "the Justice Department"
    return mention.key in article.storms  # "homes destroyed in Sandy" after "Hurricane Sandy"


def _inside_longer_name(doc: Doc, mention: Mention, cued: bool) -> bool:
    """Whether capitalised words run on before or after the name, making it part of another name.
    After a cued name ("Chicago Police") only the words before count ("South Hampton Schools")."""
    if _a_club_named_for_the_city(doc, mention.end):
        return True  # "Manchester City", "Leicester City": a club; "Denver City Council" is the city's
    if mention.end < len(doc) and not cued:
        after = doc[mention.end]
        if after.text in POSSESSIVES and mention.end + 1 < len(doc):
            after = doc[mention.end + 1]  # "St. George's Episcopal Church"
        title_words = roles.title_first_words()
        if after.text[:1].isupper() and after.tag_ in NAME_TAGS and after.text not in title_words:
            return True  # but "Denver Mayor", "New York City Democratic Mayor" name the city
    if mention.start > 0:
        before = doc[mention.start - 1]
        if re.fullmatch(r"[A-Z]\.?", before.text):
            return True  # "A Henderson (Glasgow)": an initial opens a person's name
        return before.tag_ in NAME_TAGS and before.text[:1].isupper() and not before.is_sent_start
    return False


def _a_club_named_for_the_city(doc: Doc, end: int) -> bool:
    """ "Manchester City", "Leicester City": "City" after the name and no capitalised word after it (an
    office: "Denver City Council") nor a state ("Hopewell City, Virginia", the city itself)."""
    if end >= len(doc) or doc[end].text != "City":
        return False
    return not _capitalised_word_at(doc, end + 1) and _qualifier(doc, end + 1) is None


def _capitalised_word_at(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()


def _words_before(doc: Doc, mention: Mention) -> list[str]:
    words = [t.lower_ for t in doc[max(0, mention.start - 3) : mention.start]]
    if words and words[-1] == "the":
        words = words[:-1]
    return words


def _reads_as_state(doc: Doc, mention: Mention) -> bool:
    """Whether "New York" / "Washington" here is the state, not the city."""
    if mention.qualifier is not None:
        return False  # "Washington, D.C."
    after = [t.lower_ for t in doc[mention.end : mention.end + 4]]
    if after and after[0] in POSSESSIVES:
        after = after[1:]
    before = [t.lower_ for t in doc[max(0, mention.start - 3) : mention.start]]
    if before and before[-1] == "the":
        before = before[:-1]
    if starts_with_any(after, cues().state_after) or ends_with_any(before, cues().state_before):
        return True
    if (mention.start >= 2 and doc[mention.start - 1].text == "," and doc[mention.start - 2].tag_ in NAME_TAGS
            and not mention.listed):
        return True  # "Wappingers Falls, New York": the state of a town named before it
    # "states like Colorado, Illinois and New York": coordinated with other states
    head = doc[mention.end - 1]
    for other in head.conjuncts:
        if other.ent_type_ == "GPE" and gazetteer.is_state_name(other.text) and not is_city_state_name(other.text):
            return True
    return False

