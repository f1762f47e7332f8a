"""The attribution-cue lexicon, loaded once from resources/attribution_cues.json."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sanctuary_cli.extract.people.given import known_given_name
from sanctuary_cli.extract.people.roles import lexicon as role_lexicon
from sanctuary_cli.resources import read_json

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher


@dataclass(frozen=True)
class CueLexicon:
    """Word lists that tell who is speaking, all lower-case."""

    verb_forms: dict[str, str]  # inflected form -> lemma ("told" -> "tell")
    weak_verbs: frozenset[str]  # "reported", "worried": an outlet's cue or an attitude, not a speaker's words
    inversion_verbs: frozenset[str]  # verbs that may come before their subject: "said Johnson"
    cue_phrases: frozenset[str]  # "according to X": X is the source
    naming_markers: tuple[str, ...]  # "so-called", "dubbed": what follows is a name, not speech
    subject_pronouns: dict[str, str]  # "he" -> "m"
    possessive_pronouns: dict[str, str]  # "his" -> "m"
    object_pronouns: dict[str, str]  # "him" -> "m": "criticized him for claiming ..."
    titles: frozenset[str]  # words stripped from the front of a name: "mayor", "gov."
    title_modifiers: frozenset[str]  # title words that need a title after them: "city" in "City Councilman"
    role_nouns: dict[str, str]  # "gov." -> "governor": nouns that name an office
    speaker_nouns: frozenset[str]  # nouns that can head an unnamed speaker: "spokesman", "witness"
    document_nouns: frozenset[str]  # "the report says": a document, not a person, is the subject
    utterance_nouns: frozenset[str]  # "his message was clear:": the owner of the message speaks
    media_words: frozenset[str]  # words that mark a news outlet: "news", "times"
    framing_verbs: frozenset[str]  # "dismissed X as "..."": a cue only for words quoted after "as"
    likening_verbs: frozenset[str]  # "likened X to "..."": a person's comparison, through "to" only
    it_verbs: frozenset[str]  # "as she put it": a cue only with "it" for object
    owned_bodies: frozenset[str]  # "her office", "his campaign": a person's staff speaking for them
    agent_lookalikes: frozenset[str]  # "matter", "border": nouns ending like a doer that name things
    speech_nouns: frozenset[str]  # "his promise of "a fair deal"": the owner of the saying speaks
    issuing_verbs: frozenset[str]  # "issued", "released": a cue with a statement for object
    authoring_verbs: frozenset[str]  # "released an ad that urges": the subject authored the document
    phrasal_verbs: dict[str, frozenset[str]]  # "went" -> {"on"}: reports speech only with that particle

    def is_cue_verb(self, word: str) -> bool:
        """Whether a word (any case) is a form of a reporting verb."""
        return word.lower() in self.verb_forms


# A word ending a title that says when, not what: "President elect".
_TENURE = frozenset({"elect"})


@functools.cache
def cue_lexicon() -> CueLexicon:
    """Read the lexicon shipped with the package (once per process)."""
    raw = read_json("attribution_cues.json")
    verb_forms = {form: lemma for lemma, forms in raw["speech_verbs"].items() for form in forms}
    attitude = {form: lemma for lemma, forms in raw["attitude_verbs"].items() for form in forms}
    verb_forms.update(attitude)
    framing = {form for forms in raw["framing_verbs"].values() for form in forms}
    verb_forms.update({form: form for form in framing})
    verb_forms.update({form.lower(): "put" for form in raw["it_verbs"]})

    def words(key: str) -> frozenset[str]:
        return frozenset(word.lower() for word in raw[key])

    modifiers = words("title_modifiers")

    return CueLexicon(
        verb_forms=verb_forms,
        weak_verbs=words("weak_verbs") | frozenset(attitude),
        inversion_verbs=words("inversion_verbs"),
        cue_phrases=words("cue_phrases"),
        naming_markers=tuple(raw["naming_markers"]),
        subject_pronouns=dict(raw["subject_pronouns"]),
        possessive_pronouns=dict(raw["possessive_pronouns"]),
        object_pronouns=dict(raw["object_pronouns"]),
        titles=_role_words() | words("other_titles"),
        title_modifiers=modifiers,
        role_nouns=_office_nouns(modifiers),
        speaker_nouns=words("speaker_nouns"),
        document_nouns=words("document_nouns"),
        utterance_nouns=words("utterance_nouns"),
        media_words=words("media_words"),
        framing_verbs=frozenset(framing),
        likening_verbs=frozenset(form for forms in raw["likening_verbs"].values() for form in forms),
        it_verbs=words("it_verbs"),
        owned_bodies=words("owned_bodies"),
        agent_lookalikes=words("agent_lookalikes"),
        speech_nouns=words("speech_nouns"),
        issuing_verbs=words("issuing_verbs"),
        authoring_verbs=words("authoring_verbs"),
        phrasal_verbs=_phrasal_verbs(raw["phrasal_speech_verbs"]),
    )


@functools.cache
def cue_phrase_matcher() -> PhraseMatcher:
    """A matcher for the lexicon's cue phrases in any case.

    It keeps a vocabulary of its own (English's, with no model's strings):
    matching compares the hashes of the lower-case words, the same in every
    vocabulary, and the strings it adds never depend on a model's, which a
    memory zone may clear. The phrases are words between spaces ("according
    to"), so each is made a Doc of its words directly: building a blank
    pipeline's tokenizer for them took 0.1 s of every model load.
    """
    from spacy.lang.en import English
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc
    from spacy.vocab import create_vocab

    vocab = create_vocab("en", English.Defaults)
    matcher = PhraseMatcher(vocab, attr="LOWER")
    matcher.add("CUE_PHRASE", [Doc(vocab, words=phrase.split()) for phrase in sorted(cue_lexicon().cue_phrases)])
    return matcher


def _phrasal_verbs(raw: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Each form of a phrasal reporting verb to the particles that make it one ("went" -> {"on"})."""
    particles: dict[str, set[str]] = {}
    for phrase, forms in raw.items():
        for form in forms:
            particles.setdefault(form.lower(), set()).add(phrase.split()[-1].lower())
    return {form: frozenset(words) for form, words in particles.items()}


def _role_words() -> frozenset[str]:
    """Every word of a title, honorific or party word in the roles lexicon ("border", "czar", "gov.", "ms.")."""
    roles = role_lexicon()
    words = {word for form in roles.forms for word in form.casefold().split()}
    words |= {word.casefold() for word in (*roles.honorifics, *roles.modifiers, *roles.former)}
    return frozenset(words)


def _office_nouns(modifiers: frozenset[str]) -> dict[str, str]:
    """Nouns that name a government office, to the office: "gov." -> "governor", "czar" -> "czar".

    From the roles lexicon: a one-word form names its role; the head noun of a
    longer form names itself ("czar" of "border czar", "director" of "director
    of ICE"), unless it is a word that only qualifies a title ("general",
    "elect").
    """
    nouns: dict[str, str] = {}
    forms = [form for form in role_lexicon().forms.values() if form.level != "none"]
    for form in forms:
        if len(form.form.split()) == 1:
            nouns.setdefault(form.form.casefold(), form.role.casefold())
    for form in forms:
        head = form.form.casefold().split(" of ")[0].split()[-1]
        if head not in modifiers and head not in _TENURE:
            nouns.setdefault(head, head)
    return nouns


def a_verb_of_saying(word: str) -> bool:
    """Whether a capitalised word after a name is a verb that hands over a quote, in the past or the
    present ("Tweeted", "Says", "Writes"): a headline's or a caption's verb, no part of the name. Forms
    that are names too ("Said", "Read") are left alone."""
    lower = word.lower()
    return (word[:1].isupper() and lower.endswith(("ed", "s")) and cue_lexicon().is_cue_verb(lower)
            and not known_given_name(lower))
