"""Documents in a folder of the corpus: their table records cite the document as the index names it.

A KPI read from a CSV in 「corpus/sub/」 once named its document 「kpi.csv」 (the reader's file name), the
index knew it as 「sub/kpi.csv」, and every question answered from that record crashed the whole batch.
"""
from __future__ import annotations

import json

from assistant.service import Assistant
from index.update import update_index

KPI_CSV = ("指標,基準値(R2),実績値(R5),目標値(R7)\n"
           "移住者数,12人,21人,30人\n"
           "観光客数,45万人,51万人,60万人\n")


def test_records_of_a_document_in_a_subfolder_cite_it(tmp_path, embedder, tokenizer):
    corpus = tmp_path / "corpus"
    (corpus / "towns" / "sample").mkdir(parents=True)
    (corpus / "towns" / "sample" / "kpi.csv").write_text(KPI_CSV, encoding="cp932")
    report = update_index(corpus, tmp_path / "index", embedder, tokenizer)
    assert not report.problems
    assistant = Assistant.open(tmp_path / "index", embedder, tokenizer)

    kpis = [k for k in assistant.plans.kpis if "移住者数" in k.indicator]
    assert kpis and all(k.source.doc == "towns/sample/kpi.csv" for k in kpis)
    answer = assistant.ask("移住者数の目標値は？")
    assert answer.found and "30人" in answer.answer
    assert [c.doc for c in answer.citations] == ["towns/sample/kpi.csv"] * len(answer.citations)
    json.dumps([c.quote for c in answer.citations], ensure_ascii=False)
