"""Step: write the large-print page of every page at /large-print/<page>/, and queue its
printable PDF (/large-print/<page>.pdf) for steps/pdf_files.py.

Both are made from the standard page's rendered content: emphasis becomes bold (no italics),
tables reflow with each cell labelled by its column heading, and links lead to the large-print
versions of other pages. The PDF is A4 with the page's address, page number and the site's
version in the footer, as large as the body text.
"""
from __future__ import annotations

import html
from pathlib import Path

from .. import cores, format_page, html_tools, pdf_render
from ..format_page import format_links
from ..formats import READER_FORM
from ..large_print import large_print_tree, use_full_addresses

FORM = READER_FORM["large-print"]
STYLESHEETS = list(FORM.stylesheets)
PDF_STYLESHEET = "assets/css/large-print-pdf.css"


def pdf_document(b, record, config, content: str) -> str:
    """A page's large-print PDF, as HTML for WeasyPrint (the theme's formats/large-print-pdf.html)."""
    m = b.model
    dates = "".join(f"<p>{html.escape(line)}</p>" for line in m.dates_lines(record, history=False))
    return b.template("formats/large-print-pdf.html").render(
        title=record.title, description=record.description, site_name=config.site_name,
        to_root=format_page.to_root(record.formats["large_print"]), stylesheet=PDF_STYLESHEET,
        address=m.absolute(record.formats["standard"]), version=m.version, content=content,
        dates=f'<div class="page-dates">{dates}</div>' if dates else "")


def make(b, config):
    m = b.model
    site = Path(config.site_dir)
    links = format_page.footer(b, FORM.key)
    pdfs = not b.skip_pdfs

    def write_page(record) -> str | None:
        """Write the page, and give the HTML of its PDF."""
        address = record.formats["large_print"]
        tree = large_print_tree(record, m, address)
        format_page.write(
            b, record, "large_print", html_tools.serialize_fragment(tree),
            format_name=m.words.say("formats", "large_print"), format_class=FORM.key,
            stylesheets=STYLESHEETS, format_home=FORM.home, footer_links=links,
            data_source=str(record.src_uri), format_links=format_links(m, record, "large_print"),
            print_stylesheets=[PDF_STYLESHEET])
        if not pdfs:
            return None
        use_full_addresses(tree, m, address)      # the same content, with links that work from a PDF
        return pdf_document(b, record, config, html_tools.serialize_fragment(tree))

    records = list(m.pages.values())
    for record, pdf_html in zip(records, cores.each(records, write_page, b.workers), strict=True):
        if pdf_html is not None:
            b.queue_pdf(pdf_render.PdfJob(html=pdf_html, base_url=str(site / record.formats["large_print"]) + "/",
                                             out=site / record.formats["large_print_pdf"],
                                             label=record.formats["large_print_pdf"]))
