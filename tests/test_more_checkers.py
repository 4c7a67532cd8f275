"""HTML_CodeSniffer and IBM Equal Access find nothing on a page of every kind in every format, as axe does.

axe runs on every page (tests/test_pages_in_browser.py). Two more checkers give a second and a
third opinion on a sample: the home page, a guide page, a case study, the glossary and the 404 page,
and in Easy Read and large print their own home, a guide page and the glossary, every form of a
printable sheet (with its spaces to fill in) and of the self-assessment. Where a checker is wrong
(IBM Equal Access on the skip link), the accessibility tree shows why, and the accessibility
statement says so."""
from __future__ import annotations

import pytest

from accessible_formats.checks.accessibility import CHECKER_EXCEPTIONS, ace_violations, htmlcs_errors

SAMPLE = [
    "", "about-co-production/what-it-is/", "case-studies/", "glossary/", "404.html", "accessibility/",
    "easy-read/", "easy-read/about-co-production/what-it-is/", "easy-read/glossary/",
    "large-print/", "large-print/about-co-production/what-it-is/", "large-print/glossary/",
    "sheets/", "sheets/action-plan/", "easy-read/sheets/action-plan/", "large-print/sheets/action-plan/",
    "tools/how-are-you-doing/self-assessment/", "easy-read/tools/how-are-you-doing/self-assessment/",
    "large-print/tools/how-are-you-doing/self-assessment/",
]


@pytest.fixture(scope="module")
def page(chromium, base_url):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("address", SAMPLE)
def test_html_codesniffer_and_ibm_equal_access_find_nothing(page, base_url, address):
    page.goto(f"{base_url}/{address}")
    found = [f"HTML_CodeSniffer: {e}" for e in htmlcs_errors(page)]
    found += [f"IBM Equal Access: {v}" for v in ace_violations(page)]
    assert not found, f"/{address}:\n  " + "\n  ".join(found[:15])


def test_both_checkers_find_what_they_should(page, base_url):
    """The checkers can fail: a checkbox without a name, a space to write without a label and two
    groups of the same name, planted in a page, are found by each."""
    page.goto(f"{base_url}/about-co-production/what-it-is/")
    page.evaluate("""() => { const m = document.getElementById('main-content');
        m.insertAdjacentHTML('beforeend', '<input type="checkbox" id="planted-box"><input type="text" id="planted-text">'
          + '<fieldset><legend>Same</legend><input type="radio" id="r1" name="r"><label for="r1">One</label></fieldset>'
          + '<fieldset><legend>Same</legend><input type="radio" id="r2" name="s"><label for="r2">Two</label></fieldset>'); }""")
    assert any("planted-box" in e for e in htmlcs_errors(page))
    ace = ace_violations(page)
    assert any("planted-text" in v for v in ace) and any(v.startswith("fieldset_label_valid") for v in ace), ace


@pytest.mark.parametrize("address", ["about-co-production/what-it-is/", "easy-read/about-co-production/what-it-is/"])
def test_the_skip_link_outside_the_landmarks_is_the_first_stop_and_leads_to_the_main_content(page, base_url, address):
    """Why IBM Equal Access is wrong about the skip link (CHECKER_EXCEPTIONS): it is outside the
    landmarks because it comes first. The accessibility tree shows it as the first thing a keyboard
    reaches, a link with its name, and it takes focus into the main landmark."""
    assert set(CHECKER_EXCEPTIONS) == {"aria_content_in_landmark"}
    page.goto(f"{base_url}/{address}")
    page.keyboard.press("Tab")
    first = page.evaluate("""() => { const e = document.activeElement;
        return {tag: e.tagName, href: e.getAttribute('href'), text: e.textContent.trim(),
                inLandmark: !!e.closest('header, nav, main, aside, footer, [role]')}; }""")
    assert first["tag"] == "A" and first["href"] == "#main-content" and not first["inLandmark"], first
    tree = page.locator("body").aria_snapshot()
    assert tree.startswith(f'- link "{first["text"]}":\n  - /url: "#main-content"'), tree[:300]
    page.keyboard.press("Enter")
    inside = page.evaluate("() => !!document.activeElement.closest('main, [role=main]') || "
                           "document.activeElement.id === 'main-content'")
    assert inside, "the skip link did not move focus into the main content"
