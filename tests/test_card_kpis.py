"""KPI cards: each indicator named on a head line (「指標２　移住相談件数　（単位：件）」), its values in a small grid below
whose columns are all values (基準値（R2）｜R5実績｜R6実績｜目標値（R8）｜評価) — a Word 施策評価シート and a PDF 効果検証 of
towns in no other test (every figure invented).

A user asks one card's indicator: its target, its latest actual, whether it met the target — and gets that card's
figures, never the neighbouring card's, with the unit its head line states."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.testbed.documents import GOTHIC, PdfPage
from ingest.pipeline import ingest_file

_GRID = ("基準値（R2）", "R5実績", "R6実績", "目標値（R8）", "評価")


def _sheet_docx(folder: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_heading("令和６年度　下川町総合戦略　施策評価シート", level=1)
    document.add_paragraph("基本目標２　下川町への新しいひとの流れをつくる")
    for head, values in (("指標１　移住相談件数（年間）　（単位：件）", ("84", "131", "146", "150", "Ｂ")),
                         ("指標２　森林体験プログラム参加者数　（単位：人）", ("1,920", "2,480", "2,655", "2,500", "Ａ"))):
        document.add_paragraph(head)
        table = document.add_table(rows=2, cols=5)
        for cell, text in zip(table.rows[0].cells, _GRID):
            cell.text = text
        for cell, text in zip(table.rows[1].cells, values):
            cell.text = text
        document.add_paragraph("【評価】取組は概ね順調に推移している。")
    path = folder / "shimokawa_r6_shisaku_hyoka.docx"
    document.save(path)
    return path


def _report_pdf(folder: Path) -> Path:
    page = PdfPage(folder / "misato_kouka_kensho_r6.pdf", title="令和６年度　効果検証報告書（架空）")
    page.text(50, 60, "令和６年度　美郷町総合戦略　効果検証報告書", 14, GOTHIC)
    top = 110
    for head, unit, values in (("成果指標３　町内の創業件数（累計）", "単位：件", ("2", "9", "12", "15", "Ｂ")),
                               ("成果指標４　地域公共交通の利用者数", "単位：人", ("8,410", "7,906", "8,122", "9,000", "Ｃ"))):
        page.text(50, top, head, 10, GOTHIC)
        page.text(450, top, unit, 9)
        for k, (label, value) in enumerate(zip(_GRID, values)):
            page.text(60 + 95 * k, top + 22, label, 9)
            page.right(130 + 95 * k, top + 40, value, 10)
        page.text(50, top + 62, "【検証】前年度から改善した。", 9)
        top += 110
    return page.save()


def test_each_card_is_a_kpi_named_by_its_head_line(tmp_path):
    kpis = ingest_file(_sheet_docx(tmp_path), tmp_path).plans.kpis
    latest = {k.indicator: k for k in kpis if k.actual and k.actual.year == 2024}
    consult = latest["移住相談件数(年間)"]
    assert (consult.baseline.raw, consult.actual.raw, consult.target.raw) == ("84", "146", "150")
    assert consult.actual.unit == "件" and consult.target.year == 2026 and consult.baseline.year == 2020
    forest = latest["森林体験プログラム参加者数"]
    assert (forest.actual.raw, forest.target.raw, forest.actual.unit) == ("2,655", "2,500", "人")
    pdf = ingest_file(_report_pdf(tmp_path), tmp_path).plans.kpis
    latest = {k.indicator: k for k in pdf if k.actual and k.actual.year == 2024}
    assert (latest["町内の創業件数(累計)"].actual.raw, latest["町内の創業件数(累計)"].target.raw) == ("12", "15")
    assert latest["地域公共交通の利用者数"].target.raw == "9,000" and latest["地域公共交通の利用者数"].actual.unit == "人"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    folder = tmp_path_factory.mktemp("card-kpis")
    _sheet_docx(folder)
    _report_pdf(folder)
    index_dir = tmp_path_factory.mktemp("card-kpis-index")
    update_index(folder, index_dir, embedder, tokenizer)
    return Assistant.open(index_dir, embedder, tokenizer)


def test_a_cards_target_and_whether_it_was_met(assistant):
    target = assistant.ask("下川町の移住相談件数の目標値は？")
    assert target.found and "150件" in target.answer.split("\n")[0]
    met = assistant.ask("下川町の森林体験プログラム参加者数は目標を達成していますか？")
    lead = met.answer.split("\n")[0]
    assert met.found and "2,655人" in lead and "2,500人" in lead
    assert "146" not in met.answer          # the neighbouring card's figure
    reached = assistant.ask("美郷町の地域公共交通の利用者数は令和６年度でどこまで来ていますか？目標も教えてください。")
    lead = reached.answer.split("\n")[0]
    assert reached.found and "8,122人" in lead and "9,000人" in lead
