"""Every page of every format passes axe-core and our own checks in a browser, at desktop and phone widths.

Every HTML page of every format, opened once in headless Chromium, with every browser check:
axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, and best practice), the skip link and visible focus,
no sideways scrolling at 320 CSS px, no text cut off at 200% zoom, and the Easy Read and
large-print layouts (checks/sweep.py). The pages are split into chunks that run on both cores."""
from __future__ import annotations

import pytest

from accessible_formats.checks import accessibility, sweep
from tests.conftest import html_pages

CHUNKS = 16


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_every_page_passes_the_browser_checks(chunk, chromium, base_url, manifest):
    pages = html_pages(manifest)[chunk::CHUNKS]
    assert pages
    context = chromium.new_context()
    context.add_init_script(script=accessibility.axe_source())
    tab = context.new_page()
    problems: dict[str, list[str]] = {c: [] for c in sweep.CHECKS}
    for label, address, kind in pages:
        for check, found in sweep.check_page(tab, base_url, address, label, kind).items():
            problems[check] += found
    context.close()
    report = [f"{check}: {p}" for check, found in problems.items() for p in found]
    assert not report, f"{len(report)} problems on {len(pages)} pages:\n" + "\n".join(report[:80])


def test_the_chunks_cover_every_page(manifest):
    pages = html_pages(manifest)
    covered = [p for chunk in range(CHUNKS) for p in pages[chunk::CHUNKS]]
    assert sorted(covered) == sorted(pages) and len(pages) > 3 * len(manifest['pages'])
