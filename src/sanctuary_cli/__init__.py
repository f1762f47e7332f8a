"""sanctuary: a news corpus analyzer for city responses to federal immigration enforcement."""

__version__ = "0.1.0"
