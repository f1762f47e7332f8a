"""sanctuary: a news corpus analyzer for city responses to federal immigration enforcement.

The public surface, for notebooks and scripts (``import sanctuary_cli``):

- ``open_store(path)`` gives a ``Store``: ``ingest(paths)``, ``quotes(...)``,
  ``people(...)``, ``cities(...)``, ``stances()``, ``stance(city)``,
  ``articles()``, ``article(ref)``, ``info()``, ``frames()``, ``export(dir)``;
- ``analyze(text)`` runs the extractors on one text without a store;
- the records they return (``Quote``, ``Person``, ``City``, ...), each with ``to_dict()``;
- ``SanctuaryError`` and its kinds (``QueryError``, ``StoreError``, ``ConfigError``), the only
  exceptions raised for a user's mistake;
- ``open_store(path, config=...)``: ``config`` names the user's overrides of people and places
  (else ``sanctuary.toml`` beside the store applies, if there is one).

Importing this package is light: spaCy and pandas load only when a call needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "City",
    "CityStance",
    "ConfigError",
    "Evidence",
    "IngestSummary",
    "Person",
    "QueryError",
    "Quote",
    "Results",
    "SanctuaryError",
    "Stance",
    "Store",
    "StoreError",
    "StoreInfo",
    "TextAnalysis",
    "__version__",
    "analyze",
    "open_store",
]

if TYPE_CHECKING:
    from sanctuary_cli.api import Store, analyze, open_store
    from sanctuary_cli.errors import ConfigError, QueryError, SanctuaryError, StoreError
    from sanctuary_cli.records import (
        Actor,
        Article,
        City,
        CityStance,
        Evidence,
        IngestSummary,
        Person,
        Quote,
        Results,
        Stance,
        StoreInfo,
        TextAnalysis,
    )

_HOMES = {"Store": "api", "analyze": "api", "open_store": "api", "ConfigError": "errors", "QueryError": "errors",
          "SanctuaryError": "errors", "StoreError": "errors"}


def __getattr__(name: str) -> Any:
    """The public names, imported when first used, so ``sanctuary --help`` stays fast."""
    import importlib

    if name in __all__ and name != "__version__":
        module = importlib.import_module(f"sanctuary_cli.{_HOMES.get(name, 'records')}")
        return getattr(module, name)
    raise AttributeError(f"module 'sanctuary_cli' has no attribute {name!r}")
