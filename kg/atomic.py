"""Atomic file writes: readers see the old file or the new one, never half of one. Also what keeps
a set of files consistent across a crash: a journal of the files that replace others, and work
folders that later builds clean up."""
from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .errors import KgError


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temp path beside `path` that replaces it, synced to disk, only when the block ends without an
    error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with tmp.open("rb") as f:
            os.fsync(f.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # an ordinary file, not mkstemp's private one
        os.replace(tmp, path)
    except OSError as exc:
        if exc.filename is None:  # a write on an open file: say which file it was for
            raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from None
        raise
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def atomic_open(path: Path) -> Iterator[IO[bytes]]:
    """A binary file that replaces `path` only when closed without an error."""
    with atomic_path(path) as tmp, tmp.open("wb") as f:
        yield f


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically."""
    with atomic_open(path) as f:
        f.write(data)


def full_disk(exc: OSError, default: Path) -> KgError | None:
    """A one-line error naming the full disk (its mount point) and the file being written (else
    `default`), if `exc` says the disk or the quota is full; None for any other error."""
    if exc.errno not in (errno.ENOSPC, errno.EDQUOT) and "No space left on device" not in str(exc):
        return None
    path = Path(exc.filename) if exc.filename else default
    where = path.absolute()
    while not where.exists() and where != where.parent:
        where = where.parent
    while where != where.parent and not os.path.ismount(where):
        where = where.parent
    return KgError(f"the disk at {where} is full (writing {path}); free some space and build again "
                   "(the previous files are untouched)")


# -- Switching several files together, and what a killed process leaves behind ----------------

def crash_point(stage: str) -> None:
    """Kill this process here (SIGKILL, as a crash would) when KG_CRASH_AT names `stage`: the crash
    tests stop a build at each of its stages this way. Does nothing otherwise."""
    if os.environ.get("KG_CRASH_AT") == stage:
        os.kill(os.getpid(), signal.SIGKILL)


def write_journal(path: Path, moves: list[tuple[Path, Path]], **extra: str) -> None:
    """Record, atomically, files that are to replace others (`moves`, as (new, target)) before any
    moves: a crash part way through is finished by `finish_moves`."""
    data = {**extra, "moves": [[str(a), str(b)] for a, b in moves]}
    atomic_write(path, json.dumps(data, sort_keys=True).encode("utf-8"))


def read_journal(path: Path) -> dict | None:
    """A journal `write_journal` left (None if there is none, or if it is unreadable: it is then removed)."""
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        path.unlink(missing_ok=True)
        return None
    return data if isinstance(data, dict) else None


def finish_moves(path: Path, journal: dict | None = None) -> bool:
    """Do the moves a journal lists that are not done yet, then remove it; True if there was one."""
    journal = journal if journal is not None else read_journal(path)
    if journal is None:
        return False
    for i, (src, dst) in enumerate(journal.get("moves", [])):
        try:
            shutil.move(src, dst)  # a rename within a file system: each file switches in one step
        except FileNotFoundError:  # moved already (before a crash, or by another process finishing it)
            pass
        if i == 0:
            crash_point("renames")
    path.unlink(missing_ok=True)
    return True


def replace_together(moves: list[tuple[Path, Path]], journal: Path) -> None:
    """Each new file replaces its target; if the process dies part way, the next `finish_moves` on
    `journal` completes the switch, so the targets never stay a mix of two builds."""
    write_journal(journal, moves)
    finish_moves(journal)


WORK_PREFIX = ".kg-build-"
_HELD: dict[Path, int] = {}  # work folders of this process -> their locked file


def work_folder(parent: Path) -> Path:
    """A new temp folder `.kg-build-*` in `parent`, locked for as long as this process holds it; the
    folders of builds that were killed (their lock is free) are removed first."""
    remove_stale_work(parent)
    path = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=parent))
    fd = os.open(path / ".lock", os.O_CREAT | os.O_RDWR, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    _HELD[path] = fd
    return path


def remove_work_folder(path: Path) -> None:
    """Remove a folder `work_folder` made, and let go of its lock."""
    shutil.rmtree(path, ignore_errors=True)
    fd = _HELD.pop(path, None)
    if fd is not None:
        os.close(fd)


def remove_stale_work(parent: Path, grace: float = 60.0) -> list[Path]:
    """Remove the work folders in `parent` that no live process holds: a killed build's lock is free.
    A folder without a lock file (one being created now, or an old one) is removed once `grace`
    seconds old. Returns the folders removed."""
    import time

    gone = []
    for d in sorted(parent.glob(WORK_PREFIX + "*")):
        if d in _HELD or not d.is_dir():
            continue
        try:
            fd = os.open(d / ".lock", os.O_RDWR)
        except FileNotFoundError:
            try:
                if time.time() - d.stat().st_mtime > grace:
                    shutil.rmtree(d, ignore_errors=True)
                    gone.append(d)
            except OSError:
                pass
            continue
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # a live build holds it
            os.close(fd)
            continue
        shutil.rmtree(d, ignore_errors=True)
        os.close(fd)
        gone.append(d)
    return gone
