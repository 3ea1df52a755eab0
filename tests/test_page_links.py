"""The page renders only http(s) links: a `javascript:` IRI in nkg:wikidata (hostile data in a graph
file) is not written into the page, so nothing on it can run the script when clicked."""
from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli

PAYLOAD = "javascript:alert(%22kg-test-payload%22)"
WIKIDATA = "<https://w3id.org/newskg/ontology#wikidata>"


def _page(tmp_path: Path, name: str, extra: str) -> str:
    """`kg show` of the built example with `extra` N-Quads lines added."""
    src = tmp_path / "built"
    if not (src / "graph.nq").exists():
        res = CliRunner().invoke(cli, ["build", "--out", str(src), "--no-store", "--no-page", "--format", "nq"])
        assert res.exit_code == 0, res.output
    graph = tmp_path / f"{name}.nq"
    graph.write_text((src / "graph.nq").read_text() + extra)
    res = CliRunner().invoke(cli, ["show", str(graph), "--out", str(tmp_path / f"{name}.html")])
    assert res.exit_code == 0, res.output
    return (tmp_path / f"{name}.html").read_text()


def test_a_javascript_iri_in_wikidata_is_no_link(tmp_path: Path):
    plain = _page(tmp_path, "plain", "")
    person = re.search(r"<(https://w3id.org/newskg/id/person/[a-z-]+)>", (tmp_path / "built" / "graph.nq").read_text())
    assert person
    entities = "<https://w3id.org/newskg/graph/entities>"
    hostile = _page(tmp_path, "hostile", f"<{person.group(1)}> {WIKIDATA} <{PAYLOAD}> {entities} .\n"
                                         f"<{person.group(1)}> {WIKIDATA} <JavaScript:void(0)> {entities} .\n")
    assert "kg-test-payload" not in hostile  # the IRI is not on the page at all, not even as data
    hrefs = re.findall(r"""href\s*=\s*["']?\s*([^"'\s>]+)""", hostile, re.I)
    assert not [h for h in hrefs if h.lower().startswith("javascript:")]
    # whatever the page's own scripts hold, the hostile graph adds no javascript: to it
    assert len(re.findall("javascript:", hostile, re.I)) == len(re.findall("javascript:", plain, re.I))
