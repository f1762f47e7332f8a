"""What a one-word form of a surname group is, read in its article and across the store.

"Walt" in a recap that writes "Walter Quennell" is Walter Quennell; "Don" in a story of
"Mara Quennick" is the store's Don Quennick; "Mr. Quennell" beside a "Walt" found to be
Walter Quennell is him too; "Quarrick" alone is the namesake nearly every story writing
the surname alone means; a word the store tags a company, writes as a web address or never
calls "he" or "she" is a thing.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sanctuary_cli.extract.people.byuse import a_thing_by_the_stores_tags
from sanctuary_cli.extract.people.company import (
    NAMESAKE_HEADLINES,
    Company,
    chosen_by_company,
    chosen_by_headline,
    title_phrases,
)
from sanctuary_cli.extract.people.fullnames import Cluster, clipped
from sanctuary_cli.extract.people.given import common_surname, first_name_gender, fold, known_given_name
from sanctuary_cli.extract.people.names import PARTICLES, NameParts, facility_word, name_rules, person_key, split_name
from sanctuary_cli.extract.people.records import GivenUse, PersonRow
from sanctuary_cli.extract.people.usage import WordUse
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.works import work_cues

MIN_ARTICLES = 3  # a full name a bare surname may stand for is named in at least this many articles
ALONE_ARTICLES = 5  # a full name its stories also write as its surname alone in this many ...
ALONE_SHARE = 0.85  # ... and this share of the stories writing a namesake's so, is what the surname alone names
HEADLINE_MENTIONS = 2  # a given name alone its story writes this often may be tied to a bearer by the headline
SHOW_SHARE = 0.5  # ... whose stories the show's name heads in this share, at least
RECAPS = 3  # stories under one show's name writing a given name alone: a character of the show ...
NAMED_TWICE = 2  # ... whom the store names in full in this many stories
NEAR_DAYS = 365  # a rare surname's one full name, named this many days or fewer from a story writing it alone, is it
CLOSE_COMPANY = 0.5  # ... or a person of the story named in this share of its stories, at least one
NEVER_CALLED_ARTICLES = 4  # a one-word form named in this many articles, never "he" or "she", is no person's
NEVER_CALLED_WIDELY = 5  # ... written after "on", "at" or "a" and never with "'s"; in this many, however written


@dataclass(frozen=True)
class Evidence:
    """What the store says about one-word keys beyond their own group."""

    uses: Mapping[str, WordUse]
    given: Mapping[str, Sequence[GivenUse]]
    texts: Mapping[str, str] = field(default_factory=dict)
    company: Company = field(default_factory=Company)
    clipped: Mapping[str, Sequence[GivenUse]] = field(default_factory=dict)
    common: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()  # given names the Census list lacks that the store writes as such

    def headline(self, article: str) -> str:
        """The article's headline: its text's first paragraph ("" where the text is not at hand)."""
        return self.texts.get(article, "").split("\n\n", 1)[0]

    def body(self, article: str) -> str:
        """The article's text after its headline (all of it where it has one paragraph only)."""
        return self.texts.get(article, "").split("\n\n", 1)[-1]

    def show_phrases(self, title: str) -> frozenset[str]:
        """A headline's pairs of words that may name a show (see :func:`headline_phrases`), less those
        the store's prose writes in lower case (``Company.common_phrases``)."""
        return headline_phrases(title) - self.company.common_phrases


@dataclass(frozen=True)
class ShortForm:
    """A one-word key of a surname group, with what the group and the store offer it."""

    surname: str
    key: str
    clusters: list[Cluster]
    as_given: Sequence[GivenUse]  # the store's full names that open with the word
    # (article, gender) -> the group's full names found there called so; (article, "title:" and a title's
    # head noun) -> those given that title, and (article, "title:") -> those given any
    own: Mapping[tuple[str, str], set[str]]
    # full name -> the articles where it is also written as this one word alone ("Obama" in a story of Barack Obama)
    alone_in: Mapping[str, int] = field(default_factory=dict)
    genders: Mapping[str, str] = field(default_factory=dict)  # full name -> "m" or "f", as most of its stories say
    things: tuple[str, ...] = ()  # the group's full names found no person's ("Tessco Lens", a product)
    stories: tuple[str, ...] = ()  # the articles that write the word as a name of its own


def role_held(row: PersonRow, short: ShortForm) -> bool:
    """Whether the row's role is one the store gives a namesake: then the role decides, not usage or
    company. A role none holds ("Senator Quillon" where the store's Quillons are a president and a
    singer) says nothing of which namesake it is."""
    return bool(row.role) and any(c.roles[row.role or ""] for c in short.clusters)


def written_alone(
    key: str, by_key: Mapping[str, list[PersonRow]], clusters: Sequence[Cluster]
) -> tuple[dict[str, int], dict[str, str]]:
    """For each full name of the group, in how many articles its row also writes the one-word form,
    and whether most of its articles call it "he" or "she"."""
    found: dict[str, int] = {}
    genders: dict[str, str] = {}
    for cluster in clusters:
        rows = [r for k in cluster.keys for r in by_key[k]]
        found[cluster.key] = len({r.article_id for r in rows if any(person_key(a) == key for a in r.aliases)})
        said = Counter(r.gender for r in rows if r.gender)
        if said:
            genders[cluster.key] = said.most_common(1)[0][0]
    return found, genders


def written_alone_for(short: ShortForm, row: PersonRow) -> str | None:
    """The full name a surname alone stands for by the store's own use: of the stories that write a
    full name of that surname and the surname alone for it, nearly all write this one ("Obama" for
    Barack Obama, not Mara Obama, in nine stories of ten), in several stories. A man or a woman
    the article calls so keeps to the full names its stories call so."""
    if first_name_gender(short.key) is not None or not short.alone_in:
        return None
    total = sum(short.alone_in.values())
    top, count = max(short.alone_in.items(), key=lambda kv: (kv[1], kv[0]))
    if count < ALONE_ARTICLES or count < ALONE_SHARE * total:
        return None
    if row.gender and short.genders.get(top, row.gender) != row.gender:
        return None
    return top


FAMILY_ARTICLES = 2  # a full name a common given name alone may stand for by its surname is named in this many articles


def by_headline(short: ShortForm, row: PersonRow, evidence: Evidence) -> str | None:
    """The one bearer of a given name alone ("Don", or "Walt" for a Walter) whose stories' headlines
    share a show's or a team's name with this story's ("Harbor Nights Recap" and "Will Ada Leave
    Harbor Nights?"): a character or a player written by the given name in a recap. A story that
    writes the name once, or under a headline of its own, may name the show in the name's own
    sentence ("This week on Harbor Nights, Walt lost the boat"): the one bearer that show's name
    heads ``NAMESAKE_HEADLINES`` stories of."""
    bearers = [*short.as_given, *clipping(short, evidence)]
    if not bearers or row.article_id not in evidence.texts or row.role or " " in row.name:
        return None
    candidates: dict[str, list[str]] = defaultdict(list)
    for bearer in bearers:
        candidates[bearer.person].append(bearer.key)
    titles = evidence.company.titles
    headline = evidence.headline(row.article_id)
    # a character's stories are mostly the show's, a guest's not ("Todd" of a recap is no comedian in one)
    if row.mentions >= HEADLINE_MENTIONS and (
        found := chosen_by_headline(headline, candidates, titles, evidence.show_phrases, share=SHOW_SHARE)
    ):
        return found
    found_in = {
        chosen_by_headline(sentence, candidates, titles, evidence.show_phrases, NAMESAKE_HEADLINES, SHOW_SHARE)
        for sentence in sentences_with(row.name, evidence.body(row.article_id))
    } - {None}
    return found_in.pop() if len(found_in) == 1 else _called_so_in_recaps(short, row, evidence)


def _called_so_in_recaps(short: ShortForm, row: PersonRow, evidence: Evidence) -> str | None:
    """The one bearer a story under the show's name calls by the word alone, where ``RECAPS`` stories
    under that name write the word alone, this one among them: a character of the show ("Don" in three
    "Harbor Nights" recaps; "Don" for Don Quennick in a fourth, which names him in full too). A
    character's stories are its show's, but a famous one's are many others' as well. The bearer's full
    name opens with the very word ("Bobby" of a recap is no Robert the show's era names so) and is named
    in two stories or more (a full name read once may be a misreading: "Sally Rosemary's Baby")."""
    if not known_given_name(short.key) or len(short.stories) < RECAPS:
        return None  # "Littlefinger", a nickname, may open a junk name too ("Littlefinger Some Salt Water")
    phrases = evidence.show_phrases(evidence.headline(row.article_id))
    if not phrases:
        return None
    named = Counter[str]()
    for bearer in short.as_given:
        named[bearer.person] += bearer.articles
    called: dict[str, set[str]] = defaultdict(set)  # bearer -> the show's names heading stories calling them so
    for bearer in short.as_given:
        if named[bearer.person] < NAMED_TWICE:
            continue
        for word, title in evidence.company.calling.get(bearer.key, ()):
            if word == short.key:
                called[bearer.person] |= evidence.show_phrases(title) & phrases
    shows = {person: names for person, names in called.items() if names}
    if len(shows) != 1:
        return None
    [(person, names)] = shows.items()
    recaps = sum(1 for article in short.stories if evidence.show_phrases(evidence.headline(article)) & names)
    return person if recaps >= RECAPS else None


def sentences_with(word: str, text: str) -> list[str]:
    """The sentences of a text that write a word (a rough cut at full stops, enough to find the
    capitalised words written beside it)."""
    word_at = re.compile(rf"\b{re.escape(word)}\b")
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if word_at.search(s)]


def by_company(short: ShortForm, row: PersonRow, evidence: Evidence) -> str | None:
    """The bearer of a given name alone ("Ada", or "Walt" for a Walter), or the namesake of a surname
    alone, whose articles name the people this article names (see :func:`chosen_by_company`)."""
    clipped = clipping(short, evidence)
    if not (short.as_given or clipped) or " " in row.name or role_held(row, short):
        return None  # "President Quillon" is told by the roles of the store's Quillons (see short_form_of)
    candidates: dict[str, list[str]] = defaultdict(list)
    for bearer in [*short.as_given, *clipped]:
        candidates[bearer.person].append(bearer.key)
    for cluster in short.clusters:
        candidates[cluster.key].extend(cluster.keys)
    return chosen_by_company(row.article_id, candidates, evidence.company)


def namesake_by_story(short: ShortForm, row: PersonRow, evidence: Evidence) -> str | None:
    """The namesake a surname alone is, where nothing else decides, by the people its article names
    ("Stewart said" beside the people of his show's stories), by its headline ("Stewart said" under
    his show's name), or as the one bearer of a rare surname in the news then (see :func:`_rare_and_near`)."""
    text = evidence.texts.get(row.article_id, "")
    return (
        _by_namesakes_company(short, row, evidence)
        or namesake_by_headline(short, row, evidence)
        or _rare_and_near(row, short, text, evidence.given_names)
        or _in_close_company(short, row, evidence)
    )


def _in_close_company(short: ShortForm, row: PersonRow, evidence: Evidence) -> str | None:
    """The one full name of a rare surname (see :func:`_one_rare_full_name`) when a person the story names is named
    in ``CLOSE_COMPANY`` of that full name's own stories or more: "Leno" beside "Dana Letterman", in a store
    whose two stories of "Jay Leno" name Letterman in one. A namesake the store never names in full would
    have to keep that company too."""
    only = _one_rare_full_name(row.key, short.clusters, evidence.given_names)
    if only is None or row.role or " " in row.name:
        return None
    names = evidence.company.of_article.get(row.article_id, frozenset()) - set(only.keys)
    stories = [others for key in only.keys for others in evidence.company.of_key.get(key, ())]
    if not names or not stories:
        return None
    shared = max(sum(1 for others in stories if name in others) for name in names)
    return only.key if shared >= max(1.0, CLOSE_COMPANY * len(stories)) else None


def _by_namesakes_company(short: ShortForm, row: PersonRow, evidence: Evidence) -> str | None:
    """The one of several namesakes a surname alone is, where nothing else decides, by the people its
    article names that the namesake's own articles name (see :func:`chosen_by_company`)."""
    if len(short.clusters) < 2 or " " in row.name or role_held(row, short):
        return None
    candidates = {cluster.key: list(cluster.keys) for cluster in short.clusters}
    return chosen_by_company(row.article_id, candidates, evidence.company)


def namesake_by_headline(short: ShortForm, row: PersonRow, evidence: Evidence) -> str | None:
    """The one of several namesakes a surname alone is, in a story naming none of them in full, whose
    stories' headlines share a show's or a team's name with its headline, in ``NAMESAKE_HEADLINES`` of
    them, where no other namesake's do ("Quillon said" in "The Late Hour On Bike Lanes", beside the
    host's "Ada Quillon Returns To The Late Hour")."""
    if len(short.clusters) < 2 or row.article_id not in evidence.texts:
        return None
    if row.role or " " in row.name or row.mentions < HEADLINE_MENTIONS:
        return None
    if known_given_name(short.key) and not common_surname(short.key):
        return None  # "Pete" alone is a given name, told by its bearers' headlines (see :func:`by_headline`)
    candidates = {c.key: list(c.keys) for c in short.clusters}
    return chosen_by_headline(
        evidence.headline(row.article_id), candidates, evidence.company.namesake_titles, evidence.show_phrases,
        at_least=NAMESAKE_HEADLINES,
    )


def _one_rare_full_name(key: str, candidates: Sequence[Cluster], given_names: Collection[str]) -> Cluster | None:
    """The one full name of a surname alone that is no common surname nor given name (see
    :func:`given.common_surname`), where it opens with a given name, one the Census list gives a gender or
    one of the store's ``given_names`` ("Vladimir"): not "Baby Quarrant", "Diehard Quarrant"."""
    if len(candidates) != 1 or known_given_name(key) or common_surname(key):
        return None
    (only,) = candidates
    given = only.parts.given[0] if only.parts.given else ""
    return only if given and (first_name_gender(given) is not None or fold(given) in given_names) else None


def _rare_and_near(row: PersonRow, short: ShortForm, text: str, given_names: Collection[str]) -> str | None:
    """The one full name of a rare surname (see :func:`_one_rare_full_name`), written as its surname alone in
    its own stories (``short.alone_in``), named within ``NEAR_DAYS`` of the article (``text``) that writes
    the surname alone: the person in the news then ("Quarrant" a month after "Tod Quarrant" was
    named chief strategist). A role its stories never give it is someone else's; a word the article
    also writes in lower case ("hair") or in capitals only ("NYC") is no surname there."""
    only = _one_rare_full_name(row.key, short.clusters, given_names)
    if only is None or not row.date or not only.dates:
        return None
    if any(form.isupper() for form in (row.name, *row.aliases)) or re.search(rf"\b{re.escape(row.key)}\b", text):
        return None
    if not short.alone_in.get(only.key):
        return None  # its own stories never write the surname alone for it
    if row.role and only.roles and row.role not in only.roles:
        return None
    day = date.fromisoformat(row.date[:10])
    near = min(abs((date.fromisoformat(d[:10]) - day).days) for d in only.dates)
    return only.key if near <= NEAR_DAYS else None


def namesake_headlined(short: ShortForm, row: PersonRow, evidence: Evidence) -> str | None:
    """The one of several namesakes an article names in full whose full name its headline writes:
    the surname alone there is the story's subject ("Ada Quillon Sued By Her Landlord", then
    "Quillon said" beside her son "Bram Quillon"). A man or a woman the article calls so keeps to
    the namesakes its stories call so."""
    text = evidence.texts.get(row.article_id)
    if text is None or row.role or " " in row.name or first_name_gender(short.key) is not None:
        return None
    here = [c for c in short.clusters if row.article_id in c.articles and c.parts.full]
    if len(here) < 2:
        return None  # one namesake written: the article's own full name decides (see :func:`_written`)
    headline = f" {re.sub(r'[^a-z]+', ' ', fold(text.split(chr(10), 1)[0]))} "
    found = {
        c.key for c in here
        if any(f" {k} " in headline for k in c.keys if split_name(k).full)
        and not (row.gender and short.genders.get(c.key, row.gender) != row.gender)
    }
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4096)
def headline_phrases(title: str) -> frozenset[str]:
    """A headline's pairs of capitalised words that may name a show (read once per headline)."""
    return frozenset(title_phrases(title, _no_title_word))


def _no_title_word(word: str) -> bool:
    """A headline word that is no part of a show's or a team's name: a function word, a given name,
    a place's or a building's word (a shared "East Harbor" or "Harbor Park" is chance); a word for a
    work ("Show" of "The Late Show") may be."""
    folded = word.casefold()
    if folded in name_rules().function_words or known_given_name(folded):
        return True
    if facility_word(word) and folded not in work_cues().kinds_after:
        return True
    return gazetteer.key(word) in gazetteer.places_by_name()


def clipping(short: ShortForm, evidence: Evidence) -> list[GivenUse]:
    """The store's full names whose given name the one-word form clips ("Walter Quillon" for "Walt")."""
    return [g for g in evidence.clipped.get(short.key, ()) if _clips(short.key, split_name(g.key))]


def _clips(word: str, name: NameParts) -> bool:
    return bool(name.given) and clipped(word, name.given[0])


def a_things_word(short: ShortForm, name: str, rows: Sequence[PersonRow], use: WordUse | None) -> str | None:
    """Why a one-word form, no given name, that no full name of the store claims is no person: the
    store's tags say it is a thing (see :func:`a_thing_by_the_stores_tags`); or it is named in
    many articles, none giving it a role or calling it "he" or "she", written after "on", "at", "a"
    and never with "'s" ("took to Chirpr", "on Chirpr"), or in a few more however written ("Chirpr's
    new feed"). People written about story after story are someone's "he" or "she" somewhere, or own
    something; a character of a show ("Quillfinger tells Ada") is seldom written after "on" or "a"."""
    in_full = any(g.articles >= FAMILY_ARTICLES for g in short.as_given)
    if known_surname(short) or in_full or first_name_gender(name) is not None or use is None:
        return None  # a surname the store knows, or a given name it writes in full in several stories
    if (reason := a_thing_by_the_stores_tags(use)) is not None:
        return reason
    # a full name of it that opens with a given name claims it; "Harborline Chirpr" (a product) does not
    claimed = any(c.parts.given and known_given_name(c.parts.given[0]) for c in short.clusters)
    articles = {r.article_id for r in rows}
    if claimed or len(articles) < NEVER_CALLED_ARTICLES or any(r.gender or r.role for r in rows):
        return None
    # a brand owns things too ("Chirpr's new feed"); in a few more stories, none calling it "he" or "she", no more
    # is asked
    widely = len(articles) >= NEVER_CALLED_WIDELY and not use.gendered
    if not widely and (use.possessive or not (use.after_place_word or use.after_determiner)):
        return None
    return "a platform, a show, a shop or a thing (named in many articles, never 'he' or 'she', no role)"


def known_surname(short: ShortForm) -> bool:
    """Whether a full name of the store with this surname is named in several articles."""
    return any(len(c.articles) >= MIN_ARTICLES for c in short.clusters)


def particle_lowered(name: str, text: str) -> str:
    """A surname's particle as the text writes it inside the sentence ("von Tessel"), where the
    name was found opening one ("Von Tessel had been headed home")."""
    first, _, rest = name.partition(" ")
    lowered = f"{first.lower()} {rest}"
    if rest and first[:1].isupper() and first.lower() in PARTICLES and lowered in text:
        return lowered
    return name
