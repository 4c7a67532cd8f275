"""Step: when a standard page is printed, each link's full address is printed after its text,
as GOV.UK does. This adds the address to every link in the page's content (data-print-href);
print.css shows it. Links to the glossary and to sections of the same page are left out."""
from __future__ import annotations

from .. import html_tools


def page_content(b, html_text, page, config):
    m = b.model
    record = m.by_src_uri(page.file.src_uri)
    if record is None:
        return html_text
    root = html_tools.parse_fragment(html_text)
    here = record.formats["standard"]
    for a in root.iter("a"):
        href = a.get("href") or ""
        classes = a.get("class") or ""
        if not href or href.startswith("#") or "glossary-term" in classes or "toclink" in classes:
            continue
        if html_tools.is_external(href) or href.startswith("mailto:"):
            a.set("data-print-href", href)
        else:
            path, frag = html_tools.site_path_of(href, here)
            a.set("data-print-href", m.absolute(path) + (f"#{frag}" if frag else ""))
    return html_tools.serialize_fragment(root)
