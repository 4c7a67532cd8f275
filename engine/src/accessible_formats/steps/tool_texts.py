"""Step: write the plain-text file of each of a site's on-screen tools (model.Tool), at
/text/<its page>/<its folder>.txt, as every page has one. Made from the tool's standard page, which
the site's hook has written by now, in the same way as a page's plain text (text_render.py): the
tool's words, questions and choices, then how to cite it. Without a plain-text format (the
plugin's `formats`), there is none."""
from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from .. import text_render
from .plain_text_files import absolute_links, cite_lines


def tool_text(b, tool, config) -> str | None:
    m = b.model
    site = Path(config.site_dir)
    here = m.tool_addresses(tool)["standard"]
    page_file = site / here / "index.html"
    if not page_file.is_file():
        return None
    root = lxml_html.fromstring(page_file.read_text(encoding="utf-8"))
    main = root.find(".//main")
    if main is None:
        return None
    for aside in main.xpath('.//*[contains(concat(" ", normalize-space(@class), " "), " cite-page ")]'):
        aside.getparent().remove(aside)
    heading = main.find(".//h1")
    if heading is not None:
        heading.getparent().remove(heading)
    fragment = "".join(lxml_html.tostring(child, encoding="unicode") for child in main)

    page = m.by_src_uri(tool.page)
    cite = m.cite(page, here, tool=tool)
    w = m.words
    header = [w.say("text", "from_site").replace("{site}", config.site_name).replace("{version}", cite["version"]),
              f"{w.say('text', 'web_page')}: {m.absolute(here)}"]
    footer = cite_lines(w, cite, config.site_name)
    return text_render.render(fragment, tool.title, absolute_links(m, here), header, footer, w)


def make(b, config):
    if not b.makes("text"):
        return
    site = Path(config.site_dir)
    for tool in b.model.tools:
        text = tool_text(b, tool, config)
        if text is None:
            continue
        out = site / b.model.tool_text_address(tool)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8-sig")
