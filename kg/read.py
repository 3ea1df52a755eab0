"""Read articles from text, Markdown, HTML, JSON, JSONL and CSV files, and find their structure."""
from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError
from .model import Article

TEXT_SUFFIXES = {".txt", ".md", ".text"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".json", ".csv"}
HTML_SUFFIXES = {".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | RECORD_SUFFIXES | HTML_SUFFIXES

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_RE = r"(?P<month>[A-Za-z]{3,9})\.?"
_DATE_PATTERNS = [
    re.compile(r"^(?:[A-Za-z]+day,?\s+)?" + _MONTH_RE + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"),
    re.compile(r"^(?:[A-Za-z]+day,?\s+)?(?P<day>\d{1,2})\s+" + _MONTH_RE + r",?\s+(?P<year>\d{4})"),
    re.compile(r"^(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
]
# Paragraphs that are page furniture, not reporting; a "Sources" heading ends the article.
_BOILERPLATE = re.compile(
    r"^(image|photo|picture|video)( source| credit)?s?\s*:|^(related news|see also|share this|advertisement)\s*$",
    re.IGNORECASE)
_END_HEADINGS = re.compile(r"^(sources?|references|external links)\s*:?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Structure:
    headline: str
    date: str | None
    paragraphs: tuple[tuple[int, int], ...]  # (start, end) offsets of the paragraphs to analyse
    quotes: tuple[tuple[int, int], ...] = ()  # (start, end) offsets of quoted speech, marks excluded


_QUOTE = re.compile(r'“([^”\n]{2,})”|"([^"\n]{2,})"')


def find_quotes(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Quoted passages (straight or curly quotes) inside the analysed paragraphs."""
    out = []
    for s, e in spans:
        for m in _QUOTE.finditer(text, s, e):
            g = 1 if m.group(1) is not None else 2
            out.append((m.start(g), m.end(g)))
    return tuple(out)


def parse_date(line: str) -> str | None:
    """ISO date of a dateline such as 'Sunday, September 15, 2019', or None."""
    line = line.strip()
    for pat in _DATE_PATTERNS:
        m = pat.match(line)
        if not m:
            continue
        g = m.groupdict()
        month = int(g["mnum"]) if g.get("mnum") else _MONTHS.get(g["month"].lower())
        if not month:
            continue
        try:
            return date(int(g["year"]), month, int(g["day"])).isoformat()
        except ValueError:
            return None
    return None


# "FRESNO, Calif. (AP) - ", "BAMAKO, Mali (Reuters) — ", "BERLIN - ": a wire dateline before the first sentence
_DATELINE_LEAD = re.compile(r"[A-Z][A-Z.'\- ]{1,40}(?:, [A-Z][A-Za-z.' ]{1,40})?(?: \([A-Za-z .-]{1,30}\))? ?[-—–]+ ")


def _split_dateline(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A paragraph that opens with a wire dateline, as two spans: the dateline parses as a sentence of its
    own, and its words do not join the first name of the story ("MADRID - Bestselling novelist X")."""
    m = _DATELINE_LEAD.match(text, s)
    if m is None or m.end() >= e:
        return [(s, e)]
    dash = m.end() - 1
    while text[dash] in " -—–":
        dash -= 1
    return [(s, dash + 1), (m.end(), e)]


def structure(text: str) -> Structure:
    """Headline, dateline date and the paragraphs worth analysing, as offsets into `text`."""
    blocks = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)]
    blocks = [(s, e) for s, e in blocks if text[s:e].strip()]
    if not blocks:
        return Structure("", None, ())
    first_line_end = text.index("\n", blocks[0][0]) if "\n" in text[blocks[0][0]:] else len(text)
    headline = text[blocks[0][0]:first_line_end].strip()
    found: str | None = None
    paragraphs = []
    for i, (s, e) in enumerate(blocks):
        chunk = text[s:e].strip()
        if i <= 2 and found is None and len(chunk) < 80 and parse_date(chunk):
            found = parse_date(chunk)
            continue
        if _END_HEADINGS.match(chunk) and i > 0:
            break
        if _BOILERPLATE.match(chunk):
            continue
        paragraphs.extend(_split_dateline(text, s, e))
    return Structure(headline, found, tuple(paragraphs), find_quotes(text, tuple(paragraphs)))


def normalise(raw: bytes, source: str, encoding: str = "utf-8") -> str:
    """Decode bytes to text: strips a BOM, folds Windows line endings, refuses binary data."""
    if b"\x00" in raw[:8192]:
        raise InputError(f"{source}: looks like a binary file, not text")
    try:
        text = raw.decode("utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(f"{source}: cannot decode as {encoding} ({exc.__class__.__name__}); "
                         f"try --encoding latin-1 or fix the file") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def make_article(article_id: str, text: str, source: str, title: str | None = None,
                 date_: str | None = None, url: str | None = None) -> Article:
    """An Article from raw text, with headline and date taken from the text when not given."""
    if not text.strip():
        raise InputError(f"{source}: article '{article_id}' is empty")
    st = structure(text)
    return Article(id=article_id, text=text, headline=(title or st.headline).strip(),
                   date=_iso(date_) or st.date, url=url, source=source)


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    value = str(value).strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return parse_date(value)


class _TextOfHtml(HTMLParser):
    """Keeps the text of an HTML page's paragraphs and headings; drops scripts, styles and navigation."""

    SKIP = {"script", "style", "nav", "footer", "header", "aside", "noscript", "template", "form"}
    BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "title", "div", "br", "article", "section"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skip += 1
        if tag == "title":
            self._in_title = True
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    """The readable text of an HTML article: headline first, then paragraphs."""
    p = _TextOfHtml()
    p.feed(markup)
    body = re.sub(r"[ \t]*\n[ \t\n]*\n[ \t\n]*", "\n\n", "".join(p.parts)).strip()
    title = html.unescape(p.title).strip()
    if title and not body.startswith(title):
        body = title + "\n\n" + body
    return body + "\n"


MAX_ARTICLE_CHARS = 5_000_000  # a larger "article" is a corpus in one file: refused with a clear message


@dataclass(frozen=True)
class Failure:
    """An input that could not be read, and why (the build goes on without it)."""

    source: str
    reason: str


def _record_article(rec: object, path: Path | str, n: int) -> Article:
    if not isinstance(rec, dict):
        raise InputError(f"{path}:{n}: each record must be an object with 'id' and 'text'")
    if not rec.get("text") or not str(rec["text"]).strip():
        raise InputError(f"{path}:{n}: record has no 'text'")
    art_id = str(rec.get("id") or f"{Path(str(path)).stem}-{n}")
    body = str(rec["text"]).replace("\r\n", "\n")
    title = rec.get("title")
    if title and not body.lstrip().startswith(str(title)):
        body = f"{title}\n\n{body}"
    return make_article(art_id, body, f"{path}:{n}", title, rec.get("date"), rec.get("url"))


def _jsonl(lines: Iterable[bytes], path: Path | str, encoding: str) -> Iterator[Article | Failure]:
    """One article per line, read lazily; a bad line is a Failure, not the end of the file."""
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            line = raw.decode(encoding)
            yield _record_article(json.loads(line), path, n)
        except (UnicodeDecodeError, LookupError):
            yield Failure(f"{path}:{n}", f"{path}:{n}: cannot decode as {encoding}")
        except json.JSONDecodeError as exc:
            yield Failure(f"{path}:{n}", f"{path}:{n}: not valid JSON ({exc.msg})")
        except InputError as exc:
            yield Failure(f"{path}:{n}", str(exc))


def _table(path: Path, text: str) -> Iterator[Article | Failure]:
    try:
        records: list[object] = (list(csv.DictReader(io.StringIO(text))) if path.suffix.lower() == ".csv"
                                 else _json_records(text))
    except json.JSONDecodeError as exc:
        yield Failure(str(path), f"{path}: not valid JSON ({exc.msg})")
        return
    except csv.Error as exc:
        yield Failure(str(path), f"{path}: not valid CSV ({exc})")
        return
    for n, rec in enumerate(records, start=1):
        try:
            yield _record_article(rec, path, n)
        except InputError as exc:
            yield Failure(f"{path}:{n}", str(exc))


def _json_records(text: str) -> list[object]:
    data = json.loads(text)
    return data if isinstance(data, list) else [data]


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named, plus the article files found recursively in folders named, sorted."""
    out: list[Path] = []
    for p in paths:
        if str(p) == "-":
            out.append(p)
        elif p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES))
        elif p.is_file():
            out.append(p)
        else:
            raise InputError(f"{p}: no such file or folder")
    return out


def iter_inputs(paths: Iterable[Path], encoding: str = "utf-8",
                stdin: io.BufferedIOBase | None = None) -> Iterator[Article | Failure]:
    """Every article in the given files and folders ('-' is standard input), lazily and in a stable
    order, with a Failure for each file or record that cannot be read."""
    files: list[Path] = []
    for p in paths:
        try:
            files.extend(expand_paths([p]))
        except InputError as exc:
            yield Failure(str(p), str(exc))
    for path in files:
        try:
            yield from _read_one(path, encoding, stdin)
        except InputError as exc:
            yield Failure(str(path), str(exc))


def _read_one(path: Path, encoding: str, stdin: io.BufferedIOBase | None) -> Iterator[Article | Failure]:
    if str(path) == "-":
        import sys

        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read()
        if data.lstrip()[:1] == b"{":
            yield from _jsonl(data.splitlines(), "<stdin>", encoding)
        else:
            yield _checked(make_article("stdin", normalise(data, "<stdin>", encoding), "<stdin>"))
        return
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        try:
            with path.open("rb") as f:
                yield from _jsonl(f, path, encoding)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    text = normalise(raw, str(path), encoding)
    if suffix in RECORD_SUFFIXES:
        yield from _table(path, text)
    elif suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        yield _checked(make_article(path.stem, html_to_text(text), str(path)))
    else:
        yield _checked(make_article(path.stem, text, str(path)))


def _checked(art: Article) -> Article:
    if len(art.text) > MAX_ARTICLE_CHARS:
        raise InputError(f"{art.source}: {len(art.text) / 1e6:.1f} million characters is too long for one "
                         f"article (limit {MAX_ARTICLE_CHARS / 1e6:.0f} million); split it, e.g. as JSONL")
    return art


def read_articles(paths: Iterable[Path], encoding: str = "utf-8") -> Iterator[Article]:
    """Every article in the given files and folders; raises InputError at the first one that fails."""
    for item in iter_inputs(paths, encoding):
        if isinstance(item, Failure):
            raise InputError(item.reason)
        yield item
