"""An output folder is one dataset: the store behind every file, page, query and `kg serve`; articles
counted honestly (no README, no duplicates); URLs and dates kept."""
from __future__ import annotations

import json
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.pipeline import build
from kg.query import query_text
from kg.store import current_version, open_store, query, read_graph
from servers import free_port

# Invented people throughout.
A = ("Ministers talk\n\nMonday, March 3, 2025\n\n"
     "Foreign Minister Tova Renkel telephoned her counterpart Ilse Marrow on Monday about the river dispute.\n")
B = ("Second call\n\nTuesday, March 4, 2025\n\n"
     "Prime Minister Ilse Marrow telephoned Foreign Minister Daniel Okafor on Tuesday. "
     "Okafor criticised Tova Renkel over the dam.\n")
CALLS_A = {("Tova Renkel", "Ilse Marrow")}
CALLS_AB = CALLS_A | {("Ilse Marrow", "Daniel Okafor")}


@pytest.fixture()
def texts(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "in").mkdir()
    a, b = tmp_path / "in" / "a.txt", tmp_path / "in" / "b.txt"
    a.write_text(A)
    b.write_text(B)
    return a, b


def _cli(*args: str) -> str:
    res = CliRunner().invoke(cli, list(args))
    assert res.exit_code == 0, res.output
    return res.output


def _calls_cli(*source: str) -> set[tuple[str, str]]:
    data = json.loads(_cli("query", "who-called-whom", *source, "--format", "json"))
    return {(b["caller"]["value"], b["callee"]["value"]) for b in data["results"]["bindings"]}


def _calls_served(base: str) -> set[tuple[str, str]]:
    url = base + "/query?" + urllib.parse.urlencode({"query": query_text("who-called-whom")})
    with urllib.request.urlopen(url, timeout=30) as r:
        data = json.loads(r.read())
    return {(b["caller"]["value"], b["callee"]["value"]) for b in data["results"]["bindings"]}


def _calls_on_page(page: Path) -> set[tuple[str, str]]:
    """The 'called' edges vis-network holds once the page has run in headless Chromium."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox", "--disable-gpu"])
        try:
            tab = browser.new_page()
            tab.goto(page.as_uri())
            tab.wait_for_function("typeof network !== 'undefined'")
            pairs = tab.evaluate("""() => kg.data.edges.filter(e => e.family === 'called' && e.asserted)
                .map(e => [kg.data.nodes[e.from].label, kg.data.nodes[e.to].label])""")
        finally:
            browser.close()
    return {tuple(p) for p in pairs}


@pytest.fixture()
def served(tmp_path: Path):
    """Start `kg serve` on a store folder: yields a function of the store that returns the base URL."""
    from kg.serve import make_server

    servers = []

    def start(store: Path) -> str:
        server = make_server(store, "127.0.0.1", free_port())
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for s in servers:
        s.shutdown()
        s.server_close()


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium")
def test_two_builds_into_one_folder_answer_the_same_everywhere(tmp_path: Path, texts, served):
    a, b = texts
    out = tmp_path / "out"
    _cli("build", str(a), "--out", str(out))
    base = served(out / "store")
    assert _calls_served(base) == CALLS_A
    printed = _cli("build", str(b), "--out", str(out))
    assert "articles read: 1" in printed and f"articles in {out / 'store'}: 2" in printed
    assert _calls_cli("--graph", str(out / "graph.trig")) == CALLS_AB
    assert _calls_cli("--graph", str(out / "graph.ttl")) == CALLS_AB
    assert _calls_cli("--store", str(out / "store")) == CALLS_AB
    assert _calls_served(base) == CALLS_AB  # the running server followed the store, without a restart
    assert _calls_on_page(out / "graph.html") == CALLS_AB
    res = CliRunner().invoke(cli, ["validate", "--store", str(out / "store")])
    assert res.exit_code == 0 and "conforms" in res.output
    res = CliRunner().invoke(cli, ["validate", str(out / "graph.trig")])
    assert res.exit_code == 0 and "conforms" in res.output


def test_fresh_starts_the_folder_anew(tmp_path: Path, texts):
    a, b = texts
    out = tmp_path / "out"
    build([a], out)
    build([b], out, store=out / "store", fresh=True)
    assert _calls_cli("--graph", str(out / "graph.trig")) == {("Ilse Marrow", "Daniel Okafor")}
    assert _calls_cli("--store", str(out / "store")) == {("Ilse Marrow", "Daniel Okafor")}
    alone = tmp_path / "alone"
    build([b], alone, store=None)
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (out / name).read_bytes() == (alone / name).read_bytes(), name


def test_a_store_build_writes_what_a_files_only_build_writes(tmp_path: Path, texts):
    """Built one by one into a store (one article rebuilt with other people), or at once without a
    store: the same graph. The store's upkeep drops the person no article names any more."""
    a, b = texts
    c = a.with_name("c.txt")
    c.write_text("Third call\n\nForeign Minister Marek Sollen telephoned Ilse Marrow.\n")
    out = tmp_path / "out"
    for f in (a, b, c):
        build([f], out, page=False)
    c.write_text("Third call\n\nForeign Minister Petra Vance telephoned Ilse Marrow.\n")
    build([c], out, page=False, extra_formats=["nq"])
    build([a, b, c], tmp_path / "once", page=False, store=None, extra_formats=["nq"])

    def quads(path: Path) -> set[str]:  # the run records differ (four runs against one)
        return {q for q in path.read_text().splitlines() if "/graph/run>" not in q and "wasGeneratedBy" not in q}

    assert "Marek Sollen" not in (out / "graph.nq").read_text()
    assert quads(out / "graph.nq") == quads(tmp_path / "once" / "graph.nq")
    runs = {q.split()[0] for q in (out / "graph.nq").read_text().splitlines() if "/graph/run>" in q}
    assert len(runs) == 3  # the first build of c generated no article that is still held


def test_serve_follows_the_store_and_never_answers_from_a_deleted_version(tmp_path: Path, texts, served):
    a, b = texts
    out = tmp_path / "out"
    store = out / "store"
    build([a], out, page=False)
    first = current_version(store)
    base = served(store)
    assert _calls_served(base) == CALLS_A
    for _ in range(3):
        build([b], out, page=False)
    assert not first.exists()
    assert _calls_served(base) == CALLS_AB
    shutil.rmtree(store)  # the store is gone: the server says so rather than answer from memory
    with pytest.raises(urllib.error.HTTPError) as err:
        _calls_served(base)
    assert err.value.code == 503 and "gone" in err.value.read().decode()
    build([a], out, page=False)  # a new store in the same place: served again
    assert _calls_served(base) == CALLS_A


def test_folder_skips_non_articles_and_duplicates(tmp_path: Path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "README.md").write_text("# About this folder\n\nArticles collected by hand.\n")
    (news / "SOURCES.md").write_text("Sources\n\nhttps://example.org/a\n")
    (news / "LICENSE.txt").write_text("Permission is granted.\n")
    (news / "one.txt").write_text(A)
    (news / "two.txt").write_text("  " + A.replace("\n\n", "\n  \n\n").replace(" on Monday", "  on\nMonday"))
    res = CliRunner().invoke(cli, ["build", str(news), "--out", str(tmp_path / "o"), "--no-page"])
    assert res.exit_code == 0, res.output + res.stderr
    assert "articles read: 1\n" in res.stdout
    assert "not articles" in res.stderr and all(n in res.stderr for n in ("README.md", "SOURCES.md", "LICENSE.txt"))
    assert f"duplicate: {news / 'two.txt'} has the same text as {news / 'one.txt'}" in res.stderr
    st = read_graph(tmp_path / "o" / "graph.trig")
    assert query(st, query_text("edge-support")).rows[0][3:] == ["1", "1"]  # one event, one article
    # the copy arrives the next day: still the same article
    (news / "three.txt").write_text(A)
    res = CliRunner().invoke(cli, ["build", str(news / "three.txt"), "--out", str(tmp_path / "o")])
    assert res.exit_code == 0 and "articles read: 0" in res.stdout
    assert "same text as article 'one'" in res.stderr
    assert query(read_graph(tmp_path / "o" / "graph.trig"), query_text("articles")).rows == \
        [["one", "2025-03-03", "Ministers talk", None]]


def test_url_and_date_are_kept(tmp_path: Path):
    body = "Foreign Minister Tova Renkel telephoned Ilse Marrow."
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "j1", "text": "Call\n\n" + body, "date": "2025-03-05",
                                                  "url": "https://news.example.org/j1"}) + "\n")
    (tmp_path / "c.csv").write_text(f'id,text,title,date,url\nc1,"{body} Marrow called Okafor.",Calls,'
                                    f'2025-03-06T08:00:00Z,https://news.example.org/c1\n')
    (tmp_path / "p.html").write_text(
        '<html><head><title>Talks</title><link rel="canonical" href="https://news.example.org/p">'
        '<meta property="article:published_time" content="2025-03-07T10:00:00+01:00"></head>'
        f"<body><p>{body} Okafor called Renkel.</p></body></html>")
    (tmp_path / "dated.txt").write_text("Talks\n\nFriday, March 7, 2025\n\n" + body + " Again.\n")
    (tmp_path / "undated.txt").write_text("Talks\n\n" + body + " Once more.\n")
    res = CliRunner().invoke(cli, ["build", str(tmp_path / "c.jsonl"), str(tmp_path / "c.csv"), str(tmp_path / "p.html"),
                                   str(tmp_path / "dated.txt"), str(tmp_path / "undated.txt"), "--date", "2025-03-01",
                                   "--out", str(tmp_path / "o"), "--no-page"])
    assert res.exit_code == 0, res.output
    rows = {r[0]: (r[1], r[3]) for r in query(open_store(tmp_path / "o" / "store", read_only=True),
                                               query_text("articles")).rows}
    assert rows == {"j1": ("2025-03-05", "https://news.example.org/j1"),
                    "c1": ("2025-03-06", "https://news.example.org/c1"),
                    "p": ("2025-03-07", "https://news.example.org/p"),
                    "dated": ("2025-03-07", None),  # its dateline wins over --date
                    "undated": ("2025-03-01", None)}
    table = _cli("query", "articles", "--store", str(tmp_path / "o" / "store"))
    assert "https://news.example.org/c1" in table and "2025-03-06" in table
    res = CliRunner().invoke(cli, ["build", str(tmp_path / "undated.txt"), "--date", "March", "--out", str(tmp_path / "x")])
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output


def test_a_first_builds_files_are_written_from_its_quads_and_match_the_stores_own(tmp_path: Path, texts, monkeypatch):
    """A first build into a store writes its files from the build's quads while the store loads them.
    They are the bytes the store's own dump gives, and when the store holds another count of quads
    than those files, the build falls back to that dump."""
    import kg.storefiles as sf

    real = sf.start_first_files
    used: list[str] = []

    def counted(*args):  # type: ignore[no-untyped-def]
        used.append("first")
        return real(*args)

    def off_by_one(*args):  # type: ignore[no-untyped-def]
        from concurrent.futures import Future

        parts, count = real(*args).result()
        wrong: Future = Future()
        wrong.set_result((parts, count + 1))
        used.append("wrong")
        return wrong

    formats = ["nq", "nt"]
    folders = {}
    for name, patch in (("first", counted), ("dump", lambda *a: None), ("fallback", off_by_one)):
        monkeypatch.setattr(sf, "start_first_files", patch)
        folders[name] = tmp_path / name
        build(list(texts), folders[name], extra_formats=formats)
    assert used == ["first", "wrong"]
    for name in ("graph.ttl", "graph.trig", "graph.nq", "graph.nt", "graph.html"):
        first = (folders["first"] / name).read_bytes()
        assert first == (folders["dump"] / name).read_bytes() == (folders["fallback"] / name).read_bytes(), name
    assert b"Ilse Marrow" in (folders["first"] / "graph.ttl").read_bytes()
    # a second build splices into the first build's files as into any other version's
    c = texts[0].with_name("c.txt")
    c.write_text("Third call\n\nForeign Minister Petra Vance telephoned Ilse Marrow.\n")
    for name in ("first", "dump"):
        build([c], folders[name], extra_formats=formats)
    for name in ("graph.ttl", "graph.trig", "graph.nq"):
        assert (folders["first"] / name).read_bytes() == (folders["dump"] / name).read_bytes(), name
    assert "Petra Vance" in (folders["first"] / "graph.nq").read_text()


def test_a_tab_in_a_literal_gives_the_same_files_built_at_once_or_one_by_one(tmp_path: Path):
    """The store writes a tab in a literal as an escape: a first build whose quads hold one takes its files
    from the store, so a later build's splice matches a build of every article at once."""
    tab = tmp_path / "tab.txt"
    tab.write_text("Talks in Dala\n\nThe mayor of Dala,\tJonas Pell, criticized Vexa Mining on Monday.\tPell said "
                   "the\tcompany \"lied\".\n")
    other = tmp_path / "b.txt"
    other.write_text("Vexa fined\n\nRegulators in Dala fined Vexa Mining on Tuesday.\n")
    build([tab], tmp_path / "x", page=False, extra_formats=["nq"])
    build([tab, other], tmp_path / "x", page=False, extra_formats=["nq"])
    build([tab, other], tmp_path / "z", page=False, extra_formats=["nq"])
    for name in ("graph.nq", "graph.ttl", "graph.trig"):
        assert (tmp_path / "x" / name).read_bytes() == (tmp_path / "z" / name).read_bytes(), name
    assert "\t" not in (tmp_path / "x" / "graph.nq").read_text()
