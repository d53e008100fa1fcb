"""Which value an answer states first: only the one candidate that fits the question's kind, attribute,
years and subject; otherwise none (the quotes speak). Small made-up texts, one rule each."""
from __future__ import annotations

from assistant.candidates import candidates_of
from assistant.query import conflicts, numbers_named, read_query, attributes_named
from assistant.statements import read_value


def test_a_question_says_the_kind_counter_and_attribute_it_wants():
    assert read_query("架空町の移住者数の目標値は？").attributes == {"目標"}
    q = read_query("架空町の令和7年度当初予算で、一般会計の予算額はいくらですか？")
    assert q.kind == "money" and q.attributes == {"当初"}
    assert read_query("満足度が『低い』との回答は何％でしたか？").kind == "ratio"
    assert read_query("全国で何位でしたか？").kind == "rank"
    q = read_query("参加者は何人でしたか？")
    assert (q.kind, q.counter) == ("count", "人")
    assert read_query("何項目で上昇しましたか？").counter == "項目"
    assert read_query("歳入歳出をいくら増額しましたか？").kind == "change"
    assert read_query("一般会計の総額はいくらですか？").wants_sum
    # 「何年続けて」「何年ぶり」 count years; 「何年に」 asks for a date
    assert (read_query("不交付団体を何年続けていますか？").kind, read_query("何年ぶりの開催ですか？").counter) == ("count", "年")
    assert read_query("計画は何年に策定されましたか？").kind == "date"


def test_a_count_of_years_is_stated_and_a_date_is_not_taken_for_it():
    text = "平成29年度に策定した計画のもと、不交付団体を、60年にわたり続けています。"
    assert read_value(text, "架空市は不交付団体を何年続けていますか？", {"交付", "団体"}).value == "60年"
    assert read_value("平成29年度に策定した計画です。", "架空市は不交付団体を何年続けていますか？", {"交付", "団体"}) is None


def test_a_table_cell_is_read_under_its_column_header_not_as_the_first_number():
    row = "移住者数 12人 30人"
    by_header = {c.header: c.quantity.raw for c in candidates_of(row, header_line="指標 | 基準値(R2) | 目標値(R7)")}
    assert by_header == {"基準値(R2)": "12人", "目標値(R7)": "30人"}
    labelled = {c.header: c.quantity.raw for c in candidates_of(row, ["移住者数｜基準値(R2) 12人｜目標値(R7) 30人"])}
    assert labelled["目標値(R7)"] == "30人" and labelled["基準値(R2)"] == "12人"   # the header whole, its bracket closed
    assert read_value(row, "架空町の移住者数の目標値は？", {"移住"}, before=("指標 | 基準値(R2) | 目標値(R7)",)).value == "30人"
    assert read_value(row, "架空町の移住者数の基準値は？", {"移住"}, before=("指標 | 基準値(R2) | 目標値(R7)",)).value == "12人"


def test_a_label_and_its_value_on_consecutive_lines_pair_up():
    found = candidates_of("5,310万円", previous="◇架空会計")
    assert [(c.label, c.quantity.raw) for c in found] == [("架空会計", "5,310万円")]
    assert read_value("5,310万円", "架空会計の予算はいくらですか？", {"架空"}, before=("◇架空会計",)).value == "5,310万円"


def test_compound_amounts_are_stated_whole_as_printed():
    value = read_value("○みらい公園整備事業…2億4,680万5千円", "みらい公園整備事業の予算はいくら？", {"公園", "整備"})
    assert value.value == "2億4,680万5千円"


def test_numbers_of_another_kind_are_never_stated():
    # a rank beside a rate
    assert read_value("定住満足度 2位 48.2%", "定住満足度は何％でしたか？", {"定住", "満足"}).value == "48.2%"
    assert read_value("定住満足度 48.2%", "定住満足度は全国で何位でしたか？", {"定住", "満足"}) is None
    # a list marker, a per-person denominator, a bare number with no header
    assert read_value("④ 緑化推進事業", "緑化推進事業はいくつ？", {"緑化"}) is None
    value = read_value("(町民1人当たり約3,120円)", "町民の人口は何人？", {"町民", "人口"})
    assert value is None
    assert read_value("担当課 (内線4417)", "担当課の目標値はいくつ？", {"担当"}) is None
    # a per-day cap in 円 is not a count, a rounding note is no amount
    assert read_value("1日当たり上限8,000円 ※千円未満を省略しています", "1日当たりの上限額はいくら？", {"上限"}).value == "上限8,000円"


def test_a_difference_answers_only_a_question_about_a_change():
    text = "繰入金は前年度と比べ4・2億円の増額、全体では1・1億円の減額です。"
    assert read_value(text, "繰入金の予算はいくら？", {"繰入"}) is None
    sentence = "歳入歳出予算の総額に歳入歳出それぞれ12億300万円を増額し、総額を歳入歳出それぞれ480億1,000万円とする。"
    assert read_value(sentence, "歳入歳出予算の総額はいくらですか？", {"歳入", "歳出"}).value == "480億1,000万円"
    assert read_value(sentence, "歳入歳出をいくら増額しましたか？", {"歳入", "歳出"}).value == "12億300万円"


def test_the_attribute_asked_rules_out_other_columns():
    assert conflicts(frozenset({"当初"}), attributes_named("令和5年度決算額"))
    assert conflicts(frozenset({"決算"}), attributes_named("令和6年度当初予算"))
    assert not conflicts(frozenset({"決算"}), attributes_named("一般会計決算の状況"))
    assert conflicts(frozenset({"目標"}), attributes_named("基準値(R2)"))
    # a value must itself be named by the attribute 上限 / 期待値 asks for
    assert read_value("○架空支援事業…1,200万円", "架空支援事業の補助上限額はいくら？", {"架空", "支援"}) is None
    assert read_value("(R3.4改訂後の期待値) 3,100", "R4の期待値はいくつ？", {"期待"}) is None


def test_a_numbered_supplementary_budget_is_read_from_the_question():
    assert numbers_named("一般会計補正予算（第３号）の補正額は？") == {3}
    assert numbers_named("補正予算の補正額は？") == set()


def test_a_year_printed_before_a_value_picks_the_cell():
    row = "図書館の利用者数 R2 1,200人 R6 1,500人"
    assert read_value(row, "図書館の利用者数は令和6年度に何人でしたか？", {"図書館", "利用"}, {2024}).value == "1,500人"
    assert read_value(row, "図書館の利用者数は何人でしたか？", {"図書館", "利用"}) is None


def test_bare_table_numbers_take_the_unit_note_and_a_trailing_dash_keeps_columns_aligned():
    """A 決算 table in plain text: 千円 only in the note above, a 「－」 where no rate is computed. The year column is
    read under its header (not shifted by the dash), and the bare figure answers a money question."""
    header = ("（単位：千円）", "会計区分　令和6年度　令和5年度　増減率")
    got = read_value("基金繰入額　45,120　△3,870　－", "架空村の令和6年度の基金繰入額はいくらですか？", {"基金", "繰入"},
                     years={2024}, before=header)
    assert got is not None and got.value == "45,120"
    by_header = {c.header: c.quantity.raw for c in candidates_of("基金繰入額　45,120　△3,870　－",
                                                                 header_line="会計区分　令和6年度　令和5年度　増減率")}
    assert by_header == {"令和6年度": "45,120", "令和5年度": "△3,870"}


def test_a_per_person_figure_never_answers_for_the_total():
    quote = "◇住民１人当たりの特別会計予算額 約１８万円　◇特別会計 ４２億３，０００万円"
    total = read_value(quote, "架空村の特別会計予算の総額はいくらですか？", {"特別", "会計", "予算"})
    assert total is None or total.value == "４２億３，０００万円"
    per = read_value("◇住民１人当たりの特別会計予算額 約１８万円", "架空村の住民1人当たりの特別会計予算額は？", {"特別", "会計"})
    assert per is not None and per.value == "約１８万円"


def test_a_project_named_in_the_question_is_not_another_whose_name_ends_alike():
    from assistant.matching import names_another_project
    assert names_another_project("の病後児保育事業の決算額", "病児保育事業")
    assert names_another_project("子育て支援事業の予算", "子育て支援センター事業")
    assert not names_another_project("の観光振興事業の予算", "地域観光振興事業")     # a prefix left out
    assert not names_another_project("移住・定住促進事業の予算", "移住定住促進事業")  # a 「・」 written
    assert not names_another_project("市民バスの予算", "市民バス運行事業")          # no 事業 named
    # two names run together in one cell: neither is told apart from the other's amount
    assert names_another_project("茶園改植補助事業の決算額", "棚田保全活動支援事業茶園改植補助事業")
    assert not names_another_project("中小企業事業継続支援事業の予算", "中小企業事業継続支援事業")


def test_a_budget_numbered_otherwise_in_a_title_is_not_the_one_asked():
    from types import SimpleNamespace

    from assistant.scope import numbered_otherwise
    documents = {"gaiyo": SimpleNamespace(title="議案第52号 令和7年度架空市一般会計補正予算(第3号)の概要", text=""),
                 "kaigiroku": SimpleNamespace(title="令和6年第4回架空市議会定例会会議録(第3号)", text="")}
    assert numbered_otherwise("一般会計補正予算(第4号)の補正額は", documents) == {"gaiyo"}
    assert numbered_otherwise("一般会計補正予算(第3号)の補正額は", documents) == set()
    assert numbered_otherwise("補正予算(第5号)の補正額は", documents) == {"gaiyo"}


def test_a_number_with_its_counter_names_one_group_only():
    from assistant.query import counted_numbers, counts_only_others
    question = counted_numbers("架空市の令和9年度の2号認定の量の見込みは？")
    assert counts_only_others(question, "■3号認定(1・2歳)\n①量の見込み 人 736 721 707")
    assert not counts_only_others(question, "■2号認定(3~5歳・保育が必要)\n①量の見込み 人 1,182 1,156 1,131")
    assert not counts_only_others(question, "①量の見込み 人 1,182 1,156 1,131")   # no group named: the heading decides


def test_a_rate_printed_as_a_bare_decimal_answers_a_rate_question_not_a_share_question():
    text = "架空町の展望では、合計特殊出生率が令和１５年に１．５５、令和２５年に１．７２まで回復すると見込んだ。"
    question = "架空町は令和25年の合計特殊出生率をいくつと見込んでいますか？"
    assert not read_query(question).wants_sum   # 合計特殊出生率 is a rate, not a sum
    assert read_value(text, question, {"出生", "合計", "特殊"}, years={2043}).value == "１．７２まで"
    assert read_value("求人倍率は 1.27 で推移している。", "みなと市の有効求人倍率は？", {"求人", "倍率"}).value == "1.27"
    # a share (割合, 何％) is printed as a percentage: a bare decimal is never stated for it
    assert read_value("高齢者の割合は 3.5 程度と見込む。", "みなと市の高齢者の割合は何％？", {"高齢"}) is None
    assert not read_query("架空町の人口推計で、2040年の人口は何人ですか？").wants_sum


def test_the_value_a_sentence_replaces_is_not_stated_for_the_new_one():
    text = "令和８年度から、放課後クラブの利用料を、月額３，５００円から４，２００円に改定します。"
    subject = {"放課", "クラブ", "利用"}
    assert read_value(text, "架空町の放課後クラブの利用料は月額いくらになりますか？", subject).value == "４，２００円"
    assert read_value(text, "架空町の放課後クラブの現行の利用料は月額いくらですか？", subject).value == "３，５００円"
    # two values that do not replace one another stay ambiguous: none is stated
    assert read_value("月額３，５００円、年額４２，０００円の利用料とします。", "放課後クラブの利用料はいくらですか？",
                      subject) is None


def test_a_group_header_spans_the_columns_whose_names_start_again_under_it():
    """「人口｜高齢者の割合」 over 「現状推移｜目標｜差｜現状推移｜目標」: each group spans to where the names start again."""
    from assistant.table_cells import row_headers

    lines = ["区分|人口|高齢者の割合", "区分|現状推移|目標|差|現状推移|目標", "2045年|18,200|19,650|1,450|44.8|41.9"]
    heads = row_headers(lines, 2)
    assert heads[2] == "人口 目標" and heads[4] == "高齢者の割合 現状推移" and heads[5] == "高齢者の割合 目標"
    # names that never start again: the group row aligns from the left, its last cell over the rest
    lines = ["年代|回答者数(人)|割合(%)", "年代|回答者数(人)|はい|いいえ", "20代|88|40.9|59.1"]
    assert row_headers(lines, 2)[2:] == ["割合(%) はい", "割合(%) いいえ"]
