"""The graph files of a store's new version: the previous version's files with the blocks of the
subjects and graphs a build changed written anew (kg/splice.py), or, when there is no previous
version's file to start from or much changed, every file written anew from the store. Both give
the same bytes.

Each version keeps the files written from it next to it (store.part_file: vNNNNNN.nq, .ttl, .trig,
.nt) with a manifest of their sizes and times, and the output folder gets hard links to them; a file
changed since (say, edited in place) is not trusted, and the files are then written anew.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .atomic import atomic_path
from .errors import StoreError
from .export import TURTLE_PREFIXES, first_labels, turtle_body, union_triples, write_derived, write_outputs
from .splice import LINES, TRIG, SortedFile, splice, turtle_layout
from .store import (QUADS_TAG, Changes, Store, Version, dump_nquads, matching, mentions_blank_nodes, part_file,
                    quad_lines, quads_file, trig_text)

MANIFEST = "files.json"
SPLICED = ("nq", "nt", "ttl", "trig")  # kept by each version and spliced; nq.gz and jsonld are made from nq
# Splice when the subjects to rewrite are at most this share of the quads, else write every file
# anew. Measured at 2.5M quads: 300 articles touch 10,000 subjects (and 390,000 quads of theirs),
# spliced in 20 s against 30 s for writing anew; one article takes about 1.5 s.
SPLICE_SHARE = 0.005
SPLICE_MIN = 2_000


@dataclass
class Touched:
    """What a build changes in the files: subjects (whose lines and Turtle statements) and graphs
    (whose TriG blocks), in N-Triples syntax."""

    subjects: set[str] = field(default_factory=set)
    graphs: set[str] = field(default_factory=set)


def touched(store: Store, graphs: Iterable[str]) -> Touched:
    """The subjects and graphs of the article graphs `graphs` as they are before a build replaces them."""
    t = Touched()
    for g in graphs:
        t.graphs.add(f"<{g}>")
        t.subjects.update(str(q.subject) for q in matching(store, g=g))
    return t


class _Rewrite(Exception):
    """Splicing does not apply: write every file anew."""


def _kept(names: list[str]) -> list[str]:
    return [n for n in SPLICED if n in names or n == "nq"]


def start_first_files(quads: Path, names: list[str], work: Path) -> Future[tuple[dict[str, Path], int]] | None:
    """The files of a store's first version, written in a thread from the build's N-Quads while the
    store loads them: one build's files are its quads' files, which tidying the store leaves as they
    are. None if the quads hold blank nodes (the store renames them: its files come from its dump)."""
    if mentions_blank_nodes(quads) or _control_characters(quads):
        return None  # the store renames blank nodes and escapes a tab in a literal: its files come from its dump
    folder = work / "first"
    folder.mkdir()

    def write() -> tuple[dict[str, Path], int]:
        parts = _parts(quads, folder, _kept(names), folder)
        return parts, _lines(parts["nq"])

    pool = ThreadPoolExecutor(1, thread_name_prefix="kg-files")
    try:
        return pool.submit(write)
    finally:
        pool.shutdown(wait=False)


_CONTROL = re.compile(rb"[\x00-\x09\x0b-\x1f\x7f]")


def _control_characters(path: Path) -> bool:
    """Whether an N-Quads file holds a control character (a tab in a literal), which the store writes escaped."""
    with path.open("rb") as f:
        while data := f.read(1 << 24):
            if _CONTROL.search(data):
                return True
    return False


def write_version_files(version: Version, changes: Changes, before: Touched, out: Path, names: list[str],
                        work: Path, on_quads: Callable[[Path | None], None] | None = None,
                        first: Future[tuple[dict[str, Path], int]] | None = None) -> tuple[list[Path], int]:
    """Write out/graph.<suffix> for each of `names` from the store of `version` after `changes`
    (`before`: what the replaced graphs held), and name the files the version keeps in `version.parts`.
    `on_quads` is called once, as soon as the store's quads are in a file (its path) or will not be
    (None): a reader of the whole graph can start while the files are written. `first`: the files
    `start_first_files` wrote, used if they hold as many quads as the store. Returns the files and
    the number of quads."""
    names = list(dict.fromkeys(names))
    kept = _kept(names)
    ready = _once(on_quads)
    if version.previous is not None:
        ready(None)  # a splice writes no file of every quad: the reader starts now, on the store
    try:
        if first is None:
            raise _Rewrite
        parts, count = first.result()
        ready(parts["nq"])
        if count != len(version.store):  # the store dropped or merged some: its own files, then
            raise _Rewrite
    except _Rewrite:
        try:
            parts, count = _spliced(version, changes, before, kept, work)
        except _Rewrite:
            parts, count = _rewritten(version, changes, kept, work, ready)
    ready(None)
    files = []
    for n in names:
        target = out / f"graph.{n}"
        if n in parts:
            _link(parts[n], target)
        else:
            with atomic_path(target) as tmp:
                write_derived(n, parts["nq"], tmp)
        files.append(target)
    manifest = work / MANIFEST
    stamps = {n: _stamp(p) for n, p in parts.items()}
    manifest.write_text(json.dumps({"form": QUADS_TAG, "quads": count, "files": stamps}, sort_keys=True),
                        encoding="utf-8")
    version.parts = {**parts, MANIFEST: manifest}
    return files, count


def _stamp(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def _link(src: Path, dst: Path) -> None:
    """`dst` is `src`'s content: a hard link where the file system allows one, else a copy."""
    dst.unlink(missing_ok=True)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


def _previous(version: Version, kept: list[str]) -> tuple[dict[str, Path], int]:
    """The previous version's files in `kept` and its number of quads, if each is as it was written."""
    if version.previous is None:
        raise _Rewrite
    try:
        manifest = _manifest(version.previous)
        files = {n: part_file(version.previous, n) for n in kept}
        if manifest.get("form") != QUADS_TAG or any(_stamp(f) != manifest["files"][n] for n, f in files.items()):
            raise _Rewrite
        return files, int(manifest["quads"])
    except (OSError, ValueError, KeyError, TypeError):
        raise _Rewrite from None


def _manifest(version: Path) -> dict[str, Any]:
    """What a version's manifest says of the files it keeps ({} if it has none)."""
    try:
        data = json.loads(part_file(version, MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _spliced(version: Version, changes: Changes, before: Touched, kept: list[str],
             work: Path) -> tuple[dict[str, Path], int]:
    old, count = _previous(version, kept)
    if not changes.exact:
        raise _Rewrite
    subjects, graphs = set(before.subjects), set(before.graphs)
    limit = max(SPLICE_MIN, int(count * SPLICE_SHARE))
    for path in (changes.added, changes.removed):
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    subjects.add(line.split(" ", 1)[0])
                    graphs.add(line.rsplit(" ", 2)[-2])
                    if len(subjects) > limit:
                        raise _Rewrite
    if len(subjects) > limit:
        raise _Rewrite
    st = version.store
    keys = sorted(s.encode("utf-8") for s in subjects)
    quads = [(k, _file_lines(st, subject=k.decode("utf-8"))) for k in keys]
    parts: dict[str, Path] = {}
    delta = 0
    for n in kept:
        parts[n] = work / f"part.{n}"
        if n == "trig":
            blocks: Iterable[tuple[bytes, bytes]] = _trig_blocks(st, sorted(g.encode("utf-8") for g in graphs))
            layout = TRIG
        else:
            blocks = ((k, _render(n, lines)) for k, lines in quads)
            layout = turtle_layout(TURTLE_PREFIXES) if n == "ttl" else LINES
        with SortedFile(old[n], layout) as src:
            d = splice(src, parts[n], blocks)
        if n == "nq":
            delta = d
        _sync(parts[n])
    if count + delta != len(st):  # a file that was not what the store held: write anew
        raise _Rewrite
    return parts, count + delta


def _sync(path: Path) -> None:
    with path.open("rb") as f:
        os.fsync(f.fileno())


def _file_lines(st: Store, subject: str | None = None, graph: str | None = None) -> list[str]:
    """The quads of a subject or a graph (N-Triples syntax) as graph files write them: sorted, unique,
    datatypes as written, one label per entity."""
    try:
        lines = quad_lines(st, subject and _iri(subject), graph and _iri(graph))
    except StoreError:  # a quad in the default graph: the files are written anew
        raise _Rewrite from None
    return list(first_labels(sorted(set(lines))))


def _iri(term: str) -> str:
    if not term.startswith("<"):
        raise _Rewrite  # a blank node
    return term[1:-1]


def _render(suffix: str, lines: list[str]) -> bytes:
    """The block of one subject's quad lines in a format sorted by subject."""
    if suffix == "nq":
        text = "".join(q + "\n" for q in lines)
    elif suffix == "nt":
        text = "".join(t + "\n" for t in union_triples(lines))
    else:
        text = "".join(turtle_body(union_triples(lines)))
    return text.encode("utf-8")


def _trig_blocks(st: Store, graphs: list[bytes]) -> Iterator[tuple[bytes, bytes]]:
    """Each graph's TriG block, as Oxigraph writes it in a whole file."""
    for g in graphs:
        lines = _file_lines(st, graph=g.decode("utf-8"))
        if not lines:
            yield g, b""
            continue
        text = trig_text(lines, TURTLE_PREFIXES)
        cut = 0
        while text.startswith(b"@prefix", cut):
            cut = text.index(b"\n", cut) + 1
        yield g, text[cut:]


def _once(f: Callable[[Path | None], None] | None) -> Callable[[Path | None], None]:
    """`f`, called at most once (later calls do nothing)."""
    called = False

    def call(path: Path | None) -> None:
        nonlocal called
        if f is not None and not called:
            called = True
            f(path)
    return call


def _rewritten(version: Version, changes: Changes, kept: list[str], work: Path,
               ready: Callable[[Path | None], None]) -> tuple[dict[str, Path], int]:
    """Every file anew, from the previous version's quads merged with the changes, or from a dump."""
    staged = work / "rewrite"
    staged.mkdir()
    count = _dataset_quads(version, changes, work)
    ready(work / "dataset.nq")
    return _parts(work / "dataset.nq", staged, kept, work, presorted=True), count


def _parts(quads: Path, staged: Path, kept: list[str], work: Path, presorted: bool = False) -> dict[str, Path]:
    """The files in `kept` written from the N-Quads file `quads` into `staged`, by suffix; "nq" is the
    quads, sorted and unique, that write_outputs leaves in `work`, synced to disk."""
    files = write_outputs(quads, staged, [n for n in kept if n != "nq"], work, presorted=presorted)
    parts = {f.name.split(".", 1)[1]: f for f in files}
    parts["nq"] = work / "all.nq"
    _sync(parts["nq"])
    return parts


def _dataset_quads(version: Version, changes: Changes, work: Path) -> int:
    """The new version's quads, sorted as files write them, in work/dataset.nq: the previous version's
    quads file with the build's changes merged in, or (no such file, blank nodes, or a count that
    disagrees with the store) the store's own dump, which is slower. Returns their number."""
    from .export import merge_dataset, sorted_quads

    dst = work / "dataset.nq"
    old = quads_file(version.previous) if version.previous is not None else None
    total = len(version.store)
    # a previous version's quads are merged from only if written in today's form (see QUADS_TAG)
    usable = version.previous is None or (old is not None and old.is_file()
                                          and _manifest(version.previous).get("form") == QUADS_TAG)
    if changes.exact and usable:
        merge_dataset(old, changes.dropped, changes.added, changes.removed, dst, work)
        if _lines(dst) == total:
            return total
    dump_nquads(version.store, work / "dump.nq")
    sorted_quads(work / "dump.nq", dst, work)
    return total


def _lines(path: Path) -> int:
    n = 0
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            n += chunk.count(b"\n")
    return n
