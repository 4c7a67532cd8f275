"""Step: the page that shows every Easy Read picture, with its name and the credit for the
OpenMoji set, at /about/pictures/. Editors choose pictures from it; its Easy Read version shows
the same pictures."""
from __future__ import annotations

import html

from mkdocs.structure.files import File

from .. import html_tools, made_pages, model
from ..easy_read_doc import words_point
from ..easy_read_source import EasyReadDoc
from ..escape import md_text, yaml_str

PATH = made_pages.PICTURES[:-3]


def publish_pictures(b, files, config) -> None:
    """Every picture of the list, at assets/pictures/<name>.svg, from the pictures folder (unless the
    theme's folders hold it there already, as this site's overrides/ does)."""
    for name, picture in b.model.data.pictures.items():
        if files.get_file_from_path(picture.site_path) is None:
            files.append(File.generated(config, picture.site_path, abs_src_path=str(b.files.pictures_dir / f"{name}.svg")))


def add_pages(b, files, config):
    m = b.model
    if not m.data.pictures:
        return files
    say = m.words["made_pages"]
    record = model.PageRecord(path=PATH, src_uri=f"{PATH}.md", source_file=b.files.pictures,
                              title=say["pictures_title"], kind="about", meta={"generated": True}, in_guide=False,
                              description=say["pictures_description"])
    doc = EasyReadDoc(path=record.source_file, title=say["pictures_easy_title"], explain_terms=False)
    doc.blocks.append(words_point(m, "made_pages", "pictures_picture", say["pictures_easy"]))
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
    say = m.words["made_pages"]
    return (f"---\ntitle: {yaml_str(record.title)}\ndescription: {yaml_str(record.description)}\n---\n\n"
            f"{md_text(say['pictures_intro'])}\n\n{md_text(say['pictures_editors'])}\n\n"
            f'<ul class="picture-list">\n' + "\n".join(cards) + "\n</ul>\n")
