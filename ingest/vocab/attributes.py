"""The attributes (columns) of a plan's values, as data: the words a table or sentence uses for each, and the words a
question asks for each.

「目標値(R7)」 names 目標, 「令和5年度決算額」 決算, 「現状値」 実績; a question's 「現状値は？」 asks 実績 too. Attributes in one
group rule each other out (a 決算額 never answers a 当初予算 question, a 基準値 never a 目標値 question).
assistant.query reads questions and values with them.
"""
from __future__ import annotations

from ingest.vocab.value_questions import TARGET_LEVEL_QUESTION

# The attribute (column) a question asks for, and the words a table or sentence uses for it.
ATTRIBUTE_WORDS: dict[str, tuple[str, ...]] = {
    "目標": ("目標",),
    "基準": ("基準", "策定時", "当初値", "ベースライン"),
    "実績": ("実績", "現状", "直近", "結果"),
    "期待": ("期待",),
    "当初": ("当初",),
    "補正": ("補正",),
    "現額": ("現額", "補正後"),      # 予算現額, 補正後の総額: the 当初 budget with every 補正, neither of them alone
    "補正前": ("補正前",),          # the budget before this 補正 (当初 and the earlier 補正): no 補正 amount either
    "決算": ("決算",),
    "予算": ("予算", "計上"),
    "限度": ("限度", "上限"),
    "増減": ("増減", "増額", "減額", "前年度比", "前年比", "比較"),
    "残高": ("残高", "現在高"),     # a stock at a date (基金残高, 市債残高): never a year's budget or 決算 amount
    "月額": ("月額", "/月", "毎月"),   # a charge per month is no yearly one (保険料 月額 6,200円, 年額 74,400円)
    "年額": ("年額", "/年"),
    "前年度": ("前年度", "前年", "前回"),    # last year's (or the last survey's: 前回(R3)割合) column (「（　）内は前年度」) is never this year's amount
    "本年度": ("本年度", "今年度"),
}
# Longer words that hold an attribute's word without naming it: 「補正後の予算総額」 is a total, no 補正 amount.
NOT_NAMING: dict[str, tuple[str, ...]] = {"補正": ("補正後", "補正前"),
                                          "前年度": ("前年度比", "前年比", "前年度と比", "前年度から", "前年度に比", "前回比", "前回から",
                                                     "前回と比", "前回に比")}
# Attributes that rule each other out: a value under one never answers a question asking the other.
# The kinds of amount a 予算・決算 table prints side by side (当初｜補正｜予算現額｜決算額): one column each.
BUDGET_AMOUNT_KINDS: frozenset[str] = frozenset({"当初", "決算", "補正", "現額", "補正前"})
EXCLUSIVE: tuple[frozenset[str], ...] = (
    frozenset({"目標", "基準", "実績", "期待"}),
    BUDGET_AMOUNT_KINDS,
    frozenset({"予算", "決算"}),
    frozenset({"予算", "残高"}),
    frozenset({"決算", "残高"}),
    frozenset({"予算", "限度"}),    # a 補助 上限 (「上限100万円」) is no 予算額, nor a 予算額 a 限度額
    frozenset({"月額", "年額"}),
    frozenset({"前年度", "本年度"}),
)
# Question words naming each attribute (a question word may differ from a header word: 「現状値」 asks 実績).
ASKED_ATTRIBUTE_WORDS: dict[str, str] = {
    "目標": r"目標|" + TARGET_LEVEL_QUESTION,   # 「どこまで増やす計画」: the level a plan sets is its target
    "基準": r"基準値|基準年|策定時",
    "実績": r"実績|現状値|現在値",
    "期待": r"期待値",
    "当初": r"当初",
    "補正": r"補正(?![後前])(?!予算\s*(?:\(\s*第\s*[0-9]+\s*号\s*\))?\s*後)",
    "現額": r"予算現額|補正(?:予算\s*(?:\(\s*第\s*[0-9]+\s*号\s*\))?\s*)?後",   # 「補正予算（第3号）後の予算額」
    "補正前": r"補正前",
    "決算": r"決算",
    "予算": r"予算",
    "限度": r"限度額|上限",
    "増減": r"増減|増額|減額|前年度から|前年度比",
    "残高": r"残高|現在高|(?:いくら|どれだけ|どのくらい)\S{0,4}残(?:る|り|す)",   # 「年度末にいくら残る見込み」
    "月額": r"月額|1か月|ひと月|毎月",
    "年額": r"年額|年間の?(?:保険料|料金|負担)",
    "前年度": r"前年度(?!比|から|と比|に比)(?:の|は|に)|前年度予算|前回(?!比|から|と比|に比)(?:調査)?(?:の|は|に)",
    "本年度": r"本年度",
}
# Attributes a budget line's item name gives it whatever column it stands in (「市債残高見込み」 under 予算額).
ITEM_ATTRIBUTES: frozenset[str] = frozenset({"残高", "月額", "年額"})   # (「保険料（月額）」 answers no 年額 question)
# Attributes a value must itself be named by (its header, label or the lines around it) to answer a question
# asking for them; the others (当初, 予算, 決算 …) a document's title may say for all of its values.
NAMED_ATTRIBUTES: frozenset[str] = frozenset({"目標", "基準", "実績", "期待", "限度", "増減", "残高", "前年度"})
# Attributes a value answers only where it, or its document's title and cover, names them: a 補正 amount is never
# an unmarked 予算額 (a form with 予算額 and 決算額 holds no 補正 figure), while a 補正予算書's lines say only 予算額.
# A 補正後 (現額) question is answered only where a 補正 or the 現額 is said: a 当初予算書's 本年度予算額 is no amount
# after a 補正. Each attribute -> the attributes of which one must be named.
STATED_ATTRIBUTES: dict[str, frozenset[str]] = {"補正": frozenset({"補正"}), "現額": frozenset({"現額", "補正"})}
# Attributes a question's other attribute makes moot: 「当初予算」 asks the initial budget (a 補正 is 予算 too). (A
# 「補正後」 question keeps the 補正 its 補正予算 names: a total written only 「総額」 in a 補正 document answers it.)
OVERRIDDEN_ATTRIBUTES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"当初"}), frozenset({"予算"})),
)
# The kinds of amount a question may name, in the order they are tried: lines whose column holds the word first.
AMOUNT_KIND_WORDS: tuple[str, ...] = ("決算", "予算", "限度")
# The KPI columns a question can ask for (ingest.plans.records.Kpi's fields), by the words it asks with, in the
# order they are read (「現状」 asks the actual value); and the words a table or sentence uses for each column.
# 「今の値とこれからの目標」: the current value asked in plain words (a 現状値 column answers it, as for 「現状」).
CURRENT_ASK_WORDS: tuple[str, ...] = ("今の値", "現在の値", "現在値")
# The word that asks the 実績 column itself: a 現状値 starting point never answers it.
ACTUAL_NAMED_WORDS: tuple[str, ...] = ("実績",)
KPI_FIELD_ASK_WORDS: tuple[tuple[str, str], ...] = (("target", "目標"), ("target", "目指"), ("target", "めざ"),
                                                    ("actual", "実績"), ("actual", "現状"), ("actual", "直近"),
                                                    *(("actual", word) for word in CURRENT_ASK_WORDS),
                                                    ("baseline", "基準"), ("baseline", "策定時"), ("baseline", "ベースライン"),
                                                    ("progress", "進捗"),
                                                    ("progress", "達成"))
# A question naming a plan's interim target (「中間目標は？」) asks that target, never the final one beside it.
INTERIM_TARGET_WORDS: tuple[str, ...] = ("中間目標", "中間年", "中間値", "中間")
# 「中間評価時点で」「中間報告では」: the review half-way names when the figures were taken, never an interim target.
INTERIM_REVIEW_WORDS: tuple[str, ...] = ("中間評価", "中間報告", "中間見直し", "中間検証", "中間点検", "中間時点")
# A question naming the column that grades each indicator (「評価区分は」「判定は」): the row, as printed, says it.
EVALUATION_ASK_WORDS: tuple[str, ...] = ("評価区分", "評価結果", "判定結果", "評価ランク", "達成区分", "判定は", "判定を",
                                         "と評価", "評価は", "評価を", "評価も")   # 「達成率と評価はどうでしたか」
# A question asking both targets of a plan that sets two (「中間目標と最終的な目標」, 「最終目標も」).
FINAL_TARGET_WORDS: tuple[str, ...] = ("最終目標", "最終的な目標", "最終年度の目標", "最終的に", "最終")
KPI_FIELD_NAMES: dict[str, tuple[str, ...]] = {"目標": ("目標",), "実績": ("実績", "現状", "直近"),
                                               "基準": ("基準", "策定時", "現状", "ベースライン"), "進捗": ("進捗", "達成")}
# 「目標を上回る20人」, 「予算に対し」: an attribute word as a verb's object or goal names no value after it.
ATTRIBUTE_AS_OBJECT = r"(?:目標|実績|基準|予算|決算)値?\s*(?:を|に|へ|と比|より)"
# A bound followed by whom it covers (「年金収入等が80万円以下の方」): a condition, never a value of anything.
BOUND_WORDS: tuple[str, ...] = ("以下", "以上", "未満", "超", "以内")
CONDITION_AFTER_BOUND = r"\s*の(?:方|人|者|世帯|場合|とき|もの|事業|企業|法人)"
# A question asking a whole (「合計は」, 「村全体の」), and what names a whole in a table or a sentence (a 合計 row, a
# 「全体」 column, 「総数」): one row's value never answers it.
WHOLE_ASKED = r"合計(?!特殊)|総計|全体"
WHOLE_NAMED = r"合計(?!特殊)|総計|総数|全体|累計|(?:^|[\s｜|])計(?:$|[\s｜|])|市計|町計|村計"
