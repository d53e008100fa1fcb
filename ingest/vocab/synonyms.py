"""Words the plans use for the same thing, as data: the only synonyms an indicator or 事業 match accepts.

Each group is a set of interchangeable tokens (fugashi base forms, as `JapaneseTokenizer.tokenize`
gives them). Keep a group only when plan documents really use its words for one idea; a test checks
every group (tests/test_answer_matching.py).
"""
from __future__ import annotations

SYNONYM_GROUPS: tuple[frozenset[str], ...] = tuple(frozenset(g) for g in (
    {"計画", "方針", "戦略", "プラン"},          # the plan itself: 計画期間 = 方針の推進期間
    {"期間", "推進期間", "対象期間", "計画期間"},
    {"観光客", "観光入込客", "入込客", "観光客数"},
    {"人数", "者数", "人"},
    {"予算", "予算額", "事業費", "計画額"},
    {"移住", "移住者", "定住"},
    {"参加者", "参加", "参加数"},
    {"来場者", "来場", "来場者数"},
    {"開催", "実施"},
    {"場所", "会場", "どこ"},
    {"発行", "発行部数", "部数"},
    {"重視", "重点", "優先"},                  # 「最も重視する」 = 「最重点とします」「最優先で取り組む」
    {"最も", "最"},
    {"新規", "新しい", "新た"},               # 「新しく始める事業」 = 〔新規〕 (【新】 says 新規 too)
    {"子ども", "こども", "子供"},                # 「こども医療費助成」「子どもの医療」: one word, three spellings
    {"配分", "振り向ける", "振り分ける", "充当"},   # 「財源を…へ重点的に振り向ける」 = 「重点配分」: where money goes
))

# Words that carry no subject of their own in a question about a value: what is asked, not about what.
GENERIC = frozenset({
    "プロジェクト", "事業", "目指す", "取組む", "取り組む", "取組", "目標", "推進", "値", "kpi", "指標", "評価", "進捗",
    "率", "実績", "基準", "予算", "額", "いくつ", "教える", "どれ", "何", "目的", "活用", "連携", "地域", "目標値",
    "実績値", "基準値", "進捗率", "合計", "総額", "計", "全体", "年度", "年", "度", "現状", "数", "くらい", "ぐらい",
    "約", "どのくらい", "どれくらい", "いくら", "具体", "状況", "なる", "おる", "円", "千円", "万円", "億円", "名",
    "人", "件", "社", "パーセント", "%", "割合", "値は", "管内", "全道", "市", "町", "村", "道", "県", "方",
    # the verbs a question asks with (「あわせて知りたい」「増えていますか」「比べて」「お願いします」), never a subject
    "知る", "あわせる", "合わせる", "併せる", "願う", "お願い", "比べる", "増える", "減る", "変わる", "来る", "伸びる",
    "進む", "設定", "伺う", "それぞれ", "各々", "どう", "上がる", "下がる", "増やす", "減らす",   # 「基準値から上がっていますか」
    # 「確認したい」「何割程度」「年度末で」「いくら見込んでいますか」: how the value is asked, never what it is of
    "確認", "割", "程度", "末", "見込む",
    "位置",   # 「…に位置付けられた事業」: where it stands, never what it is
    # 「何千人でしたか」「何万円」: the question's counter asks a magnitude, names nothing
    "何十", "何百", "何千", "何万", "何億",
    # 「前年度から何％増えた」: the year a change is counted from (前／年度), never what it is of
    "前",
})


def expand(tokens: set[str]) -> set[str]:
    """`tokens` with every synonym of each."""
    out = set(tokens)
    for group in SYNONYM_GROUPS:
        if group & tokens:
            out |= group
    return out


def same_word(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in SYNONYM_GROUPS)
