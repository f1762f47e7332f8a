"""One person written two ways, and a given name alone read by its company, across the store."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

from sanctuary_cli.extract.people.aliases import alias_pairs, other_given_name_pairs
from sanctuary_cli.extract.people.bylines import writer_links, writers_of
from sanctuary_cli.extract.people.comentions import Link, given_name_links, same_cast_links
from sanctuary_cli.extract.people.given_variants import end_clipped_links, single_name_clips
from sanctuary_cli.extract.people.personas import persona_candidates, persona_pairs
from sanctuary_cli.extract.people.same_story import same_story_links, whole_person_links
from sanctuary_cli.extract.people.variants import Named, near_word, spelt_both_ways, variant_merges
from sanctuary_cli.ingest import resolve_people
from sanctuary_cli.store.db import connect


def named(pid: str, name: str, mentions: int, *articles: str) -> Named:
    return Named(pid, name, mentions, frozenset(articles))


# --- spellings and longer forms -----------------------------------------------------


def test_names_of_the_same_letters_are_one_person() -> None:
    merges = variant_merges([
        named("ada de quillon", "Ada de Quillon", 40, "a1", "a2"),
        named("ada dequillon", "Ada DeQuillon", 1, "a3"),
        named("bram mark-tessel", "Bram Mark-Tessel", 9, "a4"),
        named("bram marktessel", "Bram MarkTessel", 1, "a5"),
        named("zoe peña", "Zoë Peña", 2, "a6"),
        named("zoe pena", "Zoe Pena", 1, "a7"),
    ])
    assert merges == {"ada dequillon": "ada de quillon", "bram marktessel": "bram mark-tessel", "zoe pena": "zoe peña"}


def test_a_double_surname_written_alone_without_its_hyphen_is_its_bearer() -> None:
    # "Mr. Quillon Tessel is innocent," his lawyer said; the store names "Ada Quillon-Tessel"
    full = named("ada quillon-tessel", "Ada Quillon-Tessel", 28, "a1", "a2")
    assert variant_merges([full, named("quillon tessel", "Quillon Tessel", 1, "b1")]) == {
        "quillon tessel": "ada quillon-tessel"
    }
    # two bearers of the double surname: the surname alone says neither; a given name first is a full name
    other = named("bram quillon-tessel", "Bram Quillon-Tessel", 3, "c1")
    assert variant_merges([full, other, named("quillon tessel", "Quillon Tessel", 1, "b1")]) == {}
    assert variant_merges([full, named("ada quillontessel", "Ada Quillontessel", 1, "b1")]) == {
        "ada quillontessel": "ada quillon-tessel"
    }


def test_a_misspelt_surname_alone_joins_the_full_name_its_article_writes() -> None:
    # "Harlan Brannigan was arrested ... Brannegan was taken away in handcuffs."
    merges = variant_merges([
        named("harlan brannigan", "Harlan Brannigan", 12, "a1", "a2"),
        named("brannegan", "Brannegan", 2, "a1"),
    ])
    assert merges == {"brannegan": "harlan brannigan"}
    merges = variant_merges([named("vera pelaez", "Vera Pelaez", 1, "a1"), named("peleaz", "Peleaz", 3, "a1")])
    assert merges == {"peleaz": "vera pelaez"}  # the full name is kept
    # a double surname alone, two letters of its short half swapped: "Mr. Tessel-Hron"
    merges = variant_merges([
        named("ada tessel-horn", "Ada Tessel-Horn", 4, "a1", "a2"),
        named("tessel-hron", "Tessel-Hron", 2, "a1"),
    ])
    assert merges == {"tessel-hron": "ada tessel-horn"}


def test_a_misspelt_surname_named_elsewhere_without_the_full_name_stays_apart() -> None:
    merges = variant_merges([
        named("harlan brannigan", "Harlan Brannigan", 12, "a1"),
        named("brannegan", "Brannegan", 2, "a1", "a9"),
    ])
    assert merges == {}


def test_a_misspelt_given_name_beside_the_right_one_in_an_article_joins_it() -> None:
    # "Tribute to Mohammed Quillon ... a prayer for Mohamed Quillon"
    merges = variant_merges([
        named("mohammed quillon", "Mohammed Quillon", 20, "a1", "a2"),
        named("mohamed quillon", "Mohamed Quillon", 2, "a2"),
    ])
    assert merges == {"mohamed quillon": "mohammed quillon"}


def test_a_seldom_misspelt_full_name_joins_the_far_more_written_one() -> None:
    usual = named("hilda quillon", "Hilda Quillon", 60, *(f"a{i}" for i in range(9)))
    merges = variant_merges([
        usual,
        named("hilda qiullon", "Hilda Qiullon", 1, "b1"),  # two letters swapped
        named("hilda quillion", "Hilda Quillion", 1, "b2"),  # a letter added
    ])
    assert merges == {"hilda qiullon": "hilda quillon", "hilda quillion": "hilda quillon"}
    # a real surname others bear is another person ("Paul Tessel" beside a "Paul Tessell")
    others = [named("paul tessell", "Paul Tessell", 30, *(f"a{i}" for i in range(9))),
              named("paul tessel", "Paul Tessel", 1, "b1"), named("ann tessel", "Ann Tessel", 4, "b3")]
    assert variant_merges(others) == {}
    assert variant_merges([usual, named("hilda quillon2", "Hilda Quillion", 3, "c1", "c2", "c3", "c4")]) == {}


def test_a_seldom_misspelt_full_name_holding_the_usual_ones_office_joins_it_beside_namesakes() -> None:
    # "former Gov. Paul Tessel" once, for the store's Gov. Paul Tessell, though an Ann Tessel is named too
    governor = frozenset({"Governor"})
    usual = Named("paul tessell", "Paul Tessell", 30, frozenset(f"a{i}" for i in range(9)), governor)
    rare = Named("paul tessel", "Paul Tessel", 1, frozenset({"b1"}), governor)
    ann = named("ann tessel", "Ann Tessel", 4, "b3")
    assert variant_merges([usual, rare, ann]) == {"paul tessel": "paul tessell"}
    judge = Named("paul tessel", "Paul Tessel", 1, frozenset({"b1"}), frozenset({"Judge"}))
    assert variant_merges([usual, judge, ann]) == {}  # another office: a namesake


def test_a_misspelt_name_of_two_given_names_joins_the_more_written_one() -> None:
    # "Ahmed Rafiq Qorami" in two stories of an arrest, "Ahmed Rafiq Qoremi" once in a third
    usual = named("ahmed rafiq qorami", "Ahmed Rafiq Qorami", 18, "a1", "a2")
    assert variant_merges([usual, named("ahmed rafiq qoremi", "Ahmed Rafiq Qoremi", 1, "b1")]) == {
        "ahmed rafiq qoremi": "ahmed rafiq qorami"
    }
    # one given name in common is not enough; nor a name written about as often
    assert variant_merges([named("ahmed qorami", "Ahmed Qorami", 18, "a1", "a2"),
                           named("ahmed qoremi", "Ahmed Qoremi", 1, "b1")]) == {}
    assert variant_merges([usual, named("ahmed rafiq qoremi", "Ahmed Rafiq Qoremi", 9, "b1")]) == {}


def test_a_seldom_name_one_consonant_off_a_long_surname_joins_the_far_more_written_one() -> None:
    # "U.S. Attorney Ravel Quintaha's office alleged" in two stories; "Ravel Quintara" in nine others
    usual = named("ravel quintara", "Ravel Quintara", 24, *(f"a{i}" for i in range(9)))
    merges = variant_merges([usual, named("ravel quintaha", "Ravel Quintaha", 2, "b1", "b2")])
    assert merges == {"ravel quintaha": "ravel quintara"}
    # named in one article with the usual name: two people the article tells apart
    assert variant_merges([usual, named("ravel quintaha", "Ravel Quintaha", 1, "a1")]) == {}
    # a given name by its initial, a short surname, or a vowel-free change in the first letter
    assert variant_merges([usual, named("r quintaha", "R. Quintaha", 1, "b1")]) == {}
    short = named("ada moran", "Ada Moran", 30, *(f"a{i}" for i in range(9)))
    assert variant_merges([short, named("ada modan", "Ada Modan", 1, "b1")]) == {}
    assert variant_merges([usual, named("ravel guintara", "Ravel Guintara", 1, "b1")]) == {}
    # written as often as the other: another person
    assert variant_merges([usual, named("ravel quintaha", "Ravel Quintaha", 9, "b1", "b2", "b3", "b4")]) == {}


def test_a_given_name_misspelt_in_stories_sharing_a_person_joins_whichever_is_more_written() -> None:
    # "Rashaad Vantor" in an obituary of his rival Kip Dorrow; "a Rashad Vantor-Kip Dorrow bout" elsewhere
    lead = named("rashaad vantor", "Rashaad Vantor", 19, "b1")
    rare = named("rashad vantor", "Rashad Vantor", 2, "b2")
    company = {"b1": {"rashaad vantor", "kip dorrow"}, "b2": {"rashad vantor", "kip dorrow"}}
    assert variant_merges([lead, rare], company) == {"rashad vantor": "rashaad vantor"}
    # no one in common, or both written in many stories: two people
    assert variant_merges([lead, rare], {"b1": {"rashaad vantor", "kip dorrow"}, "b2": {"rashad vantor"}}) == {}
    often = [named("rashaad vantor", "Rashaad Vantor", 19, "b1", "c1", "c2"),
             named("rashad vantor", "Rashad Vantor", 9, "b2", "c3", "c4")]
    assert variant_merges(often, company) == {}
    # given names of another gender, or no misspelling of each other, are other people
    sisters = [named("louis vantor", "Louis Vantor", 3, "b1"), named("louise vantor", "Louise Vantor", 2, "b2")]
    assert variant_merges(sisters, {"b1": {"louis vantor", "kip dorrow"}, "b2": {"louise vantor", "kip dorrow"}}) == {}


def test_names_one_letter_apart_of_other_people_stay_apart() -> None:
    merges = variant_merges([
        named("jon tessel", "Jon Tessel", 20, "a1"),
        named("john tessel", "John Tessel", 3, "a1"),
        named("louis quillon", "Louis Quillon", 5, "a2"),
        named("louise quillon", "Louise Quillon", 4, "a2"),
        named("ken orwell", "Ken Orwell", 5, "a3"),
        named("kent orwell", "Kent Orwell", 4, "a3"),
    ])
    assert merges == {}
    assert not near_word("andrea", "andreas")  # a woman's name and a man's
    assert near_word("brannegan", "brannigan") and near_word("flannegan", "flanagan")
    assert not near_word("stringer", "springer")  # a consonant changed: another name
    assert near_word("moynhian", "moynihan") and near_word("catsimatdis", "catsimatidis")
    assert near_word("detommaso", "detomasso") and not near_word("detomasso", "detomatto")



def test_a_name_one_article_writes_two_ways_is_one_person_whichever_the_store_names() -> None:
    # one story writes "Sela Roven" and, once, "Sela Rovan" for one person; the store names her "Sela Roven"
    named_as = {"sela roven": {"sela roven"}, "sela rovan": {"sela rovan"}}
    assert spelt_both_ways([("sela rovan", {"Sela Rovan", "Sela Roven"})], named_as) == [("sela rovan", "sela roven")]
    # a short word, another given name, or a name the article never writes beside the other: apart
    short = {"ada quill": {"ada quill"}, "ada quilt": {"ada quilt"}}
    assert spelt_both_ways([("ada quilt", {"Ada Quilt", "Ada Quill"})], short) == []
    assert spelt_both_ways([("sela rovan", {"Sela Rovan"})], named_as) == []
    assert spelt_both_ways([("sela rovan", {"Sela Rovan", "Mara Roven"})], {**named_as, "mara roven": {"m"}}) == []

def test_a_longer_form_in_the_same_article_joins_the_usual_name() -> None:
    # "Ada Quillon Tessel was held at gunpoint", a married name; a middle name and a second surname
    merges = variant_merges([
        named("ada quillon", "Ada Quillon", 24, "a1", "a2", "a3"),
        named("ada quillon tessel", "Ada Quillon Tessel", 6, "a3", "a4"),
        named("rafael orwell", "Rafael Orwell", 14, "b1", "b2"),
        named("rafael ignacio orwell quastro", "Rafael Ignacio Orwell Quastro", 1, "b2"),
    ])
    assert merges == {"ada quillon tessel": "ada quillon", "rafael ignacio orwell quastro": "rafael orwell"}


def test_a_longer_form_two_shorter_names_fit_a_son_or_another_given_name_stays_apart() -> None:
    merges = variant_merges([
        named("george quillon", "George Quillon", 30, "a1", "a2"),
        named("george tessel", "George Tessel", 10, "a2"),
        named("george quillon tessel", "George Quillon Tessel", 2, "a2"),
        named("ada orwell", "Ada Orwell", 20, "b1", "b2"),
        named("ada orwell jr", "Ada Orwell Jr.", 3, "b2"),
        named("ada j orwell", "Ada J. Orwell", 3, "b2"),
        named("andy tessel", "Andy Tessel", 16, "c1", "c2"),
        named("andy tessel edie marin", "Andy Tessel Edie Marin", 2, "c2"),  # two names run together
        named("sarah parker", "Sarah Parker", 9, *(f"d{i}" for i in range(3, 9))),
        named("sarah jessica parker", "Sarah Jessica Parker", 2, "d2"),
    ])
    assert merges == {}


def test_a_longer_form_in_other_articles_joins_only_a_far_more_written_name() -> None:
    usual = named("ada quillon", "Ada Quillon", 50, *(f"a{i}" for i in range(6)))
    longer = named("ada quillon tessel", "Ada Quillon Tessel", 2, "b1", "b2")
    assert variant_merges([usual, longer]) == {"ada quillon tessel": "ada quillon"}
    rare = named("ada quillon", "Ada Quillon", 5, "a1", "a2")
    assert variant_merges([rare, longer]) == {}
    middle = named("ada maria quillon", "Ada Maria Quillon", 2, "b1", "b2")  # another Ada, perhaps
    assert variant_merges([usual, middle]) == {}


# --- a given name alone -------------------------------------------------------------


def story(article: str, *people: tuple[str, str]) -> list[Link]:
    return [Link(article, name.lower(), pid, name) for pid, name in people]


ADA = ("ada tessel", "Ada Tessel")
BRAM = ("bram orwell", "Bram Orwell")
ZED = ("zed quillon", "Zed Quillon")
OTHER_ADA = ("ada marin", "Ada Marin")


def debates() -> list[Link]:
    """Four stories naming Ada Tessel with Bram Orwell and Zed Quillon; two about another Ada."""
    links = [x for i in range(4) for x in story(f"d{i}", ADA, BRAM, ZED)]
    links += story("m1", OTHER_ADA, ("kit vale", "Kit Vale")) + story("m2", OTHER_ADA)
    return links


def test_a_given_name_alone_joins_the_bearer_its_story_names_people_with() -> None:
    # "On the differences between Ada, Bram Orwell and Zed Quillon"
    links = debates() + story("s1", ("ada#s1", "Ada"), BRAM, ZED)
    assert given_name_links(links) == {("s1", "ada"): "ada tessel"}


def test_a_given_name_alone_in_another_story_stays_apart() -> None:
    # "Ada, the family's beagle, ran off"; and a story naming one of her people only
    links = debates() + story("s1", ("ada#s1", "Ada"), ("pat lund", "Pat Lund"))
    links += story("s2", ("ada#s2", "Ada"), ZED)
    assert given_name_links(links) == {}


def test_a_given_name_whose_company_two_bearers_share_stays_apart() -> None:
    links = debates() + [x for i in range(4) for x in story(f"e{i}", OTHER_ADA, BRAM, ZED)]
    links += story("s1", ("ada#s1", "Ada"), BRAM, ZED)
    assert given_name_links(links) == {}


def test_a_given_name_alone_joins_the_bearer_a_seldom_written_cast_is_named_with() -> None:
    # a drama's lead, "Walter Quade", written in full in two stories with his cast; a recap
    # writes "Walt" alone beside three of them, each named with him in one of those stories
    quade = ("walter quade", "Walter Quade")
    cast = [("nola brisk", "Nola Brisk"), ("orrin vey", "Orrin Vey"), ("pim adler", "Pim Adler")]
    links = story("d0", quade, *cast[:2]) + story("d1", quade, cast[2])
    links += story("s1", ("walt#s1", "Walt"), *cast)
    assert given_name_links(links) == {("s1", "walt"): "walter quade"}
    # two of his cast are no cast: another Walt of another story
    assert given_name_links(links[:-4] + story("s1", ("walt#s1", "Walt"), *cast[:2])) == {}
    # an actress named Margaret in passing in one recap is no "Peggy" of the show's other recaps
    dumont = ("margaret quade", "Margaret Quade")
    links = story("d0", dumont, *cast) + story("s1", ("peggy#s1", "Peggy"), *cast)
    assert given_name_links(links) == {}


def test_a_formal_given_name_alone_is_no_bearer_known_by_a_short_form_of_it() -> None:
    # "Mike" alone is the Michael Tessel its story's people are named with; "Michael" alone is not
    # the Mike Tessel they are named with: no story calls Mike so (a prince William beside Bill)
    michael, mike = ("michael tessel", "Michael Tessel"), ("mike tessel", "Mike Tessel")
    links = [x for i in range(4) for x in story(f"d{i}", michael, BRAM, ZED)]
    assert given_name_links(links + story("s1", ("mike#s1", "Mike"), BRAM, ZED)) == {("s1", "mike"): "michael tessel"}
    links = [x for i in range(4) for x in story(f"d{i}", mike, BRAM, ZED)]
    assert given_name_links(links + story("s1", ("michael#s1", "Michael"), BRAM, ZED)) == {}


def test_a_given_name_and_a_suffix_is_no_bearer_of_the_given_name() -> None:
    # "Walt Jr." is the son the story tells from "Walt", his father, by the suffix
    son = ("walt jr", "Walt Jr.")
    cast = [("nola brisk", "Nola Brisk"), ("orrin vey", "Orrin Vey"), ("pim adler", "Pim Adler")]
    links = story("d0", son, *cast) + story("d1", son, *cast)
    links += story("s1", ("walt#s1", "Walt"), *cast)
    assert given_name_links(links) == {}


def test_a_word_alone_in_stories_naming_the_same_cast_is_one_person() -> None:
    # three recaps of a show write "Hank" beside Nola, Orrin and Pim; no story names him in full
    cast = [("orrin vey", "Orrin Vey"), ("pim adler", "Pim Adler")]
    links = [x for i in range(3) for x in story(f"r{i}", (f"hank#r{i}", "Hank"), (f"nola#r{i}", "Nola"), *cast)]
    assert same_cast_links(links) == {
        ("r1", "hank"): "hank#r0", ("r2", "hank"): "hank#r0", ("r1", "nola"): "nola#r0", ("r2", "nola"): "nola#r0"
    }
    # two of the same people are no cast: a "Hank" of another story stays apart
    other = story("s1", ("hank#s1", "Hank"), *cast)
    assert same_cast_links([*links[:4], *other]) == {}


def test_a_given_name_the_store_writes_alone_for_one_bearer_only_is_that_bearer_anywhere() -> None:
    # three stories write "Hillary" alone for Hillary Varrow; a fourth names nobody of her company
    varrow = ("hillary varrow", "Hillary Varrow")
    links = [x for i in range(8) for x in story(f"d{i}", varrow)]
    links += [Link(f"k{i}", "hillary", "hillary varrow", "Hillary Varrow") for i in range(3)]
    links += story("s1", ("hillary#s1", "Hillary"), ("pat lund", "Pat Lund"))
    assert given_name_links(links) == {("s1", "hillary"): "hillary varrow"}
    # a listed given name of many bearers in full: the word alone may be any of them
    links += [x for i in range(3) for x in story(f"o{i}", (f"hillary o{i}", f"Hillary Orwin{i}"))]
    assert given_name_links(links) == {}
    # written alone for two bearers: neither
    links = [*links[:-3], Link("k9", "hillary", "hillary orwin", "Hillary Orwin")]
    assert given_name_links(links) == {}


def test_another_form_of_a_given_name_joins_the_full_name_written_in_its_story() -> None:
    # "Bram Orwell is surging ... Michael Tessel is stuck at 50%. Mike knows it."
    mike = ("michael tessel", "Michael Tessel")
    links = [x for i in range(3) for x in story(f"d{i}", mike, BRAM)]
    links += story("s1", ("mike#s1", "Mike"), mike, BRAM)
    links += story("s2", ("mike#s2", "Mike"), mike)  # a bus driver quoted beside him: nothing ties
    assert given_name_links(links) == {("s1", "mike"): "michael tessel"}


def test_a_given_name_alone_joins_the_bearer_its_story_names_by_the_surname_alone() -> None:
    # "Ada's not going to run ... someone like Ada or Zed", in a story that writes "Tessel" alone
    kit, pat = ("kit vale", "Kit Vale"), ("pat lund", "Pat Lund")  # each named with her in one other story
    links = [*debates(), *story("k1", ADA, kit), *story("k2", ADA, pat)]
    surname = Link("s1", "tessel", "ada tessel", "Ada Tessel", aliases=("Tessel",))
    found = given_name_links([*links, surname, *story("s1", ("ada#s1", "Ada"), kit, pat)])
    assert found == {("s1", "ada"): "ada tessel"}
    # a story that writes her in full beside "Ada" alone kept the two apart itself
    full = Link("s1", "ada tessel", "ada tessel", "Ada Tessel", aliases=("Ada Tessel", "Tessel"))
    assert given_name_links([*links, full, *story("s1", ("ada#s1", "Ada"), kit, pat)]) == {}


def test_a_given_name_the_store_calls_one_bearer_by_joins_them_when_their_company_is_there() -> None:
    # the store writes "Ada" alone for Ada Tessel in two stories
    links = debates()
    links += [Link("k1", "ada", "ada tessel", "Ada Tessel"), *story("k1", ZED)]
    links += [Link("k2", "ada tessel", "ada tessel", "Ada Tessel", aliases=("Ada", "Ada Tessel")), *story("k2", ZED)]
    links += story("s1", ("ada#s1", "Ada"), ZED)
    links += story("s2", ("ada#s2", "Ada"), ("pat lund", "Pat Lund"))
    assert given_name_links(links) == {("s1", "ada"): "ada tessel"}


def test_a_given_name_the_store_calls_one_bearer_by_joins_them_in_a_story_of_someone_close_to_them() -> None:
    # the store writes "Ada" for the character Ada Tessel; a story of the actor who plays her:
    # "Jon Varrow kept calling them 'Ada'"
    links = [Link(f"k{i}", "ada", "ada tessel", "Ada Tessel") for i in range(2)]
    links += [*story("k0", ZED), *story("v1", ADA, ("jon varrow", "Jon Varrow"))]
    links += story("s1", ("ada#s1", "Ada"), ("jon varrow", "Jon Varrow"))
    assert given_name_links(links) == {("s1", "ada"): "ada tessel"}
    # someone named with her in one story of their many is no tie
    links += [x for i in range(3, 6) for x in story(f"v{i}", ("jon varrow", "Jon Varrow"))]
    assert given_name_links(links) == {}


def test_another_given_name_alone_ties_by_itself_not_by_its_bearers() -> None:
    # "John" and "Jack" alone in a family story; the store's John Lennon is named with a Jack Douglas
    lennon, douglas = ("john lennon", "John Lennon"), ("jack douglas", "Jack Douglas")
    links = [x for i in range(3) for x in story(f"d{i}", lennon, douglas)]
    links += [Link("k1", "john", "john lennon", "John Lennon"), Link("k2", "john", "john lennon", "John Lennon")]
    links += story("s1", ("john#s1", "John"), ("jack#s1", "Jack"))
    links += story("o1", ("john marsh", "John Marsh")) + story("o2", ("john pell", "John Pell"))  # a common name
    assert given_name_links(links) == {}


def test_a_rare_given_name_alone_joins_the_one_bearer_the_store_writes_when_its_company_is_there() -> None:
    # nine stories of Quillona Reyes, one of another Quillona; "vote him over Quillona"
    reyes, varrow = ("quillona reyes", "Quillona Reyes"), ("jon varrow", "Jon Varrow")
    links = [x for i in range(9) for x in story(f"d{i}", reyes, *([varrow] if i < 3 else []))]
    links += story("o1", ("quillona tate", "Quillona Tate"))
    links += story("s1", ("quillona#s1", "Quillona"), varrow)
    links += story("s2", ("quillona#s2", "Quillona"), ("pat lund", "Pat Lund"))  # a namesake's story
    assert given_name_links(links) == {("s1", "quillona"): "quillona reyes"}
    # two bearers the store writes alike: the word stays apart
    links += [x for i in range(3) for x in story(f"t{i}", ("quillona tate", "Quillona Tate"))]
    assert given_name_links(links) == {}


def test_a_rare_given_name_of_one_bearer_only_joins_them_when_a_story_names_their_constant_company() -> None:
    # three stories of Quillona Reyes, each with Jon Varrow; no other Quillona: "he was with Quillona"
    reyes, varrow = ("quillona reyes", "Quillona Reyes"), ("jon varrow", "Jon Varrow")
    links = [x for i in range(3) for x in story(f"d{i}", reyes, varrow)]
    links += story("s1", ("quillona#s1", "Quillona"), varrow)
    assert given_name_links(links) == {("s1", "quillona"): "quillona reyes"}
    # a namesake of one story: three are too few to call her the store's Quillona
    links += story("o1", ("quillona tate", "Quillona Tate"))
    assert given_name_links(links) == {}


def test_a_given_name_the_store_writes_alone_for_one_bearer_story_after_story_needs_one_tie() -> None:
    # "Ada" alone for Ada Tessel in four recaps, for no other Ada; a fifth names her children once tied to her
    links = [Link(f"k{i}", "ada", "ada tessel", "Ada Tessel") for i in range(4)]
    links += story("k0", ("bo#k0", "Bo"), ("sal#k0", "Sal")) + story("k9", ("sal#k9", "Sal"))
    links += [x for i in range(6) for x in story(f"m{i}", ("ada marin", "Ada Marin"))]
    links += story("s1", ("ada#s1", "Ada"), ("sal#s1", "Sal"))
    assert given_name_links(links) == {("s1", "ada"): "ada tessel"}
    # three recaps are too few for a tie of one story
    links = [x for x in links if x.article != "k3"]
    assert given_name_links(links) == {}
    # and so is a store writing the word alone for another Ada too
    links += [Link("k3", "ada", "ada tessel", "Ada Tessel"), Link("m0", "ada", "ada marin", "Ada Marin")]
    assert given_name_links(links) == {}


def test_a_rare_given_name_alone_joins_the_stores_bearer_beside_someone_named_with_them_half_the_time() -> None:
    # five stories of Quillona Reyes; Jon Varrow in two, one with her, one his interview: "did you know Quillona?"
    reyes, varrow = ("quillona reyes", "Quillona Reyes"), ("jon varrow", "Jon Varrow")
    links = [x for i in range(5) for x in story(f"d{i}", reyes, *([varrow] if i == 0 else []))]
    links += story("s1", ("quillona#s1", "Quillona"), varrow)
    assert given_name_links(links) == {("s1", "quillona"): "quillona reyes"}
    # someone named with her once in many stories of their own is no such tie
    links += [x for i in range(2, 6) for x in story(f"v{i}", varrow)]
    assert given_name_links(links) == {}


def test_a_rare_given_name_alone_counts_its_companions_other_stories_only() -> None:
    # Jon Varrow in three stories: one with Quillona Reyes, one of his own, and his interview:
    # "did you know Quillona?" He is named with her in half of his other stories.
    reyes, varrow = ("quillona reyes", "Quillona Reyes"), ("jon varrow", "Jon Varrow")
    links = [x for i in range(5) for x in story(f"d{i}", reyes, *([varrow] if i == 0 else []))]
    links += story("v1", varrow, ("pat lund", "Pat Lund"))
    links += story("s1", ("quillona#s1", "Quillona"), varrow)
    assert given_name_links(links) == {("s1", "quillona"): "quillona reyes"}
    # a Quillona the store does not give to one bearer needs more than that
    links += [x for i in range(2) for x in story(f"t{i}", ("quillona tate", "Quillona Tate"))]
    assert given_name_links(links) == {}


def test_two_given_names_alone_join_bearers_who_are_each_others_regular_company() -> None:
    # "Even Zorvan and Quillona, when Zorvan was still alive, would come down"
    quillona, zorvan = ("quillona reyes", "Quillona Reyes"), ("zorvan lake", "Zorvan Lake")
    links = [x for i in range(4) for x in story(f"d{i}", quillona, *([zorvan] if i < 3 else []))]
    links += story("o1", ("zorvan pell", "Zorvan Pell"), ("pat lund", "Pat Lund"))
    links += story("o2", ("zorvan marsh", "Zorvan Marsh"))
    links += story("s1", ("zorvan#s1", "Zorvan"), ("quillona#s1", "Quillona"))
    assert given_name_links(links) == {("s1", "zorvan"): "zorvan lake", ("s1", "quillona"): "quillona reyes"}
    # a bearer of the other word seldom named with her is no pair
    links = [x for x in links if x.pid != "zorvan lake" or x.article == "d0"]
    links += story("z1", zorvan) + story("z2", zorvan)
    assert given_name_links(links) == {}


def test_a_name_the_store_writes_only_as_a_full_names_first_word_joins_by_its_company() -> None:
    # a saga's recaps: "Zarrok Vantheel" with "Mirel Stoane" and "Tobbin Harl"; then "allowing Zarrok to ..."
    zarrok, mirel = ("zarrok vantheel", "Zarrok Vantheel"), ("mirel stoane", "Mirel Stoane")
    tobbin = ("tobbin harl", "Tobbin Harl")
    links = [x for i in range(3) for x in story(f"d{i}", zarrok, mirel, tobbin)]
    links += story("s1", ("zarrok#s1", "Zarrok"), mirel, tobbin)
    assert given_name_links(links) == {("s1", "zarrok"): "zarrok vantheel"}
    # a word the store also writes as a surname ("Ada Zarrok") is not read as a given name
    links += story("e1", ("ada zarrok", "Ada Zarrok"))
    assert given_name_links(links) == {}


# --- the store ----------------------------------------------------------------------


def _add(conn: sqlite3.Connection, article: str, key: str, name: str, mentions: int) -> None:
    with conn:
        conn.execute(
            "INSERT INTO articles (id, path, source, title, outlet, byline, date, url, words, text, model,"
            " ingested_at) VALUES (?, ?, ?, 't', NULL, NULL, '2024-01-01', NULL, 3, ?, 'test', '2024-01-01')",
            (article, article, article, f"{name} spoke today."),
        )
        conn.execute("INSERT INTO people VALUES (?, ?, ?, NULL, NULL, 0, NULL, ?, ?, NULL)",
                     (article, key, name, mentions, json.dumps([name])))


def test_resolving_the_store_joins_a_spelling_and_keeps_it_joined(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db", create=True)
    _add(conn, "a1", "ada de quillon", "Ada de Quillon", 5)
    _add(conn, "a2", "ada de quillon", "Ada de Quillon", 3)
    _add(conn, "a3", "ada dequillon", "Ada DeQuillon", 1)
    resolve_people(conn)
    linked = dict(conn.execute("SELECT article_id, person FROM people").fetchall())
    assert set(linked.values()) == {"ada de quillon"}
    assert [r[0] for r in conn.execute("SELECT id FROM persons")] == ["ada de quillon"]
    resolve_people(conn)  # nothing pending: the join stays
    assert dict(conn.execute("SELECT article_id, person FROM people").fetchall()) == linked
    _add(conn, "a4", "ada de quillon", "Ada de Quillon", 2)  # a new batch redoes the group
    _add(conn, "a5", "ada dequillon", "Ada DeQuillon", 1)
    resolve_people(conn)
    assert set(dict(conn.execute("SELECT article_id, person FROM people").fetchall()).values()) == {"ada de quillon"}


# --- another form of the given name ------------------------------------------------


def test_a_seldom_written_form_of_the_given_name_joins_the_usual_full_name_in_its_company() -> None:
    # "gave Jonn Tessel 11 minutes on The Late Hour": the host is "Jon Tessel" in five stories
    usual = named("jon tessel", "Jon Tessel", 20, *(f"a{i}" for i in range(5)))
    guest = named("bram orwell", "Bram Orwell", 9, "a1", "s1")
    seldom = named("jonn tessel", "Jonn Tessel", 2, "s1")
    company = {"a1": {"jon tessel", "bram orwell"}, "s1": {"jonn tessel", "bram orwell"}}
    assert variant_merges([usual, guest, seldom], company) == {"jonn tessel": "jon tessel"}
    # a namesake's story: "police say Jonathan Tessel, 25, ..." names none of his company
    namesake = named("jonathan tessel", "Jonathan Tessel", 6, "c1")
    officer = named("pat lund", "Pat Lund", 1, "c1")
    company |= {"c1": {"jonathan tessel", "pat lund"}}
    assert variant_merges([usual, guest, namesake, officer], company) == {}


def test_a_seldom_written_form_of_the_given_name_joins_the_usual_full_name_holding_the_same_office() -> None:
    # "Council Member Steven Quillon" once, beside Council Member Stephen Quillon's five stories
    usual = replace(named("stephen quillon", "Stephen Quillon", 9, *(f"a{i}" for i in range(5))),
                    offices=frozenset({"Council Member"}))
    seldom = replace(named("steven quillon", "Steven Quillon", 1, "s1"), offices=frozenset({"Council Member"}))
    assert variant_merges([usual, seldom], {}) == {"steven quillon": "stephen quillon"}
    # another office, and no one in common: a namesake
    judge = replace(seldom, offices=frozenset({"Judge"}))
    assert variant_merges([usual, judge], {}) == {}


def test_a_seldom_written_form_of_the_given_name_joins_the_surnames_only_other_full_name() -> None:
    # "Billy Quillon's sidewalk is heated", once; the store's one other Quillon is "Bill Quillon"
    usual = named("bill quillon", "Bill Quillon", 30, "a1", "a2", "a3")
    seldom = named("billy quillon", "Billy Quillon", 1, "s1")
    assert variant_merges([usual, seldom], {}) == {"billy quillon": "bill quillon"}
    # a third Quillon of the store leaves the two apart, as does a formal name the usual one is short for
    wife = named("ada quillon", "Ada Quillon", 2, "a1", "a4")
    assert variant_merges([usual, seldom, wife], {}) == {}
    host = named("jon quillon", "Jon Quillon", 20, "a1", "a2", "a3")
    defendant = named("jonathan quillon", "Jonathan Quillon", 3, "c1")
    assert variant_merges([host, defendant], {}) == {}


def test_two_short_forms_of_one_given_name_join_but_not_when_one_article_names_both() -> None:
    usual = named("bill quillon", "Bill Quillon", 12, "a1", "a2", "a3")
    rival = named("ada marin", "Ada Marin", 5, "a2", "s1")
    seldom = named("billy quillon", "Billy Quillon", 1, "s1")
    company = {"a2": {"bill quillon", "ada marin"}, "s1": {"billy quillon", "ada marin"}}
    assert variant_merges([usual, rival, seldom], company) == {"billy quillon": "bill quillon"}
    # "Bill Quillon and his son Billy Quillon": two people
    son = named("billy quillon", "Billy Quillon", 1, "a2")
    assert variant_merges([usual, rival, son], {"a2": {"bill quillon", "billy quillon", "ada marin"}}) == {}
    # another given name altogether is another person
    other = named("bert quillon", "Bert Quillon", 1, "s1")
    assert variant_merges([usual, rival, other], {**company, "s1": {"bert quillon", "ada marin"}}) == {}


def test_a_nickname_clipped_from_the_end_of_a_given_name_joins_the_one_person_of_its_story() -> None:
    # "a person close to Giovanni Quillon confirms that Vanni will opt out"
    links = story("s1", ("giovanni quillon", "Giovanni Quillon"), ("vanni#s1", "Vanni"), ("pat lund", "Pat Lund"))
    assert end_clipped_links(links) == {("s1", "vanni"): "giovanni quillon"}
    # another story without him: a van named Vanni stays apart; so does a word two given names end in
    links += story("s2", ("vanni#s2", "Vanni"), ("pat lund", "Pat Lund"))
    two = (("giovanni tessel", "Giovanni Tessel"), ("rovanni marsh", "Rovanni Marsh"))
    links += story("s3", *two, ("vanni#s3", "Vanni"))
    assert end_clipped_links(links) == {("s1", "vanni"): "giovanni quillon"}
    # a word the store writes as a surname ("Ada Vanni") or a given name of its own is no nickname
    assert end_clipped_links([*links, *story("s4", ("ada vanni", "Ada Vanni"))]) == {}
    assert end_clipped_links(story("s5", ("mariana tessel", "Mariana Tessel"), ("ana#s5", "Ana"))) == {}
    # two letters will do ("Ye" of the story's Zanye Quillon), unless a full name of the store holds the word
    short = story("s6", ("zanye quillon", "Zanye Quillon"), ("ye#s6", "Ye"))
    assert end_clipped_links(short) == {("s6", "ye"): "zanye quillon"}
    assert end_clipped_links([*short, *story("s7", ("ada ye", "Ada Ye"))]) == {}


def test_a_nickname_another_story_gives_a_person_is_that_person_in_a_story_of_their_company() -> None:
    # "Giovanni Quillon ... Vanni resisted the urge to fight back" read as one person in s1; then
    # "with him, Vanni and Pat Lund" in a story that never writes the full name
    gio = "giovanni quillon"
    called = Link("s1", gio, gio, "Giovanni Quillon", False, ("Giovanni Quillon", "Vanni"))
    links = [called, *story("s1", ("pat lund", "Pat Lund"))]
    links += story("s2", ("vanni#s2", "Vanni"), ("pat lund", "Pat Lund"))
    assert end_clipped_links(links) == {("s2", "vanni"): "giovanni quillon"}
    # a story that shares no one with his, or a word another person of several stories bears, stays apart
    assert end_clipped_links([called, *story("s2", ("vanni#s2", "Vanni"), ("cy marsh", "Cy Marsh"))]) == {}
    bearer = [*story("s3", ("ada vanni", "Ada Vanni")), *story("s4", ("ada vanni", "Ada Vanni"))]
    assert end_clipped_links([*links, *bearer]) == {}


# --- another name an article gives ----------------------------------------------------------------


FORMS = {"bram quillon": ["Bram Quillon", "Quillon"], "carlos vane": ["Carlos Vane"], "ada tessel": ["Ada Tessel"]}


def test_an_alter_ego_a_real_name_or_a_birth_name_is_the_person_named_before_it() -> None:
    text = "The texts came from Quillon's sexting alter-ego Carlos Vane, a year after he resigned."
    assert alias_pairs(text, FORMS) == [("bram quillon", "carlos vane")]
    text = "Bram Quillon, whose real name is Carlos Vane, was charged on Monday."
    assert alias_pairs(text, FORMS) == [("bram quillon", "carlos vane")]
    text = "Ada Tessel met Bram Quillon, born Carlos Vane, in 1961."
    assert alias_pairs(text, FORMS) == [("bram quillon", "carlos vane")]
    text = "Bram Quillon, 41, changed his name from Carlos Vane after the trial."
    assert alias_pairs(text, FORMS) == [("bram quillon", "carlos vane")]
    text = "Back in 1999 Bram Quillon (then going by Carlos Vane) played small clubs."
    assert alias_pairs(text, FORMS) == [("bram quillon", "carlos vane")]
    text = "Bram Quillon, who calls himself Carlos Vane online, was charged."
    assert alias_pairs(text, FORMS) == [("bram quillon", "carlos vane")]


def test_a_name_someone_changes_to_is_theirs_whatever_the_tense() -> None:
    text = "Is this why Bram Quillon changes his name to Carlos Vane in the last season?"
    assert alias_pairs(text, FORMS) == [("bram quillon", "carlos vane")]
    text = "By then Bram Quillon was talking of changing his name to Carlos Vane."
    assert alias_pairs(text, FORMS) == [("bram quillon", "carlos vane")]


def test_a_clause_after_a_semicolon_names_its_own_subject() -> None:
    # "he" is the suspect, not Ada Tessel, the last name written before the cue
    text = "He admired a preacher, said Ada Tessel; he also talked of changing his name to Carlos Vane."
    assert alias_pairs(text, FORMS) == []


def test_a_bracketed_other_name_is_of_the_name_right_before_the_bracket() -> None:
    # named for Ada Tessel's album, the singer "Tessel Road (real name: Carlos Vane)" is no person of the story
    text = "Named for the Ada Tessel album, Tessel Road (real name: Carlos Vane) sang."
    assert alias_pairs(text, FORMS) == []
    text = "Named for the album, Bram Quillon (real name: Carlos Vane) sang."
    assert alias_pairs(text, FORMS) == [("bram quillon", "carlos vane")]


def test_a_part_a_born_place_or_a_name_in_another_sentence_is_no_other_name() -> None:
    text = "Bram Quillon (aka Carlos Vane on the show) waved."  # an actor's part
    assert alias_pairs(text, FORMS) == []
    text = "Bram Quillon hired Brooklyn-born Carlos Vane."
    assert alias_pairs(text, FORMS) == []
    text = "Bram Quillon left. His alter ego Carlos Vane stayed."  # nobody named in the sentence
    assert alias_pairs(text, FORMS) == []


def _resolved(
    tmp_path: Path, texts: dict[str, str], people: list[tuple[str, str, str, list[str]]],
    bylines: dict[str, str] | None = None,
) -> dict[str, str]:
    """A store of these articles and people rows (article, key, name, forms), resolved: article + key -> person."""
    conn = connect(tmp_path / "s.db", create=True)
    try:
        with conn:
            for article, text in texts.items():
                conn.execute(
                    "INSERT INTO articles (id, path, source, title, outlet, byline, date, url, words, text, model,"
                    " ingested_at) VALUES (?, ?, ?, 't', NULL, ?, '2024-01-01', NULL, 3, ?, 'test', '2024-01-01')",
                    (article, article, article, (bylines or {}).get(article), text),
                )
            for article, key, name, forms in people:
                conn.execute("INSERT INTO people VALUES (?, ?, ?, NULL, NULL, 0, NULL, 2, ?, NULL)",
                             (article, key, name, json.dumps(forms or [name])))
        resolve_people(conn)
        return dict(conn.execute("SELECT article_id || key, person FROM people").fetchall())
    finally:
        conn.close()


def test_an_alias_an_article_gives_joins_the_stories_that_write_only_the_alias(tmp_path: Path) -> None:
    texts = {"a1": "Bram Quillon resigned. The texts came from Quillon's alter ego Carlos Vane.",
             "a2": "Carlos Vane texted again.", "a3": "Bram Quillon spoke today."}
    people = [("a1", "bram quillon", "Bram Quillon", ["Bram Quillon", "Quillon"]),
              ("a1", "carlos vane", "Carlos Vane", []), ("a2", "carlos vane", "Carlos Vane", []),
              ("a3", "bram quillon", "Bram Quillon", [])]
    found = _resolved(tmp_path, texts, people)
    assert found["a2carlos vane"] == found["a1carlos vane"] == found["a3bram quillon"]


def test_a_one_word_alias_joins_its_person_but_a_given_name_says_nothing(tmp_path: Path) -> None:
    texts = {"a1": "Odo Vance cooked in secret. Vance's alias, Grimwald, was feared.",
             "a2": "Grimwald is back in business.", "a3": "Odo Vance taught chemistry.",
             "b1": "Ada Tessel, alias Mara, sang.", "b2": "Mara left early."}
    people = [("a1", "odo vance", "Odo Vance", ["Odo Vance", "Vance"]), ("a1", "grimwald", "Grimwald", []),
              ("a2", "grimwald", "Grimwald", []), ("a3", "odo vance", "Odo Vance", []),
              ("b1", "ada tessel", "Ada Tessel", []), ("b1", "mara", "Mara", []), ("b2", "mara", "Mara", [])]
    found = _resolved(tmp_path, texts, people)
    assert found["a2grimwald"] == found["a1grimwald"] == found["a3odo vance"]
    assert found["b2mara"] != found["b1ada tessel"]


def test_a_full_name_of_another_given_name_an_article_gives_a_person_is_that_person() -> None:
    # 'Dorian "Whitey" Kastellan' in one story; "Whitey Kastellan" alone in another
    forms = [("dorian kastellan", "Dorian Kastellan", ("Dorian Kastellan", "Whitey Kastellan", "Kastellan")),
             ("whitey kastellan", "Whitey Kastellan", ("Whitey Kastellan",)),
             ("ada quillon", "Ada Quillon", ("Ada Quillon", "Ada Quillon Jr.", "Mike Quillon"))]
    named = {"dorian kastellan": ["dorian kastellan"], "whitey kastellan": ["whitey kastellan"],
             "mike quillon": ["mike quillon", "mike quillon 2"], "ada quillon jr": ["ada quillon jr"]}
    assert other_given_name_pairs(forms, named) == [("dorian kastellan", "whitey kastellan")]
    # a short form of the given name is the same name, not another one; two bearers say nothing
    forms = [("william tessel", "William Tessel", ("William Tessel", "Bill Tessel"))]
    assert other_given_name_pairs(forms, {"bill tessel": ["bill tessel"]}) == []


def test_a_story_writing_only_a_nicknames_full_name_finds_the_person_by_their_name(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db", create=True)
    try:
        _add(conn, "a1", "dorian kastellan", "Dorian Kastellan", 4)
        _add(conn, "a2", "whitey kastellan", "Whitey Kastellan", 2)
        with conn:
            conn.execute(
                "UPDATE people SET aliases = ? WHERE article_id = 'a1'",
                (json.dumps(["Dorian Kastellan", "Kastellan", "Whitey", "Whitey Kastellan"]),),
            )
        resolve_people(conn)
        found = conn.execute("SELECT DISTINCT s.name FROM people p JOIN persons s ON s.id = p.person").fetchall()
    finally:
        conn.close()
    assert [tuple(row) for row in found] == [("Dorian Kastellan",)]


def test_a_person_called_by_a_middle_name_in_the_story_giving_the_whole_name_is_one_person() -> None:
    # "Donald Edward Bram Quillon began tattooing at ten ... Ed Quillon opened his shop"
    merges = variant_merges([
        named("ed quillon", "Ed Quillon", 30, "a1", "a2", "a3"),
        named("donald edward bram quillon", "Donald Edward Bram Quillon", 1, "a1"),
        named("mara quillon", "Mara Quillon", 2, "a1"),
    ])
    assert merges == {"donald edward bram quillon": "ed quillon"}
    # a given name that is the whole name's first is no middle name; in no story together, nothing says so
    first = [named("ed tessel", "Ed Tessel", 9, "b1"), named("edward ada tessel", "Edward Ada Tessel", 1, "b1")]
    assert variant_merges(first) == {}
    apart = [named("ed vane", "Ed Vane", 9, "c1"), named("bo edward vane", "Bo Edward Vane", 1, "c2")]
    assert variant_merges(apart) == {}


def test_an_epithet_the_store_writes_in_lower_case_before_the_mayors_surname_is_the_mayor(tmp_path: Path) -> None:
    texts = {f"m{i}": "Ada Quorvath spoke at City Hall." for i in range(12)}
    texts |= {"n1": "The nanny said so.", "n2": "Hire a nanny, or two.", "x": "Now Nanny Quorvath has advice. Quorvath"}
    people = [(f"m{i}", "ada quorvath", "Ada Quorvath", []) for i in range(12)]
    people.append(("x", "nanny quorvath", "Nanny Quorvath", ["Nanny Quorvath", "Quorvath"]))
    texts["y"] = "Under Nanny Quorvath's rules, soda shrank."  # the surname written nowhere else in the story
    people.append(("y", "nanny quorvath", "Nanny Quorvath", ["Nanny Quorvath"]))
    found = _resolved(tmp_path, texts, people)
    assert found["xnanny quorvath"] == found["ynanny quorvath"] == found["m0ada quorvath"] == "ada quorvath"


def test_a_surname_alone_beside_a_namesakes_company_is_that_namesake(tmp_path: Path) -> None:
    # Coach Odo Pimsby's match reports name his players; Mara Pimsby, a painter, is named elsewhere
    texts = {f"o{i}": "Odo Pimsby praised Tam Varnick and Selma Truitt." for i in range(4)}
    texts |= {f"m{i}": "Mara Pimsby showed her paintings with Ida Lund." for i in range(4)}
    texts["x"] = "Pimsby said Tam Varnick and Selma Truitt played well."
    people = [(f"o{i}", "odo pimsby", "Odo Pimsby", []) for i in range(4)]
    people += [(f"o{i}", key, name, []) for i in range(4) for key, name in
               (("tam varnick", "Tam Varnick"), ("selma truitt", "Selma Truitt"))]
    people += [(f"m{i}", "mara pimsby", "Mara Pimsby", []) for i in range(4)]
    people += [(f"m{i}", "ida lund", "Ida Lund", []) for i in range(4)]
    people += [("x", "pimsby", "Pimsby", []), ("x", "tam varnick", "Tam Varnick", []),
               ("x", "selma truitt", "Selma Truitt", [])]
    assert _resolved(tmp_path, texts, people)["xpimsby"] == "odo pimsby"


def test_a_given_name_alone_joins_the_one_person_of_it_its_story_was_joined_to() -> None:
    # "Carmelo came out hot" in a live blog whose "Melo" was joined to Carmelo Quillon
    links = story("s1", ("carmelo#s1", "Carmelo"), ("melo#s1", "Melo"), ("pat lund", "Pat Lund"))
    moves = {("s1", "melo"): "carmelo quillon"}
    assert same_story_links(links, moves) == {("s1", "carmelo"): "carmelo quillon"}
    # with no such join, or two of that given name in the story, it stays apart
    assert same_story_links(links, {}) == {}
    two = {**moves, ("s1", "pat lund"): "carmelo tessel"}
    assert same_story_links(links, two) == {}


def test_a_surname_alone_joins_the_one_person_of_it_its_storys_given_name_was_joined_to() -> None:
    # a recap's "Mr. Quorvath" beside a "Walt" found to be Walter Quorvath
    links = story("s1", ("quorvath#s1", "Quorvath"), ("walt#s1", "Walt"), ("pat lund", "Pat Lund"))
    moves = {("s1", "walt"): "walter quorvath"}
    assert same_story_links(links, moves) == {("s1", "quorvath"): "walter quorvath"}
    # two of that surname in the story, or the full name written beside it, leave it apart
    two = {**moves, ("s1", "pat lund"): "skyla quorvath"}
    assert same_story_links(links, two) == {}
    told_apart = story("s2", ("quorvath#s2", "Quorvath"), ("walter quorvath", "Walter Quorvath"))
    assert same_story_links(told_apart, {}) == {}


def test_a_given_name_alone_joins_the_person_another_form_of_it_was_joined_to_in_its_story() -> None:
    # an obituary writes "Pete" and "Seeger", each joined to Pete Quellan, and an aunt's "Peter"
    links = story("s1", ("peter#s1", "Peter"), ("pete quellan", "Pete"), ("pete quellan", "Quellan"))
    assert same_story_links(links, {}) == {("s1", "peter"): "pete quellan"}
    # a surname alone joined to a full name says nothing of a given name's other forms ("Jack" beside
    # a "Norris" joined to John Norris)
    links = story("s2", ("jack#s2", "Jack"), ("john norris", "Norris"))
    assert same_story_links(links, {}) == {}


def test_a_clip_of_a_stars_single_name_is_the_star_where_its_story_names_her_company() -> None:
    # "Quillona" in three stories, each beside Bram Orwell; "with Quil & Bram" in a fourth
    links = [x for i in range(3) for x in story(f"q{i}", ("quillona", "Quillona"), ("bram orwell", "Bram Orwell"))]
    clipped = story("c1", ("quil", "Quil"), ("bram orwell", "Bram Orwell"))
    assert single_name_clips([*links, *clipped]) == {("c1", "quil"): "quillona"}
    # the single name with two letters swapped is hers too
    slip = story("c3", ("qiullona", "Qiullona"), ("bram orwell", "Bram Orwell"))
    assert single_name_clips([*links, *slip]) == {("c3", "qiullona"): "quillona"}
    doubled = story("c4", ("quilllona", "Quilllona"), ("bram orwell", "Bram Orwell"))
    assert single_name_clips([*links, *doubled]) == {("c4", "quilllona"): "quillona"}
    # a story of other people is no fan's clip of hers ("Moz" at another singer's show)
    other = story("c2", ("quil", "Quil"), ("ada tessel", "Ada Tessel"))
    assert single_name_clips([*links, *other]) == {}
    # nor is a word a full name of the store ends with ("Yasiin Quil"), nor one the star's stories seldom write
    named = story("n1", ("yasiin quil", "Yasiin Quil"))
    assert single_name_clips([*links, *clipped, *named]) == {}
    assert single_name_clips([*links[:4], *clipped]) == {}  # two stories


# --- a persona's name --------------------------------------------------------------


def _weighed(article: str, *people: tuple[str, str, int]) -> list[Link]:
    return [Link(article, name.lower(), pid, name, mentions=count) for pid, name, count in people]


QUILLON = ("ada quillon", "Ada Quillon")


def persona_stories() -> list[Link]:
    """Ada Quillon in five stories; "Carlos Peril", her sexting alias, in three of them, each about her."""
    links = [x for i in range(2) for x in _weighed(f"q{i}", (*QUILLON, 6), ("bram orwell", "Bram Orwell", 1))]
    for i in range(3):
        links += _weighed(f"p{i}", (*QUILLON, 5), ("carlos peril", "Carlos Peril", 2), ("zed tessel", "Zed Tessel", i))
    return links


QUOTED = {"p0": 'Quillon sexted again, this time as "Carlos Peril".', "p1": "The Carlos Peril scandal grew."}


def test_an_invented_name_written_only_in_one_persons_stories_is_theirs() -> None:
    # 'sexting as "Carlos Peril"', "the Carlos Peril scandal": no family is called Peril, and the store writes
    # "peril" in lower case
    (candidate,) = persona_candidates(persona_stories())
    assert (candidate.owner, candidate.word, candidate.stories) == ("ada quillon", "peril", {"p0", "p1", "p2"})
    assert persona_pairs([candidate], {"peril"}, QUOTED) == [("ada quillon", "carlos peril")]
    # a word the store never writes in lower case may be a family name of its own
    assert persona_pairs([candidate], set(), QUOTED) == []
    # a name no story puts in quotation marks is a name of its own: a radio host on every one of a mayor's
    # weekly shows ("his weekly radio show with Carlos Peril")
    assert persona_pairs([candidate], {"peril"}, {"p0": "his weekly radio show with Carlos Peril"}) == []


def test_a_name_of_a_family_the_census_lists_or_the_store_names_is_no_persona() -> None:
    links = persona_stories()
    # "Carlos Reyes" in the same three stories: a surname the Census lists
    reyes = [replace(x, pid="carlos reyes", name="Carlos Reyes") if x.pid == "carlos peril" else x for x in links]
    assert persona_candidates(reyes) == []
    # "Mara Peril", wife of a "Tod Peril" the store names too: a family that bears the word
    family = [*links, *_weighed("f1", ("tod peril", "Tod Peril", 3))]
    assert persona_candidates(family) == []


def test_a_persona_needs_stories_about_one_person_and_a_person_of_their_own() -> None:
    links = persona_stories()
    # one story is no evidence
    assert persona_candidates([x for x in links if x.article not in ("p1", "p2")]) == []
    # a person every story names in passing (a president), another person each story is about: no owner
    passing = [replace(x, mentions=1) if x.pid == "ada quillon" and x.article.startswith("p") else x for x in links]
    assert persona_candidates(passing) == []
    # two people in every story: nothing says whose
    husband = [x for i in range(5) for x in _weighed(f"h{i}", ("mark orwell", "Mark Orwell", 3))]
    both = [*links, *husband, *(x for i in range(3) for x in _weighed(f"p{i}", ("mark orwell", "Mark Orwell", 1)))]
    assert persona_candidates(both) == []
    # a name with a role is an official's, no persona
    roled = [replace(x, role=True) if x.pid == "carlos peril" else x for x in links]
    assert persona_candidates(roled) == []


def test_a_persona_joins_its_person_across_the_store(tmp_path: Path) -> None:
    texts = {f"p{i}": f'Ada Quillon apologised again. "Carlos Peril" texted {i} times. Quillon said sorry.'
             for i in range(2)}
    texts |= {"q1": "Ada Quillon ran for mayor.", "q2": "Ada Quillon, a peril to no one, lost.",
              "q3": "The peril of the subway at night."}
    people = [(a, "ada quillon", "Ada Quillon", ["Ada Quillon", "Quillon"]) for a in ("p0", "p1", "q1", "q2")]
    people += [(a, "carlos peril", "Carlos Peril", ["Carlos Peril"]) for a in ("p0", "p1")]
    found = _resolved(tmp_path, texts, people)
    assert found["p0carlos peril"] == found["p1carlos peril"] == found["q1ada quillon"]


def test_a_chat_label_of_the_storys_writer_is_the_writer() -> None:
    chat = "Ada: the second season is the best\n\nBram: no\n\nAda: it is! ask Ada Reyes\n\nBram: fine"
    links = [Link("c1", "ada", "ada#c1", "Ada", mentions=3), Link("c1", "bram", "bram#c1", "Bram", mentions=2),
             Link("c2", "ada quillon", "ada quillon", "Ada Quillon")]
    named = {"ada quillon": {"ada quillon"}, "ada reyes": {"ada reyes"}}
    texts = {"c1": chat}
    both = {"c1": writers_of("Ada Quillon and Cy Orwin")}
    assert writer_links(links, both, texts, named) == {("c1", "ada"): "ada quillon"}
    # a writer the store holds no person of, or a chat partner the byline leaves out, stays apart
    assert writer_links(links, {"c1": writers_of("Bram Tessel")}, texts, named) == {}
    # one label is a line that happens to open with the name; a story by two Adas says neither
    once = {"c1": chat.replace("Ada: it", "It")}
    assert writer_links(links, {"c1": writers_of("Ada Quillon")}, once, named) == {}
    assert writer_links(links, {"c1": writers_of("Ada Quillon, Ada Reyes")}, texts, named) == {}


def test_a_chat_label_joins_the_writer_in_the_store(tmp_path: Path) -> None:
    texts = {"c1": "Ada: I liked the finale\n\nBram: I did not\n\nAda: fair", "c2": "Photos by Ada Quillon."}
    people = [("c1", "ada", "Ada", []), ("c1", "bram", "Bram", []), ("c2", "ada quillon", "Ada Quillon", [])]
    found = _resolved(tmp_path, texts, people, bylines={"c1": "Ada Quillon"})
    assert found["c1ada"] == found["c2ada quillon"]
    assert found["c1bram"] != found["c2ada quillon"]


def test_a_one_word_person_of_several_stories_joined_in_one_is_that_person_in_all() -> None:
    # three recaps of one drama call a character "Odo"; in one of them his company shows he is Odo Vance
    links = [Link(f"r{i}", "odo", "odo#r0", "Odo", mentions=3) for i in range(3)]
    assert whole_person_links(links, {("r1", "odo"): "odo vance"}) == {
        ("r0", "odo"): "odo vance", ("r2", "odo"): "odo vance"
    }
    # recaps joined to two different people say neither; a story's own "Odo" follows no one
    assert whole_person_links(links, {("r1", "odo"): "odo vance", ("r2", "odo"): "odo quillon"}) == {}
    alone = [Link("s1", "odo", "odo#s1", "Odo"), Link("s2", "odo", "odo#s2", "Odo")]
    assert whole_person_links(alone, {("s1", "odo"): "odo vance"}) == {}
