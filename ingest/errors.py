"""The project's own error type for input that cannot be read.

Every reader raises only `IngestError`; the message is for people (Japanese, naming the file and
what to do), so the CLI and UI can show it as it is.
"""


class IngestError(Exception):
    """A file could not be turned into text. `path` names it; `reason` says why, in Japanese."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
