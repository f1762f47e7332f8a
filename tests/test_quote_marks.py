"""Pairing quotation marks in raw text: straight, curly, stray, and across paragraphs."""

from __future__ import annotations

from sanctuary_cli.extract.quotes.marks import find_quote_spans


def quoted(text: str) -> list[str]:
    return [span.text_of(text) for span in find_quote_spans(text)]


def test_straight_marks_pair_by_the_spaces_around_them() -> None:
    text = 'He said "we will go" and "we will stay."'
    assert quoted(text) == ["we will go", "we will stay."]


def test_curly_marks_pair_by_direction() -> None:
    assert quoted("“We are ready,” she said. “Always.”") == ["We are ready,", "Always."]


def test_a_stray_mark_spoils_only_its_own_paragraph() -> None:
    text = 'He said "we will go and left.\n\nThe mayor agreed. "Yes," she said. "No," he replied.'
    assert quoted(text) == ["we will go and left.", "Yes,", "No,"]
    assert find_quote_spans(text)[0].loose


def test_a_quote_reopened_in_the_next_paragraph_is_one_quote() -> None:
    text = "She said: “We are ready.\n\n“We have always been ready.”\n\nThe end."
    spans = find_quote_spans(text)
    assert len(spans) == 1
    assert spans[0].text_of(text) == "We are ready. We have always been ready."
    assert len(spans[0].parts) == 2
    assert not spans[0].loose


def test_three_paragraph_quote_with_mixed_marks() -> None:
    text = '"One.\n\n“Two.\n\n“Three.”'
    assert quoted(text) == ["One. Two. Three."]


def test_unclosed_quote_runs_to_the_end_of_its_paragraph_and_is_loose() -> None:
    text = "He said “we are ready\n\nNext paragraph."
    (span,) = find_quote_spans(text)
    assert span.text_of(text) == "we are ready"
    assert span.loose


def test_closing_mark_without_opening_is_a_loose_quote_from_the_paragraph_start() -> None:
    text = "We are ready,” he said."
    (span,) = find_quote_spans(text)
    assert span.text_of(text) == "We are ready,"
    assert span.loose and span.opening is None


def test_offsets_exclude_the_marks() -> None:
    text = 'A "quoted phrase" here.'
    (span,) = find_quote_spans(text)
    assert text[span.start : span.end] == "quoted phrase"
    assert text[span.before] == '"' and text[span.after - 1] == '"'


def test_nothing_to_pair() -> None:
    for text in ["", '"', "“”", "no quotes at all", "it’s an apostrophe"]:
        assert quoted(text) == []


def test_two_single_marks_stand_for_a_double_one() -> None:
    text = "He called it ‘‘a disgrace’’ and ``a shame'' on Monday."
    assert quoted(text) == ["a disgrace", "a shame"]
    first = find_quote_spans(text)[0]
    assert text[first.after :].startswith(" and")


def test_a_curly_mark_set_the_wrong_way_round_still_closes() -> None:
    text = "“Not this time,“ she said. “We are done.”"
    assert quoted(text) == ["Not this time,", "We are done."]
    after_a_word = "The senator called the ruling “shameful“ in a post and “a disgrace.”"
    assert quoted(after_a_word) == ["shameful", "a disgrace."]


def test_a_closing_mark_before_a_word_opens_a_quotation() -> None:
    text = "The aides kept the staff from ”getting near the governor,” one adviser said."
    assert quoted(text) == ["getting near the governor,"]


def test_a_closing_mark_after_words_still_closes() -> None:
    assert quoted("“We won,” he said, and ”left.”") == ["We won,", "left."]


def test_a_quotation_nested_in_marks_of_the_same_kind_stays_inside_the_outer_one() -> None:
    text = "Lee wrote: “Fans in “Vote Early” shirts filled the hall… wow.” Then she left."
    assert quoted(text) == ["Fans in “Vote Early” shirts filled the hall… wow."]
    straight = 'Lee posted, "Hearing that the crowd chanted "Go home!" as the doors shut." Nobody replied.'
    assert quoted(straight) == ['Hearing that the crowd chanted "Go home!" as the doors shut.']


def test_a_paragraph_opening_on_a_mark_keeps_its_quotation_past_a_nested_title() -> None:
    text = '"The board is not about “Fair Play” anymore. It is about money.\n\n"The rest follows."'
    assert quoted(text) == ["The board is not about “Fair Play” anymore. It is about money. The rest follows."]


def test_a_stray_mark_before_a_real_pair_is_still_stray() -> None:
    assert quoted('The "plan is bad. Officials say "we will fix it" soon.') == ["we will fix it"]
