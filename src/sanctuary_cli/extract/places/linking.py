"""Which place each name of an article means: first the names that need no context, then the rest
by the article's states, counties and other places; small towns named in passing far from everything
else are left out."""

from __future__ import annotations

from collections import Counter

from sanctuary_cli.extract.places import gazetteer, gravity
from sanctuary_cli.extract.places.article import PROMINENT_CITY, Article, Mention, is_city_state_name
from sanctuary_cli.extract.places.dominance import DOMINANCE, named_within, prefer_the_dominant
from sanctuary_cli.extract.places.gazetteer import NEAR_KM, REGION_KM, Place
from sanctuary_cli.extract.places.strays import drop_stray_small_places, homes_of_teams, in_a_named_county
from sanctuary_cli.extract.places.towns import prefer_towns_nearby

SETTING_MENTIONS = 2  # the one state an article names this often is where its story happens
RIVAL_RATIO = 2  # namesakes within this ratio of each other's size are of about one size


def link(by_key: dict[str, list[Mention]], article: Article) -> dict[str, Place]:
    """The place each name means: first the names that need no context, then the rest with those as anchors."""
    linked: dict[str, Place] = {}
    _note_listed_states(by_key, article)
    for name_key, group in by_key.items():
        place = _unambiguous(group)
        if place is not None:
            linked[name_key] = place
    # Neighbourhoods named without doubt ("Jackson Heights") also tell where the article is, and so do the homes
    # of the teams it names ("a point in Harrison" in a story of the "New York Red Bulls")
    anchors = list(linked.values()) + [
        only[0]
        for name_key in by_key
        if len(only := gazetteer.places_by_name().get(name_key, ())) == 1 and only[0].section_of
    ] + homes_of_teams(article)
    # Two rounds: places settled by context in the first help settle the rest.
    for _ in range(2):
        for name_key, group in by_key.items():
            if name_key not in linked and not _qualifiers(group):
                # the other end of a trip ("from Newark to San Francisco") says nothing of where this end is
                ends = {linked.get(k) for m in group for k in m.trip_ends}
                place = _choose(group, [a for a in anchors if a not in ends], article, by_key)
                if place is not None:
                    linked[name_key] = place
        anchors = anchors + [p for p in linked.values() if p not in anchors]
    prefer_towns_nearby(linked, by_key, article, anchors)  # "bikers from Freehold ... a grill in Farmingdale"
    drop_stray_small_places(linked, by_key, article, [a for a in anchors if a.section_of])
    return linked


def _note_listed_states(by_key: dict[str, list[Mention]], article: Article) -> None:
    """Note, by sentence, each name that a state closes or opens the list of ("Brooklyn in Ohio")."""
    for name_key, group in by_key.items():
        for m in group:
            if m.list_state is not None:
                article.listed_states[m.sentence].add((name_key, m.list_state))


def _qualifiers(group: list[Mention]) -> list[str]:
    """The states written after the name's mentions (a list's next city is not among them)."""
    return [m.qualifier for m in group if m.qualifier is not None]


def listed_city(code: str, name_key: str, lists_on: bool) -> bool:
    """Whether a state spelled out after a name is the next city of a list instead ("New York"; an
    abbreviation, "Gardiner, NY", is always the state): it is a big city's name too, and the name has
    no place in that state, or the list goes on after it ("Boston, New York and Chicago") and the
    name's place there is far smaller than its best-known namesake (not the small upstate town) or
    only a small town while its best-known bearer is abroad. With no list going on, a state the name
    has a place in is its state ("Ithaca, New York, drew farmers")."""
    if not is_city_state_name(gazetteer.state_name_of().get(code, "")):
        return False
    candidates = gazetteer.places_by_name().get(name_key, ())
    there = _in_state(name_key, code)
    if there is None or not candidates:
        return there is None
    if not lists_on:
        return False
    if there not in candidates and candidates[0].abroad:
        return True  # "Paris, New York, London": a city abroad first, not a small town of the state
    return candidates[0] is not there and candidates[0].population >= DOMINANCE * there.population


def _in_state(name_key: str, state: str) -> Place | None:
    """The namesake in that state, a small town too ("Waverly, New York")."""
    found = next((p for p in gazetteer.places_by_name().get(name_key, ()) if p.state == state), None)
    return found if found is not None else gazetteer.town(name_key, state)


def _unambiguous(group: list[Mention]) -> Place | None:
    """The place when the name or a written state settles it without context."""
    name_key = group[0].key
    candidates = gazetteer.places_by_name().get(name_key, ())
    qualified = _qualifiers(group)
    alias = gazetteer.city_aliases().get(name_key)
    if alias is not None and (not qualified or alias[1] in qualified):
        return gazetteer.place(*alias)  # "NYC", "New York, NY"
    if qualified:
        state = Counter(qualified).most_common(1)[0][0]
        place = _in_state(name_key, state)
        return None if place is None or place.section_of else place
    if len(candidates) == 1 and _plain(candidates[0], name_key) and not all(m.weak for m in group):
        return candidates[0]
    return None


def _plain(place: Place, name_key: str) -> bool:
    """A place that a bare mention may mean: not a neighbourhood, foreign namesake or state name."""
    if place.section_of or place.abroad:
        return False
    if gazetteer.is_state_name(name_key):
        return place.population >= PROMINENT_CITY  # Washington, DC, not Washington, Utah
    return True


def _choose(
    group: list[Mention], anchors: list[Place], article: Article, by_key: dict[str, list[Mention]]
) -> Place | None:
    """Pick among same-named places by the article's states and neighbouring cities (``by_key``: all the names
    the article writes)."""
    candidates = gazetteer.places_by_name().get(group[0].key, ())
    if not candidates:
        return None
    def in_sentence_of(place: Place, m: Mention) -> bool:
        # (a state at a trip's other end is where the trip goes: "the ride from Newark to NY"; a list closed
        # by its state is in that state, whatever other states the sentence names)
        return (
            place.state == m.list_state if m.list_state is not None
            else place.state in article.states_by_sentence.get(m.sentence, set()) and place.state not in m.trip_states
            and not _another_names_state(place.state, m, article)
        )

    def in_sentence(place: Place) -> bool:
        return any(in_sentence_of(place, m) for m in group)

    def stated(place: Place) -> bool:
        return in_sentence(place) or in_a_named_county(place, article) or _the_articles_one_state(place, article)

    def strong(place: Place) -> bool:
        return stated(place) or any(gazetteer.distance_km(place, a) <= NEAR_KM for a in anchors if a != place)

    def stated_for_it(place: Place) -> bool:
        # the sentence's state may be that of another place it names, far from this one ("Texas officials said
        # a Dallas nurse flew to Cleveland"): that says nothing for this namesake
        if in_a_named_county(place, article) or any(m.list_state == place.state for m in group):
            return True
        return any(in_sentence_of(place, m) and not _state_of_another_name(place, m, by_key) for m in group)

    def score(place: Place) -> int:
        same_sentence = in_sentence(place)
        distances = [gazetteer.distance_km(place, a) for a in anchors if a != place]
        return (
            3 * same_sentence
            + 3 * in_a_named_county(place, article)
            + 2 * any(d <= NEAR_KM for d in distances)
            + (_state_named_for_it(place, anchors, article) or _state_of_an_anchor(place, anchors))
            + any(d <= REGION_KM for d in distances)
            + _best_known(place, candidates)
            + _the_articles_one_state(place, article)
        )

    def near_a_town(place: Place) -> bool:
        # a big city is named in nearly every story of its region; a smaller neighbour named with the name
        # is better evidence that the name is a town of that region
        return any(gazetteer.distance_km(place, a) <= NEAR_KM for a in anchors if a != place
                   and a.population < PROMINENT_CITY)

    def usable(place: Place) -> bool:
        # Neighbourhoods compete too ("Corona" near New York City is the Queens one),
        # but a neighbourhood that wins is not reported as a city.
        if _plain(place, group[0].key) or place.section_of:
            return True
        if gazetteer.is_state_name(group[0].key):
            # a bare "Washington" is the capital, whatever else the article names near a small namesake; only
            # its county ("a Warren County farm ... in Washington") places the town
            return in_a_named_county(place, article)
        # a name a bigger city abroad bears ("Vancouver") is the US town only with its state or a smaller
        # neighbour: a big city near it is as likely the home of a rival team as a neighbour
        if place.abroad:
            return stated_for_it(place) or near_a_town(place) or _the_articles_one_state(place, article)
        return strong(place)

    found = [p for p in candidates if usable(p)]
    if not found:
        return None

    def nearness(place: Place) -> float:
        # between equally supported namesakes the one nearer the article's other places wins
        # ("Harrison" in a story about New York City is the New Jersey town across the river)
        distances = [gazetteer.distance_km(place, a) for a in anchors if a != place]
        return -min(distances) if distances and min(distances) <= NEAR_KM else 0.0

    best = max(found, key=lambda p: (score(p), nearness(p), p.population))
    def near_a_town_named_near(place: Place) -> bool:
        # against a far bigger namesake, the smaller neighbour must be named near the name: "Silverton, Ore." in a
        # quote ten paragraphs on says nothing of "an inner city kid from Dallas" in a tweet
        sentences = [m.sentence for m in group]
        return near_a_town(place) and any(
            gazetteer.distance_km(place, a) <= NEAR_KM and a.population < PROMINENT_CITY
            and named_within(a, sentences, by_key) for a in anchors if a != place
        )

    def strong_in_its_state(place: Place) -> bool:
        # a big city across a state line says little of a small town near it ("summers in Madison" in a story of
        # New York City is Wisconsin's capital, not the New Jersey borough an hour away)
        return stated(place) or any(
            gazetteer.distance_km(place, a) <= NEAR_KM and a.state == place.state for a in anchors if a != place
        )

    best = prefer_the_dominant(best, found[0], strong_in_its_state, stated, near_a_town_named_near, stated_for_it)
    if best.section_of:
        return None  # "Manhattan" alone means the borough, not Manhattan, Kansas
    if all(m.weak for m in group) and not strong(best):
        return None  # "in Enterprise" with nothing nearby pointing at Nevada
    # "Forest Park" with nothing in the article to tell which namesake: the best-known one, which the
    # article leaves loose for the corpus's centre of gravity to read again (``gravity``)
    return best


def _the_articles_one_state(place: Place, article: Article) -> bool:
    """Whether the place's state is the one state the article names, ``SETTING_MENTIONS`` times or more, and
    no big city's name: a story of "Chipotle workers in New Jersey" sets its "Fairfield resident" there."""
    named = [code for code, n in article.states.items() if n > 0]
    return (
        named == [place.state] and article.states[place.state] >= SETTING_MENTIONS
        and not is_city_state_name(gazetteer.state_name_of().get(place.state, ""))
    )


def _state_of_another_name(place: Place, mention: Mention, by_key: dict[str, list[Mention]]) -> bool:
    """Whether another name of the mention's sentence is best known as a city of the place's state, far from it:
    the state the sentence names may be that city's ("Texas officials said a Dallas nurse flew to Cleveland")."""
    for name_key, mentions in by_key.items():
        if name_key == mention.key or not any(m.sentence == mention.sentence for m in mentions):
            continue
        found = gazetteer.places_by_name().get(name_key, ())
        if found and found[0].state == place.state and not (found[0].section_of or found[0].abroad) and (
            gazetteer.distance_km(place, found[0]) > REGION_KM
        ):
            return True
    return False


def _another_names_state(state: str, mention: Mention, article: Article) -> bool:
    """Whether the state closes the list of another name of the mention's sentence, and is that name's alone:
    "a bar in London (not the one in Brooklyn in Ohio)"."""
    listed = article.listed_states.get(mention.sentence, set())
    return any(code == state and name_key != mention.key for name_key, code in listed)


def _state_named_for_it(place: Place, anchors: list[Place], article: Article) -> bool:
    """Whether the article names the place's state, unless the state's name is that of a big city of the state
    the article names and the place is near ("NY fans ... getting to Harrison" in a New York City story: "NY"
    says nothing of Harrison, New York that the nearness to the city does not)."""
    if article.states[place.state] == 0:
        return False
    if not is_city_state_name(gazetteer.state_name_of().get(place.state, "")):
        return True
    return not any(
        a.state == place.state and a.population >= PROMINENT_CITY and gazetteer.distance_km(place, a) <= NEAR_KM
        for a in anchors
        if a != place
    )


def _state_of_an_anchor(place: Place, anchors: list[Place]) -> bool:
    """Whether another place the article names lies in the place's state, unless that place is a big city
    the place is near: a big city's metro area spans state lines (New York City's takes in Harrison, New
    Jersey as much as Harrison, New York), so its state says nothing the nearness does not. A smaller
    neighbour's state does ("Ossining and Irvington": the Irvington in New York)."""
    return any(
        a.state == place.state and (a.population < PROMINENT_CITY or gazetteer.distance_km(place, a) > NEAR_KM)
        for a in anchors
        if a != place
    )


def _best_known(place: Place, candidates: tuple[Place, ...]) -> bool:
    """Whether the place is the best-known bearer of its name by a clear margin (``RIVAL_RATIO`` times
    the next namesake's size): between two of about one size, size is no evidence."""
    if place is not candidates[0]:
        return False
    return len(candidates) == 1 or place.population >= RIVAL_RATIO * candidates[1].population


def placed_by_the_article(place: Place, group: list[Mention], article: Article, others: list[Place]) -> bool:
    """Whether the article itself says where the name is: a state written with it or named in the article,
    a city agency or "city of" (not a word that fits any place: "the St. Albans area"), an informal name
    ("NYC"), or another place it names in the same region (a big city only for the best-known namesake).
    A name placed by none of these ("He grew up in Lawrence") is read by its name alone. A city agency says
    the name is a city's, not which city's: it places a name whose best-known bearer dwarfs the others ("Tulsa
    police"); "Mount Pleasant police" or "the Long Beach city manager" may be any of several towns of a size
    (a big city's too), and the corpus reads it."""
    if any(m.qualifier is not None for m in group):
        return True
    if any(m.cued and not m.cued_as_a_place for m in group) and not _namesakes_of_a_size(place, group[0].key):
        return True
    if group[0].key in gazetteer.city_aliases():
        return True
    if article.states[place.state] > 0:
        return True
    near = [other for other in others if other != place and gazetteer.distance_km(place, other) <= REGION_KM]
    # a big city is named everywhere: near one, a namesake of about one size as another is not placed by it
    # ("Montclair" in a story that names Washington), and the corpus reads it (``gravity``)
    return any(other.population < PROMINENT_CITY for other in near) or (
        bool(near) and _best_known(place, gazetteer.places_by_name().get(group[0].key, (place,)))
    )


def _namesakes_of_a_size(place: Place, name_key: str) -> bool:
    """Whether another town of the name, no neighbourhood and not abroad, is within ``gravity.GRAVITY_RATIO`` of
    the place's size: the corpus's own namesake may then be the one meant (``gravity``)."""
    return any(
        other is not place and not (other.section_of or other.abroad)
        and gravity.GRAVITY_RATIO * other.population >= place.population
        for other in gazetteer.places_by_name().get(name_key, ())
    )
