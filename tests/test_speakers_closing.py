"""Who said it when the words after a quotation and the sentences before it disagree: invented sentences.

The clause closing a quotation ("…," the statement said) is the most explicit
attribution a news article gives; a speaker named in the sentence before
is only the story's context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.test_quotes import only

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The council released a statement on Friday. "
            '"We regret the delay and will reopen the pool in June," the statement said.',
            "statement",
        ),
        (
            "Ann Webb told the board on Friday that the pool would stay shut. "
            '"We regret the delay and will reopen it in June," the letter said.',
            "letter",
        ),
        (
            "The Ledger said Commissioner Ruth Ames answered its questions in writing. "
            '"The commissioner regrets using her own phone for county business," the statement said in part.',
            "statement",
        ),
    ],
)
def test_a_document_closing_a_quotation_is_its_source(nlp: Language, text: str, speaker: str) -> None:
    found = only(nlp, text)
    assert found.speaker == speaker
    assert found.speaker_kind == "description"
