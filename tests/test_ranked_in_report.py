"""「最大の課題は何とされていますか」 asked of a 効果検証 report that says it in its 総括 prose, under no 課題 label (a
town's text report of no other test, every figure invented): the sentence that ranks it first is the answer, never the
report's statement of purpose."""
from __future__ import annotations

from assistant.testbed.documents import write_text

_TEXT = """令和６年度　美深町総合戦略　効果検証報告書
１　効果検証の目的
本報告書は、総合戦略に掲げたＫＰＩの実績を把握し、施策の効果を検証することを目的とする。
２　ＫＰＩの状況
移住者数は目標を上回った。観光入込客数は回復途上にある。
３　総括
８指標のうち５指標が順調に推移した。一方で、町内で働く若者の減少が続いており、雇用の受け皿づくりが最大の課題である。
次期戦略では産業振興を重点に位置付ける。
"""


def test_the_sentence_ranking_the_asked_thing_first(tmp_path, embedder, tokenizer):
    from assistant.service import Assistant
    from index.update import update_index

    write_text(tmp_path / "bifuka_kouka_kensho_r6.txt", _TEXT)
    index_dir = tmp_path / "index"
    update_index(tmp_path, index_dir, embedder, tokenizer)
    answer = Assistant.open(index_dir, embedder, tokenizer).ask("美深町の効果検証報告書では、最大の課題は何とされていますか？")
    assert answer.found and "雇用の受け皿づくりが最大の課題" in answer.answer.split("\n")[0]
    assert "目的とする" not in answer.answer
