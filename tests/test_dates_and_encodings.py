"""Dates read from the lines around a story, and text in the encodings older sites and tools write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanctuary_cli.corpus.clean import clean
from sanctuary_cli.corpus.dates import date_in_line, normalise
from sanctuary_cli.corpus.encoding import decode
from sanctuary_cli.corpus.loader import Problem, SourceArticle, load_file

STORY = (
    "The county board voted on Monday to keep its jail closed to federal immigration agents "
    "unless they bring a warrant signed by a judge, the board's chair said after the meeting.\n\n"
    "The policy, first adopted on March 4, 2019, was challenged by two members who said it "
    "put federal grants at risk, but neither proposed an alternative before the vote.\n"
)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("By Ana Ruiz\nNov. 21, 2024\n\n", "2024-11-21"),
        ("Published 3:14 PM EST, Thu November 21, 2024\n\n", "2024-11-21"),
        ("Posted on 2024-11-21 by the news desk\n\n", "2024-11-21"),
        ("Ana Ruiz | 21 November 2024 | 4 min read\n\n", "2024-11-21"),
        ("Updated Sept. 3, 2025\n\n", "2025-09-03"),
    ],
)
def test_a_date_above_the_story_is_read_as_iso(header: str, expected: str) -> None:
    _, meta = clean(header + STORY)
    assert meta.date == expected


def test_a_date_below_the_story_counts_and_a_date_inside_it_does_not() -> None:
    assert clean(STORY)[1].date is None  # "March 4, 2019" is when the policy began, not the article's date
    assert clean(STORY + "\nThis article was first published on 12/02/2024.\n")[1].date == "2024-12-02"


def test_a_copyright_year_is_the_last_resort() -> None:
    assert clean(STORY + "\n© 2023 Valley Courier\n")[1].date == "2023"
    assert clean("Jan. 5, 2024\n\n" + STORY + "\n© 2023 Valley Courier\n")[1].date == "2024-01-05"


@pytest.mark.parametrize(("written", "valid"), [
    ("Sept. 5, 2024", True), ("Sep 5 2024", True), ("5th September, 2024", True), ("3 Mar. 2021", True),
    ("MAY 1, 1999", True), ("December 25th, 2019", True), ("1/2/2024", True), ("10/31/2020", True),
    ("2024-02-29", True), ("2023-02-29", False), ("Feb. 30, 2024", False), ("13/01/2024", False),
])
def test_a_written_date_reads_as_dateparser_reads_it_without_dateparser(written: str, valid: bool) -> None:
    from sanctuary_cli.corpus import dates

    expected = dates._parse(written)  # dateparser
    quick = dates._read_parts(written)
    assert (quick is not None) == valid  # what it cannot read, dateparser judges
    assert quick is None or quick == expected
    assert date_in_line(f"Published {written}") == (expected.isoformat() if expected else None)


def test_a_date_field_is_normalised_when_it_can_be_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    records = [{"text": STORY, "date": "Thu, 21 Nov 2024 15:00:00 GMT"}, {"text": STORY + " Again.", "date": "spring"}]
    path.write_text("\n".join(json.dumps(r) for r in records))
    assert [a.date for a in load_file(path) if isinstance(a, SourceArticle)] == ["2024-11-21", "spring"]
    assert normalise("2024-11") == "2024-11"
    assert normalise("2004-06-15T07:02") == "2004-06-15T07:02"  # ISO already, time kept
    assert date_in_line("the 2024 budget") is None


def test_a_cp1252_file_is_stored_with_its_curly_quotes_and_accents(tmp_path: Path) -> None:
    text = "“We will not comply,” said Mayor José Peña of the city’s détente with the county.\n"
    path = tmp_path / "windows.txt"
    path.write_bytes(text.encode("cp1252"))
    items = list(load_file(path))
    [article] = [i for i in items if isinstance(i, SourceArticle)]
    assert article.text == text
    assert [str(p) for p in items if isinstance(p, Problem)] == ["windows.txt: invalid UTF-8 at byte 0; read as cp1252"]


def test_a_latin1_file_is_stored_with_the_right_characters(tmp_path: Path) -> None:
    text = "The council of Saint-Jérôme voted to keep its café-shelter open, said its mayor, Frédéric Côté.\n"
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    [article] = [i for i in load_file(path) if isinstance(i, SourceArticle)]
    assert article.text == text


def test_a_declared_encoding_is_honoured_and_a_wrong_one_is_not_trusted() -> None:
    polish = "Prezydent miasta powiedział, że urzędnicy nie będą współpracować."
    assert decode(polish.encode("cp1250"), "windows-1250") == (polish, None)
    text, warning = decode("“No,” she said.".encode("cp1252"), "utf-8")
    assert text == "“No,” she said." and warning == "invalid UTF-8 at byte 0; read as cp1252"
    assert decode(b"plain ASCII", "no-such-encoding") == ("plain ASCII", None)
    assert decode("“Yes,” he said.".encode(), "iso-8859-1") == ("“Yes,” he said.", None)  # UTF-8 whatever it says


def test_an_html_page_declaring_windows_1252_in_its_meta(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Shelter stays open</title></head><body><article>'
        "<p>“The doors stay open,” said the shelter’s director, Inés Muñoz, on Tuesday evening.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1252"))
    items = list(load_file(path))
    [article] = [i for i in items if isinstance(i, SourceArticle)]
    assert "“The doors stay open,” said the shelter’s director, Inés Muñoz" in article.text
    assert not [i for i in items if isinstance(i, Problem)]  # declared, so nothing to warn about


def test_a_page_of_more_elements_than_any_news_page_is_refused_quickly(tmp_path: Path) -> None:
    import time

    path = tmp_path / "spans.html"
    path.write_text("<html><body>" + "<span>a</span>" * 60_000 + "</body></html>")
    started = time.perf_counter()
    [problem] = list(load_file(path))
    assert time.perf_counter() - started < 5
    assert str(problem) == "spans.html: page has 60,002 HTML elements, over the limit of 50,000"
