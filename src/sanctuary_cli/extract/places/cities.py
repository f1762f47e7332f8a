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

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from sanctuary_cli.extract.model import CityRecord
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.acceptance import acceptable, entity_of, state_after, words_before
from sanctuary_cli.extract.places.article import (
    POSSESSIVES,
    Article,
    Mention,
    cues,
    ends_with_any,
    is_city_state_name,
    read_article,
    sentence_index,
    starts_with_any,
    strip_span,
)
from sanctuary_cli.extract.places.boroughs import drop_boroughs_counties
from sanctuary_cli.extract.places.capitals import for_the_federal_government
from sanctuary_cli.extract.places.context import state_closing_the_list, state_opening_the_list
from sanctuary_cli.extract.places.events import events_named, the_event
from sanctuary_cli.extract.places.index import CityIndex, city_at
from sanctuary_cli.extract.places.linking import link, listed_city, placed_by_the_article
from sanctuary_cli.extract.places.one_sense import named_otherwise_in_the_story, one_sense_for_a_team
from sanctuary_cli.extract.places.schools import (
    a_campus_of_a_university,
    at_a_commencement,
    names_a_school,
    speaks_of_the_school,
)
from sanctuary_cli.extract.places.senses import (
    bare_street,
    capitals_as_governments,
    in_a_section,
    kept_as_the_city,
    names_a_street,
)
from sanctuary_cli.extract.places.trips import mark_trips
from sanctuary_cli.extract.places.usages import among_streets, opens_a_business_name
from sanctuary_cli.extract.places.works import the_work, works_named

__all__ = ["CityIndex", "city_at", "extract_cities", "is_city_state_name"]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from sanctuary_cli.extract.places.gazetteer import Place

DETERMINERS = frozenset({"a", "an", "his", "her", "their", "its", "our", "my", "your"})
APPOSITIVE_WORDS = 5  # "a largely working-class river town": words read after "a" for the city noun
APPOSITIVE_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "HYPH", "NN", "NNP", "VBN", "VBG", "CD"})
MAX_NAME_TOKENS = 5  # "Washington , D.C." / "Rancho Santa Margarita" and the like
NATIONAL_CAPITAL = ("Washington", "DC")


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
    drop_boroughs_counties(linked, by_key, found, article)  # "in Queens, specifically Richmond": Richmond County, N.Y.
    governments = capitals_as_governments(doc, by_key)
    records: dict[tuple[str, str], CityRecord] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        place = linked.get(mention.key)
        if place is None or not kept_as_the_city(doc, mention, governments):
            continue
        if (place.name, place.state) == NATIONAL_CAPITAL and for_the_federal_government(doc, mention):
            continue  # "the gridlock in Washington": the federal government
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
    traffic across Fulton") or a venue's, nor those of a business's that nothing marks as a place, nor any
    its words show to be something else."""
    neighbourhoods = {m.key for m in found if in_a_section(doc, m)}
    venues = {m.key for m in found if m.called_a_venue}  # "Macon, a Southern diner ... Macon opens at noon"
    shops = {m.key for m in found if opens_a_business_name(doc, m.end)}  # "Macon Brewing ... beer from Macon"
    repeated = {k for k, n in Counter(m.key for m in found).items() if n > 1}
    streets = {m.key for m in found if m.key in repeated and names_a_street(doc, m)}
    schools = {m.key for m in found if names_a_school(doc, m)}  # "Fairview University ... Fairview undergraduates"
    events = events_named(doc, found)  # "the 1995 Tulsa bombing ... a device like Tulsa"
    story_sense = named_otherwise_in_the_story(doc, found)  # an airport's, a band's
    works = works_named(doc, found)  # "Tulsa, the musical ... Tulsa won four Tonys"

    def other_sense(m: Mention) -> bool:
        return (
            m.key in neighbourhoods
            or (m.key in streets and _a_bare_street(doc, m))
            or (m.key in venues and m.qualifier is None)
            or (m.key in shops and m.qualifier is None and not m.tagged and not m.cued)
            or (m.key in schools and speaks_of_the_school(doc, m))
            or at_a_commencement(doc, m)
            or a_campus_of_a_university(doc, m)
            or the_event(doc, m, events)
            or story_sense(m)
            or the_work(doc, m, works)
        )

    accepted = [m for m in found if not other_sense(m) and acceptable(doc, m, article)]
    return one_sense_for_a_team(doc, found, accepted, article)


def _a_bare_street(doc: Doc, mention: Mention) -> bool:
    """A mention of a name the article writes as a street's, that nothing marks as the city (see
    :func:`bare_street`), or that its sentence places among streets: "Houston Street ... walking south on Avenue
    D, crossing Houston in the crosswalk" (a big city's tagged name alone is no sign)."""
    if bare_street(mention):
        return True
    return not mention.cued and mention.qualifier is None and among_streets(doc, mention.start, mention.end)


def _mark_loose(
    records: dict[tuple[str, str], CityRecord], by_key: dict[str, list[Mention]], linked: dict[str, Place],
    article: Article,
) -> None:
    """Give each city that nothing in the article placed the name it was read from (see
    :func:`placed_by_the_article`); a city placed under any of its names is placed. A neighbourhood the article
    names without doubt places its neighbours as a town would ("at Watertown ... now lived in Allston")."""
    places = list(linked.values()) + [
        only[0]
        for name_key in by_key
        if len(only := gazetteer.places_by_name().get(name_key, ())) == 1 and only[0].section_of
    ]
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
    acronyms = gazetteer.acronyms()
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
            if name_key in acronyms and _opens_a_longer_name(doc, span):
                continue  # "the city of La Paz", "Nola Darling": no "LA", no "NOLA"
            if name_key in names or name_key in aliases:
                match = Mention(i, i + size, name_key, sentence_of[i])
                break
        if match is None:
            match = _town_with_its_state(doc, words, i, sentence_of)
        if match is None:
            i += 1
            continue
        _describe(doc, match)
        match.list_state = state_closing_the_list(doc, match.qualifier_end) or state_opening_the_list(doc, i)
        match.listed = match.start == listed_at
        # "Seattle, Washington": one place; "Boston, New York and Chicago": three
        if _state_is_next_in_list(doc, match, found[-1] if found else None):
            match.qualifier, match.qualifier_end, match.lists_on = None, match.end, True
            listed_at = i = match.end + 1
        else:
            i = match.qualifier_end
        found.append(match)
    return found


def _opens_a_longer_name(doc: Doc, span: Span) -> bool:
    """Whether an acronym's letters not written in capitals open a longer name ("La Paz", "Nola Darling");
    written so alone, they are the acronym still ("#Nypd", "Nycha was funded")."""
    return not span.text.isupper() and span.end < len(doc) and doc[span.end].text[:1].isupper()


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
            qualifier = state_after(doc, end)
            if qualifier is None:
                return None
            name_key = gazetteer.key(" ".join(words[start:end]))
            return Mention(start, end, name_key, sentence_of[start]) if gazetteer.town(name_key, qualifier[0]) else None
    return None


def _describe(doc: Doc, mention: Mention) -> None:
    """Fill in what the words around a mention say about it."""
    span = doc[mention.start : mention.end]
    _describestate_after(doc, mention)
    ent = entity_of(span)
    mention.tagged = _tagged_as_place(ent, mention) or _a_city_abbreviation(span.text)
    words = _words_after(doc, mention)
    before = words_before(doc, mention)
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


def _describestate_after(doc: Doc, mention: Mention) -> None:
    """The state written after the name, and whether it was spelled as a name a city shares."""
    qualifier = state_after(doc, mention.end)
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
