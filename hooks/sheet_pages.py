"""Hook: the printable sheets. Each sheet in sheets/*.yml is declared once, as data, and made
here into:
- a print-ready web page at /sheets/<name>/,
- three A4 PDFs: /sheets/<name>.pdf, /sheets/<name>-easy-read.pdf, /sheets/<name>-large-print.pdf,
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

from sitelib import build, format_page, html_tools, made_pages, model, pdf_render
from sitelib.easy_read_source import EasyReadDoc, Heading, Point, Sentence
from sitelib.errors import where
from sitelib.formats import sheet_addresses

FORMS = {"standard": "", "easy-read": "-easy-read", "large-print": "-large-print"}
FORM_WORDS = {"standard": "form_standard", "easy-read": "form_easy_read", "large-print": "form_large_print"}
STYLESHEETS = ["assets/css/formats.css", "assets/css/sheets.css"]
EASY_PER_PAGE = 3          # answerable questions on each page of an Easy Read sheet
INDEX = made_pages.SHEETS_INDEX[:-3]
PACK = "all-sheets"


def footer(words) -> list[dict]:
    return [{"label": words.say("footer", "all_sheets"), "href": "sheets/"},
            {"label": words.say("footer", "tools"), "href": "tools/"},
            {"label": words.say("footer", "home"), "href": ""}]


def on_files(files, config):
    b = build.current()
    m = b.model
    m.sheets = b.content.sheets          # checked already (sitelib/content.py)
    for sheet in m.sheets.values():
        m.by_src_uri(sheet.page).sheets.append(sheet.slug)
    index = model.PageRecord(path=INDEX.rsplit("/", 1)[0], src_uri=f"{INDEX}.md", source_file=m.root / "sheets",
                             title="Printable sheets", kind="index", meta={"generated": True},
                             description="Every printable sheet and checklist on this site, in standard, "
                                         "Easy Read and large print, ready for A4.")
    index.easy_read = easy_index(index, m)
    m.add(index)
    files.append(File.generated(config, index.src_uri, content=index_markdown(m)))
    return files


def _links_html(slug: str, from_dir: str, words) -> str:
    a = sheet_addresses(slug)
    return ", ".join(f'<a href="{relative(a[key], from_dir)}">{words.say("sheets", key)}</a>'
                     for key in ("pdf", "easy_read_pdf", "large_print_pdf"))


def relative(site_path: str, from_dir: str) -> str:
    return html_tools.relative_href(site_path, from_dir)


def index_markdown(m) -> str:
    here = "sheets/"
    lines = ["---", "title: Printable sheets",
             "description: Every printable sheet and checklist on this site, in standard, Easy Read and large print, "
             "ready for A4.",
             "---", "",
             "Print these sheets for a group session or to work through on your own. Each one is A4, "
             "with room to write. Every sheet comes in 3 forms: standard, Easy Read (with pictures) "
             "and large print.", "",
             f'<p class="sheet-packs">All the sheets in one file: {_pack_links(here)}.</p>', ""]
    for purpose, label in m.data.taxonomy["sheet_purposes"].items():
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
                         f"<p>Download: {_links_html(s.slug, here, m.words)}. "
                         f'From the page <a href="{page_href}">{html.escape(page.title)}</a>.</p></li>')
        lines += ["</ul>", ""]
    return "\n".join(lines) + "\n"


def _pack_links(from_dir: str) -> str:
    return ", ".join(f'<a href="{relative(f"sheets/{PACK}{suffix}.pdf", from_dir)}">{name} PDF</a>'
                     for (form, suffix), name in zip(FORMS.items(), ["standard", "Easy Read", "large print"], strict=False))


def easy_index(index, m) -> EasyReadDoc:
    doc = EasyReadDoc(path=m.root / "sheets", title="Sheets to print")
    doc.blocks.append(Point(picture="paper", alt="A sheet of paper", line=0, sentences=[
        Sentence("You can print these sheets.", 0),
        Sentence("Each sheet has an Easy Read form with pictures.", 0)]))
    doc.blocks.append(Heading("The sheets", 0))
    for s in sorted(m.sheets.values(), key=lambda s: s.easy_title.lower()):
        pic = m.data.pictures[s.easy_picture]
        doc.blocks.append(Point(picture=s.easy_picture, alt=pic.shows, line=0, sentences=[
            Sentence(f"[{s.easy_title}](sheet:{s.slug})", 0)]))
    return doc


def on_page_markdown(markdown, page, config, files):
    m = build.current().model
    record = m.by_src_uri(page.file.src_uri)
    if record is None or not record.sheets:
        return markdown
    here = record.formats["standard"]
    items = []
    for slug in record.sheets:
        s = m.sheets[slug]
        items.append(f'<li><a href="{relative(sheet_addresses(slug)["page"], here)}">{html.escape(s.title)}</a>: '
                     f"{_links_html(slug, here, m.words)}</li>")
    title = m.words.say("sheets", "box_title_many" if len(items) > 1 else "box_title_one")
    box = ('<div class="sheet-box no-readability">\n<p class="sheet-box__title"><strong>'
           f'{title}</strong> {m.words.say("sheets", "box_note")}</p>\n<ul>\n'
           + "\n".join(items) + "\n</ul>\n</div>\n\n")
    return box + markdown


def break_before(sheet, form: str) -> set[int]:
    """In Easy Read, a new page after every few questions (a heading goes with its question)."""
    if form != "easy-read":
        return set()
    breaks, n = set(), 0
    for i, q in enumerate(sheet.questions):
        if not q.answerable:
            continue
        n += 1
        if n > 1 and (n - 1) % EASY_PER_PAGE == 0:
            j = i
            while j > 0 and sheet.questions[j - 1].type in ("heading", "note"):
                j -= 1
            breaks.add(j)
    return breaks


def sheet_html(env, m, sheet, form: str, from_dir: str) -> str:
    page = m.by_src_uri(sheet.page)
    return env.get_template("sheets/sheet.html").render(
        sheet=sheet, form=form, pictures=m.data.pictures,
        picture=lambda name: relative(f"assets/pictures/{name}.svg", from_dir),
        page_address=m.absolute(page.formats["standard"]), break_before=break_before(sheet, form))


def on_post_build(config):
    m = build.current().model
    site = Path(config.site_dir)
    env = config.theme.get_env()
    links = footer(m.words)
    for sheet in m.sheets.values():
        a = sheet_addresses(sheet.slug)
        page_dir = a["page"]
        page = m.by_src_uri(sheet.page)
        html_page = env.get_template("sheets/page.html").render(
            title=sheet.title, site_name=config.site_name, description=sheet.summary,
            format_name=m.words.say("layout", "sheet_format"), format_class="sheet", format_home="",
            stylesheets=STYLESHEETS, print_stylesheets=[], footer_links=links, words=m.words,
            canonical=m.absolute(page_dir), to_root=format_page.to_root(page_dir),
            data_source=where(sheet.file), page_href=relative(page.formats["standard"], page_dir),
            page_title=page.title, pdf=relative(a["pdf"], page_dir), easy_pdf=relative(a["easy_read_pdf"], page_dir),
            large_pdf=relative(a["large_print_pdf"], page_dir),
            sheet_html=sheet_html(env, m, sheet, "standard", page_dir))
        out = site / page_dir / "index.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html_page, encoding="utf-8")
        for form, suffix in FORMS.items():
            queue_pdf(env, m, config, [sheet], form, f"sheets/{sheet.slug}{suffix}.pdf",
                      f"{sheet.title} ({m.words.say('sheets', FORM_WORDS[form])} printable sheet)", sheet.summary)
    sheets = sorted(m.sheets.values(), key=lambda s: (list(m.data.taxonomy["sheet_purposes"]).index(s.purpose),
                                                      s.title.lower()))
    for form, suffix in FORMS.items():
        queue_pdf(env, m, config, sheets, form, f"sheets/{PACK}{suffix}.pdf",
                  f"All printable sheets ({m.words.say('sheets', FORM_WORDS[form])})",
                  "Every printable sheet of the site in one file.")


def queue_pdf(env, m, config, sheets, form, address, title, description):
    if pdf_render.skipping():
        return
    site = Path(config.site_dir)
    from_dir = posixpath.dirname(address) + "/"
    body = "\n".join(sheet_html(env, m, s, form, from_dir) for s in sheets)
    document = env.get_template("sheets/pdf.html").render(
        title=title, description=description, site_name=config.site_name, form=form, version=m.version,
        to_root=format_page.to_root(from_dir), sheets_html=body)
    pdf_render.add(pdf_render.PdfJob(html=document, base_url=str(site / from_dir), out=site / address, label=address))
