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
from .ns import CORE, NKG, SCHEMA, SECONDARY
from .store import Store, read_graph, to_dataset

FAMILIES = CORE + SECONDARY


def norm(label: str) -> str:
    s = unicodedata.normalize("NFKC", label).casefold().replace("’", "'").replace(".", "")
    s = re.sub(r"^the\s+", "", s.strip())
    return re.sub(r"\s+", " ", s)


@dataclass
class Gold:
    """One article's gold annotation (the format is in the README: article, entities, relations)."""

    article: str
    names: dict[str, str]
    aka: dict[str, str]
    facts: list[dict[str, Any]]
    optional: list[dict[str, Any]]

    @classmethod
    def load(cls, path: Path) -> Gold:
        """Read and check a gold YAML file; InputError saying where it is malformed."""
        try:
            d = yaml.safe_load(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None
        except yaml.YAMLError as exc:
            where = getattr(exc, "problem_mark", None)
            at = f" at line {where.line + 1}" if where is not None else ""
            raise InputError(f"{path}: not valid YAML{at} ({getattr(exc, 'problem', None) or exc})") from None
        return cls.from_dict(d, path)

    @classmethod
    def from_dict(cls, d: object, path: Path) -> Gold:
        def bad(where: str, what: str) -> InputError:
            return InputError(f"{path}: {where}: {what} (see 'Gold files' in the README)")

        if not isinstance(d, dict):
            raise bad("top level", "expected a mapping with 'article', 'entities' and 'relations'")
        entities = d.get("entities")
        if not isinstance(entities, dict) or not entities:
            raise bad("entities", "expected a mapping of entity id -> {type, names, aka}")
        names: dict[str, str] = {}
        aka: dict[str, str] = {}
        for eid, e in entities.items():
            if not isinstance(e, dict):
                raise bad(f"entities.{eid}", "expected a mapping with 'names'")
            for key, table in (("names", names), ("aka", aka)):
                values = e.get(key) or []
                if not isinstance(values, list) or not all(isinstance(n, (str, int, float)) for n in values):
                    raise bad(f"entities.{eid}.{key}", "expected a list of names")
                for n in values:
                    table.setdefault(norm(str(n)), str(eid))
        rel = d.get("relations") or {}
        if not isinstance(rel, dict):
            raise bad("relations", "expected a mapping with 'core', 'secondary' and 'optional' lists")
        unknown = sorted(set(rel) - {"core", "secondary", "optional"})
        if unknown:
            raise bad("relations", f"unknown tier '{unknown[0]}'; use core, secondary or optional")
        tiers: dict[str, list[dict[str, Any]]] = {}
        for tier in ("core", "secondary", "optional"):
            facts = rel.get(tier) or []
            if not isinstance(facts, list):
                raise bad(f"relations.{tier}", "expected a list of {s, p, o} facts")
            for i, f in enumerate(facts):
                _check_fact(f, f"relations.{tier}[{i}]", set(map(str, entities)), bad)
            tiers[tier] = [{**f, "s": str(f["s"]), "o": str(f["o"])} for f in facts]
        article = d.get("article", path.stem)
        if not isinstance(article, (str, int)):
            raise bad("article", "expected the article's file name or id")
        return cls(str(article), names, aka, tiers["core"] + tiers["secondary"], tiers["optional"])

    def resolve(self, labels: list[str]) -> tuple[str | None, bool]:
        keys = [norm(x) for x in labels]
        for k in keys:
            if k in self.names:
                return self.names[k], True
        for k in keys:
            if k in self.aka:
                return self.aka[k], False
        return None, False


def _check_fact(f: object, where: str, entities: set[str], bad: Any) -> None:
    if not isinstance(f, dict):
        raise bad(where, "expected a mapping {s, p, o}")
    for key in ("s", "p", "o"):
        if key not in f:
            raise bad(where, f"'{key}' is missing")
    if f["p"] not in FAMILIES:
        raise bad(where, f"unknown relation '{f['p']}'; use one of {', '.join(FAMILIES)}")
    pairs = [(f["s"], f["o"])]
    accept = f.get("accept") or []
    if not isinstance(accept, list) or not all(isinstance(a, list) and len(a) == 2 for a in accept):
        raise bad(f"{where}.accept", "expected a list of [subject, object] pairs")
    for s, o in pairs + [tuple(a) for a in accept]:
        for e in (s, o):
            if str(e) not in entities:
                raise bad(where, f"'{e}' is not one of the entities")


def _pairs(fact: dict[str, Any]) -> set[tuple[str, str]]:
    ps = {(fact["s"], fact["o"])} | {(str(a[0]), str(a[1])) for a in fact.get("accept", []) or []}
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


def _dataset(source: Path | Store | Dataset) -> Dataset:
    if isinstance(source, Dataset):
        return source
    return to_dataset(read_graph(source) if isinstance(source, Path) else source)


def _has_article(ds: Dataset, article_id: str) -> bool:
    return any(str(v) == article_id for p in (SCHEMA.identifier, DCTERMS.identifier) for v in ds.objects(None, p))


def score(source: Path | Store | Dataset, golds: list[Path], per_graph: bool = True) -> dict[str, Any]:
    """Scores of a graph (a file or folder of them, a store, or a dataset) against gold files, as a
    plain dict; "missing" lists the gold articles the graph does not hold (they score as all missed)."""
    gold_files = [Gold.load(path) for path in golds]  # a malformed gold file fails before any work
    ds = _dataset(source)
    total = {f: [0, 0, 0, 0] for f in FAMILIES}
    articles = {}
    missing = []
    for gold in gold_files:
        if not _has_article(ds, Path(gold.article).stem):
            missing.append(gold.article)
        sc = score_article(ds, gold, per_graph)
        articles[gold.article] = sc
        for f in FAMILIES:
            total[f] = [x + y for x, y in zip(total[f], sc.counts[f])]

    def agg(fams: list[str]) -> tuple[float, float, float]:
        return prf(*[sum(total[f][i] for f in fams) for i in range(4)])

    return {"families": {f: (*prf(*total[f]), total[f][1], total[f][3]) for f in FAMILIES},
            "core": agg(CORE), "secondary": agg(SECONDARY), "all": agg(FAMILIES),
            "fragmented": sum(len(s.fragmented) for s in articles.values()), "articles": articles,
            "missing": missing}


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
