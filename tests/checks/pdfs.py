"""PDF checks: page size, tags, title, language, embedded fonts, text and font sizes."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pikepdf
import pypdf

A4_POINTS = (595.28, 841.89)


def font_sizes(path: Path) -> Counter:
    """How many characters are set at each font size (in points), across the whole PDF."""
    sizes: Counter = Counter()
    reader = pypdf.PdfReader(str(path))
    for page in reader.pages:
        def visit(text, cm, tm, font_dict, font_size):
            if not text.strip():
                return
            # The size on the page is the font size scaled by the text and transformation matrices.
            scale_tm = (tm[2] ** 2 + tm[3] ** 2) ** 0.5
            scale_cm = (cm[2] ** 2 + cm[3] ** 2) ** 0.5
            size = round(font_size * scale_tm * scale_cm, 1)
            sizes[size] += len(text.strip())
        page.extract_text(visitor_text=visit)
    return sizes


def smallest_font(path: Path, ignore_under_chars: int = 0) -> float:
    sizes = font_sizes(path)
    return min((s for s, n in sizes.items() if n > ignore_under_chars and s > 0), default=0.0)


def text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)


def structure_problems(path: Path, label: str) -> list[str]:
    """A4 pages, a structure tree (tagged), a title, a language, and embedded fonts."""
    problems = []
    with pikepdf.open(str(path)) as pdf:
        root = pdf.Root
        for i, page in enumerate(pdf.pages, 1):
            box = [float(x) for x in page.mediabox]
            w, h = box[2] - box[0], box[3] - box[1]
            if abs(w - A4_POINTS[0]) > 2 or abs(h - A4_POINTS[1]) > 2:
                problems.append(f"{label}: page {i} is {w:.0f} x {h:.0f} points, not A4")
                break
        if "/StructTreeRoot" not in root:
            problems.append(f"{label}: not tagged (no structure tree)")
        mark = root.get("/MarkInfo")
        if mark is None or not bool(mark.get("/Marked", False)):
            problems.append(f"{label}: not marked as tagged (/MarkInfo /Marked)")
        if not str(root.get("/Lang", "")).strip():
            problems.append(f"{label}: no language set")
        title = str(pdf.docinfo.get("/Title", "")) if pdf.docinfo else ""
        if not title.strip():
            with pdf.open_metadata() as meta:
                title = meta.get("dc:title", "")
        if not str(title).strip():
            problems.append(f"{label}: no title")
        viewer = root.get("/ViewerPreferences")
        if viewer is None or not bool(viewer.get("/DisplayDocTitle", False)):
            problems.append(f"{label}: does not ask viewers to show its title (DisplayDocTitle)")
        for i, page in enumerate(pdf.pages, 1):
            fonts = page.obj.get("/Resources", {}).get("/Font", {})
            for name, font in fonts.items():
                if not _embedded(font):
                    problems.append(f"{label}: font {font.get('/BaseFont')} on page {i} is not embedded")
    return problems


def _embedded(font) -> bool:
    if font.get("/Subtype") == "/Type3":
        return True
    descendants = font.get("/DescendantFonts")
    if descendants:
        return all(_embedded(d) for d in descendants)
    desc = font.get("/FontDescriptor")
    return desc is not None and any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def page_texts(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]
