"""Helpers for putting user text into SQL safely: always as a parameter."""

from __future__ import annotations


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` literally anywhere (use with ESCAPE '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
