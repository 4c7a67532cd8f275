"""Every sheet can be filled in on screen with the keyboard alone, saved to a file, opened again and printed, privately.

In Chromium, as a person would: fill a sheet with the keyboard alone, save the answers to a
file, clear the page, open the file (on the same sheet, and on its Easy Read form) and find
every answer back; print to PDF and find the answers in the PDF; open each kind of bad file
and get one clear message with nothing typed lost; pass axe when filled and in the error state;
work from a folder (file://); and never make a request to any other host."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from accessible_formats.checks import accessibility, pdfs
from accessible_formats.checks.browser import requests_away

# A sheet with every kind of question between them: choices, writing space, a grid, ticks, ratings.
SHEETS = ["co-production-audit", "action-plan", "how-are-you-doing-assets"]
ENGINE_WORDS = Path(__file__).resolve().parents[1] / "engine" / "src" / "accessible_formats" / "words" / "en-GB.yml"

VALUES = """() => {
  const out = {};
  document.querySelectorAll('article.sheet input, article.sheet textarea').forEach(el => {
    out[el.id] = (el.type === 'checkbox' || el.type === 'radio') ? el.checked : el.value;
  });
  return out;
}"""



def _fill_with_the_keyboard(page) -> int:
    """Tab through the sheet from its first field to its last, answering each as a keyboard user
    would: type in text, Space on a tick box, Space on a radio button. Returns the fields filled."""
    page.locator("#answer-name").focus()
    filled = 0
    for n in range(1, 400):
        kind = page.evaluate("""() => { const el = document.activeElement;
            if (!el || !el.closest('article.sheet')) return null;
            return el.tagName.toLowerCase() + ':' + (el.type || ''); }""")
        if kind is None:
            break
        if kind in ("input:text", "textarea:textarea"):
            page.keyboard.type(f"Answer {n}" + (" & <b>more</b>\non a new line" if kind.startswith("textarea") else ""))
            filled += 1
        elif kind == "input:radio" or (kind == "input:checkbox" and n % 2):     # every other tick box
            page.keyboard.press("Space")
            filled += 1
        page.keyboard.press("Tab")
    return filled


@pytest.mark.parametrize("slug", SHEETS)
def test_a_sheet_filled_with_the_keyboard_is_saved_cleared_and_opened_again(chromium, base_url, slug, tmp_path):
    context = chromium.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    away = requests_away(page)
    page.on("dialog", lambda d: d.accept())
    choosers: list = []

    def chosen(chooser):            # listening before any click: Playwright then catches every file chooser
        choosers.append(chooser)
    page.on("filechooser", chosen)
    page.goto(base_url + f"sheets/{slug}/")
    assert page.locator("#fill-in").is_visible()
    assert page.locator("#fill-in").get_attribute("aria-labelledby") == "fill-in-title"
    words = yaml.safe_load((ENGINE_WORDS).read_text(encoding="utf-8"))
    for action, key in (("save", "save"), ("open", "open"), ("print", "print"), ("clear", "clear_answers")):
        assert page.locator(f"button[data-action={action}]").text_content() == words["fill_in"][key]
    filled = _fill_with_the_keyboard(page)
    assert filled >= 5, f"{slug}: only {filled} fields could be reached and filled with the keyboard"
    before = page.evaluate(VALUES)
    assert any(v is True for v in before.values()), f"{slug}: no tick box or choice was set"

    page.locator("button[data-action=save]").focus()
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    assert saved.name == f"{slug}-answers.json"
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["kind"] == "coproduction-sheet-answers" and data["version"] == 1 and data["sheet"] == slug
    assert "saved in the file" in page.locator(".fill-in__status").text_content()

    page.locator("button[data-action=clear]").focus()
    page.keyboard.press("Enter")
    cleared = page.evaluate(VALUES)
    assert all(v in ("", False) for v in cleared.values()), f"{slug}: Clear left answers on the page"
    assert "cleared" in page.locator(".fill-in__status").text_content()

    page.locator("button[data-action=open]").focus()
    page.keyboard.press("Enter")
    for _ in range(50):
        if choosers:
            break
        page.wait_for_timeout(100)
    assert choosers, f"{slug}: Open saved answers did not open a file chooser"
    choosers[0].set_files(str(saved))
    page.wait_for_function("() => document.querySelector('.fill-in__status').textContent.includes('back on the page')")
    assert page.evaluate(VALUES) == before, f"{slug}: the answers opened from the file differ from those saved"

    # The same file opens on the sheet's Easy Read form: the answers belong to the sheet.
    page.goto(base_url + f"easy-read/sheets/{slug}/")
    page.locator("#fill-in input[type=file]").set_input_files(str(saved))
    page.wait_for_function("() => document.querySelector('.fill-in__status').textContent.includes('back on the page')")
    assert page.evaluate(VALUES) == before, f"{slug}: the Easy Read form lost answers from the file"
    assert not away, f"requests to other hosts: {away}"
    context.close()


def _action_plan_with(chromium, base_url, name: str, cell: str):
    """The action plan sheet with a name and its first grid cell filled in, and the list of
    requests it makes to other hosts."""
    page = chromium.new_page()
    away = requests_away(page)
    page.goto(base_url + "sheets/action-plan/")
    page.locator("#answer-name").fill(name)
    page.locator(".fill-in__cell").first.fill(cell)
    return page, away


def test_a_filled_sheet_prints_with_its_answers_on_a4(chromium, base_url, tmp_path):
    page, away = _action_plan_with(chromium, base_url, "Riverside day centre", "Assets: list what people bring")
    page.locator("input[type=checkbox]").first.check()
    page.emulate_media(media="print")
    out = tmp_path / "filled.pdf"
    page.pdf(path=str(out), format="A4", print_background=True)
    text = " ".join(pdfs.text(out).split())
    assert "Riverside day centre" in text and "Assets: list what people bring" in text
    assert "Save my answers" not in text and "Fill in this sheet" not in text
    assert not away
    page.close()


BAD_FILES = {
    "not JSON": (b"\x89PNG\r\n\x1a\n a picture, not answers", "cannot be read"),
    "damaged": (b'{"kind": "coproduction-sheet-answers", "version": 1, "sheet": "action-plan", "answ', "cannot be read"),
    "another kind of file": (json.dumps({"name": "something else"}).encode(), "not saved answers from this site"),
    "a newer format": (json.dumps({"kind": "coproduction-sheet-answers", "version": 99, "sheet": "action-plan",
                                   "answers": {}}).encode(), "newer version"),
    "another sheet": (json.dumps({"kind": "coproduction-sheet-answers", "version": 1, "sheet": "co-production-audit",
                                  "title": "Co-production audit", "answers": {"name": "x"}}).encode(),
                      "different sheet, \u201cCo-production audit\u201d"),
    "very large": (b'{"kind": "coproduction-sheet-answers", "answers": "' + b"x" * (1024 * 1024 + 10) + b'"}',
                   "too big"),
}


def test_each_bad_file_gets_one_clear_message_and_loses_nothing(chromium, base_url, tmp_path):
    page, away = _action_plan_with(chromium, base_url, "Typed before opening", "Still here")
    before = page.evaluate(VALUES)
    for what, (content, message) in BAD_FILES.items():
        path = tmp_path / f"{what.replace(' ', '-')}.json"
        path.write_bytes(content)
        page.locator("#fill-in input[type=file]").set_input_files(str(path))
        page.wait_for_function("() => document.querySelector('.fill-in__alert').textContent.length > 0")
        alert = page.locator(".fill-in__alert")
        assert message in alert.text_content(), f"{what}: {alert.text_content()}"
        assert alert.get_attribute("role") == "alert"
        assert page.evaluate(VALUES) == before, f"{what}: answers already typed were lost"
        if what == "another sheet":
            link = alert.locator("a")
            assert link.get_attribute("href") == "../co-production-audit/"
        violations = accessibility.axe_violations(page)
        assert not violations, accessibility.describe(violations, f"error state ({what})")
        page.evaluate("() => { document.querySelector('.fill-in__alert').textContent = ''; }")
    assert not away
    page.close()


@pytest.mark.parametrize("form", ["", "easy-read/", "large-print/"])
def test_a_filled_sheet_passes_axe_at_phone_width_with_big_targets(chromium, base_url, form):
    page = chromium.new_page(viewport={"width": 375, "height": 800})
    page.goto(base_url + f"{form}sheets/how-are-you-doing-assets/")
    page.locator("#answer-name").fill("Tuesday group")
    page.locator("textarea.fill-in__text").first.fill("People bring their own skills.")
    page.locator("input[type=radio]").first.check()
    violations = accessibility.axe_violations(page)
    assert not violations, accessibility.describe(violations, f"/{form}sheets/how-are-you-doing-assets/ filled")
    smallest = page.evaluate("""() => Math.min(...[...document.querySelectorAll(
        'article.sheet input[type=radio], article.sheet input[type=checkbox], #fill-in button')]
        .map(el => Math.min(el.getBoundingClientRect().width, el.getBoundingClientRect().height)))""")
    assert smallest >= (44 if form else 24), f"/{form}: a target is {smallest} px"
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375, f"/{form}: the page scrolls sideways"
    page.close()


GRID_SPACES = """() => [...document.querySelectorAll('.answer-table input.fill-in__cell')].map(input => {
    const label = input.labels[0], l = label.getBoundingClientRect(), i = input.getBoundingClientRect();
    return {label: label.textContent, shown: l.width > 20, above: l.bottom <= i.top + 1, width: i.width}; })"""


@pytest.mark.parametrize("form", ["", "easy-read/", "large-print/"])
def test_on_a_phone_each_space_in_a_grid_is_under_the_words_that_name_it(chromium, base_url, form):
    """A grid of 5 columns left each column 40 to 60 px wide on a phone, its headings split inside
    words. On a phone each row is a box, each space under its own label; on a wide screen, a grid."""
    page = chromium.new_page(viewport={"width": 375, "height": 800})
    page.goto(base_url + f"{form}sheets/action-plan/")
    spaces = page.evaluate(GRID_SPACES)
    assert len(spaces) == 30 and all(s["shown"] and s["above"] and s["width"] >= 150 for s in spaces), spaces[:3]
    assert spaces[0]["label"] == page.locator(".answer-table thead th").first.text_content() + ", row 1"
    page.set_viewport_size({"width": 1280, "height": 900})
    assert not any(s["shown"] for s in page.evaluate(GRID_SPACES)), "a wide screen shows the grid's labels"
    page.close()


NAMED_ROW = """() => { const row = document.querySelector('.answer-table--named tbody tr');
    return {name: row.querySelector('th').textContent.trim(),
            columns: [...document.querySelectorAll('.answer-table--named thead th')].slice(1).map(th => th.textContent.trim()),
            shown: [...row.querySelectorAll('label')].map(label => [...label.childNodes]
                .filter(n => n.nodeType === 3 || n.getBoundingClientRect().width > 1)
                .map(n => n.textContent).join('').trim())}; }"""


def test_on_a_phone_a_named_row_says_its_name_once_and_a_screen_reader_still_hears_it(chromium, base_url):
    """A grid with named rows (the summary sheet): on a phone each row's box is headed by its name,
    so the words over each space show its column only ("Stage (1 to 4)", not "Stage (1 to 4), Idea
    1: People as assets" four times); a screen reader still hears the row's name with each space."""
    page = chromium.new_page(viewport={"width": 375, "height": 800})
    page.goto(base_url + "sheets/how-are-you-doing-summary/")
    row = page.evaluate(NAMED_ROW)
    assert row["shown"] == row["columns"], row
    first = page.get_by_role("textbox", name=re.compile(re.escape(row["columns"][0]) + r"\W+" + re.escape(row["name"])))
    assert first.count() == 1
    page.close()


def test_the_form_works_from_a_folder(chromium, site_dir, tmp_path):
    """The offline copy opens pages from a folder (file://): the sheet still fills in and saves."""
    context = chromium.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto((site_dir / "sheets" / "action-plan" / "index.html").as_uri())
    assert page.locator("#fill-in").is_visible()
    page.locator("#answer-name").fill("From a folder")
    with page.expect_download() as info:
        page.locator("button[data-action=save]").click()
    saved = tmp_path / "offline.json"
    info.value.save_as(saved)
    assert json.loads(saved.read_text(encoding="utf-8"))["answers"]["name"] == "From a folder"
    context.close()


def test_without_javascript_the_page_is_the_printable_sheet(chromium, base_url):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "sheets/action-plan/")
    assert not page.locator("#fill-in").is_visible()
    assert page.locator(".answer-table td").count() and not page.locator("article.sheet input").count()
    context.close()


def test_the_saved_file_format_is_described(site_dir):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "coproduction-sheet-answers" in readme, "README.md does not describe the saved answers file"
