"""Names vulture reports as unused that are used from outside Python's view.

Each is read by a framework, a protocol or a caller vulture cannot see:
``python -m vulture src tests/vulture_whitelist.py`` is clean (tests/test_quality.py).
"""
# ruff: noqa: B018, F821

__getattr__  # module attribute hook: sanctuary_cli's lazy public names
tb  # the traceback argument of __exit__ (api.Store, store.lock.IngestLock)
_.list_commands  # click.Group hooks: commands load lazily
_.get_command
predicted_cities  # dataclass fields of the scores, read through asdict() for JSON output
article_precision
article_recall
roles_right
jurisdictions_right
unexpected_officials
_.speaker_accuracy
description  # export.Table field, written into docs/EXPORT.md's checks
_.__qualname__  # set so a spaCy component reads as its factory in nlp.pipeline
_.__doc__
make_places  # spaCy factories, registered by decorator and by the spacy_factories entry point
make_people
make_quotes
make_stance
_.enable_progress_bars  # Ray Data context settings
_.print_on_execution_start
warnings  # IngestSummary field, part of the API's record
_.caption  # Rich Table attribute
_.row_factory  # sqlite3 connection attribute
write_article  # one article's write, for library callers and tests
enabled  # timing: whether stage timers are on, for callers and tests
_.infix_finditer  # spaCy tokenizer attribute: the split rules for glued quotation marks
