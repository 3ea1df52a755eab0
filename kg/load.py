"""Read graph files written by newskg (or anyone) back into an rdflib Dataset."""
from __future__ import annotations

import gzip
from pathlib import Path

from rdflib import Dataset

from .errors import InputError

FORMATS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld"}


def load_dataset(path: Path) -> Dataset:
    """A dataset from a .ttl/.trig/.nq(.gz)/.nt/.jsonld file; raises InputError if it does not parse."""
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    fmt = FORMATS.get(Path(name).suffix)
    if fmt is None:
        raise InputError(f"{path}: unknown RDF file type; use .ttl, .trig, .nq, .nt or .jsonld")
    try:
        data = path.read_bytes()
        if path.name.endswith(".gz"):
            data = gzip.decompress(data)
        ds = Dataset(default_union=True)
        ds.parse(data=data.decode("utf-8"), format=fmt)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(f"{path}: not valid {fmt}: {str(exc).splitlines()[0][:200]}") from None
    return ds
