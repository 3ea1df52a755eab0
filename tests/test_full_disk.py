"""A build on a disk that fills up: a real small tmpfs (needs root to mount; skipped otherwise),
filled to leave less room than the build needs at different stages. Each time: one line naming the
disk and the file being written, exit 1, the previous files and store untouched, no temp left."""
from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.store import current_version


@pytest.fixture()
def disk(tmp_path: Path):
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    yield mount
    gc.collect()
    subprocess.run(["umount", "--lazy", str(mount)], check=True)


def _fill(mount: Path, leave_kb: int) -> Path:
    filler = mount / "filler"
    filler.unlink(missing_ok=True)
    free_kb = shutil.disk_usage(mount).free // 1024
    with filler.open("wb") as f:
        f.truncate(0)
        f.write(b"\0" * max(0, free_kb - leave_kb) * 1024)
    return filler


def _peak_kb(mount: Path, args: list[str]) -> int:
    """The most disk space a command takes at any moment while it runs (sampled)."""
    base, peak, done = shutil.disk_usage(mount).used, [0], threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], shutil.disk_usage(mount).used - base)
            time.sleep(0.002)
    t = threading.Thread(target=sample)
    t.start()
    assert CliRunner().invoke(cli, args).exit_code == 0
    done.set()
    t.join()
    return peak[0] // 1024


def test_a_full_disk_is_one_line_and_loses_nothing(tmp_path: Path, disk: Path):
    out = disk / "out"
    first = tmp_path / "first.txt"
    first.write_text("Talks\n\nChile called Peru on Monday. Peru criticised Bolivia.\n")  # states, not people
    assert CliRunner().invoke(cli, ["build", str(first), "--out", str(out), "--no-page"]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    version = current_version(out / "store")
    corpus = tmp_path / "many.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"n{i}", "text": f"Talks {i}\n\nChile called Peru on Monday {i}. Peru "
                                          f"criticised Bolivia over round {i}. Germany backed France."}) + "\n"
                              for i in range(100)))
    # the room this build needs, measured on a copy of the folder (a build into an empty one writes
    # every file anew; into this one it may splice the files, which takes less)
    shutil.copytree(out, disk / "scratch", symlinks=True)
    need = _peak_kb(disk, ["build", str(corpus), "--out", str(disk / "scratch"), "--no-page", "-q", "--no-cache"])
    shutil.rmtree(disk / "scratch")
    named = set()
    for share, options in ((0.05, []), (0.1, ["--no-cache"]), (0.3, ["--no-cache"]), (0.5, ["--no-cache"]),
                           (0.7, ["--no-cache"]), (0.9, ["--no-cache"])):
        filler = _fill(disk, int(need * share))
        res = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "--no-page", "-q", *options])
        assert res.exit_code == 1, (share, res.output)
        assert res.output.count("\n") == 1 and res.output.startswith(f"Error: the disk at {disk} is full (writing "), \
            res.output
        named.add(res.output.split("(writing ", 1)[1].split(")", 1)[0].rsplit("/", 1)[-1].split(".")[0])
        assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before  # nothing truncated
        assert current_version(out / "store") == version
        assert not list(out.glob(".kg-build-*")) and not list(out.glob(".*.tmp"))
        assert sorted(p.name for p in (out / "store").glob("v0*") if p.is_dir()) == [version.name]
        filler.unlink()
        del res  # its traceback holds the failed build's store open; a real `kg build` process would have ended
        gc.collect()
    assert len(named) >= 3, named  # the disk filled up at different stages, and each named its file
    res = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "--no-page", "-q"])
    assert res.exit_code == 0 and "articles in" in res.output
