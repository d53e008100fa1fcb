"""Normalisation of PDF-extracted Japanese, with offsets back into the document."""
from __future__ import annotations

import unicodedata

from ingest.text.structure import find_page_starts, split_lines
from ingest.text.normalize import normalize, quote_text


def test_lines_broken_mid_word_are_rejoined():
    # As the PDF gives it: lines wrapped at one width, blank lines between them.
    source = ("化していますが、本道の多くの地域においては、経済・産業や暮らしに直結する課題に加え、激 \n\n"
              "甚化する自然災害や巨大地震の発生リスクへの備え、さらには、国際情勢の変化を背景としたエ \n\n"
              "ネルギーの安定供給、食料や経済の安全保障など、様々な重要課題に直面しています。 \n")
    assert "激甚化" in normalize(source).text
    assert "エネルギー" in normalize(source).text
    assert normalize(source).text.count("\n") == 0


def test_labels_and_bullets_are_not_joined():
    source = "地域の強みを活かした交流・関係人口の創出・拡大プロジェクト\n\n目的\n\n地域の強みを活かした体験型観光を進める。\n■ 移住定住情報の発信\n"
    lines = normalize(source).text.split("\n")
    assert lines[:2] == ["地域の強みを活かした交流・関係人口の創出・拡大プロジェクト", "目的"]
    assert lines[-1] == "■ 移住定住情報の発信"


def test_spaced_out_headings_and_glossary_marks():
    text = normalize("釧 路 ・ 根 室 連 携 地 域 \n関係人口※の創出\n令和 6 年度").text
    assert text.split("\n") == ["釧路・根室連携地域", "関係人口の創出", "令和6年度"]


def test_nfkc_full_width_and_half_width_katakana():
    assert normalize("ＩＣＴ　１，２３４万人 ｶﾞｲﾄﾞ").text == "ICT 1,234万人ガイド"  # spaces between Japanese go


def test_tables_and_markup_stay_rows_of_cells():
    source = "指標\t基準値\t目標値\n観光入込客数 (釧路)\t816.5万人(R1)\t904.6万人(R7)\n<p>ようてい・西いぶり広域連携プロジェクト</p> <ul><li>■広域連携</li></ul>"
    lines = normalize(source).text.split("\n")
    assert lines[1] == "観光入込客数 (釧路)\t816.5万人(R1)\t904.6万人(R7)"
    assert "ようてい・西いぶり広域連携プロジェクト" in lines and "■広域連携" in lines


def test_every_character_maps_back_to_the_document():
    source = "令和７年３月\n釧 路 ・ 根 室\n関係人口※の<b>創出</b>と拡\n大を図る。ｶﾞ\x00"
    mapped = normalize(source)
    for char, origin in zip(mapped.text, mapped.origin):
        assert char == "\n" or char in unicodedata.normalize("NFKC", source[origin:origin + 2])
    start = mapped.text.index("創出")
    a, b = mapped.source_span(start, start + 2)
    assert source[a:b] == "創出"


def test_quote_text_keeps_document_characters():
    assert quote_text("令和７年度（令和７年４月）から概ね\n５年") == "令和７年度（令和７年４月）から概ね５年"


def test_lone_page_numbers_become_page_boundaries_but_chart_numbers_do_not():
    body = "本文です。" * 50
    source = f"表紙\n{body}\n2\n{body}\n66\n{body}\n3\n{body}"
    mapped = normalize(source)
    starts, number_lines = find_page_starts(split_lines(mapped), mapped)
    assert [p for _, p in starts] == [1, 2, 3]
    assert len(number_lines) == 2
