"""Builds killed with SIGKILL at each stage (KG_CRASH_AT names where): parse, spool, store write,
export, commit, the switch of the store's version and the final renames. The last complete version of
the store is kept and an incomplete one removed; the files and the store switch together (a switch cut
short is finished by the next reader or build); the temp folders of killed builds are cleaned up."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import InputError
from kg.pipeline import FILES_JOURNAL, build
from kg.store import JOURNAL, current_version, open_store, query
from kg.validate import validate_store

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }"
TEXTS = {"a.txt": "Talks\n\nChile called Peru on Monday. Peru criticised Bolivia.\n",
         "b.txt": "Visit\n\nGermany backed France. Spain warned Italy.\n",
         "c.txt": "Summit\n\nNorway met Sweden in Oslo. Denmark criticised Finland.\n"}


@pytest.fixture()
def texts(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in TEXTS.items():
        out[name] = tmp_path / name
        out[name].write_text(text)
    return out


def _articles_in(path: Path) -> int:
    """Articles in a graph file or a store folder."""
    if path.is_dir():
        return int(query(open_store(path, read_only=True), ARTICLES).rows[0][0])
    fmt = ox.RdfFormat.TURTLE if path.suffix == ".ttl" else ox.RdfFormat.TRIG
    return len({str(q.subject) for q in ox.parse(path=str(path), format=fmt)
                if q.object == ox.NamedNode("https://schema.org/NewsArticle")})


def _killed_build(out: Path, stage: str, *inputs: Path, options: tuple[str, ...] = ()) -> None:
    env = {**os.environ, "KG_CRASH_AT": stage}
    proc = subprocess.run([sys.executable, "-m", "kg", "build", *map(str, inputs), "--out", str(out), "--no-page",
                           "-q", *options], cwd=ROOT, env=env, capture_output=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-500:]


def _work_folders(out: Path) -> list[Path]:
    return sorted(out.glob(".kg-build-*"))


@pytest.mark.parametrize("stage", ["parse", "spool", "store", "export", "commit", "switch", "renames"])
def test_a_build_killed_at_each_stage_keeps_the_last_good_state(tmp_path: Path, texts, stage):
    out, st = tmp_path / "o", tmp_path / "o" / "store"
    # the cache knows a and b (so the killed build needs no parser, except to parse c at "parse")
    build([texts["a.txt"], texts["b.txt"]], out, page=False)
    build([texts["a.txt"]], out, page=False, fresh=True)
    good = current_version(st)
    before = {n: (out / n).read_bytes() for n in ("graph.ttl", "graph.trig")}
    killed = [texts["a.txt"], texts["b.txt"]] + ([texts["c.txt"]] if stage == "parse" else [])
    _killed_build(out, stage, *killed)
    assert _work_folders(out)  # the killed build's temp folder is still there
    if stage in ("parse", "spool", "store", "export", "commit"):
        assert current_version(st) == good and _articles_in(st) == 1
        assert {n: (out / n).read_bytes() for n in before} == before  # the files were not touched
        if stage in ("store", "commit"):
            assert sorted(p.name for p in st.glob("v0*") if p.is_dir())[-1] > good.name  # cut short, on disk
        expected = 2  # a, and c below
    else:
        # the new version is complete and journaled: the next reader finishes the switch with the files
        assert (st / JOURNAL).exists()
        if stage == "renames":
            assert _articles_in(out / "graph.ttl") == 2 and _articles_in(out / "graph.trig") == 1  # a mix
        assert _articles_in(st) == 2  # opening the store for reading finished the switch
        assert not (st / JOURNAL).exists()
        assert _articles_in(out / "graph.ttl") == _articles_in(out / "graph.trig") == 2
        expected = 3
    report = build([texts["c.txt"]], out, page=False)
    assert not _work_folders(out)  # the next build removed the killed build's temp folder
    versions = sorted(p.name for p in st.glob("v0*") if p.is_dir())
    assert versions[-1] == current_version(st).name and len(versions) == 2  # the new one and the one before
    assert _articles_in(st) == _articles_in(out / "graph.ttl") == _articles_in(out / "graph.trig") == expected
    assert report.graph_articles == expected
    assert validate_store(open_store(st, read_only=True)).conforms


def test_the_previous_good_version_survives_a_crash_and_the_broken_one_goes(tmp_path: Path, texts):
    """Version N+1 cut short: the next build keeps N (readers may be on it) and removes N+1."""
    out, st = tmp_path / "o", tmp_path / "o" / "store"
    build([texts["a.txt"], texts["b.txt"]], out, page=False)
    build([texts["a.txt"]], out, page=False, fresh=True)
    good = current_version(st)
    _killed_build(out, "store", texts["b.txt"])
    broken = sorted(p for p in st.glob("v0*") if p.is_dir())[-1]
    assert broken != good
    build([texts["a.txt"]], out, page=False)  # changes nothing: same article
    assert good.is_dir() and current_version(st) != good
    assert _articles_in(st) == 1 and _articles_in(out / "graph.trig") == 1


def test_files_of_a_build_without_a_store_switch_together(tmp_path: Path, texts):
    out = tmp_path / "o"
    build([texts["a.txt"]], out, page=False, store=None)
    _killed_build(out, "renames", texts["a.txt"], texts["b.txt"], options=("--no-store",))
    assert (out / FILES_JOURNAL).exists()
    assert _articles_in(out / "graph.ttl") == 2 and _articles_in(out / "graph.trig") == 1  # a mix, for now
    with pytest.raises(InputError):  # a build that fails still finishes the switch first
        build([tmp_path / "missing.txt"], out, page=False, store=None)
    assert not (out / FILES_JOURNAL).exists()
    assert _articles_in(out / "graph.ttl") == _articles_in(out / "graph.trig") == 2
    build([texts["c.txt"]], out, page=False, store=None)
    assert not _work_folders(out)
