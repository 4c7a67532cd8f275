"""Hook: write the large-print page of every page at /large-print/<page>/, and queue its
printable PDF (/large-print/<page>.pdf) for hooks/pdf_files.py.

Both are made from the standard page's rendered content: emphasis becomes bold (no italics),
tables reflow with each cell labelled by its column heading, and links lead to the large-print
versions of other pages. The PDF is A4 with the page's title, address and page number in the
footer, as large as the body text.
"""
from __future__ import annotations

import html
from pathlib import Path

from sitelib import format_page, html_tools, model, pdf_render
from sitelib.format_page import format_links

STYLESHEETS = ["assets/css/formats.css", "assets/css/large-print.css"]
PDF_STYLESHEET = "assets/css/large-print-pdf.css"
FOOTER = [
    {"label": "Large print home page", "href": "large-print/"},
    {"label": "Glossary in large print", "href": "large-print/glossary/"},
    {"label": "The standard website", "href": ""},
]


def on_config(config):
    pdf_render.reset()
    return config


def large_print_content(record, m, to_dir: str, absolute: bool = False) -> str:
    root = html_tools.parse_fragment(record.html)
    for el in root.iter("em", "i", "cite"):
        el.tag = "strong"
    _reflow_tables(root)

    def map_page(site_path: str):
        target = m.pages.get(site_path.strip("/"))
        if target is not None and (site_path.endswith("/") or site_path == ""):
            return target.formats["large_print"]
        return None

    html_tools.rewrite_links(root, record.formats["standard"], to_dir, map_page)
    if absolute:
        for el in root.iter("a"):
            href = el.get("href")
            if href and not html_tools.is_external(href) and not href.startswith("#"):
                path, frag = html_tools.site_path_of(href, to_dir)
                el.set("href", m.absolute(path) + (f"#{frag}" if frag else ""))
    return html_tools.serialize_fragment(root)


def _reflow_tables(root):
    """Large print cannot fit a table's columns side by side, so each row becomes a short list
    of 'column heading: value' pairs, read in order like the plain text."""
    for table in list(root.iter("table")):
        rows = [tr for tr in table.iter("tr")]
        if not rows:
            continue
        first = [c for c in rows[0] if c.tag in ("th", "td")]
        has_header = all(c.tag == "th" for c in first)
        headers = [html_tools.text_of(c) for c in first] if has_header else []
        holder = html_tools.lxml_html.Element("div", {"class": "lp-table"})
        caption = table.find("caption")
        if caption is not None:
            p = html_tools.lxml_html.Element("p", {"class": "lp-table__caption"})
            p.append(_as(caption, "strong"))
            holder.append(p)
        for tr in rows[1:] if has_header else rows:
            dl = html_tools.lxml_html.Element("dl", {"class": "lp-row"})
            for i, cell in enumerate(c for c in tr if c.tag in ("th", "td")):
                dt = html_tools.lxml_html.Element("dt")
                dt.text = headers[i] if i < len(headers) and headers[i] else f"Column {i + 1}"
                dd = _as(cell, "dd")
                dl.append(dt)
                dl.append(dd)
            holder.append(dl)
        holder.tail = table.tail
        parent = table.getparent()
        # material wraps tables in div.md-typeset__scrollwrap > div.md-typeset__table: replace the table only
        parent.replace(table, holder)


def _as(el, tag: str):
    """A copy of el's content in a new element called tag."""
    new = html_tools.lxml_html.Element(tag)
    new.text = el.text
    for child in el:
        new.append(child)
    return new


def pdf_document(record, m, config, content: str) -> str:
    address = m.absolute(record.formats["standard"])
    title = html.escape(record.title)
    footer = (record.title + " – " + address).replace("\\", "\\\\").replace('"', '\\"')
    to_root = format_page.to_root(record.formats["large_print"])
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} (large print)</title>
<meta name="description" content="{html.escape(record.description)}">
<meta name="author" content="{html.escape(config.site_name)}">
<link rel="stylesheet" href="{to_root}assets/css/fonts.css">
<link rel="stylesheet" href="{to_root}{PDF_STYLESHEET}">
<style>@page {{ @bottom-left {{ content: "{footer}"; }} }}</style>
</head>
<body>
<main>
<h1>{title}</h1>
<p class="pdf-address">Large print version of {html.escape(address)}</p>
{content}
</main>
</body>
</html>"""


def on_post_build(config):
    m = model.current()
    site = Path(config.site_dir)
    for record in m.pages.values():
        address = record.formats["large_print"]
        content = large_print_content(record, m, address)
        format_page.write(
            config, m, record, "large_print", content, format_name="Large print", format_class="large-print",
            stylesheets=STYLESHEETS, format_home="large-print/", footer_links=FOOTER,
            data_source=str(record.src_uri), format_links=format_links(record, "large_print"),
            print_stylesheets=[PDF_STYLESHEET])
        pdf_html = pdf_document(record, m, config, large_print_content(record, m, address, absolute=True))
        pdf_render.add(pdf_render.PdfJob(html=pdf_html, base_url=str(site / address) + "/",
                                         out=site / record.formats["large_print_pdf"],
                                         label=record.formats["large_print_pdf"]))
