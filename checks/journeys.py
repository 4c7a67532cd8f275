"""Journeys: what each kind of reader does on the site, followed in a browser by clicking links, as
a person does, not by typing addresses. Each returns the problems it met (empty when the journey
works), naming the step."""
from __future__ import annotations

import contextlib
import re
import urllib.request
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from lxml import html as lxml_html

from accessible_formats.checks import keyboard


class Stop(Exception):
    """A journey cannot go on: the step that failed, in words."""


def _click(page, to: str, what: str, where: str = "#main-content", selector: str = "a[href]"):
    """Click the first link a reader can see, in the part of the page they would use, that goes
    to an address whose path matches the pattern `to`."""
    links = page.locator(f"{where} {selector}")
    for i in range(links.count()):
        link = links.nth(i)
        href = link.get_attribute("href") or ""
        if re.search(to, urlsplit(urljoin(page.url, href)).path) and link.is_visible():
            link.scroll_into_view_if_needed()
            with page.expect_navigation():
                link.click()
            return
    raise Stop(f"{page.url}: no link to {what} that a reader can see")


def _pdf(page, selector: str, what: str, words: str | None = None) -> None:
    """The link opens a PDF (checked by fetching what the link points to)."""
    link = page.locator(f"#main-content {selector}").first
    if not link.count() or not link.is_visible():
        raise Stop(f"{page.url}: no link to {what}")
    href = urljoin(page.url, link.get_attribute("href"))
    with urllib.request.urlopen(href, timeout=30) as r:
        body = r.read()
        kind = r.headers.get("Content-Type", "")
    if not body.startswith(b"%PDF") or "pdf" not in kind:
        raise Stop(f"{page.url}: the link to {what} ({href}) is not a PDF")


def run(journey, *args) -> list[str]:
    try:
        journey(*args)
    except Stop as stop:
        return [str(stop)]
    return []


AUDIO = "document.querySelector('audio.er-listen__audio')"


def listener(page, url: str) -> None:
    """An Easy Read reader who listens, with the keyboard only, on an Easy Read page or sheet: Tab
    to "Listen to this part" on the second part and press Enter; it plays that part's file, the
    part is highlighted and the button says "Stop listening"; Escape stops it. Then "Listen to the
    whole page": the first part plays, and when it ends the second follows; pressing the button
    again stops."""
    page.goto(url)
    buttons = page.locator("button.er-listen__button:not(.er-listen__button--all)")
    if buttons.count() < 2 or not buttons.nth(1).is_visible():
        raise Stop(f"{url}: no Listen button on the second part")
    button = buttons.nth(1)
    for _ in range(80):                                   # Tab, as a keyboard user does, to the button
        page.keyboard.press("Tab")
        if button.evaluate("b => b === document.activeElement"):
            break
    else:
        raise Stop(f"{url}: Tab never reaches Listen on the second part")
    label = button.inner_text()
    page.keyboard.press("Enter")
    with contextlib.suppress(Exception):        # until it plays, or the page says it could not
        page.wait_for_function(f"() => {{ const a = {AUDIO}; return a && !a.paused && a.currentTime > 0.2 "
                               "|| document.querySelector('.er-listen-all__problem').textContent; }", timeout=10000)
    if not page.evaluate(f"() => {{ const a = {AUDIO}; return a && !a.paused && a.currentTime > 0.2; }}"):
        raise Stop(f"{url}: pressing Listen on the second part plays nothing")
    src = page.evaluate(f"{AUDIO}.currentSrc")
    if not src.endswith("audio/point-2.mp3"):
        raise Stop(f"{url}: Listen on the second part plays {src}")
    if not page.evaluate("b => { const p = document.querySelectorAll('.er-point--playing');"
                         " return p.length === 1 && p[0].contains(b); }", button.element_handle()):
        raise Stop(f"{url}: the part that plays is not highlighted")
    if button.inner_text() == label:
        raise Stop(f"{url}: while it plays, the button does not say how to stop")
    page.keyboard.press("Escape")
    if not page.evaluate(f"{AUDIO}.paused") or page.locator(".er-point--playing").count():
        raise Stop(f"{url}: Escape does not stop it")
    if button.inner_text() != label:
        raise Stop(f"{url}: after it stops, the button does not say Listen again")

    whole = page.locator(".er-listen__button--all")
    whole.focus()
    page.keyboard.press("Enter")
    playing = ("() => { const p = document.querySelector('.er-point--playing'); "
               f"return p && {AUDIO}.currentSrc.endsWith('/point-N.mp3') && p.contains(document.querySelectorAll("
               "'button.er-listen__button:not(.er-listen__button--all)')[N - 1]); }")
    try:
        page.wait_for_function(playing.replace("N", "1"), timeout=10000)
    except Exception:
        raise Stop(f"{url}: Listen to the whole page does not start at the first part") from None
    page.evaluate(f"() => {{ {AUDIO}.playbackRate = 16; }}")        # the first part to its end, quickly
    try:
        page.wait_for_function(playing.replace("N", "2"), timeout=10000)
    except Exception:
        raise Stop(f"{url}: after the first part, the whole page does not go on to the second") from None
    page.keyboard.press("Enter")
    if not page.evaluate(f"{AUDIO}.paused") or page.locator(".er-point--playing").count():
        raise Stop(f"{url}: pressing the whole-page button again does not stop it")


def easy_read_reader(page, base: str) -> None:
    """Easy Read home, the principles, a principle, the next page, back home, the tools, a tool,
    its Easy Read sheet, its Easy Read PDF."""
    page.goto(base + "easy-read/")
    _click(page, r"^/easy-read/principles/$", "the principles in Easy Read")
    _click(page, r"^/easy-read/principles/[^/]+/$", "a principle in Easy Read")
    _click(page, r"^/easy-read/", "the next page in Easy Read", where=".onward__next")
    _click(page, r"^/easy-read/$", "the Easy Read home page", where=".fmt-footer")
    _click(page, r"^/easy-read/tools/$", "the tools in Easy Read")
    _click(page, r"^/easy-read/tools/[^/]+/$", "a tool in Easy Read")
    _click(page, r"^/easy-read/sheets/[^/]+/$", "its sheet in Easy Read")
    if not page.locator("article.sheet--easy-read").count():
        raise Stop(f"{page.url}: the sheet is not in Easy Read")
    _pdf(page, 'a[href$="-easy-read.pdf"]', "the Easy Read PDF")


def facilitator(page, base: str, menu_first: bool) -> None:
    """Home, the tools, a tool, its sheets in all three forms, and each form's PDF."""
    page.goto(base)
    if menu_first:                               # on a phone the menu is in the drawer
        page.locator('.md-header [data-toggle="__drawer"]').first.click()
        page.wait_for_timeout(400)
    _click(page, r"^/tools/$", "the tools", where=".md-sidebar--primary")
    _click(page, r"^/tools/[^/]+/$", "a tool")
    _click(page, r"^/sheets/[^/]+/$", "its printable sheet", where="#main-content .sheet-box")
    _pdf(page, 'a[href$=".pdf"]:not([href$="-easy-read.pdf"]):not([href$="-large-print.pdf"])', "the standard PDF")
    _click(page, r"^/easy-read/sheets/[^/]+/$", "the sheet in Easy Read", where="#main-content nav.format-links")
    _pdf(page, 'a[href$="-easy-read.pdf"]', "the Easy Read PDF")
    _click(page, r"^/large-print/sheets/[^/]+/$", "the sheet in large print", where="#main-content nav.format-links")
    _pdf(page, 'a[href$="-large-print.pdf"]', "the large print PDF")


def commissioner(page, base: str, site_url: str) -> None:
    """Home, SCIE's recommendations, Copy link, and the copied address opens that recommendation."""
    page.goto(base)
    _click(page, r"^/how-to/$", "how to do it")
    _click(page, r"^/how-to/culture/$", "the page with SCIE's first recommendations")
    button = page.locator("#recommendation-2 + button.copy-link")
    if not button.count():
        raise Stop(f"{page.url}: no Copy link beside recommendation 2")
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.copy-link-status').textContent.length > 0")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    if not copied.startswith(site_url) or not copied.endswith("#recommendation-2"):
        raise Stop(f"Copy link copied '{copied}', not the published address of recommendation 2")
    page.goto(base + copied[len(site_url):])     # the reader pastes it: the local copy stands for the site
    if page.evaluate("() => !document.querySelector(':target') || document.querySelector(':target').id") != "recommendation-2":
        raise Stop(f"the copied address {copied} does not open recommendation 2")
    top = page.evaluate("() => document.getElementById('recommendation-2').getBoundingClientRect().top")
    if not 0 <= top < page.viewport_size["height"]:
        raise Stop(f"the copied address {copied} opens the page, but recommendation 2 is not on the screen")


def keyboard_user(page, base: str, addresses: list[str]) -> list[str]:
    problems = []
    for address in addresses:
        page.goto(base + address)
        problems += keyboard.tab_stops_until_main(page, f"/{address} at {page.viewport_size['width']} px")
    return problems


def offline_reader(page, index_uri: str, deep_standard: str, deep_format: str) -> None:
    """The offline copy opened from a folder: search, open a result; from pages three levels
    deep, the logo and the Home link lead to the home page (index.html), never a folder listing."""
    page.goto(index_uri)
    if page.locator("input.md-search__input").is_visible():
        page.locator("input.md-search__input").click()
    else:                                                             # on a phone, search opens from its button
        page.locator('.md-header [data-toggle="__search"]').first.click()
    page.keyboard.type("personal budgets", delay=20)
    page.wait_for_selector(".md-search-result__item a", timeout=15000)
    with page.expect_navigation():
        page.locator(".md-search-result__item a").first.click()
    _is_a_page(page, "the search result")
    root = index_uri.rsplit("/", 1)[0] + "/"
    for address, selector, what in ((deep_standard, "a.md-logo", "the logo"),
                                    (deep_standard, 'nav.md-nav--primary a.md-nav__link[href$="index.html"]', "Home"),
                                    (deep_format, ".fmt-header a.fmt-header__site", "the site name"),
                                    (deep_format, ".fmt-footer a", "the format's home page")):
        page.goto(root + address + "index.html")
        page.wait_for_timeout(500)      # the theme scrolls its menu to the open page just after loading
        home = re.compile(r"^\s*Home\s*$") if what == "Home" else None
        links = page.locator(selector).filter(has_text=home, visible=True)
        if not links.count() and page.locator('.md-header [data-toggle="__drawer"]').is_visible():
            page.locator('.md-header [data-toggle="__drawer"]').click()      # on a phone, the menu opens first
            page.wait_for_timeout(400)
            links = page.locator(selector).filter(has_text=home, visible=True)
        if links.count():       # a person scrolls the menu up to its top, where Home is
            links.first.evaluate("a => { const w = a.closest('.md-sidebar__scrollwrap'); if (w) w.scrollTop = 0; }")
        if not links.count():
            raise Stop(f"/{address}: no link to {what} that a reader can see")
        with page.expect_navigation():
            links.first.click()
        _is_a_page(page, f"{what} on /{address}")


def _is_a_page(page, what: str) -> None:
    if not urlsplit(page.url).path.endswith(".html") or not page.locator("h1").count():
        raise Stop(f"{what} opens {page.url}, which is a folder, not a page")


def offline_links(folder) -> list[str]:
    """Every link, picture, script and stylesheet in every page of an unzipped offline copy must
    lead to a file in the copy: a folder address opens a folder listing from a disk."""

    folder = Path(folder)
    problems = []
    for f in sorted(folder.rglob("*.html")):
        root = lxml_html.fromstring(f.read_bytes())
        for el, attr in (*((a, "href") for a in root.xpath("//a[@href] | //link[@href]")),
                         *((s, "src") for s in root.xpath("//img[@src] | //script[@src] | //source[@src]"))):
            href = el.get(attr)
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            target = (f.parent / unquote(parts.path)).resolve()
            if not target.is_file():
                where = f.relative_to(folder)
                problems.append(f"/{where}: the link to '{href}' opens "
                                + ("a folder listing" if target.is_dir() else "nothing: the copy has no such file"))
    return problems
