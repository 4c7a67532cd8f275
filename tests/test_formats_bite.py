"""The format checks prove they bite: a page with small or italic large print, Easy Read text
that breaks the Easy Read rules, and plain text with markup left in must each fail, naming the
page."""
from __future__ import annotations

import json

from tests import fixture_site
from tests.browser import serve
from tests.checks import easy_read, layout, plain_text

PAGE = fixture_site.BROKEN_PAGE


def build_ok(tmp_path, pages):
    root = fixture_site.make(tmp_path, pages=pages)
    ok, output, site = fixture_site.build(root)
    assert ok, output[-3000:]
    return site


def test_large_print_check_finds_small_and_italic_text(tmp_path, chromium):
    site = build_ok(tmp_path, {"broken.md": PAGE.format(
        body='<p style="font-size: 12px">Small words.</p>\n\n<p class="slanted">Slanted words.</p>')})
    with serve(site) as base:
        page = chromium.new_page()
        page.goto(base + "large-print/broken/")
        # large-print.css makes all text upright; a later stylesheet that does not must be caught
        page.add_style_tag(content="#main-content p.slanted { font-style: italic !important; }")
        problems = layout.large_print_problems(page, "large-print/broken/")
        page.close()
    assert any(p.startswith("/large-print/broken/: text of 12px") for p in problems), problems
    assert any(p.startswith("/large-print/broken/: italic text") for p in problems), problems


def test_easy_read_layout_check_finds_a_point_without_its_picture_on_the_left(tmp_path, chromium):
    site = build_ok(tmp_path, {"broken.md": PAGE.format(body="Words."),
                               "broken.easy.md": "---\ntitle: Broken\n---\n\n![A book](book)\nSome words.\n"})
    with serve(site) as base:
        page = chromium.new_page()
        page.goto(base + "easy-read/broken/")
        page.add_style_tag(content=".er-point { display: flex; flex-direction: row-reverse; }")
        problems = layout.easy_read_problems(page, "easy-read/broken/")
        page.close()
    assert any("the picture is not on the left" in p for p in problems), problems


def test_easy_read_rules_find_long_sentences_number_words_and_abbreviations(tmp_path):
    easy = ("---\ntitle: Broken\n---\n\n![A book](book)\n"
            "This sentence is far too long for Easy Read because it keeps going with many more words.\n"
            "We met three people.\n"
            "The XQZ helped.\n")
    site = build_ok(tmp_path, {"broken.md": PAGE.format(body="Words."), "broken.easy.md": easy})
    manifest = json.loads((site / "manifest.json").read_text())
    problems = easy_read.check_site(site, manifest)
    label = "site/easy-read/broken/index.html"
    assert any(label in p and "17 words" in p for p in problems), problems
    assert any(label in p and "'three'" in p for p in problems), problems
    assert any(label in p and "'XQZ'" in p for p in problems), problems


def test_easy_read_rules_find_a_hard_page(tmp_path):
    easy = ("---\ntitle: Broken\n---\n\n![A book](book)\n"
            "Organisational institutionalisation necessitates reconceptualisation.\n")
    site = build_ok(tmp_path, {"broken.md": PAGE.format(body="Words."), "broken.easy.md": easy})
    problems = easy_read.check_site(site, json.loads((site / "manifest.json").read_text()))
    assert any("site/easy-read/broken/index.html" in p and "Flesch-Kincaid grade" in p for p in problems), problems


def test_plain_text_check_finds_markup_long_lines_and_lost_words():
    text = "TITLE\n\n<p>Some **bold** words</p>\n" + "word " * 30 + "\n"
    problems = plain_text.check_text(text, "text/x.txt", "https://example.org/x/")
    assert any("HTML or Markdown left in" in p for p in problems)
    assert any("characters (at most 80)" in p for p in problems)
    assert any("does not give the web address" in p for p in problems)
    assert plain_text.lost_words('<main id="main-content"><p>Apples and pears</p></main>', "Apples and") == {"pears"}
