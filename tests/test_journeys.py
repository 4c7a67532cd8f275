"""Each kind of reader can make their whole journey, clicking through the site on a phone and a desktop.

Each kind of reader's whole journey, followed in Chromium by clicking as a person does, on a phone
width and a desktop width (checks/journeys.py). Each journey also runs once against the site with
one step broken (the page changed on its way to the browser) and must stop at that step."""
from __future__ import annotations

import re
import zipfile
from concurrent.futures import ThreadPoolExecutor

import pytest

from accessible_formats.checks import pdfs
from checks import journeys

PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
SIZES = pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["375px", "1280px"])


@pytest.fixture
def new_page(chromium):
    contexts = []

    def make(size, breaks: tuple[str, str, str] | None = None, **options):
        """A page at `size`. `breaks`: (address pattern, pattern, replacement) applied to the HTML
        of the matching pages, to break one step of a journey."""
        context = chromium.new_context(viewport=size, **options)
        contexts.append(context)
        if breaks:
            where, pattern, replacement = breaks

            def change(route):
                response = route.fetch()
                body = re.sub(pattern, replacement, response.text())
                route.fulfill(response=response, body=body)
            context.route(re.compile(where), change)
        return context.new_page()
    yield make
    for context in contexts:
        context.close()


@SIZES
def test_an_easy_read_reader_reaches_an_easy_read_sheet_and_its_pdf(new_page, base_url, size):
    assert journeys.run(journeys.easy_read_reader, new_page(size), base_url) == []


def test_the_easy_read_journey_stops_where_a_page_has_no_next_link(new_page, base_url):
    page = new_page(PHONE, breaks=(r"/easy-read/principles/[^/]+/$", r'class="onward__next"', 'class="onward__gone"'))
    problems = journeys.run(journeys.easy_read_reader, page, base_url)
    assert len(problems) == 1 and "no link to the next page in Easy Read" in problems[0], problems


@pytest.mark.parametrize("size, menu_first", [(PHONE, True), (DESKTOP, False)], ids=["375px", "1280px"])
def test_a_facilitator_reaches_every_form_of_a_sheet(new_page, base_url, size, menu_first):
    assert journeys.run(journeys.facilitator, new_page(size), base_url, menu_first) == []


def test_the_facilitator_journey_stops_where_a_sheet_does_not_link_its_easy_read_form(new_page, base_url):
    page = new_page(DESKTOP, breaks=(r"/sheets/[^/]+/$", r'href="[^"]*easy-read/sheets/[^"]*"', 'href="#"'))
    problems = journeys.run(journeys.facilitator, page, base_url, False)
    assert len(problems) == 1 and "no link to the sheet in Easy Read" in problems[0], problems


@SIZES
def test_a_commissioner_copies_the_address_of_a_recommendation_and_it_opens_there(new_page, base_url, manifest, size):
    page = new_page(size, permissions=["clipboard-read", "clipboard-write"])
    assert journeys.run(journeys.commissioner, page, base_url, manifest["site_url"]) == []


def test_the_commissioner_journey_stops_when_the_recommendation_loses_its_address(new_page, base_url, manifest):
    page = new_page(DESKTOP, breaks=(r"/how-to/culture/$", r'id="recommendation-2"', 'id="rec-2"'),
                    permissions=["clipboard-read", "clipboard-write"])
    problems = journeys.run(journeys.commissioner, page, base_url, manifest["site_url"])
    assert len(problems) == 1 and "recommendation 2" in problems[0], problems


KEYBOARD_PAGES = ["", "principles/assets/", "how-to/culture/", "sheets/one-page-profile/",
                  "easy-read/principles/assets/", "large-print/principles/assets/"]


@SIZES
def test_a_keyboard_user_can_see_every_tab_stop_until_the_main_content(new_page, base_url, size):
    assert journeys.keyboard_user(new_page(size), base_url, KEYBOARD_PAGES) == []


def test_the_keyboard_journey_finds_a_closed_menu_that_takes_focus(new_page, base_url):
    # the theme's own behaviour, before our fix: the closed drawer's links can be reached by Tab
    # (a stylesheet of the site's own address: the pages' policy stops a <style> in the page)
    page = new_page(PHONE, breaks=(r"/principles/assets/$", r"</head>",
                                   '<link rel="stylesheet" href="/assets/css/test-break.css"></head>'))
    page.route("**/assets/css/test-break.css", lambda route: route.fulfill(
        content_type="text/css", body=".md-sidebar--primary, .md-sidebar--primary * { visibility: visible !important; }"))
    problems = journeys.keyboard_user(page, base_url, ["principles/assets/"])
    assert problems and all("off the screen" in p or "covers it" in p for p in problems), problems


@pytest.fixture(scope="module")
def offline_folder(site_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(site_dir / "downloads" / "co-production-offline.zip") as z:
        z.extractall(folder)
    return folder / "co-production-site"


@SIZES
def test_the_offline_copy_searches_and_goes_home_from_deep_pages(new_page, offline_folder, size):
    page = new_page(size)
    problems = journeys.run(journeys.offline_reader, page, (offline_folder / "index.html").as_uri(),
                            "policy/scotland/", "easy-read/case-studies/sheffield-flourish/")
    assert problems == []


def test_the_offline_copy_reads_easy_read_aloud(new_page, offline_folder):
    page = new_page(PHONE)
    uri = (offline_folder / "easy-read" / "principles" / "assets" / "index.html").as_uri()
    assert journeys.run(journeys.listener, page, uri) == []


def test_every_link_in_the_offline_copy_opens_a_file(offline_folder):
    assert journeys.offline_links(offline_folder) == []


def test_the_offline_link_check_finds_a_folder_link_and_a_missing_file(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<p><a href="a/">A</a> <a href="b.html">B</a> <a href="index.html#x">here</a>'
                                         ' <a href="https://example.org/">web</a></p>')
    problems = journeys.offline_links(tmp_path)
    assert len(problems) == 2 and "folder listing" in problems[0] and "no such file" in problems[1], problems


# The space each sheet form keeps at the foot of a page for its footer (sheets.css).
FOOTER_MM = {"standard": 24, "easy-read": 30, "large-print": 36}


def test_every_page_of_every_pdf_keeps_its_words_on_the_page(site_dir):
    files = sorted(site_dir.rglob("*.pdf"))
    assert len(files) > 300
    with ThreadPoolExecutor(max_workers=4) as pool:
        problems = [p for found in pool.map(lambda f: pdfs.outside_the_page(f, f"/{f.relative_to(site_dir)}"), files)
                    for p in found]
    assert problems == [], "\n".join(problems[:20])


def test_no_sheet_page_is_mostly_empty_unless_it_is_the_last(site_dir, manifest):
    forms = {f["key"]: f["form"] for f in manifest["formats"]["sheet"] if not f["html_page"]}
    jobs = [(site_dir / sheet["addresses"][key], FOOTER_MM[form])
            for sheet in manifest["sheets"] for key, form in forms.items()]
    with ThreadPoolExecutor(max_workers=4) as pool:
        fills = list(pool.map(lambda job: pdfs.page_fill(*job), jobs))
    problems = [f"/{path.relative_to(site_dir)}: page {n} is {round(100 * (1 - fill))}% empty"
                for (path, _), pages in zip(jobs, fills, strict=True) for n, fill in enumerate(pages[:-1], 1) if fill < 0.4]
    assert problems == [], "\n".join(problems)
