"""Why a name no full name claims is no person's, by how its articles and the store write it.

The counts of :func:`usage.word_use` read as verdicts: a word written in lower case most of the
time is a common word; one written "on Chirpr", "a Chirpr page" a platform or a thing; one written
with "'s" every time a shop; one that "reports" an outlet; one set beside an animal's or a band's
noun that animal or band; one the parser tags a company across the store a company.
"""

from __future__ import annotations

from sanctuary_cli.extract.people.usage import WordUse

COMMON_WORD_SHARE = 0.5  # a one-word "name" written in lower case this often is a common word ("Subway")
LONGER_NAME_SHARE = 0.5  # ... and one this often the first word of a longer name ("Yale University")
THING_SHARE = 0.35  # ... and one this often after "at", "on", "from", "a", "her" a place, a platform or a thing
PLACE_THING_SHARE = 0.2  # ... or this often, where the word is a town's or a city's name
POSSESSIVE_SHARE = 0.7  # ... and one written with "'s" this often a shop or an outlet ("Vossberg's")
OUTLET_SHARE = 0.2  # ... and one this often "told", "according to" or followed by "reports" a news outlet,
OUTLET_USES = 2  # ... and twice at least
ORG_LEAD = 2  # ... and one the parser tags a body, a place or a work this many times more than a person
BODY_SHARE = 0.5  # ... and one this often inside a place's or a body's name is that place's or body's
MIN_OPENER_TAGS = 2  # a name whose first word the parser tags a company or a people this often, never a
# person, and that no article calls "he" or "she", is a product's or a dish's ("Tessco Lens", "Vossish Pie") ...
OPENER_TAGS_LEAD = 2  # ... or, this many times as often as its articles call it so, one article in three at most
# (a "he" of the story's reviewer, read onto the gadget)
KIND_USES = 2  # a name set this often after or in apposition with an animal's, a statue's, a band's noun ...
KIND_SHARE = 0.1  # ... in this share of its capitalised uses is that animal's, statue's or band's
NUMBERED_SHARE = 0.3  # a name written with a sequel's or a model's number this often (twice at least) is a work's
HASHTAG_SHARE = 0.5  # a name written after "#" this often (twice at least) is a hashtag: "#HarborNights"
MIN_USES = 3  # shares are read from at least this many capitalised uses
MIN_THING_USES = 6  # ... and the share of uses after "at", "a", "her" from this many (a few are chance)
NEVER_OWNS_USES = 10  # a name written this often and never with "'s" ...
NEVER_OWNS_THING_SHARE = 0.28  # ... is a thing from this share of uses after "at", "a", "her"
ASIDE_SHARE = 0.5  # ... and one written alone in brackets this often a transcript's aside ("(Laughter.)")
QUOTED_SHARE = 0.8  # ... and one written alone in double quotes this often a title ('"Pamela" part 1')
GENDERED_SHARE = 0.5  # a name called "he" or "she" in this share of its articles (two at least) is a person's
FULL_NAME_GENDERED_SHARE = 1 / 3  # ... and a name of several words called so in this share of them


def _a_thing(use: WordUse) -> bool:
    """Written after "at", "on", "a", "her" often enough: often, less often for a town's name ("out
    to Montauk"), or a little less often by a name never written with "'s" (people own things;
    platforms and places are seldom said to)."""
    cap, things = use.capitalised, use.after_place_word + use.after_determiner
    share = PLACE_THING_SHARE if use.places_name else THING_SHARE
    if cap >= MIN_THING_USES and things >= share * cap:
        return True
    return cap >= NEVER_OWNS_USES and not use.possessive and things >= NEVER_OWNS_THING_SHARE * cap


def not_a_person_by_use(use: WordUse, known_surname: bool = False, several_words: bool = False) -> str | None:
    """Why a one-word name the articles write this way is no person's, or None. The surname of a
    full name the store holds in several articles (``known_surname``) is taken for a thing or an
    organisation only on the strongest signs: a common word, a name written with "'s" every time.
    A name of ``several_words`` running on into a capitalised word is a headline's, not a body's,
    and one "told" something a person's."""
    cap = use.capitalised
    reason = _a_word_or_a_kind(use, known_surname or several_words, several_words)
    if reason is not None:
        return reason
    # a full name is called "he" or "she" in fewer of its articles than a surname alone, listed or
    # passed to ("a cross from Ada Quillon") in the rest: twice, in a third of them, is a person's
    share = FULL_NAME_GENDERED_SHARE if several_words else GENDERED_SHARE
    called_he_or_she = known_surname or (use.gendered >= 2 and use.gendered >= share * use.articles)
    if not (called_he_or_she or several_words) and cap >= MIN_USES and use.aside >= ASIDE_SHARE * cap:
        return "a transcript's stage direction (written alone in brackets)"
    if not called_he_or_she and cap >= MIN_USES and use.quoted >= QUOTED_SHARE * cap:
        return "a title (written alone in double quotes: an episode's, a song's)"
    if not called_he_or_she:
        reason = _a_thing_by_use(use, several_words)
        if reason is not None:
            return reason
    tagged_a_thing = use.thing_tags >= MIN_USES and use.thing_tags >= ORG_LEAD * max(use.person_tags, 1)
    if tagged_a_thing and not (use.gendered or known_surname):
        return "an organisation, a place or a thing (the parser tags it one, and no article calls it he or she)"
    return _inside_another_name(use, several_words, called_he_or_she, known_surname)


def _written_as_a_shops_or_an_outlets(
    use: WordUse, several_words: bool, called_he_or_she: bool, known_surname: bool
) -> str | None:
    """Why a name is a shop's or a news outlet's: written with "'s" (the surname of a full name the store holds
    in several articles only every time: "Quillon's films", "Quillon's Factory" and "Quillon shot" are the
    artist's), or as a source ("Chirpline reports")."""
    cap = use.capitalised
    owned = use.possessive >= (cap if known_surname else POSSESSIVE_SHARE * cap)
    # a full name called "he" or "she" is a person whose one deed the stories own ("Ada Quillon's fraud")
    if cap >= MIN_USES and owned and not (several_words and called_he_or_she):
        return "a shop, outlet or brand named after someone (written with 's)"
    if cap >= MIN_USES and use.reported >= max(OUTLET_USES, OUTLET_SHARE * cap) and not several_words:
        return "a news outlet (written 'X reports', 'told X', 'according to X', 'an editor at X')"
    return None


def _a_word_or_a_kind(use: WordUse, a_known_name: bool, several_words: bool = False) -> str | None:
    """Why a name is a website, a common word, or an animal's, a mascot's or a shop's, or None. A name
    of several words written once in lower case is a tweet's ("ada quillon crying"), no common words."""
    if not a_known_name and use.web_address >= WEB_USES:
        return "a website (its articles write it as a web address: 'chirpr.com')"
    if not a_known_name and use.news_site:
        return "a news outlet (a news website's name)"
    lower = use.lower >= (LOWER_PHRASES if several_words else 1)
    if lower and use.lower >= COMMON_WORD_SHARE * max(use.capitalised, 1):
        return "a common word"
    # one story's pet or mascot is named as one once ("her dog Ada"); a name across stories, again and again
    if use.of_a_kind >= (1 if use.articles == 1 else KIND_USES) and use.of_a_kind >= KIND_SHARE * use.capitalised:
        return "an animal, a mascot, a statue, a band, a shop or a show (written after or beside such a noun)"
    if use.numbered >= KIND_USES and use.numbered >= NUMBERED_SHARE * use.capitalised and not use.gendered:
        return "a work or a product (written with its number: a sequel's, a model's)"
    if use.hashtag >= KIND_USES and use.hashtag >= HASHTAG_SHARE * use.capitalised:
        return "a hashtag (written after '#' in most of its uses)"
    if use.hashtag and use.hashtag == use.capitalised:
        return "a hashtag (written only after '#')"
    if use.tail_lower:
        return "a product named after its maker (its articles write the rest of the name as common words)"
    return None


LOWER_PHRASES = 2  # a name of several words written in lower case this often may be common words
WEB_USES = 2  # a one-word name its articles write this often as a web address ("pic.chirpr.com") is a website
STRONG_BODY_ARTICLES = 8  # ... and one the store tags a body in this many articles, twice those it tags it a
# person, is a team's or a company's, however near a "he" its articles write it (its player's, its founder's)
STORE_TAGGED = 8  # a word the parser tags a person in this many articles of the store ...
KEPT_SHARE = 1 / 3  # ... that the articles' own reading keeps as a person in less than this share of them
MANY_ARTICLES = 10  # a word alone in this many articles, called "he" or "she" in SELDOM_GENDERED of them at most,
# is no person's: the stories of someone written about this often call them so ("on Chirpr", "Chirpr users")
SELDOM_GENDERED = 0.1  # ... and calls "he" or "she" in at most this share of those, is a platform's or a brand's
MIN_BODY_ARTICLES = 2  # a word the parser tags a body in this many articles of the store, more than a person, is one
CHANCE_ARTICLES = 5  # ... and one called "he" or "she" in one article of this many is called so by chance


def a_thing_by_the_stores_tags(use: WordUse) -> str | None:
    """Why a one-word name no full name of the store ends in is no person's, by how the whole store
    tags it: the parser calls it a company, a product or a work in more articles than a person
    ("Chirpr announced", "a Chirpr spokesman"); or it calls it a person in many articles whose own
    reading of the word (after "on", in a list of platforms, never "he") kept it as one in few
    ("took to Chirpr", "Facebook, Chirpr and Instagram"). A person's word the parser tags as one is
    kept as one nearly everywhere."""
    body = use.store_body_articles
    if body >= STRONG_BODY_ARTICLES and body >= ORG_LEAD * max(use.store_person_articles, 1):
        return "a team, a company or a work (the parser tags it one in most articles of the store)"
    if use.gendered > SELDOM_GENDERED * use.articles and not _gendered_by_chance(use):
        return None
    if use.articles >= MANY_ARTICLES:
        return "a platform or a brand (written alone in many articles, and seldom called he or she there)"
    if use.store_body_articles >= MIN_BODY_ARTICLES and use.store_body_articles > use.store_person_articles:
        return "a company, a product or a work (the parser tags it one in more articles of the store than a person)"
    if use.store_person_articles >= STORE_TAGGED and use.articles < KEPT_SHARE * use.store_person_articles:
        return "a platform or a brand (its articles seldom read it as a person where the parser tags it one)"
    return None


def _gendered_by_chance(use: WordUse) -> bool:
    """One article of ``CHANCE_ARTICLES`` or more calling a word the store tags a body more than a person "he" or
    "she" is a pronoun of someone beside it ("Chirpr pulled her account"), not the word's own."""
    body = use.store_body_articles > use.store_person_articles
    return body and use.gendered == 1 and use.articles >= CHANCE_ARTICLES


def an_acronym_of_a_body(name: str, use: WordUse) -> str | None:
    """Why a word of four capitals or more ("QRVFC") the parser tags a body more than a person is no
    person's: a club's or a company's acronym, however near a "he" or a "she" its articles write it
    (its player's, its founder's). Initials run to three letters ("JB")."""
    acronym = len(name) >= 4 and name.isalpha() and name.isupper()
    if acronym and use.thing_tags >= MIN_USES and use.thing_tags >= ORG_LEAD * max(use.person_tags, 1):
        return "an acronym of a body (four capitals or more, the parser tags it one)"
    return None


def _a_thing_by_use(use: WordUse, several_words: bool) -> str | None:
    """Why a name no article calls "he" or "she" is a place's, a platform's or a company's, or None."""
    if _a_thing(use):
        return "a place, shop, platform or thing (written after at, on, from, a, her)"
    a_body = use.of_a_body >= KIND_USES and use.of_a_body >= KIND_SHARE * use.capitalised
    if a_body and not several_words:
        return "a company, an outlet or a website (written after or beside such a noun)"
    return None


def _inside_another_name(
    use: WordUse, several_words: bool, called_he_or_she: bool = False, known_surname: bool = False
) -> str | None:
    """Why a name the articles write with "'s", before "reports" or inside a longer name is no person's."""
    reason = _written_as_a_shops_or_an_outlets(use, several_words, called_he_or_she, known_surname)
    if reason is not None:
        return reason
    cap = use.capitalised
    # a person's surname (called "he" or "she", or a full name's the store holds) is read inside a longer name
    # only from several uses: "the Ada Quillon Show" once beside "Quillon was hosting" is hers
    least = MIN_USES if called_he_or_she else 1
    if cap >= least and use.in_body_name >= BODY_SHARE * cap:
        return "part of the name of a place or body (written before Foundation, Street, ...)"
    # ... and "Quillon's Empire" is that person's work, not a longer name ("Sam's Falafel", of a given name, a shop's)
    longer = use.in_longer_name - (use.owned_longer if called_he_or_she and not use.given_name else 0)
    if cap >= least and longer >= LONGER_NAME_SHARE * cap and not several_words:
        return "part of a longer name"
    if cap >= MIN_USES and use.ends_longer_name >= LONGER_NAME_SHARE * cap and not several_words:
        return "the end of a longer name (written after a capitalised word that is no given name: a school's)"
    if use.opener_thing_tags >= MIN_OPENER_TAGS and not use.opener_person_tags and _seldom_he_or_she(use):
        return "a product or a dish named after a company, a people or a place"
    return None


def _seldom_he_or_she(use: WordUse) -> bool:
    """Whether no article calls a product's name "he" or "she", or one in three at most where its first
    word is tagged a company ``OPENER_TAGS_LEAD`` times as often as that and an article writes it after
    "a" or "the" ("the Tessco Lens"): a chef named like her shop ("Ada Tessco's") is written so nowhere."""
    if not use.gendered:
        return True
    return (3 * use.gendered <= use.articles and use.opener_thing_tags >= OPENER_TAGS_LEAD * use.gendered
            and use.after_determiner > 0)
