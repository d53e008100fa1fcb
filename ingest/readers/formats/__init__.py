"""The readers, one module per kind of file: each declares the formats it reads in a FORMATS tuple of FileFormat
(ingest.readers.file_format), and ingest.readers.registry finds them here. A new format is a new module here."""
