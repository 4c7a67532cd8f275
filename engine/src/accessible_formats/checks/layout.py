"""The Easy Read and large-print layouts, measured in the browser on one page: text size,
italics, underlining, alignment, line height, line length, columns, the picture beside the words,
one sentence a line, and the printed text size."""
from __future__ import annotations

from ..formats import READER_FORM

EASY_READ, LARGE_PRINT = READER_FORM["easy-read"], READER_FORM["large-print"]


def _styles(page, selector):
    return page.evaluate("""(sel) => [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length)
        .map(e => { const s = getComputedStyle(e); return {tag: e.tagName, size: parseFloat(s.fontSize),
            style: s.fontStyle, align: s.textAlign, line: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
            deco: s.textDecorationLine, hyphens: s.hyphens, text: e.textContent.trim().slice(0, 40)}; })""", selector)


TEXT = ", ".join(f"#main-content {tag}" for tag in ("p", "li", "dd", "dt", "h1", "h2", "h3"))


def easy_read_problems(page, address: str) -> list[str]:
    """`page` is a Playwright page showing the Easy Read page at `address`."""
    problems = []
    for s in _styles(page, TEXT + ", #main-content .er-sentence"):
        if s["size"] < EASY_READ.min_text_px:
            problems.append(f"/{address}: text of {s['size']}px (at least {EASY_READ.min_text_px:g}): {s['text']}")
        if s["style"] != "normal":
            problems.append(f"/{address}: italic text: {s['text']}")
        if s["hyphens"] not in ("none", "manual"):
            problems.append(f"/{address}: words may be split across lines")
    for s in _styles(page, "#main-content .er-words, #main-content .er-words strong, #main-content h1"):
        if "underline" in s["deco"]:
            problems.append(f"/{address}: underlined text that is not a link: {s['text']}")
    layout = page.evaluate("""() => [...document.querySelectorAll('.er-point')].map(p => {
        const img = p.querySelector('img.er-picture'), words = p.querySelector('.er-words');
        return {ok: !!img && !!words && img.getBoundingClientRect().right <= words.getBoundingClientRect().left,
                text: p.textContent.trim().slice(0, 40)}; })""")
    problems += [f"/{address}: the picture is not on the left of the words: {x['text']}" for x in layout if not x["ok"]]
    lines = page.evaluate("""() => [...document.querySelectorAll('.er-sentence')].every(e =>
        ['block', 'list-item', 'flex'].includes(getComputedStyle(e).display) || e.tagName === 'P')""")
    if not lines:
        problems.append(f"/{address}: sentences are not each on their own line")
    page.emulate_media(media="print")
    small = [s for s in _styles(page, "#main-content .er-sentence") if s["size"] < EASY_READ.min_print_pt * 96 / 72 - 0.1]
    if small:
        problems.append(f"/{address}: printed text under {EASY_READ.min_print_pt:g}pt: {small[0]['text']}")
    page.emulate_media(media="screen")
    return problems


def large_print_problems(page, address: str) -> list[str]:
    """`page` is a Playwright page showing the large-print page at `address`."""
    problems = []
    for s in _styles(page, TEXT + ", #main-content td, #main-content th, #main-content a, #main-content strong"):
        if s["size"] < LARGE_PRINT.min_text_px:
            problems.append(f"/{address}: text of {s['size']}px (at least {LARGE_PRINT.min_text_px:g}): {s['text']}")
        if s["style"] != "normal":
            problems.append(f"/{address}: italic text: {s['text']}")
        if s["align"] not in ("left", "start"):
            problems.append(f"/{address}: text aligned {s['align']}: {s['text']}")
        if s["tag"] in ("P", "LI", "DD") and s["line"] < 1.5:
            problems.append(f"/{address}: line height {s['line']:.2f} (at least 1.5): {s['text']}")
    measure = page.evaluate("""() => { const m = document.querySelector('#main-content');
        const p = m.querySelector('p'); const size = parseFloat(getComputedStyle(p || m).fontSize);
        const cs = getComputedStyle(m); const width = m.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        return {em: width / size, columns: getComputedStyle(m).columnCount}; }""")
    # about 60 to 70 characters a line: an average character is about half an em wide
    if not 26 <= measure["em"] <= 36:
        problems.append(f"/{address}: lines are {measure['em']:.0f}em wide (about 30 to 35em gives 60 to 70 characters)")
    if measure["columns"] not in ("auto", "1"):
        problems.append(f"/{address}: text is in more than one column")
    page.emulate_media(media="print")
    small = [s for s in _styles(page, "#main-content p, #main-content li")
             if s["size"] < LARGE_PRINT.min_print_pt * 96 / 72 - 0.1]
    if small:
        problems.append(f"/{address}: printed text under {LARGE_PRINT.min_print_pt:g}pt: {small[0]['text']}")
    page.emulate_media(media="screen")
    return problems
