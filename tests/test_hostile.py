"""Odd and hostile input: long texts, foreign languages, markup and control characters; and
property-based tests (hypothesis): any text builds, parses back and conforms to the shapes."""
from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from kg.cli import cli
from kg.graph import build_dataset
from kg.validate import validate_dataset

from conftest import run_text


def test_100k_word_paragraph_is_processed(tmp_path: Path):
    # one paragraph: run-on text with no full stop at all, then ordinary sentences
    text = ("Head\n\n" + "the talks went on for hours and " * 10_000
            + "Chile criticised Peru over the fishing dispute. " * 7_000)
    f = tmp_path / "long.txt"
    f.write_text(text)
    assert len(text.split()) > 100_000 and "\n\n" not in text[6:]
    res = CliRunner().invoke(cli, ["build", str(f), "--out", str(tmp_path / "o"), "--no-page", "--no-store"])
    assert res.exit_code == 0, res.output
    assert "criticized 1" in res.output


def test_oversized_article_is_a_clear_error(tmp_path: Path):
    f = tmp_path / "huge.txt"
    f.write_text("Head\n\n" + ("word " * 1_100_000))
    res = CliRunner().invoke(cli, ["build", str(f), "--out", str(tmp_path / "o"), "--no-page", "--no-store"])
    assert res.exit_code == 1 and "too long for one article" in res.output
    assert "Traceback" not in res.output


def test_non_english_warns_and_does_not_crash(tmp_path: Path):
    f = tmp_path / "de.txt"
    f.write_text("Schlagzeile\n\nDie Regierung in Berlin kritisierte am Montag die Entscheidung der Kommission "
                 "scharf und forderte eine sofortige Überprüfung aller Verträge mit den Nachbarländern im Osten "
                 "sowie neue Gespräche über Handel, Energie und Sicherheit in der gesamten Region Europas.")
    res = CliRunner().invoke(cli, ["build", str(f), "--out", str(tmp_path / "o"), "--no-page", "--no-store"])
    assert res.exit_code == 0
    assert "does not look like English" in res.output


def _roundtrip(ds: Dataset) -> None:
    from kg.export import to_nquads, to_trig, to_turtle

    for text, fmt in ((to_turtle(ds), ox.RdfFormat.TURTLE), (to_trig(ds), ox.RdfFormat.TRIG),
                      (to_nquads(ds), ox.RdfFormat.N_QUADS)):
        assert list(ox.parse(text.encode("utf-8"), format=fmt))
    # the Turtle writer's output is the union graph of the quads, term for term, for both parsers
    union = {(q.subject, q.predicate, q.object) for q in ox.parse(to_nquads(ds).encode("utf-8"), format=ox.RdfFormat.N_QUADS)}
    ttl = to_turtle(ds)
    assert {(t.subject, t.predicate, t.object) for t in ox.parse(ttl.encode("utf-8"), format=ox.RdfFormat.TURTLE)} == union
    from rdflib import Graph

    assert len(Graph().parse(data=ttl, format="turtle")) == len(union)
    d2 = Dataset()
    d2.parse(data=to_trig(ds), format="trig")
    assert len(d2)
    from kg.export import to_jsonld

    d3 = Dataset()
    d3.parse(data=to_jsonld(ds), format="json-ld")
    assert len(d3) == len(d2)


# real states and bodies among the names: the gazetteer makes them certain entities; the events are invented
NAMES = st.sampled_from(["France", "Chile", "Kenya", "the United Nations", "Anna Berg", "Omar Haddad", "NATO"])
VERBS = st.sampled_from(["called", "criticised", "accused", "warned", "backed", "attacked", "met", "blamed"])
JUNK = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


FUZZ_EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "25"))  # raise it for a longer fuzz run


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=NAMES, v=VERBS, b=NAMES, junk=JUNK, head=JUNK)
def test_any_text_builds_parses_back_and_conforms(nlp, a, v, b, junk, head):
    text = f"{head or 'Head'}\n\n{a} {v} {b} {junk}. {junk} said \"<script>{junk}</script>\" \\ \"\"\" \u202e."
    r = run_text(nlp, text, f"fuzz{junk[:5]}")
    ds = build_dataset([r])
    _roundtrip(ds)
    report = validate_dataset(ds)
    assert report.conforms, report.messages


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article_id=JUNK.filter(lambda s: s.strip()))
def test_any_article_id_gives_valid_iris(nlp, article_id):
    r = run_text(nlp, "Head\n\nChile called Peru.", article_id)
    ds = build_dataset([r])
    _roundtrip(ds)
