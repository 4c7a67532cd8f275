"""Step: the printable sheets. Each sheet in sheets/*.yml is declared once, as data, and made
here into, in each of the three forms (standard, Easy Read, large print; see the sheet formats in
accessible_formats/formats.py):
- a print-ready web page: /sheets/<name>/, /easy-read/sheets/<name>/, /large-print/sheets/<name>/,
- an A4 PDF: /sheets/<name>.pdf, /sheets/<name>-easy-read.pdf, /sheets/<name>-large-print.pdf,
- a pack per form with every sheet: /sheets/all-sheets.pdf (and -easy-read, -large-print),
- the index of all sheets at /sheets/, grouped by purpose,
- a box on the page each sheet belongs to, linking to its sheets.
Bad sheet data stops the build with a message naming the file and line.
"""
from __future__ import annotations

import html
import posixpath
from pathlib import Path

from mkdocs.structure.files import File

from .. import cores, format_page, html_tools, made_pages, model, pdf_render
from ..easy_read_doc import words_point
from ..easy_read_source import EasyReadDoc, Heading, Point, Sentence
from ..errors import where
from ..escape import md_text, yaml_str
from ..formats import READER_FORM, SHEET_AUDIO, SHEET_PACK, page_format_of, sheet_addresses, sheet_format

STYLESHEETS = ["assets/css/formats.css", "assets/css/sheets.css", "assets/css/fill-in.css"]
INDEX = made_pages.SHEETS_INDEX[:-3]


def add_pages(b, files, config):
    m = b.model
    if not m.sheets:                     # no sheets: no index of them
        return files
    say = m.words["made_pages"]
    index = model.PageRecord(path=INDEX.rsplit("/", 1)[0], src_uri=f"{INDEX}.md", source_file=b.files.sheets,
                             title=say["sheets_title"], kind="index", meta={"generated": True},
                             description=say["sheets_description"])
    index.easy_read = easy_index(index, m, b.files.sheets)
    m.add(index)
    files.append(File.generated(config, index.src_uri, content=index_markdown(m)))
    return files


def _links_html(m, slug: str, from_dir: str) -> str:
    """Links to a sheet's PDF in each of the site's forms."""
    a = sheet_addresses(slug)
    return ", ".join(f'<a href="{relative(a[key], from_dir)}">{m.words.say("sheets", key)}</a>'
                     for key in (sheet_format(form, page=False).key for form in m.forms))


def relative(site_path: str, from_dir: str) -> str:
    return html_tools.relative_href(site_path, from_dir)


def purposes(m) -> dict[str, str]:
    """The groups of the sheets index: the taxonomy's sheet_purposes, in its order, or else each
    purpose the sheets name, by itself."""
    return (m.data.taxonomy.get("sheet_purposes")
            or {p: p[:1].upper() + p[1:].replace("-", " ") for p in sorted({s.purpose for s in m.sheets.values()})})


def index_markdown(m) -> str:
    here = "sheets/"
    say = m.words["made_pages"]
    lines = ["---", f"title: {yaml_str(say['sheets_title'])}", f"description: {yaml_str(say['sheets_description'])}",
             "---", "", md_text(say["sheets_intro"]), "",
             f'<p class="sheet-packs">{html.escape(say["sheets_packs"])} {_pack_links(m, here)}.</p>', ""]
    for purpose, label in purposes(m).items():
        sheets = [s for s in m.sheets.values() if s.purpose == purpose]
        if not sheets:
            continue
        lines += [f"## {label} {{#{purpose}}}", "", '<ul class="card-list">']
        for s in sorted(sheets, key=lambda s: s.title.lower()):
            page = m.by_src_uri(s.page)
            page_href = relative(page.formats["standard"], here)
            href = relative(sheet_addresses(s.slug)["page"], here)
            lines.append(f'<li><p><a href="{href}"><strong>{html.escape(s.title)}</strong></a></p>'
                         f"<p>{html.escape(s.summary)}</p>"
                         f"<p>{html.escape(say['sheets_download'])} {_links_html(m, s.slug, here)}. "
                         f'{html.escape(say["sheets_from_page"])} <a href="{page_href}">{html.escape(page.title)}</a>.</p></li>')
        lines += ["</ul>", ""]
    return "\n".join(lines) + "\n"


def _pack_links(m, from_dir: str) -> str:
    name = "sheets_pack_{}".format
    return ", ".join(f'<a href="{relative(SHEET_PACK.format(suffix=READER_FORM[form].pack_suffix), from_dir)}">'
                     f'{html.escape(m.words.say("made_pages", name(form.replace("-", "_"))))}</a>' for form in m.forms)


def easy_index(index, m, source) -> EasyReadDoc:
    say = m.words["made_pages"]
    doc = EasyReadDoc(path=source, title=say["sheets_easy_title"])
    doc.blocks.append(words_point(m, "made_pages", "sheets_picture", say["sheets_easy"]))
    doc.blocks.append(Heading(say["sheets_easy_heading"], 0))
    for s in sorted(m.sheets.values(), key=lambda s: s.easy_title.lower()):
        pic = m.data.pictures[s.easy_picture]
        doc.blocks.append(Point(picture=s.easy_picture, alt=pic.shows, line=0, sentences=[
            Sentence(f"[{s.easy_title}](sheet:{s.slug})", 0)]))
    return doc


def page_markdown(b, markdown, page, config):
    m = b.model
    record = m.by_src_uri(page.file.src_uri)
    if record is None or not record.sheets:
        return markdown
    here = record.formats["standard"]
    items = []
    for slug in record.sheets:
        s = m.sheets[slug]
        items.append(f'<li><a href="{relative(sheet_addresses(slug)["page"], here)}">{html.escape(s.title)}</a>: '
                     f"{_links_html(m, slug, here)}</li>")
    title = m.words.say("sheets", "box_title_many" if len(items) > 1 else "box_title_one")
    box = ('<div class="sheet-box no-readability">\n<p class="sheet-box__title"><strong>'
           f'{title}</strong> {m.words.say("sheets", "box_note")}</p>\n<ul>\n'
           + "\n".join(items) + "\n</ul>\n</div>\n\n")
    return box + markdown


LONG_LIST = 5   # a list with more entries than this may run on to the next page
LONG_GRID = 3   # and a grid with more rows than this
LONG_NAMED_GRID = 6  # a grid with named rows (a summary) stays whole up to this many


def is_long(q) -> bool:
    """A question too long to keep whole on one page: it may break between its entries."""
    return (len(q.items) > LONG_LIST or len(q.options) > LONG_LIST
            or (q.type == "table" and q.rows > (LONG_NAMED_GRID if q.row_labels else LONG_GRID)))


LONG_NOTE = 40  # a note of more words than this (a story) is a paragraph to read, not a lead-in


def ends_group(q) -> bool:
    """A long note keeps with what comes before it, but what follows it starts afresh: otherwise a
    story and the questions after it would make a group too tall for the rest of the page."""
    return q.type == "note" and len(q.text.split()) > LONG_NOTE


def keep_together(sheet) -> list[list]:
    """The questions in groups that stay on one page: a heading or note with the question after
    it, so that no page ends with a heading, or a note, cut off from what it introduces. A long
    question is not held whole (it could not fit): its first entries stay with its heading."""
    groups: list[list] = []
    for q in sheet.questions:
        if groups and not groups[-1][-1].answerable and not is_long(q) and not ends_group(groups[-1][-1]):
            groups[-1].append(q)
        else:
            groups.append([q])
    return groups


def sheet_html(env, m, sheet, form: str, from_dir: str, listen: bool = False) -> str:
    """The sheet in one form. `listen`: with a Listen link beside each part (the Easy Read web page)."""
    page = m.by_src_uri(sheet.page)
    return env.get_template("sheets/sheet.html").render(
        sheet=sheet, form=form, pictures=m.data.pictures,
        picture=lambda name: relative(f"assets/pictures/{name}.svg", from_dir),
        page_address=m.absolute(page.formats["standard"]), groups=keep_together(sheet), is_long=is_long,
        audio=(lambda n: relative(SHEET_AUDIO.address(slug=sheet.slug, n=n), from_dir)) if listen else None,
        listen=m.words.say("listen", "point"), site_note=m.words.site_note, words=m.words)


def sheet_page(env, config, m, sheet, form: str, footer_links: list[dict]) -> str:
    """The web page of a sheet in one form: the sheet, ready to print, its PDF and its other forms."""
    a = sheet_addresses(sheet.slug)
    here = a[sheet_format(form, page=True).key]
    page = m.by_src_uri(sheet.page)
    reader_form = READER_FORM[form]
    easy = reader_form.easy
    other_forms = [{"label": m.words.say("sheets", READER_FORM[f].words), "href": a[sheet_format(f, page=True).key],
                    "current": f == form} for f in m.forms]
    return env.get_template("sheets/page.html").render(
        title=sheet.easy_title if easy else sheet.title, site_name=config.site_name, description=sheet.summary,
        # not for readers: format_class is the page's classes
        format_name=m.words.say("sheets", reader_form.sheet_page_words), format_class=f"sheet fmt--sheet-{form}",
        format_home=reader_form.home, print_stylesheets=[],
        footer_links=footer_links, words=m.words, form=form, canonical=m.absolute(here),
        to_root=format_page.to_root(here), data_source=where(sheet.file),
        page_href=relative(page.formats[page_format_of(form).key], here),
        page_title=(page.easy_read.title if easy and page.easy_read else page.title),
        pdf=relative(a[sheet_format(form, page=False).key], here),
        answers_kind=m.answers_kind, other_forms=other_forms,
        all_sheets=relative(reader_form.home + "sheets/", here),
        picture=relative(f"assets/pictures/{sheet.easy_picture}.svg", here),
        picture_alt=m.data.pictures[sheet.easy_picture].shows,
        sheet_html=sheet_html(env, m, sheet, form, here, listen=easy), slug=sheet.slug, sheet_title=sheet.title,
        stylesheets=[*STYLESHEETS, *reader_form.audio_stylesheets], listen=easy)


def make(b, config):
    m = b.model
    if not m.sheets:
        return
    site = Path(config.site_dir)
    env = b.env or config.theme.get_env()
    pdfs = not b.skip_pdfs
    footers = {form: format_page.footer(b, form, "sheet") for form in m.forms}

    def make(item) -> str | None:
        """Write a sheet's page in one form, and give the HTML of its PDF."""
        sheet, form = item
        out = site / sheet_addresses(sheet.slug)[sheet_format(form, page=True).key] / "index.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(sheet_page(env, config, m, sheet, form, footers[form]), encoding="utf-8")
        if not pdfs:
            return None
        return pdf_document(env, m, config, [sheet], form, pdf_address(sheet, form),
                            m.words.say("sheets", "pdf_title").replace("{title}", sheet.title)
                            .replace("{form}", m.words.say("sheets", READER_FORM[form].words)), sheet.summary)

    items = [(sheet, form) for sheet in m.sheets.values() for form in m.forms]
    documents = cores.each(items, make, b.workers)
    if not pdfs:
        return
    jobs = {(sheet.slug, form): queue_pdf(b, site, document, pdf_address(sheet, form))
            for (sheet, form), document in zip(items, documents, strict=True) if document is not None}
    order = list(purposes(m))
    sheets = sorted(m.sheets.values(), key=lambda s: (order.index(s.purpose),
                                                      s.title.lower()))
    for form in m.forms:
        # A pack is its sheets' own PDFs, page for page (each sheet's pages numbered as in its own PDF).
        address = SHEET_PACK.format(suffix=READER_FORM[form].pack_suffix)
        form_name = m.words.say("sheets", READER_FORM[form].words)
        shell = pdf_document(env, m, config, [], form, address,
                             m.words.say("sheets", "pack_title").replace("{form}", form_name),
                             m.words.say("sheets", "pack_description"))
        queue_pdf(b, site, shell, address, pages_of=[jobs[s.slug, form] for s in sheets])


def pdf_address(sheet, form: str) -> str:
    return sheet_addresses(sheet.slug)[sheet_format(form, page=False).key]


def pdf_document(env, m, config, sheets, form, address, title, description) -> str:
    """The HTML of the PDF of these sheets (none: the shell of a pack, whose pages are its sheets')."""
    from_dir = posixpath.dirname(address) + "/"
    body = "\n".join(sheet_html(env, m, s, form, from_dir) for s in sheets)
    return env.get_template("sheets/pdf.html").render(
        title=title, description=description, site_name=config.site_name, form=form, version=m.version,
        to_root=format_page.to_root(from_dir), sheets_html=body)


def queue_pdf(b, site: Path, document: str, address: str, pages_of=()) -> pdf_render.PdfJob:
    """Queue a PDF, or a pack made of the pages of other PDFs (`pages_of`)."""
    job = pdf_render.PdfJob(html=document, base_url=str(site / (posixpath.dirname(address) + "/")), out=site / address,
                            label=address, pages_of=list(pages_of))
    b.queue_pdf(job)
    return job
