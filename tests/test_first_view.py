"""A page's first view fetches only what its format uses, and nothing on it moves as its scripts start.

Read on a slow phone, every request counts. Opened in Chromium at phone width, the home page
and one page of each format fetch no search index or search worker until the reader starts to
search, and no script that their format does not use; starting to search then fetches the
index. What a reader sees before the scripts run stays where it is once they have."""
from __future__ import annotations

import gzip
from urllib.parse import urlsplit

import brotli
import pytest

from accessible_formats.checks.browser import first_frames, serve

# The scripts each kind of page runs: Material's bundle and our two small scripts on standard
# pages; Listen on Easy Read pages; nothing on large-print pages; the fill-in form on sheet pages,
# and Listen on Easy Read sheet pages; the self-assessment's own script, and Listen in Easy Read;
# saving to a file (fill-in-file.js) on sheet pages and the self-assessment.
STANDARD = {"assets/javascripts/bundle.", "assets/js/copy-link.js", "assets/js/menus.js"}
SHEET = {"assets/js/fill-in-file.js", "assets/js/sheet-form.js"}
SELF_ASSESSMENT = {"assets/js/fill-in-file.js", "assets/js/self-assessment.js"}
LISTEN = {"assets/js/listen.js"}
SCRIPTS = {
    "": STANDARD,
    "principles/assets/": STANDARD,
    "easy-read/principles/assets/": LISTEN,
    "large-print/principles/assets/": set(),
    "sheets/action-plan/": SHEET,
    "easy-read/sheets/action-plan/": SHEET | LISTEN,
    "tools/how-are-you-doing/self-assessment/": SELF_ASSESSMENT,
    "easy-read/tools/how-are-you-doing/self-assessment/": SELF_ASSESSMENT | LISTEN,
    "large-print/tools/how-are-you-doing/self-assessment/": SELF_ASSESSMENT,
}
SEARCH = ("search_index.json", "workers/search.")


@pytest.fixture(scope="module")
def first_views(chromium, base_url) -> dict[str, list[tuple[str, str]]]:
    """The requests of each address's first view: (resource type, path). The pages are opened
    side by side, each in a context of its own, so that their waits overlap (18 s in turn)."""
    opened, seen = [], {}
    for address in SCRIPTS:
        context = chromium.new_context(viewport={"width": 375, "height": 800})
        page = context.new_page()
        requests: list[tuple[str, str]] = []
        page.on("request", lambda r, requests=requests: requests.append((r.resource_type, urlsplit(r.url).path)))
        page.goto(base_url + address)
        opened.append((context, page))
        seen[address] = requests
    for _, page in opened:
        page.wait_for_load_state("networkidle")
    opened[-1][1].wait_for_timeout(1500)   # anything deferred or idle-time has started by now, on every page
    # Each page was shown all along, as to a reader: a hidden page's timers would be slowed.
    assert all(page.evaluate("document.visibilityState") == "visible" for _, page in opened)
    for context, _ in opened:
        context.close()
    return seen


@pytest.mark.xdist_group("first-view")        # one worker opens the pages, once
@pytest.mark.parametrize("address", list(SCRIPTS))
def test_a_first_view_fetches_no_search_index_and_no_script_it_does_not_use(first_views, address):
    seen = first_views[address]
    searched = [path for _, path in seen if any(s in path for s in SEARCH)]
    assert not searched, f"/{address}: the first view fetches the search index or worker: {searched}"
    scripts = {path.lstrip("/") for kind, path in seen if kind == "script" or path.endswith(".js")}
    unused = [s for s in scripts if not any(s.startswith(allowed) for allowed in SCRIPTS[address])]
    assert not unused, f"/{address}: the first view fetches scripts its format does not use: {unused}"
    sounds = [path for kind, path in seen if kind == "media" or path.endswith(".mp3")]
    assert not sounds, f"/{address}: the first view fetches audio before anyone asks to listen: {sounds}"


def test_starting_to_search_fetches_the_index(chromium, base_url):
    """The check above is not passing only because search is broken: a reader who starts to
    search gets the index."""
    page = chromium.new_page(viewport={"width": 1280, "height": 800})
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(base_url + "principles/assets/")
    page.locator("input.md-search__input").click()
    page.keyboard.type("budget", delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    assert any("search_index.json" in u for u in fetched)
    page.close()


# Where each part of the main content stands, if a reader can see it (in the first screen, not
# transparent): main's children and every element in it with an id, by id or by place.
TOPS = """() => { const out = {}; const main = document.querySelector("main");
  const seen = el => { const r = el.getBoundingClientRect(), style = getComputedStyle(el);
    const shown = r.height > 0 && r.top < innerHeight && style.visibility !== "hidden" && style.opacity !== "0";
    return shown ? Math.round(r.top) : null; };
  [...main.children].forEach((el, i) => { const top = seen(el); if (top !== null) out[el.id || i + " " + el.tagName] = top; });
  main.querySelectorAll("[id]").forEach(el => { const top = seen(el); if (top !== null) out["#" + el.id] = top; });
  return out; }"""


@pytest.mark.xdist_group("first-view")
def test_nothing_a_reader_sees_moves_when_the_scripts_start(chromium, base_url):
    """The home page and one page of each format at phone size: what a reader sees before the
    page's scripts have run stays where it is once they have, because what the scripts show has
    its room from the first paint (the "js" class is set in the head). On a slow phone the
    scripts run after the first paint, and the sheets' fill-in panel pushed the sheet down a
    screen (Lighthouse's layout shift 0.26)."""
    problems = []
    for address in SCRIPTS:
        tops = []
        for scripts in (False, True):
            context = chromium.new_context(viewport={"width": 412, "height": 823})
            page = context.new_page()
            if not scripts:       # the page as it is painted before its scripts have come
                page.route("**/*.js", lambda route: route.abort())
            page.goto(base_url + address)
            page.evaluate("document.fonts.ready")
            first_frames(page)
            tops.append(page.evaluate(TOPS))
            context.close()
        before, after = tops
        moved = {part: (top, after.get(part)) for part, top in before.items()
                 if after.get(part) is None or abs(after[part] - top) > 2}
        if moved:
            problems.append(f"/{address}: moved when the scripts ran (from, to): {moved}")
    assert not problems, "\n".join(problems)


def test_every_text_file_has_compressed_copies_with_the_same_content(site_dir):
    """For hosts that send them as they are (README.md, "Deploying"): a .gz and a .br beside every
    text file of 1 KB or more, each the same content, and none left beside a file that is gone."""

    texts = [f for f in site_dir.rglob("*") if f.suffix in {".html", ".css", ".js", ".json", ".xml", ".txt", ".svg"}
             and f.is_file() and f.stat().st_size >= 1024]
    assert len(texts) > 900
    problems = []
    for f in texts:
        data = f.read_bytes()
        gz, br = f.with_name(f.name + ".gz"), f.with_name(f.name + ".br")
        if not gz.is_file() or gzip.decompress(gz.read_bytes()) != data:
            problems.append(f"{f.relative_to(site_dir)}.gz")
        if not br.is_file() or brotli.decompress(br.read_bytes()) != data:
            problems.append(f"{f.relative_to(site_dir)}.br")
    orphans = [p for p in site_dir.rglob("*.br") if not p.with_suffix("").is_file()]
    assert not problems and not orphans, (problems + orphans)[:20]


def test_the_compressed_copies_are_what_a_browser_gets(chromium, site_dir):
    with serve(site_dir, compressed=True) as base:
        page = chromium.new_page()
        response = page.goto(base + "principles/assets/")
        assert response.headers.get("content-encoding") == "br"
        assert page.locator("h1").inner_text() == "Assets"
        page.close()
