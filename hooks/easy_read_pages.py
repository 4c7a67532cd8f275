"""Hook: write the Easy Read page of every page, at /easy-read/<page>/.

The words are written by people (<page>.easy.md, read into the page model); this hook lays them
out in the Easy Read style (sitelib/easy_read_layout.py): a picture on the left, the words on the
right, one sentence a line, hard words explained beside their first use. A page without Easy Read
text says so plainly and links to the nearest page that has it.
"""
from __future__ import annotations

import posixpath
from urllib.parse import urldefrag, urlsplit

from sitelib import addresses, easy_read_layout, format_page, model
from sitelib.easy_read_source import EasyReadDoc, Point, Sentence
from sitelib.errors import Collector, where
from sitelib.format_page import format_links
from sitelib.html_tools import relative_href

STYLESHEETS = ["assets/css/formats.css", "assets/css/easy-read.css"]
FOOTER = [
    {"label": "Easy Read home page", "href": "easy-read/"},
    {"label": "Hard words", "href": "easy-read/glossary/"},
    {"label": "The standard website", "href": ""},
]


def resolve(record, target: str, m):
    """The page an Easy Read link points to, or None. Targets are relative to the page's file."""
    path, _frag = urldefrag(target)
    src = posixpath.normpath(posixpath.join(posixpath.dirname(record.src_uri), path))
    return m.by_src_uri(src)


def on_nav(nav, config, files):
    m = model.current()
    errors = Collector()
    for record in m.pages.values():
        doc = record.easy_read
        if doc is None:
            continue
        for target, sentence in doc.links():
            if urlsplit(target).scheme in ("http", "https", "mailto", "std", "sheet"):
                continue
            if resolve(record, target, m) is None:
                errors.add(doc.path, f"the link to '{target}' does not go to a page of this site",
                           "link to a page's .md file, relative to this file, like ../tools/index.md.", sentence.line)
    errors.raise_if_any()
    return nav


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


def on_post_build(config):
    m = model.current()
    for record in m.pages.values():
        doc = record.easy_read or missing_doc(record, m)
        page_dir = record.formats["easy_read"]

        def link_href(target, record=record, page_dir=page_dir):
            if target.startswith("std:"):      # the standard version of a page
                return relative_href(m.by_src_uri(target[4:]).formats["standard"], page_dir)
            if target.startswith("sheet:"):    # a printable sheet's page
                return relative_href(addresses.sheet(target[6:])["page"], page_dir)
            if urlsplit(target).scheme:
                return target
            return relative_href(resolve(record, target, m).formats["easy_read"], page_dir)

        content = easy_read_layout.render(
            doc, m.data, link_href=link_href,
            picture_href=lambda name, page_dir=page_dir: relative_href(f"assets/pictures/{name}.svg", page_dir))
        if record.easy_read is None:
            content = '<div class="er-missing">' + content + "</div>"
        format_page.write(
            config, m, record, "easy_read", content, format_name="Easy Read", format_class="easy-read",
            stylesheets=STYLESHEETS, format_home="easy-read/", footer_links=FOOTER,
            data_source=where(doc.path if record.easy_read else (record.easy_read_file or doc.path)),
            format_links=format_links(record, "easy_read"))
