"""Accessibility in a real browser: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, and best practice)
on each page, and the keyboard and layout checks: the skip link moves focus to the main content,
focus is visible, nothing scrolls sideways at 320 CSS px, and no text is cut off at 200% zoom.
"""
from __future__ import annotations

import contextlib

from . import node_modules
from .browser import first_frames

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]

# Proven false positives, per element, each with its reason. Nothing is switched off site-wide.
# Format: {rule id: [(CSS selector of the element, why it is a false positive), ...]}
EXCEPTIONS: dict[str, list[tuple[str, str]]] = {}


def axe_source() -> str:
    axe = node_modules() / "axe-core" / "axe.min.js"
    if not axe.exists():
        raise RuntimeError(f"{axe} is missing: install axe-core from npm (npm install axe-core), or set "
                           "ACCESSIBLE_FORMATS_NODE_MODULES to the node_modules folder that has it")
    return axe.read_text(encoding="utf-8")


def axe_violations(page) -> list[dict]:
    """axe-core's violations on the page. A browser context made with
    `context.add_init_script(script=axe_source())` has axe on every page already (faster).
    Run once the page has drawn its first frames, as a reader sees it (browser.first_frames)."""
    first_frames(page)
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.evaluate(axe_source())          # not a <script> in the page: its policy would stop one
    result = page.evaluate("""async (tags) => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 160),
                                      summary: n.failureSummary}))}));
    }""", AXE_TAGS)
    out = []
    for v in result:
        allowed = [sel for sel, _why in EXCEPTIONS.get(v["id"], [])]
        nodes = [n for n in v["nodes"] if n["target"] not in allowed]
        if nodes:
            v["nodes"] = nodes
            out.append(v)
    return out


# Two more checkers, as a second and third opinion on the same pages: HTML_CodeSniffer (WCAG 2 AA
# errors) and IBM Equal Access (its own rule set, violations). Where one is wrong: {rule: [(a mark
# of the element in its HTML, the words (under statement:) that say why, in the accessibility
# statement)]}. The skip link comes first, before the header, so that it is the first thing a
# keyboard reaches, as on GOV.UK and NHS.UK; it is in no landmark, and the keyboard checks prove it
# takes focus to the main content.
CHECKER_EXCEPTIONS: dict[str, list[tuple[str, str]]] = {
    "aria_content_in_landmark": [('class="md-skip"', "checker_skip_link"), ('class="fmt-skip"', "checker_skip_link")],
}


def _source(package: str, path: str) -> str:
    file = node_modules() / package / path
    if not file.exists():
        raise RuntimeError(f"{file} is missing: install {package} from npm, or set ACCESSIBLE_FORMATS_NODE_MODULES "
                           "to the node_modules folder that has it")
    return file.read_text(encoding="utf-8")


def htmlcs_errors(page) -> list[str]:
    """HTML_CodeSniffer's WCAG 2 AA errors on the page (not its warnings and notices, which ask a
    person to look)."""
    first_frames(page)
    if not page.evaluate("() => typeof HTMLCS !== 'undefined'"):
        page.evaluate(_source("html_codesniffer", "build/HTMLCS.js"))
    return page.evaluate("""() => new Promise(done => HTMLCS.process('WCAG2AA', document, () => done(
        HTMLCS.getMessages().filter(m => m.type === HTMLCS.ERROR)
          .map(m => m.code + ': ' + m.msg.slice(0, 120) + ' at ' + (m.element.outerHTML || '').slice(0, 160)))))""")


def ace_violations(page) -> list[str]:
    """IBM Equal Access's violations on the page (its IBM_Accessibility rule set), less the
    exceptions above."""
    first_frames(page)
    if not page.evaluate("() => typeof ace !== 'undefined'"):
        page.evaluate(_source("accessibility-checker-engine", "ace.js"))
    found = page.evaluate("""async () => {
        const report = await new ace.Checker().check(document, ['IBM_Accessibility']);
        return report.results.filter(r => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
          .map(r => ({rule: r.ruleId, where: r.path.dom, html: (r.snippet || '').slice(0, 160), why: r.message}));
    }""")
    return [f"{r['rule']}: {r['why'][:120]} at {r['where']}: {r['html']}" for r in found
            if not any(mark in r["html"] for mark, _why in CHECKER_EXCEPTIONS.get(r["rule"], []))]


def describe(violations: list[dict], label: str) -> list[str]:
    lines = []
    for v in violations:
        for n in v["nodes"][:5]:
            reasons = (n.get("summary") or "").splitlines()      # "Fix any of the following:", then each reason
            why = f" ({reasons[1].strip()})" if len(reasons) > 1 else ""
            lines.append(f"{label}: {v['id']} ({v['impact']}): {v['help']} at {n['target']}: {n['html']}{why}")
    return lines


def skip_link_problems(page, label: str) -> list[str]:
    """Tab once: the first thing focused is a skip link; Enter moves focus to the main content."""
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    page.keyboard.press("Tab")
    first = page.evaluate("""() => { const e = document.activeElement;
        return e ? {tag: e.tagName, href: e.getAttribute('href') || '', text: e.textContent.trim()} : null; }""")
    if not first or first["tag"] != "A" or not first["href"].startswith("#"):
        return [f"{label}: the first Tab does not reach a skip link (it reached {first})"]
    problems = []
    if not focus_visible(page):
        problems.append(f"{label}: the skip link has no visible focus style")
    page.keyboard.press("Enter")
    target = first["href"][1:]
    moved = "(id) => document.activeElement && document.activeElement.id === id"
    if page.evaluate(moved, target):       # at once, as a rule: no need to wait a frame for it
        return problems
    with contextlib.suppress(Exception):
        page.wait_for_function(moved, arg=target, timeout=1000)
    active = page.evaluate("() => document.activeElement ? document.activeElement.id : ''")
    if active != target:
        problems.append(f"{label}: the skip link does not move focus to the main content "
                        f"(focus is on '{active}', not '{target}')")
    return problems


def focus_visible(page) -> bool:
    """Does the focused element look different from when it is not focused?"""
    return page.evaluate("""() => {
        const e = document.activeElement; if (!e || e === document.body) return false;
        const props = ['outlineStyle', 'outlineWidth', 'outlineColor', 'boxShadow', 'backgroundColor', 'color',
                       'textDecorationLine', 'borderBottomColor', 'left', 'top', 'clip', 'clipPath', 'transform'];
        const focused = props.map(p => getComputedStyle(e)[p]);
        const visibleNow = e.getBoundingClientRect().width > 1 && e.getBoundingClientRect().height > 1;
        e.blur();
        const unfocused = props.map(p => getComputedStyle(e)[p]);
        e.focus();
        const outline = getComputedStyle(e).outlineStyle !== 'none' && parseFloat(getComputedStyle(e).outlineWidth) > 0;
        return visibleNow && (outline || focused.some((v, i) => v !== unfocused[i]));
    }""")


def link_focus_problems(page, label: str) -> list[str]:
    """Focus the first link in the main content and check the focus can be seen. (Not the first in
    <main>: the theme's <main> holds the menus too, whose first link is hidden on a wide screen.)"""
    has = page.evaluate("""() => { const a = document.querySelector('#main-content a[href]');
        if (!a) return false; a.focus(); return document.activeElement === a; }""")
    if has and not focus_visible(page):
        return [f"{label}: a link in the main content shows no visible focus"]
    return []


def sideways_scroll(page, label: str) -> list[str]:
    width = page.evaluate("() => document.documentElement.scrollWidth")
    viewport = page.evaluate("() => window.innerWidth")
    if width > viewport + 1:
        wide = page.evaluate("""(vw) => [...document.querySelectorAll('body *')]
            .filter(e => { const r = e.getBoundingClientRect(); return r.right > vw + 1 && r.width > 0 &&
                getComputedStyle(e).position !== 'fixed'; })
            .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > vw + 1))
            .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '')
                 + ': ' + (e.textContent || '').trim().slice(0, 60))""", viewport)
        if not wide:         # no box is too wide: words that run out of their box (a long address)
            wide = page.evaluate("""(vw) => {
                const out = [], walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let n = walk.nextNode(); n && out.length < 3; n = walk.nextNode()) {
                    const r = document.createRange(); r.selectNodeContents(n);
                    if ([...r.getClientRects()].some(q => q.right > vw + 1 && q.width > 0))
                        out.push('words running out of ' + n.parentElement.tagName.toLowerCase() + ': '
                                 + n.textContent.trim().slice(0, 60)); }
                return out; }""", viewport)
        return [f"{label}: scrolls sideways at {viewport} CSS px (content is {width} px wide): {wide}"]
    return []


def cut_off_text(page, label: str) -> list[str]:
    """Text that overflows a box that hides the overflow (or ends in an ellipsis)."""
    cut = page.evaluate("""() => [...document.querySelectorAll('body *')].filter(e => {
            const s = getComputedStyle(e);
            if (s.display === 'none' || s.visibility === 'hidden') return false;
            const r = e.getBoundingClientRect();
            if (r.width <= 2 || r.height <= 2) return false;  // empty, or for screen readers only
            if (e.closest('[hidden], .md-search, .md-sidebar:not(.md-sidebar--primary), script, style')) return false;
            const text = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
            if (!text) return false;
            const hides = ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY)
                || s.textOverflow === 'ellipsis';
            return hides && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 2);
        }).slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + String(e.className).split(' ')[0] + ': '
                           + e.textContent.trim().slice(0, 60))""")
    return [f"{label}: text is cut off at 200% zoom: {c}" for c in cut]


# Controls and pictures as assistive technology meets them, beyond what axe reports: a label that
# names nothing, a label for a control that is missing or hidden from assistive technology, a
# control with two labels, an inline SVG that is neither hidden nor named, a form that cannot be
# submitted.
CONTROLS = """() => {
  const out = [];
  const say = (e) => e.outerHTML.replace(/\\s+/g, ' ').slice(0, 90);
  const text = (e) => (e.textContent || '').replace(/\\s+/g, ' ').trim();
  const named = (e) => text(e) || (e.getAttribute('aria-label') || '').trim() ||
    (e.getAttribute('aria-labelledby') || '').split(/\\s+/)
      .some(id => { const l = document.getElementById(id); return l && text(l); });
  for (const label of document.querySelectorAll('label')) {
    if (!named(label)) out.push('a label that names nothing: ' + say(label));
    const id = label.getAttribute('for');
    if (id === null) continue;
    const control = document.getElementById(id);
    if (!control || !('labels' in control)) {
      out.push('a label for a control that is not there (' + id + '): ' + say(label));
      continue;
    }
    if (control.hidden || control.type === 'hidden' || control.closest('[aria-hidden="true"]') ||
        getComputedStyle(control).display === 'none')
      out.push('a label for a control hidden from assistive technology (#' + id + '): ' + say(label));
  }
  for (const control of document.querySelectorAll('input, select, textarea, button, meter, output, progress')) {
    if (control.labels && control.labels.length > 1)
      out.push('a control with ' + control.labels.length + ' labels (#' + control.id + '): ' + say(control));
  }
  for (const svg of document.querySelectorAll('svg')) {
    if (svg.parentElement.closest('svg')) continue;
    const hidden = svg.getAttribute('aria-hidden') === 'true';
    const title = svg.querySelector(':scope > title');
    const hasName = (svg.getAttribute('role') === 'img' || svg.getAttribute('role') === 'graphics-symbol') &&
      (named(svg) && (svg.getAttribute('aria-label') || svg.getAttribute('aria-labelledby')) || (title && text(title)));
    if (!hidden && !hasName) out.push('an inline picture (svg) neither hidden nor named: ' + say(svg));
  }
  for (const form of document.querySelectorAll('form')) {
    if (!form.querySelector('button:not([type]), button[type="submit"], input[type="submit"], input[type="image"]'))
      out.push('a form with no way to submit it: ' + say(form));
  }
  return out;
}"""


def control_problems(page, label: str) -> list[str]:
    """The rules above, on the page as it is now (at its current width)."""
    return [f"{label}: {p}" for p in page.evaluate(CONTROLS)]
