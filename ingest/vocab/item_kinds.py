"""The kinds of things a plan lists besides 事業 (施設, 品目, サービス, 指標, 工事, 投資), as data.

A plan lists its 事業 and 取組, but also the facilities it keeps (学校, 避難所, 公園, 倉庫), the goods it stocks (備蓄の
品目), the services it plans (障害福祉サービス), its indicators and the works it schedules (工事内容). Each kind has:
- the header words of a table column that names one thing of the kind per row (「施設名」「品目」「サービス名」), and
- the words a question asks for a list of the kind with (「どの施設」「学校はどこですか」「品目は？」).
A list question asks for one kind (「事業」 when it names none of these); a list answers it when its items are of that
kind. The kind "" is 事業 / 取組 (ingest.vocab.header_words.LIST_NAME_HEADER_WORDS).
"""
from __future__ import annotations

import re
import unicodedata

# kind -> the header words of a column naming one thing of the kind per row (compared without spaces, NFKC).
KIND_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "施設": ("施設名", "施設名称", "施設", "対象施設", "学校名", "校名", "避難所名", "避難所", "避難場所", "避難場所名",
             "公園名", "公園", "建物名", "建物名称", "棟名称", "保管場所", "保管場所名", "倉庫名", "設置場所", "実施場所"),
    "品目": ("品目", "品目名", "品名", "物資名", "備蓄品", "備蓄品目", "備蓄物資"),
    "サービス": ("サービス名", "サービス", "サービスの種類", "サービス種別", "サービス名称"),
    "指標": ("指標", "指標名", "評価指標", "成果指標", "目標指標", "KPI", "重要業績評価指標", "数値目標"),
    "工事": ("工事内容", "工事名", "工事概要", "整備内容", "対策内容", "改修内容", "工事件名"),
    "投資": ("投資", "主な投資", "投資内容", "投資事業", "主要投資"),
}

# kind -> the words a question names the kind with (a word that ends the thing asked: 「…福祉避難所はどこ」).
KIND_QUESTION_WORDS: dict[str, tuple[str, ...]] = {
    "施設": ("施設", "学校", "小学校", "中学校", "避難所", "公園", "会館", "ホール", "センター", "倉庫", "庁舎", "建物",
             "場所", "保育所", "保育園", "図書館", "体育館", "公民館"),
    "品目": ("品目", "備蓄品", "物資", "物品"),
    "サービス": ("サービス",),
    "指標": ("指標",),   # (「…のKPIを教えて」 asks one indicator's values: a KPI answer, not a list)
    "工事": ("工事", "改修", "修繕"),
    "投資": ("投資",),
}

# The answer's counter for a list of the kind (「該当する施設は 3 件です。」).
KIND_LABELS: dict[str, str] = {"": "事業・取組", "施設": "施設", "品目": "品目", "サービス": "サービス", "指標": "指標",
                               "工事": "工事", "投資": "投資"}

# What follows the kind word when the question asks for a list of them: 「…施設はどこですか」「品目は？」「工事等は何」.
# (「何」 only as the thing asked: 「…は何年度に」「何人」 ask a value of one)
_ASKING_TAIL = (r"(?:等|など)?(?:は|を|が|には|で)?(?:何(?:です|でしょう|があ|が|[?？]|$)|なに|どれ|どこ|あります|教え|挙げ|あげ"
                r"|すべて|全て|一覧|[?？]|$)")
_ASKING_HEAD = r"(?:どの|どんな|どのような|どういう)"


def _pattern(words: tuple[str, ...]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_ASKED = [(kind, re.compile(rf"(?:{_pattern(words)}){_ASKING_TAIL}|{_ASKING_HEAD}[\u4e00-\u9fff]{{0,4}}(?:{_pattern(words)})"))
          for kind, words in KIND_QUESTION_WORDS.items()]
# 「…はどこですか」「どこにありますか」: a place is asked, so a list of facilities answers.
_WHERE = re.compile(r"どこ(?:に|です|でしょう|か[?？]|[?？]|$)")


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


# Words before a header word that leave its kind as it is (「主な保管場所」「対象施設名」).
_HEADER_PREFIXES = ("主な", "主要な", "主要", "対象")


def header_kind(header: str) -> str | None:
    """The kind of thing a column header names one of per row (「施設名」 -> 施設, 「品目」 -> 品目, 「主な保管場所」 ->
    施設); None for any other header (事業名 is kind "" and read by ingest.vocab.table_words.names_list_items)."""
    word = _squeezed(header)
    word = next((word[len(p):] for p in _HEADER_PREFIXES if word.startswith(p) and len(word) > len(p) + 1), word)
    for kind, words in KIND_HEADER_WORDS.items():
        if word in {_squeezed(w) for w in words}:
            return kind
    return None


def asked_kind(question: str) -> str:
    """The kind of thing a list question asks for: the kind whose word stands last before the asking words
    (「学校施設の工事等は何ですか」 -> 工事, 「福祉避難所はどこですか」 -> 施設); "" (事業 / 取組) when it names none."""
    found = [(m.end(), kind) for kind, pattern in _ASKED for m in pattern.finditer(question)]
    if found:
        return max(found)[1]
    return "施設" if _WHERE.search(question) else ""


def kind_words(kind: str) -> tuple[str, ...]:
    """The words a question names the kind with (none for 事業)."""
    return KIND_QUESTION_WORDS.get(kind, ())


def heading_names_kind(heading: str, kind: str) -> bool:
    """Whether a heading says the items under it are of the kind (「● 主な投資」「■ 対象施設」)."""
    text = _squeezed(heading)
    return bool(kind) and any(_squeezed(w) in text for w in KIND_HEADER_WORDS.get(kind, ()) + kind_words(kind))
