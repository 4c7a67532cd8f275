"""Step: the list of whole-site downloads (the whole guide as plain text, the sheet packs, the
list of every page) wherever a page has the marker <!-- site-downloads -->. Links are written
for the page they appear on, so they work from any page and in every format."""
from __future__ import annotations

from .. import html_tools

MARKER = "<!-- site-downloads -->"


def downloads_html(page_dir: str, words, downloads: list[tuple[str, str]]) -> str:
    items = "\n".join(f'<li><a href="{html_tools.relative_href(target, page_dir)}">{words.say("downloads", key)}</a></li>'
                      for target, key in downloads)
    return f'<ul class="site-downloads">\n{items}\n</ul>'


def page_markdown(b, markdown, page, config):
    if MARKER not in markdown:
        return markdown
    m = b.model
    record = m.by_src_uri(page.file.src_uri)
    return markdown.replace(MARKER, downloads_html(record.formats["standard"] if record else page.url, m.words, b.downloads))
