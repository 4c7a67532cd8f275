"""Hook: add the 'Sources' section at the foot of each page, from its front matter.

Each page names its sources in front matter (`sources: - scie-2015: the section on principles`).
This hook writes them out the same way on every page, each linked to the full description of the
document on the About page, which gets its list of source documents from here too
(the marker <!-- source-documents --> on the About page).
"""
from __future__ import annotations

import posixpath

from accessible_formats.api import add_page_check, engine, md_text
from coproduction.sources import no_sources_heading, sources_of

MARKER = "<!-- source-documents -->"
ABOUT = "about.md"


def on_config(config):
    """A page writes no Sources heading of its own: the site adds the section from its front matter."""
    add_page_check(config, no_sources_heading)
    return config


def citation(data, key: str) -> str:
    s = data.sources[key]
    return md_text(f"{s['author']}, “{s['title']}” ({s['date']})")


def on_page_markdown(markdown, page, config, files):
    m = engine(config).model
    record = m.by_src_uri(page.file.src_uri)
    if record is None:
        return markdown
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, source_documents(m.data))
    sources = sources_of(record.meta)
    if sources:
        about = posixpath.relpath(ABOUT, posixpath.dirname(page.file.src_uri) or ".")
        lines = ["", "", "## Sources {#sources}", ""]
        for key, where in sources:
            where = md_text(where.rstrip("."))
            lines.append(f"- [{citation(m.data, key)}]({about}#source-{key}): {where}.")
        markdown = markdown.rstrip() + "\n".join(lines) + "\n"
    return markdown


def source_documents(data) -> str:
    out = []
    for key, s in data.sources.items():
        out.append(f"### {md_text(s['title'])} {{#source-{key}}}\n\n"
                   f"- Written by: {md_text(s['author'])}\n- Date: {md_text(s['date'])}\n")
        if s.get("about"):
            out.append(f"{md_text(s['about'])}\n")
    return "\n".join(out)
