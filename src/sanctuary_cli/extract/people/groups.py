"""Pairs of ids found to be one, gathered into groups: each id -> the id its group keeps."""

from __future__ import annotations

from collections.abc import Callable, Iterable


def unite(pairs: Iterable[tuple[str, str]], rank: Callable[[str], int]) -> dict[str, str]:
    """Each id joined to another -> the id of its group ranked first by ``rank`` (lowest first; the
    ids kept map to nothing). Deterministic: the pairs are read in sorted order."""
    parent: dict[str, str] = {}

    def root(pid: str) -> str:
        while pid in parent:
            pid = parent[pid]
        return pid

    for a, b in sorted(pairs):
        ra, rb = root(a), root(b)
        if ra != rb:
            keep, drop = sorted((ra, rb), key=rank)
            parent[drop] = keep
    return {pid: root(pid) for pid in parent}
