"""A document's place and fiscal years as the answer scope reads them: from its title and cover too, so a
year-scoped question finds a budget summary and a town's 広報 answers for the town (no index needed)."""
from __future__ import annotations

from assistant.scope import document_place, document_years, read_scope
from ingest.records import Document


def _doc(title: str, text: str, place: str = "", date: str | None = None) -> Document:
    return Document(doc="d.txt", title=title, date=date, text=text, content_hash="x", place=place)


def test_a_documents_fiscal_year_is_read_from_its_title_and_cover():
    summary = _doc("予算の概要", "令和7年度当初予算案の概要\n■一般会計 120億3,000万円\n")
    assert document_years(summary) == {2025}
    # a 広報's publication date is no fiscal year
    newsletter = _doc("広報", "自治体名\t公開年月\n長野県松本市\t2024.12.01\t広報 2024年12月号\t記事\n")
    assert document_years(newsletter) == set()


def test_a_newsletter_whose_every_row_names_its_city_speaks_for_the_city():
    rows = "".join(f"長野県松本市\t2025.04.01\t記事{i}\t本文{i}\n" for i in range(5))
    newsletter = _doc("自治体名 公開年月", "自治体名\t公開年月\t記事\t本文\n" + rows, place="長野県")
    assert document_place(newsletter).endswith("松本市")
    wide = _doc("長野県の計画", "長野県の計画です。松本市と長野市と上田市の連携を進めます。", place="長野県")
    assert document_place(wide) == "長野県"


def test_a_question_year_range_and_its_dates():
    scope = read_scope("松本市の令和6年度当初予算の総額は？")
    assert scope.years == (2024,) and scope.year_texts == ("令和6年度",)
    assert read_scope("H27~H29の実績は？").years == (2015, 2016, 2017)


def test_a_document_without_a_place_answers_a_town_no_document_covers_and_says_so(tmp_path, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "summary.txt").write_text(
        "令和7年度当初予算の概要\n■主な事業\n◇みどり公園整備事業〔2億4,680万5千円〕\n公園の遊具を更新します。\n"
        "◇図書館運営事業〔8,120万円〕\n開館時間を延長します。\n", encoding="utf-8")
    (corpus / "other.txt").write_text(
        "長野県松本市 令和7年度当初予算\n■主な事業\n◇松本市民みどり公園整備事業〔9億円〕\n長野県松本市の公園を整備します。\n",
        encoding="utf-8")
    index_dir = tmp_path / "index"
    update_index(corpus, index_dir, embedder, tokenizer)
    assistant = Assistant.open(index_dir, embedder, tokenizer)
    answer = assistant.ask("安曇野市の令和7年度のみどり公園整備事業の予算はいくらですか？")
    assert answer.found and answer.answer.splitlines()[0].endswith("2億4,680万5千円 です[1]")
    assert "場所の記載がない資料から" in answer.answer
    assert all(c.doc == "summary.txt" for c in answer.citations)
    # a year no document covers is not answered
    assert not assistant.ask("安曇野市の令和5年度のみどり公園整備事業の予算はいくらですか？").found


def test_a_prefecture_overview_naming_many_cities_speaks_for_none_of_them():
    """A 広報 whose first lines name its one city answers for it; a prefecture's overview listing its cities
    (「札幌市、函館市、旭川市…」) does not become each city's document."""
    from assistant.lists import document_in_scope
    from assistant.scope import read_scope

    asahikawa = read_scope("旭川市の人口は何人ですか？")
    kurashiki = read_scope("倉敷市の一般会計の予算額は？")
    overview = ["北海道", "北海道/道央広域/石狩/札幌市", "北海道/道南/渡島/函館市", "北海道/道北/上川/旭川市"]
    assert not document_in_scope(asahikawa, "北海道", overview)
    assert document_in_scope(kurashiki, "岡山県", ["岡山県/倉敷市", "岡山県"])
    assert document_in_scope(kurashiki, "", ["岡山県/倉敷市"])
    assert not document_in_scope(kurashiki, "", ["岡山県/倉敷市", "岡山県/岡山市"])
