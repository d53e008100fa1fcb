"""An open question that names the document it asks about (「政策展開方針で挙げている課題は」, 「効果検証報告書では」) asks
the kind its last words name, never the document's own kind word (方針, 効果); a numbered heading with a relative clause
(「２　本村が直面する課題」) opens the block of its kind. A Word file of a village of no other test, every line invented."""
from __future__ import annotations

from pathlib import Path

from assistant.blocks import asked_block_kinds


def _plan_docx(folder: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_heading("令和８年度　西興部村政策展開方針", level=1)
    document.add_paragraph("１　基本的な考え方")
    document.add_paragraph("村の将来を見据え、限られた財源を子育てと産業に重点配分する方針とします。")
    document.add_paragraph("２　本村が直面する課題")
    document.add_paragraph("（１）出生数の減少により、保育所の定員割れが続いていること。")
    document.add_paragraph("（２）酪農の担い手が不足し、離農が相次いでいること。")
    document.add_paragraph("３　重点的な取組")
    document.add_paragraph("保育料の無償化と酪農ヘルパーの確保に取り組みます。")
    path = folder / "nishiokoppe_r8_hoshin.docx"
    document.save(path)
    return path


def test_the_document_named_is_no_kind_asked():
    assert asked_block_kinds("西興部村が政策展開方針で挙げている課題は何ですか。") == ("課題",)
    assert asked_block_kinds("西興部村の効果検証報告書では、最大の課題は何とされていますか？") == ("課題",)
    assert asked_block_kinds("西興部村の総合戦略の基本方針は何ですか") == ("方針",)


def test_a_numbered_heading_with_a_clause_opens_its_block(tmp_path, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    _plan_docx(tmp_path)
    index_dir = tmp_path / "index"
    update_index(tmp_path, index_dir, embedder, tokenizer)
    answer = Assistant.open(index_dir, embedder, tokenizer).ask("西興部村が政策展開方針で挙げている課題は何ですか。")
    assert answer.found
    assert "保育所の定員割れ" in answer.answer and "離農が相次いでいる" in answer.answer
    assert "重点配分する方針" not in answer.answer
