"""Stance: evidence of where a place's government stands, and the verdict.

``score`` imports nothing from spaCy, so queries can use it.
"""
