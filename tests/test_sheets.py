"""Every printable sheet is in every form, and its PDFs are A4, tagged and easy to read.

Printable sheets: every tool has its sheets in every form; every PDF is A4, tagged, titled,
in English, with embedded fonts, the declared questions as text, big enough text for its form,
and a first page that is not blank."""
from __future__ import annotations

import subprocess
from pathlib import Path

import yaml
from PIL import Image

from accessible_formats.checks import pdfs

ROOT = Path(__file__).resolve().parent.parent
MIN_FONT = {"pdf": 10, "easy_read_pdf": 16, "large_print_pdf": 18}


def sheet_data(slug):
    return yaml.safe_load((ROOT / "sheets" / f"{slug}.yml").read_text(encoding="utf-8"))


def test_every_tool_has_sheets_in_every_form(site_dir, manifest):
    tools = [p for p in manifest["pages"] if p["kind"] == "tool"]
    tool_files = [f for f in (ROOT / "docs" / "tools").glob("*.md")
                  if not f.name.endswith(".easy.md") and "kind: tool" in f.read_text(encoding="utf-8")]
    assert tools and len(tools) == len(tool_files)
    for tool in tools:
        assert tool["sheets"], f"{tool['path']} has no printable sheet"
        for slug, addresses in tool["sheets"].items():
            for key, address in addresses.items():
                path = site_dir / address / "index.html" if address.endswith("/") else site_dir / address
                assert path.is_file(), f"{tool['path']}: sheet {slug} has no {key} at /{address}"


def test_there_are_at_least_15_tool_sheets_and_12_checklists(manifest):
    by_kind: dict[str, list[str]] = {}
    kinds = {p["path"]: p["kind"] for p in manifest["pages"]}
    for s in manifest["sheets"]:
        by_kind.setdefault(kinds[s["page"]], []).append(s["slug"])
    assert len(by_kind.get("tool", [])) >= 15
    assert sum(len(v) for k, v in by_kind.items() if k != "tool") >= 12


def _all_pdfs(manifest):
    for s in manifest["sheets"]:
        for key in MIN_FONT:
            yield s, key, s["addresses"][key]


def _every_sheet_pdf(site_dir, manifest):
    """(path, label) of each sheet's PDF in each form, and of the 3 packs."""
    for _sheet, _key, address in _all_pdfs(manifest):
        yield site_dir / address, address
    for pack in ("all-sheets", "all-sheets-easy-read", "all-sheets-large-print"):
        yield site_dir / "sheets" / f"{pack}.pdf", f"sheets/{pack}.pdf"


def test_sheet_pdfs_are_accessible_a4_documents(site_dir, manifest):
    problems = [p for path, label in _every_sheet_pdf(site_dir, manifest) for p in pdfs.structure_problems(path, label)]
    assert not problems, "\n".join(problems[:40])


def test_every_picture_stays_beside_its_words(site_dir, manifest):
    """A facilitator prints an Easy Read sheet: no picture may be left at the foot of a page with
    its question on the next (found in 24 Easy Read sheets and 22 times in their pack, and mended)."""
    problems = [p for path, label in _every_sheet_pdf(site_dir, manifest) for p in pdfs.pictures_left_alone(path, label)]
    assert not problems, "\n".join(problems[:40])


PACKS = {"pdf": "all-sheets", "easy_read_pdf": "all-sheets-easy-read", "large_print_pdf": "all-sheets-large-print"}


def test_each_pack_holds_every_sheet_page_for_page(site_dir, manifest):
    """A facilitator who prints a pack gets every sheet of its form, each whole and as its own PDF
    prints it, page numbers included."""
    problems = []
    for key, pack in PACKS.items():
        pages = pdfs.page_texts(site_dir / "sheets" / f"{pack}.pdf")
        joined = "\f".join(pages)
        total = 0
        for s in manifest["sheets"]:
            own = pdfs.page_texts(site_dir / s["addresses"][key])
            total += len(own)
            if "\f".join(own) not in joined:
                problems.append(f"sheets/{pack}.pdf does not hold the pages of {s['addresses'][key]} as they are")
        if total != len(pages):
            problems.append(f"sheets/{pack}.pdf has {len(pages)} pages; its sheets have {total}")
    assert not problems, "\n".join(problems[:20])


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


def test_sheet_pdfs_hold_their_questions_and_big_enough_text(site_dir, manifest):
    problems = []
    for sheet, key, address in _all_pdfs(manifest):
        data = sheet_data(sheet["slug"])
        text = _norm(pdfs.text(site_dir / address)).replace(" ", "")
        for q in data["questions"]:
            wording = q["easy_read"] if key == "easy_read_pdf" else q["text"]
            if _norm(wording).replace(" ", "") not in text:
                problems.append(f"{address}: the question '{wording}' is not in the PDF's text")
        smallest = pdfs.smallest_font(site_dir / address)
        if smallest < MIN_FONT[key]:
            problems.append(f"{address}: smallest text {smallest}pt (at least {MIN_FONT[key]})")
    assert not problems, "\n".join(problems[:40])


def test_first_page_of_each_sheet_pdf_is_not_blank(site_dir, manifest, tmp_path):
    problems = []
    for _sheet, _key, address in _all_pdfs(manifest):
        stem = tmp_path / address.replace("/", "_")
        subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(site_dir / address), str(stem)],
                       check=True)
        png = next(tmp_path.glob(stem.name + "*.png"))
        image = Image.open(png).convert("L")
        dark = sum(int(n) for n in image.histogram()[:200])   # pixels darker than light grey
        if dark < 500:
            problems.append(f"{address}: the first page looks blank ({dark} dark pixels)")
    assert not problems, "\n".join(problems)


def test_writing_space_suits_handwriting(chromium, base_url, manifest):
    """Lines at least 8 mm apart on standard sheets, more on Easy Read and large-print sheets."""
    page = chromium.new_page()
    slug = manifest["sheets"][0]["slug"]
    page.goto(base_url + f"sheets/{slug}/")
    gaps = page.evaluate("""() => ['standard', 'easy-read', 'large-print'].map(form => {
        const a = document.createElement('article'); a.className = 'sheet sheet--' + form;
        a.innerHTML = '<div class="answer-line"></div>'; document.body.appendChild(a);
        const h = a.querySelector('.answer-line').getBoundingClientRect().height; a.remove(); return h; })""")
    mm = [g * 25.4 / 96 for g in gaps]
    assert mm[0] >= 8 and mm[1] > mm[0] and mm[2] > mm[0], mm


def test_sheets_index_lists_every_sheet(site_dir, manifest):
    index = (site_dir / "sheets" / "index.html").read_text(encoding="utf-8")
    for s in manifest["sheets"]:
        assert f'href="{s["slug"]}/"' in index, s["slug"]
