"""Hook: write the Easy Read page of every page, at /easy-read/<page>/.

The words are written by people (<page>.easy.md, read and checked with the rest of the content);
this hook lays them out in the Easy Read style (sitelib/easy_read_layout.py): a picture on the
left, the words on the right, one sentence a line, hard words explained beside their first use.
A page without Easy Read text says so plainly and links to the nearest page that has it.
"""
from __future__ import annotations

import posixpath
from urllib.parse import urlsplit

from sitelib import build, easy_read_layout, format_page
from sitelib.content import resolve_easy_link
from sitelib.easy_read_source import EasyReadDoc, Heading, Point, Sentence
from sitelib.errors import where
from sitelib.format_page import format_links
from sitelib.formats import sheet_addresses, sheet_format
from sitelib.html_tools import relative_href
from sitelib.self_assessment import ADDRESS

STYLESHEETS = ["assets/css/formats.css", "assets/css/easy-read.css"]


def footer(words) -> list[dict]:
    return [{"label": words.say("footer", "easy_read_home"), "href": "easy-read/"},
            {"label": words.say("footer", "easy_read_glossary"), "href": "easy-read/glossary/"},
            {"label": words.say("footer", "easy_read_accessibility"), "href": "easy-read/accessibility/"},
            {"label": words.say("footer", "standard_site"), "href": ""}]


def missing_doc(record, m) -> EasyReadDoc:
    nearest = m.nearest_with_easy_read(record.path)
    return EasyReadDoc(path=record.source_file, title=record.title, blocks=[
        Point(picture="information", alt="The letter i for information", line=0, sentences=[
            Sentence("This page is not in Easy Read yet.", 0),
            Sentence(f"You can read the [standard page](std:{record.src_uri}).", 0),
        ]),
        Point(picture="signpost", alt="A signpost", line=0, sentences=[
            Sentence(f"Or read [{nearest.easy_read.title if nearest.easy_read else nearest.title}]"
                     f"({posixpath.relpath(nearest.src_uri, posixpath.dirname(record.src_uri) or '.')}) in Easy Read.", 0),
        ]),
    ])


def link_href(m, record, page_dir: str, target: str) -> str:
    """Where a link in Easy Read text goes: another page's Easy Read page, a standard page
    (std:), a printable sheet's Easy Read page (sheet:) or its Easy Read PDF (sheet-pdf:), the
    page's self-assessment (self-assessment:), or another site."""
    if target.startswith("std:"):
        return relative_href(m.by_src_uri(target[4:]).formats["standard"], page_dir)
    if target.startswith("sheet:"):
        return relative_href(sheet_addresses(target[6:])[sheet_format("easy-read", page=True).key], page_dir)
    if target.startswith("sheet-pdf:"):
        return relative_href(sheet_addresses(target[10:])[sheet_format("easy-read", page=False).key], page_dir)
    if target == "self-assessment:":
        return relative_href(record.formats["easy_read"] + ADDRESS, page_dir)
    if urlsplit(target).scheme:
        return target
    return relative_href(m.by_src_uri(resolve_easy_link(record.src_uri, target)).formats["easy_read"], page_dir)


def with_sheets(doc: EasyReadDoc, record, m) -> EasyReadDoc:
    """The Easy Read text, and after it the page's printable sheets: each a point that opens the
    Easy Read sheet and prints its Easy Read PDF. A page with a self-assessment links to it first."""
    if not record.sheets:
        return doc
    blocks = list(doc.blocks)
    sa = m.self_assessment
    if sa is not None and sa.page == record.src_uri:
        blocks += [Heading(m.words.say("self_assessment", "easy_title"), 0),
                   Point(picture=sa.picture, alt=m.data.pictures[sa.picture].shows, line=0, sentences=[
                       Sentence(f"[{sa.easy_title}](self-assessment:).", 0),
                       Sentence(m.words.say("self_assessment", "easy_private"), 0)])]
    blocks.append(Heading(m.words.say("sheets", "easy_heading"), 0))
    for slug in record.sheets:
        sheet = m.sheets[slug]
        end = "" if sheet.easy_title.rstrip()[-1:] in ".?!" else "."
        blocks.append(Point(picture=sheet.easy_picture, alt=m.data.pictures[sheet.easy_picture].shows, line=0, sentences=[
            Sentence(f"[{sheet.easy_title}](sheet:{slug}){end}", 0),
            Sentence(f"[{m.words.say('sheets', 'easy_download')}](sheet-pdf:{slug}).", 0)]))
    return EasyReadDoc(path=doc.path, title=doc.title, blocks=blocks, explain_terms=doc.explain_terms)


def on_post_build(config):
    m = build.current().model
    links = footer(m.words)
    for record in m.pages.values():
        doc = with_sheets(record.easy_read or missing_doc(record, m), record, m)
        page_dir = record.formats["easy_read"]
        content = easy_read_layout.render(
            doc, m.data, link_href=lambda target, r=record, d=page_dir: link_href(m, r, d, target),
            picture_href=lambda name, d=page_dir: relative_href(f"assets/pictures/{name}.svg", d))
        if record.easy_read is None:
            content = '<div class="er-missing">' + content + "</div>"
        format_page.write(
            config, m, record, "easy_read", content, format_name=m.words.say("formats", "easy_read"),
            format_class="easy-read", stylesheets=STYLESHEETS, format_home="easy-read/", footer_links=links,
            data_source=where(doc.path if record.easy_read else (record.easy_read_file or doc.path)),
            format_links=format_links(record, "easy_read", m.words))
