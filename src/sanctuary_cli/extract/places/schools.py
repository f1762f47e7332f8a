"""A town's name that an article writes as a college's ("Fairview University") stands for the college in its
bare mentions among academic words: "Fairview undergraduates", "Fairview's president", "students at Fairview"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.places.article import POSSESSIVES

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sanctuary_cli.extract.places.article import Mention

# Capitalised words that, right after a town's name, make it a college's: "Fairview University", "Fairview
# College", "Fairview State University" (through "State"), "Fairview Community College".
SCHOOL_WORDS = frozenset({"university", "college"})
SCHOOL_MIDDLE = frozenset({"state", "community", "county"})
# Words after the name (past a possessive) that speak of a college, not a town: "Fairview President Ann Lee said",
# "Fairview's undergraduate students", "the Fairview Class of 2019", "Fairview alumni gave".
ACADEMIC_AFTER = frozenset(
    {"president", "provost", "dean", "chancellor", "trustees", "faculty", "professor", "professors", "student",
     "students", "undergraduate", "undergraduates", "undergrad", "undergrads", "graduate", "graduates", "grad",
     "grads", "alumni", "alumnus", "alumna", "alum", "alums", "freshman", "freshmen", "sophomore", "sophomores",
     "class", "campus", "classmates", "athletics", "admissions", "tuition", "commencement"}
)
# Nouns before "at" or "of" and the name that make it a college's: "students at Fairview", "a professor at
# Fairview", "a graduate of Fairview".
ACADEMIC_BEFORE = frozenset(
    {"students", "student", "professor", "professors", "undergraduates", "undergraduate", "freshman", "freshmen",
     "sophomore", "sophomores", "faculty", "graduate", "graduates", "alumni", "alumnus", "alumna", "president",
     "dean", "classes", "enrolled", "studied", "studies", "studying"}
)

# Words before "at" and a bare name that make it the college where a class graduates: "her commencement address
# at Fairview", "a graduation speech at Fairview", "the Class of 2019 speech at Fairview".
CEREMONY_WORDS = frozenset({"commencement", "graduation", "baccalaureate"})
CEREMONY_REACH = 6  # tokens read back from "at" for the ceremony's word
HYPHENS = frozenset({"-", "–"})  # "UK-Fairview": a university's initials, a hyphen and its campus
MAX_INITIALS = 5  # "UNC", "UMass", "UMich"
MAX_UNIVERSITY_WORDS = 4  # "University of North Carolina at": the state's words between "of" and "at"


def names_a_school(doc: Doc, mention: Mention) -> bool:
    """Whether a college's word follows the name: "Fairview University", "Fairview State University"."""
    words = doc[mention.end : mention.end + 2]
    if not words or not words[0].text[:1].isupper():
        return False
    if words[0].lower_ in SCHOOL_WORDS:
        return True
    return len(words) == 2 and words[0].lower_ in SCHOOL_MIDDLE and words[1].lower_ in SCHOOL_WORDS and (
        words[1].text[:1].isupper()
    )


def speaks_of_the_school(doc: Doc, mention: Mention) -> bool:
    """A bare mention among academic words (see ``ACADEMIC_AFTER`` and ``ACADEMIC_BEFORE``); a state written after
    it keeps it the town ("a campus in Fairview, Conn.")."""
    if mention.qualifier is not None:
        return False
    i = mention.end
    if i < len(doc) and doc[i].text in POSSESSIVES:
        i += 1
    if i < len(doc) and doc[i].lower_ in ACADEMIC_AFTER:
        return True
    start = mention.start
    return start >= 2 and doc[start - 1].lower_ in {"at", "of"} and doc[start - 2].lower_ in ACADEMIC_BEFORE


def at_a_commencement(doc: Doc, mention: Mention) -> bool:
    """ "his commencement speech at Fairview", "a Class of 2019 address at Fairview": a bare name after "at" in the
    words that speak of a graduation is the college's ("a speech at Fairview", "a commencement at Fairview, Conn."
    and "the graduation at Fairview High School" stay the town or another name)."""
    start = mention.start
    if mention.qualifier is not None or start < 2 or doc[start - 1].lower_ != "at":
        return False
    if mention.end < len(doc) and (doc[mention.end].text in POSSESSIVES or doc[mention.end].text[:1].isupper()):
        return False
    words = doc[max(0, start - 1 - CEREMONY_REACH) : start - 1]
    if any(t.lower_ in CEREMONY_WORDS for t in words):
        return True
    return any(
        t.lower_ == "class" and t.text[:1].isupper() and t.i + 2 < start and doc[t.i + 1].lower_ == "of"
        and doc[t.i + 2].like_num
        for t in words
    )


def a_campus_of_a_university(doc: Doc, mention: Mention) -> bool:
    """ "the University of Kansas at Fairview", "a study at UK-Fairview": the name of a campus in a university's
    name ("University of ... at" and a few capitalised words, or a university's initials and a hyphen), not the
    town ("a study at the university in Fairview" stays the town)."""
    start = mention.start
    if start >= 2 and doc[start - 1].text in HYPHENS:
        initials = doc[start - 2].text
        return len(initials) <= MAX_INITIALS and initials[:1] == "U" and initials[1:2].isupper()
    if start < 1 or doc[start - 1].lower_ != "at":
        return False
    i = start - 2
    while i >= max(0, start - 2 - MAX_UNIVERSITY_WORDS) and (doc[i].text[:1].isupper() or doc[i].lower_ == "of"):
        if doc[i].lower_ == "university" and doc[i + 1].lower_ == "of":
            return True
        i -= 1
    return False
