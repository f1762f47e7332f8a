"""Quotations and their speakers.

For every quoted passage (see marks) this decides what it is and who
said it:

* a **statement** stands on its own, opening a sentence or following a
  colon or a cue ("said,"), and ending in punctuation: "…," he said;
* a **partial** is a fragment woven into the writer's sentence under a
  reporting verb: Johnson said the city will "not bend or break";
* anything else quoted (a name, a title, a scare term such as "border czar"
  or "sanctuary cities") is not speech and is left out.

The speaker is found from the attribution cue (cues, zone_cues, and
words_after for the words right after a quotation) and resolved to a
person, a role holder or a described role (speakers, role_holders). A
quotation split by its attribution ("…," he said. "…") comes out as one
record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sanctuary_cli.extract.docindex import DocIndex
from sanctuary_cli.extract.docindex import index as index_of
from sanctuary_cli.extract.model import CityRecord, PersonRecord, QuoteRecord
from sanctuary_cli.extract.quotes import words_after
from sanctuary_cli.extract.quotes.cues import according_to
from sanctuary_cli.extract.quotes.fragments import SHORT_SENTENCE, fragment_attribution, last_mark
from sanctuary_cli.extract.quotes.introducers import introducer, signed_label
from sanctuary_cli.extract.quotes.lexicon import cue_lexicon
from sanctuary_cli.extract.quotes.marks import ALL_MARKS, QuoteSpan, find_quote_spans
from sanctuary_cli.extract.quotes.signatures import signature_after
from sanctuary_cli.extract.quotes.speakers import Speaker, SpeakerResolver
from sanctuary_cli.extract.quotes.terms import WORD_RE, has_verb, is_named
from sanctuary_cli.extract.quotes.verbs import Attribution, is_cue_verb
from sanctuary_cli.extract.quotes.zone_cues import zone_cue
from sanctuary_cli.extract.quotes.zones import sentence_after, sentence_before, zone_after, zone_before

if TYPE_CHECKING:
    from spacy.tokens import Doc

STATEMENT = "statement"
PARTIAL = "partial"

# A fragment this short with no reporting verb above it is a scare term or a name.
MAX_TERM_WORDS = 3
NEXT_SENTENCE_CUE_WINDOW = 4
_CLOSING_PUNCT = ",.?!…—–-:;"


@dataclass(frozen=True)
class _Found:
    """A quotation kept, with what was learned about it."""

    span: QuoteSpan
    text: str
    kind: str
    attribution: Attribution | None
    speaker: Speaker | None
    paragraph: int


def extract_quotes(doc: Doc, people: Sequence[PersonRecord], cities: Sequence[CityRecord]) -> list[QuoteRecord]:
    """The quotations of an article with their speakers, in order of appearance.

    ``cities`` is part of the extractor contract; places are read from the
    mention itself ("Chicago's mayor") and looked up through ``people``.
    """
    del cities
    text = doc.text
    spans = [s for s in find_quote_spans(text) if WORD_RE.search(s.text_of(text)) and not _markup_value(text, s)]
    index = index_of(doc)
    index.mark_quotes(part for span in spans for part in span.parts)
    resolver = SpeakerResolver(index, people)
    found: list[_Found] = []
    for span in spans:
        item = _read(index, resolver, span, found[-1] if found else None)
        if item is not None:
            found.append(item)
    return [_record(item) for item in _join_split_quotes(found)]


def _markup_value(text: str, span: QuoteSpan) -> bool:
    """A value of markup left in scraped text (<tweet author="@cole">): a mark right after "="."""
    return span.opening is not None and text[span.opening - 1 : span.opening] == "="


def _read(index: DocIndex, resolver: SpeakerResolver, span: QuoteSpan, previous: _Found | None) -> _Found | None:
    """Classify one quotation and attribute it; None when it is not speech."""
    text = span.text_of(index.text)
    paragraph = index.paragraph_of(span.start)
    if is_named(index, span, text):
        return None
    if _stands_alone(index, span, text):
        attribution = _statement_attribution(index, span, text)
        if attribution is None and span.loose:
            return None  # a stray mark, not a quotation
        kind = STATEMENT
    else:
        if span.loose:
            return None
        attribution = fragment_attribution(index, span)
        words = len(WORD_RE.findall(text))
        if attribution is not None and words <= MAX_TERM_WORDS and _reads_as_term(attribution):
            attribution = None  # a short phrase reported by an outlet or described by the writer: a term
        if attribution is None and (words <= MAX_TERM_WORDS or not has_verb(index, span)):
            return None  # a phrase quoted with no one saying it: a scare term or a name
        kind = PARTIAL
    if attribution is None and previous is not None and _continues(index, previous, span):
        return _Found(span, text, kind, previous.attribution, previous.speaker, paragraph)
    speaker = None
    if attribution is not None and attribution.subject is not None:
        head = index.doc[attribution.subject]
        speaker = resolver.resolve(head, index.token_index(span.start))
        if speaker.person and speaker.name is not None:
            resolver.remember(head, speaker.name)
    return _Found(span, text, kind, attribution, speaker, paragraph)


def _reads_as_term(attribution: Attribution) -> bool:
    """Whether a short quoted phrase under this cue is a name or scare term rather than speech.

    It is when the cue is an outlet's ("Politico reports the city will host a
    "visioning session""). Anywhere else in what a speaker is reported to have
    said, however deep in the clause, the quoted words are the speaker's:
    "Lee said the council needs a "clean slate" before it votes", "the levy
    leaves the district "in the red," according to the treasurer".
    """
    return attribution.cue.lower() in cue_lexicon().weak_verbs


def _stands_alone(index: DocIndex, span: QuoteSpan, text: str) -> bool:
    """Whether a quotation is set off as a statement rather than woven into a sentence.

    It opens a paragraph or sentence, or follows a colon, a dash or a cue and
    a comma ("said, "…"), and it ends with punctuation.
    """
    position = span.before - 1
    while position >= 0 and index.text[position].isspace() and index.text[position] != "\n":
        position -= 1
    char = index.text[position] if position >= 0 else "\n"
    if char == ":":
        return True  # a colon hands the floor to a quotation, even one the sentence runs on from
    if not _ends_with_punctuation(index, span, text):
        return False
    if char == "\n" or char in words_after.SENTENCE_PUNCT or char in ALL_MARKS or char in "—–":
        return True
    if char == ",":
        zone = zone_before(index, span.before)
        if any(is_cue_verb(index.doc[i]) for i in zone) or according_to(index, zone) is not None:
            return True
        # A whole sentence after a clause and a comma: "Trump wasn't thrilled, "I think ...""
        return text[:1].isupper() and has_verb(index, span) and introducer(index, zone) is not None
    return False


def _ends_with_punctuation(index: DocIndex, span: QuoteSpan, text: str) -> bool:
    """Whether a quotation ends like a sentence or clause, inside or just outside its marks."""
    if last_mark(text) in _CLOSING_PUNCT or span.closing is None:
        return True
    following = index.text[span.after : span.after + 1]
    return following in ("", "\n") or following in _CLOSING_PUNCT


def _statement_attribution(index: DocIndex, span: QuoteSpan, text: str) -> Attribution | None:
    """Who a stand-alone quotation is credited to, the most explicit cue first.

    In order: a cue right after the quotation (""...," he said"), a cue before
    it ("said, "..."", "Homan responded: "..."),
    the subject of a clause introducing it with a colon or comma, a cue in the
    sentence before, and a short "Johnson said." sentence after it.
    """
    before = zone_before(index, span.before)
    signed = signed_label(index, before) if before else None
    if signed is not None:
        return signed  # "Turnout fell - Ann Lee: "…"": a round-up's author, whatever the summary says
    cue_before = zone_cue(index, before, "before", nearest_last=True)
    if cue_before is not None and cue_before.subject is None:
        cue_before = _opening_participle(index, before, cue_before)
    cue_after = words_after.cue_after(index, text, zone_after(index, span.after))
    candidates = [cue_after, cue_before, introducer(index, before)]
    if last_mark(text) in words_after.SENTENCE_PUNCT and before and index.doc[before[-1]].text in {",", ":"}:
        # "Louis said, "…." Squadron answered …": a whole sentence introduced by a cue
        # belongs to that cue; what follows it starts a new remark.
        candidates = [cue_before, introducer(index, before), cue_after]
    if not span.loose:
        candidates += [_sentence_before_attribution(index, span), _sentence_after_attribution(index, span)]
        candidates.append(signature_after(index, span.after))
    found = [attribution for attribution in candidates if attribution is not None]
    strong = [attribution for attribution in found if not attribution.weak]
    best = strong or found
    return best[0] if best else None


def _opening_participle(index: DocIndex, before: list[int], cue: Attribution) -> Attribution | None:
    """ "Maher stated that …. Adding, "…"": a cue opening its sentence with no subject goes on from the last."""
    if not before or before[0] != cue.cue_token or not index.doc[before[0]].tag_.startswith("VB"):
        return None
    previous = sentence_before(index, index.doc[before[0]].idx)
    found = zone_cue(index, previous, "previous", nearest_last=True, main_only=True) or zone_cue(
        index, previous, "previous", nearest_last=True
    )
    if found is None or found.subject is None:
        return None
    return replace(cue, subject=found.subject)


def _sentence_after_attribution(index: DocIndex, span: QuoteSpan) -> Attribution | None:
    """A short attribution sentence of its own after the quotation: "...." Johnson said."""
    following = sentence_after(index, span.after)
    if not following or len(following) > SHORT_SENTENCE:
        return None
    end = following[-1] + 1
    if end < len(index.doc) and index.doc[end].text == ":":
        return None  # it introduces what comes next
    found = zone_cue(index, following[:NEXT_SENTENCE_CUE_WINDOW], "next", nearest_last=False)
    return found if found is not None and found.subject is not None else None


def _sentence_before_attribution(index: DocIndex, span: QuoteSpan) -> Attribution | None:
    """A cue in the sentence before: "Homan issued a warning:" or "…," he said. "…"."""
    zone = sentence_before(index, span.before)
    colon = bool(zone) and index.doc[zone[-1]].text == ":"
    found = introducer(index, zone) if colon else None  # "Saverin released a statement:" introduces it
    if found is None or found.subject is None:
        # The main clause's cue first: in "…," Ruiz said, with a passion that suggested …. "…"",
        # the next quotation is still Ruiz's, not the passion's.
        found = zone_cue(index, zone, "previous", nearest_last=True, main_only=True)
    if found is None or found.subject is None:
        found = zone_cue(index, zone, "previous", nearest_last=True)
    if found is None or found.subject is None:
        found = _actor_before(index, zone)
    if found is not None and found.subject is not None:
        return found
    return None


def _actor_before(index: DocIndex, zone: list[int]) -> Attribution | None:
    """The person a sentence just before a bare quotation is about ("He brushed off the charge. "…"").

    The weakest reading, used only when nothing else attributes the quotation:
    the main clause's subject, if it is a person or a he/she.
    """
    doc = index.doc
    roots = [doc[i] for i in zone if doc[i].dep_ == "ROOT" and doc[i].tag_.startswith("VB")]
    if not roots:
        return None
    subjects = [child for child in roots[-1].children if child.dep_ == "nsubj"]
    if not subjects:
        return None
    subject = subjects[0]
    person = subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she"}
    return Attribution(roots[-1].text, roots[-1].i, subject.i, "previous", weak=True) if person else None


def _continues(index: DocIndex, previous: _Found, span: QuoteSpan) -> bool:
    """Whether an unattributed quotation carries on the previous one's speaker.

    News runs a speaker's quotes on without repeating the attribution, as long
    as no other narration comes in between: the next quotation is in the same
    paragraph or opens the very next one. What an outlet or a document is
    credited with ("CNN reported", "the ad showed") is not carried on: the
    next quotation is most often a speaker it goes on to quote.
    """
    if previous.kind != STATEMENT:
        return False
    if previous.attribution is not None and (previous.attribution.weak or _reads_as_term(previous.attribution)):
        return False
    gap = index.text[previous.span.end : span.before]
    paragraphs_between = gap.count("\n")
    if paragraphs_between == 0:
        return True
    lines = [line for line in gap.split("\n") if line.strip()]
    # Only the previous quotation's own attribution may stand between them.
    return len(lines) <= 1 and index.paragraph_of(span.start) - previous.paragraph <= 2


def _join_split_quotes(found: list[_Found]) -> list[_Found]:
    """Join the halves of a quotation split by its attribution: "…," he said. "…"."""
    joined: list[_Found] = []
    for item in found:
        last = joined[-1] if joined else None
        if last is not None and _same_quote(last, item):
            span = QuoteSpan(last.span.parts + item.span.parts, last.span.opening, item.span.closing)
            joined[-1] = replace(last, span=span, text=f"{last.text} {item.text}")
        else:
            joined.append(item)
    return joined


def _same_quote(first: _Found, second: _Found) -> bool:
    """Whether two quotations are halves of one, sharing the cue between them."""
    if first.kind != STATEMENT or second.kind != STATEMENT or first.paragraph != second.paragraph:
        return False
    a, b = first.attribution, second.attribution
    if a is None or b is None or a.cue_token is None:
        return False
    return a.cue_token == b.cue_token and a.place == "after" and b.place in {"before", "previous"}


def _record(item: _Found) -> QuoteRecord:
    """The public record of a quotation."""
    speaker = item.speaker
    return QuoteRecord(
        start=item.span.start,
        end=item.span.end,
        text=item.text,
        kind=item.kind,
        speaker=speaker.name if speaker else None,
        speaker_mention=speaker.mention if speaker else None,
        cue=item.attribution.cue if item.attribution else None,
        speaker_kind=speaker.kind if speaker else "none",
    )
