"""Step: write the Easy Read page of every page, at /easy-read/<page>/.

The words are written by people (<page>.easy.md, read and checked with the rest of the content);
this hook lays them out in the Easy Read style (accessible_formats/easy_read_layout.py): a picture on the
left, the words on the right, one sentence a line, hard words explained beside their first use.
A page without Easy Read text says so plainly and links to the nearest page that has it. Each
point has a link to its audio (made by audio_files.py), which listen.js turns into a button, with
one to listen to the whole page.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from .. import cores, easy_read_doc, easy_read_layout, format_page
from ..content import resolve_easy_link
from ..errors import where
from ..format_page import format_links
from ..formats import AUDIO, READER_FORM, sheet_addresses, sheet_format
from ..html_tools import relative_href

FORM = READER_FORM["easy-read"]
STYLESHEETS = [*FORM.stylesheets, *FORM.audio_stylesheets]


def link_href(m, record, page_dir: str, target: str) -> str:
    """Where a link in Easy Read text goes: another page's Easy Read page, a standard page
    (std:), a printable sheet's Easy Read page (sheet:) or its Easy Read PDF (sheet-pdf:), a site's
    on-screen tool (tool:<key>), or another site."""
    if target.startswith("std:"):
        return relative_href(m.by_src_uri(target[4:]).formats["standard"], page_dir)
    if target.startswith("sheet:"):
        return relative_href(sheet_addresses(target[6:])[sheet_format("easy-read", page=True).key], page_dir)
    if target.startswith("sheet-pdf:"):
        return relative_href(sheet_addresses(target[10:])[sheet_format("easy-read", page=False).key], page_dir)
    if target.startswith("tool:"):
        tool = m.tool(target[5:])
        if tool is not None:
            return relative_href(m.tool_addresses(tool)["easy-read"], page_dir)
    if urlsplit(target).scheme:
        return target
    return relative_href(m.by_src_uri(resolve_easy_link(record.src_uri, target)).formats["easy_read"], page_dir)


def make(b, config):
    m = b.model
    links = format_page.footer(b, FORM.key)

    def write_page(record) -> None:
        doc = easy_read_doc.page_doc(record, m)
        page_dir = record.formats["easy_read"]
        content = easy_read_layout.render(
            doc, m.data, link_href=lambda target: link_href(m, record, page_dir, target),
            picture_href=lambda name: relative_href(f"assets/pictures/{name}.svg", page_dir),
            words=m.words, audio_href=lambda n: relative_href(AUDIO.address(record.path, n=n), page_dir))
        if record.easy_read is None:
            content = '<div class="er-missing">' + content + "</div>"
        format_page.write(
            b, record, "easy_read", content, format_name=m.words.say("formats", "easy_read"),
            format_class=FORM.key, stylesheets=STYLESHEETS, format_home=FORM.home, footer_links=links,
            data_source=where(doc.path if record.easy_read else (record.easy_read_file or doc.path)),
            format_links=format_links(m, record, "easy_read"), listen=True)

    records = list(m.pages.values())
    for record in records:      # worked out here, before the pages are shared out: the audio and the manifest ask too
        easy_read_doc.explained_terms(easy_read_doc.page_doc(record, m), m.data)
    cores.each(records, write_page, b.workers)
