"""The CLI: the default build reproduces output/, errors are one line with a non-zero exit, every command has help."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def test_every_command_has_help():
    runner = CliRunner()
    for name, cmd in cli.commands.items():
        assert cmd.help, name
        res = runner.invoke(cli, [name, "--help"])
        assert res.exit_code == 0 and "Usage" in res.output


def test_default_build_matches_committed_output(tmp_path: Path):
    res = CliRunner().invoke(cli, ["build", "--out", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert "articles read: 1" in res.output and "edges:" in res.output
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (tmp_path / name).read_bytes() == (ROOT / "output" / name).read_bytes(), name


def test_two_runs_are_byte_identical(tmp_path: Path):
    art = tmp_path / "x.txt"
    art.write_text("Talks\n\nFinland criticised Estonia on Monday. Estonia called Latvia.\n")
    for out in ("a", "b"):
        assert CliRunner().invoke(cli, ["build", str(art), "--out", str(tmp_path / out),
                                        "--format", "nq", "--format", "jsonld"]).exit_code == 0
    for name in ("graph.ttl", "graph.trig", "graph.html", "graph.nq", "graph.jsonld"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


@pytest.mark.parametrize("content", [b"", b"\x00\x00binary", b"  \n "])
def test_bad_input_one_line_error_and_old_output_kept(tmp_path: Path, content: bytes):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    res = CliRunner().invoke(cli, ["build", str(bad), "--out", str(out)])
    assert res.exit_code != 0
    assert "Traceback" not in res.output and len(res.output.strip().splitlines()) == 1
    assert res.output.startswith("Error:")
    assert (out / "graph.ttl").read_text() == "previous"


def test_missing_file_is_a_clear_error(tmp_path: Path):
    res = CliRunner().invoke(cli, ["build", str(tmp_path / "nope.txt"), "--out", str(tmp_path)])
    assert res.exit_code == 1 and "no such file" in res.output


def test_partial_failure_builds_good_articles(tmp_path: Path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("Head\n\nChile called Peru.\n")  # real states: gazetteer names, so the test needs no NER luck; the call is invented
    bad.write_bytes(b"")
    res = CliRunner().invoke(cli, ["build", str(good), str(bad), "--out", str(tmp_path / "o")])
    assert res.exit_code == 3
    assert (tmp_path / "o" / "graph.ttl").exists()
    assert "bad.txt" in res.output


def test_query_and_validate_commands(tmp_path: Path):
    shutil.copy(ROOT / "output" / "graph.trig", tmp_path / "g.trig")
    runner = CliRunner()
    res = runner.invoke(cli, ["query", "who-called-whom", "--graph", str(tmp_path / "g.trig"), "--format", "csv"])
    assert res.exit_code == 0 and res.output.startswith("caller,callee")
    res = runner.invoke(cli, ["query", "SELECT ?x WHERE { ?x }", "--graph", str(tmp_path / "g.trig")])
    assert res.exit_code == 1 and "syntax error" in res.output
    res = runner.invoke(cli, ["validate", str(tmp_path / "g.trig")])
    assert res.exit_code == 0 and "conforms" in res.output
    (tmp_path / "bad.ttl").write_text("<a> <b> .")
    res = runner.invoke(cli, ["validate", str(tmp_path / "bad.ttl")])
    assert res.exit_code == 1 and "Traceback" not in res.output


def test_stats_and_gephi_exports(tmp_path: Path):
    import networkx as nx

    res = CliRunner().invoke(cli, ["stats", str(ROOT / "output" / "graph.trig"), "--top", "3",
                                   "--graphml", str(tmp_path / "g.graphml"), "--gexf", str(tmp_path / "g.gexf")])
    assert res.exit_code == 0, res.output
    assert "Most central actors" in res.output and "Russia" in res.output and "Communities" in res.output
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert g.number_of_nodes() >= 5 and g.number_of_edges() >= 5
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == g.number_of_nodes()


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium")
def test_show_png(tmp_path: Path):
    res = CliRunner().invoke(cli, ["show", str(ROOT / "output" / "graph.trig"), "--out", str(tmp_path / "p.html"),
                                   "--png", str(tmp_path / "p.png")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "p.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_reading_commands_share_one_default_store(tmp_path: Path, monkeypatch):
    """show, stats, validate, eval and query read output/store when given no graph file, as serve does."""
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    for args in (["query", "who-called-whom"], ["stats"], ["validate"], ["eval"], ["show"]):
        res = runner.invoke(cli, args)  # nothing built yet: one clear line
        assert res.exit_code == 1 and res.output.startswith("Error: output/store: no store here"), (args, res.output)
    assert runner.invoke(cli, ["build", "--no-page"]).exit_code == 0  # the example, into output/
    res = runner.invoke(cli, ["query", "who-called-whom"])
    assert res.exit_code == 0 and "John Kerry | Sergei Lavrov" in res.output
    res = runner.invoke(cli, ["stats", "--top", "3"])
    assert res.exit_code == 0 and "Most connected" in res.output
    res = runner.invoke(cli, ["validate"])
    assert res.exit_code == 0 and res.output == "output/store: conforms\n"
    res = runner.invoke(cli, ["eval", "--quiet"])
    assert res.exit_code == 0 and res.output.startswith("core: P=")
    res = runner.invoke(cli, ["show"])
    assert res.exit_code == 0 and res.output == "wrote output/graph.html\n"
    assert "Sergei Lavrov" in (tmp_path / "output" / "graph.html").read_text()
    res = runner.invoke(cli, ["stats", str(tmp_path / "output" / "graph.ttl"), "--store", "output/store"])
    assert res.exit_code == 1 and "not both" in res.output
