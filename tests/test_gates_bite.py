"""Every gate proves it bites: small broken sites, built with the real hooks and theme, must
fail the gate with a message that names the file."""
from __future__ import annotations

import json

import pytest

from tests import fixture_site
from tests.browser import serve
from tests.checks import accessibility, external, links, readability

PAGE = fixture_site.BROKEN_PAGE


def build_ok(tmp_path, body: str, **kw):
    root = fixture_site.make(tmp_path, pages={"broken.md": PAGE.format(body=body)}, **kw)
    ok, output, site = fixture_site.build(root)
    assert ok, output[-3000:]
    return site


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


def test_linkchecker_finds_a_broken_link(tmp_path):
    site = build_ok(tmp_path, '<p>Go <a href="../no-such-page/">nowhere</a>.</p>')
    problems, _ = links.run_linkchecker(site)
    assert any("site/broken/index.html" in p and "no-such-page" in p for p in problems), problems


def test_linkchecker_finds_a_broken_anchor(tmp_path):
    site = build_ok(tmp_path, '<p>Go to <a href="../#no-such-anchor">a part that does not exist</a>.</p>')
    problems, _ = links.run_linkchecker(site)
    assert any("site/broken/index.html" in p and "no-such-anchor" in p for p in problems), problems


def test_unreachable_file_is_found(tmp_path):
    site = build_ok(tmp_path, "A fine page.")
    (site / "orphan.html").write_text("<!doctype html><title>x</title>")
    _, reached = links.run_linkchecker(site)
    assert "site/orphan.html: no page links to this file, so readers cannot reach it" in links.unreachable(site, reached)


def test_readability_finds_a_60_word_sentence(tmp_path):
    long = "People " + " ".join(["work"] * 58) + " hard."   # 60 words
    site = build_ok(tmp_path, f"Short start. {long}")
    manifest = json.loads((site / "manifest.json").read_text())
    problems, _ = readability.check_standard_pages(site, manifest)
    assert any("site/broken/index.html" in p and "60 words" in p for p in problems), problems


def test_readability_finds_a_hard_page(tmp_path):
    hard = ("Organisational institutionalisation notwithstanding, interdisciplinary professionalisation "
            "necessitates comprehensive reconceptualisation.")
    site = build_ok(tmp_path, hard)
    manifest = json.loads((site / "manifest.json").read_text())
    problems, _ = readability.check_standard_pages(site, manifest)
    assert any("site/broken/index.html" in p and "Flesch reading ease" in p for p in problems), problems


def _axe(chromium, site, address):
    with serve(site) as base:
        page = chromium.new_page()
        page.goto(base + address)
        problems = accessibility.describe(accessibility.axe_violations(page), f"site/{address}index.html")
        page.close()
        return problems


def test_axe_finds_a_picture_without_alt_text(tmp_path, chromium):
    site = build_ok(tmp_path, '<p><img src="../assets/pictures/person.svg" width="50" height="50"></p>')
    problems = _axe(chromium, site, "broken/")
    assert any("site/broken/index.html" in p and "image-alt" in p for p in problems), problems


def test_axe_finds_low_contrast_text(tmp_path, chromium):
    site = build_ok(tmp_path, '<p style="color: #c8c8c8">This grey text is hard to read.</p>')
    problems = _axe(chromium, site, "broken/")
    assert any("site/broken/index.html" in p and "color-contrast" in p for p in problems), problems


def test_a_font_from_another_host_is_found(tmp_path):
    css = '@font-face {\n  font-family: "Web";\n  src: url("https://fonts.gstatic.com/s/web.woff2");\n}\n'
    site = build_ok(tmp_path, "A fine page.", files={"docs/extra.css": css},
                    extra_config="extra_css:\n  - extra.css\n")
    problems = external.check_site(site)
    assert any(p.startswith("site/extra.css, line 3") and "fonts.gstatic.com" in p for p in problems), problems


def test_a_stylesheet_from_another_host_is_found(tmp_path):
    site = build_ok(tmp_path, "A fine page.",
                    extra_config="extra_css:\n  - https://fonts.googleapis.com/css?family=Roboto\n")
    problems = external.check_site(site)
    assert any("site/broken/index.html" in p and "fonts.googleapis.com" in p for p in problems), problems
