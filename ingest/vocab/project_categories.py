"""The categories a 過疎地域持続的発展計画 sorts its 特別事業 (ソフト事業) into, under each 持続的発展施策区分 (the
national form's 事業区分): a 事業名 cell often prints its category on the first line and the 事業's name on the next
(「第１次産業」 over 「特産山菜ブランド化推進事業」). The category is then a label over the name, never a 事業 of its own.
Written as the form prints them (digits in either width are read alike: ingest.plans.cell_names)."""
from __future__ import annotations

SPECIAL_PROJECT_CATEGORIES: tuple[str, ...] = (
    "移住・定住", "地域間交流", "人材育成",
    "第1次産業", "商工業・6次産業化", "情報通信産業", "観光", "企業誘致",
    "情報化", "デジタル技術活用",
    "公共交通", "交通施設維持",
    "生活", "環境", "危険施設撤去",
    "児童福祉", "高齢者・障害者福祉", "健康づくり",
    "自治体病院", "民間病院",
    "義務教育", "高等学校", "生涯学習・スポーツ",
    "集落整備", "地域文化振興等", "地域文化振興", "再生可能エネルギー利用",
    "その他",
)
