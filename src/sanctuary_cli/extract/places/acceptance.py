"""Whether a place name an article writes speaks of a city, or of something that bears its name.

A name is no city where it is a word of a person's name, a common word, part of a longer
name (a street's, a building's, a club's), a state, a country, or a thing the words around it
show: a street corner, a team, a work, a product, a storm (``context`` reads those words).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sanctuary_cli.extract import docindex
from sanctuary_cli.extract.people import roles
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.article import (
    POSSESSIVES,
    Article,
    Mention,
    cues,
    ends_with_any,
    is_city_state_name,
    starts_with_any,
    words_after,
)
from sanctuary_cli.extract.places.context import (
    cited_as_a_source,
    listed_as_counties_or_streets,
    listed_with_counties,
    listed_with_other_things,
    listed_with_places_abroad,
    names_a_product,
    names_a_team,
    slashed_with_a_word,
    used_as_a_person,
)
from sanctuary_cli.extract.places.determiners import after_an, after_the, described_after_the
from sanctuary_cli.extract.places.senses import the_county_of_the_name
from sanctuary_cli.extract.places.sports import (
    BIG_LEAGUE_CITY,
    acts_for_its_team,
    beaten_by_a_score,
    before_a_position,
    before_a_team_noun,
    before_a_teams_fans,
    beside_versus,
    called_a_team,
    glosses_teams,
    left_by_a_player,
    on_a_results_line,
    played_as_a_team,
    played_for,
    plays_in_a_match_report,
)
from sanctuary_cli.extract.places.streets import bare_corner, street_by_direction, street_corner, street_range
from sanctuary_cli.extract.places.usages import (
    a_hospital_by_its_name,
    a_persons_name,
    a_role_played,
    a_stage_by_its_name,
    an_adjective_before_a_city_body,
    bracketed_after_a_person,
    danced_the_night_away,
    given_name_of_a_named_person,
    listed_after_venues,
    listed_as_names,
    listed_by_a_shared_title,
    named_for_a_dance_or_a_dish,
    named_for_its_owner,
    names_a_rail_line,
    opens_a_business_name,
    paired_with_a_given_name,
    paired_with_a_street,
)
from sanctuary_cli.extract.places.wording import (
    after_a_dropped_g,
    after_a_house_number,
    before_metro,
    skipped_or_attended,
)
from sanctuary_cli.extract.places.works import in_title_of_a_work, listed_with_titles, names_a_work, titled_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

NAME_TAGS = frozenset({"NNP", "NNPS"})


def entity_of(span: Span) -> Span | None:
    """The entity the span's first token belongs to."""
    return docindex.index(span.doc).entity(span.start)


def state_after(doc: Doc, end: int) -> tuple[str, int] | None:
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



def acceptable(doc: Doc, mention: Mention, article: Article) -> bool:
    """Whether the mention speaks of a place that may be a city."""
    text = doc[mention.start : mention.end].text
    if gazetteer.is_country(text) or _part_of_other_words(doc, mention, article):
        return False
    if gazetteer.is_state_name(text) and (
        not is_city_state_name(text) or mention.key in article.state_read or _reads_as_state(doc, mention)
    ):
        return False  # a state is never a city; "New York" and "Washington" may be either
    if _names_something_else(doc, mention, article):
        return False
    if mention.qualifier is None and _abroad_by_its_list(doc, mention):
        return False  # "stories from Paris, Cairo and Lagos": Paris, France
    if the_county_of_the_name(mention, article):
        return False  # "Santa Clara County sued ... lawyers for Santa Clara said": the county
    return mention.tagged or mention.cued or mention.qualifier is not None or mention.weak


def _abroad_by_its_list(doc: Doc, mention: Mention) -> bool:
    """A name a bigger city abroad bears, listed only with places abroad."""
    found = gazetteer.places_by_name().get(mention.key, ())
    return bool(found) and all(p.abroad for p in found) and listed_with_places_abroad(doc[mention.end - 1])


def _part_of_other_words(doc: Doc, mention: Mention, article: Article) -> bool:
    """Whether the name is a word of a person's name, a common word, or part of a longer name, a thing's,
    a street's or a building's."""
    if mention.key in article.person_words and mention.qualifier is None and not mention.cued:
        return True  # "Jackson" where the article names Andrew Jackson
    if mention.key in article.spelt_out and mention.qualifier is None:
        return True  # "DC" where the article writes "direct current (DC)"
    if mention.qualifier is None and a_persons_name(doc, mention.start, mention.end, article):
        return True  # "Alma Tulsa Police said" where the article names Alma Tulsa; "April Tulsa's restaurant"
    bare = mention.qualifier is None and not mention.cued
    if bare and paired_with_a_given_name(doc, mention.start, mention.end, article):
        return True  # "Tulsa and Ezra were born in May": two children's names
    if a_role_played(doc, mention.start):
        return True  # "taking on the role of Tulsa": a character
    if opens_a_business_name(doc, mention.end):
        return True  # "a Tulsa Transit Lines bus"
    if _common_word(doc, mention, article):
        return True  # "Union officials spoke ... union members cheered": the word, not Union, N.J.
    if _inside_longer_name(doc, mention, mention.cued):
        return True  # "Madison Avenue", "the Washington Post", "Kamasi Washington"
    return _between_other_words(doc, mention)


def _between_other_words(doc: Doc, mention: Mention) -> bool:
    """Whether the words around the name make it a thing's: an article before it, a word of a longer name
    before or after it."""
    if mention.qualifier is None and (after_the(doc, mention) or after_an(doc, mention)):
        # "break out the Corona", "the Prospect Heights house", "the Union government", "a Corona"; not
        # "the Tulsa, Okla. school system", whose state says it is the place
        return True
    if described_after_the(doc, mention):
        return True  # "a nice alternative to the nightmarish Tulsa!", "the Tulsa, OK, with rye and bitters"
    if mention.qualifier is None and after_a_house_number(doc, mention.start):
        return True  # "a one-bedroom at 471 Tulsa": an address on a street of the name
    if after_a_dropped_g(doc, mention.start):
        return True  # "the return of Mornin' Tulsa": a title
    if ends_with_any(words_before(doc, mention), cues().not_city_before):
        return True  # "the neighborhood of Prospect Heights"
    # "Lexington avenue", "the Brooklyn bridge", "Lexington Avenue/59th Street", an editor's "Tulsa [Hospital]",
    # a name quoted for its sound ('pronounce "Tulsa" Street')
    between = ("[", "(", '"', "”")
    after = mention.end + 1 if mention.end < len(doc) and doc[mention.end].text in between else mention.end
    return starts_with_any(words_after(doc, after, 3), cues().not_city_after) or before_metro(doc, mention.end)


def _common_word(doc: Doc, mention: Mention, article: Article) -> bool:
    """A one-word name the NER does not tag as a place, which the article also writes in lower case."""
    if mention.tagged or mention.qualifier is not None or mention.end - mention.start != 1:
        return False
    return doc[mention.start].lower_ in article.common_words


def _names_something_else(doc: Doc, mention: Mention, article: Article) -> bool:
    """A street corner, a person, a team, a work, a product, a federal department or a storm that bears the
    place's name."""
    start, end = mention.start, mention.end
    if _a_street_by_its_neighbours(doc, mention) or in_title_of_a_work(doc, start, end):
        return True
    if named_for_a_dance_or_a_dish(doc, end) or danced_the_night_away(doc, start, end):
        return True  # "one Charleston-dancing couple", "Detroit-style pizza", "to Charleston the weekend away"
    if an_adjective_before_a_city_body(doc, start, end):
        return True  # "New City Council legislation"
    if named_for_its_owner(doc, start, end):
        return True  # "Max's Kansas City": a business
    if names_a_rail_line(doc, start, end, article.common_words) or _unwritten_with_its_state(doc, mention, article):
        return True  # "train service on the Tulsa line was suspended"
    if _a_teams_or_a_products(doc, start, end) or slashed_with_a_word(doc, start, end):
        return True  # "a Tulsa piano", "an ashes/Tulsa kinda thing"
    if skipped_or_attended(doc, mention):
        return True  # "a wise decision to skip Tulsa", "attending Tulsa": a festival, a school or a station
    if names_a_work(doc, start, cues().work_before | cues().business_before) or listed_as_counties_or_streets(doc, end):
        return True
    if listed_with_counties(doc, start, end) or titled_after(doc, start, end):
        return True  # "Broome; Chenango; Oneida": counties; "Down and Out in Tacoma (1986)": a film
    if _a_park_by_what_is_done_there(doc, mention, article):
        return True  # "a picnic in Kestrel Park last June": the park
    if mention.key in cues().federal_departments and end < len(doc) and doc[end].lower_ == "department":
        return True  # "the Justice Department"
    return mention.key in article.storms  # "homes destroyed in Sandy" after "Hurricane Sandy"


def _a_teams_or_a_products(doc: Doc, start: int, end: int) -> bool:
    """ "the Tulsa Rovers", "Sporting Tulsa", "a Tulsa team that stinks", "a Tulsa piano": a team's or a product's
    name."""
    if names_a_team(doc, end, cues().team_after) or names_a_product(doc, end, cues().product_after):
        return True
    if start > 0 and doc[start - 1].text in cues().team_before:
        return True  # "Sporting Tulsa", "Real Tulsa": a club
    return before_a_team_noun(doc, end)  # "he will play for a Tulsa team that stinks"


def _a_park_by_what_is_done_there(doc: Doc, mention: Mention, article: Article) -> bool:
    """A bare name whose last word is "Park", in a sentence of what people do or find in a park (``park_words``)
    that names no state nor county: "a picnic in Kestrel Park" is the park; "Kestrel Park, N.J.", "Kestrel Park
    police" and "Bergen County police said there was a picnic in Kestrel Park" stay the town."""
    if mention.qualifier is not None or mention.cued or doc[mention.end - 1].text != "Park":
        return False
    if article.states_by_sentence.get(mention.sentence):
        return False
    where = docindex.index(doc)
    start, end = where.sentence_bounds(where.sentence_of(mention.start))
    return any(t.lower_ in cues().park_words for t in doc[start:end])


def _a_street_by_its_neighbours(doc: Doc, mention: Mention) -> bool:
    """A street at a corner ("at Lexington and 86th", "at Tulsa and Avenue D"; see ``street_corner`` and
    ``paired_with_a_street``) or placed by a direction among streets ("Broadway just north of Houston")."""
    start, end = mention.start, mention.end
    if street_corner(doc, start, end) or street_by_direction(doc, start):
        return True
    if mention.qualifier is None and (bare_corner(doc, start, end) or street_range(doc, start, end)):
        return True  # "at Kestrel and Tulsa", "a bike lane from Kestrel to Tulsa"
    return mention.qualifier is None and paired_with_a_street(doc, start, end)


def _unwritten_with_its_state(doc: Doc, mention: Mention, article: Article) -> bool:
    """A person, a group, a title in a list of works or a side of a match, for a name written without its state
    (one written after it says it is the place: "Montclair, NJ and Hoboken, NJ")."""
    if mention.qualifier is not None:
        return False
    if _a_person_or_group(doc, mention):
        return True
    if not mention.cued and given_name_of_a_named_person(doc, mention.start, mention.end, article):
        return True  # "the death of Brady" after "Brady Tulsa, 6,"
    if not mention.cued and listed_as_names(doc, mention.start):
        return True  # "babies with names like Ada, Tulsa and Henry"
    if a_hospital_by_its_name(doc, mention.start, mention.end) or a_stage_by_its_name(doc, mention.start):
        return True  # "taken to Tulsa in serious condition", "their 2009 shows at Tulsa"
    if not mention.cued and listed_with_titles(doc, mention.start, mention.end):
        return True  # "Fargo, American Crime Story, The Leftovers": shows ("the city of Tulsa, Ada University" stays)
    if _for_a_body_of_its_name(doc, mention, article):
        return True  # "Tulsa changed its rules" after "the Tulsa Kennel Club Dog Show"
    return a_side_of_a_match(doc, mention, article)  # "the Red Bulls beat Tulsa", "Rovers 3, Tulsa 1"


def _after_to_and_a_match_verb(doc: Doc, start: int, end: int) -> bool:
    """ "to battle Tulsa", "to host Omaha": the object of a verb of a fixture after "to" (not "to host Omaha
    relatives", where the name describes a noun after it)."""
    if start < 2 or doc[start - 2].lower_ != "to" or doc[start - 1].lower_ not in cues().match_verbs:
        return False
    return end >= len(doc) or doc[end].tag_ not in {"NN", "NNS"}


def a_side_of_a_match(doc: Doc, mention: Mention, article: Article) -> bool:
    """ "The Rovers beat Tulsa", "Rovers 3, Tulsa 1", "Rovers vs. Tulsa", and in a match report "Tulsa kept
    missing", "a deserved result for Tulsa": the team."""
    start, end = mention.start, mention.end
    if played_as_a_team(doc, end, cues().match_verbs, cues().match_words) or before_a_position(doc, end):
        return True  # "the Rovers beat Tulsa", "Tulsa midfielder Ada Quillon"
    if before_a_teams_fans(doc, end):
        return True  # "Tulsa Rovers fans"
    if beaten_by_a_score(doc, start, end):
        return True  # "Rovers Edge Tulsa 1-0"
    if _after_to_and_a_match_verb(doc, start, end):
        return True  # "returning home to battle Tulsa", however the parser reads "battle"
    if on_a_results_line(doc, start, end) or beside_versus(doc, start, end, article.reports_a_match):
        return True
    if glosses_teams(doc, start, end) or called_a_team(doc, start, end):
        return True  # "three other teams (Omaha, Tulsa and Reno)", "Tulsa's a very good team"
    if mention.cued:
        return False  # "Tulsa's mayor", "Tulsa police": the city's own
    if acts_for_its_team(doc, start, end, article.team_places):
        return True  # "the league screwed Tulsa" beside "the Tulsa Rovers"
    if (article.team_places or article.reports_a_match) and (left_by_a_player(doc, end) or played_for(doc, end)):
        return True  # "the Rovers acquired the goalkeeper from Tulsa", "he has only ever played for Tulsa"
    if not article.reports_a_match:
        return False
    places = gazetteer.places_by_name().get(mention.key, ())
    big_league = bool(places) and places[0].population >= BIG_LEAGUE_CITY
    return plays_in_a_match_report(doc, start, end, big_league)


def _for_a_body_of_its_name(doc: Doc, mention: Mention, article: Article) -> bool:
    """In an article that writes the name before a club's, show's or hall's words ("the Tulsa Kennel Club", "the
    Tulsa Ballroom"), the bare name that acts or is acted on ("Tulsa changed its rules") or follows "at" ("a show at
    Tulsa") is that body, show or hall; "moved away from Tulsa" stays the town."""
    if mention.cued or mention.key not in article.body_places:
        return False
    if mention.start > 0 and doc[mention.start - 1].lower_ == "at":
        return True
    return acts_for_its_team(doc, mention.start, mention.end, article.body_places)


def _a_person_or_group(doc: Doc, mention: Mention) -> bool:
    """A person's name, one of a list of restaurants or bands, or the source of an attribution ("according to
    Tyler."); a city agency's name is none of the last two ("NYPD, FDNY and PSD", "according to FDNY")."""
    start, end = mention.start, mention.end
    if used_as_a_person(doc, start, end) or listed_by_a_shared_title(doc, start, end):
        return True
    if mention.cued:
        return False
    if mention.qualifier is None and bracketed_after_a_person(doc, start, end):
        return True  # "chef Ada Quillon (Harbor Room, Tulsa)"
    return (
        listed_with_other_things(doc[end - 1]) or cited_as_a_source(doc, start, end) or listed_after_venues(doc, start)
    )


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
    return not _capitalised_word_at(doc, end + 1) and state_after(doc, end + 1) is None


def _capitalised_word_at(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()


def words_before(doc: Doc, mention: Mention) -> list[str]:
    """The three words before the name, lower-cased, past a "the" right before it."""
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
    before = words_before(doc, mention)
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
