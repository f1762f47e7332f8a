"""Full names of one surname told apart or joined across articles, on invented names."""

from __future__ import annotations

from sanctuary_cli.extract.people.corpus import PersonRow, resolve
from sanctuary_cli.extract.people.names import person_key


def rows(name: str, count: int, start: int = 0) -> list[PersonRow]:
    return [PersonRow(f"{name}-{start + i}", person_key(name), name, None, (name,), "2014-01-01") for i in range(count)]


def test_a_name_written_by_an_initial_alone_in_its_one_article_is_known_by_it() -> None:
    # "R. Quillon", a singer, in one story: no article spells the initial out, so it is no "Ray Quillon"
    data = [*rows("Ray Quillon", 6), *rows("R. Quillon", 1)]
    result = resolve(data)
    assert result.links[("R. Quillon-0", "r quillon")] != result.links[("Ray Quillon-0", "ray quillon")]
    # an article that spells the initial out names the one person
    spelled = PersonRow("s-1", "r quillon", "R. Quillon", None, ("R. Quillon", "Ray Quillon"), "2014-01-01")
    assert resolve([*rows("Ray Quillon", 6), spelled]).links[("s-1", "r quillon")] == "ray quillon"
    # an initial before a given name written in full is a middle name's start, not a name of its own
    middle = rows("F. Tobin Quillon", 1)
    assert resolve([*rows("Tobin Quillon", 6), *middle]).links[("F. Tobin Quillon-0", "f tobin quillon")] == (
        "tobin quillon"
    )


def test_a_surname_alone_beside_several_namesakes_is_the_one_its_headline_names() -> None:
    # "Bram Venner Hid A Second Yacht": "Venner screamed at the crew", beside his wife Orla and son Kit
    family = [
        PersonRow(f"{name}-{i}", person_key(name), name, None, (name,), "2014-01-01", gender)
        for name, gender in (("Orla Venner", "f"), ("Bram Venner", "m")) for i in range(3)
    ]
    story = [
        PersonRow("h-1", "bram venner", "Bram Venner", None, ("Bram Venner",), "2014-02-01", "m"),
        PersonRow("h-1", "orla venner", "Orla Venner", None, ("Orla Venner",), "2014-02-01", "f"),
        PersonRow("h-1", "kit venner", "Kit Venner", None, ("Kit Venner",), "2014-02-01", "m"),
    ]
    lone = PersonRow("h-1", "venner", "Venner", None, ("Venner",), "2014-02-01", "m")
    body = "Bram Venner, Orla Venner and Kit Venner sailed. Venner screamed at the crew."
    headlined = {"h-1": f"Bram Venner Hid A Second Yacht\n\n{body}"}
    assert resolve([*family, *story, lone], texts=headlined).links[("h-1", "venner")] == "bram venner"
    # a headline naming two of them, or one the article's "she" does not fit, decides nothing
    for title in ("Bram And Orla Venner Sail Away", "Orla Venner Hid A Second Yacht", "A Second Yacht"):
        result = resolve([*family, *story, lone], texts={"h-1": f"{title}\n\n{body}"})
        assert result.links[("h-1", "venner")] not in {"bram venner", "orla venner", "kit venner"}
