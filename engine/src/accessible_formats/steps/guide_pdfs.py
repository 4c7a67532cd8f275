"""Step: the whole guide as one PDF, standard and large print (/downloads/guide.pdf and
/downloads/guide-large-print.pdf): a cover, contents with page numbers, bookmarks for every
page, and a running footer with each page's address, the page number and the version.

Made from the same rendered content as every other format; links between pages become links
inside the PDF, other links full addresses. Queued for steps/pdf_files.py."""
from __future__ import annotations

import html
from pathlib import Path

from .. import html_tools, own_files, pdf_render
from ..history import build_date, long_date
from ..large_print import large_print_content

# Large print: the footer as large as the text, with room for it.
LARGE_PAGE = ("@page { margin-bottom: 40mm; @bottom-left { font-size: 18pt; line-height: 1.2; } "
              "@bottom-right { font-size: 18pt; line-height: 1.2; } }")
# Only the PDFs use this stylesheet, so it is not copied into the site (see page_model.BUILD_ONLY).
STYLESHEET = own_files.CSS / "guide-pdf.css"
OUTPUTS = {"standard": "downloads/guide.pdf", "large-print": "downloads/guide-large-print.pdf"}
def guide_pages(m):
    """Every page in reading order, but those left out of the guide (lists that repeat other pages,
    the picture gallery: PageRecord.in_guide)."""
    return [r for r in m.in_reading_order() if r.in_guide]


def anchor(record) -> str:
    return "p-" + (record.path.replace("/", "-") or "home")


def page_section(record, m, pages_in_guide: dict, large: bool) -> str:
    if large:
        content = large_print_content(record, m, record.formats["standard"])
    else:
        content = record.html
    root = html_tools.parse_fragment(content)
    prefix = anchor(record)
    for el in root.iter():
        if isinstance(el.tag, str) and el.get("id"):
            el.set("id", f"{prefix}--{el.get('id')}")
    for a in root.iter("a"):
        href = a.get("href") or ""
        if not href or html_tools.is_external(href) or href.startswith("mailto:"):
            continue
        if href.startswith("#"):
            a.set("href", f"#{prefix}--{href[1:]}")
            continue
        path, frag = html_tools.site_path_of(href, record.formats["standard"])
        target = pages_in_guide.get(path.strip("/"))
        if target is not None:
            a.set("href", f"#{anchor(target)}" + (f"--{frag}" if frag else ""))
        else:
            a.set("href", m.absolute(path) + (f"#{frag}" if frag else ""))
    body = html_tools.serialize_fragment(root)
    address = m.absolute(record.formats["standard"])
    dates = "<br>".join(html.escape(line) for line in m.dates_lines(record, history=False))
    return (f'<section class="guide-page" id="{prefix}">\n<h1>{html.escape(record.title)}</h1>\n'
            f'<p class="guide-page__address">{html.escape(address)}</p>\n{body}\n'
            f'<p class="guide-page__dates">{dates}</p>\n</section>')


def document(b, config, form: str) -> str:
    """The whole guide in one form, as HTML for WeasyPrint (the theme's formats/guide-pdf.html)."""
    m = b.model
    large = form == "large-print"
    pages = guide_pages(m)
    in_guide = {r.path: r for r in pages}
    sections = "\n".join(page_section(r, m, in_guide, large) for r in pages)
    contents = "\n".join(f'<li><a href="#{anchor(r)}">{html.escape(r.title)}</a></li>' for r in pages)
    words = m.words
    title = f"{config.site_name}: {words.say('guide', 'title')}" + (f" {words.say('guide', 'title_large')}" if large else "")
    return b.template("formats/guide-pdf.html").render(
        title=title, site_name=config.site_name, stylesheet=STYLESHEET.as_uri(), version=m.version, large=large,
        large_page=LARGE_PAGE, form=form, made_on=long_date(build_date(), b.language), address=m.absolute(""),
        contents=contents, sections=sections)


def make(b, config):
    if b.skip_pdfs:
        return
    site = Path(config.site_dir)
    for form, address in OUTPUTS.items():
        b.queue_pdf(pdf_render.PdfJob(html=document(b, config, form), base_url=str(site / "downloads") + "/",
                                         out=site / address, label=address))
