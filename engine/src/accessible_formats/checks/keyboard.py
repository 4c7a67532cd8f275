"""Keyboard journeys: every Tab stop can be seen on screen (WCAG 2.4.7 and 2.4.11), from the top
of a page until the main content is reached."""
from __future__ import annotations

VISIBLE = """async () => {
  // Transitions jump to their end, as they look a moment later (waiting for each took 0.14 s a Tab)
  document.getAnimations().forEach(a => { try { a.finish(); } catch (error) { /* an endless animation */ } });
  const e = document.activeElement;
  if (!e || e === document.body) return {ok: false, what: 'nothing'};
  const cls = e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '';
  const name = (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40);
  const what = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + cls + ' "' + name + '"';
  const r = e.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return {ok: false, what, why: 'it has no size'};
  const vw = window.innerWidth, vh = window.innerHeight;
  if (r.right <= 0 || r.bottom <= 0 || r.left >= vw || r.top >= vh) return {ok: false, what, why: 'it is off the screen'};
  for (let el = e; el; el = el.parentElement) {
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none' || parseFloat(s.opacity) === 0)
      return {ok: false, what, why: 'it is hidden'};
  }
  // something else drawn on top of it (an overlay) or it is clipped away
  const x = Math.min(Math.max(r.left + r.width / 2, 0), vw - 1), y = Math.min(Math.max(r.top + r.height / 2, 0), vh - 1);
  const top = document.elementFromPoint(x, y);
  if (top && top !== e && !e.contains(top) && !top.contains(e)) {
    const label = e.labels && [...e.labels].some(l => l.contains(top));
    const cover = top.tagName.toLowerCase() + '.' + String(top.className).split(' ')[0];
    if (!label) return {ok: false, what, why: 'something else covers it (' + cover + ')'};
  }
  return {ok: true, what};
}"""
IN_MAIN = "() => { const m = document.querySelector('#main-content'); return !!m && m.contains(document.activeElement); }"


def tab_stops_until_main(page, label: str, limit: int = 250) -> list[str]:
    """Tab from the top of the page until focus reaches the main content (skipping the skip link,
    as a keyboard user who wants the menu does): every stop must be visible."""
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    problems: list[str] = []
    for n in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate(IN_MAIN):
            return problems
        seen = page.evaluate(VISIBLE)
        if not seen["ok"]:
            problems.append(f"{label}: Tab {n} goes to {seen['what']}, which cannot be seen: {seen.get('why', '')}")
    problems.append(f"{label}: {limit} Tab presses did not reach the main content")
    return problems
