"""The cities of one article looked up by character offset."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from sanctuary_cli.extract.model import CityRecord


def city_at(cities: Sequence[CityRecord], start: int, end: int) -> CityRecord | None:
    """The linked city whose mention overlaps the character range ``[start, end)``."""
    for city in cities:
        for m_start, m_end in city.mentions:
            if m_start < end and start < m_end:
                return city
    return None


class CityIndex(list[CityRecord]):
    """The cities of one article, with their mentions sorted for fast lookups by offset."""

    def __init__(self, cities: Sequence[CityRecord]) -> None:
        super().__init__(cities)
        self._spans = sorted(((s, e, city) for city in cities for s, e in city.mentions), key=lambda span: span[:2])
        self._starts = [s for s, _, _ in self._spans]
        self._longest = max((e - s for s, e, _ in self._spans), default=0)

    def at(self, start: int, end: int) -> CityRecord | None:
        """The city whose mention overlaps ``[start, end)`` (as :func:`city_at`, in log time)."""
        i = bisect.bisect_left(self._starts, start - self._longest)
        while i < len(self._spans) and self._spans[i][0] < end:
            _, m_end, city = self._spans[i]
            if start < m_end:
                return city
            i += 1
        return None
