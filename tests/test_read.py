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
