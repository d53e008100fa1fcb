"""The label words that open a part of a plan's text, as data: the kinds of block a question can ask for and the
labels of the sections inside one unit (施策, プロジェクト).

「【現状と課題】」 opens a 課題 block, 「■主な取組」 a 取組 block; 「評価指標」, 「事業費」 label a section of a unit, not a
unit of its own. ingest.text.blocks reads blocks with BLOCK_KINDS, ingest.text.outline sections with SECTION_WORDS.
"""
from __future__ import annotations

# The kinds of block a question can ask for, and the label words that open each.
BLOCK_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("課題", ("課題", "問題点", "現状と課題", "主な課題")),
    ("取組", ("これまでの取組", "主な取組", "取組内容", "具体的な取組", "取組", "取り組み", "主な事業", "事業内容", "実施内容",
             "対策", "主な対策", "その対策")),
    ("目的", ("目的", "ねらい", "趣旨")),
    ("方針", ("方針", "基本方針", "考え方", "基本的な考え方", "方向性", "施策の方向", "今後の方向性", "展開方向", "方向")),
    ("成果", ("成果", "実績", "効果", "取組・成果", "主な成果")),
    ("今後", ("今後の方向性", "今後の取組", "今後の課題", "今後の展開", "今後", "これからの取組", "これからの方針", "見直し",
            "改善内容", "改善策")),
    ("概要", ("概要", "事業概要", "内容")),
    ("理由", ("理由", "背景", "要因", "趣旨", "提案理由")),
    ("理念", ("基本理念", "理念", "将来像", "目指す姿", "めざす姿", "スローガン")),
)
# Section labels: parts of a unit, not units.
SECTION_WORDS: tuple[str, ...] = (
    "目的", "概要", "主な取組", "取組内容", "取組・成果", "成果", "評価指標", "KPI", "成果指標", "数値目標",
    "主な事業", "主要事業", "具体的な取組", "事業内容", "現状と課題", "課題", "施策の方向", "方向性", "目標値", "指標",
    "主な施策", "施策", "これまでの取組", "今後の取組", "実績", "予算", "評価", "事業費",
    "今後の方向性", "備考", "参考", "進捗", "進捗状況")
# Words a plan numbers its parts with, the number glued after them (「目標１ 市民の日常の移動を支える」, 「施策２」,
# 「基本方針３」): the number is the part's numbering, never a value.
# The kinds of numbered part a question may ask the list of (「重点プロジェクトを教えてください」「基本目標は何ですか」):
# the plan's own headings of that kind answer it, longest word first.
PART_LIST_KINDS: tuple[str, ...] = ("重点プロジェクト", "リーディングプロジェクト", "戦略プロジェクト", "基本目標", "基本方針",
                                    "重点施策", "重点目標", "政策目標", "重点戦略", "基本施策", "プロジェクト")
NUMBERED_PART_WORDS: tuple[str, ...] = ("基本目標", "目標", "施策", "基本方針", "方針", "重点", "分野", "柱", "プロジェクト",
                                        "戦略", "政策", "テーマ", "視点", "ステップ", "STEP", "Step")
