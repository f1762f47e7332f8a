"""The stance lexicon as reviewed data: every entry explained, every key read."""

from __future__ import annotations

import inspect

from sanctuary_cli.extract.stance import lexicon
from sanctuary_cli.resources import read_json


def test_every_cue_body_and_term_list_has_a_note_and_an_invented_example() -> None:
    data = read_json(lexicon.LEXICON_FILE)
    entries = [*data["cues"], *data["bodies"], *data["terms"].values()]
    missing = [entry for entry in entries if not entry.get("note") or not entry.get("example")]
    assert not missing
    assert len({entry["example"] for entry in entries}) > len(entries) * 0.9  # examples of their own


def test_every_key_of_the_resource_is_read_by_the_code() -> None:
    data = read_json(lexicon.LEXICON_FILE)
    source = inspect.getsource(lexicon)
    unread = [key for key in data if not key.startswith("_") and f'data["{key}"]' not in source]
    assert not unread


def test_titles_come_from_the_roles_lexicon_not_a_copy() -> None:
    data = read_json(lexicon.LEXICON_FILE)
    roles = {entry["role"] for entry in read_json("roles.json")["roles"]}
    assert "roles" not in data and "role_words" not in data
    assert set(data["role_voices"]) <= roles
