"""Score a built graph against gold YAML annotations (`kg eval`): P/R/F1 per family, misses and
false positives. Same semantics as the shared scorer: nodes match gold entities by label, `accept`
pairs count for the same fact, `optional` facts are ignored, holdsResponsible also counts as accused.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rdflib import RDFS, Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from .errors import InputError
from .load import load_dataset
from .ns import NKG, SCHEMA

CORE = ["called", "holdsResponsible", "represents"]
SECONDARY = ["warned", "threatened", "demanded", "accused", "criticized", "attacked", "supports",
             "negotiatedWith", "metWith", "locatedIn"]
FAMILIES = CORE + SECONDARY


def norm(label: str) -> str:
    s = unicodedata.normalize("NFKC", label).casefold().replace("’", "'").replace(".", "")
    s = re.sub(r"^the\s+", "", s.strip())
    return re.sub(r"\s+", " ", s)


@dataclass
class Gold:
    article: str
    names: dict[str, str]
    aka: dict[str, str]
    facts: list[dict[str, Any]]
    optional: list[dict[str, Any]]

    @classmethod
    def load(cls, path: Path) -> Gold:
        try:
            d = yaml.safe_load(path.read_text(encoding="utf-8"))
            names: dict[str, str] = {}
            aka: dict[str, str] = {}
            for eid, e in d["entities"].items():
                for n in e.get("names", []) or []:
                    names.setdefault(norm(n), eid)
                for n in e.get("aka", []) or []:
                    aka.setdefault(norm(n), eid)
            rel = d.get("relations", {}) or {}
            facts = [f for tier in ("core", "secondary") for f in rel.get(tier, []) or []]
            return cls(str(d.get("article", path.stem)), names, aka, facts, rel.get("optional", []) or [])
        except (OSError, yaml.YAMLError, KeyError, AttributeError, TypeError) as exc:
            raise InputError(f"{path}: not a gold file ({exc.__class__.__name__}: {exc})") from None

    def resolve(self, labels: list[str]) -> tuple[str | None, bool]:
        keys = [norm(x) for x in labels]
        for k in keys:
            if k in self.names:
                return self.names[k], True
        for k in keys:
            if k in self.aka:
                return self.aka[k], False
        return None, False


def _pairs(fact: dict[str, Any]) -> set[tuple[str, str]]:
    ps = {(fact["s"], fact["o"])} | {(a[0], a[1]) for a in fact.get("accept", []) or []}
    if fact.get("symmetric"):
        ps |= {(o, s) for s, o in ps}
    return ps


def _labels(ds: Dataset, node: URIRef) -> list[str]:
    return [str(o) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for o in ds.objects(node, p)]


def _article_graph(ds: Dataset, article_id: str) -> Graph | None:
    ids = [(a, str(v)) for p in (SCHEMA.identifier, DCTERMS.identifier) for a, v in ds.subject_objects(p)]
    mine = {a for a, v in ids if v == article_id}
    others = {a for a, v in ids if v != article_id}
    own = []
    for art in mine:
        for g in ds.subjects(PROV.wasDerivedFrom, art):
            if len(ds.graph(g)) and not set(ds.objects(g, PROV.wasDerivedFrom)) & others:
                own.append(g)
    if not own:
        return None
    union = Graph()
    for g in own:
        union += ds.graph(g)
    return union


@dataclass
class Score:
    counts: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0, 0, 0] for f in FAMILIES})
    missed: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    fragmented: dict[str, int] = field(default_factory=dict)


def score_article(ds: Dataset, gold: Gold, per_graph: bool) -> Score:
    sc = Score()
    edges: Graph | Dataset | None = ds
    if per_graph:
        edges = _article_graph(ds, Path(gold.article).stem)
        if edges is None:
            sc.missed.append(f"no named graph for article {gold.article}")
            edges = Graph()
    resolved: dict[URIRef, str | None] = {}
    frag: dict[str, set] = defaultdict(set)
    predicted: dict[str, set] = defaultdict(set)
    for fam in FAMILIES:
        for s, o in edges.subject_objects(NKG[fam]):
            ends = []
            for n in (s, o):
                if n not in resolved:
                    resolved[n], by_name = gold.resolve(_labels(ds, n))
                    if by_name:
                        frag[resolved[n]].add(n)  # type: ignore[index]
                ends.append(resolved[n] or "?" + next(iter(_labels(ds, n)), str(n)))
            predicted[fam].add(tuple(ends))
    for fam in FAMILIES:
        facts = [f for f in gold.facts if f["p"] == fam]
        main = set().union(*[_pairs(f) for f in facts]) if facts else set()
        optional = set().union(*[_pairs(f) for f in gold.optional if f["p"] == fam] or [set()])
        allowed = main | optional
        if fam == "accused":
            allowed |= set().union(*[_pairs(f) for f in gold.facts if f["p"] == "holdsResponsible"] or [set()])
        found = 0
        for f in facts:
            if _pairs(f) & predicted[fam]:
                found += 1
            else:
                sc.missed.append(f"{fam}({f['s']}, {f['o']})")
        scored = {p for p in predicted[fam] if p in main or p not in optional}
        ok = {p for p in scored if p in allowed}
        sc.false_positives += [f"{fam}{p}" for p in sorted(scored - allowed)]
        sc.counts[fam] = [found, len(facts), len(ok), len(scored)]
    sc.fragmented = {e: len(n) for e, n in frag.items() if len(n) > 1}
    return sc


def prf(tp: int, n_gold: int, ok: int, n_pred: int) -> tuple[float, float, float]:
    r = tp / n_gold if n_gold else 1.0
    p = ok / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def score(graph: Path, golds: list[Path], per_graph: bool = True) -> dict[str, Any]:
    """Scores of a graph file (or folder of them) against gold files, as a plain dict."""
    ds = load_dataset(graph) if graph.is_file() else _load_dir(graph)
    total = {f: [0, 0, 0, 0] for f in FAMILIES}
    articles = {}
    for path in golds:
        gold = Gold.load(path)
        sc = score_article(ds, gold, per_graph)
        articles[gold.article] = sc
        for f in FAMILIES:
            total[f] = [x + y for x, y in zip(total[f], sc.counts[f])]

    def agg(fams: list[str]) -> tuple[float, float, float]:
        return prf(*[sum(total[f][i] for f in fams) for i in range(4)])

    return {"families": {f: (*prf(*total[f]), total[f][1], total[f][3]) for f in FAMILIES},
            "core": agg(CORE), "secondary": agg(SECONDARY), "all": agg(FAMILIES),
            "fragmented": sum(len(s.fragmented) for s in articles.values()), "articles": articles}


def _load_dir(path: Path) -> Dataset:
    ds = Dataset(default_union=True)
    files = sorted(p for p in path.rglob("*.trig")) or sorted(p for p in path.rglob("*.ttl"))
    if not files:
        raise InputError(f"{path}: no .trig or .ttl file in this folder")
    for f in files:
        for q in load_dataset(f).quads((None, None, None, None)):
            ds.add(q)
    return ds


def format_report(result: dict[str, Any], quiet: bool = False) -> str:
    lines = []
    if not quiet:
        for art, sc in result["articles"].items():
            lines.append(f"## {art}")
            lines += [f"  missed          {m}" for m in sc.missed]
            lines += [f"  false positive  {m}" for m in sc.false_positives]
            lines += [f"  fragmented      {e}: {n} nodes" for e, n in sc.fragmented.items()]
        lines.append(f"{'family':18} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
        for f, (p, r, f1, ng, npred) in result["families"].items():
            if ng or npred:
                lines.append(f"{f:18} {p:6.3f} {r:6.3f} {f1:6.3f} {ng:5d} {npred:5d}")
    for k in ("core", "secondary", "all"):
        p, r, f1 = result[k]
        lines.append(f"{k}: P={p:.3f} R={r:.3f} F1={f1:.3f}")
    lines.append(f"fragmented entities: {result['fragmented']}")
    return "\n".join(lines)
