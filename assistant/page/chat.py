"""The 質問 tab: questions answered with citations, follow-ups through the same `Conversation` as the CLI,
and a clicked citation shown in its context (the page image and the original file where there is one)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import gradio as gr

from assistant.conversation import Conversation, Turn
from assistant.html_views import render_context, render_conversation, render_source
from assistant.live import LiveIndex
from assistant.page.original import original_pdf_url
from assistant.records import Answer
from assistant.settings import Settings
from assistant.source_view import source_view

REMOVED_SOURCE = '<div class="pa-context pa-notfound">この出典の文書は索引から削除されています。</div>'


@dataclass(frozen=True)
class ChatSession:
    """One browser session's chat: the answers shown (each with its question and, for a follow-up, what was
    searched) and the conversation's turns that the next follow-up is rewritten against."""

    answers: tuple[Answer, ...] = ()
    turns: tuple[Turn, ...] = ()

    def asked(self, live: LiveIndex, question: str) -> "ChatSession":
        """This session after `question`, answered as the CLI's `ask --context` answers it."""
        conversation = Conversation(list(self.turns))
        answer = conversation.ask(live.assistant, question)
        return ChatSession(self.answers + (answer,), tuple(conversation.turns))


def ask(live: LiveIndex, question: str, session: ChatSession | None):
    """The chat after a question: (session, conversation HTML, emptied question box, example row, context).
    A blank question changes nothing; an answered one hides the examples and clears the context panel."""
    session = session or ChatSession()
    question = (question or "").strip()
    if not question:
        return session, render_conversation(session.answers), "", gr.update(), gr.update()
    session = session.asked(live, question)
    return session, render_conversation(session.answers), "", gr.update(visible=False), render_context(None)


def clear():
    """A new conversation: (session, conversation HTML, example row shown, context emptied, paste text)."""
    return ChatSession(), render_conversation(()), gr.update(visible=True), render_context(None), ""


def citation_of(session: ChatSession | None, key: object):
    """The citation a click names by its key 「turn:n」, or None (a stale or malformed key)."""
    try:
        turn, n = (int(x) for x in str(key).split(":"))
        return next(c for c in (session or ChatSession()).answers[turn].citations if c.n == n)
    except (AttributeError, ValueError, IndexError, StopIteration):
        return None


def show_citation(live: LiveIndex, settings: Settings, session: ChatSession | None, key: object,
                  cached_url: Callable[[Path], str]) -> tuple[str, str]:
    """(context HTML, paste text) for the clicked citation. An indexed PDF opens at its page through the
    page's own route; another original is served from Gradio's cache (`cached_url` puts it there)."""
    citation = citation_of(session, key)
    if citation is None:
        return render_context(None), ""
    document = live.assistant.documents.get(citation.doc)
    if document is None:
        return REMOVED_SOURCE, citation.paste_text()
    view = source_view(document, citation, settings.corpus_dir)
    url = ""
    if view.original is not None and view.original.suffix.lower() == ".pdf":   # shown in the browser at the page
        url = original_pdf_url(citation.doc, view.page or 1)
    elif view.original is not None:  # a copy in Gradio's cache: the page serves only files it created
        url = cached_url(view.original)
    return render_source(view, citation.n, url), citation.paste_text()
