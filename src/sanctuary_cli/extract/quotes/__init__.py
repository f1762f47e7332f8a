"""Quotes: quotation marks, attribution cues, and the speakers they name."""
