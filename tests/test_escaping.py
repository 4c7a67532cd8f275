"""Everything an editor writes is shown as text, and never runs as code.

Everything an editor writes is text: a title, description, place or any other value is shown as
written wherever it appears (page header, menu, footer, search results, cards and lists, the
manifest, plain text, PDFs) and never runs as HTML or script. Odd but valid content (quotes,
angle brackets, accents, emoji) builds."""
from __future__ import annotations

import json
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from accessible_formats.checks import pdfs
from accessible_formats.checks.browser import serve
from tests import fixture_site

XSS = "<img src=x onerror=\"window.__xss=1\">"
PAGE = """---
title: '{title}'
description: '{description}'
kind: guide
sources:
  - scie-2015: a section
---

## A part {{#a-part}}

Words about {title_text} here.
"""
CASE = """---
title: '{title}'
summary: '{description}'
place: '{title}'
nation: england
organisation_type: local-authority
settings: [mental-health]
principles: [assets]
years: '{title}'
sources:
  - scie-2015: '{title}'
---

## About the project

People helped.
"""
CASE_EASY = "---\ntitle: '{title}'\n---\n\n![A group of people](group)\nPeople helped.\n"


def _yaml_single(text: str) -> str:
    return text.replace("'", "''")


def _site(tmp_path, title: str, description: str = "A page about it."):
    t, d = _yaml_single(title), _yaml_single(description)
    root = fixture_site.make(tmp_path, pages={"odd.md": PAGE.format(title=t, description=d, title_text="it")},
                             files={"case_studies/odd-study.md": CASE.format(title=t, description=d),
                                    "case_studies/odd-study.easy.md": CASE_EASY.format(title=t)})
    ok, output, site = fixture_site.build(root)
    assert ok, output[-3000:]
    return site


def _no_markup_from(site, title):
    """No element or attribute anywhere in the built HTML came from the title."""
    problems = []
    for f in sorted(site.rglob("*.html")):
        root = lxml_html.fromstring(f.read_bytes())
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            for attr in el.attrib:
                if attr.startswith("on"):
                    problems.append(f"{f.relative_to(site)}: <{el.tag} {attr}=...>")
            if el.tag == "img" and el.get("src") == "x":
                problems.append(f"{f.relative_to(site)}: the title became an <img>")
    return problems


def test_a_title_with_html_is_text_everywhere(tmp_path, chromium):
    site = _site(tmp_path, XSS, description=XSS)
    assert _no_markup_from(site, XSS) == []
    # it shows as text: the page heading, the case study card, the manifest, the plain text, the PDF
    page = lxml_html.fromstring((site / "odd" / "index.html").read_bytes())
    assert page.xpath("string(//h1)").strip() == XSS
    assert page.xpath("string(//title)").startswith(XSS)
    index = lxml_html.fromstring((site / "case-studies" / "index.html").read_bytes())
    assert XSS in index.xpath("string(//*[@id='main-content'])")
    manifest = json.loads((site / "manifest.json").read_text())
    assert any(p["title"] == XSS for p in manifest["pages"])
    assert XSS in (site / "text" / "odd.txt").read_text(encoding="utf-8-sig")
    assert XSS.replace(" ", "") in pdfs.text(site / "large-print" / "odd.pdf").replace(" ", "")
    # and in a browser: the menu, the footer, search results and the Easy Read page run nothing
    with serve(site) as base:
        tab = chromium.new_page()
        for address in ("odd/", "about/", "easy-read/case-studies/", "case-studies/", "large-print/odd/"):
            tab.goto(base + address)
            assert tab.evaluate("() => window.__xss") is None, address
        tab.goto(base + "about/")
        tab.fill("input.md-search__input", "onerror")
        tab.wait_for_selector(".md-search-result__item", timeout=15000)
        tab.wait_for_timeout(300)
        assert tab.evaluate("() => window.__xss") is None, "search results ran the title"
        assert XSS in tab.locator(".md-search-result").inner_text()
        tab.close()


YAML_STARTS = ("-", "#", "!", "*", "&", "[", "{", "|", ">", "'", '"', "`", "\\")   # mean something at the start of a YAML value
printable = st.text(alphabet=st.sampled_from(string.ascii_letters + " &<>\"'`*_[]{}()#!:|/\\é✓🙂-"),
                    min_size=1, max_size=30).filter(lambda s: s.strip() == s and not s.startswith(YAML_STARTS))


@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(title=printable, description=printable)
def test_odd_but_valid_content_builds(tmp_path_factory, title, description):
    site = _site(tmp_path_factory.mktemp("odd"), title, description + ".")
    assert _no_markup_from(site, title) == []
    page = lxml_html.fromstring((site / "odd" / "index.html").read_bytes())
    assert page.xpath("string(//h1)").strip() == " ".join(title.split())
