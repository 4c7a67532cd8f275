"""PDF checks: page size, tags, title, language, embedded fonts, text and font sizes."""
from __future__ import annotations

import re
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

import pikepdf

A4_POINTS = (595.28, 841.89)
FONTSPEC = re.compile(r'<fontspec id="([^"]+)" size="(-?\d+)"')
TEXT_RUN = re.compile(r'<text [^>]*font="([^"]+)"[^>]*>(.*?)</text>', re.S)


def font_sizes(path: Path) -> Counter:
    """How many characters are set at each font size (in points, to a third of a point), across the whole PDF.
    Read with poppler's pdftohtml, which gives each run of text its font and size."""
    out = subprocess.run(["pdftohtml", "-xml", "-i", "-q", "-stdout", "-zoom", "3", str(path)],
                         capture_output=True, text=True, check=True).stdout
    sizes = {m.group(1): round(int(m.group(2)) / 3, 1) for m in FONTSPEC.finditer(out)}   # zoom 3: 3 units a point
    counts: Counter = Counter()
    for m in TEXT_RUN.finditer(out):
        chars = len(re.sub(r"<[^>]+>", "", m.group(2)).strip())
        if chars:
            counts[sizes[m.group(1)]] += chars
    return counts


def smallest_font(path: Path, ignore_under_chars: int = 0) -> float:
    sizes = font_sizes(path)
    return min((s for s, n in sizes.items() if n > ignore_under_chars and s > 0), default=0.0)


def text(path: Path) -> str:
    """The PDF's text, page after page, in the order it was written (poppler's pdftotext -raw: no
    hyphen taken out of a word that runs on to the next line)."""
    return "\n".join(page_texts(path))


def page_texts(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


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
            resources = page.obj.get("/Resources")
            fonts = resources.get("/Font") if resources is not None else None
            for _name, font in (fonts.items() if fonts is not None else []):
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


PAGE_BOX = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
WORD_BOX = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>')


def outside_the_page(path: Path, label: str) -> list[str]:
    """Words printed partly or wholly off the page (poppler's word boxes against the page size):
    a footer that runs below the page edge, a line too long for the page."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    problems, page, size = [], 0, (0.0, 0.0)
    for line in out.splitlines():
        m = PAGE_BOX.search(line)
        if m:
            page, size = page + 1, (float(m.group(1)), float(m.group(2)))
            continue
        w = WORD_BOX.search(line)
        if w:
            x0, y0, x1, y1 = (float(v) for v in w.groups()[:4])
            if x0 < -0.5 or y0 < -0.5 or x1 > size[0] + 0.5 or y1 > size[1] + 0.5:
                problems.append(f"{label}: page {page}: '{w.group(5)}' is printed outside the page")
    return problems


def page_fill(path: Path, footer_mm: float = 0) -> list[float]:
    """How far down each page its content reaches, as a share of the page above the footer
    (0 = empty, 1 = full), read from the page drawn at low resolution (pdftoppm)."""

    from PIL import Image  # noqa: PLC0415 (Pillow: loaded only to measure a PDF page's pictures)
    fills = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "20", "-gray", str(path), f"{tmp}/p"], check=True)
        for png in sorted(Path(tmp).glob("p*.pgm"), key=lambda p: int(p.stem.split("-")[-1])):
            im = Image.open(png).convert("L")
            w, h = im.size
            body = h - int(round(footer_mm / 25.4 * 20))
            values = list(im.getdata())
            lowest = max((y for y in range(body) if min(values[y * w:(y + 1) * w]) < 200), default=0)
            fills.append(lowest / body if body else 0)
    return fills


def walk_each_element_once() -> None:
    """pdfua 0.1.3 builds a structure element with its whole subtree, then, walking down the
    tree, builds each child's subtree again: 438,000 builds for the 49,000 elements of the whole
    guide, four fifths of the time it takes. Walk the subtree it has already built instead: the
    same elements, in the same order, with the same findings (tests/unit/test_pdfua_walk.py)."""
    from pdfua.document import PdfDocument  # noqa: PLC0415 (pdfua: the checks extra, loaded only to check PDFs)

    if hasattr(PdfDocument, "_walk_as_published"):
        return

    def walk(self, node, depth, page):
        element = self._build(node, depth, page)
        if element is None:
            return
        stack = [element]
        while stack:
            element = stack.pop()
            yield element
            stack.extend(reversed(element.children))

    PdfDocument._walk_as_published = PdfDocument._walk      # type: ignore[attr-defined]
    PdfDocument._walk = walk                                 # type: ignore[method-assign]


def pdfua_problems(path: Path, label: str) -> list[str]:
    """What pdfua (the machine-checkable part of PDF/UA-1, on pikepdf) finds at warning level or
    above: untagged content, missing language, figures without alternative text, table headers
    without scope, headings out of order and the rest of its rules (`pdfua rules`)."""
    from pdfua import Severity, validate  # noqa: PLC0415 (pdfua: the checks extra, loaded only to check PDFs)
    walk_each_element_once()
    report = validate(str(path))
    problems = []
    for finding in report.findings:
        if finding.severity >= Severity.WARNING:
            page = getattr(finding.location, "page", None)
            where = f" page {page}" if page else ""
            problems.append(f"{label}:{where} {finding.rule_id}: {finding.message}")
    return problems


def _page_numbers(pdf) -> dict[object, int]:
    """Each page object's number in the open PDF, from 1: structure elements and bookmarks point
    to the page object."""
    return {p.objgen: i for i, p in enumerate(pdf.pages, 1)}


def pictures_left_alone(path: Path, label: str) -> list[str]:
    """An Easy Read picture must stay beside its words. In the PDF's structure (tagged by
    WeasyPrint), a part that runs on to the next page is split into one element per page, so a
    part whose piece on a page holds only pictures is a picture left at the foot of that page,
    its words on the next."""
    problems = []
    with pikepdf.open(str(path)) as pdf:
        pages = _page_numbers(pdf)
        root = pdf.Root.get("/StructTreeRoot")
        stack = [root] if root is not None else []
        while stack:
            node = stack.pop()
            k = node.get("/K")
            kids = [] if k is None else list(k) if isinstance(k, pikepdf.Array) else [k]
            elements = [kid for kid in kids if isinstance(kid, pikepdf.Dictionary) and "/S" in kid]
            part = str(node.get("/S", "")) in ("/Sect", "/Div")
            if part and elements and all(str(e.S) == "/Figure" for e in elements):
                page = elements[0].get("/Pg")
                number = pages.get(page.objgen) if page is not None else None
                where = f"page {number}" if number else "a page"
                problems.append(f"{label}: the picture '{elements[0].get('/Alt', '')}' is alone at the foot of {where}, "
                                f"its words on the next page")
            stack.extend(elements)
    return problems


def bookmarks(path: Path) -> list[tuple[str, int | None]]:
    """The PDF's top-level bookmarks, in order: (title, the number of the page it goes to)."""
    with pikepdf.open(str(path)) as pdf:
        number_of = _page_numbers(pdf)
        with pdf.open_outline() as outline:
            return [(str(item.title), number_of.get(item.destination[0].objgen)
                     if isinstance(item.destination, pikepdf.Array) and len(item.destination) else None)
                    for item in outline.root]


FOOTER_LINE = re.compile(r"Page \d+ of \d+|^\s*version \S+\s*$")


def contents_problems(path: Path, label: str) -> list[str]:
    """The contents of a whole-guide PDF gives, for each part, the page it starts on: each number
    must be the page its bookmark goes to. The parts are the bookmarks after 'Contents', in order.
    The contents is a numbered list, each entry ending with its page number."""
    marks = bookmarks(path)
    titles = [title for title, _page in marks]
    if "Contents" not in titles:
        return [f"{label}: no bookmark called 'Contents'"]
    first = marks[titles.index("Contents")][1]
    parts = marks[titles.index("Contents") + 1:]
    if first is None or not parts or parts[0][1] is None:
        return [f"{label}: the bookmarks do not say where the contents and the parts start"]
    lines = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(first), "-l", str(parts[0][1] - 1),
                            str(path), "-"], capture_output=True, text=True, check=True).stdout.splitlines()
    entries: list[str] = []
    for line in lines:
        if re.match(r"\s*\d+\.\s", line):
            entries.append(line)
        elif entries and line.strip() and not FOOTER_LINE.search(line):
            entries[-1] += " " + line          # an entry of more than one line
    numbers = [int(m.group(1)) if (m := re.search(r"(\d+)\s*$", entry)) else None for entry in entries]
    if len(numbers) != len(parts):
        return [f"{label}: the contents has {len(numbers)} entries for {len(parts)} parts"]
    return [f"{label}: the contents says '{title}' starts on page {given}, but it starts on page {page}"
            for (title, page), given in zip(parts, numbers, strict=True) if given != page]
