"""newskg: news articles in, a knowledge graph of who did what to whom out.

The pipeline, top to bottom: read -> nlp/entities/extract -> graph -> export/store/show.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "build"]


def __getattr__(name: str):  # keep `import kg` light: spaCy loads only when building
    if name == "build":
        from .pipeline import build

        return build
    raise AttributeError(name)
