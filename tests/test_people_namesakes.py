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
