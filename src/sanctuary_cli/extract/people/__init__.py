"""People: personal names, titles and roles, the people of one article, and people across a corpus.

The modules, in the order an article flows through them:

- ``names``: a name's parts and key, title stripping, what cannot be a personal name (``brands``: words
  run together or made adjectives);
- ``roles``: the one lexicon of titles and role nouns (``resources/roles.json``);
- ``mentions``, ``cluster``, ``claims``, ``jurisdiction``, ``gender``: the people of one article
  (``runon``: where a name the tagger read ends: a word run on, a stray suffix, two names run together);
- ``people``: ``extract_people``, the step the pipeline runs;
- ``lookup``: a person of an article by surface form or by role (for quotes and stance);
- ``corpus``: one person across articles (surname forms, spellings, nicknames), run after an ingest,
  on the rows and links of ``records``;
- ``shortforms``: what a one-word form is, read in its article and across the store (a clipped
  given name, a family name, the namesake the store's stories mean, a platform or a brand);
  ``families``: a given name alone read by the family name its story writes;
- ``fullnames``: the full names of one surname joined across articles (spellings, initials, suffixes);
- ``overrides``: a user's own merges, splits and renames.

Nothing here imports spaCy at import time.
"""

from sanctuary_cli.extract.people.lookup import find_person, link_speakers, resolve_role
from sanctuary_cli.extract.people.names import person_key, strip_title
from sanctuary_cli.extract.people.roles import lexicon, normal_role, role_form, written_as_title

__all__ = [
    "find_person",
    "lexicon",
    "link_speakers",
    "normal_role",
    "person_key",
    "resolve_role",
    "role_form",
    "strip_title",
    "written_as_title",
]
