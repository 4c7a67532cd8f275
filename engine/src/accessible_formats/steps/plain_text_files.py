"""Step: write the plain-text file of every page at /text/<page>.txt, and /text/guide.txt,
the whole guide in reading order. Made from the standard page's rendered content by
accessible_formats/text_render.py.

Each file starts with a UTF-8 byte-order mark. Many hosts (Python's own server among them) send
.txt files without saying which character set they use, and browsers then guess wrong ("â€œ"
for a quotation mark); the mark tells every browser and text editor the file is UTF-8.
"""
from __future__ import annotations

import textwrap
from pathlib import Path

from .. import cores, html_tools, text_render

GUIDE = "text/guide.txt"


def absolute_links(m, here: str):
    """A link on the page at `here`, as a full address (the plain text lists them at its end)."""
    def absolute(href: str):
        if html_tools.is_external(href) or href.startswith(("mailto:", "tel:")):
            return href
        path, frag = html_tools.site_path_of(href, here)
        return m.absolute(path) + (f"#{frag}" if frag else "")
    return absolute


def cite_lines(w, cite: dict, site_name: str) -> list:
    """'Cite this page' in plain text: the site's own line, its address, and the other styles."""
    lines = ["", w["cite"]["heading"], "",
             w.say("text", "cite").replace("{title}", cite["title"]).replace("{site}", site_name)
             .replace("{version}", cite["version"]).replace("{date}", cite["date"]), cite["url"]]
    if "bibtex" in cite:
        lines += ["", w["cite"]["other_styles"] + ":", "", w["cite"]["harvard"] + ":", cite["harvard"], "",
                  w["cite"]["bibtex"] + ":", text_render.Verbatim(_fit(cite["bibtex"])), "",
                  w["cite"]["ris"] + ":", text_render.Verbatim(_fit(cite["ris"]))]
    return lines


def page_text(record, m, config, site_pages: dict) -> str:
    absolute = absolute_links(m, record.formats["standard"])
    cite = m.cite(record)
    w = m.words
    header = [w.say("text", "from_site").replace("{site}", config.site_name).replace("{version}", cite["version"]),
              w.say("text", "last_changed").replace("{date}", cite["date"])]
    header += [f"{w.say('text', 'web_page') if f.key == 'standard' else w.say('formats', f.key)}: "
               f"{m.absolute(f.address(record.path))}" for f in m.page_formats if f.page]
    pages = site_pages
    changes = ([f"{w['dates']['all_changes']} {w['dates']['changelog']}, {m.absolute(pages['versions'])}, "
                f"{w['dates']['joiner']} {w['dates']['feed']}, {m.absolute(pages['feed'])}."] if "versions" in pages else [])
    footer = m.dates_lines(record) + changes + cite_lines(w, cite, config.site_name)
    return text_render.render(record.html, record.title, absolute, header, footer, w)


def _fit(reference: str) -> str:
    """A BibTeX or RIS reference in lines of at most 80 characters: a long value runs on to an
    indented line (BibTeX reads it as one value; RIS readers take it as the same field)."""
    return "\n".join(textwrap.fill(line, 80, subsequent_indent="      ", break_long_words=False,
                                   break_on_hyphens=False) if len(line) > 80 else line
                     for line in reference.split("\n"))


def make(b, config):
    m = b.model
    site = Path(config.site_dir)

    def write_page(record) -> str:
        text = page_text(record, m, config, b.content.site_pages)
        out = site / record.formats["text"]
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8-sig")
        return text

    records = m.in_reading_order()
    texts = cores.each(records, write_page, b.workers)
    separator = "\n\n" + "=" * 80 + "\n\n"
    intro = (f"{config.site_name.upper()}\n\n{m.words.say('text', 'guide_intro')}\n"
             f"{m.words.say('text', 'web_site')}: {m.absolute('')}\n")
    (site / GUIDE).write_text(intro + separator + separator.join(texts), encoding="utf-8-sig")
