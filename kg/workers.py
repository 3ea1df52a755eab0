"""Where `kg serve` runs queries: worker processes that can be stopped. Oxigraph cannot cancel a
query, so a query over its time is stopped by killing its worker (a fresh one takes its place), and
each worker's memory is capped (RLIMIT_DATA), so a runaway query ends its own process, not the server.

A pool holds `workers` processes; at most `queue` more requests wait for one, and a request beyond
that is refused at once (the server answers 503 with Retry-After).
"""
from __future__ import annotations

import os
import pickle
import queue as queues
import select
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import KgError

_HEADER = struct.Struct("!I")  # each message: its length, then a pickle


@dataclass(frozen=True)
class Answer:
    """What became of a query: `status` is ok (with `result`), error (the query is wrong: `message`),
    busy (no worker free), timeout, memory (the worker ran out of its memory), or gone (the store
    version went away while the query waited)."""

    status: str
    result: object = None
    message: str = ""


class _Worker:
    def __init__(self, max_rows: int, memory_mb: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from kg.workers import worker_main; worker_main()", str(max_rows), str(memory_mb)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, close_fds=True)

    def send(self, message: object) -> None:
        data = pickle.dumps(message)
        assert self.proc.stdin is not None
        self.proc.stdin.write(_HEADER.pack(len(data)) + data)
        self.proc.stdin.flush()

    def receive(self, deadline: float) -> object | None:
        """The worker's reply, or None at the deadline; EOFError if the worker died."""
        assert self.proc.stdout is not None
        head = _read(self.proc.stdout.fileno(), _HEADER.size, deadline)
        if head is None:
            return None
        body = _read(self.proc.stdout.fileno(), _HEADER.unpack(head)[0], deadline)
        return None if body is None else pickle.loads(body)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()
        for f in (self.proc.stdin, self.proc.stdout):
            if f is not None:
                try:
                    f.close()
                except OSError:
                    pass


def _read(fd: int, n: int, deadline: float) -> bytes | None:
    """Exactly `n` bytes from `fd`, or None at the deadline; EOFError if it closes first."""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    buf = bytearray()
    while len(buf) < n:
        left = deadline - time.monotonic()
        if left <= 0 or not poller.poll(left * 1000):
            return None
        chunk = os.read(fd, min(n - len(buf), 1 << 20))
        if not chunk:
            raise EOFError
        buf += chunk
    return bytes(buf)


class Pool:
    """Worker processes that run read-only queries on a store, with a time and a memory limit each."""

    def __init__(self, workers: int = 2, queue: int = 16, max_rows: int = 10_000, memory_mb: int = 1024) -> None:
        self.max_rows, self.memory_mb = max_rows, memory_mb
        self.idle: queues.Queue[_Worker] = queues.Queue()
        self.admitted = threading.BoundedSemaphore(workers + queue)
        self.closed = False
        self.all: set[_Worker] = set()
        self.lock = threading.Lock()
        try:
            for _ in range(workers):
                self.idle.put(self._start())
        except OSError as exc:
            self.close()
            raise KgError(f"cannot start the query workers ({exc.strerror})") from None

    def _start(self) -> _Worker:
        w = _Worker(self.max_rows, self.memory_mb)
        with self.lock:
            self.all.add(w)
        return w

    def _replace(self, w: _Worker) -> None:
        """Kill a worker and start another in its place (in the background: the client is answered now)."""
        w.kill()
        with self.lock:
            self.all.discard(w)

        def start() -> None:
            if not self.closed:
                try:
                    self.idle.put(self._start())
                except OSError:
                    time.sleep(1)
                    start()
        threading.Thread(target=start, daemon=True).start()

    def run(self, version: Path, text: str, timeout: float) -> Answer:
        """Run `text` on the store version `version`, within `timeout` seconds from now (waiting for a
        worker included)."""
        deadline = time.monotonic() + timeout
        if not self.admitted.acquire(blocking=False):
            return Answer("busy")
        try:
            try:
                w = self.idle.get(timeout=max(0.0, deadline - time.monotonic()))
            except queues.Empty:
                return Answer("busy")
            try:
                w.send((str(version), text))
            except OSError:  # it died while idle: the next request gets its successor
                self._replace(w)
                return Answer("busy")
            try:
                reply = w.receive(deadline)
            except (EOFError, OSError, pickle.UnpicklingError):  # it died: over its memory limit
                self._replace(w)
                return Answer("memory")
            if reply is None:
                self._replace(w)
                return Answer("timeout")
            self.idle.put(w)
            status, payload = reply  # type: ignore[misc]
            return Answer(status, payload) if status == "ok" else Answer(status, message=str(payload))
        finally:
            self.admitted.release()

    def close(self) -> None:
        self.closed = True
        with self.lock:
            workers, self.all = list(self.all), set()
        for w in workers:
            w.kill()


def worker_main() -> None:
    """The worker process: read (version folder, query) messages on stdin, answer on stdout."""
    import resource

    max_rows, memory_mb = int(sys.argv[1]), int(sys.argv[2])
    if memory_mb:
        limit = memory_mb << 20
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    channel = os.fdopen(os.dup(1), "wb")
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # nothing else may write into the channel
    inp = sys.stdin.buffer
    from .errors import QueryError
    from .store import open_version, query

    opened, store = None, None
    while True:
        head = inp.read(_HEADER.size)
        if len(head) < _HEADER.size:
            return
        version, text = pickle.loads(inp.read(_HEADER.unpack(head)[0]))
        try:
            if version != opened:
                store, opened = None, None
                store, opened = open_version(version), version
            reply: tuple[str, object] = ("ok", query(store, text, max_rows=max_rows))
        except QueryError as exc:
            reply = ("error", str(exc))
        except OSError as exc:
            reply = ("gone", str(exc).splitlines()[0] if str(exc) else "the store cannot be read")
        except MemoryError:
            reply = ("memory", "")
        data = pickle.dumps(reply)
        channel.write(_HEADER.pack(len(data)) + data)
        channel.flush()
