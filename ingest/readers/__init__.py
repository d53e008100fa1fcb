"""Readers: one module per file format, each file on disk -> RawText; the registry of formats; the isolated worker."""
