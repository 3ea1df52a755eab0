"""The README's examples print what the commands print: every `$ kg ...` line in a code block, run
on the committed output/, and the summary `kg build` prints for the bundled example."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _examples() -> list[tuple[str, str]]:
    """(command, printed output) for each `$ kg` line of the README's code blocks."""
    blocks, current = [], None
    for line in README.splitlines():
        if line.startswith("```"):
            if current is None:
                current = []
            else:
                blocks.append("\n".join(current))
                current = None
        elif current is not None:
            current.append(line)
    out = []
    for block in blocks:
        for part in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, printed = part.partition("\n")
            out.append((command, printed.strip("\n")))
    return out


def test_readme_has_examples():
    assert len(_examples()) >= 6


@pytest.mark.parametrize("command,printed", _examples(), ids=[c for c, _ in _examples()])
def test_example_prints_what_the_readme_says(command: str, printed: str, monkeypatch):
    args = shlex.split(command)
    assert args[0] == "kg"
    monkeypatch.chdir(ROOT)
    res = CliRunner().invoke(cli, args[1:])
    assert "\n".join(x.rstrip() for x in res.output.strip("\n").splitlines()) == printed


def test_build_summary_is_what_the_readme_shows(tmp_path: Path):
    block = README.split("The build prints a summary", 1)[1].split("```\n", 2)[1]
    res = CliRunner().invoke(cli, ["build", "--out", str(tmp_path / "output")])
    assert res.exit_code == 0
    assert res.output.replace(str(tmp_path / "output"), "output") == block
