"""Lists of pages as cards (title, one-line description, optional facts), shared by the case
study index and filter pages and the lists on principle pages. Each part is its own paragraph,
so readers (and the readability check) meet short, separate sentences."""
from __future__ import annotations

import posixpath

from .escape import md_text


def link(from_src_uri: str, to_src_uri: str) -> str:
    return posixpath.relpath(to_src_uri, posixpath.dirname(from_src_uri) or ".")


def case_study_facts(record, data) -> str:
    nation = data.label("nations", record.meta["nation"])
    place = str(record.meta.get("place") or "")
    # not for readers: a place the data does not give, written in English
    if not place or place.lower().startswith("not ") or place.lower() == nation.lower():
        return md_text(nation) + "."
    return f"{md_text(place)}, {md_text(nation)}."


def cards(records, from_src_uri: str, facts=None) -> list[str]:
    """Markdown lines for a list of cards. `facts(record)` gives an optional short line."""
    out = ['<ul class="card-list" markdown>']
    for r in records:
        parts = [f"[{md_text(r.title)}]({link(from_src_uri, r.src_uri)})", "", md_text(r.description)]
        if facts:
            parts += ["", facts(r)]
        out.append('<li markdown="block">\n' + "\n".join(parts) + "\n</li>")
    out.append("</ul>")
    return out
