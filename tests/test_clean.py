"""Boilerplate removal and metadata, on short invented pages shaped like scraped news."""

from __future__ import annotations

from sanctuary_cli.corpus.clean import clean
from tests.conftest import SEEDS

PAGE = """Skip to content

City council widens protections for immigrant residents

Protesters outside City Hall on Tuesday. Jane Roe/Reuters

SPRINGFIELD (Daily Ledger) — The council voted 9-2 on Tuesday to bar police from holding people for federal agents.

The mayor said the vote "keeps our promise" to residents.

Read also:

Council widens protections for immigrant residents after a long night of debate

Council widens protections for immigrant residents after a long night of debate

© 2024 Daily Ledger. All rights reserved.

Jo Smith
Jo Smith writes about city hall for the Daily Ledger.
"""


def test_furniture_captions_credits_and_bios_are_dropped() -> None:
    body, _ = clean(PAGE)
    for furniture in ("Skip to content", "Read also", "Jane Roe/Reuters", "©", "writes about city hall"):
        assert furniture not in body.text
    assert body.text.count("after a long night of debate") == 1
    assert "bar police from holding people" in body.text


def test_metadata_the_text_states() -> None:
    _, meta = clean(PAGE)
    assert meta.title == "City council widens protections for immigrant residents"
    assert meta.outlet == "Daily Ledger"
    assert meta.byline == "Jo Smith"
    assert meta.date == "2024"


def test_the_headline_is_the_title_not_body_text() -> None:
    body, meta = clean(PAGE)
    assert meta.title is not None and meta.title not in body.text.split("\n")


def test_every_body_offset_maps_back_to_the_same_character() -> None:
    for text in [PAGE, *(path.read_text() for path in sorted(SEEDS.iterdir()))]:
        body, _ = clean(text)
        for offset, char in enumerate(body.text):
            assert text[body.to_stored(offset)] == char


def test_an_article_without_a_headline_is_titled_by_its_lede() -> None:
    text = "(Wire) — Officials in Aurora said Monday they will honor detainer requests. More follows here.\n"
    _, meta = clean(text)
    assert meta.title == "Officials in Aurora said Monday they will honor detainer requests."
    assert meta.outlet == "Wire"


def test_a_short_paragraph_ending_in_a_quoted_sentence_is_prose_not_a_headline() -> None:
    for paragraph in (
        'The governor calls the budget a "house of cards."',
        "“We will rebuild the bridge by spring,” the engineer said. “Nobody will wait longer.”",
        "The rally ended with a chant the crowd had practised all week: “Open the doors, open the city!”",
    ):
        # A record's text often starts with its lede, the title given apart.
        body, _ = clean(f"{paragraph}\n\nWork starts on the north span.\n")
        assert paragraph in body.text


def test_a_headline_ending_in_a_quoted_cry_or_teaser_is_still_the_title() -> None:
    for headline in ("Fans to the band: “Come back!”", "‘My years with the band…’"):
        body, meta = clean(f"{headline}\n\nThe singer spoke to reporters on Friday about the tour.\n")
        assert meta.title == headline
        assert headline not in body.text
