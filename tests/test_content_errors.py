"""Bad content stops the build with one clear message, and never leaves a half-built site.

Bad content stops the whole build with one clear message naming the file (and line) and what
to do: never a traceback or a half-built site. The many mistakes an editor can make in a file are
tried on the checks themselves (tests/unit/test_editor_mistakes.py); these are the ones that
show only in a whole build: HTML inside a page, and the site's address."""
from __future__ import annotations

from tests import fixture_site

GOOD_CASE = """---
title: A good example
summary: People who use a service helped to plan it.
place: Leeds
nation: england
organisation_type: local-authority
settings: [mental-health]
principles: [assets]
years: not stated in the source
sources:
  - scie-2015: a practice example
---

## About the project

People who use a service helped to plan it.
"""
GOOD_CASE_EASY = """---
title: A good example
---

![A group of people](group)
People helped to plan a service.
"""
GOOD_SHEET = """title: A sheet
page: about-co-production/what-it-is.md
purpose: reflect
summary: A short sheet.
instructions: Answer the question.
easy_read:
  title: A sheet
  picture: paper
  instructions:
    - Answer the question.
questions:
  - type: lines
    text: What do you think?
    easy_read: What do you think?
    picture: think
"""
PAGE = fixture_site.BROKEN_PAGE


def build_fails(tmp_path, **kw) -> str:
    root = fixture_site.make(tmp_path, **kw)
    ok, output, site = fixture_site.build(root)
    assert not ok, "the build should have failed"
    assert "Traceback" not in output, output[-3000:]
    assert not (site / "index.html").exists(), "a half-built site was left"
    return output


def test_good_fixtures_build(tmp_path):
    root = fixture_site.make(tmp_path, files={"case_studies/good.md": GOOD_CASE, "case_studies/good.easy.md": GOOD_CASE_EASY,
                                              "sheets/a-sheet.yml": GOOD_SHEET})
    ok, output, site = fixture_site.build(root)
    assert ok, output[-3000:]
    assert (site / "case-studies" / "good" / "index.html").exists()
    assert (site / "sheets" / "a-sheet.pdf").exists()


def test_html_outside_the_allow_list_stops_the_build_with_every_place_named(tmp_path):
    pages = {
        "script.md": PAGE.format(body="Words.\n\n<script>alert(1)</script>\n"),
        "handler.md": PAGE.format(body='Words.\n\n## A part {#a-part onclick="alert(1)"}\n\nMore.\n'),
        "javascript-link.md": PAGE.format(body="Words and [a link](javascript:alert(1)).\n"),
        "no-alt.md": PAGE.format(body="Words.\n\n![](../assets/pictures/book.svg)\n"),
        "inline-style.md": PAGE.format(body='<p style="color: red">Red words.</p>\n'),
        "frame.md": PAGE.format(body='<iframe src="https://example.org/"></iframe>\n'),
    }
    output = build_fails(tmp_path, pages=pages)
    for expected in ("docs/script.md, line 9: the HTML tag <script> is not allowed",
                     "docs/handler.md, line 9: the attribute onclick= on <h2> runs a script",
                     "docs/javascript-link.md, line 7: a link or picture address on <a>",
                     "docs/no-alt.md, line 9: a picture has no alternative text",
                     "docs/inline-style.md, line 7: the attribute style= on <p> is not allowed",
                     "docs/frame.md, line 7: the HTML tag <iframe> is not allowed"):
        assert expected in output, (expected, output[-3000:])
    assert "6 problems" in output


def test_an_empty_site_address_stops_the_build(tmp_path, monkeypatch):
    monkeypatch.setenv("SITE_URL", "")
    output = build_fails(tmp_path)
    assert "SITE_URL is set but empty" in output


def test_a_preview_build_says_its_addresses_are_placeholders(tmp_path, monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    root = fixture_site.make(tmp_path)
    ok, output, site = fixture_site.build(root)
    assert ok and "This is a preview build" in output and "https://coproduction.example.org/" in output


def test_a_build_for_a_real_address_stops_while_the_accessibility_contact_is_the_example(tmp_path, monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://co-production.org.uk/")
    output = build_fails(tmp_path)
    assert "mkdocs.yml, accessible-formats: accessibility" in output and "still the example" in output, output[-2000:]
    assert "What to do: set email:" in output
