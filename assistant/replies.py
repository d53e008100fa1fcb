"""Questions that ask what was answered (「市はどう答弁しましたか」) and the quotes that can answer them.

A 通告一覧 lists the questions members will ask and who is to answer, and says the answers are published
elsewhere (「答弁の内容は会議録で公開します」). A question asking for the content of an answer, a reply or a result is
not answered by a row listing the question nor by a note that the content stands in another document: only a
sentence that states something (a 会議録's 「…を進めてまいります。」, a 議会だより's 答) can answer it.
"""
from __future__ import annotations

import re

ASKS_REPLY = re.compile(r"(?:どう|どのように|どのような|何と|なんと)(?:答弁|答え|回答|返答)|(?:答弁|回答)の内容")
# A note that the content is given elsewhere: 「答弁の内容は会議録で公開します」「結果は市ホームページに掲載します」.
ELSEWHERE = re.compile(r"(?:会議録|ホームページ|ウェブサイト|別紙|別冊|議会だより|市報|広報)[^。]{0,16}"
                       r"(?:公開|掲載|ご覧|お知らせ|公表)")


def asks_reply(question: str) -> bool:
    """Whether a question asks what someone answered (its content, not who answers or when)."""
    return bool(ASKS_REPLY.search(question))


def states_reply(quote: str) -> bool:
    """Whether a quote can state a reply: a sentence, not a listed question (a table row without one) nor a note
    that the reply is published elsewhere."""
    return "。" in quote and not ELSEWHERE.search(quote)
