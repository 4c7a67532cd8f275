"""The How are you doing? self-assessment records several people's views, saves, opens and prints, and keeps answers private.

In Chromium, as a group would use it: add two people with the keyboard, record their views and
see where they agree and differ, in each idea and in the summary (chart, table and sentence);
save the whole result to a file, clear the page and open the file again (in another form of the
page too); print an A4 report; open bad files and get one clear message with nothing lost; pass
axe when empty, filled and in the error state, in the 3 forms; fit a 320 px screen with big
targets in Easy Read and large print; work from a folder (file://); without JavaScript, show the
ideas to read and the sheets to print; and never make a request to another host, set a cookie or
keep anything in the browser's storage."""
from __future__ import annotations

import json
from pathlib import Path

import pikepdf
import pytest
import yaml

from accessible_formats.checks import accessibility, pdfs
from accessible_formats.checks.browser import requests_away

ROOT = Path(__file__).resolve().parents[1]
ADDRESS = "tools/how-are-you-doing/self-assessment/"
FORMS = ["", "easy-read/", "large-print/"]
WORDS = yaml.safe_load((ROOT / "data" / "words.yml").read_text(encoding="utf-8"))["self_assessment"]
FIELDS = """() => {
  const out = {};
  document.querySelectorAll('#self-assessment input:not([type=file]), #self-assessment textarea, #self-assessment select')
    .forEach(el => { out[el.id || el.getAttribute('aria-label')] = (el.type === 'radio') ? el.checked : el.value; });
  return out;
}"""



def _add_person(page, name: str) -> None:
    """Type a name and press Enter in the name field, as a keyboard user would."""
    page.locator("#sa-person-name").focus()
    page.keyboard.type(name)
    page.keyboard.press("Enter")



def _fill(page) -> None:
    """A group's answers: 2 people, their views (agreeing on idea 2, differing on idea 1), the
    group's own stage, colour and evidence, a change and one action."""
    _add_person(page, "Amira, who uses the service")
    _add_person(page, "Ben, a manager")
    page.locator("#sa-area").fill("Riverside day centre")
    page.locator("button[data-action=use-suggestion]").focus()
    page.keyboard.press("Enter")
    page.locator("#idea-1-stage-2-answer").focus()
    page.keyboard.press("Space")
    page.locator("#idea-1-rating-amber").focus()
    page.keyboard.press("Space")
    page.locator("#idea-1-evidence").fill("People sit on the forum; staff still plan most things.")
    page.locator("#idea-1-change").fill("Invite people onto interview panels.")
    stage_1, stage_3 = "Stage 1: " + _stage(page, 1), "Stage 3: " + _stage(page, 3)
    rows = page.locator('[data-views="idea-1"] select')
    rows.nth(0).select_option(label=stage_1)
    rows.nth(1).select_option(label=WORDS["red"])
    rows.nth(2).select_option(label=stage_3)
    rows.nth(3).select_option(label=WORDS["amber"])
    rows = page.locator('[data-views="idea-2"] select')
    rows.nth(0).select_option(label=stage_1)
    rows.nth(2).select_option(label=stage_1)
    page.locator("button[data-action=add-action]").focus()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "action-1-idea", "focus did not move to the new action"
    page.locator("#action-1-idea").select_option("idea-1")
    page.locator("#action-1-who").fill("Ben")
    page.locator("#action-1-what").fill("Ask 2 people to join the next interview panel")
    page.locator("#action-1-when").fill("March 2027")


def _stage(page, n: int) -> str:
    return page.locator(f"label[for=idea-1-stage-{n}-answer]").text_content().split(": ", 1)[1]


@pytest.fixture
def fresh(chromium, base_url):
    """A new private window on the standard form, with downloads allowed."""
    context = chromium.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    away = requests_away(page)
    page.on("dialog", lambda d: d.accept())
    page.goto(base_url + ADDRESS)
    yield context, page, away
    context.close()


def test_two_peoples_views_are_recorded_and_shown_agreeing_and_differing(fresh):
    context, page, away = fresh
    _fill(page)
    people = page.locator("#sa-people li .sa-person").all_text_contents()
    assert people == ["Amira, who uses the service", "Ben, a manager"]
    differ = page.locator("#idea-1-agreement").text_content()
    assert "differ on the stage" in differ and "stage 1 (Amira, who uses the service)" in differ
    assert "stage 3 (Ben, a manager)" in differ and "differ on the colour" in differ
    agree = page.locator("#idea-2-agreement").text_content()
    assert agree == WORDS["agree_stage"].replace("{stage}", "1"), agree
    assert page.locator("#idea-3-agreement").text_content() == WORDS["no_views"]
    # The summary says the same, in the table, the chart and the sentence.
    table = page.locator("#sa-table tbody tr")
    assert table.count() == 4
    assert table.nth(0).locator("td").nth(2).text_content().startswith("Views differ")
    assert table.nth(1).locator("td").nth(2).text_content() == WORDS["views_agree"]
    assert "2 of 4" in table.nth(0).locator("td").nth(0).text_content()
    assert WORDS["amber"] in table.nth(0).locator("td").nth(1).text_content()
    sentence = page.locator("#sa-sentence").text_content()
    assert "stage 2 (amber)" in sentence and "Views differ on Idea 1" in sentence
    chart = page.locator(".sa-chart__bars")
    assert chart.get_attribute("role") == "img" and "sa-sentence" in chart.get_attribute("aria-labelledby")
    assert page.locator(".sa-bar").nth(0).locator(".sa-bar__words").text_content().count(WORDS["amber"]) == 1, \
        "the chart shows a colour without its word"
    width = page.evaluate("() => document.querySelector('.sa-bar__fill').style.width")
    assert width == "50%", f"idea 1 is at stage 2 of 4, but its bar is {width} long"
    # Removing a person takes their views with them, and the summary follows.
    page.get_by_role("button", name=WORDS["remove_person"].replace("{name}", "Ben, a manager")).click()
    assert "differ" not in page.locator("#idea-1-agreement").text_content()
    assert not away


def test_the_result_is_saved_cleared_and_opened_again_in_another_form(fresh, base_url, tmp_path):
    context, page, away = fresh
    _fill(page)
    before = page.evaluate(FIELDS)
    page.locator("button[data-action=save]").focus()
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    assert saved.name == "how-are-you-doing-self-assessment.json"
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["kind"] == "coproduction-self-assessment" and data["version"] == 1
    assert data["tool"] == "how-are-you-doing" and data["area"] == "Riverside day centre"
    assert data["ideas"]["idea-1"] == {"stage": 2, "rating": "amber", "evidence": before["idea-1-evidence"],
                                       "change": "Invite people onto interview panels."}
    assert data["people"][0] == {"name": "Amira, who uses the service",
                                 "views": {"idea-1": {"stage": 1, "rating": "red"}, "idea-2": {"stage": 1, "rating": None}}}
    assert data["actions"] == [{"idea": "idea-1", "who": "Ben", "what": "Ask 2 people to join the next interview panel",
                                "when": "March 2027"}]
    assert data["colours"]["red"], "the suggestion was used, but the colours' words were not saved"

    page.locator("button[data-action=clear]").click()
    assert page.locator("#sa-people li").count() == 0 and page.locator("#sa-actions li").count() == 0
    assert all(v in ("", False) for v in page.evaluate(FIELDS).values()), "Clear left answers on the page"
    assert WORDS["cleared"] in page.locator(".fill-in__status").text_content()

    page.locator("#fill-in input[type=file]").set_input_files(str(saved))
    page.wait_for_function("() => document.querySelector('.fill-in__status').textContent.includes('back on the page')")
    assert page.evaluate(FIELDS) == before, "the answers opened from the file differ from those saved"

    page.goto(base_url + "easy-read/" + ADDRESS)
    page.locator("#fill-in input[type=file]").set_input_files(str(saved))
    page.wait_for_function("() => document.querySelector('.fill-in__status').textContent.includes('back on the page')")
    assert page.locator("#sa-people li").count() == 2 and page.locator("#idea-1-rating-amber").is_checked()
    assert page.locator("#action-1-who").input_value() == "Ben"
    assert not away


def test_nothing_leaves_the_browser_and_nothing_is_kept_in_it(fresh, base_url):
    context, page, away = fresh
    _fill(page)
    page.reload()
    assert page.locator("#sa-people li").count() == 0, "answers came back after a reload: they were kept somewhere"
    assert context.cookies() == []
    kept = page.evaluate("""async () => ({local: localStorage.length, session: sessionStorage.length,
        databases: indexedDB.databases ? (await indexedDB.databases()).length : 0,
        caches: window.caches ? (await caches.keys()).length : 0})""")
    assert kept == {"local": 0, "session": 0, "databases": 0, "caches": 0}, kept
    text = page.locator("#fill-in").text_content()
    assert WORDS["private"].split(".")[0] in " ".join(text.split()), "the page does not say where answers are kept"
    assert not away, f"requests to other hosts: {away}"


def test_the_whole_result_prints_as_an_a4_report(fresh, tmp_path):
    context, page, away = fresh
    _fill(page)
    page.emulate_media(media="print")
    out = tmp_path / "report.pdf"
    page.pdf(path=str(out), format="A4", print_background=True, prefer_css_page_size=True)
    text = " ".join(pdfs.text(out).split())
    for expected in ("Riverside day centre", "Amira, who uses the service", "Invite people onto interview panels.",
                     "Ask 2 people to join the next interview panel", "March 2027", WORDS["summary_heading"],
                     WORDS["plan_heading"], "People sit on the forum; staff still plan most things."):
        assert expected in text, f"the report leaves out {expected!r}"
    for control in (WORDS["save"], WORDS["add_person"], WORDS["clear_answers"], WORDS["signs"]):
        assert control not in text, f"the report prints {control!r}"
    assert not pdfs.outside_the_page(out, "report")
    with pikepdf.open(out) as pdf:
        sizes = {tuple(round(float(v) * 25.4 / 72) for v in page.mediabox[2:]) for page in pdf.pages}
        assert sizes == {(210, 297)}, f"the report's pages are {sizes} mm, not A4"
        assert 3 <= len(pdf.pages) <= 12, f"the report has {len(pdf.pages)} pages"


BAD_FILES = {
    "not JSON": (b"\x89PNG\r\n\x1a\n a picture", "unreadable"),
    "damaged": (b'{"kind": "coproduction-self-assessment", "version": 1, "peo', "unreadable"),
    "another kind of file": (json.dumps({"name": "something else"}).encode(), "not_ours"),
    "a sheet's answers": (json.dumps({"kind": "coproduction-sheet-answers", "version": 1, "sheet": "action-plan",
                                      "answers": {}}).encode(), "a_sheet"),
    "a newer format": (json.dumps({"kind": "coproduction-self-assessment", "version": 99, "tool": "how-are-you-doing"})
                       .encode(), "newer"),
    "very large": (b'{"kind": "coproduction-self-assessment", "x": "' + b"x" * (1024 * 1024 + 10) + b'"}', "too_big"),
}


def test_each_bad_file_gets_one_clear_message_loses_nothing_and_passes_axe(fresh, tmp_path):
    context, page, away = fresh
    _add_person(page, "Typed before opening")
    page.locator("#idea-1-evidence").fill("Still here")
    before = page.evaluate(FIELDS)
    for what, (content, key) in BAD_FILES.items():
        path = tmp_path / f"{what.replace(' ', '-')}.json"
        path.write_bytes(content)
        page.locator("#fill-in input[type=file]").set_input_files(str(path))
        page.wait_for_function("() => document.querySelector('.fill-in__alert').textContent.length > 0")
        alert = page.locator(".fill-in__alert")
        expected = " ".join(WORDS[key].split()).split("{")[0][:40]
        assert expected in alert.text_content(), f"{what}: {alert.text_content()}"
        assert page.evaluate(FIELDS) == before and page.locator("#sa-people li").count() == 1, f"{what}: answers lost"
        if what == "a sheet's answers":
            violations = accessibility.axe_violations(page)
            assert not violations, accessibility.describe(violations, "error state")
        page.evaluate("() => { document.querySelector('.fill-in__alert').textContent = ''; }")
    assert not away


@pytest.mark.parametrize("form", FORMS)
def test_axe_passes_empty_and_filled_and_it_fits_a_phone_with_big_targets(chromium, base_url, form):
    page = chromium.new_page(viewport={"width": 375, "height": 800})
    page.goto(base_url + form + ADDRESS)
    label = f"/{form}{ADDRESS}"
    violations = accessibility.axe_violations(page)
    assert not violations, accessibility.describe(violations, f"{label} empty")
    _fill(page)
    violations = accessibility.axe_violations(page)
    assert not violations, accessibility.describe(violations, f"{label} filled")
    assert not accessibility.control_problems(page, label)
    smallest = page.evaluate("""() => Math.min(...[...document.querySelectorAll('#self-assessment input[type=radio], '
        + '#self-assessment button, #self-assessment select, #self-assessment input[type=text]')].filter(el => el.offsetParent)
        .map(el => { const r = el.getBoundingClientRect(); return Math.min(r.width, r.height); }))""")
    assert smallest >= (44 if form else 24), f"{label}: a target is {smallest} px"
    for width in (375, 320):
        page.set_viewport_size({"width": width, "height": 800})
        assert not accessibility.sideways_scroll(page, label)
        table = page.get_by_role("table", name=WORDS["summary_table"])
        assert table.get_by_role("row").count() >= 4 and table.get_by_role("rowheader").count() == 4, \
            f"{label}: at {width} px the summary is no longer a table to a screen reader"
    if form == "easy-read/":
        pictures = page.locator(".sa-answers .sa-q > img.sa-picture")
        assert pictures.count() >= 5 * 4, "Easy Read: a question of an idea has no picture beside it"
        assert all(alt for alt in pictures.evaluate_all("els => els.map(e => e.alt)"))
    page.close()


def test_each_radio_group_is_a_fieldset_with_a_legend_and_focus_is_visible(chromium, base_url):
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    page.goto(base_url + ADDRESS)
    loose = page.evaluate("""() => [...document.querySelectorAll('#self-assessment input[type=radio]')]
        .filter(r => !(r.closest('fieldset') && r.closest('fieldset').querySelector(':scope > legend'))).length""")
    assert loose == 0, f"{loose} radio buttons are not in a fieldset with a legend"
    page.locator("#idea-1-stage-1-answer").focus()
    assert accessibility.focus_visible(page), "the focused radio button shows no visible focus"
    page.locator("#sa-area").focus()
    assert accessibility.focus_visible(page), "the focused text field shows no visible focus"
    page.close()


def test_the_colours_start_empty_and_the_suggestion_is_labelled_as_this_sites(chromium, base_url):
    page = chromium.new_page()
    page.goto(base_url + ADDRESS)
    assert all(page.locator(f"#sa-colour-{c}").input_value() == "" for c in ("red", "amber", "green"))
    suggestion = page.locator(".sa-suggestion").text_content()
    assert WORDS["suggestion_label"] in suggestion and "not from the tool" in suggestion
    page.locator("button[data-action=use-suggestion]").click()
    assert page.locator("#sa-colour-green").input_value().startswith("Stage 4")
    page.locator("#sa-colour-green").fill("Stage 3 or 4")
    assert page.locator("label[for=idea-1-rating-green]").text_content().strip().endswith("Green: Stage 3 or 4")
    page.close()


def test_it_works_from_a_folder(chromium, site_dir, tmp_path):
    """The offline copy opens pages from a folder (file://): the self-assessment still fills in and saves."""
    context = chromium.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto((site_dir / ADDRESS / "index.html").as_uri())
    assert page.locator("#fill-in").is_visible()
    _add_person(page, "From a folder")
    with page.expect_download() as info:
        page.locator("button[data-action=save]").click()
    saved = tmp_path / "offline.json"
    info.value.save_as(saved)
    assert json.loads(saved.read_text(encoding="utf-8"))["people"][0]["name"] == "From a folder"
    context.close()


def test_without_javascript_the_ideas_can_be_read_and_the_sheets_printed(chromium, base_url):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + ADDRESS)
    assert not page.locator("#fill-in").is_visible() and not page.locator("#self-assessment textarea").first.is_visible()
    assert page.locator(".sa-no-script").is_visible()
    assert page.locator(".sa-guidance").count() == 4 and page.locator(".sa-guidance").first.is_visible()
    assert page.locator(".sa-stage").count() == 16
    heard = page.locator(".sa-heard li").all_text_contents()
    assert len(heard) >= 8, "the things you might hear are missing"
    sheets = page.locator(".sa-sheets a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert any(h.endswith("how-are-you-doing-assets/") for h in sheets)
    assert any(h.endswith(".pdf") for h in sheets)
    context.close()


def test_the_tools_page_links_to_it_in_every_form(site_dir):
    for page, target in (("tools/how-are-you-doing/index.html", 'href="self-assessment/"'),
                         ("easy-read/tools/how-are-you-doing/index.html", 'href="self-assessment/"'),
                         ("large-print/tools/how-are-you-doing/index.html", 'href="self-assessment/"')):
        assert target in (site_dir / page).read_text(encoding="utf-8"), f"{page} does not link to the self-assessment"


def test_the_saved_file_format_is_described():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "coproduction-self-assessment" in readme, "README.md does not describe the saved self-assessment file"


def test_the_printed_summary_is_one_page_and_its_rows_are_the_4_ideas(chromium, base_url, site_dir):
    with pikepdf.open(site_dir / "sheets" / "how-are-you-doing-summary.pdf") as pdf:
        assert len(pdf.pages) == 1, f"the summary sheet has {len(pdf.pages)} pages, not 1"
    text = " ".join(pdfs.text(site_dir / "sheets" / "how-are-you-doing-summary.pdf").split())
    assert all(f"Idea {n}:" in text for n in range(1, 5))
    page = chromium.new_page()
    page.goto(base_url + "sheets/how-are-you-doing-summary/")
    rows = page.locator("#how-are-you-doing-summary-ideas tbody tr")
    assert rows.count() == 4
    assert rows.nth(1).locator("th").text_content() == "Idea 2: Valuing work differently"
    assert rows.nth(1).locator("th input").count() == 0, "a row's name became a space to write"
    labels = rows.nth(1).locator("input").evaluate_all("els => els.map(e => e.labels[0].textContent)")
    assert labels and all(label.endswith("Idea 2: Valuing work differently") for label in labels), labels
    page.close()
