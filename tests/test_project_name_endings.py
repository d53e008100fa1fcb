"""A list of 主な取組 whose items are 事業 named with a funding note in full-width brackets (「…事業（交付金事業）」) or
paid as a 支援金/給付金 (「…移住支援金」): a town's text report of no other test (every name invented). 「主な事業は？」
lists every one of them."""
from __future__ import annotations

from assistant.testbed.documents import write_text

_TEXT = """令和６年度　幌延町総合戦略　実績報告
【令和６年度の主な取組】
・トナカイ観光牧場魅力向上事業（交付金事業）
・幌延町ふるさと移住支援金
・第３子以降出産給付金
・問寒別地区交流施設改修事業
"""


def test_items_named_as_projects_with_notes_and_grants_are_listed(tmp_path, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    write_text(tmp_path / "horonobe_r6_jisseki.txt", _TEXT)
    index_dir = tmp_path / "index"
    update_index(tmp_path, index_dir, embedder, tokenizer)
    answer = Assistant.open(index_dir, embedder, tokenizer).ask("幌延町が令和６年度に総合戦略で取り組んだ主な事業を挙げてください。")
    names = [p.name for p in answer.projects]
    assert answer.found and names == ["トナカイ観光牧場魅力向上事業（交付金事業）", "幌延町ふるさと移住支援金", "第３子以降出産給付金",
                                      "問寒別地区交流施設改修事業"]
