"""Update a sorted graph file by rewriting only the blocks that changed.

Every graph file a build writes is sorted: N-Quads and N-Triples by line, Turtle by subject, TriG
by graph. So each is a header and then blocks in increasing key order (the lines of one subject,
one subject's Turtle statement, one graph's TriG block), and a block depends on the store alone,
not on its neighbours. A new version of the file is the old one with the blocks of the keys that
changed written anew and everything between them copied by the kernel: the same bytes as writing
the whole file again, in a fraction of the time when few keys changed.
"""
from __future__ import annotations

import mmap
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Layout:
    """How a sorted file is cut into blocks: which lines start one (by their first byte), and the key
    (bytes) of the block that starts with a given first token."""

    starts: Callable[[int], bool]
    key: Callable[[bytes], bytes]


def _same(token: bytes) -> bytes:
    return token


LINES = Layout(lambda first: True, _same)  # N-Quads, N-Triples: a block is the lines of one subject
TRIG = Layout(lambda first: first not in (0x09, 0x7D), _same)  # "<graph> {", indented statements, "}"


def turtle_layout(prefixes: dict[str, str]) -> Layout:
    """Turtle: a statement per subject, its continuation lines indented; a prefixed subject's key is its full IRI."""
    table = {f"{p}:".encode(): ns.encode() for p, ns in prefixes.items()}

    def key(token: bytes) -> bytes:
        if token.startswith((b"<", b"_:")):
            return token
        cut = token.index(b":") + 1
        return b"<" + table[token[:cut]] + token[cut:] + b">"

    return Layout(lambda first: first != 0x09, key)


class SortedFile:
    """A sorted graph file, read through a memory map; finds a key's block by binary search."""

    def __init__(self, path: Path, layout: Layout) -> None:
        self.path = path
        self.layout = layout
        self.file = path.open("rb")
        self.size = os.fstat(self.file.fileno()).st_size
        self.map = mmap.mmap(self.file.fileno(), 0, access=mmap.ACCESS_READ) if self.size else b""
        self.body = 0  # where the header (@prefix lines) ends
        while self.map[self.body:self.body + 7] == b"@prefix":
            self.body = self._next_line(self.body)

    def close(self) -> None:
        if isinstance(self.map, mmap.mmap):
            self.map.close()
        self.file.close()

    def __enter__(self) -> SortedFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _next_line(self, pos: int) -> int:
        nl = self.map.find(b"\n", pos)
        return self.size if nl < 0 else nl + 1

    def _block_at_or_after(self, pos: int) -> int:
        """The first block start at or after `pos` (the file's size if none)."""
        if pos <= self.body:
            pos = self.body
        elif self.map[pos - 1] != 0x0A:
            pos = self._next_line(pos)
        while pos < self.size and not self.layout.starts(self.map[pos]):
            pos = self._next_line(pos)
        return pos

    def key_at(self, pos: int) -> bytes:
        end = self.map.find(b" ", pos)
        return self.layout.key(self.map[pos:end])

    def find(self, key: bytes, after: bool = False, lo: int = 0) -> int:
        """Where the first block with a key >= `key` (> `key` if `after`) starts, the size if none,
        looking from `lo` on: a window that doubles until it holds the block, then bisection, so a
        key near `lo` costs a probe or two."""
        def reached(start: int) -> bool:
            k = self.key_at(start)
            return k > key or (k == key and not after)

        lo, step = max(lo, self.body), 1 << 12
        while True:
            hi = min(lo + step, self.size)
            best = self._block_at_or_after(hi)
            if best >= self.size or reached(best):
                break
            lo, step = best + 1, step * 2
        while lo < hi:  # the answer is `best` or a block start in [lo, hi)
            mid = (lo + hi) // 2
            start = self._block_at_or_after(mid)
            if start >= hi:  # no block starts in [mid, hi)
                hi = mid
            elif reached(start):
                best, hi = start, mid
            else:
                lo = start + 1
        return best

    def lines(self, start: int, end: int) -> int:
        return self.map[start:end].count(b"\n")


def splice(old: SortedFile, dst: Path, blocks: Iterable[tuple[bytes, bytes]]) -> int:
    """Write `old` to `dst` with the block of each key replaced by the bytes given (b"": the key has no
    block any more; a new key's block goes in its place). Keys come in increasing order. Returns the
    change in the number of lines."""
    delta = 0
    pos = 0
    with dst.open("wb") as out:
        fd = out.fileno()
        last = None
        for key, text in blocks:
            if last is not None and key <= last:
                raise ValueError("splice: keys out of order")
            last = key
            start = old.find(key, lo=pos)
            end = old.find(key, after=True, lo=start) if start < old.size and old.key_at(start) == key else start
            _copy(old, fd, pos, start)
            _write(fd, text)
            delta += text.count(b"\n") - old.lines(start, end)
            pos = end
        _copy(old, fd, pos, old.size)
    return delta


def _write(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _copy(old: SortedFile, fd: int, start: int, end: int) -> None:
    """Bytes [start, end) of `old` onto `fd`, in the kernel where it can."""
    src = old.file.fileno()
    while start < end:
        try:
            n = os.copy_file_range(src, fd, end - start, start)
        except (AttributeError, OSError):  # no copy_file_range here, or not between these file systems
            _write(fd, old.map[start:end])
            return
        if n == 0:
            raise OSError(f"{old.path}: shorter than expected")
        start += n
