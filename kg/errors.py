"""The library's exceptions. The CLI turns each into a one-line message and a non-zero exit."""
from __future__ import annotations


class KgError(Exception):
    """Base class: the message says what went wrong and what to do next."""


class InputError(KgError):
    """An article or input file cannot be read."""


class ResourceError(KgError):
    """A bundled data file (lexicon, query, shape) is missing or malformed."""


class QueryError(KgError):
    """A SPARQL query is invalid or cannot run."""


class StoreError(KgError):
    """The embedded store cannot be opened or written."""


class RemoteError(KgError):
    """A remote triple store refused or failed a request."""


class ShapeError(KgError):
    """A graph does not conform to the SHACL shapes."""
