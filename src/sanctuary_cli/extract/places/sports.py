"""A city's name written for its team: a side of a results line ("Rovers 3, Tulsa 1") or of "vs.", and, in an
article that reports a match, the side that plays, owns a result or is played against."""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING

from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.article import BE_FORMS, CLUB_WORDS, POSSESSIVES, cues, sentence_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_SCORE = 99
VERSUS = frozenset({"vs", "vs.", "versus"})  # not "v.", which also names a court case ("Texas v. Tulsa")
RESULT_NOUNS = frozenset(
    {"result", "win", "victory", "loss", "defeat", "draw", "tie", "goal", "goals", "point", "points", "lost", "lose"}
    | {"game", "games", "match", "leg", "series", "matchup", "rematch"}
)  # "a deserved result for Tulsa", "lost to Tulsa", "the second leg with Tulsa"
AGAINST = frozenset({"against"})
# How a name stands in its sentence when it acts or is acted on: "Tulsa did the planning", "the league screwed
# Tulsa", "Tulsa's three-year plan", "just for being Tulsa", "a tired defence gave Tulsa chances" (the one given to).
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss", "attr", "appos"})
# "a Tulsa team": the side; the plural is the place's ("all three Tulsa teams play at home": the city's teams)
SQUAD_NOUNS = frozenset({"team", "squad", "franchise"})
GOAL_WORDS = frozenset({"goal", "goals", "equalizer", "equaliser", "winner"})  # "a late Tulsa goal"
FIXTURE_WORDS = frozenset({"game", "match", "series", "matchup"})  # "the lineup from the Tulsa game"
# A side's set pieces and tries on goal: "heading out for a Tulsa throw-in", "a Tulsa corner", "two Tulsa shots"
SET_PIECE_WORDS = frozenset({"throw", "throw-in", "corner", "corners", "penalty", "shot", "shots", "possession"})
# Right before a side's name in a match report: its standing ("hosts Tulsa"), or "against", however parsed
SIDE_BEFORE = frozenset(
    {"winners", "champions", "champs", "champion", "leaders", "holders", "hosts", "visitors", "finalists", "runners-up"}
) | AGAINST
# Words for a side's following right after its name: "Tulsa fans booed", "the Tulsa faithful".
FOLLOWER_WORDS = frozenset({"fans", "supporters", "supporter", "faithful", "fanbase"})  # "one Tulsa supporter said"
# Prepositions after which a name is a side, not a place: "a blow for Tulsa", "a deal with Tulsa".
SIDE_PREPOSITIONS = frozenset({"for", "against", "with", "by", "over", "than"})
# "at home to Tulsa", "away to Tulsa": in a match report, the side played
HOME_AWAY = frozenset({"home", "away"})
# Nouns for the sides of a league, before a bracketed list of their names: "three other teams (Omaha, Tulsa)".
TEAM_NOUNS = frozenset(
    {"team", "teams", "club", "clubs", "side", "sides", "opponent", "opponents", "rivals", "franchises"}
)
MAX_GLOSS_TOKENS = 12  # the bracketed list's reach either side of the name
GLOSS_OPENERS = frozenset({"(", "—", "–", "--"})  # what opens a list glossing the words before it
MIN_GLOSSED_TEAMS = 3  # names in a bracketed list that glosses teams named further back in its sentence
CITY_WORDS = frozenset({"city", "cities", "town", "towns", "market", "markets", "places"})  # "cities with teams ("
COPULAS = frozenset({"is", "was", "'s", "’s", "remains", "remained"})  # "Tulsa's a good team": "is", not a possessive
MAX_DESCRIBING_WORDS = 3  # "a very good young team"
DESCRIBING_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "HYPH", "VBN", "VBG"})
TEAM_NOUN_REACH = 4  # "their last two opponents at home (" : the noun within this many words of the bracket
# A city this big fields teams in the major leagues: in a match report its bare name that acts ("Tulsa dealt the
# Rovers a 2-0 defeat", "Tulsa stays stuck in fifth") is the side, not the city.
BIG_LEAGUE_CITY = 400_000
# Prepositions after which a name in a match report is the side: "thrashed by Tulsa" (the agent), "advance past
# Tulsa", "three points behind Tulsa".
SIDE_IN_A_REPORT = frozenset({"past", "behind"})
ADVANCE_WORDS = frozenset({"advance", "advances", "advanced", "advancing"})  # "advance past Tulsa": in any story
STANDINGS_WORDS = frozenset({"ahead", "clear"})  # "two games ahead of Tulsa", "points clear of Tulsa": a table's side
# ... and after which it is the side when they follow a result: "a tie with Omaha and Tulsa", "a win over Tulsa"
RESULT_PREPOSITIONS = frozenset({"for", "to", "with", "over"})
# Words of a sentence that moves a player between teams (besides ``transfer_words``): "went to Tulsa in the
# expansion draft", "came from Tulsa in exchange for two prospects", "waived by Tulsa"
MOVE_WORDS = frozenset({"draft", "drafted", "exchange", "traded", "loaned", "transferred", "waived", "re-entry"})
PLAY_FORMS = frozenset({"play", "plays", "played", "playing"})
# what a player does for a side: "scored twice for Tulsa", "in good form for Omaha", "his debut for Reno"
FOR_A_SIDE = PLAY_FORMS | {"scored", "scores", "scoring", "form", "goals", "appearances", "debut", "starts", "started"}
# a player's time with a side: "his whole career with Tulsa", "a short stint with Omaha"
STINT_WORDS = frozenset({"career", "stint", "spell", "tenure", "time", "years", "seasons"})
# words of a journey, as written (the pipeline has no lemmatizer): "flew to Tulsa", "drove back to Tulsa" say
# where someone went
JOURNEY_WORDS = frozenset(
    {"fly", "flies", "flew", "flown", "flying", "drive", "drives", "drove", "driven", "driving", "ride", "rode",
     "riding", "return", "returns", "returned", "returning", "head", "heads", "headed", "heading", "travel",
     "travels", "traveled", "travelled", "traveling", "travelling", "commute", "commuted", "sail", "sailed",
     "walk", "walked", "back"}
)
DASHES = frozenset({"-", "–"})


def on_a_results_line(doc: Doc, start: int, end: int) -> bool:
    """ "Rovers 3, Tulsa 1", "Tulsa 1, Rovers 3": a name then a score, beside another name and its score."""
    if not _a_score(doc, end):
        return False
    if start >= 2 and doc[start - 1].text == "," and _a_score(doc, start - 2):
        return True
    if end + 2 < len(doc) and doc[end + 1].text == ",":
        j = end + 2
        while j < len(doc) and j <= end + 5 and doc[j].text[:1].isupper():
            j += 1
        return j > end + 2 and _a_score(doc, j)
    return False


def beside_versus(doc: Doc, start: int, end: int, match: bool) -> bool:
    """ "the Rovers vs. Tulsa", "Tulsa versus the Rovers": a side of a sports pairing; in an article that
    reports no match, only where the other side's name ends in a club word or a team's nickname."""
    before = start > 0 and doc[start - 1].lower_ in VERSUS
    after = end < len(doc) and doc[end].lower_ in VERSUS
    if not (before or after):
        return False
    if match:
        return True
    other = [t.lower_ for t in (doc[max(start - 4, 0) : start - 1] if before else doc[end + 1 : end + 4])]
    return any(tuple(other[i : i + len(n)]) == n for i in range(len(other)) for n in cues().team_after)


def plays_in_a_match_report(doc: Doc, start: int, end: int, big_league: bool = False) -> bool:
    """In an article that reports a match: "Tulsa kept missing", "Tulsa looked out of ideas" (the subject of a
    verb of play), "a deserved result for Tulsa", "here against Tulsa", "wins against the likes of Omaha and
    Tulsa" (a result's owner, the other side), "the referee robbed Tulsa" (the object of a verb other than one
    of travel), "Tulsa's post-season hopes" (its owner). A name coordinated with another takes the first's
    role. The name of a city big enough for a major league team (``big_league``) is the side too where it acts
    with any verb other than one of travel or "be" ("Tulsa dealt the Rovers a defeat"), or follows "by" as the
    agent, "past" or "behind" ("thrashed by Tulsa", "three points behind Tulsa"), or opens its sentence bare
    ("Tulsa, Omaha, I won't name them all"). So is a name right after a side's title ("spring season winners
    Tulsa")."""
    head = _first_of_its_pair(doc[end - 1])
    if followed_by_its_fans(doc, end) or _before_its_play(doc, end):
        return True  # "Tulsa fans will be glad", "two Tulsa players", "a Tulsa goal", "poor Tulsa defending"
    if start > 0 and doc[start - 1].lower_ in SIDE_BEFORE:
        return True  # "they take on spring season winners Tulsa", "against Tulsa - unbelievable"
    if head.dep_ == "nsubj":
        return _acts_in_a_match_report(head, big_league)
    if big_league and _fronted_bare(head):
        return True  # "Houston, San Jose, I'm not going to name them all": the sides a player lists
    if head.dep_ == "dobj":
        return head.head.lower_ not in cues().travel_verbs
    if head.dep_ in {"poss", "dative"}:
        return True  # "Tulsa's post-season hopes", "the defence gave Tulsa chances"
    return head.dep_ == "pobj" and _after_a_sides_preposition(head, big_league)


def _fronted_bare(token: Token) -> bool:
    """Whether the name (or the one it stands in apposition to) opens its sentence bare, no preposition's object
    nor the verb's subject: "Tulsa, Omaha, I won't name them all"."""
    while token.dep_ == "appos" and token.head is not token:
        token = token.head
    return token.dep_ == "npadvmod" and bool(token.is_sent_start)


def _acts_in_a_match_report(head: Token, big_league: bool) -> bool:
    """The subject of a verb of play ("Tulsa would continue to collapse": the verb may be the complement of the
    subject's), or a big league city's name acting ("Tulsa dealt the Rovers a defeat", "Tulsa stays stuck")."""
    verbs = [head.head, *(t for t in head.head.children if t.dep_ == "xcomp")]
    if any(t.lower_ in cues().play_verbs for t in verbs):
        return True
    return big_league and head.head.lower_ not in BE_FORMS and head.head.lower_ not in cues().travel_verbs


# "with Tulsa now one point behind them": a side's place in the table
STANDING_UNITS, STANDING_PLACES = frozenset({"point", "points", "game", "games"}), STANDINGS_WORDS | {"behind", "above"}
STANDING_REACH = 6


def _placed_in_the_table(preposition: Token, name: Token) -> bool:
    """ "two games ahead of Tulsa", "four points clear of Tulsa", "with Tulsa now one point behind them" (the words
    after the name, up to a punctuation mark, give its place)."""
    if preposition.lower_ == "of":
        return preposition.head.lower_ in STANDINGS_WORDS
    words = {t.lower_ for t in takewhile(lambda t: not t.is_punct, name.doc[name.i + 1 : name.i + 1 + STANDING_REACH])}
    return preposition.lower_ == "with" and bool(words & STANDING_UNITS) and bool(words & STANDING_PLACES)


def _after_a_sides_preposition(head: Token, big_league: bool) -> bool:
    """ "here against Tulsa", "against the likes of Tulsa", "at home to Tulsa", "a tie with Tulsa", "points clear of
    Tulsa", "with Tulsa one point behind", "the series between Omaha and Tulsa", and for a big league city
    "thrashed by Tulsa", "past Tulsa", "behind Tulsa"."""
    preposition = head.head
    if preposition.lower_ == "of" and preposition.head.lower_ == "likes" and preposition.head.dep_ == "pobj":
        preposition = preposition.head.head  # "against the likes of Tulsa"
    if preposition.lower_ in AGAINST:
        return True
    if preposition.lower_ == "to" and preposition.head.lower_ in HOME_AWAY:
        return True
    if big_league and (preposition.lower_ in SIDE_IN_A_REPORT or preposition.dep_ == "agent"):
        return True
    if _placed_in_the_table(preposition, head):
        return True
    taken = any(t.dep_ == "dobj" and t.lower_ in RESULT_NOUNS for t in preposition.head.children)
    if preposition.lower_ == "from" and taken:
        return True  # "took full points from Tulsa on the road"
    if preposition.lower_ == "between" and preposition.head.lower_ in RESULT_NOUNS:
        return True  # "the other semi-final series between Omaha and Tulsa"
    # "a win over Tulsa", and "suffered a painful loss to Tulsa", where the parser hangs "to Tulsa" on the verb
    return preposition.lower_ in RESULT_PREPOSITIONS and (preposition.head.lower_ in RESULT_NOUNS or taken)


def left_by_a_player(doc: Doc, end: int) -> bool:
    """In a story of a team: "acquired the goalkeeper from Tulsa", "three players from Tulsa", "joined in
    August from Tulsa": the place after "from" that follows a word of a player's move is the team left. So is
    the place a player goes to or comes from in a sentence of a move between teams: "went to Tulsa in the
    expansion draft", "comes to the Rovers from Tulsa in exchange for two prospects" (not "was traded, and flew to
    Tulsa": a word of a journey)."""
    head = _first_of_its_pair(doc[end - 1])
    preposition, word = head.head, head.head.head
    if head.dep_ != "pobj" or preposition.lower_ not in {"from", "to"}:
        return False
    if preposition.lower_ == "from" and word.lower_ in cues().transfer_words:
        return True
    if word.lower_ in cues().travel_verbs or word.lower_ in JOURNEY_WORDS or word.lower_ in HOME_AWAY:
        return False  # "was traded, and flew to Tulsa the next morning": the place he went
    sentence = sentence_at(doc, end - 1)
    return any(t.lower_ in MOVE_WORDS for t in sentence)


def played_for(doc: Doc, end: int) -> bool:
    """In a story of a team: "he has only ever played for Tulsa", "she scored for Omaha", "when he was with
    Tulsa", "spent his whole career with Tulsa": the side a player plays for or spends a stint with is the team
    ("played for Tulsa fans" names the fans: the place is no object of "for" there)."""
    head = _first_of_its_pair(doc[end - 1])
    if head.dep_ != "pobj":
        return False
    preposition, word = head.head, head.head.head
    if preposition.lower_ == "for":
        return word.lower_ in FOR_A_SIDE
    stint = word.lower_ in STINT_WORDS or any(t.dep_ == "dobj" and t.lower_ in STINT_WORDS for t in word.children)
    return preposition.lower_ == "with" and (stint or (word.lower_ in BE_FORMS and word.tag_.startswith("VB")))


def beaten_by_a_score(doc: Doc, start: int, end: int) -> bool:
    """ "Rovers Edge Tulsa 1-0", "Hornets Beat Omaha 3-1": a name after a verb of a result and before a score,
    as a headline writes them (in title case the parser may read the verb as a name's first word)."""
    if start == 0 or doc[start - 1].lower_ not in cues().match_verbs:
        return False
    return end + 2 < len(doc) and _a_score(doc, end) and doc[end + 1].text in DASHES and _a_score(doc, end + 2)


def glosses_teams(doc: Doc, start: int, end: int) -> bool:
    """ "three other teams (Omaha, Tulsa and Reno)", "their opponents at home (Tulsa, Reno)": a name in a list in
    brackets right after a noun for teams is a team, and in a list of three or more after a sentence that speaks of
    teams and of no cities ("other teams lack the room (Dallas, Omaha, Tulsa)", or after a dash: "four strong teams
    will be pitching him—Dallas, Omaha, Tulsa and Reno")."""
    i = start - 1
    while i >= max(0, start - MAX_GLOSS_TOKENS) and doc[i].text not in GLOSS_OPENERS:
        if not (doc[i].text in {",", "&"} or doc[i].lower_ in {"and", "or"} or doc[i].text[:1].isupper()):
            return False
        i -= 1
    if i < 0 or doc[i].text not in GLOSS_OPENERS:
        return False
    if doc[i].text == "(" and not any(t.text == ")" for t in doc[end : end + MAX_GLOSS_TOKENS]):
        return False
    if any(t.lower_ in TEAM_NOUNS for t in doc[max(0, i - TEAM_NOUN_REACH) : i]):
        return True
    # "other teams may not have the room for him (Dallas, Omaha, Tulsa)": a longer list glosses the sentence's teams
    sentence = sentence_at(doc, i)
    before = [t.lower_ for t in doc[sentence.start : i]]
    names = sum(1 for t in doc[i + 1 : i + MAX_GLOSS_TOKENS] if t.text == ",") + 1
    return names >= MIN_GLOSSED_TEAMS and any(w in TEAM_NOUNS for w in before) and not any(
        w in CITY_WORDS for w in before
    )


def _first_of_its_pair(token: Token) -> Token:
    """The first name of the coordination the token ends ("Omaha and Tulsa did": Omaha)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def acts_for_its_team(doc: Doc, start: int, end: int, team_places: frozenset[str]) -> bool:
    """In an article that names the place's team ("the Tulsa Rovers"), the bare name as an actor or the one acted
    on, not a place where something is: "the league screwed Tulsa", "the planning that Omaha and Tulsa did",
    "Tulsa's three-year plan", "just for being Tulsa" are the team; "the Rovers travel to Tulsa" and "a clinic in
    Tulsa" keep the city."""
    if gazetteer.key(doc[start:end].text) not in team_places:
        return False
    head = _first_of_its_pair(doc[end - 1])  # "Omaha and Tulsa did": the role of the first of the pair
    if head.dep_ == "dobj" and head.head.lower_ in cues().travel_verbs:
        return False  # "the Rovers visit Tulsa next week"
    if head.dep_ in AGENT_DEPS or followed_by_its_fans(doc, end):  # "some Tulsa fans cheered his exit"
        return True
    return head.dep_ == "pobj" and head.head.lower_ in SIDE_PREPOSITIONS


def _a_score(doc: Doc, i: int) -> bool:
    text = doc[i].text if 0 <= i < len(doc) else ""
    return text.isdigit() and int(text) <= MAX_SCORE and len(text) <= 2


def _before_its_play(doc: Doc, end: int) -> bool:
    """A word of a side's players or play right after the name: "two Tulsa players", "a Tulsa goal", "Tulsa
    defending", "a Tulsa throw-in", "the Tulsa game" (``squad_after``, a goal or set piece, a fixture, a verb of
    play ending in "-ing")."""
    if end >= len(doc):
        return False
    word = doc[end].lower_
    squad = {p[0] for p in cues().squad_after if len(p) == 1}
    if word in squad or word in GOAL_WORDS | SET_PIECE_WORDS | FIXTURE_WORDS:
        return True
    return word.endswith("ing") and word in cues().play_verbs


def before_a_position(doc: Doc, end: int) -> bool:
    """ "Tulsa midfielder Ada Quillon", "Omaha second baseman Bram Orwell": a player's position or a team's post
    right after the name, a capitalised name after it, makes the name the team's in any story."""
    for phrase in cues().position_after:
        after = end + len(phrase)
        if after < len(doc) and tuple(t.lower_ for t in doc[end:after]) == phrase and doc[after].text[:1].isupper():
            return doc[end].text[:1].islower()  # "Tulsa Coach Lines" is a business's name
    return False


def before_a_team_noun(doc: Doc, end: int) -> bool:
    """ "a Tulsa team that stinks", "the Tulsa squad": a lower-case noun for a team right after the name makes the
    name the team's ("the Tulsa side of the river" is no team: "side" is left out; "Tulsa teams" are the city's)."""
    return end < len(doc) and doc[end].is_lower and doc[end].lower_ in SQUAD_NOUNS


def followed_by_its_fans(doc: Doc, end: int) -> bool:
    """ "Tulsa fans booed", "the Tulsa faithful": a word for a side's following right after the name (read only where
    a team of the name or a match is in the story: "Tulsa fans of the opera" elsewhere is no side's)."""
    return end < len(doc) and doc[end].lower_ in FOLLOWER_WORDS


def before_a_teams_fans(doc: Doc, end: int) -> bool:
    """ "Tulsa Rovers fans", "the Tulsa Rovers faithful": a capitalised word and a word for a side's following right
    after the name make the word a team's nickname, in any story."""
    nickname = end + 1 < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha
    return nickname and followed_by_its_fans(doc, end + 1)


def called_a_team(doc: Doc, start: int, end: int) -> bool:
    """ "Tulsa's a very good team", "Tulsa is the best side in the league", "Tulsa, a dangerous team,": the name
    called a team (a noun of ``TEAM_NOUNS`` after "is" or a comma, "a" or "the" and a few describing words) is the
    team's; "Tulsa is a team town" calls it a town."""
    i = end
    if i >= len(doc) or not (doc[i].lower_ in COPULAS or doc[i].text == ","):
        return False
    i += 1
    if i >= len(doc) or doc[i].lower_ not in {"a", "an", "the"}:
        return False
    i += 1
    while i < len(doc) and i <= end + 2 + MAX_DESCRIBING_WORDS and doc[i].lower_ not in TEAM_NOUNS:
        sport = doc[i].tag_ == "NN" and i + 1 < len(doc) and doc[i + 1].lower_ in TEAM_NOUNS  # "a soccer team"
        if not (doc[i].tag_ in DESCRIBING_TAGS or sport):
            return False  # "Tulsa is a city with a team", "Tulsa is the Rovers' home"
        i += 1
    if i >= len(doc) or doc[i].lower_ not in TEAM_NOUNS:
        return False
    return i + 1 >= len(doc) or doc[i + 1].tag_ not in {"NN", "NNS"}


RESULT_VERBS = frozenset({"win", "wins", "won", "lose", "loses", "lost", "tie", "ties", "tied", "draw", "drew"})


def played_as_a_team(doc: Doc, end: int, verbs: frozenset[str], match_words: frozenset[str]) -> bool:
    """ "The Red Bulls beat Tulsa", "they host Omaha next week", "the game against Tulsa", "a 3-0 win over
    Omaha", "kept Tulsa's forwards quiet", "need Tulsa to lose", "DC United and Tulsa": a place name as the other
    side of a result or a game, with its players, as the subject of a result or beside a club is the team."""
    if end + 1 < len(doc) and doc[end].text in POSSESSIVES:
        words = [t.lower_ for t in doc[end + 1 : end + 3]]
        if any(tuple(words[: len(p)]) == p for p in cues().squad_after):
            return True
    head = doc[end - 1]
    if head.dep_ == "dobj":
        return head.head.lower_ in verbs
    if head.dep_ == "nsubj" and (_a_results_subject(head, match_words) or _meets_a_place(head, verbs)):
        return True
    if head.dep_ == "compound" and head.head.lower_ in match_words:
        return True  # "a big Tulsa win tonight"
    if any(t.text[:1].isupper() and t.lower_ in CLUB_WORDS for t in head.conjuncts):
        return True  # "over DC United and Tulsa": coordinated with a club (whose name ends in the word)
    if head.dep_ == "pobj" and head.head.lower_ == "past" and head.head.head.lower_ in ADVANCE_WORDS:
        return True  # "should either team advance past Tulsa": a side knocked out
    return head.dep_ == "pobj" and _a_results_other_side(head, match_words)


def _meets_a_place(head: Token, verbs: frozenset[str]) -> bool:
    """ "Tulsa will now host Omaha", "Tulsa beat Omaha": the subject of a verb of a fixture whose object is a place's
    name, a side as the object is ("Tulsa will host the convention" is the city)."""
    return head.head.lower_ in verbs and any(c.dep_ == "dobj" and c.ent_type_ == "GPE" for c in head.head.children)


def _a_results_subject(head: Token, match_words: frozenset[str]) -> bool:
    """ "Tulsa won 2-1", "they need Tulsa to lose their last two matches", "Tulsa was victorious in the final":
    but "Detroit lost half its people"."""
    if head.head.lower_ in RESULT_VERBS and _objects_are_games(head.head, match_words):
        return True
    return any(t.dep_ == "acomp" and t.lower_ in cues().result_states for t in head.head.children)


def _a_results_other_side(head: Token, match_words: frozenset[str]) -> bool:
    """ "the game against Tulsa", "a 3-0 win over Omaha", "falling to Tulsa in the semifinal", "dropped three
    games to Tulsa": not "lost the bid to Tulsa"."""
    preposition = head.head
    if preposition.lower_ == "to" and preposition.head.lower_ in cues().loss_verbs:
        loser = preposition.head
        return _objects_are_games(loser, match_words) and (loser.lemma_ != "drop" or _has_object(loser))
    return preposition.lower_ in {"against", "over"} and preposition.head.lower_ in match_words


def _objects_are_games(verb: Token, match_words: frozenset[str]) -> bool:
    """Whether every direct object of the verb is a game's word ("lost two matches"), or it has none."""
    return all(t.lower_ in match_words for t in verb.children if t.dep_ == "dobj")


def _has_object(verb: Token) -> bool:
    return any(t.dep_ == "dobj" for t in verb.children)
