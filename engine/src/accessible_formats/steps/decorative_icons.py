"""Step: every inline SVG icon on a standard page is hidden from assistive technology unless it
has a name of its own. The theme draws its icons (the logo, search, menu, back to top, previous
and next) as inline SVG with neither aria-hidden nor a name; each sits in a link or button that
already says what it does, so the picture itself is decoration."""
from __future__ import annotations

import re

# an <svg ...> start tag that says nothing to assistive technology either way
UNMARKED_SVG = re.compile(r"<svg\b(?![^>]*\b(?:aria-hidden|aria-label|aria-labelledby|role)=)", re.I)


def hide_unnamed_svgs(html_text: str) -> str:
    return UNMARKED_SVG.sub('<svg aria-hidden="true" focusable="false"', html_text)
