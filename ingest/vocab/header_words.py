"""The words plan tables put in their headers, as data: word -> the role it gives a column.

One list: every role word is a header word (a row of them is a header row), and the few header words that give
no role of their own (「名称」, 「概要」, 「財源」, 「合計」 …) are listed with role "". Readers ask `is_header_word`
and `HEADER_WORDS`; records ask `ROLE_WORDS` (ingest.vocab.table_words turns a header into its role).
"""
from __future__ import annotations

# role -> the header words that give it. Order inside a tuple does not matter: the longest match wins.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "indicator": ("指標", "評価指標", "KPI", "重要業績評価指標", "項目", "成果指標", "指標名", "数値目標", "目標指標",
                  "活動指標", "業績指標", "目標項目"),
    "baseline": ("基準値", "策定時", "基準", "計画策定時", "当初値", "ベースライン"),
    "actual": ("実績値", "現状値", "直近値", "現況値", "現状", "実績", "現在値", "最新値"),
    "target": ("目標値", "目標", "目標水準"),
    "progress": ("進捗率", "達成率", "達成度", "進捗", "進捗状況", "達成状況"),
    "unit": ("単位",),
    "number": ("No", "NO.", "No.", "番号", "#", "通番", "番", "コード", "事業コード", "事業番号", "整理番号"),
    "year": ("目標年次", "目標年度", "年度", "年次", "目標年", "基準年度", "時点"),
    "evaluation": ("評価", "判定", "備考", "所管", "担当課", "担当", "課名"),
    # budgets
    "amount": ("予算額", "事業費", "計画額", "実績額", "決算額", "限度額", "当初", "補正", "予算", "金額", "決算",
               "概算額", "所要額", "要求額", "事業費計", "総事業費"),
    "item": ("事業名", "事項", "事業", "施策名", "主な施策", "取組項目", "取組", "取組名", "細事業名", "事業内容", "内容"),
    "period": ("期間", "事業期間", "実施期間"),
    "explanation": ("説明", "内訳", "説明欄", "主な内容"),
    "project": ("プロジェクト", "プロジェクト名", "基本目標", "施策", "政策"),
    "area": ("地域区分", "地域", "振興局", "区分", "市町村", "連携地域"),
    # a column counting things (「事業数」 beside 「事業費」): neither the item nor an amount
    "count": ("事業数", "件数", "施策数", "指標数", "項目数", "回数"),
}
# The header of the one label column of a table of accounts with the years as columns (区分｜令和７年度｜令和８年度…
# under a money unit: a 財政見通し): a generic word for 「what each row is」, whatever role it gives elsewhere.
ACCOUNT_LABEL_HEADERS: tuple[str, ...] = ("区分", "項目", "科目", "費目")
# Header words that name a column without giving it a role of its own.
PLAIN_HEADER_WORDS: tuple[str, ...] = ("名称", "概要", "目的", "見込", "計画値", "数値", "財源", "合計", "計",
                                         "基準年", "実績年",
                                         "年額", "月額", "月額換算", "割合")   # a 保険料 table's 年額（円）｜月額換算（円）

# A row label that makes the row a total of the rows above it (「3か年計」, 「合計」, 「5年間累計」): its amount is no
# year's, and an answer asked for the sum states it instead of adding.
TOTAL_ROW_ENDINGS: tuple[str, ...] = ("合計", "総計", "小計", "累計", "計")
# The row label of a whole table's total (never a 小計 of one group): 「合計（再掲を除く）」.
GRAND_TOTAL_WORDS: tuple[str, ...] = ("合計", "総計", "総額")

# The name a record gives a value of each role (KpiValue.label: 「基準値」, 「実績値」 …).
ROLE_LABELS: dict[str, str] = {"baseline": "基準値", "actual": "実績値", "target": "目標値", "progress": "達成率",
                               "expected": "期待値"}
# Words of an actual column that name the starting point (「現状値」 beside a 実績 column is the baseline).
STARTING_POINT_WORDS: tuple[str, ...] = ("現状値", "現況値", "現状")
# A title naming the year whose work a 事務事業評価 grades (「令和６年度事務事業評価（令和５年度実施事業）」): the year of
# the 目標値 and 実績値 columns that print none.
EVALUATED_YEAR_WORDS: tuple[str, ...] = ("実施事業", "実施分", "事業分", "執行分", "実施した事業")
# The labels of a row or column that grades each indicator (「評価｜Ｂ｜Ａ｜Ｄ」), and the longest grade read there
# (a mark or a letter: Ａ, ◎, ａ; 「順調」 is a word, not a grade).
GRADE_LABELS: tuple[str, ...] = ("評価", "判定", "評価区分", "総合評価", "達成区分", "評価結果", "判定結果")
GRADE_MAX_CHARS = 2
# The value words of a KPI table run together on one line, word -> role (its 現状値 is the starting point).
RUN_TOGETHER_ROLES: dict[str, str] = {"基準値": "baseline", "現状値": "baseline", "実績値": "actual", "実績": "actual",
                                      "目標値": "target"}
# A KPI series table (a year per column): the header words of its starting point and of its target, and the
# words that open its value rows, word -> role.
SERIES_BASE_WORDS: tuple[str, ...] = ("基準値", "現状値", "策定時", "基準年")
SERIES_TARGET_WORDS: tuple[str, ...] = ("目標値", "目標")
SERIES_ROW_WORDS: dict[str, str] = {"期待値": "expected", "実績値": "actual", "実績": "actual", "達成率": "progress",
                                    "進捗率": "progress"}
# Parts of header words that mark a line of prose as a column header (「目標」 of 「目標値(R7)」, 「年度」, 「区分」).
HEADER_HINT_WORDS: tuple[str, ...] = ("目標", "基準", "現状", "実績", "予算", "決算", "当初", "補正", "年度", "期待", "指標",
                                      "区分")
# Budgets: the kind of amount a text names, and that amount's name (「決算」 -> 「決算額」), most specific first;
# the header words of a column of amounts in a list of 事業.
BUDGET_KIND_WORDS: tuple[tuple[str, str], ...] = (("決算", "決算額"), ("補正", "補正予算額"), ("当初", "当初予算額"),
                                                  ("予算", "予算額"))
AMOUNT_COLUMN_WORDS: tuple[str, ...] = ("予算", "金額", "事業費", "決算", "限度額", "補正額", "計上額")
# The accounts a budget is kept in (「令和７年度〇〇市一般会計予算」): a 予算書's 「歳入歳出予算の総額は…」 is its account's.
ACCOUNT_ENDINGS: tuple[str, ...] = ("一般会計", "特別会計", "事業会計")
# The accounts' scopes an amount is of: 「一般会計の総額」 is never answered by 「全会計の合計」 beside it, nor the reverse.
ACCOUNT_SCOPES: tuple[str, ...] = ("一般会計", "特別会計", "企業会計", "事業会計", "全会計", "各会計", "総会計")
# How an account's name ends (「介護保険特別会計」), and the scope a table of accounts' 合計 row stands for.
ACCOUNT_ENDING = "会計"
ALL_ACCOUNTS = "全会計"
# The words between a total's topic and its amount in a 予算書's first article (「総額は、歳入歳出それぞれ…千円」).
EACH_SIDE_WORDS: tuple[str, ...] = ("歳入歳出それぞれ", "それぞれ")
# A column of a part of an amount (「事業費｜うち一般財源」「うち国県支出金」): the prefix that marks it, and the words its
# name holds (a source of funds or an amount). Its amounts answer only a question that names the part.
PART_COLUMN_PREFIXES: tuple[str, ...] = ("うち", "内")
PART_COLUMN_WORDS: tuple[str, ...] = ("財源", "支出金", "地方債", "市債", "町債", "村債", "県債", "補助金", "交付金",
                                      "事業費", "金額", "額")
# A column header that names a funding source alone (「事業費｜一般財源」): beside an amount, the part of it so funded.
FUNDING_SOURCE_HEADERS: tuple[str, ...] = ("一般財源", "特定財源", "国県支出金", "国庫支出金", "県支出金", "地方債")
# The word of a header that groups the parts of an amount under it (「本年度予算額の財源内訳」 over 「国県支出金｜地方債」):
# a column below it holds a part, as a 「うち…」 column does.
BREAKDOWN_GROUP_WORDS: tuple[str, ...] = ("内訳",)
# The words a 予算書 numbers its levels with (「２款 総務費」「６目 企画費」): a label's number, not its name.
BUDGET_LEVEL_WORDS: tuple[str, ...] = ("款", "項", "目", "節")
# The kind word of a 補正予算 (its name 「…補正予算（第3号）」 and its column, 補正予算額).
SUPPLEMENT_WORD = "補正"
# The verbs a sentence adds a 補正予算's amount with (「…3億円を追加し」「…5,430万円を増額する」).
SUPPLEMENT_VERBS: tuple[str, ...] = ("追加", "増額")
# The verbs a sentence allocates an amount to a named 事業 with (「…事業に1億2,800万円を計上しました」).
ALLOCATION_VERBS: tuple[str, ...] = ("計上", "措置", "予算化", "盛り込", "充て", "確保")
# The label of an amount that is the previous year's, beside this year's (「予算額 96,500千円（前年度 54,000千円）」):
# a comparison, never an amount of the year the document is about.
PREVIOUS_YEAR_LABELS: tuple[str, ...] = ("前年度", "前年", "昨年度", "前年度予算", "前年度予算額", "前年度当初予算額",
                                         "前年度当初", "前年度決算額")

# The header words of a column that names one 事業 per row (a list of 事業), and the marks that join a second label
# to them in a composite header (「事業名／事業概要」「事業名・内容」「事業名（所管課）」: the first part gives the role).
LIST_NAME_HEADER_WORDS: tuple[str, ...] = ("事業", "事業名", "事業名称", "取組", "取組名", "取組内容", "取り組み", "事項",
                                           "取組項目", "取り組み項目", "取組事項", "改革項目", "実施項目",
                                           "施策", "施策名", "プロジェクト", "プロジェクト名", "細事業名", "事務事業名",
                                           "制度", "制度名", "補助金名", "助成制度名")
LIST_NAME_HEADER_PREFIXES: tuple[str, ...] = ("主な", "主要な", "主要", "重点的な", "重点", "具体的な")
# The endings of a clause before 事業 / 取組 that says what was done with the rows' 事業 (「充当した事業」「実施した主な
# 取組」「対象となる事業」): the column still names one 事業 per row.
LIST_NAME_HEADER_CLAUSE_ENDINGS: tuple[str, ...] = ("した", "する", "している", "となる", "となった")
COMPOSITE_HEADER_MARKS = "／/・（(＜<〔［"
# The words a 区分 / 種別 column of a list of 事業 is headed by (its cells are the rows' tags: 新規, 拡充, 〈新〉).
TAG_COLUMN_WORDS: tuple[str, ...] = ("区分", "種別", "新規", "新・継", "新規・継続", "事業区分", "分類", "方向性")
# The words an evaluation's 今後の方向性 / 二次評価 column states a 事業's course in, beside 拡充 / 縮小 / 廃止 (the rows' tags).
COURSE_TAG_WORDS: tuple[str, ...] = ("現状維持", "見直し", "完了", "終了")

# The headers of the column that names each row a list question filters (assistant.row_filters): 事業名, ＫＰＩ,
# 施設名 … (a header ending in 名 or 名称 first); the headers of a schedule column (実施予定年度, 実施時期) and the year
# columns that are none (基準年度, 建築年度); the header of a unit column (its cells are no values asked).
ROW_NAME_HEADER_WORDS: tuple[str, ...] = ("名称", "KPI", "指標", "事業", "取組", "取り組み", "施設", "品目", "項目", "学校",
                                          "避難所", "対象")
# The header of a KPI table's column that says whom a row's figure covers (「対象｜40～60歳代男性」, 「性別」): a row's
# indicator is named with it where the table holds the same indicator for several of them (「肥満者の割合（40～60歳代男性）」).
GROUP_COLUMN_WORDS: tuple[str, ...] = ("対象", "対象者", "対象年齢", "年齢", "年代", "性別", "対象者区分")
# A cell that repeats the cell above it (「〃」, 「同上」): the indicator of the row above.
DITTO_MARKS: tuple[str, ...] = ("〃", "″", "同上", "同", "々")
SCHEDULE_HEADER_WORDS: tuple[str, ...] = ("年度", "年次", "時期")
NOT_SCHEDULE_HEADER_WORDS: tuple[str, ...] = ("基準", "建築", "建設", "設置")
UNIT_HEADER_WORD = "単位"

HEADER_WORDS: tuple[str, ...] = tuple(dict.fromkeys(
    [w for words in ROLE_WORDS.values() for w in words] + list(PLAIN_HEADER_WORDS)))
ROLE_OF_WORD: dict[str, str] = {w: role for role, words in ROLE_WORDS.items() for w in words}


def is_header_word(word: str) -> bool:
    """True when `word` (as printed, NFKC) is one of the header words."""
    return word in ROLE_OF_WORD or word in PLAIN_HEADER_WORDS


# The label of a tally's row that counts every group (「合計」「計」 by TOTAL_ROW_ENDINGS, or 「全体」「総数」).
TALLY_TOTAL_LABELS: tuple[str, ...] = ("全体", "総数", "全指標")
# The header words of a column that grades each row with a mark (評価｜Ａ), whose marks a tally counts.
GRADE_COLUMN_WORDS: tuple[str, ...] = ("評価", "判定", "達成状況", "評価区分", "進捗状況")


# The name an answer gives each KPI column it states (ingest.plans.records.Kpi's fields), and the name of an actual
# value whose column says 現状 or 現況 (「現状値は 12.0%」), with those column words.
KPI_FIELD_LABELS: dict[str, str] = {"baseline": "基準値", "actual": "実績値", "target": "目標値", "progress": "進捗率"}
CURRENT_VALUE_LABEL = "現状値"
INTERIM_TARGET_LABEL = "中間目標値"   # the label of a plan's interim target, stated when a question asks it
CURRENT_COLUMN_WORDS: tuple[str, ...] = ("現状", "現況")
# The column an answer names for a budget line whose column is not printed, and the columns a question names when
# it asks for one amount of a 事業 (a 決算額, a 事業費, a 限度額), not a budget as a whole.
DEFAULT_AMOUNT_COLUMN = "予算額"
AMOUNT_ASK_COLUMNS: tuple[str, ...] = ("決算額", "事業費", "限度額")
# Words of a line of cells that make it a header line (「目標値(R7)」, 「令和5年度決算額」, 「単位」, 「区分」).
HEADER_LINE_WORDS: tuple[str, ...] = ("目標", "基準", "現状", "実績", "予算", "決算", "当初", "補正", "年度", "期待", "計画",
                                      "単位", "区分", "指標", "項目")
# The labels of a form's label｜value row that names the unit its sheet is about (「施策名｜移住・定住の促進」):
# a list of 事業 below it on the sheet stands under that unit.
UNIT_NAME_LABELS: tuple[str, ...] = ("施策名", "政策名", "基本施策名", "施策の名称", "基本施策", "施策", "分野名",
                                     "プロジェクト名")

# Column headers of a change in percent (「増減率」 over a bare 「4.7」): their cells are rates of change in %.
CHANGE_RATE_HEADERS: tuple[str, ...] = ("増減率", "伸び率", "伸率", "対前年度比", "対前年比", "前年度比", "前年比")
# Column headers opening with a rate of change (「削減率（基準比・％）」): the column holds how much a value changes
# against another, never that value itself (its 「基準比」 names what it is compared with, not a 基準値).
RATE_OF_CHANGE_HEADS: tuple[str, ...] = CHANGE_RATE_HEADERS + ("削減率", "減少率", "増加率", "低減率", "縮減率", "削減割合")

# Column headers of a change in amount beside this year's and last year's (「区分｜令和８年度｜令和７年度｜増減額」): the
# cells are the difference (△ a fall); a question asking how much a line grew or fell is answered by them.
CHANGE_AMOUNT_HEADERS: tuple[str, ...] = ("増減額", "増減", "比較", "差引", "差額", "対前年度増減", "対前年度増減額",
                                          "前年度比較", "比較増減", "増△減", "増▲減")
# Words of a question that asks how much an amount grew or fell from last year (「前年度からいくら増えた」): a verb of
# change with a word naming what it is compared with (a 補正 「増額」 alone is no change from last year), or a rate
# header alone (「増減率は」).
CHANGE_ASK_WORDS: tuple[str, ...] = ("増え", "減っ", "減り", "増加", "減少", "増減", "増額", "減額", "伸び")
CHANGE_ANCHOR_WORDS: tuple[str, ...] = ("前年度", "前年", "昨年度", "比べ", "比較")
# … and the words that, in such a question, ask the change in percent (「何％増えた」) rather than in amount.
CHANGE_RATE_ASK_WORDS: tuple[str, ...] = CHANGE_RATE_HEADERS + ("率", "％", "%", "パーセント")

# What a question adds after a revenue account's name (「町税収入」 for the 款 「町税」): no word of the row it asks.
REVENUE_SUFFIX_WORDS: tuple[str, ...] = ("収入",)

# What follows 「事業」 inside one name (「事業所」「事業承継」「事業費」): never the start of a second name a reader ran
# onto it (ingest.plans.cell_names.run_together_names).
NAME_CONTINUATIONS: tuple[str, ...] = ("承継", "計画", "評価", "内容", "概要", "区分", "期間", "展開", "拡大", "継続",
                                       "実施", "推進", "会計", "年度", "規模", "報告", "単位", "所", "者", "費", "主",
                                       "体", "化", "分", "名", "群", "団", "量", "用", "型", "等", "部", "課")
# How an indicator's name ends (「…受診率」, 「…の割合」, 「…者数」): a row's own text so ending is an indicator, not a
# group (「成人女性」) of the indicator named on the row above.
INDICATOR_NAME_ENDINGS: tuple[str, ...] = ("率", "割合", "数", "量", "額", "度", "比", "人口", "件数", "回数", "時間", "距離")
# A column header that counts (「回答数」, 「件数」, 「世帯数」): its bare numbers are counts, never the shares a note
# over the table (「割合（％）」) gives its other columns.
COUNT_HEADER_ENDINGS: tuple[str, ...] = ("数", "数(人)", "数(件)")

# A question asking the text of one column of a named row (「…の実施主体はどこ」; the office in charge is
# assistant.office_cells): the question's words for it, and the header words of that column.
ASKED_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"実施主体|事業主体|どこが(?:実施|行|担|主体)",
     ("実施主体", "事業主体", "主体", "実施者")),
)
