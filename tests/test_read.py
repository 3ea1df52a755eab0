"""Reading articles: structure, datelines, boilerplate, encodings and bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read import html_to_text, parse_date, read_articles, structure


def test_structure_finds_headline_dateline_and_drops_boilerplate():
    text = ("Ministers meet in Oslo\n\nMonday, May 5, 2025\n\nFirst paragraph.\n\n"
            "Image source: agency.\n\nSecond paragraph.\n\nSources\n\nSome link\n")
    st = structure(text)
    assert st.headline == "Ministers meet in Oslo"
    assert st.date == "2025-05-05"
    kept = [text[s:e] for s, e in st.paragraphs]
    assert kept == ["Ministers meet in Oslo", "First paragraph.", "Second paragraph."]


@pytest.mark.parametrize("line,iso", [("Sunday, September 15, 2019", "2019-09-15"), ("5 March 2024", "2024-03-05"),
                                      ("2020-01-05", "2020-01-05"), ("Sept. 3, 2021", "2021-09-03"),
                                      ("Not a date", None)])
def test_parse_date(line, iso):
    assert parse_date(line) == iso


def test_bom_and_windows_line_endings(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_bytes("\ufeffHeadline\r\n\r\nBody text.\r\n".encode("utf-8"))
    art = next(read_articles([f]))
    assert art.text.startswith("Headline\n") and "\r" not in art.text
    assert art.headline == "Headline" and art.id == "a"


@pytest.mark.parametrize("content,message", [(b"", "empty"), (b"   \n\n ", "empty"),
                                             (b"\x00\x01\x02binary", "binary"), (b"caf\xe9 au lait", "decode")])
def test_bad_files_raise_clear_errors(tmp_path: Path, content: bytes, message: str):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(InputError, match=message):
        list(read_articles([f]))


def test_latin1_with_encoding_option(tmp_path: Path):
    f = tmp_path / "l.txt"
    f.write_bytes("Caf\xe9 talks\n\nBody.".encode("latin-1"))
    assert next(read_articles([f], encoding="latin-1")).headline == "Café talks"


def test_jsonl_records(tmp_path: Path):
    f = tmp_path / "c.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in [
        {"id": "one", "text": "Body one.", "title": "Title one", "date": "2024-02-01"},
        {"id": "two", "text": "Title two\n\nBody two."}]) + "\n")
    arts = list(read_articles([f]))
    assert [a.id for a in arts] == ["one", "two"]
    assert arts[0].headline == "Title one" and arts[0].date == "2024-02-01"
    assert arts[1].headline == "Title two"


def test_jsonl_bad_line(tmp_path: Path):
    f = tmp_path / "c.jsonl"
    f.write_text('{"id": "x", "text": "ok"}\n{not json\n')
    with pytest.raises(InputError, match=r"c.jsonl:2"):
        list(read_articles([f]))


def test_html_keeps_text_drops_scripts():
    text = html_to_text("<html><head><title>T</title><script>alert(1)</script></head>"
                        "<body><nav>menu</nav><p>Hello <b>world</b>.</p></body></html>")
    assert "alert" not in text and "menu" not in text
    assert text.startswith("T\n\n") and "Hello world." in text


def test_folders_are_searched_recursively(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B\n\nText.")
    (tmp_path / "a.md").write_text("A\n\nText.")
    (tmp_path / "skip.bin").write_bytes(b"\x00")
    assert [a.id for a in read_articles([tmp_path])] == ["a", "b"]


def test_quotes_are_found():
    text = 'Head\n\nShe said “we will not pay” and he said "never again" twice.\n'
    st = structure(text)
    assert [text[a:b] for a, b in st.quotes] == ["we will not pay", "never again"]


@pytest.mark.parametrize("head,url,day", [
    ('<link rel="canonical" href="https://news.example.org/a"><meta property="article:published_time" '
     'content="2025-03-07T23:30:00-05:00">', "https://news.example.org/a", "2025-03-07"),
    ('<meta property="og:url" content="https://news.example.org/b"><meta name="date" content="Fri, 07 Mar 2025 10:00:00 GMT">',
     "https://news.example.org/b", "2025-03-07"),
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", '
     '"datePublished": "2025-03-06", "url": "https://news.example.org/c"}]}</script>', "https://news.example.org/c",
     "2025-03-06"),
    ('<meta property="og:url" content="javascript:alert(1)">', None, None),  # not a web address: dropped
])
def test_html_metadata_gives_url_and_date(tmp_path: Path, head: str, url, day):
    f = tmp_path / "page.html"
    f.write_text(f"<html><head><title>Talks</title>{head}</head><body><p>Ilse Marrow spoke.</p></body></html>")
    (art,) = read_articles([f])
    assert (art.url, art.date) == (url, day)
    assert "alert" not in art.text and "NewsArticle" not in art.text


def test_the_date_option_fills_in_only_missing_dates(tmp_path: Path):
    from kg.read import iter_inputs

    (tmp_path / "a.txt").write_text("Head\n\nMonday, March 3, 2025\n\nText.\n")
    (tmp_path / "b.txt").write_text("Head\n\nText.\n")
    arts = [a for a in iter_inputs([tmp_path], default_date="2025-01-01")]
    assert [(a.id, a.date) for a in arts] == [("a", "2025-03-03"), ("b", "2025-01-01")]


def test_folders_skip_files_that_are_not_articles(tmp_path: Path):
    from kg.read import Skipped, iter_inputs

    for name in ("README.md", "readme.txt", "SOURCES.txt", "LICENSE", "LICENSE.md", "CHANGELOG.md",
                 "CONTRIBUTING.html", "story.txt"):
        (tmp_path / name).write_text("Head\n\nText.\n")
    items = list(iter_inputs([tmp_path]))
    assert sorted(Path(i.source).name for i in items if isinstance(i, Skipped)) == \
        ["CHANGELOG.md", "CONTRIBUTING.html", "LICENSE.md", "README.md", "SOURCES.txt", "readme.txt"]
    assert [i.id for i in items if not isinstance(i, Skipped)] == ["story"]
    assert [a.id for a in read_articles([tmp_path / "README.md"])] == ["README"]  # named on its own: read


# -- inputs that were lost in silence or ended in a traceback --------------------------------------

def test_an_unreadable_subfolder_is_named_and_the_build_exits_3(tmp_path: Path):
    import os
    import shutil
    import subprocess
    import sys

    news = tmp_path / "news"
    locked = news / "locked"
    locked.mkdir(parents=True)
    (news / "a.txt").write_text("Talks\n\nChile called Peru on Monday.\n")
    (locked / "b.txt").write_text("Visit\n\nGermany backed France.\n")
    cmd = [sys.executable, "-m", "kg", "build", str(news), "--out", str(tmp_path / "o"), "--no-page", "--no-store"]
    if os.geteuid() == 0:  # root reads any folder: drop the capabilities that allow it
        if shutil.which("setpriv") is None:
            pytest.skip("needs setpriv to test an unreadable folder as root")
        cmd = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", *cmd]
    locked.chmod(0)
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    finally:
        locked.chmod(0o755)
    assert res.returncode == 3, res.stderr
    assert f"failed: {locked}: cannot read this folder (Permission denied)" in res.stderr
    assert "Traceback" not in res.stderr and "articles read: 1" in res.stdout


def test_csv_fields_may_be_as_long_as_an_article_and_only_the_oversized_record_is_refused(tmp_path: Path):
    import csv

    from kg.read import MAX_ARTICLE_CHARS, Failure, iter_inputs

    f = tmp_path / "news.csv"
    with f.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text"])
        w.writerow(["long", "Talks\n\n" + "Chile called Peru. " * 10_000])  # 190,000 characters: over csv's 131,072
        w.writerow(["huge", "x " * (MAX_ARTICLE_CHARS // 2 + 10)])
        w.writerow(["short", "Visit\n\nGermany backed France."])
    items = list(iter_inputs([f]))
    assert [a.id for a in items if not isinstance(a, Failure)] == ["long", "short"]
    (bad,) = [x for x in items if isinstance(x, Failure)]
    assert bad.source == f"{f}:2" and "too long for one article" in bad.reason


@pytest.mark.parametrize("kind", ["jsonl", "json", "txt", "html"])
def test_one_limit_for_every_kind_of_input(tmp_path: Path, kind: str):
    from kg.read import MAX_ARTICLE_CHARS, Failure, iter_inputs

    big = "Talks\n\n" + "word " * (MAX_ARTICLE_CHARS // 5 + 10)
    f = tmp_path / f"big.{kind}"
    if kind == "jsonl":
        f.write_text(json.dumps({"id": "big", "text": big}) + "\n" + json.dumps({"id": "ok", "text": "Visit\n\nSpain warned Italy."}) + "\n")
    elif kind == "json":
        f.write_text(json.dumps([{"id": "big", "text": big}, {"id": "ok", "text": "Visit\n\nSpain warned Italy."}]))
    elif kind == "html":
        f.write_text(f"<html><body><p>{big}</p></body></html>")
    else:
        f.write_text(big)
    items = list(iter_inputs([f]))
    failures = [x for x in items if isinstance(x, Failure)]
    assert len(failures) == 1 and "too long for one article (limit 5 million)" in failures[0].reason
    assert len(items) == (2 if kind in ("jsonl", "json") else 1)


def test_utf16_with_a_bom_is_text(tmp_path: Path):
    from kg.read import read_articles

    text = "Talks in Zürich\n\nChile called Peru on Monday.\n"
    for i, (encoding, option) in enumerate((("utf-16", "utf-8"), ("utf-16", "utf-16"), ("utf-16-be", "utf-16-be"),
                                            ("utf-16-le", "utf-16-le"), ("utf-32", "utf-8"))):
        f = tmp_path / f"u{i}.txt"
        f.write_bytes(text.encode(encoding))
        (art,) = read_articles([f], encoding=option)
        assert art.text == text and art.headline == "Talks in Zürich", (encoding, option)
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    with pytest.raises(InputError, match="looks like a binary file"):
        list(read_articles([png]))
    with pytest.raises(InputError, match="looks like a binary file"):
        list(read_articles([png], encoding="latin-1"))


def test_closed_standard_input_is_one_line(tmp_path: Path):
    import os
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-m", "kg", "build", "-", "--out", str(tmp_path / "o")],
                         capture_output=True, text=True, timeout=120, preexec_fn=lambda: os.close(0))
    assert res.returncode == 1
    assert res.stderr == ("Error: nothing to build: <stdin>: standard input is closed; pipe articles into "
                          "`kg build -`, or name files\n")


def test_invisible_characters_are_removed_when_reading():
    from kg.read import make_article

    art = make_article("z", "Jo\u200bhn Sm\u202eith\u202c met\u00ad Ann\u2066 Lee\u2069.\n\nMore\ufeff text.", "<test>",
                       title="Jo\u200bhn\u200d Smith")
    assert art.text == "John Smith met Ann Lee.\n\nMore text." and art.headline == "John Smith"
