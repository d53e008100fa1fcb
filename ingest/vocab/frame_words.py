"""Words that frame a question instead of naming its subject, as data: one list.

「茨城県の総合戦略で、雇用創出数の目標値はいくつですか？」 is about 雇用創出数; 総合戦略 names the kind of plan,
目標値 the attribute (column) asked for. A record (a KPI's indicator, a budget line's label) holds the subject,
never these words, so a record must not be asked to hold them: the subject of a question is its text with these
words taken out (`strip_frame_words`), before it is cut into tokens. The attribute words are the ones a question
uses to ask for a column (`assistant.query` reads which attribute from them and filters values by it); the plan
and document kinds name where the record stands; the question words say what is done with the value (達成率,
累計, 「…と答えた人の割合」).

Compounds are taken out whole (「総合戦略」, never 「総合」 of 「総合満足度」): longest first.
"""
from __future__ import annotations

import re

from ingest.vocab.value_questions import ACTUAL_LEVEL_QUESTION, TARGET_LEVEL_QUESTION

# The kinds of plan or document a question names as its source.
PLAN_KIND_WORDS: tuple[str, ...] = (
    "まち・ひと・しごと創生総合戦略", "創生総合戦略", "総合戦略", "総合計画", "総合振興計画", "基本計画", "実施計画",
    "重要業績評価指標", "評価指標", "成果指標", "数値目標", "KPI", "指標", "満足度調査", "実感度調査", "意識調査",
    "アンケート調査", "アンケート", "人口ビジョン", "過疎地域持続的発展計画", "過疎計画", "政策展開方針", "実施計画書",
)
# The words a question uses to ask for an attribute (a KPI column, a kind of amount).
ATTRIBUTE_ASK_WORDS: tuple[str, ...] = (
    "中間目標値", "中間目標", "最終目標値", "最終目標", "目標値", "基準値", "実績値", "現状値", "現在値", "期待値", "策定時",
    "ベースライン", "今の値", "現在の値",   # 「今の値とこれからの目標」: the current value asked in plain words
    "当初予算額", "補正予算額", "当初予算",
    "補正予算", "予算額", "決算額", "限度額", "上限額", "上限", "予算案", "当初", "補正", "決算", "予算", "目標", "実績",
    "見込額", "見込み",   # 「…の見込みはいくら」: the estimate asked (a 財政見通し's column), not what it is of
    "本年度予算額", "前年度予算額", "本年度", "前年度",   # a 予算書's 本年度｜前年度 columns: which amount, not whose
    "予算現額", "現額",   # a 決算書's 当初｜補正｜予算現額｜決算額 columns
)
# The words that say what is done with the value, not what it is of.
QUESTION_WORDS: tuple[str, ...] = (
    "達成率", "達成度", "達成状況", "達成", "進捗率", "累計", "に対して", "と答えた人", "と回答した人", "との回答",
    "と答えた方", "と回答した方", "を選んだ人", "に選んだ人", "を選択した人", "に選択した人", "を選んだ方", "を挙げた人",
    "前年度と比べて", "前年度に比べて", "前年と比べて", "前年に比べて", "と比べて", "に比べて",
    "最新の", "直近の", "直近",   # 「最新の実績値」: the latest figure a record states, whatever its year
    "これからの", "最終的に", "を目指して", "を目指す", "目指して", "をめざして", "めざして",   # the plan's aim, asked in words
    "目標を立てて", "目標を掲げて", "を立てて",   # 「…をどこまで抑える目標を立てていますか」
    "年度末時点", "末時点", "時点で", "時点の",   # 「令和６年度末時点でどこまで」: when, not what
    "どう変わりましたか", "どう変わった", "どう変化", "どのように変化", "どうなっていますか", "どうなりましたか",
    "どこまで来ていますか", "どこまで進んでいますか",   # the predicate asking a change or the level reached
    "計上されて", "計上され", "計上して", "計上した", "計上",    # 「…はいくら計上されていますか」
    "増額された", "減額された", "増額し", "減額し", "増額", "減額",   # 「補正予算で増額された額は」: the change asked
    "増えました", "減りました", "増えた", "減った", "増え", "減り",   # 「前年度と比べてどれだけ増えましたか」
    "と見込まれて", "と見込んで", "と見込んだ", "見込まれて",   # 「…はいくらと見込んでいますか」: the asking verb, not 「量の見込み」
    "見込んでいますか", "見込んでいる", "見込んで", "見込みますか", "見込む",   # 「町税はいくら見込んでいますか」
    "に該当する人", "に該当する方", "に該当する世帯",   # 「第７段階に該当する人の保険料」: whose value, said by the row
    "評価区分", "評価結果", "判定結果", "判定", "中間評価時点", "中間評価",   # 「…の直近値と、中間評価の評価区分は」: the grade
)
# What a follow-up asks about the previous topic (「目標値は？」, 「予算額と決算額は？」): attribute words only, no topic.
FOLLOWUP_ATTRIBUTE_WORDS: tuple[str, ...] = (
    "目標値", "実績値", "基準値", "現状値", "進捗率", "進捗状況", "達成状況", "達成率", "達成度", "目標年度", "目標", "実績", "基準",
    "KPI", "評価指標", "指標", "前年度予算額", "本年度予算額", "予算額", "決算額", "限度額", "予算", "事業費", "金額", "期間",
    "概要", "内容", "主な取組", "取組", "課題", "出典", "ページ", "根拠", "詳細",
)

FRAME_WORDS: tuple[str, ...] = tuple(sorted(set(PLAN_KIND_WORDS + ATTRIBUTE_ASK_WORDS + QUESTION_WORDS),
                                            key=lambda w: -len(w)))
# A plan or survey is named with the words before its kind (「市民満足度調査」, 「第2期創生総合戦略」): the whole
# name goes, never the subject words of a compound the kind word does not end (「総合満足度」).
_NAMED_KINDS = tuple(w for w in PLAN_KIND_WORDS if w.endswith(("調査", "計画", "戦略")))
_NAME_PREFIX = r"[0-9一-龥ァ-ヶー]*"


def _frame(words) -> re.Pattern:
    named = [_NAME_PREFIX + re.escape(w) for w in words if w in _NAMED_KINDS]
    return re.compile("|".join(named + [re.escape(w) for w in words if w not in _NAMED_KINDS]))


_FRAME = _frame(FRAME_WORDS)
_FRAME_BUT_ATTRIBUTES = _frame([w for w in FRAME_WORDS if w not in ATTRIBUTE_ASK_WORDS])
# A span of years a question asks an amount over (「３か年の事業費」「計画期間中の」): which column (a total), not whose.
YEARS_SPAN = re.compile(r"(?<![和成正治元0-9０-９])[0-9０-９一二三四五六七八九十]+\s*(?:[かヶカケヵ箇]年(?!度)(?:間)?|年間)"
                        r"|計画期間(?:全体|中)?")   # 「３年間でいくら」 too (never 「令和3年間」)
# 「どこまで伸ばす」「どの水準にする」「どこまで来ていますか」: how a level is asked, never what it is of.
_LEVEL_ASKED = re.compile(rf"(?:{TARGET_LEVEL_QUESTION}|{ACTUAL_LEVEL_QUESTION}|どの(?:水準|程度|くらい|レベル)に(?:する|設定)"
                          r")[ぁ-ん]*")
# A parenthesis in a question glosses the word before it (「幸福度（「とても幸せ」「幸せ」と回答した人の合計）」):
# the record is named by the word, not by its gloss.
_GLOSS = re.compile(r"\([^()]{1,80}\)")


# The document a question names before its subject: 「本町の子ども・子育て支援事業計画で、」, 「…の事務事業評価で、」.
# The subject follows it; the name says where to look (its words stand in the document's title, not in a record).
DOCUMENT_KIND_WORDS: tuple[str, ...] = ("計画", "戦略", "評価", "調査", "報告書", "一覧", "白書", "概要", "見通し", "方針")


def _source_phrase(kinds: tuple[str, ...]) -> re.Pattern:
    """The words before a question's subject that name a document of one of `kinds`, up to 「で、」 (「…計画で、」)."""
    return re.compile(r"^[^、。?？!！]{0,60}?(?:" + "|".join(kinds)
                      + r")(?:\([^()]{0,20}\))?(?:で|では|において|における|の中で)、")


_SOURCE_PHRASE = _source_phrase(DOCUMENT_KIND_WORDS)
# The words a document uses for its own place (「本町の出生数」): they say where, never what.
SELF_PLACE_WORDS: tuple[str, ...] = ("本町", "本市", "本村", "当町", "当市", "当村", "わが町", "わが市", "我が町", "我が市")
_SELF_PLACE = re.compile(r"(?<![一-龥])(?:" + "|".join(SELF_PLACE_WORDS) + ")")


# 「補正予算（第3号）後の予算額」: the total after a 補正 is asked (an attribute), 「後」 names no record's words
_AFTER_SUPPLEMENT = re.compile(r"補正(?:予算)?\s*(?:\([^()]{0,12}\))?\s*後")


# A budget book named before the subject (「令和7年度予算で、」, 「当初予算の概要で、」): a not-found message names the
# subject without it. Only the message drops it: for matching, 「決算」 still says which amount is asked.
BUDGET_BOOK_WORDS: tuple[str, ...] = ("予算", "予算案", "予算書", "説明書", "決算", "決算書")
_NAMED_SOURCE_PHRASE = _source_phrase(DOCUMENT_KIND_WORDS + BUDGET_BOOK_WORDS)


def without_source_phrase(text: str) -> str:
    """`text` less the document it names before its subject (「計画で、2号認定の…」 -> 「2号認定の…」,
    「予算で、宇宙港整備事業の…」 -> 「宇宙港整備事業の…」)."""
    return _NAMED_SOURCE_PHRASE.sub("", text.lstrip(), count=1)


def strip_frame_words(text: str, attributes: bool = True) -> str:
    """`text` (NFKC) with every frame word, every parenthesised gloss, the document named before the subject
    (「…計画で、」) and the words for 「this town」 replaced by a space: what is left names the subject. With
    `attributes` False the attribute words stay (a sentence that says 「決算」 is likelier about the 決算 asked;
    a record names its attribute in its column instead)."""
    text = _SELF_PLACE.sub(" ", _SOURCE_PHRASE.sub(" ", text))
    if attributes:
        text = _AFTER_SUPPLEMENT.sub(" ", text)
    text = _LEVEL_ASKED.sub(" ", YEARS_SPAN.sub(" ", _GLOSS.sub(" ", text)))
    return (_FRAME if attributes else _FRAME_BUT_ATTRIBUTES).sub(" ", text)


# Who answered a survey (「…と回答した市民」): a rate of them is the survey's measure.
RESPONDENT_WORDS: tuple[str, ...] = ("方", "人", "市民", "町民", "村民")
# The value words a not-found message repeats from the question (「…の目標値は見つかりませんでした」): the first held.
SOUGHT_VALUE_WORDS: tuple[str, ...] = ("目標値", "実績値", "基準値", "進捗率", "予算額", "総額", "合計")

# The words a question asks for the one thing a document ranks first with (「最大の課題は」「いちばん大きな課題」「最も
# 重要な」), and the words a sentence ranks it first with (「…が最大の課題です」「最も大きな課題」「特に大きな問題」).
SUPERLATIVE_ASK_WORDS: tuple[str, ...] = ("最大", "最も大き", "最も重要", "最重要", "いちばん大き", "一番大き",
                                          "いちばん重要", "一番重要", "特に大き", "特に重要")
SUPERLATIVE_WORDS: tuple[str, ...] = SUPERLATIVE_ASK_WORDS + ("最も", "いちばん", "一番", "特に")
