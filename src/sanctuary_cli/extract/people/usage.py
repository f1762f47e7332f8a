"""How a corpus writes a name that no full name claims: a person's, or a shop's, a platform's, a word's.

A one-word "person" the tagger found ("Chirpr", "Vossberg's") is read back in the
articles that name it. A person is the subject of a sentence, is named with a pronoun,
owns things ("Vossberg's mother"); a platform is written "on Chirpr", "a Chirpr page",
"her Chirpr"; a shop or an outlet named after its founder is written with the founder's
"'s" every time ("dinner at Vossberg's", "Vossberg's reports"); an outlet "reports".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from sanctuary_cli.extract.people.given import common_surname, first_name_gender, known_given_name
from sanctuary_cli.extract.people.names import PARTICLES, facility_word, name_rules
from sanctuary_cli.extract.people.written import title_word
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.resources import read_tsv

NEXT_CAPITAL = re.compile(r" [A-Z][a-z]")
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# a newsroom's people: "an editor at Chirpline", "Chirpline writer Ada Quillon" (a person has aides, not editors)
_STAFF = r"(?:editor|editor-in-chief|writer|reporter|blogger|staffer|commenter)s?"
# "told Chirpline", "according to Chirpline", "an editor at Chirpline", "wrote into Chirpline", and a
# publication's: "the cover of Chirpline", "an essay for Chirpline", "the pages of Chirpline"
SOURCE_BEFORE = re.compile(
    rf"(?:\btold|\baccording to|\b{_STAFF}\s+(?:at|of|for|on)|\bworked at|\bwrote into|\bthe cover of"
    rf"|\b(?:article|essay|column|op-ed)\s+(?:for|in)|\b(?:issue|pages) of)\s+$",
    re.IGNORECASE,
)
# "Chirpline reports", "as Chirpline points out", "Chirpline, which ran the photos" (a person is "who")
REPORTS = re.compile(rf"(?:\s+(?:reports|reported|notes|first reported|points out|pointed out|{_STAFF})|,\s+which)\b")
RUNS_ON = re.compile(r" ([A-Z][A-Za-z.]*)")
OPENS_ASIDE = re.compile(r"\($")
# "(Laughter.)", "(Laughter and applause.)": a stage direction, not a name in a sentence ("[Quillon]",
# an editor's word in a quote, is a person's)
CLOSES_ASIDE = re.compile(r"(?:\s+and\s+[a-z]+)?\.?\)")
WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
# a lower-case word after a name that is no preposition, conjunction or verb of saying: a noun it modifies
_FIRST_WORD = re.compile(r"\s+([a-z]+)")
MODIFIES = re.compile(
    r"\s+(?!(?:on|in|at|to|for|and|or|but|is|was|has|had|will|said|says|that|which|with|from)\b)[a-z]"
)
# "the groundhog Ollie", "rock band the Lanterns", "a cat named Ollie", "a band called the Lanterns"
# "the groundhog Ollie", "a cat named Ollie", "chains like Vossco", "retailers such as Vossco"
KIND_BEFORE = re.compile(r"\b([a-z]+?)s?,?\s+(?:(?:named|called|like|such\s+as)\s+)?(?:the\s+)?$")
# "Ollie is a naturally large cat with ...", "Ollie was a rescue dog." : a name said to be its noun
KIND_IS = re.compile(
    r"\s+(?:is|was)\s+(?:a|an)\s+(?:[a-z'’-]+\s+){0,3}?([a-z]+?)s?(?=\s*[,.;:)!?]|\s+(?:with|who|that|which|named)\b)"
)
PART_OF = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?$")  # "the finale of Harbor Nights"
# "Ollie, the zoo's first groundhog.", "Ollie, the beloved Orrin Park Zoo groundhog whose ...": an
# appositive of a few words that ends in its noun
KIND_AFTER = re.compile(
    r",\s+(?:the|a|an|their|its|our|his|her|this)\s+((?:(?!(?:of|with|for|from|who|whose|that|to|by)\b)"
    r"[\w'’-]+\s+){0,5}?)([a-z]+?)s?\s*(?:[,.;:)!?]|\s(?:who|whose|that|which|was|is|has|had)\b)"
)

# "Last year, Ollie the Orrin Park groundhog died": the same without a comma, where the name opens a clause
KIND_AFTER_BARE = re.compile(
    r"\s+the\s+((?:(?!(?:of|with|for|from|who|whose|that|to|by)\b)[\w'’-]+\s+){0,5}?)([a-z]+?)s?"
    r"\s*(?:[,.;:)!?]|\s(?:who|whose|that|which|was|is|has|had|[a-z]+ed)\b)"
)

# "Chirpquest 3 sold out", "the new Vossphone 6.": a sequel's or a model's number, not a score ("Quillon 35")
# nor an age or a date ("Quillon, 3", "March 3, 2012")
NUMBERED = re.compile(r" [2-9](?![\d.,:/-]?\d)\b")
SHARES_IN = re.compile(r"\b(?:shares|stock|stake)\s+(?:in|of)\s+$", re.IGNORECASE)  # "Shares in Orrincorp fell"
# "co-founded Copper Lantern", "the frontman for Copper Lantern": a band's or a body's name (no one is founded)
FOUNDED_OR_FRONTED = re.compile(
    r"\b(?:co-?founded|founded|(?:front(?:man|woman)|lead singer)\s+(?:of|for))\s+$", re.IGNORECASE
)
# "Vossco car service": a noun the name modifies (not "told Ollie the dog was ill": a noun phrase of its own)
NOUN_AFTER = re.compile(r"\s+(?!(?:the|a|an)\b)([a-z]+)(?:\s+([a-z]+))?\b")


@dataclass(frozen=True)
class WordUse:
    """How the articles that name a one-word "person" write that word."""

    capitalised: int = 0  # as a name, capitalised, not opening a sentence
    after_place_word: int = 0  # of those, right after "at", "on", "from", "via", or before "users", "account"
    lower: int = 0  # in lower case, as a common word
    in_longer_name: int = 0  # capitalised, with a capitalised word right after ("Yale University")
    after_determiner: int = 0  # right after "a", "the", "her", "free" (and not a possessive)
    possessive: int = 0  # with "'s" right after
    reported: int = 0  # followed by "reports" or ", which", or after "told" or "according to", as an outlet;
    # or beside its newsroom's people ("an editor at Chirpline", "Chirpline writer Ada Quillon")
    thing_tags: int = 0  # times the parser tagged the word alone anything but a person (a body, a place, a work)
    person_tags: int = 0  # ... and a person
    opener_thing_tags: int = 0  # for a name of several words, times the parser tagged its first word alone
    opener_person_tags: int = 0  # ... an organisation, a people or a place ("Tessco" of "Tessco Lens"), and a person
    in_body_name: int = 0  # capitalised, running on into a place's or body's word ("... Foundation")
    aside: int = 0  # alone in brackets, as a transcript's stage direction: "(Laughter.)", "(Applause)"
    of_a_kind: int = 0  # right after an animal's, a statue's or a band's noun, or one in apposition, or
    # after "the finale of", "the cast of" (a show's)
    of_a_body: int = 0  # right after a company's, an outlet's or a website's noun, or one in apposition
    articles: int = 0  # articles that name it
    gendered: int = 0  # ... of which refer to it as "he" or "she"
    store_person_articles: int = 0  # articles of the whole store where the parser tags the word alone a person
    store_body_articles: int = 0  # ... and a company, a product, a work or a building
    ends_longer_name: int = 0  # capitalised, right after a capitalised word no given name or title ("Oholei Tessa")
    web_address: int = 0  # written in lower case as a web address ("pic.chirpr.com"): a website's
    numbered: int = 0  # capitalised, with a digit after it as a sequel or a model has ("Chirpquest 3")
    hashtag: int = 0  # capitalised, right after "#" ("#HarborNights"): a hashtag, a show's or a cause's
    tail_lower: int = 0  # for a name of three words or more, its words after the first written in lower case
    # as a phrase ("their tinned peppers" of "Orrin Tinned Peppers"): a product named after its maker
    places_name: bool = False  # one word, the name of a city or town the gazetteer holds ("Montauk")
    owned_longer: int = 0  # of ``in_longer_name``, with "'s" between: "Vossberg's Day", "Quillon's Empire" (a work)
    given_name: bool = False  # a listed given name ("Sam"), which shops are named after too ("Sam's Falafel")
    quoted: int = 0  # of ``capitalised``, alone in double quotes: a title ('the "Pamela" episodes')
    news_site: bool = False  # one word, a news website's name, no given name or common surname ("Chirpline")


def word_use(word: str, texts: Iterable[str]) -> WordUse:
    """Count the uses of ``word`` in these texts (see :class:`WordUse`; the tags are the caller's)."""
    rules = name_rules()
    kinds = (
        "capitalised", "after", "longer", "determiner", "possessive", "reported", "lower", "body", "kind", "aside",
        "ends", "numbered", "hashtag", "owned", "quoted",
    )
    counts = dict.fromkeys(kinds, 0)
    of_a_body = 0
    lower_word = word.lower()
    web = 0
    tail = _tail(word)
    tail_lower = 0
    for text in texts:
        tail_lower += sum(bool(WORD_BEFORE_LOWER.search(text, max(0, at - 20), at)) for at, _ in _phrases(text, tail))
        web += _web_names(text)[lower_word]
        counts["lower"] += sum(text[end : end + 1] not in ("'", "’") for _, end in _whole_words(text, lower_word))
        for start, end in _whole_words(text, word):
            before = text[max(0, start - 16) : start]
            if opens_a_sentence(before):
                # a sentence's first word tells nothing, unless the sentence says what it is ("Ollie is a
                # cat.", "Ollie, the zoo's groundhog, died")
                kind = _said_to_be(text, end, rules.kind_nouns) or _kind_aside(text, end, rules.kind_nouns, start)
                counts["kind"] += kind
                continue
            counts["capitalised"] += 1
            possessive = POSSESSIVE_AFTER.match(text, end)
            previous = WORD_BEFORE.search(before)
            previous_word = previous.group(1) if previous else ""
            counts["possessive"] += bool(possessive)
            follows = text[possessive.end() if possessive else end :][:12]
            next_word = _FIRST_WORD.match(follows)
            platform = next_word is not None and next_word.group(1) in rules.platform_after  # "Chirpr users"
            counts["after"] += not possessive and (previous_word in _place_words() or platform)
            # "her Chirpr.", "a Chirpr on", but not "the Vossberg administration" (a name before a noun)
            head = not possessive and not MODIFIES.match(follows)
            counts["determiner"] += previous_word in rules.thing_before and head
            # "Chirpline reports", "told Chirpline", "according to Chirpline", "worked at Chirpline": a source
            source = SOURCE_BEFORE.search(text, max(0, start - 30), start)  # "the editor-in-chief of"
            counts["reported"] += bool(REPORTS.match(follows)) or bool(source)
            # "Vossberg University", and "Vossberg's Day" (a holiday), but not "Vossberg's Aide Said"
            longer = bool(NEXT_CAPITAL.match(text, possessive.end() if possessive else end))
            counts["longer"] += longer
            counts["owned"] += longer and bool(possessive)
            runs_on = RUNS_ON.match(text, end)  # "the Tessa Lindqvist Foundation"
            counts["body"] += runs_on is not None and facility_word(runs_on.group(1))
            counts["kind"] += _a_kind_here(text, start, end, before, rules.kind_nouns)
            of_a_body += _of_a_kind(text, start, end, rules.body_nouns) or bool(SHARES_IN.search(before))
            counts["aside"] += _in_brackets(text, before, end)
            counts["quoted"] += _in_quotes(text, before, end)
            counts["ends"] += _after_a_names_word(text, before, word)
            counts["numbered"] += bool(NUMBERED.match(text, end))
            counts["hashtag"] += before.endswith("#")
    return WordUse(
        counts["capitalised"], counts["after"], counts["lower"], counts["longer"], counts["determiner"],
        counts["possessive"], counts["reported"], in_body_name=counts["body"], of_a_kind=counts["kind"],
        aside=counts["aside"], of_a_body=of_a_body, ends_longer_name=counts["ends"], web_address=web,
        numbered=counts["numbered"], hashtag=counts["hashtag"], tail_lower=tail_lower,
        places_name=_a_places_name(word), owned_longer=counts["owned"], given_name=known_given_name(word),
        news_site=a_news_sites_name(word),
        quoted=counts["quoted"],
    )


def _in_brackets(text: str, before: str, end: int) -> bool:
    """Whether a word stands alone in brackets: "(Laughter.)", "(Applause and cheers)"."""
    return bool(OPENS_ASIDE.search(before)) and bool(CLOSES_ASIDE.match(text, end))


def _in_quotes(text: str, before: str, end: int) -> bool:
    """Whether a word stands alone in double quotes: 'the "Pamela" episodes'."""
    return before.endswith(('"', "“")) and text[end : end + 1] in ('"', "”")


@cache
def _news_sites() -> frozenset[str]:
    """The names news websites go by (``resources/news_sites.tsv``, lower case)."""
    return frozenset(row["name"] for row in read_tsv("news_sites.tsv"))


def a_news_sites_name(word: str) -> bool:
    """Whether a one-word name is a news website's ("Gawker", "Jezebel"), and no listed given name or
    common surname: a person who shares a site's name is seldom written so often ("Forbes", a surname)."""
    folded = word.casefold()
    return folded in _news_sites() and not known_given_name(folded) and not common_surname(folded)


def _a_places_name(word: str) -> bool:
    """Whether a one-word name is a city's or a town's the gazetteer holds."""
    name = gazetteer.key(word)
    return " " not in word and (name in gazetteer.places_by_name() or bool(gazetteer.towns_named(name)))


WEB_DOMAINS = (".com", ".net", ".org")
TAIL_NAME_WORDS = 3  # a name of this many words or more may end in a product's common words ("Tinned Peppers")
WORD_BEFORE_LOWER = re.compile(r"\b[a-z]+ \Z")  # "their tinned peppers": a phrase inside a sentence


def _phrases(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    return _whole_words(text, phrase) if phrase else iter(())


def _tail(name: str) -> str:
    """A long name's words after its first, in lower case, when none is a surname's particle ("bin",
    "van"): what a product named after its maker is called in a sentence ("tinned peppers"); else ""."""
    words = name.split()[1:]
    if len(words) + 1 < TAIL_NAME_WORDS or any(w.lower() in PARTICLES or not w.isalpha() for w in words):
        return ""
    return " ".join(words).lower()


@lru_cache(maxsize=256)
def _web_names(text: str) -> Counter[str]:
    """The names a text writes as web addresses ("chirpr" of "pic.chirpr.com"), each with its count
    (read once per text: the same few articles are asked about many words)."""
    found: Counter[str] = Counter()
    for domain in WEB_DOMAINS:
        at = text.find(domain)
        while at >= 0:
            start = at
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
                start -= 1
            found[text[start:at]] += 1
            at = text.find(domain, at + len(domain))
    return found


CAPITAL_BEFORE = re.compile(r"\b([A-Z][a-z]+)(\s+(?:(?:and|&)\s+)?)\Z")


def _after_a_names_word(text: str, before: str, name: str) -> bool:
    """Whether the text before a name ends in a capitalised word that is no given name and no title,
    and that the text writes nowhere else: the name ends a longer one ("at Oholei Tessa", a school's, or
    the work "Ashes and Tessa"), not a person's given name ("Cersei" of "Cersei Tessa", written alone as
    well) before it. A surname before "and" is another person's ("Hall and Tessa", a duo)."""
    m = CAPITAL_BEFORE.search(before)
    if m is None:
        return False
    word, joiner = m.group(1), m.group(2)
    if first_name_gender(word) is not None or title_word(word):
        return False
    if joiner.strip() and (known_given_name(word) or common_surname(word)):
        return False
    if not joiner.strip() and opens_a_sentence(before[: m.start()]):
        return False  # "Then Tessa": a sentence's first word (a work's opens one too: "Ashes and Tessa is")
    together = re.findall(rf"\b{re.escape(word)}\s+(?:(?:and|&)\s+)?{re.escape(name)}\b", text)
    return text.count(word) == len(together)


def part_of_a_work(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "the finale of", "season two of": a show's or a film's."""
    before = PART_OF.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) in name_rules().part_of_a_work


def _a_kind_here(text: str, start: int, end: int, before: str, nouns: frozenset[str]) -> bool:
    """Whether this use of a name writes it as an animal's, a band's or a work's (see :func:`_of_a_kind`,
    :func:`part_of_a_work`), or as something founded or fronted."""
    return _of_a_kind(text, start, end, nouns) or part_of_a_work(text, start) or bool(FOUNDED_OR_FRONTED.search(before))


def _of_a_kind(text: str, start: int, end: int, nouns: frozenset[str], noun_after: bool = True) -> bool:
    """Whether the name at ``start:end`` comes right after one of these nouns ("the groundhog Ollie",
    "a cat named Ollie"), takes one as an appositive ("Ollie, the zoo's groundhog,"), is said to be
    one ("Ollie is a large cat.") or, with ``noun_after``, modifies one ("the Vossco shop")."""
    before = KIND_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1) in nouns:
        return True
    if _kind_aside(text, end, nouns, start):
        return True
    if _said_to_be(text, end, nouns):
        return True
    then = NOUN_AFTER.match(text, end, end + 30) if noun_after else None  # "the Vossco car service"
    return then is not None and any(_singular(word) in nouns for word in then.groups() if word)


def _singular(noun: str) -> str:
    """The noun without a plural's "s" ("locations": "location"); "bus" and "glass" stay."""
    return noun[:-1] if noun.endswith("s") and not noun.endswith(("ss", "us")) else noun


def _kind_aside(text: str, end: int, nouns: frozenset[str], start: int | None = None) -> bool:
    """Whether the name ending at ``end`` takes an appositive ending in one of these nouns ("Ollie, the
    zoo's groundhog,"), or, opening a clause (its ``start`` after a comma or a sentence's end) or after
    a preposition, one without a comma ("Last year, Ollie the zoo's groundhog died", "the death of Ollie the
    zoo's groundhog", "we wrote about Ollie the tortoise": not "she told Ollie the dog was ill")."""
    after = KIND_AFTER.match(text, end, end + 80)
    if after is not None and after.group(2) in nouns:
        return True
    if start is None:
        return False
    before = text[max(0, start - 16) : start]
    if not (opens_a_sentence(before) or before.rstrip().endswith(",") or AFTER_A_PREPOSITION.search(before)):
        return False
    bare = KIND_AFTER_BARE.match(text, end, end + 80)
    return bare is not None and bare.group(2) in nouns


AFTER_A_PREPOSITION = re.compile(r"\s(?:of|about|with|for|from|by)\s$")  # "a story about Ollie the groundhog"


def written_as_an_animals(word: str, text: str) -> bool:
    """Whether the text writes a name as an animal's: after an animal's noun ("her dog Ollie"), with
    one in apposition ("Ollie the tortoise", "Ollie, the zoo's groundhog,") or said to be one; not
    before one ("the Quillon family dog" is the family's), nor as a word's part ("salty dog Quillon-mails")."""
    nouns = name_rules().animal_nouns
    return any(
        _of_a_kind(text, start, end, nouns, noun_after=False)
        for start, end in _whole_words(text, word)
        if text[end : end + 1] != "-"
    )


def _said_to_be(text: str, end: int, nouns: frozenset[str]) -> bool:
    """Whether the name ending at ``end`` is said to be one of these nouns ("Ollie is a large cat.")."""
    said = KIND_IS.match(text, end, end + 50)
    return said is not None and said.group(1) in nouns


def _whole_words(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Where ``word`` stands whole in ``text``, as ``re`` reads ``\\bword\\b``, without a pattern
    compiled per word (a store's resolution reads hundreds of words, and compiling each
    pattern cost more than the search)."""
    start = text.find(word)
    while start >= 0 and word:
        end = start + len(word)
        if _boundary(text, start) and _boundary(text, end):
            yield start, end
            start = text.find(word, end)
        else:
            start = text.find(word, start + 1)


def _boundary(text: str, at: int) -> bool:
    """Whether a word starts or ends at ``at``: a word character on one side only (``re``'s ``\\b``)."""
    return _word_char(text[at - 1 : at]) != _word_char(text[at : at + 1])


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


@cache
def _place_words() -> frozenset[str]:
    """Prepositions before a place, a shop or a platform ("at", "on", "from"), as the corpus writes
    them: "a house off Orrinport", "bars around Orrinport", "buses across Orrinport"."""
    return name_rules().platform_before | {"in", "from", "to", "near", "off", "around", "across", "throughout"}


def opens_a_sentence(before: str) -> bool:
    """Whether the text before a word ends a sentence (an initial's period, "Susan G.", does not)."""
    stripped = before.rstrip(" \"“'‘")
    if not stripped.strip():
        return True
    if stripped[-1] in {"!", "?", "\n", ":"}:
        return True
    return stripped[-1] == "." and not re.search(r"(?:^|\s)[A-Z]\.$", stripped)
