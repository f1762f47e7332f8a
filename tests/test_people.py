"""People and officials: merged name forms, roles and jurisdictions as news writes them."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from sanctuary_cli.corpus.clean import clean
from sanctuary_cli.evaluation.people import score_people
from sanctuary_cli.extract.model import PersonRecord
from sanctuary_cli.extract.people.cluster import cluster
from sanctuary_cli.extract.people.common import Mention
from sanctuary_cli.extract.people.mentions import _used_as_a_person
from sanctuary_cli.extract.people.people import extract_people, find_person, person_key, resolve_role
from sanctuary_cli.extract.people.personal import named_for_a_place, not_a_personal_name
from sanctuary_cli.extract.places.cities import extract_cities
from tests.conftest import GOLD, ROOT, SEEDS
from tests.extraction import people_by_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

Parse = Callable[[str], "Doc"]


def people_of(parse: Parse, text: str) -> list[PersonRecord]:
    doc = parse(text)
    return extract_people(doc, extract_cities(doc))


def person(people: list[PersonRecord], name: str) -> PersonRecord:
    found = [p for p in people if p.name == name]
    assert found, f"{name} not in {[p.name for p in people]}"
    return found[0]


# --- names ------------------------------------------------------------------------


def test_person_key_folds_spellings_of_one_name() -> None:
    assert person_key("J.B. Pritzker") == person_key("JB Pritzker") == person_key("Jb Pritzker")
    assert person_key("Donald J. Trump") == person_key("Donald Trump")
    assert person_key("Donald Trump Jr.") != person_key("Donald Trump")
    assert person_key("Mike Johnston") != person_key("Brandon Johnson")
    assert person_key("José Díaz") == person_key("Jose Diaz")


def test_a_surname_joins_the_full_name(parse: Parse) -> None:
    people = people_of(parse, "Brandon Johnson spoke first. Later, Johnson said the city would not bend.")
    johnson = person(people, "Brandon Johnson")
    assert "Johnson" in johnson.aliases
    assert len(johnson.mentions) == 2
    assert len(people) == 1


def test_a_short_form_of_the_given_name_alone_joins_the_one_full_name_it_shortens(parse: Parse) -> None:
    text = "Christopher Varrow left the band on Monday. \"Chris is the nicest man I know,\" said Ada Quillon."
    people = people_of(parse, text)
    assert "Chris" in person(people, "Christopher Varrow").aliases
    assert {p.name for p in people} == {"Christopher Varrow", "Ada Quillon"}
    text = "Commissioner Bill Varrow resigned on Friday. \"So long, William!\" shouted Ada Quillon."
    assert "William" in person(people_of(parse, text), "Bill Varrow").aliases
    # two full names it may shorten: the word stays apart
    text = "Christopher Varrow and Christine Orwell met. \"Chris is the nicest,\" said Ada Quillon."
    assert "Chris" in {p.name for p in people_of(parse, text)}


def test_a_double_given_names_first_half_alone_joins_the_full_name(parse: Parse) -> None:
    text = "Mary-Kate Varrow won. Fans of Mary cheered."
    assert person(people_of(parse, text), "Mary-Kate Varrow").aliases == ["Mary"]
    # two double given names of one first half: "Mary" stays apart
    text = "Mary-Kate Varrow won. Mary-Ann Orwin lost. Fans of Mary cheered."
    assert "Mary" in {p.name for p in people_of(parse, text)}


def test_a_full_name_run_together_as_a_hashtag_is_that_person(parse: Parse) -> None:
    people = people_of(parse, '"We won," said Ana Varrow, the coach. Soon #AnaVarrow was trending.')
    assert [(p.name, p.aliases) for p in people] == [("Ana Varrow", ["AnaVarrow"])]
    people = people_of(parse, '"We won," said Lin-Manuel Varrow, the coach. Soon #LinManuelVarrow was trending.')
    assert [(p.name, p.aliases) for p in people] == [("Lin-Manuel Varrow", ["LinManuelVarrow"])]


def test_a_given_name_no_list_holds_joins_its_full_name_only_when_written_bare(parse: Parse) -> None:
    found = people_by_name(parse, 'Zorvan Tessel won the race. "I told Zorvan to slow down," his coach said.')
    assert "Zorvan" in found["Zorvan Tessel"].aliases
    found = people_by_name(parse, "The Zorvan Doctrine was praised. President Zorvan defended it on Monday.")
    assert "Zorvan Doctrine" not in found or "Zorvan" not in found["Zorvan Doctrine"].aliases


def test_a_surname_after_an_honorific_of_the_other_gender_is_not_the_full_name(parse: Parse) -> None:
    people = people_of(parse, "Ada Varrow opened the bakery in 1962. Mr. Varrow died in 2001.")
    assert person(people, "Ada Varrow").aliases == [] and person(people, "Varrow").gender == "m"
    people = people_of(parse, "Martin Varrow opened the bakery in 1962. Mrs. Varrow ran the till.")
    assert person(people, "Martin Varrow").aliases == []
    people = people_of(parse, "Ada Varrow opened the bakery in 1962. Ms. Varrow still runs it.")
    assert person(people, "Ada Varrow").aliases == ["Varrow"]


def test_near_names_stay_apart(parse: Parse) -> None:
    text = "Brandon Johnson met Mike Johnston. Johnston said little, and Johnson left early."
    people = people_of(parse, text)
    assert person(people, "Brandon Johnson").aliases == ["Johnson"]
    assert person(people, "Mike Johnston").aliases == ["Johnston"]


def test_father_and_son_stay_apart(parse: Parse) -> None:
    text = "Donald Trump spoke, and Donald Trump Jr. and Elon Musk cheered. Trump then left."
    people = people_of(parse, text)
    assert "Trump" in person(people, "Donald Trump").aliases
    assert person(people, "Donald Trump Jr.").aliases == []


def test_a_misspelt_surname_joins_its_person(parse: Parse) -> None:
    text = "Gov. Maura Healy spoke on Monday. Healey, a Democrat, has promised to fight."
    people = people_of(parse, text)
    assert len(people) == 1
    assert "Healey" in people[0].aliases


def test_a_surname_spelt_with_another_vowel_joins_its_person(parse: Parse) -> None:
    text = "Councilwoman Dora Meltzer spoke on Monday. Meltzar, a Democrat, has promised to fight."
    people = people_of(parse, text)
    assert len(people) == 1
    assert "Meltzar" in people[0].aliases


def test_two_surnames_a_consonant_apart_are_two_people(parse: Parse) -> None:
    text = ("Crowds gathered after Kasim Mardo was reported dead. Reporters said Mardo was found in a compound. "
            "President Pardo said Mardo was killed in the raid. Pardo spoke from the palace.")
    people = people_of(parse, text)
    assert person(people, "Kasim Mardo").aliases == ["Mardo"]
    assert person(people, "Pardo").mentions


def test_surnames_the_ner_tags_otherwise_are_still_mentions(parse: Parse) -> None:
    text = "California Gov. Gavin Newsom called a session. Newsom said the state was ready."
    newsom = person(people_of(parse, text), "Gavin Newsom")
    assert len(newsom.mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The skyline at dusk. Dana Orwell/Lakeside Daily",
        "The skyline at dusk. Dana Orwell / Flickr",
        "(Photo by Dana Orwell) The pier reopened on Monday.",
        "Photo courtesy of Dana Orwell. The pier reopened on Monday.",
        "The pier reopened on Monday.\n\nHarbor Grill Menu by Dana Orwell on Chirpdocs\n\nIt serves fish.",
        "The pier reopened on Monday.\n\n(Dana Orwell)\n\nIt serves fish.",
        "The pier reopened on Monday.\n\nSpring Dinner Menu By Dana Orwell\n\nIt serves fish.",
        "(Dana Orwell)\n\nThe pier reopened on Monday.\n\n(Dana Orwell)\n\nIt serves fish.",
        "A team huddles at the cup. (Dana Orwell)\n\nThe final was played in the square. (Dana Orwell)",
        "Dana Orwell\n\nThe pier reopened on Monday.\n\nDana Orwell\n\nIt serves fish.",
        "The pier reopened on Monday.\n\nAdditional reporting by Dana Orwell.",
        "The pier reopened on Monday.\n\nReporting by Dana Orwell",
        "The pier reopened on Monday.\n\nAdditional reporting by Mara Vell and Dana Orwell.",
        "The pier reopened on Monday.\n\n(Photos by Mara Vell, Ty Lam & Dana Orwell)",
    ],
)
def test_a_photo_credit_is_no_person(parse: Parse, text: str) -> None:
    assert "Dana Orwell" not in {p.name for p in people_of(parse, text)}


def test_a_bracketed_name_naming_the_storys_subject_is_the_photos_caption(parse: Parse) -> None:
    text = "(Dana Orwell)\n\nDana Orwell, 66, was shot in her home on Monday. Orwell had called for help."
    assert len(person(people_of(parse, text), "Dana Orwell").mentions) == 3
    # a name alone on one line is as often one of a list of performers
    lineup = "Tonight's lineup:\n\nDana Orwell\n\nMara Vell\n\nDoors open at eight."
    assert "Dana Orwell" in {p.name for p in people_of(parse, lineup)}
    # a name the story's prose writes too is no mere credit
    text = "A team huddles at the cup. (Dana Orwell)\n\nThe final was played in the square, Orwell said later."
    assert len(person(people_of(parse, text), "Dana Orwell").mentions) == 2


def test_a_slash_after_a_name_makes_a_credit_only_at_the_lines_end(parse: Parse) -> None:
    text = ("Rankings follow.\n\n11. Ada Stark/Quillon: all in all a good week for Ada, who smiled.\n\n"
            "(Photo: Dana Orwell/Getty Images) The pier reopened.\n\nThe skyline at dusk. Mara Vell / Flickr")
    assert [(p.name, len(p.mentions)) for p in people_of(parse, text)] == [("Ada Stark", 2)]


def test_a_photographer_in_a_sentence_is_a_person_and_one_in_a_credit_is_not(parse: Parse) -> None:
    text = ("Seventy years after his first show, photographer Todd Quellen is getting his second one. "
            "Quellen's photos are stunning.\n\nPhotographer: Dana Orwell")
    assert [(p.name, len(p.mentions)) for p in people_of(parse, text)] == [("Todd Quellen", 2)]
    # a paragraph may open with the word for the person too, then go on as a sentence
    text = ("Photographer Todd Quellen dropped by the hall today. Quellen noted the acoustics.\n\n"
            "(Todd Quellen/Lakeside Daily)\n\n(Photographer Dana Orwell)")
    assert [(p.name, len(p.mentions)) for p in people_of(parse, text)] == [("Todd Quellen", 2)]


def test_a_name_after_another_and_a_word_of_credits_is_credited_only_in_a_list(parse: Parse) -> None:
    # "via Chirpr, Dana Orwell said": no list of names before hers, and a sentence goes on
    text = "The pier reopened on Monday. In a post via Chirpr, Dana Orwell said she was thrilled."
    assert "Dana Orwell" in {p.name for p in people_of(parse, text)}
    text = "The statement came from Mayor Ada Quillon and Dana Orwell on Monday."
    assert "Dana Orwell" in {p.name for p in people_of(parse, text)}
    text = "The clinics display images of Ada Quillon and Dana Orwell hugging a dog."
    assert "Dana Orwell" in {p.name for p in people_of(parse, text)}


def test_a_line_crediting_a_document_takes_nothing_from_the_person_the_story_names(parse: Parse) -> None:
    text = ("Harbor Grill reopened on Monday, Dana Orwell said.\n\nHarbor Grill Menu by Dana Orwell on Chirpdocs"
            "\n\nThe book was written by Dana Orwell.")
    assert len(person(people_of(parse, text), "Dana Orwell").mentions) == 2
    text = "Council bill sponsored by Dana Orwell\n\nThe bill passed on Monday, and Orwell thanked her staff."
    assert len(person(people_of(parse, text), "Dana Orwell").mentions) == 2  # a headline, no credit


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("Traffic backed up on the Tessa Lindqvist Bridge on Friday, Mara Quill said.", "Tessa Lindqvist"),
        ("Riders waited at Orrin Vale Station all night, Mara Quill said.", "Orrin Vale Station"),
        ("Crews repaved Dorrit and Burke Avenues, Mara Quill said.", "Burke Avenues"),
        ("The city is gripped by Vossky Mania, with the street artist's works everywhere, Mara Quill said.",
         "Vossky Mania"),
        ("Tickets for My Lonely Harbor went on sale, Mara Quill said.", "My Lonely Harbor"),
        ("The Ada Quillon-Bram Tessel debate ran long, Mara Quill said.", "Ada Quillon-Bram Tessel"),
        ("Flights out of JFK were late, Mara Quill said.", "JFK"),
        ("Critics called the jet Air Quillon, Mara Quill said.", "Air Quillon"),
        ('"Thank God nobody was hurt," Mara Quill said.', "God"),
        ('Order the kale salad. The kale salad sells out. "Kale Salad is our bestseller," Mara Quill said of '
         "the kale salad.", "Kale Salad"),
        ("Mayor Ada Vantor flew south. The manager checked that Hizzoner was okay, Mara Quill said.", "Hizzoner"),
        ("Beer cheese is everywhere now. Mix cheese, beer and spice; the beer matters most. Brooklyn's Floyd bar "
         "sells its own. Floyd Beer Cheese doesn't rock the same punch, but the beer shines, Mara Quill said. "
         "Earl's Beer & Cheese and Tavern Beer Cheese sell it too.", "Floyd Beer"),
    ],
)
def test_names_of_places_works_pairs_and_nicknames_are_no_people(parse: Parse, text: str, not_a_person: str) -> None:
    names = {p.name for p in people_of(parse, text)}
    assert not_a_person not in names
    assert "Mara Quill" in names


def test_a_place_name_after_a_title_is_a_person(parse: Parse) -> None:
    assert person(people_of(parse, "Governor Elgin said no to the toll plan on Monday."), "Elgin").role == "Governor"


@pytest.mark.parametrize(
    "text",
    [
        "The family moved to Elgin last year, Mara Quill said.",
        "Crowds posed beside Lady Liberty on Monday, Mara Quill said.",
        "The band played Mrs. Elgin twice, Mara Quill said.",
    ],
)
def test_a_place_name_alone_or_after_a_courtesy_title_is_no_person(parse: Parse, text: str) -> None:
    assert [p.name for p in people_of(parse, text)] == ["Mara Quill"]


def test_a_name_ends_at_its_line(parse: Parse) -> None:
    from spacy.tokens import Span

    doc = parse("Answers below.\n\nMara Quillon\n\nElection charts by the data desk.")
    words = [t.text for t in doc]
    # the tagger may run a heading on into the next line's words: a PERSON over both lines
    doc.ents = [Span(doc, words.index("Mara"), words.index("Election") + 1, label="PERSON")]
    assert [p.name for p in extract_people(doc, extract_cities(doc))] == ["Mara Quillon"]


def test_a_one_word_name_used_as_a_platform_or_team_is_no_person(parse: Parse) -> None:
    text = "Mara Quill posted the clip on Chirpr. The Comets lost again, and Quill said so on Chirpr."
    names = {p.name for p in people_of(parse, text)}
    assert "Chirpr" not in names and "Comets" not in names
    assert "Mara Quill" in names


# --- roles and jurisdictions ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "jurisdiction"),
    [
        ("Chicago Mayor Brandon Johnson said no.", "Brandon Johnson", "Mayor", "Chicago"),
        ("Illinois Gov. JB Pritzker said no.", "JB Pritzker", "Governor", "Illinois"),
        ("U.S. Sen. Rand Paul (R-Ky.) said no.", "Rand Paul", "Senator", "Kentucky"),
        ("GOP Texas Gov. Greg Abbott sent buses.", "Greg Abbott", "Governor", "Texas"),
        ("Denver Mayor Mike Johnston said no.", "Mike Johnston", "Mayor", "Denver"),
        ("New York City Democratic Mayor Eric Adams objected.", "Eric Adams", "Mayor", "New York City"),
        ("President-elect Donald Trump promised raids.", "Donald Trump", "President", "United States"),
        ("Alderman Anthony Napolitano disagreed in Chicago.", "Anthony Napolitano", "Alderman", "Chicago"),
        ("Brooklyn Councilwoman Laurie Cumbo objected.", "Laurie Cumbo", "Council Member", "New York City"),
        ("NJ Governor Chris Christie endorsed him.", "Chris Christie", "Governor", "New Jersey"),
    ],
)
def test_a_title_before_the_name(parse: Parse, text: str, name: str, role: str, jurisdiction: str) -> None:
    official = person(people_of(parse, text), name)
    assert (official.role, official.jurisdiction, official.official) == (role, jurisdiction, True)


def test_appositives_give_the_role(parse: Parse) -> None:
    text = (
        "Tom Homan, the former acting director of ICE and Trump's border czar, spoke. "
        "Abigail Jackson, White House spokeswoman, replied. "
        "JB Pritzker, the governor of Illinois, objected. "
        "Manuel Castro, New York's commissioner of migrant affairs, agreed."
    )
    people = people_of(parse, text)
    assert (person(people, "Tom Homan").role, person(people, "Tom Homan").jurisdiction) == (
        "border czar",
        "United States",
    )
    jackson = person(people, "Abigail Jackson")
    assert (jackson.role, jackson.jurisdiction, jackson.gender) == ("White House spokeswoman", "United States", "f")
    assert person(people, "JB Pritzker").jurisdiction == "Illinois"
    castro = person(people, "Manuel Castro")
    assert (castro.role, castro.jurisdiction) == ("Commissioner of migrant affairs", "New York City")


def test_a_role_phrase_before_the_name(parse: Parse) -> None:
    text = "Spokeswoman for Los Angeles Mayor Garcetti's office, Connie Llanos, said the city would wait."
    people = people_of(parse, text)
    llanos = person(people, "Connie Llanos")
    assert (llanos.role, llanos.jurisdiction, llanos.official) == ("Spokeswoman", "Los Angeles", True)
    garcetti = person(people, "Garcetti")
    assert (garcetti.role, garcetti.jurisdiction) == ("Mayor", "Los Angeles")


def test_a_bare_mayor_governs_the_city_just_named(parse: Parse) -> None:
    text = "Boston, Massachusetts\n\nMayor Michelle Wu told reporters she would protect immigrants."
    wu = person(people_of(parse, text), "Michelle Wu")
    assert (wu.role, wu.jurisdiction) == ("Mayor", "Boston")


def test_people_without_a_government_role_are_not_officials(parse: Parse) -> None:
    text = (
        "Hector Ruiz, president of the local tenants union, spoke. "
        "Director Jane Smith showed her film. "
        "Tom Reed, a spokesman for the building's owner, declined to comment. "
        "Elon Musk cheered."
    )
    people = people_of(parse, text)
    assert [p.name for p in people if p.official] == []


def test_gender_from_pronouns_and_honorifics(parse: Parse) -> None:
    text = "Mayor Brandon Johnson spoke. He said the city would resist. Ms. Karen Bass agreed."
    people = people_of(parse, text)
    assert person(people, "Brandon Johnson").gender == "m"
    assert person(people, "Karen Bass").gender == "f"


# --- lookups for the other extractors --------------------------------------------------


def test_resolve_role_and_find_person(parse: Parse) -> None:
    text = (
        "Chicago Mayor Brandon Johnson and Denver Mayor Mike Johnston spoke with "
        "Illinois Gov. J.B. Pritzker. Johnson said more."
    )
    people = people_of(parse, text)
    assert resolve_role(people, "mayor", "Chicago") is person(people, "Brandon Johnson")
    assert resolve_role(people, "the mayor", "Denver's") is person(people, "Mike Johnston")
    assert resolve_role(people, "Gov.", None) is person(people, "J.B. Pritzker")
    assert resolve_role(people, "governor", "Ill.") is person(people, "J.B. Pritzker")
    assert resolve_role(people, "mayor", "Boston") is None
    assert find_person(people, "Johnson") is person(people, "Brandon Johnson")
    assert find_person(people, "Johnston's") is person(people, "Mike Johnston")
    assert find_person(people, "JB Pritzker") is person(people, "J.B. Pritzker")
    assert find_person(people, "Mayor Johnson") is person(people, "Brandon Johnson")
    assert find_person(people, "Homan") is None


@pytest.mark.parametrize("text", ["", " ", "\n", "Mr.", "Mayor", "Gov. ,", "Jr.", "de", "“Johnson”", "(R-Ky.)"])
def test_odd_text_does_not_crash(parse: Parse, text: str) -> None:
    doc = parse(text)
    extract_people(doc, extract_cities(doc))


# --- the seeds ------------------------------------------------------------------------


def test_seeds_give_every_gold_official_and_no_false_official(parse: Parse) -> None:
    gold = [json.loads(line) for line in (GOLD / "people.jsonl").read_text().splitlines() if line.strip()]
    rows = []
    for path in sorted(SEEDS.glob("*.txt")):
        body, _ = clean(path.read_text(encoding="utf-8"))
        doc = parse(body.text)
        for p in extract_people(doc, extract_cities(doc)):
            rows.append(
                {
                    "name": p.name,
                    "aliases": p.aliases,
                    "role": p.role,
                    "jurisdiction": p.jurisdiction,
                    "official": p.official,
                }
            )
    score = score_people(gold, rows)
    assert score.misses == ()
    assert score.non_officials_marked == ()
    assert score.right == score.gold_officials == 21
    assert score.precision == 1.0


@pytest.mark.parametrize("resource", ["first_names", "surnames"])
def test_shipped_census_names_are_what_the_build_script_makes(tmp_path: Path, resource: str) -> None:
    pytest.importorskip("names")
    out = tmp_path / f"{resource}.tsv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / f"build_{resource}.py"), str(out)], check=True)
    shipped = ROOT / "src" / "sanctuary_cli" / "resources" / f"{resource}.tsv"
    assert out.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")


def test_a_news_sites_name_is_its_address_without_a_leading_www_or_top_level_domain() -> None:
    spec = importlib.util.spec_from_file_location("build_news_sites", ROOT / "scripts" / "build_news_sites.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.site_name("www.chirpline.com") == "chirpline"
    assert script.site_name("m.harbornews.co.uk") == "harbornews"
    assert script.site_name("blogs.chirpline.com") == "chirpline"
    assert script.site_name("abc.com") is None  # too short to be written as a name
    assert script.site_name("news4tulsa.com") is None and script.site_name("a.b.chirp.com") is None
    shipped = (ROOT / "src" / "sanctuary_cli" / "resources" / "news_sites.tsv").read_text(encoding="utf-8")
    assert shipped.startswith("# _source: ") and "newspaper4k" in shipped.splitlines()[0]
    names = shipped.splitlines()[2:]
    assert names == sorted(set(names)) and all(n.isalpha() and n.islower() and len(n) >= 4 for n in names)


def test_a_towns_name_that_is_a_common_surname_after_an_unlisted_word_is_a_persons() -> None:
    assert named_for_a_place(["Celebrate", "Brooklyn"])  # an event's
    assert not named_for_a_place(["Ansel", "Thompson"])  # a given name no list holds, a common surname


def test_a_titled_surname_is_not_a_differently_titled_namesake(parse: Parse) -> None:
    text = "President Obama spoke. First Lady Michelle Obama joined him, and Obama signed the bill."
    people = people_of(parse, text)
    president = person(people, "Obama")
    assert (president.role, president.official, len(president.mentions)) == ("President", True, 2)
    assert not person(people, "Michelle Obama").official


def test_a_foreign_city_before_a_title_gives_no_us_jurisdiction(parse: Parse) -> None:
    text = "In New York, officials met. London Mayor Boris Johnson also spoke."
    johnson = person(people_of(parse, text), "Boris Johnson")
    assert (johnson.role, johnson.jurisdiction) == ("Mayor", None)


# --- titles are not names ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Dr. Nora Whitfield, president of the museum, spoke at the opening.", "Nora Whitfield", None),
        ("The Rev. Martin Okafor led the march through Harlem.", "Martin Okafor", None),
        ("Health Commissioner Dr. Jane Roberts said the clinics would open.", "Jane Roberts", "Commissioner"),
        ("Lawyer Peter Hollis said the family would sue the city.", "Peter Hollis", "Advocate"),
        ("Principal Jill Varrow said the school would stay open.", "Jill Varrow", "Principal"),
        ("Prez Ada Varrow heads downtown tonight for a fundraiser.", "Ada Varrow", "President"),
        ("Counselor Stephen Marello told reporters the governor would sign.", "Stephen Marello", "Counselor"),
        ("Commisioner Daniel Ferris said the precinct would stay open.", "Daniel Ferris", None),
        ("Fans cheered when Queen Maribel Ostrand waved from the balcony.", "Maribel Ostrand", None),
    ],
)
def test_titles_and_honorifics_leave_the_name(parse: Parse, text: str, name: str, role: str | None) -> None:
    found = person(people_of(parse, text), name)
    if role is not None:
        assert found.role == role


def test_a_capital_inside_a_name_is_no_title(parse: Parse) -> None:
    text = "According to the Hollywood Reporter, Dana Mills said the show would go on."
    assert person(people_of(parse, text), "Dana Mills").role is None
    text = "U.S. Attorney Preet Varma charged the men on Monday."
    varma = person(people_of(parse, text), "Preet Varma")
    assert (varma.role, varma.jurisdiction) == ("U.S. Attorney", "United States")


# --- bare surnames -----------------------------------------------------------------------


def test_a_differently_worded_title_keeps_the_surname_with_its_person(parse: Parse) -> None:
    text = "Police Commissioner Ray Kelly spoke on Monday. Later, Commissioner Kelly said the men were armed."
    people = people_of(parse, text)
    assert [p.name for p in people] == ["Ray Kelly"]
    assert "Kelly" in people[0].aliases


def test_a_shared_surname_goes_to_the_namesake_named_last(parse: Parse) -> None:
    text = (
        "David Walsh opened the hearing on Monday. The next day, Anna Walsh took the stand. "
        "Walsh said she had seen the car."
    )
    people = people_of(parse, text)
    assert person(people, "Anna Walsh").aliases == ["Walsh"]
    assert person(people, "David Walsh").aliases == []


def test_a_shared_surname_stays_apart_when_unclear(parse: Parse) -> None:
    text = "David Walsh and Anna Walsh arrived together on Monday. Walsh said the car was red."
    people = people_of(parse, text)
    assert person(people, "Anna Walsh").aliases == []
    assert person(people, "David Walsh").aliases == []


def test_a_surname_with_a_particle_is_one_person(parse: Parse) -> None:
    text = "Bill de Blasio spoke first. De Blasio said the city was ready, and de Blasio left."
    people = people_of(parse, text)
    assert [p.name for p in people] == ["Bill de Blasio"]


# --- gender --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Chris Dalton was arrested on Monday. He was charged with theft.", "Chris Dalton", "m"),
        ("Police found Robin Hale at her home in Queens.", "Robin Hale", "f"),
        ("Mrs. Kerry Lane spoke to the board.", "Kerry Lane", "f"),
        ("Officers questioned Jordan Blake on Monday. She was released without charge.", "Jordan Blake", "f"),
    ],
)
def test_gender_from_pronouns_that_take_up_the_name(parse: Parse, text: str, name: str, gender: str) -> None:
    assert person(people_of(parse, text), name).gender == gender


def test_a_pronoun_after_a_sentence_of_another_named_subject_is_the_subjects(parse: Parse) -> None:
    # the subject the parser tags no person: "she" is still Ostrow's, not the name after "for"
    text = "Ostrow voted in 20 elections, twice for Bramwell Tate. If she had lived until May, she would be 110."
    assert person(people_of(parse, text), "Bramwell Tate").gender is None


@pytest.mark.parametrize(
    "text",
    [
        "The senator gave the crowd her usual line: 'Hallworth is weak, and Hallworth is a liar.' Then she left.",
        'At the rally the senator was blunt. "Hallworth cannot be trusted," she told the crowd.',
    ],
)
def test_a_pronoun_after_a_quotation_is_not_the_quoted_names(parse: Parse, text: str) -> None:
    # the name is inside the quotation, the pronoun outside it: the speaker's, not the name's
    assert person(people_of(parse, text), "Hallworth").gender is None


def test_a_pronoun_after_a_possessive_is_the_possessed_ones(parse: Parse) -> None:
    text = "Chris Dalton's mother was angry when reporters spoke to her."
    assert person(people_of(parse, text), "Chris Dalton").gender is None


# --- roles belong to their holders --------------------------------------------------------


def test_a_role_sought_or_served_is_not_held(parse: Parse) -> None:
    text = (
        "The dinner came at the invitation of Alan Pierce, five Democrats running for mayor. "
        "Ruth Gale, a longtime critic of the governor, objected."
    )
    people = people_of(parse, text)
    for name in ("Alan Pierce", "Ruth Gale"):
        assert not person(people, name).official


def test_a_place_where_something_happened_is_no_jurisdiction(parse: Parse) -> None:
    text = (
        "New York City police arrested four men in the Bronx on Tuesday. "
        "The men had all lived in Newburgh. "
        "Police Commissioner Ray Kelly said the men wanted to strike New York City."
    )
    kelly = person(people_of(parse, text), "Ray Kelly")
    assert kelly.role == "Police Commissioner"
    assert kelly.jurisdiction != "Newburgh"


def test_a_place_opening_the_sentence_gives_the_title_its_city(parse: Parse) -> None:
    text = "In Denver on Monday, Mayor Mike Johnston said the shelters would stay open."
    assert person(people_of(parse, text), "Mike Johnston").jurisdiction == "Denver"


def test_a_foreign_government_role_is_official_without_us_jurisdiction(parse: Parse) -> None:
    text = "Prime Minister Tony Blake met Lib Dem Norman Baxter in London."
    people = people_of(parse, text)
    blake = person(people, "Tony Blake")
    assert (blake.role, blake.official, blake.jurisdiction) == ("Prime Minister", True, None)
    person(people, "Norman Baxter")


def test_a_generation_written_alone_is_not_the_father_or_the_son(parse: Parse) -> None:
    text = (
        "Orrin Tessel spoke at the rally. His son, Orrin Jr., spoke next. Later Tessel left. "
        "Bram Quillon II died in March. His father, Quillon Sr., told reporters he wanted answers."
    )
    people = people_of(parse, text)
    assert "Orrin Jr." not in person(people, "Orrin Tessel").aliases
    assert all("Quillon Sr." not in p.aliases for p in people if p.name == "Bram Quillon II")


def test_a_surname_inside_an_outlets_or_a_places_name_is_no_mention(parse: Parse) -> None:
    text = (
        "Tessa Lindqvist, a teacher, left the school. Lindqvist News reported the story first, "
        "and Lindqvist News said more would follow. Lindqvist said she was happy."
    )
    lindqvist = person(people_of(parse, text), "Tessa Lindqvist")
    assert len(lindqvist.mentions) == 2


def test_a_name_with_s_before_a_places_word_is_the_place(parse: Parse) -> None:
    people = people_of(parse, "The festival returns to Randall's Island in June, organizers said.")
    assert all(p.name != "Randall" for p in people)


def test_a_word_after_a_plural_title_is_an_events_name(parse: Parse) -> None:
    text = (
        "Tickets for the Governors Ball sold out. One of the Ball's organizers said Gov Ball would survive. "
        "Gov. Ada Quillon spoke."
    )
    assert [p.name for p in people_of(parse, text)] == ["Ada Quillon"]


def test_a_word_after_a_number_is_a_titles_and_a_sentences_so_is_no_part_of_a_name(parse: Parse) -> None:
    doc = parse("Fans bought 50 Tessels in June, and in 2012 Quillon won.")
    words = {t.text: t.i for t in doc}
    assert not _used_as_a_person(doc, words["Tessels"])  # "50 Tessels": a title after a number
    assert _used_as_a_person(doc, words["Quillon"])  # a year before a name is no title's number
    assert not_a_personal_name("So Ada Quillon") is not None
    assert not_a_personal_name("Ada Quillon") is None


def test_a_generations_suffix_after_a_comma_is_part_of_the_name(parse: Parse) -> None:
    # the tagger ends the name before ", Jr."; the name is still the son's, not his father's
    people = people_of(parse, "Truman Orwell wrote there, Marten Luther Quillon, Jr. spoke at the church, and"
                       " Ada Vance lived nearby.")
    assert person(people, "Marten Luther Quillon, Jr.").key == "marten luther quillon jr"
    people = people_of(parse, "Ada Vance met Marten Quillon at the church. Marten Quillon spoke for an hour.")
    assert person(people, "Marten Quillon").key == "marten quillon"


def test_a_generations_suffix_the_tagger_reads_alone_is_no_person() -> None:
    # "Remember when Bram Orwell, Jr. was on the show?": the tagger's "Jr." is no one, nor kin of a "JR Quillon"
    assert not_a_personal_name("Jr.") is not None
    assert not_a_personal_name("Sr") is not None
    assert not_a_personal_name("III") is not None
    assert not_a_personal_name("Bram Orwell, Jr.") is None
    assert "suffix" not in (not_a_personal_name("JR") or "")  # an artist's initials: read on their own


def test_a_country_is_no_misspelling_of_a_surname(parse: Parse) -> None:
    text = ("Aid worker Ruth Kenyan flew in on Monday. Floods in Kenya have cut the roads, "
            "and Kenya has asked for help, Kenyan said.")
    kenyan = person(people_of(parse, text), "Ruth Kenyan")
    assert "Kenya" not in kenyan.aliases
    assert len(kenyan.mentions) == 2


def test_a_shared_surname_past_the_paragraph_goes_to_the_namesake_the_story_is_about(parse: Parse) -> None:
    text = (
        "Dorian Quarrick held a rally in Ohio on Monday. Quarrick told the crowd he would win.\n\n"
        "Quarrick then thanked his wife, Melisande Quarrick, who stood beside him.\n\n"
        "Later, Quarrick said he would visit Texas next week."
    )
    people = people_of(parse, text)
    assert len(person(people, "Dorian Quarrick").mentions) == 4
    assert person(people, "Melisande Quarrick").aliases == []


def test_a_titled_surname_written_first_is_no_relative_named_later(parse: Parse) -> None:
    text = (
        "President Quarrick signed the order on Friday.\n\n"
        "His daughter Tilda Quarrick posted photos from the party in Miami."
    )
    people = people_of(parse, text)
    assert person(people, "Tilda Quarrick").aliases == []
    assert person(people, "Quarrick").role == "President"
    # the same title again after her name is still the one titled first
    again = text + "\n\nPresident Quarrick later thanked the guests in Miami."
    people = people_of(parse, again)
    assert person(people, "Tilda Quarrick").aliases == []
    assert len(person(people, "Quarrick").mentions) == 2


def test_a_near_spelling_written_again_and_again_is_a_name_of_its_own(parse: Parse) -> None:
    text = (
        "The actor Tom Brenkle was not amused. A street artist calling himself Brenkley painted a mural. "
        "Brenkley signed it on Tuesday, and Brenkley later sold prints of it."
    )
    people = people_of(parse, text)
    assert person(people, "Tom Brenkle").aliases == []


def test_a_surname_with_sr_is_the_one_namesake_written_without_a_suffix(parse: Parse) -> None:
    # the name forms as the mention finder gives them (the tagger seldom reads "Quillon Sr." as a person)
    text = "Magnus Quillon founded the paper in 1970. His son Bo Quillon runs it. Quillon Sr. said no."

    def grouped(names: list[str]) -> list[list[str]]:
        doc = parse(text)
        mentions = []
        for name in names:
            start = text.index(name)
            span = doc.char_span(start, start + len(name), alignment_mode="expand")
            mentions.append(Mention(start, start + len(name), name, span.end - 1))
        return sorted(sorted(m.text for m in p.mentions) for p in cluster(doc, mentions, {}))

    assert grouped(["Magnus Quillon", "Quillon Sr."]) == [["Magnus Quillon", "Quillon Sr."]]
    # two namesakes written in full: "Sr." alone does not tell which is the father
    apart = [["Bo Quillon"], ["Magnus Quillon"], ["Quillon Sr."]]
    assert grouped(["Magnus Quillon", "Bo Quillon", "Quillon Sr."]) == apart


def test_a_headlines_determiner_or_pronoun_ends_a_name(parse: Parse) -> None:
    # a recap's heading written in title case runs a name into the words after it
    text = ("6. Will Somebody Please Get Orrin Some Salt Water To Gargle? He's Not Even Whispering Anymore. "
            "Orrin was creepy again this week. Ada Quillon watched.")
    assert sorted(p.name for p in people_of(parse, text)) == ["Ada Quillon", "Orrin"]
    assert not_a_personal_name("Orrin Some Cold Tea") is not None
    assert not_a_personal_name("Everybody Loves Orrin") is not None


def test_two_inner_letters_swapped_or_a_letter_doubled_in_a_given_name_are_a_slip(parse: Parse) -> None:
    text = ("Power rankings. 1. Jaime Vossberg: He fought well. 2. Cersei Vossberg: She plotted. "
            "Jamie Vossberg then rode north.")
    jaime = person(people_of(parse, text), "Jaime Vossberg")
    assert len(jaime.mentions) == 2
    text = "Raptors president Masai Orrinov spoke on Monday. Massai Orrinov said the team would rebuild."
    assert len(person(people_of(parse, text), "Masai Orrinov").mentions) == 2  # a letter doubled
    text = "The actor Jon Vossberg read the script aloud. \"It was fun,\" John Vossberg said later."
    assert len(person(people_of(parse, text), "Jon Vossberg").mentions) == 2  # an "h" put in a short name
    # a man's name and a woman's, or a swap of the first letter, are two people of one family
    text = "Carlo Vossberg and his sister Carol Vossberg ran the shop. Amy Vossberg and May Vossberg helped."
    assert len(people_of(parse, text)) == 4


def test_a_pet_form_of_the_articles_one_given_name_alone_is_that_person(parse: Parse) -> None:
    text = ("Assembly Speaker Sheldon Vossberg blocked the ethics bill again. Lawmakers still fear Vossberg. "
            "What the bill does not include is a limit on outside income (hello, Shelly).")
    assert len(person(people_of(parse, text), "Sheldon Vossberg").mentions) == 3
    # a name of its own that the article's people do not bear stays apart
    text = "Speaker Sheldon Vossberg blocked the bill. Lawmakers fear Vossberg. Then Molly spoke up."
    assert "Molly" in {p.name for p in people_of(parse, text)}


def test_a_given_name_alone_that_opens_the_articles_one_longer_given_name_is_that_person(parse: Parse) -> None:
    text = ('Police stopped Christen Vossberg, 41, on his bike in June. His wife said, "I seen Chris on the '
            'floor." Vossberg was released on Monday.')
    assert "Chris" in person(people_of(parse, text), "Christen Vossberg").aliases
    text = "Samrel Vossberg left the keep at dawn. Later that night, Sam told the guards he was tired."
    assert "Sam" in person(people_of(parse, text), "Samrel Vossberg").aliases
    # a name of the other gender opens no one's
    text = "Daniel Vossberg spoke first. Then Dana, his neighbour, said she saw nothing."
    assert "Dana" in {p.name for p in people_of(parse, text)}


def test_an_epithet_of_a_dropped_g_before_a_name_is_no_person(parse: Parse) -> None:
    text = "Fans still remember Smokin' Joe Brantley, who died on Monday."
    assert [p.name for p in people_of(parse, text)] == ["Joe Brantley"]


def test_a_given_name_alone_misspelt_is_the_article_person_of_that_given_name(parse: Parse) -> None:
    text = "Police said Zhokhar Vellinov was arrested on Friday. A classmate said Zhokar seemed lonely."
    assert "Zhokar" in person(people_of(parse, text), "Zhokhar Vellinov").aliases
    # a listed given name is its own, however near: "Marlo" is no slip of "Marla"
    text = "Marla Vossberg spoke first. Then Marlo said the vote was wrong."
    assert "Marlo" in {p.name for p in people_of(parse, text)}


def test_a_pet_form_of_the_given_name_with_the_same_surname_in_a_story_is_one_person(parse: Parse) -> None:
    text = ("Sheldon Varrick Wants To Expel Two Members. The governor said: what Vito Lopez and what Shelly "
            "Varrick did was wrong.")
    assert "Shelly Varrick" in person(people_of(parse, text), "Sheldon Varrick").aliases


def test_two_short_forms_of_one_given_name_with_one_surname_in_a_story_are_one_person(parse: Parse) -> None:
    text = ('Producer Jack Vossberg worked with the band. "Sometimes I would sign as Johnny Vossberg, sometimes '
            'I would say my name was John or Jack," Vossberg said.')
    assert "Johnny Vossberg" in person(people_of(parse, text), "Jack Vossberg").aliases
    # forms of one name opening with other letters are two people ("Tina" and "Chris" of Christina)
    names = {p.name for p in people_of(parse, "Tina Quell and her brother Chris Quell ran the shop.")}
    assert {"Tina Quell", "Chris Quell"} <= names


def test_a_surname_clipped_to_its_first_letters_is_the_articles_one_person_of_it(parse: Parse) -> None:
    text = 'The Knicks guard Iman Quarrabert scored 30 on Monday. Fans chanted "Quarr" all night. Quarrabert smiled.'
    assert len(person(people_of(parse, text), "Iman Quarrabert").mentions) == 3
    # a surname one or two letters longer is another family's ("Weinberg", "Weinberger")
    text = "The critic Paul Vossberger praised the tower. Vossberg, the architect, declined to comment."
    assert len(person(people_of(parse, text), "Paul Vossberger").mentions) == 1


def test_a_surname_after_a_particle_misspelt_or_written_alone_is_the_articles_one_person_of_it(parse: Parse) -> None:
    text = ("Firefighter Matthew Von Quillen was killed on Monday. Hundreds mourned Matthew Von Quilen "
            "on Friday. Von Quillen was 33.")
    assert len(person(people_of(parse, text), "Matthew Von Quillen").mentions) == 3
    text = ("Hundreds mourned Matthew Von Quilen on Friday. Firefighter Matthew Von Quillen was killed on "
            "Monday. Von Quillen was 33.")
    assert len(person(people_of(parse, text), "Matthew Von Quilen").mentions) == 3  # the slip written first


def test_a_surname_cut_short_beside_the_same_given_name_is_the_articles_person(parse: Parse) -> None:
    text = ("Pitcher Alvaro Quenterez signed autographs. Alvaro Quenterez denied it. The clinic's papers "
            "record his name as 'Alvaro Quen' or 'Alvaro Q.' throughout.")
    found = person(people_of(parse, text), "Alvaro Quenterez")
    assert {"Alvaro Quen", "Alvaro Q."} <= set(found.aliases)  # the closing quotes are no part of the name
    # a caption cut off a letter or two short
    text = "Aide Huma Quenterin stood by the senator on Monday. Huma Quenter, right, waved. Quenterin left."
    assert "Huma Quenter" in person(people_of(parse, text), "Huma Quenterin").aliases
    # another given name is another person
    text = "Alvaro Quenterez denied it. Alvaro Quenterez left. His brother Luis Quen stayed home."
    assert "Luis Quen" in {p.name for p in people_of(parse, text)}


def test_a_pet_name_made_of_a_surnames_first_letters_is_the_articles_person(parse: Parse) -> None:
    text = "Press secretary Dara Bloomfeld spoke on Monday. Bloomie finally slipped up, the host said."
    assert "Bloomie" in person(people_of(parse, text), "Dara Bloomfeld").aliases
    # the whole surname and "-y" is a name made of it, someone else's ("Hanksy", a street artist's)
    text = "Actor Tom Marks laughed at the mural. Marksy painted it overnight, and Marksy signed it. Fans love Marksy."
    assert "Marksy" not in person(people_of(parse, text), "Tom Marks").aliases


def test_a_given_names_initial_run_into_the_surname_is_the_articles_person(parse: Parse) -> None:
    text = "Point guard Jeremy Korr scored 30 on Monday. Hornets to JKorr: the fans are waiting, the coach said."
    assert "JKorr" in person(people_of(parse, text), "Jeremy Korr").aliases
    # two of the story's people fit: neither
    text = ("Point guard Jeremy Korr and his sister Jane Korr scored on Monday. Hornets to JKorr: the fans are "
            "waiting, the coach said.")
    assert "JKorr" not in {a for p in people_of(parse, text) for a in p.aliases}


def test_a_full_names_initials_are_the_articles_one_person_of_them(parse: Parse) -> None:
    text = ("Mayor Odile van Quarrant cut the ribbon on Monday. Critics were unmoved. "
            '"Mayor OvQ, not so much," one wrote. Van Quarrant left early.')
    assert "OvQ" in person(people_of(parse, text), "Odile van Quarrant").aliases
    # letters that fit two of the article's people stay apart from both
    text = ("Mayor Odile van Quarrant and Otto van Quist met on Monday. "
            '"Mayor OvQ, not so much," one wrote. Van Quarrant left early.')
    assert "OvQ" not in {a for p in people_of(parse, text) for a in p.aliases}


def test_an_initial_and_a_surnames_first_letters_are_a_nickname_of_the_one_person_they_fit(parse: Parse) -> None:
    text = "Yankees third baseman Alvaro Rodano hit two home runs. Jenna Lopata sang the anthem, and J-Lo waved."
    assert len(person(people_of(parse, text), "Jenna Lopata").mentions) == 2


def test_a_title_an_editor_brackets_before_a_surname_is_its_role(parse: Parse) -> None:
    text = '"[Police Commissioner] Quellan said the stop was legal," the lawyer wrote.'
    assert person(people_of(parse, text), "Quellan").role == "Police Commissioner"
    # a bracketed word that is no title gives none
    assert person(people_of(parse, '"[He] Quellan said it was legal," the lawyer wrote.'), "Quellan").role is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ada Glass blew the glass vase. The glass cracked, and the glass shards flew, Ada Glass said.", "Ada Glass"),
        ("Zorvan Quorvath told the crowd, Zorvan Quorvath said. See comedy.example/zorvan-quorvath, /quorvath-jokes "
         "and @quorvath.", "Zorvan Quorvath"),
    ],
)
def test_a_surname_that_is_a_common_word_or_an_address_keeps_the_person(parse: Parse, text: str, name: str) -> None:
    assert name in {p.name for p in people_of(parse, text)}
