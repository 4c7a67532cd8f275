"""Every check that needs a browser, on one page, in one visit.

Opening a page is the slow part of a browser check, so each HTML page of the site is opened once
and every check that applies to it runs then: axe-core at desktop width, the rules for controls and inline pictures
(accessibility.CONTROLS, at desktop and phone widths), the skip link and
visible focus, no sideways scrolling at 320 CSS px, no text cut off at 200% zoom (a 640 x 450
CSS px window), the Easy Read or large-print layout for those formats, and nothing stopped by
the page's Content-Security-Policy while all that runs (a stopped script or style is a part of
the page that does not work). The tests split the
pages into chunks that run on both cores (tests/test_pages_in_browser.py).
"""
from __future__ import annotations

from . import accessibility, layout

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 320, "height": 640}
ZOOM_200 = {"width": 640, "height": 450}     # 200% zoom on a 1280 x 900 screen, in CSS px

CHECKS = ("axe", "controls", "skip link and focus", "320 px", "200% zoom", "layout", "policy")


def check_page(page, base_url: str, address: str, label: str, kind: str) -> dict[str, list[str]]:
    """Open `address` in the Playwright `page` and run every check that applies to its `kind`
    ('standard', 'easy_read', 'large_print', 'sheet' or 'other'). Problems by check."""
    out: dict[str, list[str]] = {c: [] for c in CHECKS}

    def heard(message):
        if "Content Security Policy" in message.text:
            out["policy"].append(f"{label}: {message.text}")
    page.on("console", heard)
    page.set_viewport_size(DESKTOP)
    page.goto(base_url + address, wait_until="load")
    out["axe"] = accessibility.describe(accessibility.axe_violations(page), label)
    out["controls"] = accessibility.control_problems(page, label)
    out["skip link and focus"] = (accessibility.skip_link_problems(page, label)
                                  + accessibility.link_focus_problems(page, label))
    if kind == "easy_read":
        out["layout"] = layout.easy_read_problems(page, address)
    elif kind == "large_print":
        out["layout"] = layout.large_print_problems(page, address)
    page.set_viewport_size(PHONE)
    out["controls"] += [p for p in accessibility.control_problems(page, label + " at 320 px")
                        if p.replace(" at 320 px", "") not in out["controls"]]
    out["320 px"] = accessibility.sideways_scroll(page, label)
    page.set_viewport_size(ZOOM_200)
    out["200% zoom"] = accessibility.cut_off_text(page, label)
    page.remove_listener("console", heard)
    return out


def html_pages(manifest) -> list[tuple[str, str, str]]:
    """(label, site address, kind) of every HTML page of every format, every sheet page, each form
    of a site's tools (checked as Easy Read and large print where they are), and the 404 page."""
    formats = [f["key"] for f in manifest["formats"]["page"] if f["html_page"]]
    out = []
    for page in manifest["pages"]:
        for key in formats:
            out.append((f"{key.replace('_', ' ')} /{page['formats'][key]}", page["formats"][key], key))
    sheet_formats = [f["key"] for f in manifest["formats"]["sheet"] if f["html_page"]]
    for sheet in manifest["sheets"]:
        for key in sheet_formats:
            out.append((f"sheet /{sheet['addresses'][key]}", sheet["addresses"][key], "sheet"))
    for tool in manifest.get("tools", []):
        for key, address in tool["addresses"].items():
            out.append((f"{tool['key']} /{address}", address, key if key != "standard" else "other"))
    out.append(("404 page /404.html", "404.html", "other"))
    return out
