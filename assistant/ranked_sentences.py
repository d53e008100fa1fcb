"""An open question that asks for the one thing a document ranks first (「最大の課題は何ですか」「いちばん大きな課題
は」): the sentence of the block that says so (「…自動車への依存度が高いことが最大の課題です。」) is quoted first, though
it is not the block's first sentence.
"""
from __future__ import annotations

import re

from ingest.plans.records import Source
from ingest.text.normalize import normalize_query
from ingest.vocab.frame_words import SUPERLATIVE_ASK_WORDS, SUPERLATIVE_WORDS

_ASKS = re.compile("|".join(SUPERLATIVE_ASK_WORDS))
_SAYS = re.compile("|".join(sorted(SUPERLATIVE_WORDS, key=len, reverse=True)))


def asks_first_ranked(question: str) -> bool:
    """Whether a question asks for the thing ranked first (「最大の課題」「いちばん大きな課題」)."""
    return bool(_ASKS.search(normalize_query(question)))


def ranked_sentence(text: str, start: int, end: int, word: str, doc: str) -> Source | None:
    """The sentence between `start` and `end` that ranks the asked `word` first (「…が最大の課題です。」「最も大きな
    課題は…」: a superlative word and the word in one sentence), as a verbatim span; None when no sentence does."""
    from assistant.quotes import quote_text

    pos = start
    while pos < end:
        stop = text.find("。", pos, end)
        stop = end if stop < 0 else stop + 1
        body = text[pos:stop]
        norm = normalize_query(body)
        if word in norm and _SAYS.search(norm) and body.strip():
            lead = len(body) - len(body.lstrip())
            quote = quote_text(text[pos + lead:stop])
            if quote:
                return Source(doc, pos + lead, stop, quote)
        pos = stop
    return None


def without_rank(question: str) -> str:
    """The question without the words asking for the first-ranked thing (「最大の」「一番大きな」): no topic words."""
    return re.sub(rf"(?:{_ASKS.pattern})(?:な|の|い)?", " ", question)


# A sentence that leads in to the items after it (「本村の教育の課題を次のように整理しました。」「主な課題は次のとおりです。」).
_LEAD_IN = re.compile(r"次の(?:よう|とおり|通り|[0-9０-９一二三四五六七八九]+(?:点|つ))")


def after_lead_in(items: tuple, word: str) -> tuple:
    """A block's items after the last one that leads in to a list of the asked kind (「…の課題を次のように整理しました。」:
    the figures and table rows before it are what the list was drawn from, not the answer); all of them when no item
    does or nothing follows it."""
    if not word:
        return items
    cut = max((k for k, item in enumerate(items)
               if word in normalize_query(item.source.quote) and _LEAD_IN.search(normalize_query(item.source.quote))),
              default=-1)
    return items[cut + 1:] if 0 <= cut < len(items) - 1 else items


_RANKED_WORD = re.compile(rf"(?:{_ASKS.pattern})(?:な|の|い)?\s*([一-龥ァ-ヶー]{{2,6}})")


def ranked_word(question: str) -> str:
    """The thing a question asks ranked first (「最大の課題は」 -> 課題); "" when it asks none."""
    m = _RANKED_WORD.search(normalize_query(question))
    return m.group(1) if m else ""


def ranked_in_passages(question: str, passages, documents, most_documents: int = 3) -> Source | None:
    """The first sentence that ranks the asked thing first (「…の強化が最大の課題である。」 in a report's 総括, under no
    課題 label) in the passages (best first), else anywhere in their documents (the best few): a block of no label
    still says it."""
    word = ranked_word(question)
    if not word:
        return None
    for passage in passages:
        found = ranked_sentence(documents[passage.doc].text, passage.start, passage.end, word, passage.doc)
        if found is not None:
            return found
    for doc in list(dict.fromkeys(p.doc for p in passages))[:most_documents]:
        found = ranked_sentence(documents[doc].text, 0, len(documents[doc].text), word, doc)
        if found is not None:
            return found
    return None
