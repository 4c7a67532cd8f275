"""The sources a page cites: its front matter names them (`sources: - scie-2015: the section on
principles`), and the site adds the "Sources" section itself, so a page writes none of its own."""
from __future__ import annotations

from accessible_formats.api import ContentCheck, PageSource, front_matter


def no_sources_heading(page: PageSource, check: ContentCheck) -> None:
    for lineno, _level, text in front_matter.iter_headings(page.body, page.body_line):
        if front_matter.heading_id(text) == "sources":
            check.errors.add(page.file, "the page writes its own Sources heading",
                             "remove it: list sources in the front matter and the site adds the section.", lineno)


def sources_of(meta) -> list[tuple[str, str]]:
    """[(source key, the part used)] from checked front matter."""
    out = []
    for item in meta.get("sources") or []:
        (key, where), = item.items()
        out.append((key, str(where).strip()))
    return out
