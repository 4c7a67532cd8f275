"""Write a page of one of the made formats (Easy Read, large print) with the shared layout
overrides/formats/page.html, and the 'This page in other formats' links of any page."""
from __future__ import annotations

from pathlib import Path

from .formats import BY_KEY, READER_FORM, page_format_of
from .html_tools import relative_href


def to_root(dir_address: str) -> str:
    depth = len([p for p in dir_address.split("/") if p])
    return "../" * depth


def write(b, record, format_key: str, content: str, *, format_name: str, format_class: str,
          stylesheets: list[str], format_home: str, footer_links: list[dict], data_source: str,
          format_links: list[dict], print_stylesheets: tuple[str, ...] | list[str] = (), **extra) -> Path:
    config, model = b.config, b.model
    address = record.formats[format_key]
    html = b.template("formats/page.html").render(
        title=record.easy_read.title if format_key == "easy_read" and record.easy_read else record.title,
        site_name=config.site_name, format_name=format_name, format_class=format_class,
        description=record.description, canonical=model.absolute(address), to_root=to_root(address),
        stylesheets=stylesheets, print_stylesheets=list(print_stylesheets), format_home=format_home,
        footer_links=footer_links, data_source=data_source, format_links=format_links, content=content,
        cite=model.cite(record, address) if BY_KEY[format_key].cite else None, words=model.words,
        dates=model.dates(record),
        onward=onward_links(model, record, format_key, address), **extra,
    )
    out = Path(config.site_dir) / address / "index.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out


def format_links(m, record, current: str) -> list[dict]:
    """The links to a page's formats, for the 'This page in other formats' list."""
    return [{"key": f.key, "label": m.words.say("formats", f.key), "href": f.address(record.path),
             "current": f.key == current}
            for f in m.page_formats if f.linked]


def onward_links(model, record, format_key: str, address: str) -> list[dict]:
    """Previous page, next page and the section a page belongs to, in this page's format, so that
    an Easy Read or large-print page is never a dead end."""
    easy = format_key == "easy_read"
    links = []
    for role, target in model.onward(record).items():
        if target is None:
            continue
        title = target.easy_read.title if easy and target.easy_read else target.title
        links.append({"role": role, "label": model.words.say("onward", f"easy_{role}" if easy else role),
                      "title": title, "href": relative_href(target.formats[format_key], address)})
    return links


def footer(b, form: str, kind: str = "page") -> list[dict]:
    """The links at the foot of a page the engine (or a site's hook) writes in a reader's form, in
    that form, to the pages the site has (content.site_pages): for an Easy Read or large-print page,
    its form's home, glossary and accessibility statement, and the standard site; for a printable
    sheet, all the sheets, the tools page, the home page and the statement; for a site's tool
    ("tool"), the same as a sheet's with the tools page first."""
    words, pages = b.model.words, b.content.site_pages
    reader_form = READER_FORM[form]
    page_format = page_format_of(form)
    home = reader_form.home
    easy = reader_form.easy

    def at(role: str) -> str | None:
        return page_format.address(pages[role].rstrip("/")) if role in pages else None
    statement = (words.say("footer", "easy_read_accessibility" if easy else "accessibility"), at("accessibility"))
    if kind == "page":
        name = form.replace("-", "_")
        links = [(words.say("footer", f"{name}_home"), home), (words.say("footer", f"{name}_glossary"), at("glossary")),
                 statement, (words.say("footer", "standard_site"), "")]
    else:
        sheets = (words.say("sheets", reader_form.all_sheets_words), f"{home}sheets/" if b.model.sheets else None)
        tools = (words.say("footer", "tools"), at("tools"))
        links = [sheets, tools] if kind == "sheet" else [tools, sheets]
        links += [(words.say("footer", "home"), home), statement]
    return [{"label": label, "href": href} for label, href in links if href is not None]
