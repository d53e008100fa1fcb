"""The page's CSS and JavaScript, kept as files beside this module (package data, found from any folder)."""
from __future__ import annotations

from importlib import resources


def static_text(name: str) -> str:
    """The text of assistant/page/static/<name> (page.css, chat.js, context.js)."""
    return (resources.files("assistant.page") / "static" / name).read_text(encoding="utf-8")
