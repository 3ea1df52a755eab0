"""Huge articles are parsed in bounded units: the units cover what extraction parses, keep the
article's offsets, and their results merge into one article's."""
from __future__ import annotations

from kg import units
from kg.extract import extract_articles, paragraphs
from kg.model import Article
from kg.read import make_article, structure

# states only (the gazetteer is what resolves them); the people are invented
PARAS = ["Chile called Peru on Monday.", "Tova Renkel of Norway criticised Sweden over the fishing rules.",
         "Germany backed France at the summit.", "Spain warned Italy about the budget.",
         "Tova Renkel met Daniel Okafor in Oslo.", "Finland accused Estonia of spying."]


def _article(repeat: int = 3) -> Article:
    body = "\n\n".join(f"{p} Round {i}." for i in range(repeat) for p in PARAS)
    return make_article("long", "A long report\n\n" + body + "\n\nSources\n\nhttp://example.org/not-read\n", "<test>")


def test_units_cover_the_parsed_pieces_and_keep_offsets():
    art = _article()
    parts = units.split_units(art, size=300)
    assert len(parts) > 3
    pieces = [p for u in parts for p in structure(u.text).paragraphs]
    assert pieces == paragraphs(art)  # every piece once, in order, and nothing after "Sources"
    for u in parts:
        s, e = structure(u.text).paragraphs[0][0], len(u.text)
        assert u.text[s:e] == art.text[s:e] and not u.text[:s].strip()
    assert units.split_units(art, size=len(art.text)) == [art]


def test_a_huge_article_is_put_together_from_its_units(nlp, monkeypatch):
    from kg.graph import article_nquads
    from kg.model import ArticleResult, Entity

    art = _article()
    whole = next(iter(extract_articles([art], nlp)))
    monkeypatch.setattr(units, "UNIT_CHARS", 300)
    (parts,) = list(units.extract_in_units([art], lambda arts: extract_articles(arts, nlp)))
    assert len(parts) == len(units.split_units(art)) > 3 and all(p.article is art for p in parts)
    events = [e for p in parts for e in p.events]
    facts = {(e.family, e.agent, e.target, e.start) for e in events}
    alone = {(e.family, e.agent, e.target, e.start) for e in whole.events}
    # each fact here lies in one paragraph, so the units find them all; a gazetteer place is placed once per unit
    assert alone <= facts and {f[0] for f in facts - alone} <= {"locatedIn"}
    for e in events:  # offsets are the article's
        assert art.text[e.start:e.end] == e.sentence
    mentions = [m for p in parts for m in p.entities.get("person/tova-renkel", Entity("", "", "")).mentions]
    assert len(mentions) == sum(p.count("Tova Renkel") for p in PARAS) * 3
    assert all(art.text[m.start:m.end] == m.text for m in mentions)
    # the parts' quads, each written on its own, are those of the article as one result
    entities: dict[str, Entity] = {}
    for p in parts:
        for k, e in p.entities.items():
            entities.setdefault(k, Entity(k, e.type, e.label, e.names, [], e.qid, e.state)).mentions += e.mentions
    one = article_nquads(ArticleResult(art, entities, events))
    assert sorted({q for p in parts for q in article_nquads(p)}) == one


def test_a_huge_articles_lines_wait_in_a_file_and_build_the_same_graph(tmp_path, monkeypatch):
    """The local engine writes a huge article's lines to a file unit by unit (bounded memory); the
    build's files are the same bytes as with the lines in memory (as on Dask), and no file is left."""
    import tempfile

    from kg.engines import local
    from kg.graph import article_nquads
    from kg.pipeline import build

    monkeypatch.setattr(units, "UNIT_CHARS", 300)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    src = tmp_path / "long.txt"
    src.write_text(_article().text, encoding="utf-8")
    seen = []
    real = local._spilled
    monkeypatch.setattr(local, "_spilled", lambda parts, folder: seen.append(real(parts, folder)) or seen[-1])
    build([src], tmp_path / "file", store=None, cache=False, jobs=1)
    assert len(seen) == 1 and not list((tmp_path / "tmp").iterdir())  # used, then removed
    monkeypatch.setattr(local, "_spilled", lambda parts, folder: sorted({q for p in parts for q in article_nquads(p)}))
    build([src], tmp_path / "memory", store=None, cache=False, jobs=1)
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "file" / name).read_bytes() == (tmp_path / "memory" / name).read_bytes()
