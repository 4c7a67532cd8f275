"""The accessibility tree of the home page and one page of each format matches a reviewed file.

What assistive technology is given on the home page and one page of each format: landmarks,
headings, the controls with their names and states, and the links that move between pages and
formats, from Chromium's accessibility tree (Playwright's aria snapshot). Each is compared with
a reviewed file in tests/expected/accessibility-tree/. When you change a template on purpose,
run `UPDATE_EXPECTED=1 make test`, read the difference in `git diff` as a screen reader user would
meet it, and commit the files with the change."""
from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

import pytest

EXPECTED = Path(__file__).parent / "expected" / "accessibility-tree"
PAGES = {
    "home": "",
    "standard": "principles/assets/",
    "easy-read": "easy-read/principles/assets/",
    "large-print": "large-print/principles/assets/",
    "sheet": "sheets/one-page-profile/",
    "easy-read-sheet": "easy-read/sheets/one-page-profile/",
}
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 740}}
KEEP = {"banner", "navigation", "main", "contentinfo", "complementary", "search", "dialog", "region", "form",
        "heading", "button", "checkbox", "textbox", "searchbox", "combobox", "radio", "switch", "link", "/url"}
# The menu and the page's contents are long lists that change with the content: their links are
# left out (the landmarks and controls around them stay).
LONG_LISTS = {'navigation "Site sections"', 'navigation "On this page"'}
LINE = re.compile(r"^(\s*)- '?(/url|[a-z]+)\b")


def outline(snapshot: str) -> str:
    """The parts of an aria snapshot this test keeps (see KEEP), at their depth. Links are kept
    only in navigation (not in the long lists) and at the top of the page (the skip link)."""
    kept: list[str] = []
    ancestors: list[tuple[int, str]] = []   # ancestors: (depth, the line's text) of the lines above this one
    for line in snapshot.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        depth, role = len(m.group(1)), m.group(2)
        while ancestors and ancestors[-1][0] >= depth:
            ancestors.pop()
        text = line.strip().lstrip("- ").rstrip(":")
        above = [a for _, a in ancestors]
        ancestors.append((depth, text))
        if any(a in LONG_LISTS for a in above) and role in ("link", "/url", "navigation"):
            continue
        if role in ("link", "/url"):
            in_nav = any(a.startswith("navigation") for a in above)
            if not (in_nav or depth == 0 or (role == "/url" and kept and kept[-1].lstrip().startswith("- link")
                                             and len(kept[-1]) - len(kept[-1].lstrip()) < depth)):
                continue
        if role in KEEP:
            kept.append(line.rstrip(":") if role != "/url" else line)
    return "\n".join(kept) + "\n"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_the_accessibility_tree_is_as_reviewed(chromium, base_url, name, width):
    context = chromium.new_context(viewport=WIDTHS[width])
    page = context.new_page()
    page.goto(base_url + PAGES[name])
    if width == "phone" and page.locator('.md-header [data-toggle="__drawer"]').count():
        page.locator('.md-header [data-toggle="__drawer"]').click()     # the menu open, as its button says
        page.wait_for_timeout(400)
    got = outline(page.locator("body").aria_snapshot())
    context.close()
    expected_file = EXPECTED / f"{name}-{width}.yml"
    if os.environ.get("UPDATE_EXPECTED"):
        expected_file.write_text(got, encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8")
    diff = "".join(difflib.unified_diff(expected.splitlines(True), got.splitlines(True), str(expected_file), "this build"))
    assert got == expected, ("The accessibility tree changed. If you meant it, review and update the file "
                             "(UPDATE_EXPECTED=1):\n" + diff[:6000])


def test_the_outline_keeps_controls_and_leaves_out_the_menu_links():
    snapshot = "\n".join([
        "- banner:", '  - button "Menu" [expanded]', "- main:", '  - navigation "Site sections":',
        "    - list:", "      - listitem:", '        - link "Home":', "          - /url: ../..",
        '  - heading "Assets" [level=1]', '  - navigation "This page in other formats":',
        '    - link "Easy Read":', "      - /url: ../../easy-read/", "  - paragraph: Words."])
    assert outline(snapshot).splitlines() == [
        "- banner", '  - button "Menu" [expanded]', "- main", '  - navigation "Site sections"',
        '  - heading "Assets" [level=1]', '  - navigation "This page in other formats"',
        '    - link "Easy Read"', "      - /url: ../../easy-read/"]
