"""Lists of 事業 whose tags and groups stand in columns of their own, one small document per form, made by the test
(invented content, towns and words of its own): an evaluation workbook whose 施策 is printed on a group's first row
only and whose 今後の方向性 is a word (拡充 / 現状維持 / 縮小 / 廃止); a 主要事業 PDF whose 事業名 cells open with
★ / ◎ marks a legend explains and whose 分野 cell spans its rows (printed once, over two lines); a CSV export whose
区分 is a code explained by a note (「1：新規」) and whose 施策名 column stands before the 事業名 column; a sheet of
施策評価 forms whose 施策名｜… row stands above each 主な事業 table; a DOCX 成果報告書 whose 事業 are Heading 3
paragraphs under Heading 2 分野; a 事業計画 PDF whose 事業名 cell holds a numbered category line over the name.
Each document is read by the project's own readers; the records and the answers to list questions are checked.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from assistant.testbed.documents import GOTHIC, PdfPage
from index.update import update_index
from ingest.pipeline import ingest_file


def _evaluation_xlsx(out: Path) -> Path:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "評価結果"
    ws["A1"] = "令和6年度　鹿沼市事務事業評価結果"
    ws.append([])
    ws.append(["施策", "事務事業名", "担当課", "決算額（千円）", "成果の評価", "今後の方向性"])
    rows = [("木工のまちの産業振興", "木工職人後継者育成事業", "産業振興課", 3120, "B", "拡充"),
            (None, "組子細工販路開拓事業", "産業振興課", 1880, "A", "現状維持"),
            (None, "工芸品展示場運営事業", "産業振興課", 9400, "C", "縮小"),
            ("安心して子育てできるまち", "病児保育室運営事業", "こども未来課", 15200, "A", "拡充"),
            (None, "子育てサロン補助事業", "こども未来課", 640, "C", "廃止"),
            (None, "ファミリーサポート事業", "こども未来課", 2310, "B", "現状維持")]
    for row in rows:
        ws.append(list(row))
    path = out / "kanuma_hyoka_r6.xlsx"
    wb.save(path)
    return path


def _main_projects_pdf(out: Path) -> Path:
    pdf = PdfPage(out / "kaga_shuyo_r7.pdf", title="令和7年度 加賀市当初予算 主要事業")
    pdf.text(40, 50, "令和７年度　加賀市当初予算　主要事業一覧", 14, GOTHIC)
    pdf.text(40, 72, "★印は重点事業、◎印は新規事業を示します。", 8.5)
    pdf.right(555, 86, "（単位：千円）", 8)
    cols = [80, 200, 70, 165]
    x = 40
    for w, cell in zip(cols, ["分野", "事業名", "予算額", "事業の概要"]):
        pdf.box(x, 90, w, 18, fill=0.85)
        pdf.center(x + w / 2, 102, cell, 8.5, GOTHIC)
        x += w
    top = 108
    for field, rows in [(("温泉と観光", "のまちづくり"), [("★◎山代温泉街回遊促進事業", "24,600", "街歩きの案内を整える"),
                                                  ("九谷焼窯元めぐり事業", "3,150", "窯元の公開日を増やす"),
                                                  ("◎海岸サイクリング道整備事業", "41,800", "海沿いの自転車道を整える")]),
                        (("福祉と健康",), [("★介護人材確保支援事業", "12,300", "資格取得の費用を助成"),
                                      ("がん検診受診促進事業", "6,720", "受診の案内を送る")])]:
        height = 22 * len(rows)
        pdf.box(40, top, cols[0], height)
        for i, line in enumerate(field):
            pdf.text(44, top + 13 + 11 * i, line, 8.5)
        for i, (name, amount, summary) in enumerate(rows):
            x = 40 + cols[0]
            for c, w in enumerate(cols[1:]):
                pdf.box(x, top + 22 * i, w, 22)
                if c == 1:
                    pdf.right(x + w - 4, top + 22 * i + 14, amount, 8.5)
                else:
                    pdf.text(x + 4, top + 22 * i + 14, (name, None, summary)[c], 8.5)
                x += w
        top += height
    return pdf.save()


def _coded_csv(out: Path) -> Path:
    rows = ["令和7年度　伊万里市実施事業一覧",
            "施策名,事業名,所管課,区分,予算額",
            "陶磁器産業の振興,鍋島焼後継者支援事業,商工観光課,1,2400",
            "陶磁器産業の振興,秘窯の里誘客事業,商工観光課,3,5100",
            "子どもの健やかな成長,産前産後ヘルパー派遣事業,子育て支援課,2,3800",
            "子どもの健やかな成長,小児救急電話相談事業,子育て支援課,1,1200",
            "区分　1：新規　2：拡充　3：継続"]
    path = out / "imari_jigyo_r7.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    return path


def _measure_sheets_xlsx(out: Path) -> Path:
    """One 施策評価 form per 施策 on one sheet: label｜value rows (施策名｜…) above a 主な事業 table."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["令和6年度　犬山市施策評価シート"])
    for code, measure, projects in [("2-1", "城下町のにぎわいづくり", [("町家再生支援事業", 5400), ("城下町回遊促進事業", 2200)]),
                                    ("4-3", "木曽川の自然を生かした交流", [("川辺の散策路整備事業", 31000),
                                                                   ("鵜飼観覧船運航支援事業", 6800)])]:
        ws.append([f"■ 施策{code}"])
        ws.append(["施策名", measure])
        ws.append(["担当課", "まちづくり推進課"])
        ws.append(["主な事業", "事業名", "予算額（千円）"])
        for name, amount in projects:
            ws.append([None, name, amount])
        ws.append([])
    path = out / "inuyama_shisaku_hyoka_r6.xlsx"
    wb.save(path)
    return path


def _results_docx(out: Path) -> Path:
    """A 成果報告書 whose 事業 are Heading 3 paragraphs under Heading 2 分野, the text under each its report."""
    from docx import Document as Docx
    doc = Docx()
    doc.add_heading("令和5年度　主要事業の成果報告書（美濃加茂市）", level=1)
    for field, projects in [("健康・福祉", [("フレイル予防教室事業", "教室を市内12か所で開いた。"),
                                        ("買い物弱者移動販売支援事業", "移動販売車2台の運行経費を補助した。")]),
                            ("産業・雇用", [("里山茶ブランド化事業", "茶の新商品を3品開発した。"),
                                        ("創業塾開催事業", "創業塾を開き、15人が受講した。")])]:
        doc.add_heading(field, level=2)
        for name, report in projects:
            doc.add_heading(name, level=3)
            doc.add_paragraph("担当：商工振興課")
            doc.add_paragraph(report)
    path = out / "minokamo_seika_r5.docx"
    doc.save(path)
    return path


def _plan_table_pdf(out: Path) -> Path:
    """A 事業計画 table whose 事業名 cell holds a numbered category line over the 事業's own name."""
    pdf = PdfPage(out / "shimanto_kaso_keikaku.pdf", title="四万十町過疎地域持続的発展計画")
    pdf.text(40, 36, "四万十町過疎地域持続的発展計画", 10, GOTHIC)
    pdf.text(40, 54, "事業計画（令和３年度〜令和７年度）", 12, GOTHIC)
    cols = [120, 200, 150, 45]
    x = 40
    for w, cell in zip(cols, ["施策区分", "事業名（施設名）", "事業内容", "事業主体"]):
        pdf.box(x, 70, w, 18, fill=0.85)
        pdf.center(x + w / 2, 82, cell, 8.5, GOTHIC)
        x += w
    top = 88
    for area, category, name, content in [("１ 農林水産業の振興", "(1)基盤整備 林業", "栗の木林道開設事業（大正地区）", "林道開設 L=900m"),
                                          ("１ 農林水産業の振興", "(10)特別事業", "仁井田米販路拡大事業", "首都圏での販売会"),
                                          ("３ 生活環境の整備", "(5)消防施設", "防火水槽設置事業", "40t級 2基")]:
        x = 40
        for c, w in enumerate(cols):
            pdf.box(x, top, w, 30)
            if c == 1:
                pdf.text(x + 4, top + 12, category, 8.5)
                pdf.text(x + 4, top + 25, name, 8.5)
            else:
                pdf.text(x + 4, top + 18, (area, None, content, "町")[c], 8.5)
            x += w
        top += 30
    return pdf.save()


def _budget_book_pdf(out: Path) -> Path:
    """A 予算書 page whose 目 names run past their narrow cell into the 本年度 cell beside them."""
    pdf = PdfPage(out / "tsuruga_yosansho.pdf", title="令和7年度 敦賀市一般会計予算書")
    pdf.text(40, 50, "令和７年度　敦賀市一般会計予算　歳出　事項別明細書", 12, GOTHIC)
    pdf.right(555, 66, "（単位：千円）", 8)
    cols = [62, 78, 70, 60, 245]
    pdf.explained_rows(40, 72, cols, ["目", "本年度", "前年度", "比較", "説明"], [
        ("１目 高齢者福祉総務費", ["412,800", "398,100", "14,700"],
         [("01 敬老会開催事業", "18,200"), ("02 高齢者バス乗車助成事業", "41,600")]),
        ("２目 老人福祉施設費", ["96,300", "88,900", "7,400"], [("01 老人福祉センター管理事業", "96,300")])])
    return pdf.save()


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    out = tmp_path_factory.mktemp("list_columns")
    paths = [_evaluation_xlsx(out), _main_projects_pdf(out), _coded_csv(out), _measure_sheets_xlsx(out),
             _results_docx(out), _plan_table_pdf(out), _budget_book_pdf(out)]
    return out, {p.name: ingest_file(p, out).plans for p in paths}


def _items(made, doc):
    return {i.name: i for i in made[1][doc].items if i.form == "cell"}


def test_a_direction_column_of_words_gives_the_rows_tags(made):
    items = _items(made, "kanuma_hyoka_r6.xlsx")
    assert items["木工職人後継者育成事業"].tags == ("拡充",)
    assert items["組子細工販路開拓事業"].tags == ("現状維持",)
    assert items["子育てサロン補助事業"].tags == ("廃止",)


def test_a_group_printed_on_its_first_row_only_carries_to_the_rows_below(made):
    items = _items(made, "kanuma_hyoka_r6.xlsx")
    assert any("木工のまち" in h for h in items["工芸品展示場運営事業"].headings)
    assert any("子育てできるまち" in h for h in items["ファミリーサポート事業"].headings)
    assert not any("木工のまち" in h for h in items["病児保育室運営事業"].headings)


def test_marks_before_a_name_are_tags_the_legend_explains_and_no_part_of_the_name(made):
    items = _items(made, "kaga_shuyo_r7.pdf")
    assert {"山代温泉街回遊促進事業", "九谷焼窯元めぐり事業", "海岸サイクリング道整備事業", "介護人材確保支援事業",
            "がん検診受診促進事業"} <= set(items)
    assert set(items["山代温泉街回遊促進事業"].tags) == {"重点", "新規"}
    assert items["海岸サイクリング道整備事業"].tags == ("新規",)
    assert items["九谷焼窯元めぐり事業"].tags == ()


def test_a_field_cell_spanning_its_rows_over_two_lines_is_the_group_of_each_row(made):
    items = _items(made, "kaga_shuyo_r7.pdf")
    heads = " ".join(items["海岸サイクリング道整備事業"].headings)
    assert "温泉と観光" in heads and "のまちづくり" in heads
    assert not any("温泉と観光" in h for h in items["がん検診受診促進事業"].headings)


def test_a_code_column_explained_by_a_note_gives_tags_and_the_project_column_names_the_rows(made):
    items = _items(made, "imari_jigyo_r7.csv")
    assert set(items) == {"鍋島焼後継者支援事業", "秘窯の里誘客事業", "産前産後ヘルパー派遣事業", "小児救急電話相談事業"}
    assert items["鍋島焼後継者支援事業"].tags == ("新規",)
    assert items["産前産後ヘルパー派遣事業"].tags == ("拡充",)


def test_a_forms_unit_label_above_a_list_table_is_the_heading_of_its_rows(made):
    items = _items(made, "inuyama_shisaku_hyoka_r6.xlsx")
    assert {"町家再生支援事業", "城下町回遊促進事業", "川辺の散策路整備事業", "鵜飼観覧船運航支援事業"} <= set(items)
    assert "城下町のにぎわいづくり" in items["城下町回遊促進事業"].headings
    assert "木曽川の自然を生かした交流" in items["鵜飼観覧船運航支援事業"].headings
    assert "城下町のにぎわいづくり" not in items["鵜飼観覧船運航支援事業"].headings


def test_each_project_set_as_a_docx_heading_is_a_record_under_its_field(made):
    items = {i.name: i for i in made[1]["minokamo_seika_r5.docx"].items}
    assert {"フレイル予防教室事業", "買い物弱者移動販売支援事業", "里山茶ブランド化事業", "創業塾開催事業"} <= set(items)
    assert any("産業・雇用" in h for h in items["創業塾開催事業"].headings)
    assert not any("産業・雇用" in h for h in items["買い物弱者移動販売支援事業"].headings)
    assert "15人が受講" in items["創業塾開催事業"].description


def test_a_numbered_category_line_over_the_name_in_one_cell_is_the_rows_group_not_its_name(made):
    items = _items(made, "shimanto_kaso_keikaku.pdf")
    assert set(items) == {"栗の木林道開設事業", "仁井田米販路拡大事業", "防火水槽設置事業"}
    assert any("基盤整備" in h for h in items["栗の木林道開設事業"].headings)
    assert any("農林水産業の振興" in h for h in items["仁井田米販路拡大事業"].headings)


def test_a_moku_name_run_into_the_next_cell_is_read_whole_for_the_projects_of_its_explanation(made):
    items = _items(made, "tsuruga_yosansho.pdf")
    assert set(items) == {"敬老会開催事業", "高齢者バス乗車助成事業", "老人福祉センター管理事業"}
    assert any(h.endswith("高齢者福祉総務費") for h in items["高齢者バス乗車助成事業"].headings)
    assert any(h.endswith("老人福祉施設費") for h in items["老人福祉センター管理事業"].headings)


def test_a_forms_course_row_gives_its_project_a_tag_and_its_grade_words(tmp_path):
    from docx import Document as Docx
    doc = Docx()
    doc.add_paragraph("令和6年度　多治見市事務事業評価シート")
    for name, grade, course in (("陶磁器意匠研究事業", "A（順調）", "拡充　研究員を1人増やす。"),
                                ("旧市民プール管理事業", "C（課題あり）", "廃止　令和7年度で閉鎖する。")):
        table = doc.add_table(rows=4, cols=2)
        for k, (label, value) in enumerate((("事業名", name), ("事業の目的", "市民の暮らしを支える。"), ("評価", grade),
                                            ("今後の方向性", course))):
            table.cell(k, 0).text = label
            table.cell(k, 1).text = value
        doc.add_paragraph("")
    doc.save(tmp_path / "tajimi_hyoka.docx")
    items = {i.name: i for i in ingest_file(tmp_path / "tajimi_hyoka.docx", tmp_path).plans.items}
    assert items["陶磁器意匠研究事業"].tags == ("拡充",) and items["旧市民プール管理事業"].tags == ("廃止",)
    assert "評価 C" in items["旧市民プール管理事業"].description


@pytest.fixture(scope="module")
def assistant(made, embedder, tokenizer) -> Assistant:
    out, _ = made
    corpus = out / "corpus"
    corpus.mkdir()
    for name in ("kanuma_hyoka_r6.xlsx", "kaga_shuyo_r7.pdf", "imari_jigyo_r7.csv", "inuyama_shisaku_hyoka_r6.xlsx",
                 "minokamo_seika_r5.docx", "shimanto_kaso_keikaku.pdf", "tsuruga_yosansho.pdf"):
        (corpus / name).write_bytes((out / name).read_bytes())
    update_index(corpus, out / "index", embedder, tokenizer)
    return Assistant.open(out / "index", embedder, tokenizer)


@pytest.mark.parametrize("question, expected", [
    ("鹿沼市の事務事業評価で、今後拡充する事業は？", {"木工職人後継者育成事業", "病児保育室運営事業"}),
    ("鹿沼市で廃止とされた事務事業はどれですか？", {"子育てサロン補助事業"}),
    ("加賀市の令和7年度予算の重点事業を教えてください。", {"山代温泉街回遊促進事業", "介護人材確保支援事業"}),
    ("加賀市の令和7年度の新規事業は何ですか？", {"山代温泉街回遊促進事業", "海岸サイクリング道整備事業"}),
    ("伊万里市の新規事業を挙げてください。", {"鍋島焼後継者支援事業", "小児救急電話相談事業"}),
    ("犬山市の施策評価で、城下町のにぎわいづくりの主な事業は何ですか？", {"町家再生支援事業", "城下町回遊促進事業"}),
    ("美濃加茂市の成果報告書で、産業・雇用の分野に載っている事業は？", {"里山茶ブランド化事業", "創業塾開催事業"}),
    ("四万十町の過疎計画で、農林水産業の振興に位置付けられた事業は何ですか？", {"栗の木林道開設事業", "仁井田米販路拡大事業"}),
    ("敦賀市の高齢者福祉総務費の説明欄に載っている事業は？", {"敬老会開催事業", "高齢者バス乗車助成事業"}),
])
def test_a_list_question_asking_a_tag_lists_the_rows_so_tagged(assistant, question, expected):
    answer = assistant.ask(question)
    assert {p.name for p in answer.projects} == expected, answer.answer
