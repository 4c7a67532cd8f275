"""Accessibility in headless Chromium on every HTML page of every format: axe-core with the
WCAG 2.0, 2.1 and 2.2 A and AA rules and best practice; the skip link; visible focus; no
sideways scrolling at 320 CSS px; no text cut off at 200% zoom."""
from __future__ import annotations

from tests.checks import accessibility
from tests.conftest import html_pages


def _run(chromium, base_url, manifest, check, viewport, **context):
    problems = []
    ctx = chromium.new_context(viewport=viewport, **context)
    page = ctx.new_page()
    for label, address in html_pages(manifest):
        page.goto(base_url + address, wait_until="load")
        problems += check(page, label)
    ctx.close()
    return problems


def test_axe_finds_no_violations(chromium, base_url, manifest):
    def check(page, label):
        return accessibility.describe(accessibility.axe_violations(page), label)
    problems = _run(chromium, base_url, manifest, check, {"width": 1280, "height": 900})
    assert not problems, "\n".join(problems[:80])


def test_skip_link_and_visible_focus(chromium, base_url, manifest):
    def check(page, label):
        return accessibility.skip_link_problems(page, label) + accessibility.link_focus_problems(page, label)
    problems = _run(chromium, base_url, manifest, check, {"width": 1280, "height": 900})
    assert not problems, "\n".join(problems[:80])


def test_no_sideways_scrolling_at_320px(chromium, base_url, manifest):
    problems = _run(chromium, base_url, manifest, accessibility.sideways_scroll, {"width": 320, "height": 640})
    assert not problems, "\n".join(problems[:80])


def test_no_text_cut_off_at_200_percent_zoom(chromium, base_url, manifest):
    # 200% zoom on a 1280 x 900 screen gives a 640 x 450 CSS px viewport at twice the pixel density.
    problems = _run(chromium, base_url, manifest, accessibility.cut_off_text, {"width": 640, "height": 450},
                    device_scale_factor=2)
    assert not problems, "\n".join(problems[:80])
