"""List questions answered from the documents' lists: 「〜の事業は？」「新規の事業を教えて」「〜で取り組む事業は？」.

The records are the items of every list (ingest.list_items: marked items under a group heading, unmarked lines
under a heading, 事業 a sentence enumerates). An item matches when the question's topic words stand in its name,
the headings above it, its row's title, its description or its document's title (IDF-weighted, synonyms only from
assistant.synonyms). Items inside the question's place and year are kept; 〔新規〕〔拡大〕〔継続〕 filter them when
the question asks for one. The answer lists them grouped by document, each cited by its own line.

`LIST_MIN_ASKED` and `LIST_NEAR_TOP` were calibrated on tests/questions/own.jsonl and the realdocs development
questions (bench/own_questions.py prints precision and recall).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.extractive import IdfTable
from assistant.matching import match, subject_tokens
from assistant.records import Answer
from assistant.scope import Scope, years_in
from index.tokenizer import JapaneseTokenizer
from ingest.list_items import ListItem

LIST_MIN_ASKED = 0.6    # an item (with its headings and title) must hold this share of the topic's weight
LIST_NEAR_TOP = 0.15    # … and be within this of the best item's share (the named group, not its neighbours)
MAX_ITEMS = 15
ANSWER_CHARS = 1100

# 「〜の事業は？」「〜に関するプロジェクトは？」「どんな事業」「すべて挙げて」: a question that wants a list.
_ASKS_LIST = re.compile(
    r"(?:事業|プロジェクト|取組|取り組み|助成|施策)(?:等|など)?(?:は|を|が|には)?(?:何|なに|どれ|どこ|あります|教え|挙げ|あげ|すべて|全て|一覧|[?？]|$)"
    r"|(?:どんな|どのような|どういう)(?:事業|プロジェクト|取組|取り組み|助成)")
_ASKS_NUMBER = re.compile(r"いくら|何円|何人|何件|予算額|決算額|事業費|目標値|実績値|基準値|進捗率|割合|何%|期間|いつ")
# Tags a question can ask for, with the words it asks with.
_TAG_WORDS = (("新規", r"新規|新た|新しく|新設"), ("拡大", r"拡大|拡充"), ("継続", r"継続"))
# Words that only say a list is wanted (what is asked, not about what).
_LIST_WORDS = {"事業", "プロジェクト", "取組", "取組む", "取り組む", "取り組み", "主", "主な", "重点", "行う", "始まる",
               "教える", "挙げる", "ある", "する", "いる", "れる", "どんな", "どのよう", "よう", "すべて", "全て",
               "新規", "新た", "新しい", "拡大", "拡充", "継続", "分野", "助成", "施策", "向ける", "ください"}


def asks_list(question: str) -> bool:
    """Whether a question wants a list of 事業 / プロジェクト / 取組 (not one value of one)."""
    return bool(_ASKS_LIST.search(question)) and not _ASKS_NUMBER.search(question)


def asked_tags(question: str) -> list[str]:
    return [tag for tag, words in _TAG_WORDS if re.search(words, question)]


@dataclass(frozen=True)
class ListMatch:
    score: float
    item: ListItem


class ListIndex:
    """The list items of every indexed document, with their tokens made once per index generation."""

    def __init__(self, items: list[ListItem], titles: dict[str, str], tokenizer: JapaneseTokenizer, idf: IdfTable):
        self.items, self.tokenizer, self.idf = items, tokenizer, idf
        self.titles = titles
        self._title_tokens = {doc: set(tokenizer.tokenize(t)) for doc, t in titles.items()}
        self._tokens = [set(tokenizer.tokenize(" ".join((i.name, *i.headings, i.context, i.description[:200]))))
                        | self._title_tokens.get(i.source.doc, set()) for i in items]
        self._years = [years_in(" ".join((*i.headings, i.context, titles.get(i.source.doc, "")))) for i in items]

    def find(self, topic: set[str], tags: list[str], scope: Scope, place_of) -> list[ListMatch]:
        """Items inside the scope whose words hold the topic, best first (tags filter them where the documents
        tag their items; where no item in scope is tagged, the tag word is a topic word like any other)."""
        inside = [k for k, item in enumerate(self.items)
                  if scope.covers(place_of(item.source.doc))
                  and (not scope.years or not self._years[k] or set(scope.years) & self._years[k])]
        if tags:
            tagged = [k for k in inside if set(tags) & set(self.items[k].tags)]
            if tagged:
                inside = tagged
            else:
                topic = topic | set(tags)
        if not topic:   # 「新規の事業を教えて」 with a place: every tagged item there
            return [ListMatch(1.0, self.items[k]) for k in inside] if tags and scope.places else []
        scored = []
        for k in inside:
            m = match(topic, self._tokens[k], self.idf)
            if m.asked >= LIST_MIN_ASKED:
                scored.append(ListMatch(m.asked, self.items[k]))
        if not scored:
            return []
        top = max(s.score for s in scored)
        chosen = [s for s in scored if s.score >= top - LIST_NEAR_TOP]
        return sorted(chosen, key=lambda s: (-s.score, s.item.source.doc, s.item.source.start))


def list_topic(question: str, tokenizer: JapaneseTokenizer) -> set[str]:
    """The topic words of a list question: its subject without the words that only ask for a list or a tag."""
    return {t for t in subject_tokens(tokenizer.tokenize(question)) if t not in _LIST_WORDS}


def answer_list(question: str, matches: list[ListMatch], titles: dict[str, str], citation_of) -> Answer | None:
    """The matched items as a list grouped by document: 「・name（heading｜新規｜amount）[n]」, each cited."""
    if not matches:
        return None
    chosen = matches[:MAX_ITEMS]
    by_doc: dict[str, list[ListMatch]] = {}
    for m in chosen:
        by_doc.setdefault(m.item.source.doc, []).append(m)
    lines = [f"該当する事業・取組は {len(chosen)} 件です。"]
    citations, projects, length = [], [], len(lines[0])
    for doc, group in by_doc.items():
        head = f"【{titles.get(doc, doc)}】"
        lines.append(head)
        length += len(head)
        for m in sorted(group, key=lambda m: m.item.source.start):
            item = m.item
            n = len(citations) + 1
            notes = [h for h in _short_headings(item)] + list(item.tags) + ([item.amount] if item.amount else [])
            line = f"・{item.name}" + (f"（{'｜'.join(notes)}）" if notes else "") + f"[{n}]"
            if length + len(line) > ANSWER_CHARS:
                break
            length += len(line)
            lines.append(line)
            citations.append(citation_of(n, item.source))
            projects.append({"name": item.name, "region": "", "citations": [n], "doc": doc,
                             "outline": list(item.headings), "tags": list(item.tags), "amount": item.amount,
                             "description": item.description[:200]})
    return Answer(question, True, "\n".join(lines), citations, projects=projects, kind="projects")


def _short_headings(item: ListItem) -> list[str]:
    """The innermost group heading an item stands under, without its mark (「子ども・子育て・教育」)."""
    if not item.headings:
        return []
    heading = re.sub(r"^[◇◆○◎●・■□▶▷▽▼☆★◯◉\-\s]+", "", item.headings[-1]).strip()
    return [heading[:30]] if heading else []
