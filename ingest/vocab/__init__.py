"""The vocabulary of plan language, as data with one parser each.

- `eras`: era and Western years, fiscal years, ranges and dates (「令和元年度」, 「R5」, 「H30.10.3」, 「2023/4/1」).
- `units`: units and counters (円, 千円, 人, 件, %, ポイント, 位 …) with their kind and scale.
- `numbers`: one number as printed (「2,119億8,400万」, 「二千五百」), and NUMBER_PATTERN for line grammars.
- `quantities`: the grammar of quantities (「2,119億8,400万円」, 「△12.3%」, 「第2位」, 「④」 a marker).
- `header_words`: the words plan tables put in their headers, word -> role.
- `attributes`: the attributes of a value (目標, 実績, 当初, 決算 …), the words naming each and those asking for each.
- `frame_words`: the words that frame a question (plan kinds, attributes asked, follow-up words), not its subject.
- `table_words`: a table's header cells read into column roles, years and unit notes.
- `value_questions`: how a question asks for a value (「何人」, 「いくら」, 「目標値は」) and the form its answer states.
- `section_words`: the labels that open a block or a section of a plan's text (「現状と課題」, 「主な取組」).
- `title_words`: the kinds a document's title ends with (「…総合戦略」, 「…予算書」) and the words after its short era.
- `item_kinds`: the kinds of things a plan lists besides 事業 (施設, 品目, サービス, 指標, 工事, 投資): the header words of a
  column naming one per row, and the words a list question asks for them with (「どの施設」「品目は？」).
- `synonyms`: the words plans use for the same thing, and the words that ask without naming a subject.
- `normal`: the NFKC view of a text with a map back to the text as given (spans are always into the original).

Every stage (ingest, index, assistant) imports these instead of spelling its own regex.
"""
