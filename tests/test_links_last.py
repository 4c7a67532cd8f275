"""Published addresses keep working, and so do links to sections, citations, printing and the offline copy.

Links that last: published addresses keep working, fixed ids for sections people cite,
'Cite this page', link previews, copying a section's link, printing, the whole guide as PDFs,
and the offline copy."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import html as lxml_html

from accessible_formats.checks import pdfs
from tests import fixture_site

ROOT = Path(__file__).resolve().parent.parent
LEDGER = Path(__file__).with_name("published-addresses.txt")
DATE = r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}"


def resolves(site: Path, address: str) -> bool:
    rel = address.lstrip("/")
    return (site / rel / "index.html").is_file() if rel == "" or rel.endswith("/") else (site / rel).is_file()


def ledger_addresses(path: Path = LEDGER) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_every_published_address_still_works(site_dir):
    addresses = ledger_addresses()
    assert len(addresses) > 600
    broken = [a for a in addresses if not resolves(site_dir, a)]
    assert not broken, "Published addresses that no longer work (add a redirect, see CONTRIBUTING.md):\n" + "\n".join(broken)


MOVED = "---\ntitle: New place\ndescription: A page that moved.\nkind: index\n---\n\nThis page moved here.\n"
OLD_ADDRESSES = ["/old-place/", "/easy-read/old-place/", "/large-print/old-place/", "/large-print/old-place.pdf",
                 "/text/old-place.txt"]


def test_a_moved_page_breaks_the_ledger_without_a_redirect_and_not_with_one(tmp_path):
    root = fixture_site.make(tmp_path / "a", pages={"new-place.md": MOVED})
    ok, output, site = fixture_site.build(root)
    assert ok, output[-2000:]
    assert [a for a in OLD_ADDRESSES if not resolves(site, a)] == OLD_ADDRESSES
    root = fixture_site.make(tmp_path / "b", pages={"new-place.md": MOVED},
                             extra_config="")
    config = (root / "mkdocs.yml").read_text().replace("redirect_maps: {}", "redirect_maps:\n        old-place.md: new-place.md")
    (root / "mkdocs.yml").write_text(config)
    ok, output, site = fixture_site.build(root)
    assert ok, output[-2000:]
    assert [a for a in OLD_ADDRESSES if not resolves(site, a)] == []
    redirect = (site / "easy-read" / "old-place" / "index.html").read_text()
    # from /easy-read/old-place/ to /easy-read/new-place/
    assert 'url=../new-place/"' in redirect and 'href="../new-place/"' in redirect


def _ids(site_dir: Path, address: str) -> list[str]:
    root = lxml_html.fromstring((site_dir / address / "index.html").read_text(encoding="utf-8"))
    return [h.get("id") for h in root.xpath('//*[@id="main-content"]//*[self::h2 or self::h3][@id]')]


def test_the_20_recommendations_have_their_documented_ids(site_dir):
    pages = {"how-to/culture/": range(1, 4), "how-to/structure/": range(4, 9), "how-to/practice/": range(9, 17),
             "how-to/review/": range(17, 21)}
    for address, numbers in pages.items():
        ids = [i for i in _ids(site_dir, address) if i.startswith("recommendation-")]
        assert ids == [f"recommendation-{n}" for n in numbers], (address, ids)


def test_principle_and_tool_pages_have_their_documented_ids(site_dir, manifest):
    for p in manifest["pages"]:
        ids = _ids(site_dir, p["formats"]["standard"]) if p["formats"]["standard"] else []
        if p["kind"] == "principle":
            for needed in ("what-it-means", "in-practice", "questions"):
                assert needed in ids, (p["path"], needed)
        if p["kind"] == "tool":
            for needed in ("purpose", "who-for", "time", "you-need", "steps", "adapting", "principles-it-builds"):
                assert needed in ids, (p["path"], needed)
            steps = [i for i in ids if i.startswith("step-")]
            assert steps and steps == [f"step-{n}" for n in range(1, len(steps) + 1)], (p["path"], steps)


def test_every_heading_links_to_itself(site_dir):
    root = lxml_html.fromstring((site_dir / "how-to" / "culture" / "index.html").read_text(encoding="utf-8"))
    h = root.xpath('//*[@id="recommendation-1"]')[0]
    assert h.xpath('./a/@href') == ["#recommendation-1"]


def test_cite_this_page_is_on_every_page(site_dir, manifest):
    problems = []
    for p in manifest["pages"]:
        for f in (f for f in manifest["formats"]["page"] if f["html_page"]):
            address = p["formats"][f["key"]]
            text = " ".join(lxml_html.fromstring((site_dir / address / "index.html").read_bytes())
                            .xpath('string(//*[contains(@class, "cite-page")])').split())
            url = manifest["site_url"].rstrip("/") + "/" + address
            if not f["cite"]:
                if text:
                    problems.append(f"/{address}: {f['key']} pages have no 'Cite this page', but this one does")
            elif not (re.search(DATE, text) and f"version {manifest['version']}" in text and url in text):
                problems.append(f"/{address}: 'Cite this page' lacks the date, version or address: {text[:160]}")
    assert not problems, "\n".join(problems[:20])


def test_link_previews_on_every_page(site_dir):
    problems = []
    for f in sorted(site_dir.rglob("*.html")):
        root = lxml_html.fromstring(f.read_bytes())
        if root.xpath('//meta[@http-equiv="refresh"]') or f.name == "404.html":
            continue
        for name in ('meta[@name="description"]', 'meta[@property="og:title"]', 'meta[@property="og:description"]'):
            values = root.xpath(f"//{name}/@content")
            if not values or not values[0].strip():
                problems.append(f"{f.relative_to(site_dir)}: no {name}")
    assert not problems, "\n".join(problems[:20])


def test_copy_link_copies_the_address_and_says_so(chromium, base_url):
    context = chromium.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    page.goto(base_url + "how-to/culture/")
    button = page.locator("#recommendation-2 + button.copy-link")
    assert button.get_attribute("aria-label").startswith("Copy link to the section")
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.copy-link-status').textContent.length > 0")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    canonical = page.evaluate("() => document.querySelector('link[rel=canonical]').href")
    assert copied == canonical.split("#")[0] + "#recommendation-2"
    assert copied in page.locator(".copy-link-status").text_content()
    assert page.locator(".copy-link-status").get_attribute("role") == "status"
    context.close()


def test_copy_quote_copies_the_words_with_their_reference_and_says_so(chromium, base_url):
    """With the keyboard alone: the quote holds the section's words (and no button text), the
    page's reference, its sources and the section's address, and a status message says so."""
    context = chromium.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    page.goto(base_url + "how-to/culture/")
    button = page.locator('button[aria-label="Copy quote of the section: '
                          'Recommendation 2: Build the culture on a shared understanding"]')
    assert button.count() == 1
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.copy-link-status').textContent.includes('Quote')")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    canonical = page.evaluate("() => document.querySelector('link[rel=canonical]').href").split("#")[0]
    body = page.locator("#recommendation-2 ~ p").first.inner_text()
    assert copied.startswith("\u201c" + body[:60])
    assert "Recommendation 3" not in copied and "Copy link" not in copied and "Copy quote" not in copied
    cite = page.locator(".cite-page p").first.inner_text().split(" https://")[0]
    assert "Recommendation 2: Build the culture on a shared understanding. In: " + cite in copied
    assert canonical + "#recommendation-2" in copied
    assert "Based on: Social Care Institute for Excellence (SCIE)" in copied
    status = page.locator(".copy-link-status")
    assert status.get_attribute("role") == "status" and "copied" in status.text_content()
    assert button.text_content() == "Quote copied"
    context.close()


def test_the_reference_styles_open_with_the_keyboard_and_are_well_formed(chromium, base_url):
    page = chromium.new_page()
    page.goto(base_url + "principles/assets/")
    bibtex = page.locator(".cite-forms pre[data-format=bibtex]")
    assert not bibtex.is_visible()
    page.locator(".cite-forms summary").focus()
    page.keyboard.press("Enter")
    assert bibtex.is_visible()
    canonical = page.evaluate("() => document.querySelector('link[rel=canonical]').href")
    bib = bibtex.inner_text()
    assert re.fullmatch(r"@misc\{coproduction-principles-assets,\n(  [a-z]+ = \{.*\},?\n)+\}", bib), bib
    assert "title = {Assets}" in bib and "url = {" + canonical + "}" in bib
    ris = page.locator(".cite-forms pre[data-format=ris]").inner_text().splitlines()
    assert ris[0] == "TY  - ELEC" and ris[-1].rstrip() == "ER  -"
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line) for line in ris), ris
    assert f"UR  - {canonical}" in ris
    harvard = page.locator(".cite-forms .cite-forms__text").inner_text()
    assert re.fullmatch(r"Co-production in health and social care \(20\d\d\) Assets\. Version \d+\.\d+\.\d+\. "
                        r"Available at: \S+ \(Accessed: the date you read it\)\.", harvard), harvard
    page.close()


def test_printing_a_page_gives_a_clean_result(chromium, base_url, tmp_path, manifest):
    page = chromium.new_page()
    for address in ("principles/assets/", "how-to/culture/", "case-studies/sandwell-peoples-parliament/"):
        page.goto(base_url + address)
        page.emulate_media(media="print")
        out = tmp_path / (address.replace("/", "_") + ".pdf")
        page.pdf(path=str(out), format="A4")
        text = pdfs.text(out)
        assert "Search this site" not in text and "This page in other formats" not in text, address
        assert manifest["site_url"] in text, f"{address}: link addresses are not printed"
        assert pdfs.page_texts(out)[-1].strip(), f"{address}: the last printed page is blank"


def test_whole_guide_pdfs(site_dir, manifest):
    titles = [p["title"] for p in manifest["pages"] if not p["path"].startswith(("case-studies/by-", "about/pictures"))]
    for address in ("downloads/guide.pdf", "downloads/guide-large-print.pdf"):
        path = site_dir / address
        assert not pdfs.structure_problems(path, address)
        assert not pdfs.contents_problems(path, address)
        outline = pdfs.bookmarks(path)
        assert len(outline) >= len(titles), f"{address}: {len(outline)} bookmarks for {len(titles)} pages"
        text = " ".join(pdfs.text(path).split())
        assert "Contents" in text, f"{address}: no contents"
        assert re.search(r"Page 2 of \d+", text), f"{address}: no page numbers"
        missing = [t for t in titles if " ".join(t.split()) not in text]
        assert not missing, f"{address}: pages missing: {missing[:5]}"
        assert manifest["site_url"] in text
    assert pdfs.smallest_font(site_dir / "downloads" / "guide-large-print.pdf") >= 18


def test_offline_copy_works_from_a_folder(site_dir, chromium, tmp_path):
    with zipfile.ZipFile(site_dir / "downloads" / "co-production-offline.zip") as z:
        z.extractall(tmp_path)
    index = tmp_path / "co-production-site" / "index.html"
    page = chromium.new_page()
    page.goto(index.as_uri())
    page.click('nav.md-nav--primary a.md-nav__link[href$="principles/assets/index.html"]', force=True)
    page.wait_for_load_state()
    assert page.url.endswith("principles/assets/index.html")
    assert page.locator("h1").first.text_content().strip() == "Assets"
    page.goto(index.as_uri())
    page.fill("input.md-search__input", "reciprocity")
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    assert page.locator(".md-search-result__item").count() > 0
