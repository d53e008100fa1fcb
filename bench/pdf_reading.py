"""How long the PDF reader takes per page, against pdfplumber's plain `extract_text`.

    python bench/pdf_reading.py [--pages 30]

Makes two PDFs with reportlab (prose pages; pages with a ruled KPI table between prose) and prints
one table: seconds per page for `ingest.readers.formats.pdf.read_pdf` (dedupe, table finding, layout) and for
plain `extract_text`, and the tables found. Run on an idle machine; the worker's limit is 120 s a file.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

FONT = "HeiseiKakuGo-W5"


def _make(path: Path, pages: int, with_tables: bool) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path))
    for p in range(pages):
        pdf.setFont(FONT, 10)
        for i in range(22 if with_tables else 45):
            pdf.drawString(40, 800 - 16 * i, f"第{p + 1}章の{i + 1}行目：地域の担い手の確保に向けて、関係機関と連携した取組を進めます。")
        if with_tables:
            top = 420
            for r in range(9):
                pdf.line(40, top - 20 * r, 540, top - 20 * r)
                cells = ("指標", "基準値", "実績値", "目標値") if r == 0 else (f"指標{r}", f"{r * 10}人", f"{r * 12}人", f"{r * 15}人")
                for c, text in enumerate(cells):
                    pdf.drawString(45 + 125 * c, top - 20 * r - 14, text)
            for c in range(5):
                pdf.line(40 + 125 * c, top, 40 + 125 * c, top - 160)
        pdf.showPage()
    pdf.save()
    return path


def main() -> None:
    import pdfplumber

    from ingest.readers.formats.pdf import read_pdf

    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=30)
    args = parser.parse_args()
    print("| PDF | pages | read_pdf s/page | extract_text s/page | tables |")
    print("|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, with_tables in (("prose", False), ("ruled KPI tables", True)):
            path = _make(Path(tmp) / f"{name}.pdf", args.pages, with_tables)
            start = time.perf_counter()
            raw = read_pdf(path, path.read_bytes())
            ours = (time.perf_counter() - start) / args.pages
            start = time.perf_counter()
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
            plain = (time.perf_counter() - start) / args.pages
            print(f"| {name} | {args.pages} | {ours:.3f} | {plain:.3f} | {len(raw.tables)} |")


if __name__ == "__main__":
    main()
