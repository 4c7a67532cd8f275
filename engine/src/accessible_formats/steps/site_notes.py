"""Step: "This site's note" boxes. A fact from outside the five sources (a later change, a
correction, an everyday meaning) is welcome where it helps a reader, but it must be visibly this
site's own, not the source's. Editors mark it in Markdown:

    !!! site-note
        Clinical commissioning groups were replaced by integrated care boards in 2022.

This step gives every such box the same heading (the words file, notes: site_note) and the role
of a note, so it reads the same on the standard page and in large print, the plain text and the
PDFs, which are all made from the standard page. In Easy Read text a note is a point whose first
sentence starts "Our note:" (accessible_formats/easy_read_layout.py)."""
from __future__ import annotations

from .. import html_tools


def page_content(b, html_text, page, config):
    if "site-note" not in html_text:
        return html_text
    words = b.model.words
    root = html_tools.parse_fragment(html_text)
    for box in root.xpath('//div[contains(concat(" ", @class, " "), " site-note ")]'):
        box.set("role", "note")
        title = box.find('p[@class="admonition-title"]')
        if title is None:
            title = html_tools.lxml_html.Element("p", {"class": "admonition-title"})
            box.insert(0, title)
        for child in list(title):
            title.remove(child)
        title.text = words.say("notes", "site_note")
        box.set("aria-label", words.say("notes", "site_note"))
    return html_tools.serialize_fragment(root)
