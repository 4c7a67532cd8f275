"""Every page is in every format, and the Easy Read and large print layouts are measured in a browser.

Every page in four formats: addresses, links between formats, the Easy Read and large-print
layouts measured in Chromium, large-print PDFs, and plain text that keeps every word."""
from __future__ import annotations

import posixpath
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from lxml import html as lxml_html

from accessible_formats.checks import pdfs, plain_text


def format_keys(manifest) -> list[str]:
    """The page formats, from the registry (accessible_formats/formats.py) by way of the manifest."""
    return [f["key"] for f in manifest["formats"]["page"]]


def built_file(site_dir: Path, address: str) -> Path:
    return site_dir / address / "index.html" if address == "" or address.endswith("/") else site_dir / address


def test_addresses_follow_the_contract(manifest):
    pages = {p["path"]: p for p in manifest["pages"]}
    assert pages[""]["formats"] == {"standard": "", "easy_read": "easy-read/", "large_print": "large-print/",
                                    "large_print_pdf": "large-print/index.pdf", "text": "text/index.txt"}
    assert pages["principles/assets"]["formats"] == {
        "standard": "principles/assets/", "easy_read": "easy-read/principles/assets/",
        "large_print": "large-print/principles/assets/", "large_print_pdf": "large-print/principles/assets.pdf",
        "text": "text/principles/assets.txt"}


def test_every_page_has_every_format(site_dir, manifest):
    missing = [f"{p['source']}: no {key} at /{p['formats'][key]}" for p in manifest["pages"] for key in format_keys(manifest)
               if not built_file(site_dir, p["formats"][key]).is_file()]
    assert not missing, "\n".join(missing)
    assert (site_dir / "text" / "guide.txt").is_file()


def test_manifest_describes_every_page(manifest):
    for p in manifest["pages"]:
        assert p["title"] and p["kind"] and p["easy_read"] in ("written", "made from data", "missing"), p
    kinds = {p["kind"] for p in manifest["pages"]}
    assert {"home", "guide", "principle", "tool", "case-study", "glossary", "index"} <= kinds


def test_easy_read_is_written_where_it_must_be(manifest):
    must = [p for p in manifest["pages"] if p["kind"] in ("principle", "tool", "case-study")
            or p["path"] in ("", "about-co-production/what-it-is")]
    assert must and all(p["easy_read"] == "written" for p in must)


def _format_links(site_dir, address):
    root = lxml_html.fromstring(built_file(site_dir, address).read_text(encoding="utf-8"))
    nav = root.xpath('//*[@id="main-content"]//nav[contains(@class, "format-links")]')
    return root, nav


def test_every_format_links_to_the_others_near_the_top(site_dir, manifest):
    problems = []
    html_formats = [f["key"] for f in manifest["formats"]["page"] if f["html_page"]]
    for p in manifest["pages"]:
        for key in html_formats:
            address = p["formats"][key]
            root, nav = _format_links(site_dir, address)
            if not nav:
                problems.append(f"/{address}: no links to the other formats")
                continue
            main = root.xpath('//*[@id="main-content"]')[0]
            blocks = [e for e in main.iter() if isinstance(e.tag, str) and e.tag in ("h2", "nav")]
            if blocks and blocks[0] is not nav[0]:
                problems.append(f"/{address}: the format links are not near the top")
            targets = {posixpath.normpath(posixpath.join("/" + address, a.get("href"))).lstrip("/")
                       for a in nav[0].iter("a")}
            for other in format_keys(manifest):
                target = p["formats"][other]
                if posixpath.normpath("/" + target).lstrip("/") not in targets:
                    problems.append(f"/{address}: no link to its {other} format (/{target})")
            if nav[0].get("aria-label") is None:
                problems.append(f"/{address}: the format links have no name for screen readers")
    assert not problems, "\n".join(problems[:50])


def test_large_print_pdfs(site_dir, manifest):
    problems = []
    for p in manifest["pages"]:
        address = p["formats"]["large_print_pdf"]
        path = site_dir / address
        problems += pdfs.structure_problems(path, address)
        smallest = pdfs.smallest_font(path)
        if smallest < 18:
            problems.append(f"{address}: smallest text is {smallest}pt (at least 18)")
        text = " ".join(pdfs.text(path).split())
        standard_address = manifest["site_url"].rstrip("/") + "/" + p["formats"]["standard"]
        if "Page 1 of" not in text:
            problems.append(f"{address}: no page numbers")
        if standard_address.replace(" ", "") not in text.replace(" ", ""):
            problems.append(f"{address}: the footer does not give the page's address {standard_address}")
    assert not problems, "\n".join(problems[:50])


def test_plain_text_files(site_dir, manifest):
    files = plain_text.text_files(manifest)
    assert len(files) == len(manifest["pages"]) + len(manifest["tools"]), "a page or tool without plain text"
    problems = []
    for p in files:
        problems += plain_text.check_page(site_dir, p, manifest["site_url"])
    assert not problems, "\n".join(problems[:50])


def test_guide_text_has_every_page_in_reading_order(site_dir, manifest):
    guide = (site_dir / "text" / "guide.txt").read_text(encoding="utf-8-sig")
    positions = []
    for p in manifest["pages"]:
        title = p["title"].upper()
        assert title in guide, f"{p['title']} is not in the guide"
        positions.append(guide.index(title + "\n"))
    assert positions == sorted(positions), "the pages are not in reading order"


def _pdfua(args):
    path, label = args
    return pdfs.pdfua_problems(path, label)


def test_every_pdf_passes_the_machine_checkable_part_of_pdf_ua(site_dir):
    """pdfua's rules (`pdfua rules`): tagged content, language, figures with alternative text,
    table headers with their scope, headings in order, bookmarks and the rest. What it does not
    check is said in the accessibility statement."""
    files = sorted(site_dir.rglob("*.pdf"))
    jobs = [(f, f"/{f.relative_to(site_dir)}") for f in files]
    with ProcessPoolExecutor(max_workers=2) as pool:
        problems = [p for found in pool.map(_pdfua, jobs) for p in found]
    assert len(files) > 300
    assert problems == [], "\n".join(problems[:30])
