"""A PDF page as a picture with the quote's characters boxed, so a reader can check a citation
against the original layout.

    image = render_page(Path("corpus/plan.pdf"), page=12, quotes=["令和７年度から概ね５年"])
    image.png  # PNG bytes; image.boxes: the highlighted rectangles in PDF points; image.found

The quote is found among the page's characters (pdfplumber, duplicated bold glyphs read once) in the
eval's comparison form (NFKC, whitespace and ※ removed), and each run of its characters on one text
line becomes one rectangle; the page is rendered with pypdfium2 and the rectangles are drawn with PIL
as semi-transparent yellow boxes with an outline.
"""
from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

HIGHLIGHT_FILL = (255, 214, 0, 110)
HIGHLIGHT_LINE = (230, 120, 0, 255)


@dataclass(frozen=True)
class PageImage:
    png: bytes
    width: int
    height: int
    boxes: tuple[tuple[float, float, float, float], ...]   # (x0, top, x1, bottom) in PDF points
    found: bool


def _comparable_chars(chars: list[dict]) -> tuple[str, list[int]]:
    """The page's characters in comparison form, and for each compared character the index of its glyph."""
    text, owner = [], []
    for i, ch in enumerate(chars):
        for c in unicodedata.normalize("NFKC", ch.get("text", "")):
            if c.isspace() or c == "※":
                continue
            text.append(c)
            owner.append(i)
    return "".join(text), owner


def _comparable(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text) if not c.isspace() and c != "※")


def quote_boxes(chars: list[dict], quotes: list[str]) -> list[tuple[float, float, float, float]]:
    """Rectangles covering each quote's characters, one per run on the same line (PDF points, top-down)."""
    text, owner = _comparable_chars(chars)
    boxes: list[tuple[float, float, float, float]] = []
    for quote in quotes:
        at, length = _locate(text, _comparable(quote))
        if at < 0:
            continue
        glyphs = [chars[i] for i in sorted(set(owner[at:at + length]))]
        run: list[dict] = []
        for g in glyphs:
            if run and (abs(g["top"] - run[-1]["top"]) > 0.5 * max(g["bottom"] - g["top"], 1) or g["x0"] < run[-1]["x0"] - 1):
                boxes.append(_box(run))
                run = []
            run.append(g)
        if run:
            boxes.append(_box(run))
    return boxes


def _locate(text: str, needle: str, shortest: int = 8) -> tuple[int, int]:
    """Where the quote stands on the page: whole, else its longest head or tail found (a quote that runs on to
    the next page, or whose table cells the PDF orders differently). (-1, 0) when not even 8 characters match."""
    if not needle:
        return -1, 0
    at = text.find(needle)
    if at >= 0:
        return at, len(needle)
    size = len(needle) * 3 // 4
    while size >= shortest:
        for part in (needle[:size], needle[-size:]):
            at = text.find(part)
            if at >= 0:
                return at, size
        size = size * 3 // 4
    return -1, 0


def _box(run: list[dict]) -> tuple[float, float, float, float]:
    return (min(g["x0"] for g in run) - 1, min(g["top"] for g in run) - 1,
            max(g["x1"] for g in run) + 1, max(g["bottom"] for g in run) + 1)


def render_page(pdf_path: Path, page: int, quotes: list[str], scale: float = 1.5) -> PageImage:
    """File page `page` (1-based) of the PDF as PNG, the quotes' characters boxed in yellow."""
    import pdfplumber
    import pypdfium2
    from PIL import Image, ImageDraw

    with pdfplumber.open(pdf_path) as pdf:
        plumbed = pdf.pages[page - 1]
        boxes = quote_boxes(plumbed.dedupe_chars().chars, quotes)
        origin_x, origin_y = plumbed.bbox[0], plumbed.bbox[1]
    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        picture = document[page - 1].render(scale=scale).to_pil().convert("RGBA")
    finally:
        document.close()
    overlay = Image.new("RGBA", picture.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for x0, top, x1, bottom in boxes:
        rect = [(x0 - origin_x) * scale, (top - origin_y) * scale, (x1 - origin_x) * scale, (bottom - origin_y) * scale]
        draw.rectangle(rect, fill=HIGHLIGHT_FILL, outline=HIGHLIGHT_LINE, width=2)
    out = io.BytesIO()
    Image.alpha_composite(picture, overlay).convert("RGB").save(out, format="PNG", optimize=True)
    return PageImage(out.getvalue(), picture.width, picture.height, tuple(boxes), bool(boxes))
