"""Corpus-scale behaviour: streaming inputs, the cache, several processes and a Dask cluster all give
the same bytes; one entity is one node across articles; the same fact from N articles is one edge."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.pipeline import build
from kg.store import load_file, open_store, query

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [
    # real states: gazetteer names make the entities certain; the people and events are invented
    ("a1", "Talks in Geneva\n\nMonday, June 2, 2025\n\nIndian Prime Minister Ravi Menon called Nepal on Monday. "
           "Menon criticised Bhutan over the border."),
    ("a2", "Border row\n\nTuesday, June 3, 2025\n\nNepal accused Bhutan of moving troops. India criticised Bhutan."),
    ("a3", "Summit\n\nWednesday, June 4, 2025\n\nRavi Menon met Nepal's foreign minister. India criticised Bhutan again."),
]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    p = tmp_path / "corpus.jsonl"
    p.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in ARTICLES))
    return p


def _files(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in ("graph.ttl", "graph.trig", "graph.html")}


def test_same_entity_one_node_and_same_fact_one_edge(corpus: Path, tmp_path: Path):
    build([corpus], tmp_path / "o", page=False)
    st = open_store()
    load_file(st, tmp_path / "o" / "graph.trig")
    people = query(st, "SELECT DISTINCT ?p WHERE { ?p a <https://w3id.org/newskg/ontology#Person> }").rows
    assert len(people) == 1
    audit = query(st, (ROOT / "ontology" / "queries" / "edge-support.rq").read_text()).rows
    india_bhutan = [r for r in audit if r[0] == "India" and r[1] == "criticized" and r[2] == "Bhutan"]
    assert india_bhutan and india_bhutan[0][3] == "2" and india_bhutan[0][4] == "2"


def test_cache_skips_unchanged_articles_with_identical_output(corpus: Path, tmp_path: Path):
    first = build([corpus], tmp_path / "o", store=None)
    assert first.cached == 0
    a = _files(tmp_path / "o")
    second = build([corpus], tmp_path / "o", store=None)
    assert second.cached == 3 and _files(tmp_path / "o") == a
    lines = corpus.read_text().splitlines()
    lines[1] = json.dumps({"id": "a2", "text": "Border row\n\nNepal praised Bhutan."})
    corpus.write_text("\n".join(lines) + "\n")
    third = build([corpus], tmp_path / "o", store=None)
    assert third.cached == 2
    for entry in (tmp_path / "o" / ".cache").rglob("*.nq"):  # entries a crash left empty or garbled
        entry.write_bytes(b"" if entry.name < "8" else b"\xff\xfe")
    fourth = build([corpus], tmp_path / "o", store=None)
    build([corpus], tmp_path / "fresh", store=None, cache=False)
    assert fourth.cached == 0 and _files(tmp_path / "o") == _files(tmp_path / "fresh")


# Invented people, bodies and places: enough text that a build shares it out to worker processes.
PEOPLE = ["Tova Renkel", "Ilse Marrow", "Daniel Okafor", "Marek Sollen", "Petra Vance", "Oren Tasker"]
PLACES = ["Velmora", "Tarsk", "Oskavet", "Brennholt"]


@pytest.fixture()
def big_corpus(tmp_path: Path) -> Path:
    from kg.engines.local import SMALL_INPUT

    rows, size, i = [], 0, 0
    while size < 2 * SMALL_INPUT:
        a, b, c = PEOPLE[i % 6], PEOPLE[(i + 1) % 6], PEOPLE[(i + 3) % 6]
        place = PLACES[i % 4]
        text = (f"Talks in {place}, part {i}\n\nMonday, June {i % 28 + 1}, 2025\n\n"
                f"Foreign Minister {a} telephoned {b} on Monday about the dam near {place}. {b} criticised {c} "
                f"over the border. {c} accused {a} of delaying the talks. The council of {place} backed {b}. "
                f"{a} met {c} in {place} and both promised a second round of talks on the river.")
        rows.append(json.dumps({"id": f"t{i}", "text": text}) + "\n")
        size += len(text)
        i += 1
    p = tmp_path / "big.jsonl"
    p.write_text("".join(rows))
    return p


def test_every_job_count_gives_the_same_bytes(big_corpus: Path, tmp_path: Path, monkeypatch):
    """The default (every CPU), one process and two processes write the same files; a big input is shared out."""
    from kg.engines import local

    shared = []
    real = local._shared
    monkeypatch.setattr(local, "_shared", lambda arts, n, spill: shared.append(n) or real(arts, n, spill))
    build([big_corpus], tmp_path / "one", store=None, cache=False, jobs=1)
    assert shared == []
    build([big_corpus], tmp_path / "two", store=None, cache=False, jobs=2)
    build([big_corpus], tmp_path / "auto", store=None, cache=False)
    assert shared[0] == 2 and (len(shared) == 2) == (local.available_cpus() > 1)
    assert _files(tmp_path / "one") == _files(tmp_path / "two") == _files(tmp_path / "auto")


def test_worker_tasks_are_big_while_the_input_goes_on_and_small_at_its_end():
    """Tasks of up to CHUNK_MAX articles fill the parser's batches; the last ones shrink to CHUNK_MIN,
    so no core waits long on the last task. Every article goes out once, in order."""
    from kg.engines import local
    from kg.read import make_article

    arts = [make_article(f"a{i}", f"Head {i}\n\nTova Renkel telephoned Ilse Marrow.\n", None) for i in range(200)]
    chunks = list(local._chunks(iter(arts), 2))
    assert [a for c in chunks for a in c] == arts
    sizes = [len(c) for c in chunks]
    assert sizes[0] == local.CHUNK_MAX and sizes[-1] <= local.CHUNK_MIN
    assert sizes == sorted(sizes, reverse=True) and sum(s == local.CHUNK_MAX for s in sizes) > len(sizes) // 2
    assert [len(c) for c in local._chunks(iter(arts[:3]), 2)] == [2, 1]
    huge = [make_article(f"h{i}", "word " * 500_000, None) for i in range(3)]
    assert [len(c) for c in local._chunks(iter(huge), 2)] == [1, 1, 1]  # not all read ahead


def test_a_small_input_stays_in_one_process(corpus: Path, tmp_path: Path, monkeypatch):
    from kg.engines import local

    def no_workers(*args):
        raise AssertionError("started workers for a small input")

    monkeypatch.setattr(local, "_shared", no_workers)
    assert build([corpus], tmp_path / "o", store=None, cache=False, jobs=4).articles == 3


def test_jobs_option(tmp_path: Path):
    a = tmp_path / "a.txt"
    a.write_text("Head\n\nTova Renkel telephoned Ilse Marrow.\n")
    for value in ("auto", "1", "3"):
        res = CliRunner().invoke(cli, ["build", str(a), "--out", str(tmp_path / value), "--no-page", "--jobs", value])
        assert res.exit_code == 0, res.output
    for value, error in (("0", "0 is less than 1"), ("many", "'many' is not a whole number or 'auto'")):
        res = CliRunner().invoke(cli, ["build", str(a), "--out", str(tmp_path / "x"), "--jobs", value])
        assert res.exit_code == 2 and error in res.output


def test_dask_local_cluster_gives_the_same_bytes(big_corpus: Path, tmp_path: Path):
    distributed = pytest.importorskip("distributed")
    build([big_corpus], tmp_path / "local", store=None, cache=False)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as lc:
        build([big_corpus], tmp_path / "dask", store=None, cache=False, engine="dask", scheduler=lc.scheduler_address,
              batch_size=2)
    assert _files(tmp_path / "local") == _files(tmp_path / "dask")


def test_standard_input(tmp_path: Path):
    proc = subprocess.run([sys.executable, "-m", "kg", "build", "-", "--out", str(tmp_path / "o"), "--no-page"],
                          input=b"Head\n\nChile called Peru.\n", capture_output=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert b"articles read: 1" in proc.stdout
    assert "called" in (tmp_path / "o" / "graph.ttl").read_text()


def test_jsonl_bad_lines_are_listed_and_the_rest_built(tmp_path: Path):
    p = tmp_path / "c.jsonl"
    p.write_text('{"id": "ok", "text": "Head\\n\\nChile called Peru."}\n{broken\n{"id": "empty", "text": ""}\n')
    res = CliRunner().invoke(cli, ["build", str(p), "--out", str(tmp_path / "o"), "--no-page", "--no-store"])
    assert res.exit_code == 3
    assert "c.jsonl:2" in res.output and "c.jsonl:3" in res.output
    assert "articles read: 1" in res.output


def test_csv_and_folder_inputs(tmp_path: Path):
    (tmp_path / "in" / "deep").mkdir(parents=True)
    (tmp_path / "in" / "deep" / "x.csv").write_text('id,text,title\nc1,"Chile called Peru.",Calls\n')
    (tmp_path / "in" / "page.html").write_text("<html><title>T</title><body><p>Ghana backed Togo.</p></body></html>")
    rep = build([tmp_path / "in"], tmp_path / "o", page=False, store=None)
    assert rep.articles == 2 and rep.edges["called"] == 1 and rep.edges["supports"] == 1


def test_progress_bar_is_quiet_in_pipes(corpus: Path, tmp_path: Path):
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--out", str(tmp_path / "o"),
                           "--no-page"], capture_output=True, cwd=ROOT)
    assert proc.returncode == 0 and b"article/s" not in proc.stderr and b"it/s" not in proc.stderr
