"""Every page in four formats: addresses, links between formats, the Easy Read and large-print
layouts measured in Chromium, large-print PDFs, and plain text that keeps every word."""
from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from tests.checks import pdfs, readability

FORMAT_KEYS = ("standard", "easy_read", "large_print", "large_print_pdf", "text")


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
    missing = [f"{p['source']}: no {key} at /{p['formats'][key]}" for p in manifest["pages"] for key in FORMAT_KEYS
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
    for p in manifest["pages"]:
        for key in ("standard", "easy_read", "large_print"):
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
            for other in FORMAT_KEYS:
                target = p["formats"][other]
                if posixpath.normpath("/" + target).lstrip("/") not in targets:
                    problems.append(f"/{address}: no link to its {other} format (/{target})")
            if nav[0].get("aria-label") is None:
                problems.append(f"/{address}: the format links have no name for screen readers")
    assert not problems, "\n".join(problems[:50])


def test_missing_easy_read_says_so_and_links_to_the_nearest(site_dir, manifest):
    for p in manifest["pages"]:
        if p["easy_read"] != "missing":
            continue
        text = built_file(site_dir, p["formats"]["easy_read"]).read_text(encoding="utf-8")
        assert "This page is not in Easy Read yet." in text
        assert "er-missing" in text


def _styles(page, selector):
    return page.evaluate("""(sel) => [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length)
        .map(e => { const s = getComputedStyle(e); return {tag: e.tagName, size: parseFloat(s.fontSize),
            style: s.fontStyle, align: s.textAlign, line: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
            deco: s.textDecorationLine, hyphens: s.hyphens, text: e.textContent.trim().slice(0, 40)}; })""", selector)


TEXT = "#main-content p, #main-content li, #main-content dd, #main-content dt, #main-content h1, #main-content h2, #main-content h3"


def test_easy_read_layout_in_the_browser(chromium, base_url, manifest):
    problems = []
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    for p in manifest["pages"]:
        address = p["formats"]["easy_read"]
        page.goto(base_url + address)
        for s in _styles(page, TEXT + ", #main-content .er-sentence"):
            if s["size"] < 20:
                problems.append(f"/{address}: text of {s['size']}px (at least 20): {s['text']}")
            if s["style"] != "normal":
                problems.append(f"/{address}: italic text: {s['text']}")
            if s["hyphens"] not in ("none", "manual"):
                problems.append(f"/{address}: words may be split across lines")
        for s in _styles(page, "#main-content .er-words, #main-content .er-words strong, #main-content h1"):
            if "underline" in s["deco"]:
                problems.append(f"/{address}: underlined text that is not a link: {s['text']}")
        layout = page.evaluate("""() => [...document.querySelectorAll('.er-point')].map(p => {
            const img = p.querySelector('img.er-picture'), words = p.querySelector('.er-words');
            return {ok: !!img && !!words && img.getBoundingClientRect().right <= words.getBoundingClientRect().left,
                    text: p.textContent.trim().slice(0, 40)}; })""")
        problems += [f"/{address}: the picture is not on the left of the words: {x['text']}" for x in layout if not x["ok"]]
        lines = page.evaluate("""() => [...document.querySelectorAll('.er-sentence')].every(e =>
            ['block', 'list-item', 'flex'].includes(getComputedStyle(e).display) || e.tagName === 'P')""")
        if not lines:
            problems.append(f"/{address}: sentences are not each on their own line")
        page.emulate_media(media="print")
        small = [s for s in _styles(page, "#main-content .er-sentence") if s["size"] < 14 * 96 / 72 - 0.1]
        if small:
            problems.append(f"/{address}: printed text under 14pt: {small[0]['text']}")
        page.emulate_media(media="screen")
    assert not problems, "\n".join(problems[:50])


def test_large_print_layout_in_the_browser(chromium, base_url, manifest):
    problems = []
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    for p in manifest["pages"]:
        address = p["formats"]["large_print"]
        page.goto(base_url + address)
        for s in _styles(page, TEXT + ", #main-content td, #main-content th, #main-content a, #main-content strong"):
            if s["size"] < 24:
                problems.append(f"/{address}: text of {s['size']}px (at least 24): {s['text']}")
            if s["style"] != "normal":
                problems.append(f"/{address}: italic text: {s['text']}")
            if s["align"] not in ("left", "start"):
                problems.append(f"/{address}: text aligned {s['align']}: {s['text']}")
            if s["tag"] in ("P", "LI", "DD") and s["line"] < 1.5:
                problems.append(f"/{address}: line height {s['line']:.2f} (at least 1.5): {s['text']}")
        measure = page.evaluate("""() => { const m = document.querySelector('#main-content');
            const p = m.querySelector('p'); const size = parseFloat(getComputedStyle(p || m).fontSize);
            const cs = getComputedStyle(m); const width = m.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
            return {em: width / size, columns: getComputedStyle(m).columnCount}; }""")
        # about 60 to 70 characters a line: an average character is about half an em wide
        if not 26 <= measure["em"] <= 36:
            problems.append(f"/{address}: lines are {measure['em']:.0f}em wide (about 30 to 35em gives 60 to 70 characters)")
        if measure["columns"] not in ("auto", "1"):
            problems.append(f"/{address}: text is in more than one column")
        page.emulate_media(media="print")
        small = [s for s in _styles(page, "#main-content p, #main-content li") if s["size"] < 24 - 0.1]
        if small:
            problems.append(f"/{address}: printed text under 18pt: {small[0]['text']}")
        page.emulate_media(media="screen")
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


URL = re.compile(r"https?://\S+")


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z0-9£%]+(?:['’][A-Za-z]+)*", text)}


def test_plain_text_files(site_dir, manifest):
    problems = []
    site_url = manifest["site_url"].rstrip("/")
    for p in manifest["pages"]:
        address = p["formats"]["text"]
        raw = (site_dir / address).read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"/{address}: not UTF-8")
            continue
        for n, line in enumerate(text.splitlines(), 1):
            if len(line) > 80 and not URL.search(line):
                problems.append(f"/{address}, line {n}: {len(line)} characters (at most 80): {line[:50]}")
            if re.search(r"<[a-zA-Z/][^>]*>|\*\*|\]\(|^#{1,6} |^\|.*\|$|^\s*[*+] ", line):
                problems.append(f"/{address}, line {n}: HTML or Markdown left in: {line[:60]}")
        if "[1]" in text:
            refs = text.split("Links on this page", 1)
            if len(refs) != 2 or not re.search(rf"^\[1\] (https?://|mailto:)", refs[1], re.M):
                problems.append(f"/{address}: link numbers without a list of full addresses at the end")
            for m in re.finditer(r"^\[(\d+)\] (\S+)$", refs[-1], re.M):
                if not m.group(2).startswith(("http://", "https://", "mailto:")):
                    problems.append(f"/{address}: link [{m.group(1)}] is not a full address: {m.group(2)}")
        if site_url + "/" + p["formats"]["standard"] not in text:
            problems.append(f"/{address}: does not give the web address of its page")
        # nothing lost: every word of the page's main content is in the text
        html_text = built_file(site_dir, p["formats"]["standard"]).read_text(encoding="utf-8")
        main = lxml_html.fromstring(readability.main_content(html_text) or "<p></p>")
        for bad in main.xpath('.//nav[contains(@class, "format-links")] | .//script | .//style'):
            bad.drop_tree()
        for img in main.iter("img"):
            img.tail = f" {img.get('alt', '')} " + (img.tail or "")
        for el in main.iter("p", "li", "h1", "h2", "h3", "h4", "td", "th", "dt", "dd", "div", "br"):
            el.tail = " " + (el.tail or "")
            el.text = " " + (el.text or "")
        lost = _words(main.text_content()) - _words(text)
        if lost:
            problems.append(f"/{address}: words of the page missing from the text: {sorted(lost)[:10]}")
    assert not problems, "\n".join(problems[:50])


def test_guide_text_has_every_page_in_reading_order(site_dir, manifest):
    guide = (site_dir / "text" / "guide.txt").read_text(encoding="utf-8")
    positions = []
    for p in manifest["pages"]:
        title = p["title"].upper()
        assert title in guide, f"{p['title']} is not in the guide"
        positions.append(guide.index(title + "\n"))
    assert positions == sorted(positions), "the pages are not in reading order"
