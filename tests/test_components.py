"""The extractors as spaCy components: in a stock pipeline, alone or together, saved and loaded,
found through the ``spacy_factories`` entry point, and the same as what the ingest stores."""

from __future__ import annotations

import contextlib
import io
import os
import re
import sqlite3
import subprocess
import sys
import tomllib
from importlib.metadata import EntryPoint
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import spacy

from sanctuary_cli.corpus.loader import SourceArticle, load
from sanctuary_cli.extract import components
from sanctuary_cli.extract.components import COMPONENTS, MissingAnnotationError, analysis
from sanctuary_cli.nlp.engine import iter_analyses
from sanctuary_cli.nlp.model import model_name
from tests.conftest import ROOT, SEEDS

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = (
    "Mayor Ann Castillo of Denver said on Monday that the city would not help federal agents. "
    "“Our police will not do ICE's job,” Castillo said. Tom Hale, the border czar, answered that "
    "Denver would regret it. “We will come anyway,” he told reporters."
)


def seed_bodies() -> dict[str, str]:
    return {a.path: a.body.text for a in load([SEEDS]) if isinstance(a, SourceArticle)}


def test_add_pipe_quotes_gives_the_quotes_the_ingest_stored_for_the_seeds(seeded_store: Path) -> None:
    nlp = spacy.load(model_name())  # the model as anyone loads it: every component, none of sanctuary's
    nlp.add_pipe("sanctuary_quotes")
    conn = sqlite3.connect(seeded_store)
    checked = 0
    for name, body in seed_bodies().items():
        doc = nlp(body)
        found = [(q.text, q.kind, q.speaker, q.speaker_mention, q.cue) for q in doc._.quotes]
        stored = conn.execute(
            "SELECT q.text, q.kind, q.speaker, q.speaker_mention, q.cue FROM quotes q"
            " JOIN articles a ON a.id = q.article_id WHERE a.path = ? ORDER BY q.start",
            (name,),
        ).fetchall()
        assert found == stored, name
        assert found, f"{name} has quotes"
        checked += len(found)
        # The quotes needed the people and places, so the component found those too, and nothing more.
        assert doc._.people and doc._.places is not None
        assert doc._.claims is None
    assert checked > 30


def test_each_component_alone_and_in_any_order_gives_the_ingest_analysis(nlp: Language) -> None:
    [expected] = list(iter_analyses(nlp, [TEXT]))
    assert expected.quotes and expected.people and expected.cities
    alone = spacy.load(model_name(), exclude=["lemmatizer", "attribute_ruler"])
    alone.add_pipe("sanctuary_stance")
    reverse = spacy.load(model_name())
    for factory in reversed(COMPONENTS):
        reverse.add_pipe(factory)
    for pipeline in (alone, reverse):
        doc = pipeline(TEXT)
        assert (doc._.places, doc._.people, doc._.quotes, doc._.claims) == (
            expected.cities, expected.people, expected.quotes, expected.evidence
        )
        assert analysis(doc) == expected


def test_the_ingest_pipeline_is_the_pruned_model_and_the_four_components(nlp: Language) -> None:
    assert list(nlp.pipe_names) == ["tok2vec", "tagger", "parser", "ner", *COMPONENTS]
    assert [name for name, _ in components.extractors(nlp)] == list(COMPONENTS)
    doc = nlp(TEXT)  # the components run in an ordinary call too
    assert [q.speaker for q in doc._.quotes] == ["Ann Castillo", "Tom Hale"]


def test_a_pipeline_with_the_components_survives_to_disk_and_load(tmp_path: Path) -> None:
    nlp = spacy.load(model_name(), exclude=["lemmatizer", "attribute_ruler"])
    components.add_to(nlp)
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded.pipe_factories == nlp.pipe_factories
    body = next(iter(seed_bodies().values()))
    before, after = nlp(body), loaded(body)
    assert analysis(after) == analysis(before)
    assert after._.claims, "the seed's stance evidence"


def test_a_pipeline_without_parse_or_entities_gets_a_clear_error() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sanctuary_quotes")
    with pytest.raises(MissingAnnotationError, match="need a tagger, a parser, an entity recognizer"):
        nlp("“We will not,” she said.")
    assert nlp("")._.quotes == []  # nothing to annotate: nothing missing


def test_pyproject_declares_every_factory_as_a_spacy_entry_point() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"]["spacy_factories"]
    assert set(declared) == set(COMPONENTS)
    for name, value in declared.items():
        factory = EntryPoint(name, value, "spacy_factories").load()
        assert spacy.language.Language.get_factory_meta(name).factory == name
        assert spacy.registry.factories.get(name) is factory


@pytest.mark.slow
def test_spacy_finds_the_factories_through_the_entry_point_alone(tmp_path: Path) -> None:
    """A fresh interpreter that never imports sanctuary_cli: spaCy reads the installed entry points.

    The metadata stands in for an installed package, with the entry points exactly
    as pyproject.toml declares them.
    """
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"]["spacy_factories"]
    info = tmp_path / "sanctuary_probe-0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: sanctuary-probe\nVersion: 0\n")
    lines = "".join(f"{name} = {value}\n" for name, value in declared.items())
    (info / "entry_points.txt").write_text(f"[spacy_factories]\n{lines}")
    script = (
        "import sys, spacy\n"
        "assert 'sanctuary_cli' not in sys.modules\n"
        f"nlp = spacy.load({model_name()!r})\n"
        "nlp.add_pipe('sanctuary_quotes')\n"
        "doc = nlp(sys.argv[1])\n"
        "print([(q.speaker, q.cue) for q in doc._.quotes])\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT / "src")])}
    done = subprocess.run([sys.executable, "-c", script, TEXT], capture_output=True, text=True, env=env,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[('Ann Castillo', 'said'), ('Tom Hale', 'told')]"


def test_the_readme_example_prints_what_the_readme_shows() -> None:
    section = (ROOT / "README.md").read_text().split("## In your own spaCy pipeline", 1)[1].split("\n## ", 1)[0]
    code, shown = re.findall(r"^```(?:python)?\n(.+?)```", section, flags=re.M | re.S)
    code = code.replace('spacy.load("en_core_web_sm")', f"spacy.load({model_name()!r})")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(code, {})
    assert printed.getvalue() == shown


def test_docs_with_the_components_output_serialise(nlp: Language) -> None:
    """Doc.to_bytes and DocBin carry the records (and drop the extractors' per-Doc index, a cache)."""
    from spacy.tokens import Doc, DocBin

    doc = nlp(TEXT)
    expected = analysis(doc)
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert analysis(back) == expected
    assert back._.people == doc._.people and back._.claims == doc._.claims
    box = DocBin(store_user_data=True, docs=[doc])
    [again] = list(DocBin().from_bytes(box.to_bytes()).get_docs(nlp.vocab))
    assert analysis(again) == expected
