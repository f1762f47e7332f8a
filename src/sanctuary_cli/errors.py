"""The few exception types the library raises; the CLI turns them into messages."""


class SanctuaryError(Exception):
    """Base of every error a user can cause or fix."""


class ModelNotFoundError(SanctuaryError):
    """No spaCy pipeline could be loaded."""


class StoreError(SanctuaryError):
    """The store cannot be opened or is of an unknown version."""


class QueryError(SanctuaryError):
    """A query's own arguments are wrong (an empty name, a bad date or pattern); the CLI exits 2."""


class ConfigError(SanctuaryError):
    """The user's overrides file cannot be read or says something impossible."""
