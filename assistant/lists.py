"""List questions answered from the documents' lists: 「〜の事業は？」「新規の事業を教えて」「〜で取り組む事業は？」.

The records are the items of every list (ingest.plans.list_items: marked items under a group heading, unmarked lines
under a heading, 事業 a sentence enumerates). An item matches when the question's topic words stand in its name,
the headings above it, its row's title, its description or its document's title (IDF-weighted, synonyms only from
ingest.vocab.synonyms). Items inside the question's place and year are kept; 〔新規〕〔拡大〕〔継続〕 filter them when
the question asks for one. The answer lists them grouped by document, each cited by its own line.

`LIST_MIN_ASKED` and `LIST_NEAR_TOP` were calibrated on tests/questions/own.jsonl and the realdocs development
questions (bench/own_questions.py prints precision and recall).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from assistant.extractive import IdfTable
from assistant.matching import subject_tokens
from ingest.vocab.synonyms import expand
from assistant.records import Answer, ProjectRef
from assistant.scope import Scope
from ingest.vocab.eras import years_in
from ingest.vocab.item_kinds import KIND_LABELS, asked_kind, heading_names_kind, kind_words
from index.tokenizer import JapaneseTokenizer
from ingest.plans.list_items import ListItem
from ingest.places.gazetteer import contains
from ingest.text.normalize import comparable, normalize_query, quote_text
from ingest.text.outline import is_section_label
from ingest.vocab.value_questions import NUMBER_OR_PERIOD_QUESTION

LIST_MIN_ASKED = 0.6    # an item (with its headings and title) must hold this share of the topic's weight
LIST_NEAR_TOP = 0.15    # … and be within this of the best item's share (the named group, not its neighbours)
MAX_ITEMS, ANSWER_CHARS = 15, 1100
# 「〜の事業は？」「〜に関するプロジェクトは？」「どんな事業」「すべて挙げて」: a question that wants a list.
_ASKS_LIST = re.compile(
    r"(?:事業|プロジェクト|取組|取り組み|助成|施策|制度)(?:等|など)?(?:は|を|が|には)?(?:(?:何|なに)(?!を)|どれ|どこ|あります|教え|挙げ|あげ"
    r"|すべて|全て|一覧|[?？]|$|(?:どんな|どのような)もの)"
    r"|(?:どんな|どのような|どういう)(?:事業|プロジェクト|取組|取り組み|助成)"
    # 「寄附金はどのような分野に使われていますか」「使いみちは」: the list of the uses a page lists
    r"|(?:どんな|どのような|どういう)(?:分野|用途)に(?:使|活用|充て)|(?:使いみち|使い道|使途)(?:は|を)(?:何|なに|どれ|教え|挙げ|[?？]|$)"
    # 「重点取組とされているものは何」「新規事業に位置付けられたものはどれ」: the list is of the things so called
    r"|(?:事業|プロジェクト|取組|取り組み|施策)(?:と|に)(?:され|して|位置[付づ]けられ|なっ)[^。？?]{0,6}(?:もの|の)(?:は|を)?(?:何|なに|どれ|教え|挙げ)")
_ASKS_NUMBER = re.compile(NUMBER_OR_PERIOD_QUESTION)
# Tags a question can ask for, with the words it asks with.
_TAG_WORDS = (("新規", r"新規|新た|新しく|新設"), ("拡大", r"拡大|拡充"), ("継続", r"継続"), ("改善", r"改善"),
              ("縮小", r"縮小"), ("廃止", r"廃止"), ("休止", r"休止"), ("統合", r"統合"), ("現状維持", r"現状維持"),
              ("見直し", r"見直し|見直す"), ("重点", r"重点"))
# Tags that rank an item rather than say its standing: a document decides them only where it prints them (a
# legend's ★ 重点事業); elsewhere 「重点」 is a word of the question like any other.
_RANK_TAGS = {"重点"}
# Words that only say a list is wanted (what is asked, not about what).
_LIST_WORDS = {"事業", "プロジェクト", "取組", "取組む", "取り組む", "取り組み", "主", "主な", "重点", "行う", "始まる",
               "教える", "挙げる", "ある", "する", "いる", "れる", "どんな", "どのよう", "よう", "すべて", "全て",
               "新規", "新た", "新しい", "拡大", "拡充", "継続", "分野", "助成", "施策", "向ける", "ください", "もの",
               "改善", "縮小", "廃止", "休止", "統合", "判断", "用途", "位置", "事務", "欄", "位置付ける", "位置づける", "載る", "掲載", "記載",
               "とる", "どれ", "何", "なる", "含む", "含める", "属する", "入る", "並ぶ", "当たる", "該当",
               # how an item stands in its row, not what it is about (「…に区分される」「…課が所管する」「予算化される」)
               "区分", "所管", "担当", "計上", "化",
               # what a plan does with the things it lists (「掲げられた主な投資」「予定している工事」)
               "掲げる", "予定", "設ける", "設定", "定める"}


# The words a document or question names its own town by (「本町の…」): the scope, never a topic word.
SELF_PLACES = {"本市", "本町", "本村", "当市", "当町", "当村", "本県", "当県", "本区", "当区"}
_TAG_TOKENS = {"新規", "新た", "新しい", "拡大", "拡充", "継続", "改善", "縮小", "廃止", "休止", "統合"}


def document_in_scope(scope: Scope, place: str, named: list[str]) -> bool:
    """Whether a document answers for the scope's places: its place lies inside one, or its place is wider (a
    prefecture, or unknown) and its first lines name one place inside it (「岡山県倉敷市」 in a 広報 CSV).

    A prefecture's overview whose opening lists many of its cities speaks for none of them alone: the first
    lines count only when, within the document's place, they name a single innermost place."""
    if scope.covers(place):
        return True
    inside = [m for m in dict.fromkeys(named) if not place or contains(place, m)]
    innermost = [m for m in inside if not any(o != m and contains(m, o) for o in inside)]
    return len(innermost) == 1 and scope.covers(innermost[0])


_ASKS_PROJECTS = re.compile(
    r"(?:事業|プロジェクト)(?:等|など)?(?:は|を|が)?(?:(?:何|なに)(?:が(?:あり|ある))?(?![をがにのと])|どれ|あります|教え|挙げ|あげ|すべて|全て|一覧"
    r"|[?？]|$)|(?:どんな|どのような|どういう)(?:事業|プロジェクト)")


def asks_for_projects(question: str) -> bool:
    """Whether the thing a question asks for is a list of 事業 (「…とされた事業はどれですか」「成果説明書に載っている
    事業は何ですか」), whatever block words (今後, 成果) stand before it: a list, not a block's text."""
    return bool(_ASKS_PROJECTS.search(question)) and not _ASKS_NUMBER.search(question)


def asks_list(question: str) -> bool:
    """Whether a question wants a list of 事業 / プロジェクト / 取組, or of another kind of thing a plan lists
    (「どの施設」「学校はどこですか」「品目は？」: ingest.vocab.item_kinds), not one value of one."""
    return bool(_ASKS_LIST.search(question) or asked_kind(question)) and not _ASKS_NUMBER.search(question)


def of_kind(item: ListItem, kind: str) -> bool:
    """Whether an item is of the kind a question asks for: a 施設名 / 品目 cell of that kind, or (for a kind other
    than 事業) an item listed under a heading that names the kind (「● 主な投資」 over its items)."""
    if item.kind == kind:
        return True
    return bool(kind) and not item.kind and bool(item.headings) and heading_names_kind(item.headings[-1], kind)


_TAG_FAMILY = {"拡充": "拡大", "一部新規": "新規", "新": "新規", "新設": "新規", "充実": "拡大"}


def tag_family(tag: str) -> str:
    """The tag a question asks with for a printed tag: 〔拡充〕 is asked as 拡大, 〔一部新規〕 as 新規."""
    return _TAG_FAMILY.get(tag, tag)


def asked_tags(question: str) -> list[str]:
    return [tag for tag, words in _TAG_WORDS if re.search(words, question)]


@dataclass(frozen=True)
class ListMatch:
    score: float
    item: ListItem


class ListIndex:
    """The list items of every indexed document, with their tokens made once per index generation."""

    def __init__(self, items: list[ListItem], titles: dict[str, str], tokenizer: JapaneseTokenizer, idf: IdfTable,
                 covers: dict[str, str] | None = None):
        """`titles` and `covers` (a document's first lines): the words a question names an item's document by
        (「当初予算のあらまし」「事務事業評価結果一覧」), held by every item of it."""
        self.items, self.tokenizer, self.idf = items, tokenizer, idf
        self.titles = titles
        # a cover line that heads some items, not all (the first record's 「款 衛生費」), names a part of the document
        counts = Counter((i.source.doc, " ".join(h.split())) for i in items for h in dict.fromkeys(i.headings))
        per_doc = Counter(i.source.doc for i in items)
        headings = {key for key, n in counts.items() if n < per_doc[key[0]]}
        covers = {doc: "\n".join(line for line in cover.split("\n") if (doc, " ".join(line.split())) not in headings)
                  for doc, cover in (covers or {}).items()}
        titles = {doc: f"{t}\n{covers.get(doc, '')}" for doc, t in titles.items()}
        self._title_tokens = {doc: set(tokenizer.tokenize(t)) for doc, t in titles.items()}
        self._tokens = [set(tokenizer.tokenize(" ".join((i.name, *i.headings, i.context, i.description[:200]))))
                        | self._title_tokens.get(i.source.doc, set()) for i in items]
        self._texts = [normalize_query(" ".join((i.name, *i.headings, i.context, i.description[:200],
                                                 titles.get(i.source.doc, "")))) for i in items]
        self._years = [years_in(" ".join((*i.headings, i.context, titles.get(i.source.doc, "")))) for i in items]

    def find_asked(self, text: str, subject: str, scope: Scope, in_scope) -> list[ListMatch]:
        """find() with a list question's own words (`subject`: the question without its place and year words)."""
        kind = asked_kind(text)
        for word in sorted(kind_words(kind), key=len, reverse=True):   # 「福祉避難所」: 福祉 is the topic, 避難所 asked
            subject = subject.replace(word, " ")
        topic, tag_words = list_topic(subject, self.tokenizer)
        topic = {t for t in topic if t not in kind_words(kind) and t != "どこ"}   # what is asked, not about what
        return self.find(topic, asked_tags(text), scope, in_scope, tag_words, numbered_units(text), kind)

    def find(self, topic: set[str], tags: list[str], scope: Scope, in_scope, tag_words: set[str] = frozenset(),
             named_units: set[str] = frozenset(), kind: str = "") -> list[ListMatch]:
        """Items of the kind asked (of_kind: 事業 when "") inside the scope whose words hold the topic, best first
        (tags filter them where the documents tag their items; where no item in scope is tagged, the tag word is a
        topic word like any other). `named_units`: the numbered units the question names (numbered_units), whose
        items all stand in the list."""
        inside = [k for k, item in enumerate(self.items)
                  if of_kind(item, kind) and in_scope(item.source.doc)
                  and (not scope.years or not self._years[k] or set(scope.years) & self._years[k])]
        tagging, scoped = set(), list(inside)
        for axis in ({t for t in tags if t not in _RANK_TAGS}, {t for t in tags if t in _RANK_TAGS}):
            if not axis:
                continue
            ranks = axis <= _RANK_TAGS   # 重点 decides where a document prints it, 新規 … where it tags standings
            docs = {self.items[k].source.doc for k in scoped
                    if any((t in _RANK_TAGS) == ranks for t in self.items[k].tags)}
            # in a document that tags its items the tag decides; elsewhere the question's word is a topic word
            inside = [k for k in inside if self.items[k].source.doc not in docs
                      or axis & {tag_family(t) for t in self.items[k].tags}]
            tagging |= docs
        if not topic:   # 「新規の事業を教えて」: every item so tagged (inside the place and year asked)
            return [ListMatch(1.0, self.items[k]) for k in inside if self.items[k].source.doc in tagging] if tags else []
        scored = []
        for k in inside:
            wanted = topic if not tags or self.items[k].source.doc in tagging else topic | set(tag_words)
            asked = held_share(wanted, self._tokens[k], self._texts[k], self.idf)
            if asked >= LIST_MIN_ASKED:
                scored.append(ListMatch(asked, self.items[k]))
        if not scored:
            return []
        best = max(s.score for s in scored)   # (a 事業 the question's group does not hold is no better than a line it does)
        named = [s for s in scored if _names_a_project(s.item) and s.score >= best - LIST_NEAR_TOP]
        every, scored = scored, named or scored   # a heading-like line that matched is not listed beside a 事業 that did
        top = max(s.score for s in scored)
        chosen = [s for s in scored if s.score >= top - LIST_NEAR_TOP]   # (under a unit named: all its 事業, below)
        chosen += _under_named_unit(chosen, [s for s in every if s not in chosen and _names_a_project(s.item)], named_units)
        if kind:
            chosen = self._by_own_words(chosen, topic)
        chosen.sort(key=lambda s: (-s.score, s.item.source.doc, s.item.source.start))
        # one 事業 named twice in one document (its numbered line, then its sheet's 事業名 cell) is listed once
        first: dict[tuple[str, str], ListMatch] = {}
        for s in chosen:
            first.setdefault((s.item.source.doc, comparable(s.item.name)), s)
        return list(first.values())


    def _by_own_words(self, chosen: list[ListMatch], topic: set[str]) -> list[ListMatch]:
        """The rows of one table whose own cells hold a topic word, where some do and some do not: a word the
        table's caption holds for every row (「指定避難所・福祉避難所一覧」) does not choose among them (「福祉避難所は
        どこ」: the rows whose 種別 cell says 福祉避難所). Items of a list (● lines) are chosen by their headings."""
        tables: dict[tuple[str, tuple[str, ...]], list[ListMatch]] = {}
        for m in chosen:
            if m.item.form == "cell":
                tables.setdefault((m.item.source.doc, m.item.headings), []).append(m)
        dropped = []
        for (doc, _), rows in tables.items():
            asked = topic - self._title_tokens.get(doc, set())   # the words naming the document choose no row of it
            own = [held_share(asked, set(self.tokenizer.tokenize(f"{m.item.name} {m.item.description}")),
                              normalize_query(f"{m.item.name} {m.item.description}"), self.idf) for m in rows]
            if any(own):
                dropped += [m for m, share in zip(rows, own) if not share]
        return [m for m in chosen if m not in dropped]


# A numbered unit a question names (「基本方針３」「施策２」「基本目標１」): every item under it is in the list.
_NUMBERED_UNIT = re.compile(r"(基本方針|基本目標|基本施策|施策|政策|重点施策|重点目標|分野|柱)\s*([0-9０-９]{1,2})(?![0-9０-９])")


def numbered_units(text: str) -> set[str]:
    """The numbered units a text names, as 「基本方針3」 (digits read as numbers)."""
    return {m.group(1) + str(int(m.group(2))) for m in _NUMBERED_UNIT.finditer(normalize_query(text))}


def _under_named_unit(chosen: list[ListMatch], others: list[ListMatch], question_units: set[str],
                      ) -> list[ListMatch]:
    """The matched items left out by the near-top cut that stand under the numbered unit the question names and
    the chosen items stand under (「基本方針３の主な取組は」: the 取組 of its second 施策 hold fewer topic words)."""
    if not chosen or not question_units:
        return []

    def units_of(m: ListMatch) -> set[tuple[str, str]]:
        return {(m.item.source.doc, u) for h in m.item.headings for u in numbered_units(h[:12]) if u in question_units}
    shared = set.intersection(*(units_of(m) for m in chosen))
    return [m for m in others if units_of(m) & shared] if shared else []


def in_labelled_blocks(found: list[ListMatch]) -> bool:
    """Whether every item found stands inside a labelled block (【主な取組】, or 「■…の主な取組」 over its group)."""
    return bool(found) and all(any(is_section_label(h) for h in m.item.headings) for m in found)


_KANA_TAIL = re.compile(r"[\u3041-\u3096]+$")


def held_share(topic: set[str], tokens: set[str], text: str, idf: IdfTable) -> float:
    """The share of the topic's IDF weight the target holds: a topic word is held when the target has it as a
    token (or a synonym), or as written — the word or its stem (「担う」 in 「担い手」) stands in the target's text,
    since the tokenizer cuts the same phrase differently in a question and in a heading."""
    wider = expand(tokens)
    held = set()
    for word in topic:
        stem = _KANA_TAIL.sub("", word)
        if word in wider or word in text or (stem and stem != word and stem in text):
            held.add(word)
    total = sum(idf.idf(t) for t in topic)
    return sum(idf.idf(t) for t in held) / total if total else 0.0


_PROJECT_NAME = re.compile(r"(?:事業|プロジェクト|助成|補助|補助金|交付金|支援金|給付金|奨励金|助成金|整備|推進|支援|対策|計画|"
                           r"制度|費|委託|手当)(?:[(（][^)）]{0,12}[)）])?$")   # 「…事業（交付金事業）」


def _names_a_project(item: ListItem) -> bool:
    """An item that names a 事業: an amount, a tag, a name in brackets or a cell, or a name ending like one."""
    return bool(item.amount or item.tags or item.form != "item" or _PROJECT_NAME.search(item.name)
                or item.source.quote.rstrip().endswith(("]", "］")))


# An office a question names as the one in charge (「財政課が所管する」「子育て支援室の」): the tokenizer cuts it
# (財政／課) and each part stands in other rows (「行財政改革」, every 「…課」), so it is matched as written.
_OFFICE = re.compile(r"([一-龥ァ-ヶー]{1,12}(?:課|室|係|局|センター|委員会))(?=が|の|で|に|は|を|、)")


def asked_offices(question: str) -> list[str]:
    """The offices a question names (「財政課が所管する取組」 -> [財政課])."""
    return [m.group(1) for m in _OFFICE.finditer(question)]


def naming_offices(found: list[ListMatch], offices: list[str]) -> list[ListMatch]:
    """The matches whose item names every office asked as written (its row's 所管課 cell); all of them where none
    does (the office is then a topic word like any other)."""
    holding = [m for m in found if all(o in " ".join((m.item.name, *m.item.headings, m.item.description))
                                       for o in offices)]
    return holding or found


def list_matches(index: ListIndex, text: str, question: str, scope: Scope, in_scope) -> list[ListMatch]:
    """The list items that hold a list question's topic and tags (inside the scope; `question` is `text` without the
    words of its scope); where it names an office (「財政課が所管する」), those whose row names it as written."""
    return naming_offices(index.find_asked(text, question, scope, in_scope), asked_offices(question))


_GLOSS = re.compile(r"(?<=[一-龥ァ-ヶー])[（(][^（）()0-9０-９]{1,10}[）)]")   # another name of the term before it


def list_topic(question: str, tokenizer: JapaneseTokenizer) -> tuple[set[str], set[str]]:
    """The topic words of a list question (its subject without the words that only ask for a list or a tag),
    and its tag words (「新規」「新た」: a topic word where the documents do not tag their items)."""
    tokens = subject_tokens(tokenizer.tokenize(_GLOSS.sub(" ", question)))   # 「特別事業（ソフト事業）」: a gloss
    return {t for t in tokens if t not in _LIST_WORDS and t not in SELF_PLACES}, {t for t in tokens if t in _TAG_TOKENS}


def answer_list(question: str, matches: list[ListMatch], titles: dict[str, str], citation_of) -> Answer | None:
    """The matched items as a list grouped by document: 「・name（heading｜新規｜amount）[n]」, each cited."""
    if not matches:
        return None
    chosen = matches[:MAX_ITEMS]
    by_doc: dict[tuple[str, str], list[ListMatch]] = {}   # (document, the row's title: a 広報 article's own)
    for m in chosen:
        by_doc.setdefault((m.item.source.doc, m.item.context), []).append(m)
    lines = [f"該当する{KIND_LABELS[asked_kind(question)]}は {len(chosen)} 件です。"]
    citations, projects, length = [], [], len(lines[0])
    for (doc, context), group in by_doc.items():
        head = f"【{context or titles.get(doc, doc)}】"
        if not re.search(r"[0-9０-９]", head):   # a title's figures stand in no quote: the citations name it then
            lines.append(head)
            length += len(head)
        for m in sorted(group, key=lambda m: m.item.source.start):
            item = m.item
            n = len(citations) + 1
            shown = item.amount and comparable(item.amount) in comparable(item.source.quote)
            notes = [re.sub(r"\s+", " ", h) for h in _short_headings(item)] + list(item.tags) + ([item.amount] if shown else [])
            line = f"・{item.name}" + (f"（{'｜'.join(notes)}）" if notes else "") + f"[{n}]"
            if length + len(line) > ANSWER_CHARS:
                break
            length += len(line)
            lines.append(line)
            citations.append(citation_of(n, item.source))
            projects.append(ProjectRef(item.name, "", (n,), doc, item.headings, item.tags, item.amount,
                                       item.description[:200]))
    return Answer(question, True, "\n".join(lines), citations, projects=projects, kind="projects")


def _short_headings(item: ListItem) -> list[str]:
    """The innermost group heading an item stands under, without its mark (「子ども・子育て・教育」)."""
    named = [h for h in item.headings if not is_section_label(h)]   # 「【主な取組】」 says no group: the 施策 above it does
    if not named:
        return []
    heading = re.sub(r"^[◇◆○◎●・■□▶▷▽▼☆★◯◉\-\s]+", "", named[-1]).strip()
    if re.search(r"[0-9０-９]", heading):
        return []   # a figure the item's own quote does not hold is never stated beside it
    return [heading[:30]] if heading else []


# 「…事業は、令和7年度にどう拡充されますか」「…事業ではどのようなことを行いましたか」: how, not how much.
_ASKS_HOW = re.compile(r"どう|どのよう|どんな|どういう|何を|なにを|内容|概要")
MIN_NAME_CHARS = 6


def asks_about_named(question: str, matches: list[ListMatch]) -> bool:
    """Whether a question names one of the matched 事業 whole and asks what it does (「…周遊促進事業は、どんな取組
    ですか」): its description or passages answer, not a list holding its name."""
    asked = comparable(question)
    return bool(_ASKS_HOW.search(question)) and any(
        len(m.item.name) >= MIN_NAME_CHARS and comparable(m.item.name) in asked for m in matches)


def named_items(question: str, items: list[ListItem], in_scope) -> list[ListItem]:
    """The described items whose whole name the question holds (the longest such name; each document's own
    item of that name), inside the scope: 「デマンド型乗合タクシー運行事業は…どう拡充されますか」 names one."""
    if not _ASKS_HOW.search(question) or _ASKS_NUMBER.search(question):
        return []
    asked = comparable(question)
    named = [i for i in items if i.described[0] >= 0 and len(i.name) >= MIN_NAME_CHARS
             and comparable(i.name) in asked and in_scope(i.source.doc)]
    if not named:
        return []
    longest = max(len(comparable(i.name)) for i in named)
    return [i for i in named if len(comparable(i.name)) == longest][:3]


def answer_described(question: str, items: list[ListItem], documents, citation_of) -> Answer | None:
    """The named items' own descriptions, each cited, under a line naming the item; the item's line (its tag and
    amount) cited after it."""
    from assistant.blocks import first_sentence
    from ingest.plans.records import Source
    if not items:
        return None
    lines = [f"「{items[0].name}」について、資料には次の記載があります。"]
    citations = []
    for item in items:
        text = documents[item.source.doc].text
        a, b = item.described
        if not (0 <= a < b <= len(text)):
            continue
        whole = Source(item.source.doc, a, b, quote_text(text[a:b]))
        described = whole if len(whole.quote) <= 200 else first_sentence(text, whole)
        if described is None or not described.quote:
            continue
        n = len(citations) + 1
        citations.append(citation_of(n, described))
        lines.append(f"・{described.quote}[{n}]")
        if len(citations) < 6 and item.source.quote:
            citations.append(citation_of(n + 1, item.source))
            lines.append(f"（{item.source.quote}[{n + 1}]）")
    if not citations:
        return None
    return Answer(question, True, "\n".join(lines), citations, kind="passage")
