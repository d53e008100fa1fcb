"""List questions that select rows or items by something other than topic words — a column's value, a number
condition on a column, a mark a legend explains, a bracketed tag — on documents of towns, rows and wording written here
(no copy of any real or blind document):

- an XLSX 施設点検結果 (北海道上士幌町, invented): 施設名｜部位｜判定｜所見, the 施設名 merged down over a facility's
  parts (so a part row has no 施設名 of its own), a full-width grade Ａ〜Ｄ in the 判定 column, a ※ legend row below;
- a CSV 事務事業評価 (宮崎県綾町, invented): 事業名｜担当課｜達成率（％）｜方向性, where 方向性 says 拡充 / 現状維持 /
  見直し and the 達成率 is a number;
- a PDF 施策進捗 (島根県海士町, invented) printed as unruled columns (No.｜施策｜取組｜担当｜評価) with a half-width
  grade letter at the right and the 施策 group printed on its first row only;
- a text 進捗報告 (長崎県小値賀町, invented) whose items end with a status mark a legend line explains
  (「進捗　●：完了　◐：実施中　▽：着手が遅れている」) and whose heading says 「（☆は町長公約）」;
- a text 補正予算の概要 (徳島県上勝町, invented) whose items stand under 〈款〉 headings, each followed by its 財源
  line, some opened by 【新規】, with a numbered section after the last 款.

A question that names a column's value, a number condition, a legend's meaning or a tag must list exactly the rows or
items so selected, each by its name and cited by its row or line; never the legend, the header or a neighbour row.
Each file is made by the test and read by the real pipeline; the questions go through the real index.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from assistant.mark_filters import legend_share, legends
from assistant.row_filters import text_tables
from assistant.testbed.documents import PdfPage, write_text

_KAMISHIHORO_ROWS = [   # (施設名 or "" under a merged cell, 部位, 判定, 所見)
    ("上士幌町生涯学習センター", "屋根", "Ｂ", "一部に錆"), ("", "外壁", "Ｃ", "ひび割れが広がっている"),
    ("", "空調設備", "Ｄ", "更新時期を過ぎている"), ("ぬかびら源泉郷公衆浴場", "浴室", "Ｃ", "タイルの剥離"),
    ("", "ボイラー", "Ａ", ""), ("上士幌町民プール", "プール槽", "Ｂ", "塗装の劣化"),
    ("航空公園管理棟", "屋根", "Ｃ", "雨漏りの跡")]
KAMISHIHORO_C = {"上士幌町生涯学習センター　外壁", "ぬかびら源泉郷公衆浴場　浴室", "航空公園管理棟　屋根"}


def _kamishihoro_xlsx(folder: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "点検結果"
    sheet.append(["上士幌町公共施設点検結果一覧（令和７年度）"])
    sheet.append(["施設名", "部位", "判定", "所見"])
    start = None
    for n, row in enumerate(_KAMISHIHORO_ROWS, start=3):
        sheet.append(list(row))
        if row[0]:
            start = n
        elif start is not None and (n + 1 - 3 >= len(_KAMISHIHORO_ROWS) or _KAMISHIHORO_ROWS[n + 1 - 3][0]):
            sheet.merge_cells(start_row=start, start_column=1, end_row=n, end_column=1)
    sheet.append(["※判定　Ａ：健全　Ｂ：経過観察　Ｃ：早期に修繕が必要　Ｄ：緊急に対応が必要"])
    path = folder / "kamishihoro_shisetsu_tenken_r7.xlsx"
    book.save(path)
    return path


_AYA_ROWS = [("照葉樹林ガイド養成事業", "観光協働課", "112.5", "拡充"), ("有機農業新規参入支援事業", "農林振興課", "64.0", "見直し"),
             ("手づくりほんものセンター運営支援", "観光協働課", "95.0", "現状維持"),
             ("綾町ファミリーサポート事業", "福祉保健課", "58.3", "見直し"), ("町営住宅長寿命化事業", "建設課", "100.0", "現状維持")]


def _aya_csv(folder: Path) -> Path:
    path = folder / "aya_jimu_jigyo_hyoka_r6.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(["綾町事務事業評価結果（令和６年度実施事業）"])
        out.writerow(["事業名", "担当課", "達成率（％）", "方向性"])
        out.writerows(_AYA_ROWS)
    return path


_AMA_LINES = [("No.", "施策", "取組", "担当", "評価"), ("1", "海業の振興", "岩がきブランド化推進", "地産地商課", "A"),
              ("2", "", "隠岐牛肥育支援", "地産地商課", "B"), ("3", "人づくり", "島留学生受入拡大", "教育委員会", "B"),
              ("4", "", "ふるさと教育推進", "教育委員会", "S"), ("5", "暮らし", "離島医療確保対策", "健康福祉課", "B")]


def _ama_pdf(folder: Path) -> Path:
    pdf = PdfPage(folder / "ama_shisaku_shinchoku_r6.pdf", title="海士町 施策の進捗状況（令和6年度）")
    pdf.text(40, 50, "海士町　施策の進捗状況（令和６年度）", 13)
    pdf.text(40, 72, "評価は次の４段階です。　Ｓ：目標を大きく上回った　Ａ：達成　Ｂ：一部未達成　Ｃ：未達成", 8)
    top = 100
    for number, group, name, office, grade in _AMA_LINES:   # (a row's first field printed: the text layer keeps
        pdf.text(40, top, number, 9)                          # the group column's blank where the row opens with No.)
        pdf.text(70, top, group, 9)
        pdf.text(150, top, name, 9)
        pdf.text(330, top, office, 9)
        pdf.text(450, top, grade, 9)
        top += 18
    pdf.text(40, top + 20, "※評価は担当課の自己評価を企画財政課が確認したものです。", 8)
    return pdf.save()


_OJIKA_TEXT = """小値賀町総合計画　実施計画の進捗報告（令和６年度）
令和７年６月　小値賀町企画財政課

【１】主な取組の進捗（☆は町長公約）
　進捗　●：完了　◐：実施中　▽：着手が遅れている

　☆野崎島ツアー受入体制の強化　　　　　　　　●
　☆町営船の運航便数の維持　　　　　　　　　　◐
　　古民家活用による移住体験住宅の整備　　　　▽
　☆小値賀高校の島外生徒受入の拡大　　　　　　◐
　　ごみ焼却施設の延命化工事　　　　　　　　　▽
　　漁港荷さばき所の改修　　　　　　　　　　　●

【２】今後の方向性
　移住体験住宅は、改修業者の確保ができず着工が令和７年度にずれ込みました。
"""
OJIKA_LATE = {"古民家活用による移住体験住宅の整備", "ごみ焼却施設の延命化工事"}
OJIKA_PLEDGES = {"野崎島ツアー受入体制の強化", "町営船の運航便数の維持", "小値賀高校の島外生徒受入の拡大"}


_KAMIKATSU_TEXT = """上勝町一般会計補正予算（第２号）の概要
令和７年６月　上勝町総務課

１　補正の規模
　今回補正額　　　　　　　　　　　　　　　　　　48,120千円

２　主な補正内容　　　　　　　　　　　　　　　　（単位：千円）
〈衛生費〉
【新規】ごみ分別ステーション屋根改修　　　　　　　　　　　12,400
財源：地方債
小型焼却炉解体撤去　　　　　　　　　　　　　　　　　　　　 8,300
財源：一般財源
〈農林水産業費〉
【新規】葉っぱビジネス出荷場冷蔵設備更新　　　　　　　　　 9,870
財源：県支出金4,930　一般財源4,940
棚田保全活動支援（過年度分）　　　　　　　　　　　　　　　 2,150
財源：一般財源
〈土木費〉
町道旭線のり面補修　　　　　　　　　　　　　　　　　　　　11,600
財源：国庫支出金5,800　地方債5,800
橋りょう点検委託　　　　　　　　　　　　　　　　　　　　　 3,800
財源：一般財源
【新規】は、今年度から新たに取り組むものです。

３　補正後の予算総額
　補正後の一般会計予算の総額は3,512,120千円となります。
"""
KAMIKATSU_ROADS = {"町道旭線のり面補修", "橋りょう点検委託"}
KAMIKATSU_NEW = {"ごみ分別ステーション屋根改修", "葉っぱビジネス出荷場冷蔵設備更新"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("filtered-lists") / "corpus"
    folder.mkdir()
    _kamishihoro_xlsx(folder)
    _aya_csv(folder)
    _ama_pdf(folder)
    write_text(folder / "ojika_jisshi_keikaku_shinchoku_r6.txt", _OJIKA_TEXT)
    write_text(folder / "kamikatsu_r7_hosei_dai2go_gaiyo.txt", _KAMIKATSU_TEXT)
    return folder


@pytest.fixture(scope="module")
def assistant(corpus, tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    index_dir = tmp_path_factory.mktemp("filtered-lists-index")
    update_index(corpus, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def _names(answer) -> set[str]:
    return {p.name for p in answer.projects}


@pytest.mark.parametrize("question, expected", [
    ("上士幌町の施設点検で、判定がＣだった部位はどれですか？", KAMISHIHORO_C),
    ("綾町の事務事業評価で、方向性が見直しとされた事業は何ですか？", {"有機農業新規参入支援事業", "綾町ファミリーサポート事業"}),
    ("綾町の事務事業評価で、達成率が70％未満の事業を挙げてください。", {"有機農業新規参入支援事業", "綾町ファミリーサポート事業"}),
    ("綾町で達成率が100%以上の事業はどれですか？", {"照葉樹林ガイド養成事業", "町営住宅長寿命化事業"}),
    ("海士町の施策の進捗で、評価がＢの取組はどれですか？", {"隠岐牛肥育支援", "島留学生受入拡大", "離島医療確保対策"}),
    ("小値賀町の実施計画で、着手が遅れている取組はどれですか？", OJIKA_LATE),
    ("小値賀町の町長公約に当たる取組を挙げてください。", OJIKA_PLEDGES),
])
def test_a_question_naming_a_value_a_condition_or_a_legend_lists_exactly_the_rows_it_selects(assistant, question,
                                                                                            expected):
    answer = assistant.ask(question)
    assert answer.found and _names(answer) == expected, answer.answer
    for citation, ref in zip(answer.citations, answer.projects):   # each row cited by its own line, name and value
        assert ref.name.split("　")[-1] in citation.quote, (ref.name, citation.quote)
    # the legend and the notes are no rows (the legend of a mark asked may be quoted beside them, as such)
    assert not any("凡例" in line or "※" in line for line in answer.answer.split("\n") if line.startswith("・"))
    assert all(line.startswith(("・", "（凡例）")) for line in answer.answer.split("\n")[1:])


def test_a_heading_the_question_names_lists_its_item_lines_not_the_lines_between(assistant):
    answer = assistant.ask("上勝町の補正予算で、土木費ではどのような補正を行いますか？")
    assert _names(answer) == KAMIKATSU_ROADS, answer.answer
    assert "財源" not in "".join(_names(answer)), answer.answer


def test_items_opened_by_the_tag_the_question_asks_for_are_listed(assistant):
    answer = assistant.ask("上勝町の補正予算で、新たに取り組むものは何ですか？")
    assert _names(answer) == KAMIKATSU_NEW, answer.answer


def test_a_merged_group_cell_selects_every_row_it_spans(assistant):
    answer = assistant.ask("海士町の施策の進捗で、施策「人づくり」の取組を挙げてください。")
    assert {"島留学生受入拡大", "ふるさと教育推進"} <= _names(answer), answer.answer
    assert not _names(answer) & {"岩がきブランド化推進", "離島医療確保対策"}, answer.answer


def test_a_value_no_row_holds_lists_no_rows(assistant):
    answer = assistant.ask("上士幌町の施設点検で、判定がＥだった部位はどれですか？")
    assert not _names(answer) & (KAMISHIHORO_C | {"ぬかびら源泉郷公衆浴場　ボイラー"}), answer.answer


def test_the_tables_and_legends_are_read_from_the_text_each_reader_writes(corpus):
    from ingest.readers.registry import read_file

    text = read_file(corpus / "kamishihoro_shisetsu_tenken_r7.xlsx").text
    tables = text_tables("k.xlsx", text)
    assert [t.headers[:3] for t in tables] == [("施設名", "部位", "判定")]
    assert len(tables[0].rows) == len(_KAMISHIHORO_ROWS)   # the ※ legend row is no row of the table
    found = {(g.mark, g.meaning) for g in legends(_OJIKA_TEXT)}
    assert {("☆", "町長公約"), ("▽", "着手が遅れている"), ("●", "完了")} <= found
    assert legend_share("着手が遅れている", "着手が遅れている取組は") > legend_share("実施中", "着手が遅れている取組は")


def test_a_question_of_when_or_how_much_about_one_row_is_no_list(assistant):
    """「何年度に…」 asks a date of one row (blind11's first run after the merge listed four rows for it)."""
    answer = assistant.ask("綾町の観光協働課の手づくりほんものセンター運営支援は何年度に評価されましたか？")
    assert not answer.projects and not answer.answer.startswith("該当する"), answer.answer
