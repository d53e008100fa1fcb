"""Words that mark a table's header row and its unit note: data, kept in one place so it can grow.

A header cell names a column (「指標」「現状値(2014年度)」「予算額」); a body cell holds a value. The
reader counts a leading row as a header when its cells carry no numbers of their own and at least
one of them contains one of these words (after NFKC). `UNIT_NOTE` matches the unit notes plan
tables print above, inside or right below them: 「（単位：千円）」「単位：百万円」「(円)」.
"""
from __future__ import annotations

import re

HEADER_WORDS: tuple[str, ...] = (
    # indicators and items
    "指標", "評価指標", "成果指標", "KPI", "項目", "区分", "内容", "名称", "事業名", "事業", "施策", "取組",
    "プロジェクト", "地域区分", "連携地域", "担当", "所管", "課名", "No", "番号", "備考", "概要", "目的",
    # values
    "基準値", "策定時", "現状値", "実績値", "直近値", "目標値", "目標", "見込", "計画値", "数値",
    "進捗率", "達成率", "達成度", "評価", "判定",
    # budgets
    "予算額", "予算", "決算額", "事業費", "計画額", "実績額", "限度額", "当初", "補正", "財源", "金額", "合計", "計",
    # units and years
    "単位", "年度", "年次", "基準年", "目標年", "実績年", "期間",
)

# 「（単位：千円）」「単位：百万円」「［単位:人］」「(円)」「（千円）」: the whole note, verbatim.
UNIT_NOTE = re.compile(
    r"[（(［\[〔]?\s*単位\s*[：:]\s*[^）)\]］〕\s]{1,8}\s*[）)\]］〕]?"
    r"|[（(](?:千|百万|万|億)?円[）)]"
)
