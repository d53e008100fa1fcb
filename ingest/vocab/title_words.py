"""The words a document's title uses for its kind, as data: 「…総合戦略」, 「…予算書」, 「…進捗状況」 end a plan's title,
and 「R5予算」, 「H30決算」 put a short era before the kind of amount the document holds.

ingest.metadata reads a document's title and fiscal year with them.
"""
from __future__ import annotations

# The kinds a plan or budget document's title ends with.
TITLE_KIND_WORDS: tuple[str, ...] = ("総合戦略", "総合計画", "方針", "計画", "戦略", "ビジョン", "予算書", "予算", "明細書",
                                     "報告書", "管理表", "白書", "構想", "指針", "プラン", "概要", "要覧", "一覧", "進捗状況",
                                     "評価シート", "指標", "説明書", "会議録")
# The words after a short era (「R5」) that make it the document's fiscal year (「R5予算」, 「H30決算」).
AFTER_SHORT_ERA_WORDS: tuple[str, ...] = ("予算", "決算", "当初", "補正", "実績", "計画")
# The words a newsletter's masthead puts before its town's name (「広報しもごう」, 「市報みなと」): the page is that town's.
MASTHEAD_WORDS: tuple[str, ...] = ("広報", "市報", "町報", "村報")
# What follows such a word without naming a town (「広報紙」, 「広報誌」, 「広報担当」).
MASTHEAD_NOT_NAMES: tuple[str, ...] = ("紙", "誌", "担当", "課", "係", "活動", "戦略", "計画")
