"""A given name alone, in a story that never writes the full name, read by the company it keeps.

"Ada, Bram Orwell and Quillon debated" names people the reader knows: the store names
"Ada Tessel" with "Bram Orwell" and "Zed Quillon" again and again, and no other
Ada with them. So the given name alone joins the store's bearer of that name (or of
its usual form: "Mike" for "Michael") whose stories name the people this story names:

- each other person the story names ties the word to a bearer by the share of that
  person's articles that also name the bearer ("Zed Quillon" in 40 articles, 12 of
  them with "Ada Tessel": 0.3); another given name alone ("Bram") ties by the same word
  alone in the bearer's stories (not by its bearers: "Jack" may be any Jack);
- at least ``SHARED`` of the story's people must tie, each by ``MIN_TIE`` or more in two
  of the bearer's articles (or ``WIDE`` of them in one: the cast of a show written about
  seldom), and the bearer's ties must add up to ``LEAD`` times any other bearer's;
- a bearer named in full in the same story by another form of the given name ("Mike"
  where the story writes "Michael Tessel", the only Michael there) is that bearer, when
  one of the story's people ties them too;
- a bearer the store's stories call by the word alone far more than any other is that
  bearer, on the same condition (one person tied in one article will do where the store
  calls only them so, story after story: "Don" of a drama's lead);
- a bearer who holds nearly all the store's full names of the word ("Quillona Reyes" in
  nine stories, no other Quillona in more than one; or in three, no other Quillona at all)
  is that bearer, when one of the story's people is named with them in ``NAMED_WITH``
  other stories, or two in one each, or in half their other stories;
- two given names alone in one sentence ("Ada and Bram came down") are the two bearers,
  one of them the store's bearer of their word, who are each other's regular company;
- the one bearer the store's stories call by the word alone, in several of them, is the word's
  bearer anywhere (a listed given name only when that bearer holds nearly all its full names).

Otherwise the word stays apart: a pet, a child, another Ada in another story.

A word no name list holds is read so too when the store writes it only as a full name's
first word and never as one's last ("Zarrok" of "Zarrok Vantheel", a character of a
saga): a given name of its own, not a surname.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from sanctuary_cli.extract.people.given import fold as _fold
from sanctuary_cli.extract.people.given import known_given_name, listed_short_form, names_shortened_to, short_forms
from sanctuary_cli.extract.people.groups import unite
from sanctuary_cli.extract.people.names import split_name

SHARED = 2  # people of the story tying the word to one bearer, at least ...
MIN_TIE = 0.1  # ... each by this share of their articles naming the bearer
SUPPORT = 2  # ... and named with the bearer in this many of its articles
WIDE = 3  # or this many people of the story, each named with the bearer in one of its articles
CAST_STORIES = 2  # ... of the very word, or of another form of it ("Walt" of Walter) named in this many stories
KNOWN_ALONE = 2  # articles writing the word alone for one bearer: the store's name for them
CLOSE_TIE = 0.5  # ... or one person of the story named with that bearer in this share of their articles
WELL_KNOWN = 4  # articles writing the word alone for one bearer and for no other: one tie in one article will do
LEAD = 2.0  # the bearer's ties (or articles calling them by the word) this many times any other's
DOMINANT_SHARE = 0.9  # a bearer named in this share of the articles of the word's full names ...
DOMINANT_ARTICLES = 4  # ... and in this many of them is the store's bearer of the word
SOLE_ARTICLES = 3  # ... or, the word's one bearer, in this many
NAMED_WITH = 3  # one person of the story named with that bearer in this many other articles ...
PAIR_SUPPORT = 2  # two given names alone: their bearers named together in this many other articles ...
PAIR_SHARE = 1 / 3  # ... and in this share of the articles of the less written one
NAMED_ALONE = 3  # articles writing the word alone for one bearer, and for no other: the store's name for them ...
NAMED_ALONE_SHARE = 0.85  # ... and, a listed given name, in this share of the articles of its full names
CAST = 3  # one word alone in two stories naming this many of the same people is one person


@dataclass(frozen=True)
class Link:
    """One article's person: the row's key there, its person's id and name, a role or not, forms, mentions."""

    article: str
    key: str
    pid: str
    name: str
    role: bool = False
    aliases: tuple[str, ...] = ()
    mentions: int = 0


@cache
def _forms() -> dict[str, frozenset[str]]:
    """Given name (folded) -> every name it is another form of, itself included ("mike" -> michael)."""
    found: dict[str, set[str]] = defaultdict(set)
    for name, forms in short_forms().items():
        found[name] |= {name, *forms}
    for form, names in names_shortened_to().items():
        found[form] |= {form, *names}
    return {name: frozenset(forms) for name, forms in found.items()}


def forms_of(word: str) -> frozenset[str]:
    """The given names a word may stand for: itself and its usual forms."""
    return _forms().get(word, frozenset({word}))


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """A name folded (see :func:`given.fold`), once per name: the store repeats them."""
    return _fold(text)


def _token(link: Link) -> str:
    """A person of an article as compared: a full name's person id, or "=word" for a name of one word."""
    return link.pid if " " in link.name else f"={fold(link.name)}"


def _given(name: str) -> str:
    return fold(name.split()[0]).strip(".")


@dataclass
class _Store:
    tokens: dict[str, set[str]]  # article -> the tokens of its people
    articles: dict[str, set[str]]  # token -> its articles
    bearers: dict[str, set[str]]  # given name -> the full-name person ids opening with it
    known: dict[str, Counter[str]]  # given name -> full-name person id -> articles writing it alone for them
    dominant: dict[str, str | None] = field(default_factory=dict)  # given name -> its store's bearer, once asked
    # (article, person id) -> the first words of the full names the article writes for the person
    openers: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))

    def ties(self, bearer: str, others: Iterable[str], article: str) -> list[tuple[float, int]]:
        """How strongly each of the story's other people ties the word to this bearer: the share of
        that person's articles naming the bearer, and in how many of the bearer's articles."""
        own = self.articles.get(bearer, set()) - {article}
        found = []
        for token in others:
            seen = len(self.articles[token] & own)
            found.append((seen / len(self.articles[token]), seen))
        return found

    def strength(
        self, bearer: str, others: Iterable[str], article: str, shared: int = SHARED, support: int = SUPPORT
    ) -> float:
        """The bearer's ties added up, counting only those of ``MIN_TIE`` or more seen in
        ``support`` of its articles; 0 unless ``shared`` of them."""
        ties = self.ties(bearer, others, article)
        strong = [t for t, seen in ties if t >= MIN_TIE and seen >= support]
        return sum(strong) if len(strong) >= shared else 0.0


def given_name_links(links: Iterable[Link]) -> dict[tuple[str, str], str]:
    """(article, key) of a given name alone -> the person id of the bearer it is (see the module)."""
    every = list(links)
    store = _store_of(every)
    closing = {fold(link.name).split()[-1] for link in every if " " in link.name}
    given_of = {link.pid: _given(link.name) for link in every if " " in link.name}
    found = {}
    for link in every:
        word = fold(link.name)
        if " " in link.name or link.role or not _a_given_name(word, store, closing):
            continue
        bearers = sorted({b for form in forms_of(word) for b in store.bearers.get(form, ())})
        chosen = _written_here(link, word, bearers, store) or _by_company(link, bearers, store)
        chosen = chosen or _by_usage(link, word, bearers, store) or _by_dominance(link, word, store)
        chosen = chosen or _by_pair(link, word, store) or _the_stores_name(word, store)
        # "William" alone is no bearer the store names by a short form of it: no story calls Bill Tessel so
        if chosen is not None and not listed_short_form(word, given_of.get(chosen, word)):
            found[(link.article, link.key)] = chosen
    return found


def _store_of(links: list[Link]) -> _Store:
    """The store's people by article, their articles, and its full names by given name."""
    store = _Store(defaultdict(set), defaultdict(set), defaultdict(set), defaultdict(Counter))
    for link in links:
        token = _token(link)
        store.tokens[link.article].add(token)
        store.articles[token].add(link.article)
        if " " in link.name:
            if split_name(link.name).given:  # "Walt Jr." is a given name and a suffix: nobody's full name
                store.bearers[_given(link.name)].add(link.pid)
            for alone in {fold(a) for a in (link.key, *link.aliases) if " " not in a}:
                store.known[alone][link.pid] += 1
            store.openers[(link.article, link.pid)] |= {_given(a) for a in link.aliases if " " in a}
    return store


def _a_given_name(word: str, store: _Store, closing: set[str]) -> bool:
    """Whether a one-word name is read as a given name: a listed one, or a word the store writes
    as a full name's first word and never as its last ("Zarrok" of "Zarrok Vantheel")."""
    return known_given_name(word) or (word in store.bearers and word not in closing)


def _written_here(link: Link, word: str, bearers: list[str], store: _Store) -> str | None:
    """The one bearer the story names by another form of the given name ("Michael Tessel" for
    "Mike") or by the surname alone ("Tessel", found to be Ada Tessel, beside "Ada"), when the
    story's other people tie the word to them too (see :func:`_tied`): a character beside the actor
    who plays them is not tied. A bearer it writes in full with the very word was kept apart by the
    article's own reading."""
    here = [b for b in bearers if b in store.tokens[link.article]]
    if len(here) != 1 or word in store.openers[(link.article, here[0])]:
        return None
    return here[0] if _tied(link, here[0], store) else None


def _by_company(link: Link, bearers: list[str], store: _Store) -> str | None:
    """The bearer the story's other people tie the word to, clearly ahead of any other (see the
    module). Bearers of the very word are asked first; those of its other forms only if none ties."""
    others = sorted(store.tokens[link.article] - {_token(link)})
    word = fold(link.name)
    exact = store.bearers.get(word, set())
    for tier in ([b for b in bearers if b in exact], [b for b in bearers if b not in exact]):
        # a cast written about seldom ties the very word, or another form of it to a bearer of two stories
        # or more; not "Peggy" to an actress named Margaret in passing in one recap of the show
        scores = {b: store.strength(b, others, link.article)
                  or (_widely_tied(b, others, link.article, store) if _cast(b, word, exact, store) else 0.0)
                  for b in tier}
        if not any(scores.values()):
            continue
        best = min(scores, key=lambda b: (-scores[b], b))
        weak = [sum(t for t, _ in store.ties(b, others, link.article)) for b in bearers if b != best]
        return best if scores[best] >= LEAD * max(weak, default=0.0) else None
    return None


def _cast(bearer: str, word: str, exact: Collection[str], store: _Store) -> bool:
    """Whether a seldom-written cast may tie the word to the bearer: a bearer of the very word, or one
    the store names in two stories or writes the word for."""
    return bearer in exact or len(store.articles[bearer]) >= CAST_STORIES or bool(store.known[word][bearer])


def _widely_tied(bearer: str, others: list[str], article: str, store: _Store) -> float:
    """The bearer's ties (see :meth:`_Store.strength`) when ``WIDE`` of the story's other people
    are each named with them in one other article: a cast written about seldom."""
    return store.strength(bearer, [o for o in others if o != bearer], article, shared=WIDE, support=1)


def _by_usage(link: Link, word: str, bearers: list[str], store: _Store) -> str | None:
    """The bearer the store's stories call by the word alone ("Ada" for Ada Tessel, in
    ``KNOWN_ALONE`` of them or more, ``LEAD`` times as many as any other bearer), when one of
    this story's people ties the word to them in two of their articles, or two people in one
    (see :meth:`_Store.strength`)."""
    known = sorted(bearers, key=lambda b: (-store.known[word][b], b))
    if not known or store.known[word][known[0]] < KNOWN_ALONE:
        return None
    if len(known) > 1 and store.known[word][known[0]] < LEAD * store.known[word][known[1]]:
        return None
    if _tied(link, known[0], store) or _closely_tied(link, known[0], store):
        return known[0]
    return known[0] if _well_known(word, known, store) and _tied_once(link, known[0], store) else None


def _well_known(word: str, known: list[str], store: _Store) -> bool:
    """Whether the store writes the word alone for its first known bearer in ``WELL_KNOWN`` articles
    or more, and for no other bearer at all: "Don" of a drama's lead in recap after recap."""
    counts = store.known[word]
    return counts[known[0]] >= WELL_KNOWN and not any(counts[b] for b in known[1:])


def _tied_once(link: Link, bearer: str, store: _Store) -> bool:
    """Whether one of the story's other people is named with the bearer in one other article, in
    ``MIN_TIE`` of that person's articles or more."""
    others = sorted(store.tokens[link.article] - {_token(link)} - {bearer})
    return bool(store.strength(bearer, others, link.article, shared=1, support=1))


def _the_stores_name(word: str, store: _Store) -> str | None:
    """The one bearer the store's stories call by the word alone, in ``NAMED_ALONE`` of them or
    more, and no other bearer so: the store's name for them ("Cersei" of a saga's queen). A
    listed given name ("Hillary") must also be theirs in ``NAMED_ALONE_SHARE`` of the articles
    naming anyone of that given name in full: a Mark or an Andrew of the store is seldom the one."""
    known = store.known.get(word)
    if not known or len(known) != 1:
        return None
    [(bearer, count)] = known.items()
    if count < NAMED_ALONE:
        return None
    if known_given_name(word):
        named = {b: len(store.articles[b]) for b in store.bearers.get(word, ())}
        if named.get(bearer, 0) < NAMED_ALONE_SHARE * sum(named.values()):
            return None
    return bearer


def _closely_tied(link: Link, bearer: str, store: _Store, elsewhere: bool = False) -> bool:
    """Whether one of the story's other people, named in full, is named with the bearer in
    ``CLOSE_TIE`` of their articles or more, this one counted (or, ``elsewhere``, of their other
    articles): the actor who plays a character the store calls by the word, in a story of the actor
    ("Jon Tessel kept calling them 'Ada'")."""
    others = sorted(t for t in store.tokens[link.article] - {_token(link), bearer} if not t.startswith("="))
    ties = store.ties(bearer, others, link.article)
    if elsewhere:
        ties = [(seen / max(1, len(store.articles[o]) - 1), seen) for o, (_, seen) in zip(others, ties, strict=True)]
    return any(t >= CLOSE_TIE and seen >= 1 for t, seen in ties)


def _tied(link: Link, bearer: str, store: _Store) -> bool:
    """Whether one of the story's other people is named with the bearer in two of its other
    articles, or two of them in one (see :meth:`_Store.strength`)."""
    others = sorted(store.tokens[link.article] - {_token(link)} - {bearer})
    return bool(store.strength(bearer, others, link.article, shared=1)
                or store.strength(bearer, others, link.article, support=1))


def same_cast_links(links: Iterable[Link], moved: Collection[tuple[str, str]] = ()) -> dict[tuple[str, str], str]:
    """(article, key) of a one-word name that is a person of its article alone -> the person id of
    the same word in other stories that name ``CAST`` or more of the same people: "Hank" in three
    recaps of one show, each naming Skyler, Jesse and Heisenberg, is one character, whom no story
    names in full. The rows ``moved`` elsewhere already are left out."""
    every = list(links)
    store = _store_of(every)
    articles: dict[str, set[str]] = defaultdict(set)
    for link in every:
        articles[link.pid].add(link.article)
    by_word: dict[str, list[Link]] = defaultdict(list)
    for link in every:
        if " " not in link.name and len(articles[link.pid]) == 1 and (link.article, link.key) not in moved:
            by_word[fold(link.name)].append(link)
    pairs: list[tuple[str, str]] = []
    for word, alone in sorted(by_word.items()):
        for i, a in enumerate(alone):
            for b in alone[i + 1:]:
                if len(store.tokens[a.article] & store.tokens[b.article] - {f"={word}", a.pid, b.pid}) >= CAST:
                    pairs.append((a.pid, b.pid))
    order = {pid: i for i, pid in enumerate(sorted({pid for pair in pairs for pid in pair}))}
    joined = unite(pairs, order.__getitem__)  # the first id in sorted order is kept
    return {(x.article, x.key): joined[x.pid] for alone in by_word.values() for x in alone if x.pid in joined}


def relinks(links: Iterable[Link], merged: Mapping[str, str]) -> list[Link]:
    """The links with each merged person's id replaced by the id of the person it joined."""
    return [replace(x, pid=merged.get(x.pid, x.pid)) for x in links]


def _dominant(word: str, store: _Store) -> str | None:
    """The bearer of the word named in ``DOMINANT_SHARE`` of the articles of its full names
    and in ``DOMINANT_ARTICLES`` or more: a rare given name the store gives one person."""
    if word not in store.dominant:
        store.dominant[word] = _most_written(word, store)
    return store.dominant[word]


def _most_written(word: str, store: _Store) -> str | None:
    bearers = store.bearers.get(word, set())
    counts = sorted(((len(store.articles[b]), b) for b in bearers), key=lambda x: (-x[0], x[1]))
    if not counts or counts[0][0] < DOMINANT_ARTICLES:
        return None
    return counts[0][1] if counts[0][0] >= DOMINANT_SHARE * sum(n for n, _ in counts) else None


def _by_dominance(link: Link, word: str, store: _Store) -> str | None:
    """The store's bearer of the word (see :func:`_dominant`; here also its one bearer, named in
    ``SOLE_ARTICLES``, though not when another word is read by its bearer), when one of the story's
    other people is named with them in ``NAMED_WITH`` of their other articles, or two in one each, or
    one is close to them (see :func:`_closely_tied`; the store's bearer of the word, in half their other
    articles); another given name alone counts by its own store's bearer. A namesake stays apart."""
    dominant = _dominant(word, store)
    bearer = dominant or _sole_bearer(word, store)
    if bearer is None:
        return None
    own = store.articles[bearer] - {link.article}
    seen = []
    for token in sorted(store.tokens[link.article] - {_token(link), bearer}):
        other = _dominant(token[1:], store) if token.startswith("=") else token
        if other is not None and other != bearer:
            seen.append(len(store.articles[other] & own))
    if max(seen, default=0) >= NAMED_WITH or sum(n > 0 for n in seen) >= 2:
        return bearer
    return bearer if _closely_tied(link, bearer, store, elsewhere=bearer == dominant) else None


def _sole_bearer(word: str, store: _Store) -> str | None:
    """The one bearer of the word the store names in full, when named in ``SOLE_ARTICLES`` or more."""
    bearers = store.bearers.get(word, set())
    if len(bearers) != 1:
        return None
    [bearer] = bearers
    return bearer if len(store.articles[bearer]) >= SOLE_ARTICLES else None


def _by_pair(link: Link, word: str, store: _Store) -> str | None:
    """The bearer of the word who, with a bearer of another given name alone in the story, makes
    the pair named together most (``PAIR_SUPPORT`` other articles or more, ``PAIR_SHARE`` of either's,
    ``LEAD`` times any other pair), one of the two the store's bearer of their word."""
    scores: Counter[tuple[str, str]] = Counter()
    for token in sorted(store.tokens[link.article] - {_token(link)}):
        if token.startswith("=") and token[1:] != word:
            scores.update(_pairs(word, token[1:], link.article, store))
    ranked = sorted(scores.items(), key=lambda x: (-x[1], x[0]))
    if not ranked or (len(ranked) > 1 and ranked[0][1] < LEAD * ranked[1][1]):
        return None
    return ranked[0][0][0]


def _pairs(word: str, other: str, article: str, store: _Store) -> dict[tuple[str, str], int]:
    """Each pair of bearers of the two words named together in ``PAIR_SUPPORT`` other articles
    or more and in ``PAIR_SHARE`` of either's, one of them the store's bearer of their word."""
    found = {}
    dominant = {_dominant(word, store), _dominant(other, store)} - {None}
    for bearer in sorted(store.bearers.get(word, ())):
        for theirs in sorted(store.bearers.get(other, ())):
            if bearer == theirs or not dominant & {bearer, theirs}:
                continue
            together = len(store.articles[bearer] & store.articles[theirs] - {article})
            fewer = min(len(store.articles[bearer]), len(store.articles[theirs]))
            if together >= PAIR_SUPPORT and together >= PAIR_SHARE * fewer:
                found[(bearer, theirs)] = together
    return found
