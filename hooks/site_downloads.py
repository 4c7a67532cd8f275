"""Hook: the list of whole-site downloads (the whole guide as plain text, the sheet packs, the
list of every page) wherever a page has the marker <!-- site-downloads -->. Links are written
for the page they appear on, so they work from any page and in every format."""
from __future__ import annotations

from sitelib import html_tools, model
from sitelib.addresses import SITE_DOWNLOADS as DOWNLOADS

MARKER = "<!-- site-downloads -->"


def downloads_html(page_dir: str) -> str:
    items = "\n".join(f'<li><a href="{html_tools.relative_href(target, page_dir)}">{label}</a></li>'
                      for target, label in DOWNLOADS)
    return f'<ul class="site-downloads">\n{items}\n</ul>'


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    record = model.current().by_src_uri(page.file.src_uri)
    return markdown.replace(MARKER, downloads_html(record.formats["standard"] if record else page.url))
