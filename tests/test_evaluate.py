"""kg eval scores like the shared scorer: accept pairs, optional facts, metonyms, fragmentation."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg.evaluate import score
from kg.pipeline import build

TEXT = ("Ministers talk\n\nMonday, May 5, 2025\n\n"
        "Danish Foreign Minister Lars Holm telephoned Iceland on Monday. Holm blamed Iceland for the delay. "
        "Denmark will meet Norway next week.")  # real states: gold entities need gazetteer names; the events are invented


def test_eval_counts_hits_misses_and_false_positives(tmp_path: Path):
    art = tmp_path / "a1.txt"
    art.write_text(TEXT)
    build([art], tmp_path / "out", page=False)
    gold = {"article": "a1.txt",
            "entities": {"holm": {"type": "Person", "names": ["Lars Holm", "Holm"]},
                         "denmark": {"type": "Country", "names": ["Denmark"], "aka": ["Copenhagen"]},
                         "iceland": {"type": "Country", "names": ["Iceland"]},
                         "norway": {"type": "Country", "names": ["Norway"]}},
            "relations": {"core": [{"s": "holm", "p": "called", "o": "iceland"},
                                   {"s": "holm", "p": "represents", "o": "denmark"},
                                   {"s": "holm", "p": "holdsResponsible", "o": "iceland"},
                                   {"s": "denmark", "p": "called", "o": "norway"}],
                          "optional": [{"s": "denmark", "p": "metWith", "o": "norway", "symmetric": True}]}}
    g = tmp_path / "a1.yaml"
    g.write_text(yaml.safe_dump(gold))
    res = score(tmp_path / "out" / "graph.trig", [g])
    called = res["families"]["called"]
    assert called[:3] == (1.0, 0.5, 0.667)
    assert res["families"]["represents"][:3] == (1.0, 1.0, 1.0)
    # holdsResponsible also counts as an accusation: no false positive for accused
    art_score = res["articles"]["a1.txt"]
    assert "called(denmark, norway)" in art_score.missed
    assert not any(fp.startswith("accused") for fp in art_score.false_positives)
    assert res["fragmented"] == 0


def test_bundled_gold_scores_the_example_from_the_store(tmp_path: Path):
    from click.testing import CliRunner

    from kg.cli import cli
    from kg.config import example_article, example_gold

    out = tmp_path / "out"
    build([example_article()], out, page=False)
    res = CliRunner().invoke(cli, ["eval", "--store", str(out / "store")])
    assert res.exit_code == 0, res.output
    assert "## example_article.txt" in res.output and "core: P=" in res.output
    gold = yaml.safe_load(example_gold().read_text())
    for family in ("called", "holdsResponsible", "represents"):  # the gold column counts the file's facts
        n = sum(f["p"] == family for f in gold["relations"]["core"])
        line = next(x for x in res.output.splitlines() if x.startswith(family + " "))
        assert int(line.split()[4]) == n
    # the same numbers from the file as from the store
    res2 = CliRunner().invoke(cli, ["eval", str(out / "graph.trig"), str(example_gold())])
    assert res2.exit_code == 0 and res2.output == res.output


def test_eval_says_when_a_gold_article_is_missing(tmp_path: Path):
    from click.testing import CliRunner

    from kg.cli import cli
    from kg.config import example_gold

    art = tmp_path / "a1.txt"
    art.write_text(TEXT)
    build([art], tmp_path / "out", page=False)
    res = CliRunner().invoke(cli, ["eval", str(tmp_path / "out" / "graph.trig"), str(example_gold())])
    assert res.exit_code == 1
    assert "warning: gold article example_article.txt is not in the graph" in res.stderr
    assert "Error: 1 gold article(s) missing from the graph" in res.stderr


@pytest.mark.parametrize("text,where", [
    ("- just a list\n", "top level"),
    ("article: x\nentities: {a: {names: [A]}}\nrelations: {core: [{s: a, o: a}]}\n", "relations.core[0]: 'p' is missing"),
    ("article: x\nentities: {a: {names: [A]}}\nrelations: {core: [{s: a, p: likes, o: a}]}\n", "unknown relation 'likes'"),
    ("article: x\nentities: {a: {names: [A]}}\nrelations: {core: [{s: a, p: called, o: b}]}\n", "'b' is not one of the entities"),
    ("article: x\nentities: {a: {names: A}}\n", "entities.a.names: expected a list"),
    ("article: x\nentities: {a: {names: [A]}}\nrelations: {core: [{s: a, p: called, o: a, accept: [a]}]}\n", "accept"),
    ("article: x\nentities: [a, b\n", "not valid YAML at line"),
])
def test_malformed_gold_is_one_clear_line(tmp_path: Path, text: str, where: str):
    from click.testing import CliRunner

    from kg.cli import cli

    art = tmp_path / "a1.txt"
    art.write_text(TEXT)
    build([art], tmp_path / "out", page=False, store=None)
    bad = tmp_path / "bad.yaml"
    bad.write_text(text)
    res = CliRunner().invoke(cli, ["eval", str(tmp_path / "out" / "graph.trig"), str(bad)])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) == 1 and where in res.output, res.output
