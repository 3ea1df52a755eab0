"""Read articles from text, Markdown, HTML, JSON, JSONL and CSV files, and find their structure."""
from __future__ import annotations

import codecs
import csv
import html
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
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


# "FRESNO, Calif. (AP) - ", "BAMAKO, Mali (Reuters) — ", "BERLIN - ", and old AP copy's "FRESNO, Calif. (AP) _ ":
# a wire dateline before the first sentence
_UP = "A-ZÀ-ÖØ-Þ"  # capitals, with the accented ones ("BRASÍLIA", "SÃO PAULO")
_DATELINE_LEAD = re.compile(rf"[{_UP}][{_UP}.'\- ]{{1,40}}(?:, [{_UP}][A-Za-zÀ-ÖØ-öø-ÿ.' ]{{1,40}})?"
                            r"(?: \([A-Za-z .-]{1,30}\))? ?(?:[-—–]+|_) ")


def _split_dateline(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A paragraph that opens with a wire dateline, as two spans: the dateline parses as a sentence of its
    own, and its words do not join the first name of the story ("MADRID - Bestselling novelist X")."""
    m = _DATELINE_LEAD.match(text, s)
    if m is None or m.end() >= e:
        return [(s, e)]
    dash = m.end() - 1
    while text[dash] in " -—–_":
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


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # UTF-32 LE starts like UTF-16 LE


def normalise(raw: bytes, source: str, encoding: str = "utf-8") -> str:
    """Decode bytes to text: a byte order mark says the encoding (else `encoding`), then Windows line
    endings are folded; binary data (NUL characters in the text) is refused."""
    codec = next((name for bom, name in _BOMS if raw.startswith(bom)), encoding)
    try:
        text = raw.decode(codec)
    except (UnicodeDecodeError, LookupError) as exc:
        if b"\x00" in raw[:8192]:
            raise InputError(f"{source}: looks like a binary file, not text") from None
        raise InputError(f"{source}: cannot decode as {encoding} ({exc.__class__.__name__}); "
                         f"try --encoding latin-1 or fix the file") from None
    if "\x00" in text[:8192]:
        raise InputError(f"{source}: looks like a binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Characters that change nothing a reader sees, or only the direction text is shown in: zero-width
# spaces and joiners, word joiners, byte order marks, soft hyphens, and the bidirectional controls.
# Removed when an article is read, so that "Jo\u200bhn" is the John every reader sees and no invisible
# character decides whether two names are one.
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def visible_text(text: str) -> str:
    """`text` without the characters in INVISIBLE."""
    return INVISIBLE.sub("", text)


MAX_ARTICLE_CHARS = 5_000_000  # a larger "article" is a corpus in one file: refused with a clear message


def make_article(article_id: str, text: str, source: str, title: str | None = None,
                 date_: str | None = None, url: str | None = None, default_date: str | None = None) -> Article:
    """An Article from raw text (invisible characters removed, see INVISIBLE). The date is the one given
    (metadata), else the text's dateline, else `default_date`; the headline is `title`, else the text's
    first line. InputError if the text is empty or over MAX_ARTICLE_CHARS, whatever kind of input it
    came from."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"{source}: {len(text) / 1e6:.1f} million characters is too long for one article "
                         f"(limit {MAX_ARTICLE_CHARS / 1e6:.0f} million); split it, e.g. as JSONL")
    text = visible_text(text)
    if not text.strip():
        raise InputError(f"{source}: article '{article_id}' is empty")
    st = structure(text)
    url = str(url).strip() if url else None
    return Article(id=article_id, text=text, headline=visible_text(title or st.headline).strip(),
                   date=_iso(date_) or st.date or default_date, url=url or None, source=source)


def _iso(value: str | None) -> str | None:
    """ISO date of a date as metadata write it (ISO, RFC 2822, or a dateline), or None."""
    if not value:
        return None
    value = str(value).strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return parse_date(value)


def check_date(value: str) -> str:
    """`value` as an ISO date (YYYY-MM-DD); InputError if it is not one."""
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InputError(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


# Where pages state their address and publication date, best first.
_URL_META = ("og:url", "twitter:url")
_DATE_META = ("article:published_time", "datepublished", "og:published_time", "date", "pubdate", "publishdate",
              "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "citation_publication_date",
              "sailthru.date", "parsely-pub-date")


class _TextOfHtml(HTMLParser):
    """Keeps the text of an HTML page's paragraphs and headings; drops scripts, styles and navigation.
    Also notes the page's canonical URL and publication date from its metadata."""

    SKIP = {"script", "style", "nav", "footer", "header", "aside", "noscript", "template", "form"}
    BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "title", "div", "br", "article", "section"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title = ""
        self._in_title = False
        self._in_ld = False
        self.ld: list[str] = []  # JSON-LD blocks
        self.meta: dict[str, str] = {}  # lower-cased meta name/property -> first content
        self.canonical: str | None = None
        self.time: str | None = None  # the first <time datetime>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "").strip() for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.canonical = self.canonical or a["href"]
        elif tag == "time" and a.get("datetime"):
            self.time = self.time or a["datetime"]
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self._in_ld = True
            self.ld.append("")
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
        if tag == "script":
            self._in_ld = False
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self.ld[-1] += data
            return
        if self._in_title:
            self.title += data
            return
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))

    def url_and_date(self) -> tuple[str | None, str | None]:
        """The page's own URL and publication date: JSON-LD, then meta tags, then <time>."""
        url, day = _ld_url_and_date(self.ld)
        url = url or self.canonical or next((self.meta[k] for k in _URL_META if self.meta.get(k)), None)
        day = day or next((self.meta[k] for k in _DATE_META if self.meta.get(k)), None) or self.time
        return (url if url and url.startswith(("http://", "https://")) else None), day


def _ld_url_and_date(blocks: list[str]) -> tuple[str | None, str | None]:
    """url and datePublished of the first article-like object in JSON-LD blocks."""
    stack: list[object] = []
    for b in blocks:
        try:
            stack.append(json.loads(b))
        except json.JSONDecodeError:
            continue
    while stack:
        node = stack.pop(0)
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            if node.get("datePublished") or "Article" in str(node.get("@type", "")):
                url = node.get("url") or node.get("mainEntityOfPage")
                url = url.get("@id") if isinstance(url, dict) else url
                return (str(url) if url else None), (str(node["datePublished"]) if node.get("datePublished") else None)
            stack.extend(node.get("@graph", []) if isinstance(node.get("@graph"), list) else [])
    return None, None


def read_html(markup: str) -> tuple[str, str | None, str | None]:
    """The readable text of an HTML article (headline first, then paragraphs), its URL and its
    publication date as the page's metadata give them (None where they do not)."""
    p = _TextOfHtml()
    p.feed(markup)
    body = re.sub(r"[ \t]*\n[ \t\n]*\n[ \t\n]*", "\n\n", "".join(p.parts)).strip()
    title = html.unescape(p.title).strip()
    if title and not body.startswith(title):
        body = title + "\n\n" + body
    return (body + "\n", *p.url_and_date())


def html_to_text(markup: str) -> str:
    """The readable text of an HTML article: headline first, then paragraphs."""
    return read_html(markup)[0]


@dataclass(frozen=True)
class Failure:
    """An input that could not be read, and why (the build goes on without it)."""

    source: str
    reason: str


@dataclass(frozen=True)
class Skipped:
    """A file in a folder that is not an article (README, SOURCES, ...), left out of the build."""

    source: str


# Files a folder may hold beside its articles: any name starting with these, in any accepted suffix.
NOT_ARTICLES = ("README", "SOURCES", "LICENSE", "CHANGELOG", "CONTRIBUTING")
DATE_KEYS = ("date", "datePublished", "published")  # record fields that give an article's date, best first
URL_KEYS = ("url", "link")


def _first(rec: dict, keys: tuple[str, ...]) -> str | None:
    return next((str(rec[k]) for k in keys if rec.get(k)), None)


def _record_article(rec: object, path: Path | str, n: int, default_date: str | None = None) -> Article:
    if not isinstance(rec, dict):
        raise InputError(f"{path}:{n}: each record must be an object with 'id' and 'text'")
    if not rec.get("text") or not str(rec["text"]).strip():
        raise InputError(f"{path}:{n}: record has no 'text'")
    art_id = str(rec.get("id") or f"{Path(str(path)).stem}-{n}")
    body = str(rec["text"]).replace("\r\n", "\n")
    title = rec.get("title")
    if title and not body.lstrip().startswith(str(title)):
        body = f"{title}\n\n{body}"
    return make_article(art_id, body, f"{path}:{n}", title, _first(rec, DATE_KEYS), _first(rec, URL_KEYS),
                        default_date)


def _jsonl(lines: Iterable[bytes], path: Path | str, encoding: str,
           default_date: str | None = None) -> Iterator[Article | Failure]:
    """One article per line, read lazily; a bad line is a Failure, not the end of the file."""
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            line = raw.decode(encoding)
            yield _record_article(json.loads(line.lstrip("\ufeff") if n == 1 else line), path, n, default_date)
        except (UnicodeDecodeError, LookupError):
            yield Failure(f"{path}:{n}", f"{path}:{n}: cannot decode as {encoding}")
        except json.JSONDecodeError as exc:
            yield Failure(f"{path}:{n}", f"{path}:{n}: not valid JSON ({exc.msg})")
        except InputError as exc:
            yield Failure(f"{path}:{n}", str(exc))


def _table(path: Path, text: str, default_date: str | None = None) -> Iterator[Article | Failure]:
    # a field may be as long as the whole file: the article limit then refuses the one record that is too long
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
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
            yield _record_article(rec, path, n, default_date)
        except InputError as exc:
            yield Failure(f"{path}:{n}", str(exc))


def _json_records(text: str) -> list[object]:
    data = json.loads(text)
    return data if isinstance(data, list) else [data]


def is_article_name(path: Path) -> bool:
    """False for the files a folder of articles also holds: README*, SOURCES*, LICENSE*, ..."""
    return not path.name.upper().startswith(NOT_ARTICLES)


def expand_paths(paths: Iterable[Path],
                 unreadable: list[tuple[Path, str]] | None = None) -> tuple[list[Path], list[Path]]:
    """Files named, plus the article files found recursively in folders named, sorted; and the files
    of those folders that are not articles (README, SOURCES, ...). A file named on its own is always
    read. Subfolders that cannot be read go into `unreadable` with the reason (if given, else
    InputError names the first)."""
    out: list[Path] = []
    skipped: list[Path] = []
    for p in paths:
        if str(p) == "-":
            out.append(p)
        elif p.is_dir():
            found = sorted(f for f in _files_under(p, unreadable) if f.suffix.lower() in SUFFIXES)
            out.extend(f for f in found if is_article_name(f))
            skipped.extend(f for f in found if not is_article_name(f))
        elif p.is_file():
            out.append(p)
        else:
            raise InputError(f"{p}: no such file or folder")
    return out, skipped


def _files_under(folder: Path, unreadable: list[tuple[Path, str]] | None) -> Iterator[Path]:
    """Every file in `folder` and its subfolders (symbolic links to folders are not followed, as
    Path.rglob does), noting the folders that cannot be read."""
    def fail(exc: OSError) -> None:
        if unreadable is None:
            raise InputError(f"{exc.filename}: cannot read this folder ({exc.strerror})")
        unreadable.append((Path(exc.filename), exc.strerror or str(exc)))

    for root, _, names in os.walk(folder, onerror=fail):
        for name in names:
            f = Path(root) / name
            if f.is_file():
                yield f


def iter_inputs(paths: Iterable[Path], encoding: str = "utf-8", stdin: io.BufferedIOBase | None = None,
                default_date: str | None = None) -> Iterator[Article | Failure | Skipped]:
    """Every article in the given files and folders ('-' is standard input), lazily and in a stable
    order, with a Failure for each file or record that cannot be read and a Skipped for each file of a
    folder that is not an article. `default_date` is the date of articles that give none."""
    files: list[Path] = []
    for p in paths:
        unreadable: list[tuple[Path, str]] = []
        try:
            found, skipped = expand_paths([p], unreadable)
        except InputError as exc:
            yield Failure(str(p), str(exc))
            continue
        files.extend(found)
        yield from (Failure(str(d), f"{d}: cannot read this folder ({why}); its articles are not built")
                    for d, why in unreadable)
        yield from (Skipped(str(f)) for f in skipped)
    for path in files:
        try:
            yield from _read_one(path, encoding, stdin, default_date)
        except InputError as exc:
            yield Failure(str(path), str(exc))


def _read_one(path: Path, encoding: str, stdin: io.BufferedIOBase | None,
              default_date: str | None) -> Iterator[Article | Failure]:
    if str(path) == "-":
        import sys

        try:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
        except (AttributeError, OSError, ValueError):  # no standard input: closed (kg build - <&-)
            raise InputError("<stdin>: standard input is closed; pipe articles into `kg build -`, "
                             "or name files") from None
        if data.lstrip()[:1] == b"{":
            yield from _jsonl(data.splitlines(), "<stdin>", encoding, default_date)
        else:
            text = normalise(data, "<stdin>", encoding)
            yield make_article("stdin", text, "<stdin>", default_date=default_date)
        return
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        try:
            with path.open("rb") as f:
                yield from _jsonl(f, path, encoding, default_date)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    text = normalise(raw, str(path), encoding)
    if suffix in RECORD_SUFFIXES:
        yield from _table(path, text, default_date)
    elif suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        body, url, day = read_html(text)
        yield make_article(path.stem, body, str(path), date_=day, url=url, default_date=default_date)
    else:
        yield make_article(path.stem, text, str(path), default_date=default_date)


def read_articles(paths: Iterable[Path], encoding: str = "utf-8") -> Iterator[Article]:
    """Every article in the given files and folders; raises InputError at the first one that fails."""
    for item in iter_inputs(paths, encoding):
        if isinstance(item, Failure):
            raise InputError(item.reason)
        if isinstance(item, Article):
            yield item
