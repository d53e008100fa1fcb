"""Errors of the index layer, each with a message that says what to do."""


class IndexError_(Exception):
    """Base class (named with a trailing underscore so it never shadows the builtin)."""


class IndexMissing(IndexError_):
    pass


class IndexIncompatible(IndexError_):
    """Format version, checksum or embedder mismatch: the index must be rebuilt."""


class UpdateBusy(IndexError_):
    """Another update holds the lock."""


class BuildFailed(IndexError_):
    """A distributed build could not finish (a task failed after its retries, a segment failed its check):
    nothing was published; the index stays as it was."""
