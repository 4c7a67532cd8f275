"""Each check finds the faults on a small broken site, to prove that it works.

Every gate proves it bites. One small site, built once with the real hooks and theme, holds a
page that breaks each gate; each test runs its gate on the whole site and must find its page,
named in the message. (A build that must fail is its own small build; the HTML checker, the PDF
checks and the check for scripts from other hosts run on a small folder or file of their own.)
The browser checks are shown both ways: they find the fault, and pass the same page without it."""
from __future__ import annotations

import json

import pytest

from accessible_formats.checks import (
    accessibility,
    anchors,
    easy_read,
    external,
    html_valid,
    layout,
    links,
    pdfs,
    plain_text,
    readability,
    sweep,
)
from accessible_formats.checks.browser import serve
from tests import fixture_site

# One worker builds the broken site, once. Its pages load fonts and styles from other hosts on
# purpose (for the check that finds them), which their policy stops: expected here.
pytestmark = [pytest.mark.xdist_group("broken-site"), pytest.mark.breaks_the_policy]

PAGE = fixture_site.BROKEN_PAGE
LONG = "People " + " ".join(["work"] * 58) + " hard."   # 60 words
HARD = ("Organisational institutionalisation notwithstanding, interdisciplinary professionalisation "
        "necessitates comprehensive reconceptualisation.")
EXTRA_CSS = ('.faint { color: #c8c8c8; }\n@font-face {\n  font-family: "Web";\n'
             '  src: url("https://fonts.gstatic.com/s/web.woff2");\n}\n')
BROKEN = {
    "broken-link.md": PAGE.format(body='<p>Go <a href="../no-such-page/">nowhere</a>.</p>'),
    "broken-anchor.md": PAGE.format(body='<p>Go to <a href="../#no-such-anchor">a part that does not exist</a>.</p>'),
    "long-sentence.md": PAGE.format(body=f"Short start. {LONG}"),
    "hard.md": PAGE.format(body=HARD),
    "faint.md": PAGE.format(body='<p class="faint">This grey text is hard to read.</p>'),
    "picture.md": PAGE.format(body='<p id="here">A picture follows.</p>'),
    "small.md": PAGE.format(body='<p class="small">Small words.</p>\n\n<p class="slanted">Slanted words.</p>'),
    "easy-rules.md": PAGE.format(body="Words."),
    "easy-rules.easy.md": ("---\ntitle: Broken\n---\n\n![A book](book)\n"
                           "This sentence is far too long for Easy Read because it keeps going with many more words.\n"
                           "We met three people.\n"
                           "The XQZ helped.\n"),
    "easy-hard.md": PAGE.format(body="Words."),
    "easy-hard.easy.md": f"---\ntitle: Broken\n---\n\n![A book](book)\n{HARD}\n",
}


@pytest.fixture(scope="module")
def broken_site(tmp_path_factory):
    # The engine adds the site's own stylesheets before these (accessible_formats/own_files.py), as on every site.
    root = fixture_site.make(tmp_path_factory.mktemp("broken"), pages=BROKEN, files={"docs/extra.css": EXTRA_CSS},
                             extra_config="extra_css:\n  - extra.css\n  - https://fonts.googleapis.com/css?family=Roboto\n")
    ok, output, site = fixture_site.build(root)
    assert ok, output[-3000:]
    (site / "orphan.html").write_text("<!doctype html><title>x</title>")   # a file no page links to
    return site


@pytest.fixture(scope="module")
def linkchecker_result(broken_site):
    return links.run_linkchecker(broken_site)


@pytest.fixture(scope="module")
def manifest(broken_site):
    return json.loads((broken_site / "manifest.json").read_text())


def test_strict_build_fails_on_a_broken_markdown_link(tmp_path):
    root = fixture_site.make(tmp_path, pages={"broken.md": PAGE.format(body="See [nothing](nowhere.md).")})
    ok, output, _ = fixture_site.build(root)
    assert not ok
    assert "broken.md" in output and "nowhere.md" in output


def test_strict_build_fails_on_a_broken_markdown_anchor(tmp_path):
    root = fixture_site.make(tmp_path, pages={"broken.md": PAGE.format(body="See [it](index.md#no-such-part).")})
    ok, output, _ = fixture_site.build(root)
    assert not ok
    assert "broken.md" in output and "no-such-part" in output


def test_linkchecker_finds_a_broken_link(linkchecker_result):
    problems, _ = linkchecker_result
    assert any("site/broken-link/index.html" in p and "no-such-page" in p for p in problems), problems


def test_the_anchor_check_finds_a_broken_anchor(broken_site):
    problems = anchors.check_site(broken_site)
    assert any("site/broken-anchor/index.html" in p and "no-such-anchor" in p for p in problems), problems


def test_unreachable_file_is_found(broken_site, linkchecker_result):
    _, reached = linkchecker_result
    assert "site/orphan.html: no page links to this file, so readers cannot reach it" in links.unreachable(broken_site, reached)


def test_readability_finds_a_60_word_sentence(broken_site, manifest):
    problems, _ = readability.check_standard_pages(broken_site, manifest)
    assert any("site/long-sentence/index.html" in p and "60 words" in p for p in problems), problems


def test_readability_finds_a_hard_page(broken_site, manifest):
    problems, _ = readability.check_standard_pages(broken_site, manifest)
    assert any("site/hard/index.html" in p and "Flesch reading ease" in p for p in problems), problems


def _open(chromium, base, address, viewport, style=None, script=None):
    """A tab on `address` of the broken site served at `base`, at `viewport`, after `style` and `script`."""
    page = chromium.new_page(viewport=viewport)
    page.goto(base + address)
    if style:       # a stylesheet made by script: the page's policy stops a <style> element
        page.evaluate("css => { const s = new CSSStyleSheet(); s.replaceSync(css); "
                      "document.adoptedStyleSheets = [...document.adoptedStyleSheets, s]; }", style)
    if script:
        page.evaluate(script)
    return page


def _with_and_without(chromium, base, address, viewport, style, check):
    """What `check(page)` finds on the page with `style` added, and on the same page as it is."""
    found = []
    for added in (style, None):
        page = _open(chromium, base, address, viewport, style=added)
        found.append(check(page))
        page.close()
    return found[0], found[1]


def _axe(chromium, site, address, script=None):
    with serve(site) as base:
        page = _open(chromium, base, address, sweep.DESKTOP, script=script)
        problems = accessibility.describe(accessibility.axe_violations(page), f"site/{address}index.html")
        page.close()
        return problems


def test_axe_finds_a_picture_without_alt_text(broken_site, chromium):
    """A picture without alt text stops the build (editor_html.py), so the page gets one in the browser."""
    problems = _axe(chromium, broken_site, "picture/", script="""() => { const img = document.createElement('img');
        img.src = '../assets/pictures/person.svg'; img.width = 50; img.height = 50;
        document.getElementById('here').append(img); }""")
    assert any("site/picture/index.html" in p and "image-alt" in p for p in problems), problems


# The theme's faults before our fixes, in one page of the broken site (the editors' HTML allow-list
# keeps labels, forms and SVG out of content, so the page is put there the way a theme would).
BAD_CONTROLS = """<!doctype html><html lang="en"><head><title>Controls</title></head><body>
<input type="checkbox" id="drawer" style="display: none">
<label for="drawer"><svg viewBox="0 0 24 24"><path d="M3 6h18"/></svg></label>
<label for="nowhere">Nowhere</label>
<input type="checkbox" id="twice"><label for="twice">Open</label><label for="twice">Close</label>
<form><input type="text" aria-label="Search"></form>
<a href="./">Home <svg aria-hidden="true" viewBox="0 0 24 24"><path d="M3 6h18"/></svg></a>
<svg role="img" aria-label="A chart"><path d="M3 6h18"/></svg>
<form><input type="text" aria-label="Find"><button>Find</button></form>
</body></html>"""


def test_the_control_rules_find_each_fault_and_pass_what_is_right(broken_site, chromium):
    (broken_site / "controls").mkdir(exist_ok=True)
    (broken_site / "controls" / "index.html").write_text(BAD_CONTROLS, encoding="utf-8")
    with serve(broken_site) as base:
        page = _open(chromium, base, "controls/", sweep.DESKTOP)
        problems = accessibility.control_problems(page, "site/controls/index.html")
        page.close()
    expected = ["a label that names nothing", "a label for a control hidden from assistive technology (#drawer)",
                "a label for a control that is not there (nowhere)", "a control with 2 labels (#twice)",
                "an inline picture (svg) neither hidden nor named", "a form with no way to submit it"]
    for words in expected:
        assert sum(words in p for p in problems) == 1, (words, problems)
    assert len(problems) == len(expected), problems      # the hidden icon, the named chart and the second form pass


def test_axe_finds_low_contrast_text(broken_site, chromium):
    problems = _axe(chromium, broken_site, "faint/")
    assert any("site/faint/index.html" in p and "color-contrast" in p for p in problems), problems


def test_a_font_from_another_host_is_found(broken_site):
    problems = external.check_site(broken_site)
    assert any(p.startswith("site/extra.css, line 4") and "fonts.gstatic.com" in p for p in problems), problems


def test_a_stylesheet_from_another_host_is_found(broken_site):
    problems = external.check_site(broken_site)
    assert any("site/faint/index.html" in p and "fonts.googleapis.com" in p for p in problems), problems


def test_large_print_check_finds_small_and_italic_text(broken_site, chromium):
    with serve(broken_site) as base:
        # large-print.css sets the sizes and makes all text upright; a later stylesheet that does not must be caught
        page = _open(chromium, base, "large-print/small/", sweep.DESKTOP,
                     style="#main-content p.small { font-size: 12px !important; } "
                           "#main-content p.slanted { font-style: italic !important; }")
        problems = layout.large_print_problems(page, "large-print/small/")
        page.close()
    assert any(p.startswith("/large-print/small/: text of 12px") for p in problems), problems
    assert any(p.startswith("/large-print/small/: italic text") for p in problems), problems


def test_easy_read_layout_check_finds_a_point_without_its_picture_on_the_left(broken_site, chromium):
    with serve(broken_site) as base:
        page = _open(chromium, base, "easy-read/easy-rules/", sweep.DESKTOP,
                     style=".er-point { display: flex; flex-direction: row-reverse; }")
        problems = layout.easy_read_problems(page, "easy-read/easy-rules/")
        page.close()
    assert any("the picture is not on the left" in p for p in problems), problems


def test_easy_read_rules_find_long_sentences_number_words_and_abbreviations(broken_site, manifest):
    problems = easy_read.check_site(broken_site, manifest)
    label = "site/easy-read/easy-rules/index.html"
    assert any(label in p and "17 words" in p for p in problems), problems
    assert any(label in p and "'three'" in p for p in problems), problems
    assert any(label in p and "'XQZ'" in p for p in problems), problems


def test_easy_read_rules_find_a_hard_page(broken_site, manifest):
    problems = easy_read.check_site(broken_site, manifest)
    assert any("site/easy-read/easy-hard/index.html" in p and "Flesch-Kincaid grade" in p for p in problems), problems


def test_plain_text_check_finds_markup_long_lines_and_lost_words():
    text = "TITLE\n\n<p>Some **bold** words</p>\n" + "word " * 30 + "\n"
    problems = plain_text.check_text(text, "text/x.txt", "https://example.org/x/")
    assert any("HTML or Markdown left in" in p for p in problems)
    assert any("characters (at most 80)" in p for p in problems)
    assert any("does not give the web address" in p for p in problems)
    assert plain_text.lost_words('<main id="main-content"><p>Apples and pears</p></main>', "Apples and") == {"pears"}


def test_a_page_without_easy_read_text_says_so_and_links_to_the_nearest(broken_site, manifest):
    missing = [p for p in manifest["pages"] if p["easy_read"] == "missing"]
    assert any(p["path"] == "hard" for p in missing), "the broken site has pages without Easy Read text"
    for p in missing:
        text = (broken_site / p["formats"]["easy_read"] / "index.html").read_text(encoding="utf-8")
        assert "This page is not in Easy Read yet." in text and "er-missing" in text, p["path"]
        assert 'href="../../"' in text or 'href="../"' in text, f"{p['path']}: no link to the nearest Easy Read page"


# Focus that looks the same as no focus: no outline, shadow, colour or movement (site.css's yellow
# focus style and the skip link's slide into view, undone).
NO_FOCUS_STYLE = """html body *, html body *:focus, html body *:focus-visible {
    outline: none !important; box-shadow: none !important; background-color: transparent !important;
    color: #0b0c0c !important; transition: none !important; }
  .md-skip, .md-skip:focus { position: static !important; transform: none !important; opacity: 1 !important;
    clip: auto !important; clip-path: none !important; margin: 0 !important; }"""


def test_the_skip_link_and_focus_checks_find_each_fault(broken_site, chromium):
    """No skip link; a skip link whose target is gone; a skip link and links with no visible focus."""
    label = "site/faint/index.html"
    with serve(broken_site) as base:
        page = _open(chromium, base, "faint/", sweep.DESKTOP, style=".md-skip { display: none !important; }")
        no_link = accessibility.skip_link_problems(page, label)
        page.close()
        page = _open(chromium, base, "faint/", sweep.DESKTOP, script="""() => {
            const id = document.querySelector('.md-skip').getAttribute('href').slice(1);
            document.getElementById(id).removeAttribute('id'); }""")
        no_target = accessibility.skip_link_problems(page, label)
        page.close()
        unseen, right = _with_and_without(      # on a page with a link in its main content
            chromium, base, "broken-link/", sweep.DESKTOP, NO_FOCUS_STYLE,
            lambda page: accessibility.skip_link_problems(page, label) + accessibility.link_focus_problems(page, label))
    assert len(no_link) == 1 and "the first Tab does not reach a skip link" in no_link[0], no_link
    assert len(no_target) == 1 and "the skip link does not move focus to the main content" in no_target[0], no_target
    assert any("the skip link has no visible focus style" in p for p in unseen), unseen
    assert any("a link in the main content shows no visible focus" in p for p in unseen), unseen
    assert right == [], right


@pytest.mark.parametrize("style, found", [
    ("#main-content p.faint { min-width: 900px; }", "p.faint"),                              # a box too wide
    ("#main-content p.faint { white-space: nowrap; text-indent: 300px; }", "words running out of p"),   # its words
])
def test_the_reflow_check_finds_sideways_scrolling_at_320_px(broken_site, chromium, style, found):
    with serve(broken_site) as base:
        wide, right = _with_and_without(chromium, base, "faint/", sweep.PHONE, style,
                                        lambda page: accessibility.sideways_scroll(page, "site/faint/index.html"))
    assert len(wide) == 1 and "scrolls sideways at 320 CSS px" in wide[0] and found in wide[0], wide
    assert right == [], right


def test_the_zoom_check_finds_text_cut_off_at_200_percent(broken_site, chromium):
    with serve(broken_site) as base:
        cut, right = _with_and_without(chromium, base, "faint/", sweep.ZOOM_200,
                                       "#main-content p.faint { white-space: nowrap; overflow: hidden; width: 6em; }",
                                       lambda page: accessibility.cut_off_text(page, "site/faint/index.html"))
    assert len(cut) == 1 and "text is cut off at 200% zoom: p.faint: This grey text" in cut[0], cut
    assert right == [], right


def test_the_html_checker_finds_invalid_html(broken_site, tmp_path):
    """The Nu HTML Checker on a copy of a page of the broken site with a list item outside a list."""
    page = (broken_site / "faint" / "index.html").read_text(encoding="utf-8")
    (tmp_path / "faint").mkdir()
    (tmp_path / "faint" / "index.html").write_text(page.replace('<p class="faint">', '<p class="faint"><li>Stray</li>'),
                                                   encoding="utf-8")
    (tmp_path / "right").mkdir()
    (tmp_path / "right" / "index.html").write_text(page, encoding="utf-8")
    problems = html_valid.check([tmp_path])
    assert problems and all(p.startswith("site/faint/index.html, line ") for p in problems), problems
    assert any("“li”" in p for p in problems), problems


def test_the_pdf_checks_find_an_untagged_pdf_with_no_language_or_title_on_letter_paper(tmp_path):
    from weasyprint import HTML  # noqa: PLC0415 (WeasyPrint: the pdf extra, half a second to import, loaded only when a PDF is rendered)
    path = tmp_path / "bare.pdf"
    HTML(string="<style>@page { size: letter }</style><h1>A heading</h1><p>Words.</p>").write_pdf(path)
    problems = pdfs.structure_problems(path, "bare.pdf")
    for words in ("page 1 is 612 x 792 points, not A4", "not tagged (no structure tree)", "no language set",
                  "no title", "does not ask viewers to show its title"):
        assert any(words in p for p in problems), (words, problems)
    assert pdfs.pdfua_problems(path, "bare.pdf"), "pdfua finds nothing wrong with an untagged PDF"


def test_a_script_from_another_host_is_found(tmp_path):
    """A page that loads a script from another host, and a script that imports code from one."""
    (tmp_path / "away").mkdir()
    (tmp_path / "away" / "index.html").write_text(
        '<!doctype html><html lang="en"><title>Away</title>\n<script src="https://cdn.example.org/x.js"></script>')
    (tmp_path / "late.js").write_text('import("https://cdn.example.org/y.js");\n')
    problems = external.check_site(tmp_path)
    assert any(p.startswith("site/away/index.html, line 2") and "cdn.example.org/x.js" in p for p in problems), problems
    assert "site/late.js: a script imports code from another host" in problems, problems


def test_the_picture_check_finds_a_picture_left_at_the_foot_of_a_page(tmp_path):
    """A picture floated beside its words, the words pushed to the next page: the picture is alone."""
    from weasyprint import HTML  # noqa: PLC0415 (WeasyPrint: the pdf extra, half a second to import, loaded only when a PDF is rendered)
    square = ("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 9 9'%3E"
              "%3Crect width='9' height='9'/%3E%3C/svg%3E")
    for push, path in (("break-before: page", tmp_path / "alone.pdf"), ("", tmp_path / "beside.pdf")):
        HTML(string=f"<html lang='en'><head><title>Pictures</title></head><body><section><img src=\"{square}\" "
                    f"alt='A square' style='float: left; width: 20mm; height: 20mm'><div style='margin-left: 25mm; {push}'>"
                    "<p>The words of the picture.</p></div></section></body></html>").write_pdf(path, pdf_variant="pdf/ua-1")
    assert pdfs.pictures_left_alone(tmp_path / "alone.pdf", "alone.pdf") == [
        "alone.pdf: the picture 'A square' is alone at the foot of page 1, its words on the next page"]
    assert pdfs.pictures_left_alone(tmp_path / "beside.pdf", "beside.pdf") == []


def test_the_contents_check_finds_a_wrong_page_number(tmp_path):
    """A whole-guide PDF whose contents gives each part's page from the layout, and one that gives
    the wrong page (as the large-print guide did when its contents grew by a page)."""
    from weasyprint import HTML  # noqa: PLC0415 (WeasyPrint: the pdf extra, half a second to import, loaded only when a PDF is rendered)
    parts = "".join(f"<section style='break-before: page'><h1 id='p{i}'>Part {i}</h1><p>Words.</p></section>"
                    for i in (1, 2))
    for name, number in (("right", "target-counter(attr(href), page)"), ("wrong", '"7"')):
        HTML(string=f"<html lang='en'><head><title>Guide</title><style>nav a::after {{ content: leader('. ') {number}; }}"
                    "</style></head><body><nav><h1>Contents</h1><ol><li><a href='#p1'>Part 1</a></li>"
                    f"<li><a href='#p2'>Part 2</a></li></ol></nav>{parts}</body></html>").write_pdf(tmp_path / f"{name}.pdf")
    assert pdfs.contents_problems(tmp_path / "right.pdf", "right.pdf") == []
    assert pdfs.contents_problems(tmp_path / "wrong.pdf", "wrong.pdf") == [
        "wrong.pdf: the contents says 'Part 1' starts on page 7, but it starts on page 2",
        "wrong.pdf: the contents says 'Part 2' starts on page 7, but it starts on page 3"]


def test_an_alternate_link_to_another_host_is_found(tmp_path):
    """The 404 page once linked its change feed as //feed.xml, a host called feed.xml: Material's
    script fetches the sitemap.xml beside every alternate link, so the page asked that host for it."""
    (tmp_path / "404.html").write_text('<!doctype html><html lang="en"><title>Not found</title>\n'
                                       '<link rel="alternate" type="application/atom+xml" href="//feed.xml">')
    problems = external.check_site(tmp_path)
    assert any(p.startswith("site/404.html, line 2") and "'//feed.xml'" in p for p in problems), problems
