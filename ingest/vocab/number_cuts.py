"""Where a line end cuts a number in two (「…総額は１９８億７，」 over 「６００万円」): one reading of the cut, for the
quantity grammar (ingest.vocab.quantities), the text normaliser's line joining (ingest.text.normalize), the amount
lines read from raw text (ingest.plans.amount_lines) and the answers' candidates (assistant.candidates). The halves
of a cut number are never values of their own."""
from __future__ import annotations

import re

from ingest.vocab.normal import normalize

# On normalised text: the line before ends inside a number (a separator, an unfinished group of thousands, digits
# after 億/万: 「１９８億７，」, 「３億４，５０」), or the number runs on past a separator into the next line.
CUT_BEFORE = re.compile(r"(?:[0-9][,.億万千]|[0-9],[0-9]{1,2}|[0-9][億万][0-9,]{1,4})[ \t]*\n[ \t]*$")
CUT_AFTER = re.compile(r"[,.][ \t]*\n[ \t]*[0-9]")
# On text as printed (full-width digits kept): a line's end inside a number, and a line opening with one.
NUMBER_CUT_BEFORE = re.compile(r"[0-9０-９][,，.．]?[億万千]?[,，.．]?[ \t\u3000]*$")
NUMBER_CUT_AFTER = re.compile(r"^[ \t\u3000]*[0-9０-９,，.．億万千円]")
# A wrapped line (NFKC) ending on a digit and its separator: the next line's digits continue that number.
LINE_ENDS_IN_NUMBER = re.compile(r"[0-9][,.]$")


def ends_inside_number(text: str) -> bool:
    """Whether a line ends inside a number a line end cuts (「…予算総額は１９８億７，」): what starts the next line is
    that number's second half, never a value of its own."""
    return bool(CUT_BEFORE.search(normalize(text.rstrip()).text.rstrip() + "\n"))
