"""Large print content, made from a standard page's rendered content: emphasis becomes bold (no
italics), tables become one short list per row, and links lead to the large-print versions of
other pages. Used by the large-print pages and PDFs and by the large-print guide PDF."""
from __future__ import annotations

from . import html_tools
from .formats import sheet_addresses, sheet_format


def large_print_tree(record, m, to_dir: str):
    """The large-print content of a page, as an element tree, with links relative to `to_dir`."""
    root = html_tools.parse_fragment(record.html)
    for el in root.iter("em", "i", "cite"):
        el.tag = "strong"
    _reflow_tables(root, m.words.say("pdf", "column"))

    def map_page(site_path: str):
        target = m.pages.get(site_path.strip("/"))
        if target is not None and (site_path.endswith("/") or site_path == ""):
            return target.formats["large_print"]
        for tool in m.tools:             # a site's on-screen tool: its large-print form
            addresses = m.tool_addresses(tool)
            if site_path == addresses["standard"] and "large-print" in addresses:
                return addresses["large-print"]
        parts = site_path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "sheets" and parts[1] in m.sheets and site_path.endswith("/"):
            return sheet_addresses(parts[1])[sheet_format("large-print", page=True).key]
        return None

    html_tools.rewrite_links(root, record.formats["standard"], to_dir, map_page)
    return root


def use_full_addresses(root, m, to_dir: str) -> None:
    """Turn the tree's links into full addresses (for a PDF, which has no place on the site)."""
    for el in root.iter("a"):
        href = el.get("href")
        if href and not html_tools.is_external(href) and not href.startswith("#"):
            path, frag = html_tools.site_path_of(href, to_dir)
            el.set("href", m.absolute(path) + (f"#{frag}" if frag else ""))


def large_print_content(record, m, to_dir: str) -> str:
    return html_tools.serialize_fragment(large_print_tree(record, m, to_dir))


def _reflow_tables(root, column: str):
    """Large print cannot fit a table's columns side by side, so each row becomes a short list
    of 'column heading: value' pairs, read in order like the plain text. `column`: the name of a
    column without a heading, with {n} for its number (the words pdf.column)."""
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
                dt.text = headers[i] if i < len(headers) and headers[i] else column.replace("{n}", str(i + 1))
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
