"""Open questions answered from labelled blocks: 「主な課題は？」「どんな取組？」「目的は？」「方針は？」「成果は？」「今後は？」.

A plan states its 課題, 取組 and 目的 in blocks a label opens (ingest.text.blocks). A question asks for one kind of
block and names its subject and place; the blocks of that kind inside the place whose headings, label and items
hold the subject answer it, with their items' first sentences, each cited, and the heading the block stands
under named — never the heading or a contents line alone. When no block of the kind matches, the question goes
to the passages as before.

`BLOCK_MIN_ASKED` was set on tests/questions/own.jsonl (bench/own_questions.py prints precision and recall).
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.extractive import IdfTable
from assistant.lists import SELF_PLACES, asks_for_projects, held_share
from assistant.matching import subject_tokens
from assistant.ranked_sentences import after_lead_in, asks_first_ranked, ranked_sentence, without_rank
from assistant.records import Answer, ProjectRef
from assistant.scope import Scope, place_keys
from assistant.wrapped_units import rejoined_items
from index.tokenizer import JapaneseTokenizer
from ingest.text.blocks import Block, BlockItem
from ingest.text.outline import BULLET_STYLES, heading_style
from ingest.plans.records import Source
from ingest.text.normalize import normalize_query
from ingest.vocab.value_questions import VALUE_OR_RANK_QUESTION

BLOCK_MIN_ASKED = 0.6
ANSWER_CHARS = 480
MAX_NAME_CHARS = 40   # a block item this short, with no 。 or 、, names a thing listed
# The kind of block a question asks for, and the words it asks with (an open question: no number wanted).
_ASKED = (("課題", r"課題|問題点|懸念"), ("目的", r"目的|ねらい|狙い|(?:何|なん|なに)のため"), ("今後", r"今後|これから|(?:どのように|どう)(?:改善|見直|改め)"),
          ("方針", r"方針|考え方|方向"), ("成果", r"成果|効果(?!検証)"),
          ("取組", r"取組|取り組[みんむも]|(?<![\u4e00-\u9fff\u30a1-\u30fa])対策(?![\u4e00-\u9fff\u30a1-\u30fa]|について|に関し)|どんな(?:こと|事業)を(?:して|行)"), ("概要", r"概要"),
          ("理由", r"なぜ|理由|要因|原因|背景"), ("理念", r"理念|将来像|目指す姿|めざす姿|スローガン"))
# The kinds of block that answer each asked kind (a 「なぜ」 is answered by a block's 理由, 目的 or 内容).
_ANSWERED_BY = {"理由": ("理由", "目的", "概要"), "取組": ("取組", "成果"), "今後": ("今後", "方針")}
_OPEN = re.compile(r"何|なに|どんな|どのよう|どういう|教え|挙げ|[?？]$|は$")
_KIND_WORDS = {"課題", "問題", "問題点", "懸念", "目的", "ねらい", "狙い", "今後", "方針", "考え方", "考え", "方向性", "方向",
               "成果", "効果", "取組", "取り組み", "対策", "点", "挙がる", "挙げる", "られる", "取組む", "取り組む", "概要", "主", "主な", "どんな", "どのよう",
               "ある", "する", "いる", "教える", "何", "挙げる", "記載", "地域", "計画", "なぜ", "理由", "要因", "背景",
               "抱える", "持つ", "進める", "行う", "考える", "示す", "掲げる", "直面", "なる", "いう", "理念", "基本", "原因",
               "将来", "像", "目指す", "姿", "展開", "編成", "策定",   # 「どのような考え方で編成しましたか」: how it was made
               "ため", "作る", "つくる", "作成",   # 「何のために作られたのですか」: its purpose
               "見える", "見る", "説明", "分野",   # 「…から見えてきた課題」「どう説明していますか」「…の分野で」
               "踏まえる", "受ける"}   # 「評価の結果を踏まえ」「調査の結果を受けて」: what it rests on, no topic of its own
KIND_WORDS = frozenset(_KIND_WORDS)   # (the words asking a kind, read by assistant.qa_pairs too)


# A value, a date or the top of a ranking (「最も多く挙げられたのは何」): not a block's text.
_NOT_OPEN = re.compile(VALUE_OR_RANK_QUESTION)


def asked_block_kind(question: str) -> str | None:
    """The kind of block an open question asks for (課題, 取組, 目的 …), or None (a value or date question)."""
    kinds = asked_block_kinds(question)
    return kinds[0] if kinds else None


def asked_block_kinds(question: str) -> tuple[str, ...]:
    """Every kind of block an open question asks for, in the order it names them (「課題と今後の方向性は？」 asks
    for two); the first one found when they overlap (「今後どのような方向で」 asks for one)."""
    q = normalize_query(question)
    if not _OPEN.search(q) or asks_for_projects(q) or (_NOT_OPEN.search(q) and not asks_kind_at_end(q)):
        return ()   # a value or date, or a list of 事業 (「今後の方向性が拡充とされた事業は？」)
    # 「効果検証報告書では」「政策展開方針で挙げている」: the document the question names is no kind asked
    q = _SOURCE_DOCUMENT.sub(lambda m: "\u3000" * len(m.group(0)), q)
    found = []
    for kind, words in _ASKED:
        # 「政策展開方針では、最大の課題は」: a kind word ending the document the question names is no kind asked
        m = next((m for m in re.finditer(words, q) if not _AS_SOURCE.match(q, m.end())), None)
        if m and not any(a <= m.start() < b or m.start() <= a < m.end() for _, a, b in found):
            found.append((kind, m.start(), m.end()))
    found.sort(key=lambda f: f[1])
    joined = found[:1]
    for kind, a, b in found[1:]:
        if not re.fullmatch(r"と|や|・|、|及び|および|並びに|ならびに", q[joined[-1][2]:a].strip()):
            break   # 「今後どのような方向で」: one thing asked, in two words
        joined.append((kind, a, b))
    return tuple(k for k, _, _ in joined[:2])


# What follows a document the question names as where it asks (「…では」「…で挙げている」): no kind asked.
_SOURCE_FOLLOWS = r"(?:では|で[、,]|において|によると|で(?:挙げ|あげ|示し|掲げ|述べ|定め))"
_AS_SOURCE = re.compile(rf"(?:{_SOURCE_FOLLOWS}|に(?:掲げ|記載|書かれ))")
_SOURCE_DOCUMENT = re.compile(r"(?:[^\s、。はがをにでの「」]{1,14}(?:報告書|計画書|方針|戦略|計画|ビジョン|プラン)|効果検証)"
                              rf"(?={_SOURCE_FOLLOWS})")
# What may follow the word naming the asked kind at a question's end: 「…理由は何ですか」「…はなぜですか」「…課題を教えて」.
# (「…その課題は何とされていますか」: what a report says it is)
_ASKED_AT_END = re.compile(r"(?:は|を|って)?(?:何|なに|なん)?(?:とされて(?:い)?(?:ます|る)|です|でしょう)?か?"
                           r"(?:を?教えて(?:ください|下さい)?)?[?？。]?")


def asks_kind_at_end(question: str) -> bool:
    """Whether the question ends by asking for a kind of block: 「出荷量が基準値を下回っている理由は何ですか」 asks a reason,
    whatever value (基準値, 目標値) it names on the way."""
    q = normalize_query(question).replace(" ", "")
    last = max((m for _, words in _ASKED for m in re.finditer(words, q)), key=lambda m: m.end(), default=None)
    return last is not None and _ASKED_AT_END.fullmatch(q[last.end():]) is not None


class BlockIndex:
    """The labelled blocks of every indexed document, with their tokens made once per index generation."""

    def __init__(self, blocks: list[Block], tokenizer: JapaneseTokenizer, idf: IdfTable,
                 documents: dict[str, str] | None = None):
        """`documents`: each document's title and first lines, the words a question names the plan by
        (「子ども・子育て支援事業計画の基本理念は？」): held by every block of it."""
        self.blocks, self.idf = blocks, idf
        documents = documents or {}
        self._texts = [normalize_query(" ".join((b.context, _about(b), " ".join(i.source.quote for i in b.items)[:600],
                                                 documents.get(b.source.doc, ""))))
                       for b in blocks]
        self._tokens = [set(tokenizer.tokenize(t)) for t in self._texts]
        self._places = [place_keys(_about(b) + " " + " ".join(i.subheading for i in b.items)) for b in blocks]

    def find(self, kind: str, topic: set[str], scope: Scope, in_scope, question: str = "") -> list[Block]:
        """Blocks of the asked kind inside the scope that hold the topic, best first (document order when the
        question names no topic beyond its place)."""
        scored = []
        for k, block in enumerate(self.blocks):
            if not (set(_ANSWERED_BY.get(kind, (kind,))) & set(block.kinds) or _gives_reason(kind, block)):
                continue
            if scope.places and not (in_scope(block.source.doc) or scope.covers_any(self._places[k])):
                continue
            score = held_share(topic, self._tokens[k], self._texts[k], self.idf) if topic else 1.0
            if score >= BLOCK_MIN_ASKED:
                scored.append((score + _label_fit(block, kind, question), k))
        if not scored:
            return []
        named = [(s, k) for s, k in scored if _names_heading(question, self.blocks[k])]
        scored = named or scored   # 「〇〇事業の課題は？」: the blocks under the 〇〇事業 it names, not their neighbours'
        top = max(s for s, _ in scored)
        return [self.blocks[k] for s, k in sorted(scored, key=lambda x: (-x[0], x[1])) if s >= top - 0.1]


# A sentence that gives a reason of itself: 「…に統合するため。」「…が少ないことから、…」.
# A change said with its cause: 「…寒波による被害により、基準値を下回る状況が続いています」.
CAUSED_CHANGE = (r"(?:により|によって|の影響で|が原因で)[、,]?[^。]{0,40}(?:減少|増加|低下|上昇|悪化|改善|減って|増えて|減り|増え"
                 r"|下回|上回|伸び悩|落ち込|届かな)")
_REASON = re.compile(r"ため(?:です)?。?\s*$|ことから[、,]|によるもの|" + CAUSED_CHANGE)


def _gives_reason(kind: str, block: Block) -> bool:
    """Whether a block of what comes next (今後の方向性: 「廃止 …に統合するため。」) answers a 「なぜ」 by a
    reason it states: the decision and why, in one cell."""
    return kind == "理由" and bool({"今後", "方針"} & set(block.kinds)) \
        and any(_REASON.search(i.source.quote) for i in block.items)


# A sentence that goes on from the one before it (「また、…」「あわせて、…」): quoted with that sentence, which says
# what it is about. A sentence that answers the one before it (「このため、…」): the response to a stated problem.
CONTINUES = re.compile(r"^(?:また|あわせて|併せて|さらに|更に|加えて|具体的には|具体的に)[、,]")
# A sentence that opens a topic of its own: 「市内の商店街では、…」「〇〇については、…」.
NEW_TOPIC = re.compile(r"^[^、。]{2,24}?(?:では|については|につきましては|に関しては)[、,]")
RESPONDS = re.compile(r"^(?:このため|そのため|そこで|これを受け(?:て)?|これに対し(?:て)?)[、,]")


BARE_HEADING_CHARS = 40


def is_bare_heading(quote: str) -> bool:
    """A numbered or marked heading line without a sentence: never an answer on its own."""
    text = quote.strip()
    # a heading is short: a long numbered line (a table row 「６ 子育て環境の確保、 (8)… 社会福祉協議会へ委託」) is content
    return len(text) <= BARE_HEADING_CHARS and not text.endswith("。") and heading_style(text) is not None


def _label_fit(block: Block, kind: str, question: str) -> float:
    """A label that is the asked word itself (【課 題】, 「主な課題」 when the question says 主な課題) fits better
    than a title that joins two (「これまでの取組と課題」: a chapter, its items about the document)."""
    label = re.sub(r"[\s\u3000【】\[\]≪≫《》<>＜＞]|^[0-9０-９]+[.．]?", "", block.label)
    fit = 0.0
    if re.search(r"[と・及]", label.replace("取組・成果", "")):
        fit -= 0.1
    asked = normalize_query(question).replace(" ", "")
    if "主な" + kind in label and "主な" + kind in asked:
        fit += 0.1
    return fit


def _names_heading(question: str, block: Block) -> bool:
    """Whether the question names a heading the block stands under (a 事業名 「移住お試し住宅運営事業」, a 施策's
    name 「林業の振興」 of the title 「施策２−３ 林業の振興 基本目標２ …」), by a part of it of 4 letters or more."""
    if not question:
        return False
    asked = normalize_query(question).replace(" ", "")
    for heading in block.headings:
        for part in normalize_query(heading).split():
            if len(part) >= 4 and re.search(r"[^\W\d_]{4}", part) and part in asked:
                return True
    return False


def _about(block: Block) -> str:
    return " ".join((*block.headings, block.label))


# What a 「なぜ」 asks the reason of, not what the reason is about: 「減ったのはなぜ」 (the sentence says 「…によるもの」).
CHANGE_WORDS = {"減る", "増える", "減少", "増加", "上がる", "下がる", "伸びる", "高い", "低い", "多い", "少ない", "前",
                 "下回る", "上回る", "達成", "届く", "原因"}


def block_topic(question: str, tokenizer: JapaneseTokenizer) -> set[str]:
    """The words a block must hold: the question's subject without the words asking for the kind of block, the
    words naming the town itself (「本町」) and, for a 「なぜ」, the change it asks the reason of."""
    words = {t for t in subject_tokens(tokenizer.tokenize(without_rank(question)))   # (「最大の」 is no topic)
             if t not in _KIND_WORDS and t not in SELF_PLACES}
    if asked_block_kind(question) == "理由":
        words -= CHANGE_WORDS
    return words


def answer_blocks(question: str, kind: str | tuple[str, ...], blocks: list[Block], documents,
                  citation_of) -> Answer | None:
    """The blocks' items as 「・（heading）first sentence[n]」 lines under one line saying what they are (`kind`: the
    kind asked, or the kinds when the question asks for two: 「課題と今後の方向性」)."""
    if not blocks:
        return None
    kinds = (kind,) if isinstance(kind, str) else kind
    asked = _asked_word(question)
    lines = [f"「{'」「'.join(kinds)}」について、資料には次の記載があります。"]
    citations, length, named_items = [], len(lines[0]), []
    ranked = _first_ranked(question, asked, blocks, documents)   # 「最大の課題は」: the sentence that says so, first
    if ranked is not None:
        block, source = ranked
        heading = _heading_name(block)
        lines.append(f"・{('（' + _unmarked(heading) + '）') if heading else ''}{source.quote}[1]")
        citations.append(citation_of(1, source))
        length += len(lines[-1])
        named_items.append(ProjectRef(source.quote, "", (1,), source.doc, tuple(block.headings)))
    for rank, block in enumerate(blocks):
        heading = _heading_name(block)
        if not _in_table(documents[block.source.doc].text, block.source):   # a cell's lines stay as printed
            block = replace(block, items=rejoined_items(documents[block.source.doc].text, block.items))
        block = replace(block, items=after_lead_in(block.items, asked))   # 「課題を次のように整理しました。」 over them
        for item in _shown_items(block, 3 if rank == 0 or len(blocks) <= len(kinds) + 1 else 1):
            text = documents[item.source.doc].text
            source = first_sentence(text, item.source, whole=len(block.items) == 1) if block.label else item.source
            if source is None:
                continue
            if asked and asked not in normalize_query(source.quote):
                source = _sentence_naming(text, item.source, source, asked) or source
            if ranked is not None and source.doc == ranked[1].doc and source.start < ranked[1].end \
                    and ranked[1].start < source.end:
                continue   # quoted first already
            n = len(citations) + 1
            named = item.subheading or heading
            line = f"・{('（' + _unmarked(named) + '）') if named else ''}{source.quote}[{n}]"
            if length + len(line) > ANSWER_CHARS and citations:
                break
            citations.append(citation_of(n, source))
            lines.append(line)
            length += len(line)
            named_items.append(ProjectRef(source.quote, "", (n,), source.doc, tuple(block.headings)))
        if length >= ANSWER_CHARS:
            break
    if not citations:
        return None
    # a block of short names (「今後の取組」 over 「減塩みそ汁キャンペーンの実施」): each a thing listed, not a sentence
    listed = all(len(p.name) <= MAX_NAME_CHARS and not re.search(r"[。、]", p.name) for p in named_items)
    return Answer(question, True, "\n".join(lines), citations, projects=named_items if listed else [], kind="passage")


def _first_ranked(question: str, asked: str, blocks: list[Block], documents) -> tuple[Block, Source] | None:
    """The first block's sentence that ranks the asked word first (「…が最大の課題です。」), where the question asks for
    the thing ranked first (「最大の課題は」): (its block, its span); None otherwise."""
    if not asked or not asks_first_ranked(question):
        return None
    for block in blocks:
        if block.items:
            found = ranked_sentence(documents[block.source.doc].text, block.items[0].source.start,
                                    block.items[-1].source.end, asked, block.source.doc)
            if found is not None:
                return block, found
    return None


def _asked_word(question: str) -> str:
    """The word naming what an open question asks, as the question writes it: its last kind word (「今後の課題は」 ->
    課題); "" when it asks with no noun (「なぜ」「どう」)."""
    q = normalize_query(question)
    last = max((m for _, words in _ASKED for m in re.finditer(words, q)), key=lambda m: m.end(), default=None)
    word = last.group(0) if last else ""
    return word if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", word) else ""


def _sentence_naming(text: str, item: Source, first: Source, word: str) -> Source | None:
    """The later sentence of an item that names the asked word (「…仕組みづくりが課題です。」 after two sentences of
    figures), as a verbatim span; None when none does."""
    from assistant.quotes import quote_text
    pos = first.end
    while pos < item.end:
        end = text.find("。", pos, item.end)
        end = item.end if end < 0 else end + 1
        body = text[pos:end]
        lead = len(body) - len(body.lstrip())
        if word in normalize_query(body) and body.strip():
            quote = quote_text(text[pos + lead:end])
            return Source(item.doc, pos + lead, end, quote) if quote else None
        pos = end
    return None


def _in_table(text: str, label: Source) -> bool:
    """Whether a block's label is a cell of a table row (its line holds a tab): its items are the cell's printed lines,
    which a PDF viewer finds line by line (a margin letter may fall between them)."""
    return "\t" in text[text.rfind("\n", 0, label.start) + 1:text.find("\n", label.end) % (len(text) + 1)]


def _shown_items(block: Block, limit: int) -> tuple[BlockItem, ...]:
    """The items an answer quotes: the first `limit`, or, where the block's items stand under numbered parts of it
    (「（１）自然減の拡大」「（２）若い世代の転出超過」), the first item of each part (up to 4): every part is
    one answer to the question, and a part's later sentences only say more of it."""
    parts = list(dict.fromkeys(i.subheading for i in block.items if i.subheading))
    if len(parts) < 2 or not all(heading_style(p) not in (None, *BULLET_STYLES) for p in parts):
        return block.items[:limit]
    return tuple(next(i for i in block.items if i.subheading == part) for part in parts[:max(limit, 4) if limit > 1 else 1])


def _heading_name(block: Block) -> str:
    return block.headings[-1] if block.headings else ("" if block.label.startswith("【") else block.label)


def _unmarked(heading: str) -> str:
    return " ".join(re.sub(r"^(?:[\s○●◆◇■□▶▷▽▼・]+|[(（][0-9０-９]{1,2}[)）]\s*)", "", heading).split())[:40]


_MARK = re.compile(r"^[\s・○●◎◇◆□■▶▷▽▼☆★\-－]+|^[(（][0-9０-９]{1,2}[)）]\s*|^[①-⑳]\s*")


def first_sentence(text: str, source: Source, limit: int = 200, whole: bool = False) -> Source | None:
    """The item's first sentence as a verbatim span: from after its bullet to its first 「。」 outside brackets
    (or the whole item when it has none, cut at the limit on a 「、」 only when it must). `whole`: the block's one
    item (a table cell 「課題｜…。医師の確保と…が課題である。」) quoted whole when it fits the limit."""
    from assistant.quotes import quote_text
    a, b = source.start, source.end
    body = text[a:b]
    checked = _checked(body)
    if checked is not None:   # 「□拡充 □継続 ■改善 □縮小」: the box ticked is what the cell says
        quote = quote_text(body[checked[0]:checked[1]])
        return Source(source.doc, a + checked[0], a + checked[1], quote) if quote else None
    mark = _MARK.match(body)
    if mark:
        a += mark.end()
        body = text[a:b]
    depth, end = 0, len(body)
    for i, ch in enumerate(body):
        if ch in "「『（(【〔":
            depth += 1
        elif ch in "」』）)】〕":
            depth = max(0, depth - 1)
        elif ch == "。" and depth == 0 and not (whole and len(body.rstrip()) <= limit):
            end = i + 1
            break
    quote = quote_text(body[:end])
    if not quote:
        return None
    return Source(source.doc, a, a + end, quote)


_BOX = re.compile(r"[□☐]")
_TICKED = re.compile(r"[■☑☒✓✔][^\s□☐■☑☒✓✔]{1,16}")


def _checked(body: str) -> tuple[int, int] | None:
    """The span of the ticked box and its word in a cell of check boxes (two or more open ones beside it), else None."""
    ticked = list(_TICKED.finditer(body))
    if len(_BOX.findall(body)) < 2 or not ticked:
        return None
    return ticked[0].start(), ticked[-1].end()
