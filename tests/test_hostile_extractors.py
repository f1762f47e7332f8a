"""Every extractor on hostile and odd text: no crash, no runaway time, offsets always inside the text.

The texts are generated (hypothesis) from pieces news scrapes really contain:
stray and nested quote marks of every kind, control characters, right-to-left
scripts, HTML left in by a bad scraper, and paragraphs with no end.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sanctuary_cli.corpus.clean import clean
from sanctuary_cli.extract.model import Analysis
from sanctuary_cli.extract.pipeline import analyze

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

QUOTE_MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‟", "‹", "›", "「", "」", "''", "``"]
# Words and phrases that steer the text into the extractors' deeper paths:
# speakers, cues, roles, cities and stance vocabulary.
NEWS_PIECES = [
    "Mayor Jane Doe", "Tom Homan", "the border czar", "Gov. J.B. Pritzker", "he", "she", "they", "Johnson",
    "said", "told reporters", "according to", "added", "warned", ":", ",", ".", "?", "—", "–", "(", ")",
    "Chicago", "Los Angeles", "New York", "Aurora", "Washington", "Denver", "Boston", "Springfield",
    "ICE", "federal agents", "sanctuary city", "will not comply", "cooperate", "deportations", "the city council",
    "we will protect our residents", "Mr.", "Dr.", "Sen.", "U.S.", "St.", "Jr.", "\n", "\n\n", "  ",
]
CONTROL = [chr(c) for c in (*range(0, 32), 127)] + ["\u200b", "\u200d", "\ufeff", "\u2028", "\u2029", "\x85"]
RTL = ["שלום", "העירייה", "مدينة", "قال", "\u202e", "\u202b", "\u202c", "\u200f", "\u061c", "ראש העיר"]
HTML = ["<p>", "</p>", "<script>alert('x')</script>", "&amp;", "&#8220;", "&ldquo;", "<br/>", "<a href='x'>",
        "</a>", "<!--", "-->", "<![CDATA[", "]]>", "&nbsp;", "<div class=\"q\">"]

pieces = st.sampled_from(NEWS_PIECES + QUOTE_MARKS)
separators = st.sampled_from([" ", "", " ", "\n"])


def joined(alphabet: st.SearchStrategy[str], max_size: int = 80) -> st.SearchStrategy[str]:
    """Pieces glued by spaces, nothing or newlines."""
    return st.lists(st.tuples(alphabet, separators), max_size=max_size).map(
        lambda parts: "".join(piece + sep for piece, sep in parts)
    )


HOSTILE_TEXTS = st.one_of(
    st.text(max_size=300),  # any Unicode at all
    joined(pieces),  # news words with unbalanced and nested quote marks
    joined(st.one_of(pieces, st.sampled_from(CONTROL))),
    joined(st.one_of(pieces, st.sampled_from(RTL))),
    joined(st.one_of(pieces, st.sampled_from(HTML))),
    st.text(alphabet=st.sampled_from([m for m in QUOTE_MARKS if len(m) == 1] + [" ", "a", ".", "\n"]), max_size=300),
)


def check(doc: Doc, analysis: Analysis) -> None:
    """Every offset an extractor returns lies inside the text, in order."""
    size = len(doc.text)

    def inside(start: int, end: int) -> None:
        assert 0 <= start <= end <= size, (start, end, size)

    for entity in analysis.entities:
        inside(entity.start, entity.end)
        assert doc.text[entity.start:entity.end] == entity.text
    for city in analysis.cities:
        for start, end in city.mentions:
            inside(start, end)
    for person in analysis.people:
        assert person.name.strip()
        for start, end in person.mentions:
            inside(start, end)
    for quote in analysis.quotes:
        inside(quote.start, quote.end)
        assert quote.kind in ("statement", "partial")
    for row in analysis.evidence:
        inside(row.start, row.end)
        assert row.text in doc.text


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=HOSTILE_TEXTS)
def test_extractors_survive_hostile_text(nlp: Language, text: str) -> None:
    doc = nlp(text)
    analysis = analyze(doc)
    check(doc, analysis)
    assert analyze(doc) == analysis  # deterministic: a re-run stores the same rows


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=joined(st.one_of(pieces, st.sampled_from(HTML + RTL)), max_size=120))
def test_offsets_map_back_into_the_stored_text(nlp: Language, text: str) -> None:
    """What the ingest stores: extractor offsets in the cleaned body, mapped to the file's text."""
    body, _ = clean(text)
    analysis = analyze(nlp(body.text))
    for quote in analysis.quotes:
        start, end = body.to_stored(quote.start), body.to_stored(quote.end)
        assert 0 <= start <= end <= len(text)
        assert text[start:end].split() == body.text[quote.start:quote.end].split() or "\n" in text[start:end]


@pytest.mark.parametrize(
    "unit",
    [
        "“We will not comply,” ",  # a wall of balanced quotes
        "“ ",  # opening marks that never close
        "” he said ",  # closing marks with nothing open
        "Mayor Jane Doe said “we will protect ‘our “residents” ",  # nested, unbalanced
        "Chicago, Aurora, Denver and Boston ",  # a long list of cities in one sentence
        "Tom Homan, Brandon Johnson, ",  # names with no verb
        "a" * 60 + " ",  # one long token, repeated
    ],
)
def test_one_enormous_paragraph_takes_time_in_proportion(nlp: Language, unit: str) -> None:
    """The extractors on a 20,000-character paragraph cost no more than a few parses of it."""
    text = (unit * (20_000 // len(unit)))[:20_000]
    started = time.perf_counter()
    doc = nlp(text)
    parsed = time.perf_counter() - started
    started = time.perf_counter()
    analysis = analyze(doc)
    extracted = time.perf_counter() - started
    check(doc, analysis)
    # A quadratic step would cost minutes here; linear ones cost about one parse.
    assert extracted < 3 * parsed + 1.0, f"extractors {extracted:.1f}s against a {parsed:.1f}s parse"


def test_empty_and_blank_documents(nlp: Language) -> None:
    for text in ["", " ", "\n\n\n", "“", "”", '"', "\u202e", "\x00"]:
        doc = nlp(text)
        analysis = analyze(doc)
        check(doc, analysis)
        assert analysis.quotes == []
