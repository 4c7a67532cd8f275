"""Hook: on each principle page, list the tools and case studies that illustrate it.

The lists come from the `principles:` front matter of tool pages and case studies, so they stay
right when a tool or case study is added: nobody types them by hand.
"""
from __future__ import annotations

from accessible_formats.api import add_manifest_field, engine, listing
from coproduction.case_studies import facts
from coproduction.principles import principles_of


def on_files(files, config):
    """Each page's principles in the manifest, where the checks find them."""
    add_manifest_field(config, "principles", principles_of)
    return files


def on_page_markdown(markdown, page, config, files):
    m = engine(config).model
    record = m.by_src_uri(page.file.src_uri)
    if record is None or record.kind != "principle":
        return markdown
    principle = record.meta["principle"]
    tools = [p for p in m.of_kind("tool") if principle in principles_of(p)]
    studies = [p for p in m.of_kind("case-study") if principle in principles_of(p)]
    label = m.data.label("principles", principle)
    lines = ["", "", "## Tools and case studies for this principle {#illustrated-by}", ""]
    if tools:
        lines += ["### Tools that build it {#tools}", ""]
        lines += listing.cards(tools, record.src_uri)
        lines.append("")
    if studies:
        lines += ["### Case studies that show it {#case-studies}", "",
                  f"{len(studies)} case stud{'y shows' if len(studies) == 1 else 'ies show'} the principle: {label}.", ""]
        lines += listing.cards(studies, record.src_uri, facts=lambda r: facts(r, m.data))
        lines.append("")
    if not tools and not studies:
        lines += ["No tools or case studies are linked to this principle yet.", ""]
    return markdown.rstrip() + "\n".join(lines) + "\n"
