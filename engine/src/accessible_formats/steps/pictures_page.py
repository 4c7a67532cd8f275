"""Step: the page that shows every Easy Read picture, with its name and the credit for the
OpenMoji set, at /about/pictures/. Editors choose pictures from it; its Easy Read version shows
the same pictures."""
from __future__ import annotations

import html

from mkdocs.structure.files import File

from .. import html_tools, made_pages, model
from ..easy_read_source import EasyReadDoc, Point, Sentence

PATH = made_pages.PICTURES[:-3]


def add_pages(b, files, config):
    m = b.model
    if not m.data.pictures:
        return files
    record = model.PageRecord(path=PATH, src_uri=f"{PATH}.md", source_file=b.files.pictures,
                              title="The pictures we use", kind="about", meta={"generated": True}, in_guide=False,
                              description="Every picture used on the Easy Read pages and sheets, with its name, "
                                          "from the OpenMoji set.")
    doc = EasyReadDoc(path=record.source_file, title="Our pictures", explain_terms=False)
    doc.blocks.append(Point(picture="art", alt=m.data.pictures["art"].shows, line=0, sentences=[
        Sentence("These are the pictures on our Easy Read pages.", 0),
        Sentence("They come from a free set called OpenMoji.", 0)]))
    record.easy_read = doc
    m.add(record)
    files.append(File.generated(config, record.src_uri, content=markdown(m, record)))
    return files


def markdown(m, record) -> str:
    page_dir = record.formats["standard"]
    cards = []
    for name, picture in m.data.pictures.items():
        src = html_tools.relative_href(picture.site_path, page_dir)
        # The picture is what this page is about, so it is named (a PDF reader needs a name for every figure).
        cards.append(f'<li><img src="{src}" alt="{html.escape(picture.shows)}" width="64" height="64"> '
                     f'<span><strong>{html.escape(name)}</strong>: {html.escape(picture.shows)}</span></li>')
    return (f"---\ntitle: {record.title}\ndescription: {record.description}\n---\n\n"
            "Every picture on the Easy Read pages and printable sheets comes from OpenMoji, a free set of "
            "pictures made by many designers. It is shared under the Creative Commons Attribution-ShareAlike "
            "4.0 licence. This page shows each picture with the name editors use for it and what it shows.\n\n"
            "To add a picture, see the guide for editors in the project's CONTRIBUTING.md file.\n\n"
            f'<ul class="picture-list">\n' + "\n".join(cards) + "\n</ul>\n")
