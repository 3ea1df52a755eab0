"""An output folder grows article by article: each store version keeps its files, the next build
splices in the blocks that changed, and the result is byte for byte what writing every file anew
gives. A big graph's page is an overview of its most important entities."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg import storefiles
from kg.export import TURTLE_PREFIXES, turtle_body, turtle_header, union_triples
from kg.overview import EDGES_PER_NODE, page_source, write_page
from kg.pipeline import build
from kg.splice import LINES, SortedFile, splice, turtle_layout
from kg.store import current_version, open_store, part_file

# Invented people and places throughout.
TEXTS = {
    "a": "Ministers talk\n\nMonday, March 3, 2025\n\n"
         "Foreign Minister Tova Renkel telephoned her counterpart Ilse Marrow on Monday about the river dispute.\n",
    "b": "Second call\n\nTuesday, March 4, 2025\n\nPrime Minister Ilse Marrow telephoned Foreign Minister "
         "Daniel Okafor on Tuesday. Okafor criticised Tova Renkel over the dam.\n",
    "c": "Third call\n\nWednesday, March 5, 2025\n\nForeign Minister Marek Sollen telephoned Ilse Marrow.\n",
}
FORMATS = ["nq", "nt"]
FILES = ["graph.ttl", "graph.trig", "graph.nq", "graph.nt"]

N = "<http://x.test/n/"
P = "<http://x.test/p>"


def _nq(subjects: dict[str, list[str]]) -> str:
    return "".join(sorted(f"{N}{s}> {P} \"{o}\" {N}g{s[0]}> .\n" for s, objs in subjects.items() for o in objs))


def test_splice_replaces_inserts_and_deletes_blocks_of_lines(tmp_path: Path):
    old = {"a1": ["x"], "b1": ["y", "z"], "c1": ["w"], "d1": ["v"]}
    new = {"a1": ["x"], "b1": ["q"], "bb": ["new"], "d1": ["v"], "e1": ["tail"]}  # c1 gone
    src, dst = tmp_path / "old.nq", tmp_path / "new.nq"
    src.write_text(_nq(old))
    keys = sorted({*old, *new} - {"a1", "d1"})
    blocks = [(f"{N}{k}>".encode(), _nq({k: new[k]} if k in new else {}).encode()) for k in keys]
    with SortedFile(src, LINES) as f:
        delta = splice(f, dst, blocks)
    assert dst.read_text() == _nq(new)
    assert delta == _nq(new).count("\n") - _nq(old).count("\n")
    with SortedFile(src, LINES) as f, pytest.raises(ValueError):
        splice(f, tmp_path / "x.nq", list(reversed(blocks)))


def test_find_agrees_with_a_scan(tmp_path: Path):
    """Blocks of 1 to 300 lines, keys probed from every earlier block start: what a linear scan finds."""
    import random

    rnd = random.Random(5)
    subjects = sorted({f"s{rnd.randrange(10**6):06d}" for _ in range(400)})
    text = "".join(f"{N}{s}> {P} \"{i}\" {N}g> .\n" for s in subjects for i in range(rnd.choice([1, 2, 300])))
    path = tmp_path / "f.nq"
    path.write_text(text)
    starts, offset = {}, 0
    for line in text.splitlines(keepends=True):
        starts.setdefault(line.split(" ", 1)[0].encode(), offset)
        offset += len(line.encode())
    order = sorted(starts)
    with SortedFile(path, LINES) as f:
        for probe in [b"<", f"{N}s".encode(), f"{N}z".encode()] + [k + suffix for k in order[::7] for suffix in (b"", b"0")]:
            first = next((starts[k] for k in order if k >= probe), len(text))
            after = next((starts[k] for k in order if k > probe), len(text))
            for lo in {0, *[starts[k] for k in order if starts[k] <= first][-3:]}:
                assert f.find(probe, lo=lo) == first and f.find(probe, after=True, lo=lo) == after


def test_splice_finds_turtle_statements_by_their_full_subject(tmp_path: Path):
    """Subjects written with a prefix sort by their full IRI; a block is a statement with its indented lines."""
    ns = TURTLE_PREFIXES["nkg"]
    lines = sorted(f"<{ns}{s}> <{ns}p> \"{o}\" <{ns}g> ." for s, o in
                   [("A", "1"), ("A", "2"), ("B", "3"), ("C-d", "4"), ("x.y", "5")])

    def ttl(quads: list[str]) -> str:
        return turtle_header() + "".join(turtle_body(union_triples(quads)))

    src = tmp_path / "g.ttl"
    src.write_text(ttl(lines))
    assert "nkg:A nkg:p" in src.read_text() and f"<{ns}x.y>" in src.read_text()
    changed = [q.replace('"3"', '"33"') for q in lines if "/ontology#B>" in q]
    new = [q for q in lines if "/ontology#B>" not in q] + changed
    block = "".join(turtle_body(union_triples(changed))).encode()
    with SortedFile(src, turtle_layout(TURTLE_PREFIXES)) as f:
        splice(f, tmp_path / "new.ttl", [(f"<{ns}B>".encode(), block)])
    assert (tmp_path / "new.ttl").read_text() == ttl(sorted(new))


def _rewrite_copy(out: Path, tmp: Path, article: Path) -> Path:
    """A copy of the folder whose store forgets its files, rebuilt with an unchanged article: every file
    written anew from the same store."""
    copy = tmp / f"rewrite-{out.name}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(out, copy, symlinks=True)
    part_file(current_version(copy / "store"), storefiles.MANIFEST).unlink()
    build([article], copy, page=False, extra_formats=FORMATS)
    return copy


def test_spliced_files_are_the_files_written_anew(tmp_path: Path, monkeypatch):
    """Articles added, rebuilt (one person replaced by another, so entities go) and added again: each
    build splices, and every file is what a build that writes them all anew gives."""
    src = {k: tmp_path / f"{k}.txt" for k in TEXTS}
    for k, t in TEXTS.items():
        src[k].write_text(t)
    out = tmp_path / "out"
    build([src["a"]], out, page=False, extra_formats=FORMATS)  # the first version is written anew
    real = storefiles._rewritten

    def forbidden(*args, **kwargs):
        raise AssertionError("wrote every file anew")

    steps = [("b", None), ("c", None), ("c", "Third call\n\nForeign Minister Petra Vance telephoned Ilse Marrow.\n")]
    for key, text in steps:
        if text is not None:
            src[key].write_text(text)
        monkeypatch.setattr(storefiles, "_rewritten", forbidden)
        build([src[key]], out, page=False, extra_formats=FORMATS)
        monkeypatch.setattr(storefiles, "_rewritten", real)
        again = _rewrite_copy(out, tmp_path, src[key])
        for name in FILES:
            assert (out / name).read_bytes() == (again / name).read_bytes(), (key, name)
    assert "Marek Sollen" not in (out / "graph.ttl").read_text() and "Petra Vance" in (out / "graph.ttl").read_text()
    # the folder's files are the version's own (hard links), and only two versions keep files
    version = current_version(out / "store")
    assert (out / "graph.ttl").samefile(part_file(version, "ttl"))
    assert len(list((out / "store").glob("v*.files.json"))) == 2


def test_a_file_changed_since_is_not_trusted(tmp_path: Path):
    """An output file edited in place (it shares its data with the store's copy) is written anew next time."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEXTS["a"])
    b.write_text(TEXTS["b"])
    out = tmp_path / "out"
    build([a], out, page=False)
    with (out / "graph.ttl").open("r+") as f:  # edit in place: same inode as the store's copy
        f.write("# edited\n")
    build([b], out, page=False)
    build([a, b], tmp_path / "once", page=False)
    once = {q for q in (tmp_path / "once" / "graph.ttl").read_text().split(" .\n") if "/id/run/" not in q}
    now = {q for q in (out / "graph.ttl").read_text().split(" .\n") if "/id/run/" not in q}
    assert not (out / "graph.ttl").read_text().startswith("# edited") and now == once


def test_a_store_without_kept_files_is_written_anew_then_spliced(tmp_path: Path, monkeypatch):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEXTS["a"])
    b.write_text(TEXTS["b"])
    out = tmp_path / "out"
    build([a], out, page=False)
    version = current_version(out / "store")
    for f in (out / "store").glob(f"{version.name}.*"):  # as a store written before versions kept files
        if f.suffix != ".nq":
            f.unlink()
    calls = []
    real = storefiles._rewritten
    monkeypatch.setattr(storefiles, "_rewritten", lambda *a, **k: calls.append(1) or real(*a, **k))
    build([b], out, page=False)
    assert calls == [1]
    manifest = json.loads(part_file(current_version(out / "store"), storefiles.MANIFEST).read_text())
    assert set(manifest["files"]) == {"nq", "ttl", "trig"} and manifest["quads"] == len(open_store(out / "store"))


def _big_store() -> object:
    """A store whose page is bigger than a small bound: a ring of invented entities, each edge stated by
    one article graph with its event."""
    import pyoxigraph as ox

    nkg = "https://w3id.org/newskg/ontology#"
    ids = "https://w3id.org/newskg/id/"
    rows = []
    for i in range(40):
        s, o, g = f"<{ids}e{i}>", f"<{ids}e{(i + 1) % 40}>", f"<https://w3id.org/newskg/graph/article/a{i}>"
        ev = f"<{ids}event/{i}>"
        rows += [f"{s} <{nkg}called> {o} {g} .", f"{ev} <{nkg}edgeProperty> <{nkg}called> {g} .",
                 f"{ev} <{nkg}agent> {s} {g} .", f"{ev} <{nkg}target> {o} {g} .",
                 f"{ev} <{nkg}evidenceText> \"Entity {i} called entity {(i + 1) % 40}.\" {g} .",
                 f"{s} <http://www.w3.org/2000/01/rdf-schema#label> \"Entity {i}\" <https://w3id.org/newskg/graph/entities> .",
                 f"{s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{nkg}Person> <https://w3id.org/newskg/graph/entities> ."]
    st = ox.Store()
    st.bulk_load("\n".join(rows).encode(), format=ox.RdfFormat.N_QUADS)
    return st


def test_a_big_graphs_page_is_an_overview(tmp_path: Path):
    st = _big_store()
    assert page_source(st) is st  # within the default bounds: drawn whole
    small = page_source(st, max_nodes=10)
    labels = {str(q.object) for q in small if q.predicate.value.endswith("#label")}
    called = [q for q in small if q.predicate.value.endswith("#called")]
    assert 0 < len(labels) <= 10 and 0 < len(called) <= EDGES_PER_NODE * 10
    assert any(q.predicate.value.endswith("#evidenceText") for q in small)
    one, two = write_page(st, tmp_path / "one.html", 10), write_page(st, tmp_path / "two.html", 10)
    page = one.read_text()
    assert one.read_bytes() == two.read_bytes() and "Entity " in page and "called entity" in page
    assert page.count('"label":"Entity ') == len(labels)  # the page's data: one node per entity kept


def test_a_build_loaded_in_pieces_is_the_same_dataset(tmp_path: Path, monkeypatch):
    """The store takes a big build in pieces (bounded memory): the same files as in one piece."""
    from kg import store

    src = [tmp_path / f"{k}.txt" for k in TEXTS]
    for f, text in zip(src, TEXTS.values()):
        f.write_text(text)
    build(src, tmp_path / "whole", page=False, extra_formats=["nq"])
    monkeypatch.setattr(store, "BULK_CHUNK", 300)  # a few lines per piece
    build(src, tmp_path / "pieces", page=False, extra_formats=["nq"])
    for name in ("graph.ttl", "graph.trig", "graph.nq"):
        assert (tmp_path / "whole" / name).read_bytes() == (tmp_path / "pieces" / name).read_bytes()


def test_the_overview_ranks_as_networkx_does(monkeypatch):
    import random

    import networkx as nx

    from kg.analyse import pagerank

    rnd = random.Random(3)
    nodes = [f"n{i:03d}" for i in range(200)]
    edges = [(nodes[int(200 * rnd.random() ** 2)], rnd.choice(nodes)) for _ in range(900)]
    g = nx.DiGraph()
    g.add_nodes_from(nodes)
    g.add_edges_from(edges)
    expected = nx.pagerank(g)
    for dense in (True, False):  # the dense path of small graphs, and scipy's sparse one of big ones
        monkeypatch.setattr("kg.analyse.DENSE_RANK_MAX", 10_000 if dense else 0)
        ours = pagerank(nodes, edges)
        assert max(abs(ours[n] - expected[n]) for n in nodes) < 1e-12


def test_the_page_a_build_draws_is_the_stores_page(tmp_path: Path, monkeypatch):
    """A build into an empty store draws its page from its own quads in memory (tidied as the store
    is), a later build from the store itself: either way, the page the store's graph gives."""
    from kg import overview

    src = {k: tmp_path / f"{k}.txt" for k in TEXTS}
    for k, t in TEXTS.items():
        src[k].write_text(t)
    out = tmp_path / "out"
    copies = []  # the in-memory stores the page was drawn from: read from a file, or loaded during the parse
    real = overview.nquads_store
    monkeypatch.setattr(overview, "nquads_store", lambda *a: copies.append(1) or real(*a))
    real_start = overview.PageCopy.start

    def start(self, *a):  # type: ignore[no-untyped-def]
        drawn = real_start(self, *a)
        if drawn is not None:
            copies.append(1)
        return drawn
    monkeypatch.setattr(overview.PageCopy, "start", start)
    # into an empty store, added to it, and started anew: in memory, from the store, in memory
    for inputs, fresh, copied in (([src["a"], src["b"]], False, 1), ([src["c"]], False, 0),
                                  ([src["c"], src["a"]], True, 1)):
        copies.clear()
        build(inputs, out, fresh=fresh)
        st = open_store(out / "store", read_only=True)
        assert (out / "graph.html").read_bytes() == write_page(st, tmp_path / "again.html").read_bytes()
        assert len(copies) == copied
        del st
    assert "Marek Sollen" in (out / "graph.html").read_text()
    monkeypatch.setattr(overview, "PAGE_IN_MEMORY_MAX", 0)  # too big to copy: drawn from the store once loaded
    copies.clear()
    build([src["c"], src["a"]], tmp_path / "disk")
    assert (tmp_path / "disk" / "graph.html").read_bytes() == (out / "graph.html").read_bytes() and not copies


def test_a_page_drawn_from_quads_in_memory_is_tidied_as_the_store(tmp_path: Path):
    """Two labels of one entity in a build: the store keeps one (kg.store.tidy), and so does the page's copy."""
    from concurrent.futures import wait

    from kg.overview import start_page
    from kg.store import from_nquads, tidy

    ent, g = "<https://w3id.org/newskg/id/person/ada-kell>", "<https://w3id.org/newskg/graph/entities>"
    rows = [f'{ent} <http://www.w3.org/2000/01/rdf-schema#label> "{n}" {g} .' for n in ("Ada Kell", "Ada M. Kell")]
    rows += [f"{ent} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newskg/ontology#Person> {g} .",
             f"{ent} <https://w3id.org/newskg/ontology#called> <https://w3id.org/newskg/id/person/bo-lind> "
             f"<https://w3id.org/newskg/graph/article/a1> ."]
    quads = tmp_path / "build.nq"
    quads.write_text("\n".join(rows) + "\n")
    st = from_nquads(rows)
    assert len(tidy(st)) == 1
    tidied = start_page(st, tmp_path / "tidy.html", quads=quads, tidied=True)
    wait([tidied])
    assert tidied.result().read_bytes() == write_page(st, tmp_path / "store.html").read_bytes()
