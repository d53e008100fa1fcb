"""What a reader module declares about each format it reads (ingest.readers.formats), and the registry collects."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ingest.records import RawText


@dataclass(frozen=True)
class FileFormat:
    """One readable format: bytes on disk -> RawText, raising only IngestError."""

    suffixes: tuple[str, ...]               # lower case, with the dot: (".csv", ".tsv")
    read: Callable[[Path, bytes], RawText]
    isolated: bool = False     # a third-party parser on untrusted bytes: read in the worker with time and memory limits
    office_zip: bool = False   # an Office Open XML package: refused first if it is a zip bomb or declares a DTD
    own_lines: bool = False    # its lines are the writer's paragraphs and list entries, never a page's wrapped lines
