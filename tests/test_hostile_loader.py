"""The loader on arbitrary bytes and pathological text: no crash, linear time, offsets that map back."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sanctuary_cli.corpus.clean import clean
from sanctuary_cli.corpus.html import extract
from sanctuary_cli.corpus.loader import MAX_ARTICLE_CHARS, Problem, SourceArticle, load_file

SUFFIXES = [".txt", ".md", ".html", ".json", ".jsonl", ".csv"]
ODD = ["“", "”", '"', "'", "<", ">", "&", "&amp;", "&#", "<script>", "</script>", "<!--", "-->", "<p>", "\n", "\r",
       "\r\n", "\t", "\x00", "\x0b", "\x1b", "\u202e", "\u200f", "שלום", "مدينة", "\ufeff", "\u2028", ",", ":", "{",
       "}", "[", "]", "©", "Photo: ", "By Jane Doe", "Copyright 2024", "Skip to content", "AP", "/", "|", " "]
odd_text = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(ODD) | st.text(max_size=6), max_size=120).map("".join),
)

quick = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check(path: Path, items: list[SourceArticle | Problem]) -> None:
    """Articles come with a body whose every character maps back onto the stored text."""
    for item in items:
        assert isinstance(item, (SourceArticle, Problem))
        if isinstance(item, Problem):
            assert item.reason and "\n" not in str(item)  # one line per problem
            continue
        assert item.body.text.strip()
        for i, char in enumerate(item.body.text):
            assert item.text[item.body.to_stored(i)] == char
        assert len(item.id) == 16


@quick
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_in_any_format(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    check(path, list(load_file(path)))


@quick
@given(text=odd_text, suffix=st.sampled_from(SUFFIXES))
@example(text="<script></script>\x0c", suffix=".html")  # a character XML forbids, where lxml refuses it
def test_any_text_in_any_format(tmp_path: Path, text: str, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    check(path, list(load_file(path)))


@quick
@given(text=odd_text, title=odd_text)
def test_any_text_inside_a_json_record(tmp_path: Path, text: str, title: str) -> None:
    """Whatever a record's fields hold, it is one article or one problem."""
    path = tmp_path / "input.jsonl"
    path.write_text(json.dumps({"title": title, "text": text}) + "\n", encoding="utf-8", errors="surrogatepass")
    items = list(load_file(path))
    check(path, items)
    assert len([i for i in items if isinstance(i, SourceArticle) or i.fatal]) == 1


@settings(max_examples=200, deadline=None)
@given(text=odd_text)
def test_cleaning_keeps_a_faithful_map(text: str) -> None:
    body, _ = clean(text)
    for i, char in enumerate(body.text):
        assert text[body.to_stored(i)] == char


@settings(max_examples=200, deadline=None)
@given(html=odd_text)
def test_html_never_leaks_script_text(html: str) -> None:
    page = extract(f"<p>before</p><script>{html.replace('</', '')}SECRET()</script><p>after</p>")
    assert "SECRET" not in page.text


# Inputs that made a regular expression or the HTML parser backtrack or rescan:
# each costs quadratic time unless the code guards against it.
PATHOLOGICAL = {
    "unclosed tags": "<a" * 250_000,
    "tags with no end": "<p class='x' " * 40_000,
    "cdata openers": "<![CDATA[" * 60_000,
    "brackets": "<<<<>" * 100_000,
    "comment openers": "<!--" * 120_000,
    "capitalised run": "Aa." * 160_000,
    "slashes": "A/" * 250_000,
    "quote marks": "“" * 500_000,
    "copyright words": "Copyright " * 50_000,
    "credit-like": "Jane Doe/Reuters " * 30_000,
    "entities": "&#" * 250_000,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_pathological_text_loads_in_linear_time(tmp_path: Path, name: str, suffix: str) -> None:
    """Half a megabyte of the worst case is read in well under the time a quadratic step would take."""
    path = tmp_path / f"input{suffix}"
    path.write_text(PATHOLOGICAL[name])
    started = time.perf_counter()
    items = list(load_file(path))
    took = time.perf_counter() - started
    assert took < 5, f"{name} took {took:.1f}s"
    check(path, items)


@pytest.mark.slow
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_ten_megabyte_line(tmp_path: Path, suffix: str) -> None:
    """One line of 10 MB (a scrape with no paragraph breaks) is read in seconds and refused with its size."""
    words = "The mayor said “we will not comply” &amp; <b>left</b> Chicago שלום. "
    line = (words * (10_000_000 // len(words)))[:10_000_000]
    path = tmp_path / f"big{suffix}"
    if suffix in (".json", ".jsonl"):
        path.write_text(json.dumps({"text": line}))
    elif suffix == ".csv":
        path.write_text('text\n"' + line.replace('"', '""') + '"\n')
    else:
        path.write_text(line)
    started = time.perf_counter()
    items = list(load_file(path, max_bytes=20 * 1024 * 1024))
    assert time.perf_counter() - started < 30
    [problem] = items
    assert isinstance(problem, Problem) and problem.fatal
    assert problem.reason.startswith("article is ")
    assert problem.reason.endswith(f" characters, over the limit of {MAX_ARTICLE_CHARS:,}")


def test_the_longest_article_the_nlp_reads_is_kept(tmp_path: Path) -> None:
    words = "The mayor said the city would keep its policy.\n"
    path = tmp_path / "long.txt"
    path.write_text((words * (MAX_ARTICLE_CHARS // len(words)))[:MAX_ARTICLE_CHARS])
    [article] = load_file(path)
    assert isinstance(article, SourceArticle)
