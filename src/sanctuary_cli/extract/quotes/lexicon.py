"""The attribution-cue lexicon, loaded once from resources/attribution_cues.json."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from sanctuary_cli.resources import read_json


@dataclass(frozen=True)
class CueLexicon:
    """Word lists that tell who is speaking, all lower-case."""

    verb_forms: dict[str, str]  # inflected form -> lemma ("told" -> "tell")
    weak_verbs: frozenset[str]  # "reported": the subject is often an outlet, not a speaker
    listener_verbs: frozenset[str]  # "told X": X is the listener, never the speaker
    inversion_verbs: frozenset[str]  # verbs that may come before their subject: "said Johnson"
    cue_phrases: tuple[str, ...]  # "according to"
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
    owned_bodies: frozenset[str]  # "her office", "his campaign": a person's staff speaking for them

    def is_cue_verb(self, word: str) -> bool:
        """Whether a word (any case) is a form of a reporting verb."""
        return word.lower() in self.verb_forms


@functools.cache
def cue_lexicon() -> CueLexicon:
    """Read the lexicon shipped with the package (once per process)."""
    raw = read_json("attribution_cues.json")
    verb_forms = {form: lemma for lemma, forms in raw["speech_verbs"].items() for form in forms}
    framing = {form for forms in raw["framing_verbs"].values() for form in forms}
    verb_forms.update({form: form for form in framing})

    def words(key: str) -> frozenset[str]:
        return frozenset(word.lower() for word in raw[key])

    return CueLexicon(
        verb_forms=verb_forms,
        weak_verbs=words("weak_verbs"),
        listener_verbs=words("listener_verbs"),
        inversion_verbs=words("inversion_verbs"),
        cue_phrases=tuple(raw["cue_phrases"]),
        naming_markers=tuple(raw["naming_markers"]),
        subject_pronouns=dict(raw["subject_pronouns"]),
        possessive_pronouns=dict(raw["possessive_pronouns"]),
        object_pronouns=dict(raw["object_pronouns"]),
        titles=words("titles"),
        title_modifiers=words("title_modifiers"),
        role_nouns=dict(raw["role_nouns"]),
        speaker_nouns=words("speaker_nouns"),
        document_nouns=words("document_nouns"),
        utterance_nouns=words("utterance_nouns"),
        media_words=words("media_words"),
        framing_verbs=frozenset(framing),
        owned_bodies=words("owned_bodies"),
    )
