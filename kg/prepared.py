"""Structures made from the lexicons (the gazetteer's dictionaries, the title index) kept in the
user's cache folder, so that a process reads them in milliseconds instead of building them anew (0.4 s
of every start). An entry's name holds a hash of the lexicon files, of the code that builds it and of
the versions it depends on: an edited lexicon or a new release builds it again, never reads an old one.
A cache folder that cannot be written, or an entry that cannot be read, only costs the time to build.

The folder is $KG_CACHE_DIR, else $XDG_CACHE_HOME/newskg, else ~/.cache/newskg; KG_CACHE_DIR=off
turns it off.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_folder() -> Path | None:
    """Where prepared structures are kept (None: nowhere)."""
    given = os.environ.get("KG_CACHE_DIR")
    if given == "off":
        return None
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newskg"


def prepared(name: str, parts: tuple[str, ...], make: Callable[[], T]) -> T:
    """What `make` returns, read from the cache folder when an entry for `name` and `parts` (the
    strings it depends on, such as the lexicon files' hash) is there, else made and kept there."""
    from . import __version__

    h = hashlib.sha1("\x1f".join((__version__, _code_digest(), *parts)).encode("utf-8"))
    folder = cache_folder()
    path = folder / f"{name}-{h.hexdigest()[:20]}.pickle" if folder is not None else None
    if path is not None:
        try:
            data = path.read_bytes()
            # the entry's own hash first: a damaged entry that still unpickles is never used
            if hashlib.sha256(data[32:]).digest() == data[:32]:
                return pickle.loads(data[32:])  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001 - missing, cut short or unreadable: made anew below
            pass
    value = make()
    if path is not None:
        _keep(path, value)
    return value


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """A hash of the code that builds what is kept (read once, not for every entry)."""
    code = Path(__file__).parent
    return hashlib.sha1(b"".join((code / m).read_bytes() for m in ("lexicon.py", "nlp.py", "prepared.py"))).hexdigest()


def _keep(path: Path, value: object) -> None:
    """Write `value` to `path` whole or not at all (another process may write the same entry)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(fd, "wb") as f:
                f.write(hashlib.sha256(data).digest() + data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        stem = path.name.rsplit("-", 1)[0]
        for old in path.parent.glob(f"{stem}-*.pickle"):  # entries of older lexicons or releases
            if old != path:
                old.unlink(missing_ok=True)
        for old in path.parent.glob(f".{stem}-*.pickle.*"):  # what a process killed while writing left
            if time.time() - old.stat().st_mtime > 3600:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        pass  # a folder that cannot be written: the next process builds it again
