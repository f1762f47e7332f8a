"""Uses of a place's name as a word of something else, read from the words right around it: a surname in a
list of officials before the title they share or after a given name, a dance named after a city, a capitalised
"New" before a city's council or hall, a business's name or one named for its owner, a list of venues, a street at a
corner, and a commuter rail line named for its far end."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.people import roles
from sanctuary_cli.extract.people.given import known_given_name
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.article import POSSESSIVES, cues, sentence_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sanctuary_cli.extract.places.article import Article

# Words that, after "City", make a council member's title: "Quist City Councilmember", "City Council member".
COUNCIL_TITLES = frozenset({"councilmember", "councilman", "councilwoman", "councilor", "councillor"})
COUNCIL_MEMBER = ("council", "member")
TOWN_PAIR_JOINS = frozenset({"/", "-", "–"})  # "the Tulsa/Sand Springs line": a border
TITLE_WINDOW = 60  # tokens read either side for the other names that share a title (one table or list)
# A dance named after a city, joined to its name by a hyphen: "a Charleston-dancing couple".
DANCE_WORDS = frozenset({"dancing", "dance", "danced", "dancer", "dancers"})
STYLE_WORDS = frozenset({"style", "styled"})  # "Detroit-style pizza": a dish's kind
# spans of time of "dance the night away" (see :func:`danced_the_night_away`)
TIME_SPENT = frozenset({"night", "nights", "day", "days", "weekend", "evening", "afternoon", "summer", "hours"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "around", "across", "through", "throughout", "near", "outside"})
# Adjectives that, capitalised at a sentence's start or in a headline, make "<Adjective> City" before one of
# BODY_WORDS read as the adjective and the city's body: "New City Council legislation passed".
CITY_ADJECTIVES = frozenset({"new", "old"})
BODY_WORDS = frozenset({"council", "hall", "councilmember", "councilman", "councilwoman", "charter"})
# Entity labels that make a capitalised word before a name something other than a given name: "April" the month.
NOT_GIVEN_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP", "FAC"})
MIN_LETTERS, MAX_LETTERS = 2, 5  # a network's or company's letters: "FX", "HBO", "WNYC"
BUSINESS_RUN = 3  # capitalised words read after a name for the word that ends a business's ("Tulsa Transit Lines")
LIST_REACH = 12  # tokens read back from a name for the words that open its list
LIST_JOINTS = frozenset({",", "and", "&", "or"})
LIST_OPENERS = frozenset({"like", "including"})  # and "such as"
BILL_NOUNS = frozenset({"lineup", "line-up"})  # "tonight's lineup of Aloha, Tulsa and Voxtrot": the acts
# Capitalised words that make a street's name, or Manhattan's streets known by their names alone.
STREET_NAME_WORDS = frozenset(
    {"street", "st.", "st", "avenue", "ave", "ave.", "av", "av.", "boulevard", "blvd", "blvd.", "road", "place",
     "lane", "parkway", "drive"}
)
NAMED_STREETS = frozenset({"broadway", "bowery"})
TOWN_PREPOSITIONS = frozenset({"in", "to", "from", "near", "outside", "into"})  # "moved to Tulsa"
SAINT = frozenset({"st", "st."})  # "St." may open a saint's name ("St. Louis") as well as end a street's
CORNER_OPENERS = frozenset({"of", "at", "near", "on"})  # "the corner of Tulsa and Broadway", "at Tulsa and Bowery"
# Words before a name that make it a part an actor plays: "the role of Tulsa", "cast as Tulsa".
ROLE_BEFORE = (("role", "of"), ("roles", "of"), ("character", "of"), ("cast", "as"), ("starred", "as"),
               ("stars", "as"), ("starring", "as"), ("the", "name"), ("a", "name"), ("her", "name"), ("his", "name"))
QUOTE_MARKS = frozenset({"'", '"', "“", "‘"})
# Verbs for carrying someone hurt, and the reach after the name for the condition they are in: "taken to Tulsa in
# serious condition" (a hospital).
CARRY_VERBS = frozenset(
    {"taken", "took", "rushed", "transported", "brought", "airlifted", "transferred", "carried", "driven", "flown"}
)
CONDITION_REACH = 6
SHOW_NOUNS = frozenset({"show", "shows", "concert", "concerts", "gig", "gigs"})  # "their 2009 shows at Tulsa": a hall
NAME_NOUNS = frozenset({"names", "name"})  # "names like Ada, Tulsa and Henry": given names
GIVEN_PAIR_JOINTS = frozenset({"and", "&"})  # "Tulsa and Ezra": two given names coordinated


def listed_by_a_shared_title(doc: Doc, start: int, end: int) -> bool:
    """ "Quist City Councilmember / Tyler City Councilmember / Marsh City Councilmember": a name right before a
    council member's title that another name nearby bears too, one that no place bears, is a surname in a list
    of officials ("Denver City Councilmember Ana Ruiz and Aurora City Councilmember ..." stays two cities). A
    table may set each name and title on lines of their own."""
    low, high = max(0, start - TITLE_WINDOW), min(len(doc), end + TITLE_WINDOW)
    words = [t for t in doc[low:high] if not t.is_space]
    after = next((n for n, t in enumerate(words) if t.i >= end), len(words))
    if _title_length(words, after) == 0:
        return False
    return any(
        not start <= word.i < end and _title_length(words, n + 1) > 0 and _a_surname(words, n)
        for n, word in enumerate(words)
    )


def _title_length(words: list[Token], n: int) -> int:
    """How many words from the ``n``th make "City Councilmember" or "City Council member" (0 if none)."""
    lower = [t.lower_ for t in words[n : n + 3]]
    if lower[:1] != ["city"] or len(lower) < 2:
        return 0
    if lower[1] in COUNCIL_TITLES:
        return 2
    return 3 if tuple(lower[1:3]) == COUNCIL_MEMBER else 0


def _a_surname(words: list[Token], n: int) -> bool:
    """A capitalised word that no place bears, alone, with the capitalised word before it, or with "City" after
    it ("Jersey City Councilmember" is a city's)."""
    word = words[n]
    if not (word.is_alpha and word.text[:1].isupper()):
        return False
    names = [word.text]
    if n > 0 and words[n - 1].is_alpha and words[n - 1].text[:1].isupper():
        names.append(f"{words[n - 1].text} {word.text}")
    names += [f"{name} City" for name in names]
    return not any(gazetteer.places_by_name().get(gazetteer.key(name)) for name in names)


def named_for_a_dance_or_a_dish(doc: Doc, end: int) -> bool:
    """ "one Charleston-dancing couple", "Charleston-dancers": the name joined by a hyphen to a word of
    dancing is the dance; "Detroit-style pizza", "St. Louis style ribs": a style named after the city is
    a kind of dish, no news of the place ("a Charleston-born chef" keeps the city)."""
    if end < len(doc) and doc[end].lower_ in STYLE_WORDS:
        return True
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in DANCE_WORDS | STYLE_WORDS


def danced_the_night_away(doc: Doc, start: int, end: int) -> bool:
    """ "get ready to Charleston the weekend away": a dance's name as the verb of "dance the night away", before
    "the", a span of time and "away", after no preposition of place ("danced in Charleston the night away" and
    "moved to Charleston the next year" keep the city)."""
    after = [t.lower_ for t in doc[end : end + 3]]
    if after[:1] != ["the"] or after[1:2] == [] or after[1] not in TIME_SPENT or after[2:] != ["away"]:
        return False
    return start == 0 or doc[start - 1].lower_ not in PLACE_PREPOSITIONS


def an_adjective_before_a_city_body(doc: Doc, start: int, end: int) -> bool:
    """ "New City Council legislation", "Plans For A New City Hall": a two-word name of an adjective and "City"
    right before a city body's word is the adjective and the city's body, not a town so named ("New City, N.Y."
    and "New City residents" stay the town)."""
    if end - start != 2 or doc[start].lower_ not in CITY_ADJECTIVES or doc[start + 1].text != "City":
        return False
    return end < len(doc) and doc[end].lower_ in BODY_WORDS


def a_persons_name(doc: Doc, start: int, end: int, article: Article) -> bool:
    """ "Alma Tulsa Police have arrested a man" where the article names Alma Tulsa elsewhere, or "April Tulsa's new
    restaurant" at a sentence's start: the capitalised word before the name and the name are a person's. A
    sentence's first word counts as a given name only when tagged as a name (not "Will Tulsa residents pay?"), the
    Census lists it, no place bears it, the article never writes it in lower case and the NER takes it for no date;
    and then only before a possessive ("April Tulsa's")."""
    if start == 0 or not (doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper()):
        return False
    before = doc[start - 1]
    full = " ".join(t.text for t in doc[start - 1 : end] if not t.is_space).casefold()
    named = sum(n for name, n in article.person_names.items() if name == full or name.startswith(full + " "))
    if named > (before.ent_type_ == "PERSON"):
        return True  # the article names the person elsewhere too (this one may be tagged a person as well)
    return (
        bool(before.is_sent_start)
        and before.tag_ == "NNP"
        and end < len(doc)
        and doc[end].text in POSSESSIVES
        and known_given_name(before.text)
        and before.lower_ not in article.common_words
        and gazetteer.key(before.text) not in gazetteer.places_by_name()
        and before.ent_type_ not in NOT_GIVEN_ENTITIES
    )


def opens_a_business_name(doc: Doc, end: int) -> bool:
    """ "Tulsa Mart", "Tulsa Brewing Company", "a Tulsa Transit Lines bus": a short run of capitalised words after
    the name that holds a word of a business's name (``business_after``) makes the name the business's, even
    where a city agency's word ("Transit") opens the run; "Tulsa Transit Authority" stays the city's."""
    for token in doc[end : end + BUSINESS_RUN]:
        if not token.text[:1].isupper():
            return False
        if token.lower_ in cues().business_after:
            return True
    return False


def _before_the_list(doc: Doc, start: int) -> int:
    """The token right before the run of capitalised names and joints ("Ada, Tulsa and Reno") that ends
    just before ``start``, read back ``LIST_REACH`` tokens at most; -1 when the run opens the text."""
    i = start - 1
    while i >= 0 and start - i <= LIST_REACH and (doc[i].text in LIST_JOINTS or doc[i].text[:1].isupper()):
        i -= 1
    return i


def bracketed_after_a_person(doc: Doc, start: int, end: int) -> bool:
    """ "chef Ada Quillon (Harbor Room, Tulsa)", "the striker Bram Orwell (Tulsa)": a bracketed list of names
    right after a person's name is what the person runs or plays for, not a town."""
    i = _before_the_list(doc, start)
    if i < 1 or doc[i].text != "(" or doc[i - 1].ent_type_ != "PERSON":
        return False
    j = end
    while j < len(doc) and j - end <= LIST_REACH and (doc[j].text in LIST_JOINTS or doc[j].text[:1].isupper()):
        j += 1
    return j < len(doc) and doc[j].text == ")"


def listed_after_venues(doc: Doc, start: int) -> bool:
    """ "local establishments like Tulsa, Ferrante and Bell", "bars such as Tulsa": a name in a list that a
    plural of a venue's noun opens with "like", "such as" or "including" is one of those venues ("cities like
    Tulsa" and "places like Tulsa" stay the city); "a solid lineup of: Aloha, Tulsa and Voxtrot": one of a bill of
    acts."""
    i = _before_the_list(doc, start)
    if _opens_a_bill(doc, i):
        return True
    if i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "such":
        i -= 1
    elif i < 0 or doc[i].lower_ not in LIST_OPENERS:
        return False
    plurals = {noun[:-1] + "ies" if noun.endswith("y") else noun + "s" for noun in cues().venue_nouns}
    return i >= 1 and doc[i - 1].lower_ in plurals


def _opens_a_bill(doc: Doc, i: int) -> bool:
    """Whether the words up to token ``i`` are "lineup of", "lineup:" or "lineup of:", which open a list of acts."""
    if i >= 0 and doc[i].text == ":":
        i -= 1
    if i >= 0 and doc[i].lower_ == "of":
        i -= 1
    return i >= 0 and doc[i].lower_ in BILL_NOUNS


def paired_with_a_street(doc: Doc, start: int, end: int) -> bool:
    """ "at Tulsa and Avenue D", "Elm Street and Tulsa", "the corner of Tulsa and Broadway": a name joined by
    "and" or "&" to a street's name is a street at a corner. Broadway or the Bowery alone makes a street only after
    a word of place ("shows in Tulsa and Broadway" speaks of theatres)."""
    if end + 1 < len(doc) and doc[end].lower_ in {"and", "&"}:
        after = doc[end + 1 : end + 1 + BUSINESS_RUN]
        if after[0].lower_ in NAMED_STREETS:
            return start > 0 and doc[start - 1].lower_ in CORNER_OPENERS
        if _a_street_word_in(list(after)):
            return True
    if start >= 2 and doc[start - 1].lower_ in {"and", "&"}:
        before = doc[max(0, start - 1 - BUSINESS_RUN) : start - 1]
        return _a_street_word_in(list(before)[::-1])
    return False


def _a_street_word_in(words: list[Token]) -> bool:
    """Whether a capitalised word of a street's name stands among the words, each word before it capitalised too
    ("Avenue D", "Elm Street" read from its end, not "and other streets" nor "St. Louis")."""
    for token in words:
        if not token.text[:1].isupper():
            return False
        if token.lower_ in STREET_NAME_WORDS and not _a_saint(token):
            return True
    return False


def _a_saint(token: Token) -> bool:
    """ "St." before a capitalised word opens a saint's name ("St. Louis"), not a street's end ("Elm St.")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in SAINT and after is not None and after.text[:1].isupper()


def among_streets(doc: Doc, start: int, end: int) -> bool:
    """Whether the name's sentence names a street by a capitalised street word or Broadway, not one right after the
    same name ("walking south on Avenue D, crossing Tulsa in the crosswalk"; "his Tulsa Avenue flat" is no sign)."""
    if start > 0 and doc[start - 1].lower_ in TOWN_PREPOSITIONS:
        return False  # "flew to Tulsa", "in Tulsa": a place one goes to or is in, whatever streets the sentence names
    sentence = sentence_at(doc, start)
    name = doc[end - 1].lower_
    return any(
        not start <= t.i < end
        and t.text[:1].isupper()
        and (t.lower_ in STREET_NAME_WORDS - SAINT or t.lower_ in NAMED_STREETS)
        and (t.i == 0 or doc[t.i - 1].lower_ != name)
        for t in sentence
    )


def names_a_rail_line(doc: Doc, start: int, end: int, article_words: set[str]) -> bool:
    """ "All service on the Tulsa line was suspended", "Tulsa Line trains": in an article that speaks of trains
    (``article_words``, the words it writes in lower case), a name right before "line" or "branch" is the rail
    line's ("a branch of the bank in Tulsa" and "the Tulsa branch of the library" stay the city, and "the
    Tulsa/Sand Springs line" is the border between two towns)."""
    if end >= len(doc) or doc[end].lower_ not in cues().rail_line_after:
        return False
    if start > 0 and doc[start - 1].text in TOWN_PAIR_JOINS:
        return False
    if end + 1 < len(doc) and doc[end + 1].lower_ == "of":
        return False
    return not article_words.isdisjoint(cues().rail_words)


def named_for_its_owner(doc: Doc, start: int, end: int) -> bool:
    """ "Max's Kansas City", "dinner at Rosa's Tulsa": a given name alone in the possessive right before the name
    makes a business's name, and a network's letters a show's ("HBO's Tulsa"); "Mayor Ruiz's Tulsa", "Ada
    Quillon's Tulsa" and "Ada Max's Tulsa" speak of the city, and so does "Rosa's Tulsa office", her office
    there. An editor's bracket may open the name in a quotation ("a regular at Max's [Tulsa]")."""
    if start >= 3 and doc[start - 1].text == "[":
        start -= 1
    if start < 2 or doc[start - 1].text not in POSSESSIVES:
        return False
    if end < len(doc) and doc[end].is_lower and doc[end].tag_ in {"NN", "NNS"}:
        return False
    owner = doc[start - 2]
    if _a_broadcasters_letters(owner.text):
        return True  # "HBO's Tulsa drew ten million viewers": a show ("HBO's Tulsa bureau" is the city's)
    if not (owner.is_alpha and owner.text[:1].isupper() and known_given_name(owner.text)):
        return False
    # "Ada Max's Tulsa", "Mayor Max's Tulsa": a person's full name or title; "the Mudd Club, Max's Tulsa" and
    # "Mudd Club Max's Tulsa" in a list of clubs: a business's
    before = doc[start - 3] if start >= 3 else None
    if before is None or before.is_sent_start is True or not (before.is_alpha and before.text[:1].isupper()):
        return True
    return not (known_given_name(before.text) or roles.role_form(before.text) is not None)


def _a_broadcasters_letters(text: str) -> bool:
    """Two to five capitals that are no state's code, country's or city's short name ("HBO", "ABC", not "NY",
    "US" or "NYC"): a network's or a company's letters, which own shows and brands, not places."""
    if not (text.isalpha() and text.isupper() and MIN_LETTERS <= len(text) <= MAX_LETTERS):
        return False
    if gazetteer.state_code(text) is not None or gazetteer.is_country(text):
        return False
    return gazetteer.key(text) not in gazetteer.city_aliases()


def a_role_played(doc: Doc, start: int) -> bool:
    """ "taking on the role of Tulsa", "she was cast as Tulsa": the name of a part an actor plays; "screamed the
    name 'Tulsa'": a name as a word, a quotation mark between."""
    if start > 0 and doc[start - 1].text in QUOTE_MARKS:
        start -= 1
    if start < 2:
        return False
    return (doc[start - 2].lower_, doc[start - 1].lower_) in ROLE_BEFORE


def paired_with_a_given_name(doc: Doc, start: int, end: int, article: Article) -> bool:
    """ "welcoming Tulsa and Ezra into the world", "Ezra and Tulsa were born": a one-word name coordinated with a
    lone given name that no place bears (nor a month, nor a word the article writes in lower case) is a person's
    too ("Tulsa and Omaha", "Tulsa and Ezra Quist's farm" are not)."""
    if end - start != 1:
        return False
    if end + 1 < len(doc) and doc[end].lower_ in GIVEN_PAIR_JOINTS and _a_lone_given_name(doc, end + 1, article):
        return True
    return start >= 2 and doc[start - 1].lower_ in GIVEN_PAIR_JOINTS and _a_lone_given_name(doc, start - 2, article)


def _a_lone_given_name(doc: Doc, i: int, article: Article) -> bool:
    """Whether token ``i`` is a given name with no capitalised word beside it ("Ezra Quist", "St. Louis")."""
    token = doc[i]
    if not (token.is_alpha and token.text[:1].isupper() and known_given_name(token.text)):
        return False
    if token.lower_ in article.common_words or token.ent_type_ in {"DATE", "TIME", "NORP"}:
        return False
    if gazetteer.key(token.text) in gazetteer.places_by_name():  # the NER may tag it a place: only a real one is
        return False
    return not any(_capitalised(doc[j]) for j in (i - 1, i + 1) if 0 <= j < len(doc))


def _capitalised(token: Token) -> bool:
    """A capitalised word or abbreviation ("Quist", "St."), which with a given name makes a longer name."""
    return token.text[:1].isupper() and not token.is_punct and not token.is_sent_start


def given_name_of_a_named_person(doc: Doc, start: int, end: int, article: Article) -> bool:
    """ "six-year-old Brady Tulsa ... the death of Tulsa": a one-word name that is a given name and the first word
    of the full name of a person the article names, or written elsewhere before the surname of one, is that person
    ("moved to Tulsa" keeps the place; "Tulsa Mayor Jo Lee" opens no person's name)."""
    if end - start != 1 or not known_given_name(doc[start].text):
        return False
    if start > 0 and doc[start - 1].lower_ in TOWN_PREPOSITIONS | {"at"}:
        return False
    word = doc[start].text.casefold()
    titles = {w.casefold() for w in roles.title_first_words()}
    places = gazetteer.places_by_name()
    if any(
        name.split()[0] == word and name.split()[1] not in titles and gazetteer.key(name) not in places
        for name in article.person_names
    ):
        return True
    # "Brady Tulsa" where the tagger took the pair for no person, beside "Ron Tulsa", a kinsman the article names
    surnames = {name.split()[-1] for name in article.person_names}
    return any(
        t.text == doc[start].text and t.i + 1 < len(doc) and doc[t.i + 1].text.casefold() in surnames
        for t in doc
        if t.i != start
    )


def a_hospital_by_its_name(doc: Doc, start: int, end: int) -> bool:
    """ "The victim was taken to Tulsa in serious condition", "rushed to Tulsa, where he was in stable condition":
    the place someone hurt is brought to and lies in a condition is a hospital of the name."""
    if start < 2 or doc[start - 1].lower_ != "to" or doc[start - 2].lower_ not in CARRY_VERBS:
        return False
    return any(t.lower_ == "condition" for t in doc[end : end + CONDITION_REACH])


def a_stage_by_its_name(doc: Doc, start: int) -> bool:
    """ "their 2009 shows at Tulsa", "a sold-out concert at Tulsa": a bare name after "at" and a noun for a show is
    the hall of the name ("shows in Tulsa" keep the town)."""
    return start >= 2 and doc[start - 1].lower_ == "at" and doc[start - 2].lower_ in SHOW_NOUNS


def listed_as_names(doc: Doc, start: int) -> bool:
    """ "babies with names like Ada, Tulsa and Henry", "girls named Ada, Tulsa or June": a name in a list that
    "names like", "names such as" or "named" opens is a given name."""
    i = _before_the_list(doc, start)
    if i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "such":
        i -= 2
    elif doc[i].lower_ in LIST_OPENERS:
        i -= 1
        return i >= 0 and doc[i].lower_ in NAME_NOUNS
    return i >= 0 and (doc[i].lower_ in NAME_NOUNS or doc[i].lower_ == "named")
