"""An open question a document asks and answers itself: a 広報's Ｑ＆Ａ (「Ｑ　令和８年度の予算が前年度より増えたのは
なぜですか。」 then 「Ａ　老朽化した…新規事業を始めたことが主な理由です。」, wrapped over lines).

A pair is a line opened by Ｑ / Q / 問 and the line opened by Ａ / A / 答 right after it; the answer runs over its
wrapped lines to the first that ends a sentence (。), at most a few lines, and never into a contact line. The pair whose
question shares the asked one's words best (each holding of the other's weight, MIN_HELD on average) answers, as a
one-item block named by the document's question; its answer is quoted verbatim.
"""
from __future__ import annotations

import re

from assistant.blocks import KIND_WORDS
from assistant.lists import held_share
from ingest.plans.records import Source
from ingest.text.blocks import Block, BlockItem
from ingest.text.normalize import normalize_query, quote_text

_QUESTION = re.compile(r"^[ \u3000]*(?:Ｑ|Q|問)[ \u3000.．:：]*(?=\S)")
_ANSWER = re.compile(r"^[ \u3000]*(?:Ａ|A|答)[ \u3000.．:：]*(?=\S)")
_CONTACT = re.compile(r"^[ \u3000]*(?:問合せ|問い合わせ|お問い合わせ|担当[：:]|電話|TEL|☎)")
MAX_ANSWER_LINES = 4
MIN_WORDS = 3     # words a document's question holds beyond those asking a kind
MIN_HELD = 0.6    # the share of their weight the two questions must hold of each other


def qa_pairs(text: str) -> list[tuple[str, int, int]]:
    """(the document's question, the answer's start, its end) of every Ｑ / Ａ pair of a text."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    found = []
    for k, (start, line) in enumerate(lines[:-1]):
        q = _QUESTION.match(line)
        a = _ANSWER.match(lines[k + 1][1])
        if q is None or a is None or len(line.strip()) < 6:
            continue
        first = lines[k + 1][0] + a.end()
        end = lines[k + 1][0] + len(lines[k + 1][1].rstrip())
        j = k + 1
        while not text[first:end].rstrip().endswith("。") and j + 1 < len(lines) and j - k < MAX_ANSWER_LINES:
            following = lines[j + 1][1]
            if not following.strip() or _CONTACT.match(following) or _QUESTION.match(following):
                break
            j += 1
            end = lines[j][0] + len(following.rstrip())
        found.append((line[q.end():].strip(), first, end))
    return found


def qa_blocks(kind: str, question: str, subject: str, documents, inside, tokenizer, idf) -> list[Block]:
    """The answer of the document's question that best shares its words with the asked one, as a one-item block;
    [] when none fits. The words are both questions' less those asking a kind (なぜ, 理由); the share is the mean of
    the asked words (`subject`: the question less its place and year) the document's question holds and of its words
    the asked question holds, at least MIN_HELD."""
    asked = normalize_query(question)
    tokens = set(tokenizer.tokenize(asked))
    wanted = {t for t in tokenizer.tokenize(normalize_query(subject)) if t not in KIND_WORDS}
    best, chosen = MIN_HELD, None
    for doc, document in documents.items():
        if not wanted or not inside(doc) or not re.search("[ＱQ問]", document.text):
            continue
        for own, a, b in qa_pairs(document.text):
            text = normalize_query(own)
            words = {t for t in tokenizer.tokenize(text) if t not in KIND_WORDS}
            if len(words) < MIN_WORDS:
                continue   # 「Ｑ　目的は？」: too few words to say which question it is
            score = (held_share(wanted, words, text, idf) + held_share(words, tokens, asked, idf)) / 2
            if score >= best and (chosen is None or score > best):
                best, chosen = score, (doc, own, a, b)
    if chosen is None:
        return []
    doc, own, a, b = chosen
    source = Source(doc, a, b, quote_text(documents[doc].text[a:b]))
    return [Block("", (kind,), (own,), (BlockItem(source),), source)]
